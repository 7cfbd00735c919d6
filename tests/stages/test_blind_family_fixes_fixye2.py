"""Fixes for blind set ye (fixye2: the lyrics site's album pages and the game club's
annotated records), each class in wordings of its own, with look-alikes that must stay:

* a next-page button with the page counter cutting a sentence (``break_marks`` in
  ``repair.toml``), either order, ornaments or brackets around it, both scripts;
* a record's tag block, one ``[Key "value"]`` pair a line under the title
  (:mod:`cleaner.stages.split_tag_rows`): metadata, its known keys read.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.page_marks import break_mark
from cleaner.stages.repair_tables import tables
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_tag_rows import tag_block
from tests.stages.stage_runs import repair, split

P1 = "傍晚的码头上停着三条渔船，船老大正把最后一筐鱼搬上岸，海鸥在桅杆上绕来绕去。"
P2 = "夜里起了风，灯塔的光一圈圈扫过海面，守塔人照旧在本子上记下潮水的时刻。"
CUT_A = "守塔人说，这本记录已经写满了十一本，最早的一本还是他父亲在"
CUT_B = "四十年前开始记的，纸页都发黄了。"


# ---- a next-page button with its counter


@pytest.mark.parametrize(
    "mark",
    [
        "▼ 下一页（2/2）",
        "▽ 下一頁（2/3）",
        "(2/3) 下页 ›",
        "【下一页 2/4】",
        "Next page 2/3 »",
        "→ next (2/5)",
    ],
)
def test_a_next_page_button_cutting_a_sentence_is_joined_across(mark: str) -> None:
    text = f"{P1}\n{CUT_A}\n\n{mark}\n\n{CUT_B}\n{P2}\n"
    out = repair(text)
    assert CUT_A + CUT_B in out
    assert mark not in out


@pytest.mark.parametrize(
    "line", ["下一页（3/2）", "请翻到下一页（2/2）的图表。", "下一页", "【注】下一页（2/2）"]
)
def test_a_look_alike_is_no_next_page_mark(line: str) -> None:
    assert not break_mark(line, tables().break_marks)


def test_a_next_page_mark_between_whole_paragraphs_stays() -> None:
    text = f"{P1}\n\n▼ 下一页（2/2）\n\n{P2}\n"
    assert "▼ 下一页（2/2）" in repair(text)


# ---- a record's tag block under its title

TITLE = "双车错杀，黑方险中求胜"
BODY = [
    "这盘棋开局平稳，双方都没有冒进，直到第十五回合才出现第一次交换。",
    "1. 兵三进一　　卒７进１",
    "2. 马八进九　　象３进５",
    "【点评】这一步看似随手，其实早有准备。",
]


@pytest.mark.parametrize(
    ("tags", "meta"),
    [
        (
            ['[Site "桐乡"]', '[Date "2018.07.14"]', '[Red "某甲"]', '[Annotator "罗小川"]'],
            {"published": "2018-07-14", "author": "罗小川"},
        ),
        (
            ["【赛事 “某某杯”】", "【日期 “2020-11-03”】", "【作者 “方一禾”】"],
            {"published": "2020-11-03", "author": "方一禾"},
        ),
        (
            ["[Event 'Spring open']", "[White 'Lu Fen']", "[Black 'Ko Min']", "[Result '1-0']"],
            {},
        ),
    ],
)
def test_a_tag_block_under_the_title_is_metadata(tags: list[str], meta: dict[str, str]) -> None:
    arts = split([TITLE, *tags, "", *BODY])
    assert len(arts) == 1
    a = arts[0]
    assert a.title == TITLE
    for t in tags:
        assert t not in a.text
    for line in BODY:
        assert line in a.text
    for k, v in meta.items():
        assert a.meta.get(k) == v


def test_two_tag_lines_or_bracketed_notes_are_the_texts_own() -> None:
    f = MetaParser().field_of
    assert tag_block(['[Date "2018.07.14"]', '[Red "某甲"]', "正文。"], f) == (0, {})
    notes = ["[注] 本局选自旧谱。", "[注] 第五回合有异着。", "[注] 终局图略。"]
    assert tag_block(notes, f) == (0, {})
    arts = split([TITLE, *notes, *BODY])
    for line in notes:
        assert line in arts[0].text
