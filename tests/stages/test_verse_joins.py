"""Verse line ends are never joined as page breaks; letter-spaced cells of one shape.

Our own poems, lyrics and forms (``repair.join_broken_paragraph.verse_kept``,
``repair.cjk_space.cell``).  Every case checks that the ledger replays and inverts."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from tests.test_repair_context import repaired

FREE_VERSE = (
    "秋夜\n"
    "河岸上的芦苇又白了一层，\n"
    "风从北边的山口一阵阵吹下来了。\n\n"
    "远处的渡船亮着一盏小灯，\n"
    "慢慢地漂向那个谁也看不见的对岸。\n\n"
    "我站在桥头数着水里的星，\n"
    "一颗一颗都被浪花揉碎了。\n"
)
CLASSICAL = "登临\n孤城落日照寒江，\n万里长风送雁行。\n客子登楼无限意，\n一杯浊酒对斜阳。\n"
LYRICS = "你走的那天下着小雨\n街角的咖啡还冒着热气\n我没有说出那句再见\n只把伞留在你的手里\n"
# a long paragraph cut mid-sentence by a page number
PROSE = (
    "本市今年以来持续推进老旧小区改造工作，全年计划改造小区一百二十个，涉及居民"
    "两万余户，截至目前已完成改造任务的百分之六十，其余小区将在年底前陆续\n"
    "- 3 -\n"
    "开工建设，各区要加强统筹协调，确保按期完成。\n"
)


def joins(ed: Editor) -> list[str]:
    return [c.rule for c in ed.changes if c.rule.startswith("repair.join_broken_paragraph")]


@pytest.mark.parametrize("page", [FREE_VERSE, CLASSICAL, LYRICS])
def test_verse_line_ends_are_kept(page: str) -> None:
    ed = repaired(page)
    assert [r for r in joins(ed) if not r.endswith("verse_kept")] == []
    assert ed.text.strip().count("\n") == page.strip().count("\n") - page.count("\n\n")


def test_verse_kept_is_on_the_record() -> None:
    ed = repaired(FREE_VERSE)
    kept = [c for c in ed.changes if c.rule == "repair.join_broken_paragraph.verse_kept"]
    assert kept and all(c.action == "flag" for c in kept)


def test_page_break_in_prose_is_still_joined() -> None:
    ed = repaired(PROSE)
    assert "repair.join_broken_paragraph.page_mark" in joins(ed)
    assert "陆续开工建设" in ed.text


def test_verse_beside_prose_does_not_shield_the_prose() -> None:
    ed = repaired(CLASSICAL + "\n" + PROSE)
    assert "陆续开工建设" in ed.text
    assert "孤城落日照寒江，\n万里长风送雁行。" in ed.text


def cell_spaces(ed: Editor) -> int:
    return sum(c.rule == "repair.cjk_space.cell" for c in ed.changes)


def test_letter_spaced_label_vouched_for_by_its_siblings() -> None:
    page = "~编 写 者~周某~审 校 者~吴某~装 帧 者~ ~\n本书编写者周某，审校者吴某。\n"
    ed = repaired(page)
    assert "~编写者~" in ed.text and "~审校者~" in ed.text and "~装帧者~" in ed.text


def test_lone_confirmed_cell_vouches_for_no_sibling() -> None:
    page = "~编 写 者~周某~审 校 者~吴某~\n本书编写者周某。\n"
    ed = repaired(page)
    assert "~编写者~" in ed.text and cell_spaces(ed) == 2  # not the sibling's two spaces


def test_other_shapes_are_not_vouched_for() -> None:
    page = "~编 写 者~周某~审 校 者~吴某~装 帧~ ~\n编写者周某，审校者吴某。\n"
    ed = repaired(page)
    assert "~装 帧~" in ed.text and cell_spaces(ed) == 4
