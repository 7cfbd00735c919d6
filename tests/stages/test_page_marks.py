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


# -- numbered marks: a page number alone in any wrapper (issue 12, set j) -----------------
CUT_A = "各村要认真组织秋季防火检查，落实巡查人员，确保山林"
CUT_B = "安全无事故，群众生产生活秩序良好。"
CUT_C = "护林员每天上山巡查两次，发现隐患及时上报，做到早发现"
CUT_D = "早处置，不留死角。"
JOINED = "join_broken_paragraph.page_mark"


def joins(ed: Editor) -> list[str]:
    return [c.before.strip() for c in ed.changes if c.rule.endswith(JOINED)]


def _run(m2: str, m3: str) -> str:
    return f"{P1}\n\n{CUT_A}\n\n{m2}\n\n{CUT_B}\n{CUT_C}\n\n{m3}\n\n{CUT_D}\n\n{P2}"


@pytest.mark.parametrize(
    ("m2", "m3"),
    [
        ("〔2〕", "〔3〕"),
        ("（2）", "（3）"),
        ("[2]", "[4]"),
        ("~ pg3 ~", "~ pg4 ~"),
        ("第2帧", "第3帧"),
        ("◇ 2 ◇", "◇ 3 ◇"),
        ("2", "3"),
    ],
)
def test_a_run_of_numbered_marks_cutting_words_is_crossed_by_the_join(m2: str, m3: str) -> None:
    # any wrapper: one such line is a list number or a note; two of one shape numbered
    # from 2 up, each cutting a word (Han on both sides), are the page's run of breaks
    ed = repaired(_run(m2, m3))
    assert joins(ed) == [m2, m3]
    assert f"{CUT_A}{CUT_B}" in ed.text and f"{CUT_C}{CUT_D}" in ed.text


def test_a_lone_numbered_mark_is_a_break_where_the_site_prints_its_shape() -> None:
    page = f"{P1}\n\n{CUT_A}\n\n（2）\n\n{CUT_B}\n\n{P2}"
    ed = repaired(page)
    assert joins(ed) == [] and "\n（2）\n" in ed.text  # alone: maybe a list number
    ed = Editor("p", page)
    STAGE(ed, site_shapes=lambda line: line == "（2）")  # the site's pages all show it
    assert joins(ed) == ["（2）"] and f"{CUT_A}{CUT_B}" in ed.text
    assert rebuild(ed.text, ed.changes) == page


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (f"{CUT_A}\n（2）\n{CUT_B}\n（3）各组要按时上报。\n{CUT_C}\n（4）\n{CUT_D}", "items"),
        (f"{P1}\n[1]\n{P2}\n{CUT_A}\n[2]\n{CUT_B}", "a run from 1: notes, not pages"),
        (f"{CUT_A}\n[3]\n{CUT_B}\n{CUT_C}\n[2]\n{CUT_D}", "the numbers do not increase"),
        (f"{P1[:-1]}\n[2]\n。{P2}\n{P1[:-1]}\n[3]\n。", "no word is cut: a note before 。"),
        (f"秋季山林防火检查工作安排\n（2）\n{CUT_B}\n秋季工作\n（3）\n{CUT_D}", "titles above"),
    ],
)
def test_numbered_mark_not_in_a_run_or_not_cutting_a_word_stays(page: str, why: str) -> None:
    ed = repaired(page)
    assert joins(ed) == [], why
    assert all(m in ed.text for m in ("（2）", "[2]") if m in page), why


def test_numbered_mark_the_model_took_is_left_to_the_join() -> None:
    # the line model guessed the half-sentence and the mark as chrome (soft claims): the
    # mark cuts a word, so both stay for the repair stage's join
    from cleaner.stages.page_marks import marks_inside_sentences, numbered_marks
    from cleaner.stages.repair_tables import tables

    t = tables()
    page = [P1, "", CUT_A, "", "第2帧", "", CUT_B, CUT_C, "第3帧", CUT_D]
    is_mark = numbered_marks("\n".join(page), t.bare_marks, t.bare_max)
    got = marks_inside_sentences(page, [2, 4], t.page_marks, t.mark_min, [2, 4], None, is_mark)
    assert got == [2, 4]
    assert marks_inside_sentences(page, [2, 4], t.page_marks, t.mark_min, [2, 4]) == []


@pytest.mark.parametrize("mark", ["【页码 2】", "页码：3", "〔页次 2/5〕"])
def test_the_word_for_page_number_names_a_page_mark(mark: str) -> None:
    # '页码 N' says what it is, as '第N页' does: a lone one cutting a sentence is a page
    # break the join crosses
    ed = repaired(f"{P1}\n\n{CUT_A}\n\n{mark}\n\n{CUT_B}\n\n{P2}")
    assert joins(ed) == [mark]
    assert f"{CUT_A}{CUT_B}" in ed.text


@pytest.mark.parametrize("line", ["页码设置", "页码 2 号字", "【页码】"])
def test_the_page_word_without_a_lone_number_is_text(line: str) -> None:
    ed = repaired(f"{P1}\n\n{CUT_A}\n\n{line}\n\n{CUT_B}\n\n{P2}")
    assert joins(ed) == [] and f"\n{line}\n" in ed.text
