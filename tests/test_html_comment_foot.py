"""A news article's readers' comments at its foot are dropped (html_comment_foot); a
forum thread's replies, a Q&A page's answers and long comments stay.  Invented wording."""

from __future__ import annotations

from cleaner.ingest.html import extract

PARAS = "".join(
    f"<p>Paragraph {k} of the report on the river ferry timetable, which changes "
    f"next month for the summer crossings.</p>"
    for k in range(1, 7)
)


def _comments(texts: list[str], *, notice: bool = True) -> str:
    posts = "".join(
        f"<div class=post><div class=user-line><span class=nickname>reader{k}</span>"
        f"<span>2021-05-0{k} 10:00</span></div><p class=txt>{t}</p></div>"
        for k, t in enumerate(texts, 1)
    )
    head = "<p class=note>Remarks below are the readers' own.</p>" if notice else ""
    return f"<div class='comment-area'><h3>Remarks 3</h3>{head}{posts}</div>"


SHORT = ["Thanks, good to know.", "Will the night boat run?", "Finally!"]


def _page(inner: str) -> str:
    return f"<html><body><div class=box><h1>Ferry times change</h1>{inner}</div></body></html>"


def test_news_comment_section_below_the_article_is_dropped() -> None:
    e = extract(_page(PARAS + _comments(SHORT)))
    assert "Paragraph 6 of the report" in e.body
    assert "Will the night boat run?" not in e.body
    assert "Remarks below" not in e.body
    assert any(rule == "extract.comment_foot" for _, _, rule in e.drops)
    assert "Will the night boat run?" in e.visible


def test_thread_replies_stay() -> None:
    # the first post comes with its author's card: a thread, its replies are content
    card = "<div class=author-card><span class=username>opener</span></div>"
    e = extract(_page(card + PARAS + _comments(SHORT)))
    assert "Will the night boat run?" in e.body


def test_short_question_with_answers_stays() -> None:
    question = "<p>How do I book the night crossing on the river ferry this summer?</p>"
    e = extract(_page(question + _comments(SHORT)))
    assert "Will the night boat run?" in e.body


def test_long_comments_and_text_below_stay() -> None:
    long_one = "A long remark " + "that goes on about the timetable and the piers " * 3
    e = extract(_page(PARAS + _comments([*SHORT, long_one])))
    assert "Will the night boat run?" in e.body
    tail = "<p>Closing paragraph of the report after the remarks, long enough to count.</p>"
    e = extract(_page(PARAS + _comments(SHORT) + tail))
    assert "Will the night boat run?" in e.body
    # no user lines: not readers' posts
    plain = "<div class=comment-area>" + "".join(f"<p>{t}</p>" for t in SHORT) + "</div>"
    e = extract(_page(PARAS + plain))
    assert "Will the night boat run?" in e.body
