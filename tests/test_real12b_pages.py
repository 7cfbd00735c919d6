"""Chrome of English news and blog pages (issue 12, branch real12b): a reader comment
thread under the post, taken whole with its heading and author lines, and the look-alikes
that stay (invented wording)."""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.provenance import rebuild
from cleaner.rules import load_packs
from cleaner.stages.boilerplate import BoilerplateStage
from cleaner.stages.comment_threads import COMMENT_THREAD

STAGE = BoilerplateStage(load_packs())

POST = (
    "The harbour board met on Tuesday to weigh the plan for the new ferry pier.\n"
    "Members argued for two hours about the cost and the noise it would bring.\n"
    "In the end they voted to ask the town for a second survey of the seabed.\n"
)


def clean(text: str) -> Editor:
    ed = Editor("p", text)
    STAGE(ed)
    assert rebuild(ed.text, ed.changes) == text
    return ed


def test_english_thread_under_the_post_goes_whole() -> None:
    thread = (
        "Top Rated Comments\n"
        "3 days ago at 09:14 am\n"
        "Finally someone asked about the seabed.\n"
        "Rating: 12 Votes\n"
        "Mara Quill March 3, 2021 - 4:05 pm\n"
        "I live by the pier and the noise is already bad enough at night, so a second "
        "survey is welcome, but I doubt it will change the board's mind at all.\n"
        "Two more years of talk, I guess.\n"
    )
    ed = clean(POST + thread)
    assert ed.text.strip() == POST.strip()
    assert {c.rule for c in ed.changes if c.before.strip()} == {COMMENT_THREAD}


def test_thread_that_is_most_of_the_page_still_goes() -> None:
    """The heading and author lines are the evidence; the loss budget does not judge it."""
    comments = "".join(
        f"Reader{i} May {i}, 2020 at 10:{10 + i} am\nA long reply number {i} that goes on "
        "about the pier, the ferry, the fares and the timetable at some length.\n"
        for i in range(1, 9)
    )
    ed = clean(POST + "12 comments\n" + comments)
    assert ed.text.strip() == POST.strip()


def test_comments_heading_over_prose_stays() -> None:
    """A section named 'Comments' in the article, with no author line under it, is text."""
    text = POST + "Comments\nReaders wrote in to say the pier should be built further east.\n"
    assert clean(text).text == text


def test_dated_line_without_a_comment_heading_stays() -> None:
    text = POST + "Update\nMarch 4, 2021 at 10:00 am\nThe survey has been ordered.\n"
    assert clean(text).text == text


def test_thread_in_the_middle_takes_one_line_of_its_last_comment() -> None:
    """Not at the page's end: the last comment's first line alone, the post below stays."""
    tail = "".join(f"The board's record, part {i}, is kept in the town hall.\n" for i in range(13))
    text = POST + "Comments\nAnn Lee May 3, 2021 - 4:05 pm\nGreat news.\n" + tail
    ed = clean(text)
    assert "Great news." not in ed.text
    assert tail.strip() in ed.text
