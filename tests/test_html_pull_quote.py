"""A pull quote set in an ``<aside>`` among an article's paragraphs is kept when the text
prints its words nowhere else (html_pull_quote); a pull quote copying a sentence of the
text, a sidebar of links and an aside beside no paragraph stay dropped as
``extract.skip_tag``.  Invented wording."""

from __future__ import annotations

from cleaner.ingest.html import apply_drops, extract

PARAS = [
    "The harbour master said the new breakwater had cut the winter swell by half, and the "
    "fishing boats no longer need to shelter in the next bay when a storm comes in.",
    "Work on the second arm starts in March, paid for by the county and a grant from the "
    "coastal fund, and it should be finished before the summer ferries begin.",
    "Boat owners were asked to move their moorings to the east quay while the cranes work, "
    "and the council will publish the new berth list at the end of the month.",
]
QUOTE = "“We used to lose a boat every other winter. Not one this year.”"


def _page(aside: str, *, where: int = 1) -> str:
    body = "".join((aside if k == where else "") + f"<p>{t}</p>" for k, t in enumerate(PARAS))
    body += aside if where == len(PARAS) else ""
    return (
        "<html><head><title>Breakwater halves the swell - Coast News</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/local'>Local</a></nav>"
        f"<article><h1>Breakwater halves the swell</h1>{body}</article>"
        "<footer><p>Coast News, all rights reserved.</p></footer></body></html>"
    )


def _skipped(e: object, text: str) -> bool:
    visible, drops = e.visible, e.drops  # type: ignore[attr-defined]
    start = visible.index(text)
    return any(a <= start < b and rule == "extract.skip_tag" for a, b, rule in drops)


def test_a_pull_quote_the_text_does_not_print_is_kept() -> None:
    aside = f"<aside class='pq'><span></span><span>{QUOTE}</span></aside><div class='ad'></div>"
    e = extract(_page(aside))
    assert QUOTE in e.body
    # set where the page sets it: between the first and the second paragraph
    assert e.body.index(PARAS[0]) < e.body.index(QUOTE) < e.body.index(PARAS[1])
    assert "Coast News, all rights reserved." not in e.body  # the page footer stays chrome
    assert apply_drops(e.visible, e.drops) == e.body


def test_a_pull_quote_copying_the_text_stays_dropped() -> None:
    # a trimmed copy of a sentence of the second paragraph: no words lost by dropping it
    copy = "“Boat owners were asked to move their moorings to the east quay.”"
    e = extract(_page(f"<aside>{copy}</aside>", where=2))
    assert copy not in e.body
    assert _skipped(e, copy)


def test_a_sidebar_of_links_or_an_aside_beside_no_paragraph_stays_dropped() -> None:
    more = "“More from the coast: the ferry timetable for this year.”"
    links = f"<aside><a href='/more'>{more}</a></aside>"
    e = extract(_page(links))
    assert "the ferry timetable" not in e.body
    # after the last paragraph: no paragraph below it, a sidebar's place
    e = extract(_page(f"<aside>{QUOTE}</aside>", where=3))
    assert QUOTE not in e.body
    assert _skipped(e, QUOTE)


def test_a_long_aside_among_paragraphs_is_a_sidebar() -> None:
    box = (
        "<aside><p>"
        + " ".join(["A sidebar box of background on the harbour."] * 12)
        + "</p></aside>"
    )
    e = extract(_page(box))
    assert "A sidebar box of background" not in e.body
