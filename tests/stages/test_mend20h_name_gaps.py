"""Review 20f, N1: two names after a label that names persons stay two names.

The class: a label whose ending denotes a person or a roster (``…人``, ``…员``, ``…者``,
``…长``, ``…师``, a minute's taker ``记录``, a day ``3月5日``) followed by exactly two
2–3-letter names a space apart.  The space between them cuts no word and is kept; a
speech's or a note's label still opens a sentence whose broken word is glued back.
Every name is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import repair

_CTX = "有关单位近日对辖区的情况作了一次检查，发现的问题已经要求限期整改到位。"


def _fix(line: str) -> str:
    return repair(f"{_CTX}\n{line}\n{_CTX}\n").split("\n")[1]


@pytest.mark.parametrize(
    "line",
    [
        "联络人：孙卫 钱芳，电话另行通知。",
        "会议记录：周晓 吴倩。",
        "担保人：冯建国 陈小梅；",
        "值班技师：韩磊 曹颖。",
        "监考教师：杨帆 朱琳，请提前到场。",
        "安全员：何军 吕静",
        "紀錄：蔡明德 許雅婷。",
        "12月3日：沈涛 施雯；",
        "生产队长：严冬 华莉，请按时到岗。",
    ],
)
def test_two_names_after_person_label_stay_apart(line: str) -> None:
    assert _fix(line) == line


@pytest.mark.parametrize(
    ("broken", "whole"),
    [
        ("答：能够 申请。", "答：能够申请。"),
        ("他强调：务必 落实，不得推诿。", "他强调：务必落实，不得推诿。"),
        ("備註：務必 帶筆。", "備註：務必帶筆。"),
        ("各单位要认 真落实，不留死角。", "各单位要认真落实，不留死角。"),
    ],
)
def test_speech_and_prose_still_glued(broken: str, whole: str) -> None:
    assert _fix(broken) == whole
