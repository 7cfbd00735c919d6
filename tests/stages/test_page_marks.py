"""Page-number lines between whole paragraphs (issue 12, rule ``repair.page_mark``).

Our own pages in the shape of documents converted to text: the join removes a mark that
cuts a sentence; a mark between two whole paragraphs must go too when the page shows it
is a page number, and a lone ambiguous number line stays.  Every case checks that the
ledger replays and inverts exactly."""

from __future__ import annotations

import pytest

from cleaner.edits import Edit, Editor
from cleaner.provenance import rebuild
from tests.test_repair_context import STAGE, repaired

P1 = "各单位要加强组织领导，落实工作责任，确保各项措施按期完成。"
P2 = "各乡镇要做好宣传引导工作，及时回应群众关切，营造良好氛围。"
P3 = "有关部门要加强督促检查，对工作不力的单位进行通报批评。"


def marks(ed: Editor) -> list[str]:
    return [c.before.strip() for c in ed.changes if c.rule == "repair.page_mark"]


@pytest.mark.parametrize(
    ("m1", "m2"),
    [
        ("第1页 共3页", "第2页 共3页"),
        ("- 1 / 9 -", "- 2 / 9 -"),
        ("- 1 -", "- 2 -"),
        ("1/3", "2/3"),
        ("Page 1 of 3", "Page 2 of 3"),
    ],
)
def test_numbering_run_between_paragraphs_is_deleted(m1: str, m2: str) -> None:
    ed = repaired(f"{P1}\n{m1}\n{P2}\n{m2}\n{P3}\n")
    assert marks(ed) == [m1, m2]
    assert ed.text == f"{P1}\n{P2}\n{P3}"  # (the page edge loses its newline)


def test_worded_count_alone_is_a_page_number() -> None:
    ed = repaired(f"{P1}\n\n共5页 第2页\n\n{P2}")
    assert marks(ed) == ["共5页 第2页"]
    assert "页" not in ed.text and P1 in ed.text and P2 in ed.text


@pytest.mark.parametrize("lone", ["- 3 -", "3/8", "第3页"])
def test_lone_ambiguous_number_line_is_kept(lone: str) -> None:
    ed = repaired(f"{P1}\n{lone}\n{P2}\n")
    assert marks(ed) == []
    assert f"\n{lone}\n" in ed.text


def test_numbers_that_do_not_run_are_kept() -> None:
    # two fractions with different totals, and numbers going down, are not pagination
    for a, b in (("1/2", "3/4"), ("- 2 -", "- 1 -")):
        ed = repaired(f"{P1}\n{a}\n{P2}\n{b}\n{P3}")
        assert marks(ed) == [], (a, b)


def test_mark_inside_a_joined_sentence_goes_with_the_join_and_still_counts() -> None:
    # the first mark cuts a sentence (the join removes it), the second sits between
    # paragraphs: the run is read before the join, so the second goes as a page mark
    head = "各单位要加强组织领导，落实工作责任，确保各项措施按期"
    ed = repaired(f"{head}\n- 1 / 4 -\n完成。{P2}\n- 2 / 4 -\n{P3}")
    assert marks(ed) == ["- 2 / 4 -"]
    assert ed.text == f"{head}完成。{P2}\n{P3}"


def test_html_pages_keep_their_lines() -> None:
    ed = repaired(f"{P1}\n第1页 共3页\n{P2}\n第2页 共3页\n{P3}", kind="html")
    assert marks(ed) == []


def test_marks_an_earlier_stage_deleted_count_for_the_run() -> None:
    # the chrome line model took the first and last marks of the run; the middle one,
    # alone on the page now, is still a page number
    text = f"{P1}\n- 1 / 3 -\n{P2}\n- 2 / 3 -\n{P3}\n- 3 / 3 -\n"
    ed = Editor("p", text)
    first = text.index("- 1 / 3 -")
    ed.apply("boilerplate", [Edit(first, first + 10, "", "boilerplate.line_model", "delete")])
    last = ed.text.index("- 3 / 3 -")
    ed.apply("boilerplate", [Edit(last, last + 10, "", "boilerplate.line_model", "delete")])
    assert ed.text.count("/ 3 -") == 1
    STAGE(ed, kind="text")
    assert marks(ed) == ["- 2 / 3 -"]
    assert ed.text == f"{P1}\n{P2}\n{P3}"
    assert rebuild(ed.text, ed.changes) == text
