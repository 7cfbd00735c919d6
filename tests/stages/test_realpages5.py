"""Real-page misreads of news heads and feet, by class (realpages5).  Every line is invented.

* a headline's clause gap stays (a bracketed tag or a date bounds the phrase beside it;
  a headline wrapped in brackets after its closing mark is a heading); a space that cuts
  a word still goes;
* a stamp row's cell with a writer's or source's label glued to its value
  (``作者某某``, ``来源某站``) gives the author and the origin;
* a closing source row naming a desk or an account of any ending gives the origin; a
  person, a pointer or a generic word gives none and the row stays;
* foot credits written with a bar (``编辑|某某``, ``来源｜某报``) read as their colon rows.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild, replay
from cleaner.stages.repair import RepairStage
from cleaner.stages.split import SplitStage

BODY = [
    "本周起，城东大道将进行路面改造，施工期间请市民提前规划出行路线，避开施工路段。",
    "施工分三个阶段进行，货车须按指定线路绕行，小型车辆可以正常通行，公交线路不受影响。",
]


def _repaired(line: str) -> tuple[str, set[str]]:
    ed = Editor("p", line)
    RepairStage()(ed)
    assert rebuild(ed.text, ed.changes) == line
    assert replay(line, ed.changes) == ed.text
    return ed.text, {c.rule for c in ed.changes}


def _split(lines: list[str]) -> tuple[dict[str, str], str, list[str]]:
    text = "\n".join(lines) + "\n"
    ed = Editor("p", text)
    arts = SplitStage()(ed)
    assert len(arts) == 1
    return dict(arts[0].meta), arts[0].text, [c.before for c in ed.changes]


@pytest.mark.parametrize(
    "line",
    [
        "【本周看点】3月9日全市重点项目集中开工 投资总额超过百亿",
        "（原标题：某地老旧小区连环加装电梯 居民为何仍有顾虑？）",
        "《城东新区大规模招商引资持续加码 配套跟进了吗？》",
    ],
)
def test_headline_clause_gap_stays(line: str) -> None:
    assert _repaired(line)[0] == line


@pytest.mark.parametrize(
    ("line", "fixed"),
    [
        ("某某省人民政府办公厅印发全省数字经济发展三年行动 计划实施方案",
         "某某省人民政府办公厅印发全省数字经济发展三年行动计划实施方案"),
        ("（原标题：城东大道改造工程明日开 工！）", "（原标题：城东大道改造工程明日开工！）"),
        ("完 善推进机制", "完善推进机制"),
        # a short line of a reply, its clause run on past a comma: one sentence cut
        ("你先看看设置里选的是哪一项，再去日志里面 查一下记录，是哪条规则",
         "你先看看设置里选的是哪一项，再去日志里面查一下记录，是哪条规则"),
        ("作者：林 小雨｜来源：某市政府网｜2024-05-02",
         "作者：林小雨｜来源：某市政府网｜2024-05-02"),
    ],
)  # fmt: skip
def test_word_cut_in_title_still_joined(line: str, fixed: str) -> None:
    text, rules = _repaired(line)
    assert text == fixed
    assert "repair.cjk_space.inner" in rules


def test_glued_labels_in_stamp_row_read() -> None:
    row = "发表于2021-03-09 10:20| 356次阅读| 来源ExampleNews| 2 条评论| 作者林小雨"
    meta, text, gone = _split(["城东大道改造 三阶段施工安排公布", row, *BODY])
    assert meta["author"] == "林小雨"
    assert meta["origin"] == "ExampleNews"
    assert meta["published"] == "2021-03-09"
    assert row + "\n" in gone and row not in text


def test_glued_lookalike_cells_name_no_one() -> None:
    row = "发表于2021-03-09 10:20| 356次阅读| 作者简介见文末"
    meta, _, _ = _split(["城东大道改造 三阶段施工安排公布", row, *BODY])
    assert "author" not in meta


@pytest.mark.parametrize("source", ["城东交警", "城东区融媒发布", "城东交警、城东区融媒发布"])
def test_closing_source_row_of_any_ending_is_origin(source: str) -> None:
    row = f"来源：{source}"
    meta, text, gone = _split(["城东大道改造施工安排", *BODY, row])
    assert meta.get("origin") == source
    assert row not in text and any(row in g for g in gone)


@pytest.mark.parametrize("value", ["网络", "林小雨", "见文末附件"])
def test_closing_source_row_naming_no_body_stays(value: str) -> None:
    row = f"来源：{value}"
    meta, text, _ = _split(["城东大道改造施工安排", *BODY, row])
    assert "origin" not in meta
    assert row in text


def test_bar_credit_rows_read_as_colon_rows() -> None:
    rows = ["编辑|林小雨", "责编|周若水", "校对|陈一帆", "来源|城东晚报"]
    meta, text, _ = _split(["城东大道改造施工安排", *BODY, *rows])
    colon = [r.replace("|", "：") for r in rows]
    meta_c, _, _ = _split(["城东大道改造施工安排", *BODY, *colon])
    assert meta == meta_c
    assert meta["origin"] == "城东晚报"
    assert meta["author"] == "林小雨"  # an editor: the author where no writer is named
    assert not any(r in text for r in rows)


def test_bar_rows_of_a_menu_stay() -> None:
    rows = ["首页|新闻|视频", "天气|晴转多云"]
    meta, text, _ = _split(["城东大道改造施工安排", *BODY, *rows])
    assert all(r in text for r in rows)
    assert "origin" not in meta and "author" not in meta
