"""A chapter or article label typed with spaces around its number ('第 12 章', '第 4 条',
as text converted from PDF and novel sites type it) keeps the space that parts it from
its title or its first sentence; found reading a real book index page by eye, where
'第N 章 标题' lost that space.  A word split by a stray space after such a label, and the
label typed without spaces, are judged as before.  Every word is invented."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.stages.repair import RepairStage

STAGE = RepairStage()
PROSE = "港口的雾每天清晨升起，渡船少年撑着竹篙靠岸，岸上的人们早已等候多时。"


def repaired(text: str) -> str:
    ed = Editor("p", text)
    STAGE(ed, kind="text")
    assert rebuild(ed.text, ed.changes) == text
    return ed.text


@pytest.mark.parametrize(
    "line",
    [
        "第 12 章 风起云涌",
        "第12 章 风起云涌",
        "第 三 章 渡口的灯",
        "第 4 条 本办法自发布之日起施行。",
        "第 二十 节 雾中归来的船",
        "第十三章 渡口的灯",
    ],
)
def test_a_spaced_label_keeps_its_gap_before_the_title(line: str) -> None:
    out = repaired(f"雾港旧事\n{line}\n{PROSE}\n")
    assert line in out.split("\n")


def test_a_word_split_after_a_label_is_still_joined() -> None:
    # the label's own gap stays, the stray space inside the word after it goes
    out = repaired(f"雾港旧事\n第 5 条 各单位应当完 善推进机制，按期报送材料。\n{PROSE}\n")
    assert "第 5 条 各单位应当完善推进机制，按期报送材料。" in out.split("\n")


def test_a_unit_word_without_a_label_is_not_one() -> None:
    # '章' ends a word here ('印章'), not a label: the space cutting the sentence goes
    out = repaired(f"雾港旧事\n公司的印 章 已经交由办公室统一保管，使用时须登记。\n{PROSE}\n")
    assert "公司的印 章 已经" not in out
