"""Review 20c, N1: the CJK-space repair keeps a space between two whole units only when
the line surely is a list of names or a verse line (``cjk_item_gaps``).  A short clause
broken in its middle after a speech's or a note's label, or a line whose first clause is
broken exactly in half, is prose: its broken word is glued back.  Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import repair

_CTX = "有关单位近日对辖区的情况作了一次检查，发现的问题已经要求限期整改到位。"


def _fix(line: str) -> str:
    return repair(f"{_CTX}\n{line}\n{_CTX}\n").split("\n")[1]


@pytest.mark.parametrize(
    "broken",
    [
        # a short clause after a speech's / a Q&A / a note's label, broken anywhere
        "答：能够 申请，但要先登记。",
        "问：何时开放？答：周末开 放即可。",
        "她指出：这是 难事，不能着急。",
        "他說：咱們必 須做好，請放心。",
        "说明：样品 完好，准予入库。",
        "備註：務必 帶筆，提前入場。",
        "场所：区文 化馆，时段：下午两点。",
        # a line's or a colon's first clause broken exactly in half, prose after it
        "各部门务必认真 落实防汛责任，及时排查隐患。",
        "切实加强 队伍建设，提高服务水平。",
        "會議要求：各鄉鎮各部門 要抓好落實，不留死角。",
        "“城乡供水一体 化推进计划”正式启动。",
    ],
    ids=[
        "answer",
        "answer-midword",
        "speech",
        "speech-trad",
        "note",
        "note-trad",
        "place-row",
        "line-start-halves",
        "line-start-four",
        "colon-halves-trad",
        "quoted-title-halves",
    ],
)
def test_a_broken_clause_that_looks_like_two_units_is_glued(broken: str) -> None:
    assert _fix(broken) == broken.replace(" ", "")


@pytest.mark.parametrize(
    "line",
    [
        "优秀奖：柯某 滕某某，鼓励奖：范某 祁某。",
        "列席：贝某某 臧某",
        "參賽選手：龐某 甘某 饒某，比賽於上午開始。",
        "入选的学员有：穆某 萧某 尹某某",
        "墙上挂着一副对子：“门迎晓日财源广 户纳春风吉庆多”。",
        "远山含黛映斜阳 近水浮光送晚舟，归雁声声入梦乡 渔歌阵阵绕村头。",
        "他随口念了两句：明月照高楼 清风拂小院，大家都笑了。",
    ],
    ids=[
        "prize-labels",
        "attend-line-end",
        "three-names-trad",
        "three-names-free-label",
        "couplet-cued",
        "two-pairs-no-cue",
        "verse-cued-prose-after",
    ],
)
def test_a_surely_listed_or_verse_space_stays(line: str) -> None:
    assert _fix(line) == line


@pytest.mark.parametrize(
    "broken",
    [
        # look-alikes: list- or verse-shaped units, but not sure enough: glued
        "委员会意见：同意 报批。",  # two units after a note label
        "主持人：王某 宣布开会。",  # name runs on into a verb
        "他念道：“美丽乡村建 设行动方案”已经印发。",  # no cue
    ],
)
def test_unsure_units_are_glued(broken: str) -> None:
    assert _fix(broken) == broken.replace(" ", "")
