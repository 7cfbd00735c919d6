"""Fixes for set zk's compiled pages (fixzk).

* A board's entry row ``＃0042　网友 某某 提问于 2020/5/6　｜　回复 2`` (a serial, the
  poster's cell: a member's name, the verb of posting closed by 于 and the day, a count)
  read as nothing: the serial's mark was taken for a date's glyph and the dated cell
  opens with a name.  It now reads as the poster and the day (:meth:`MetaLines._posted`),
  so a run of the page's ``<h3>`` questions, each under such a row, is a compilation
  (:func:`split_headings.heading_run`) whose rows are the pieces' metadata.

Look-alikes that stay: a forum thread whose replies each open with such a row over their
prose (no heading under the rows: the replies are the thread's, one article); a row whose
verb is no verb of posting; a row of two dates.  Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_meta_lines import MetaLines
from cleaner.stages.split_titles import PageHints
from tests.stages.family_figures import assert_floors

ANSWER = "您好，这个问题要看具体的情况，一般来说按照流程办理就可以了，不必太担心。"
BODY = "我最近遇到了这件事情，想请教一下大家平时都是怎么处理的，谢谢各位的帮助。"
QUESTIONS = ["换季的时候被子怎么收纳？", "阳台的花盆要多久浇一次水？", "旧家具可以送到哪里回收？"]
ROWS = [
    "＃0815　网友 林小某 提问于 2020/5/16　｜　回复 1",
    "＃0342　网友 王小某 提问于 2020/5/9　｜　回复 3",
    "＃0977　网友 陈某某 提问于 2020/5/2　｜　回复 1",
]


def _board() -> list[str]:
    page = ["家居问答 第3页 - 某某生活网", "家居问答"]
    for row, q in zip(ROWS, QUESTIONS, strict=True):
        page += [row, q, BODY, ANSWER, ANSWER]
    return page


def _split(page: list[str], headings: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    hints = PageHints(title=page[0], h1="家居问答", headings=("家居问答", *headings))
    drafts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=hints)
    return [(d.title, dict(d.meta)) for d in drafts]


def test_a_board_row_reads_its_poster_and_day() -> None:
    m = MetaLines()
    assert m.shaped_row(ROWS[0], near_title=True) == {
        "published": "2020-05-16",
        "author": "林小某",
    }
    assert m.shaped_row("＃12　會員 林小某 提問於 2020/5/6", near_title=True) == {
        "published": "2020-05-06",
        "author": "林小某",
    }


def test_a_row_of_another_verb_or_two_dates_gives_no_poster() -> None:
    m = MetaLines()
    assert m._posted("＃12　网友 林小某 回想于 2020/5/6") is None
    assert m._posted("林小某 提问于 2020/5/6　2020/5/7") is None
    assert m._posted("林小某 提问于 2020/5/6，后来又补充了很多。") is None


def test_questions_each_under_a_board_row_are_pieces() -> None:
    got = _split(_board(), tuple(QUESTIONS))
    assert [t for t, _ in got] == QUESTIONS
    assert [m.get("author") for _, m in got] == ["林小某", "王小某", "陈某某"]
    assert [m.get("published") for _, m in got] == ["2020-05-16", "2020-05-09", "2020-05-02"]


def test_a_thread_whose_replies_open_with_board_rows_stays_one() -> None:
    page = ["某某问题讨论 - 某某生活网", "某某问题讨论", ROWS[0], BODY, ANSWER]
    for row in ROWS[1:]:
        page += [row, ANSWER, BODY]
    assert len(_split(page, ())) == 1


def test_zk_chewen_floors() -> None:
    assert_floors(
        "sealed_zk_chewen",
        {"content_f1": 0.97, "titles": 0.95, "counts": 0.95, "metadata": 0.95},
    )
