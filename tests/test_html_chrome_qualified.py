"""A class or id that holds a chrome word does not always name chrome.

* A chrome word qualified by a content word of the same name names part of the content:
  a Q&A page lists the question's other answers in a ``MoreAnswers`` card, whose answers
  were dropped with the card as a "more" list (a real Q&A page lost half its text).  A
  "more" list of other pages (``more-stories``) stays chrome.
* An id made from the element's own words is a jump anchor: a magazine gives every
  subheading ``id="nav_<its words>__1"``, and the subheadings were dropped as navigation.
  An id whose words are not the element's (``nav_main_menu``) still names chrome.

Every word is invented (``rules/html_extract.toml``, ``[[chrome_qualified]]``)."""

from __future__ import annotations

from cleaner.ingest.html import extract

ANSWER = (
    "<div class='ContentItem AnswerItem'><div class='AuthorInfo'><a href='/people/{who}'>"
    "{who}</a></div><div class='RichContent'><p>{text}</p><p>{more}</p></div></div>"
)
FIRST = (
    "Tide gauges along the quay lag behind the open sea by several minutes, because the "
    "harbour mouth narrows the flow.",
    "The lag grows at spring tides, when more water has to pass the same narrow mouth. "
    "Old logbooks show the same pattern over a century of readings, taken by hand at first "
    "and later by float gauges in stilling wells. The wells themselves damp the short waves "
    "and add a little lag of their own, which the harbour office corrects for every season. "
    "A second gauge outside the breakwater gives the reference the inner one is held to.",
)
SECOND = (
    "Another reason is the silt bank off the breakwater, which slows the flood tide before "
    "it reaches the inner basin.",
    "Dredging the bank every few winters has shortened the lag by about a minute.",
)
THIRD = (
    "Wind matters as well: a steady onshore breeze piles water against the quay and makes "
    "the gauge read high.",
    "On calm nights the readings match the tables to within a few centimetres.",
)


def qa_page(more_class: str) -> str:
    answers = "".join(
        f"<div class='List-item'>{ANSWER.format(who=w, text=t[0], more=t[1])}</div>"
        for w, t in (("harbourhand", SECOND), ("quaywatcher", THIRD))
    )
    return (
        "<html><head><title>Why do the tide gauges lag? - Askbox</title></head><body>"
        "<div class='QuestionPage'><h1>Why do the tide gauges lag?</h1>"
        "<div class='Question-mainColumn'><div class='Card AnswerCard'>"
        + ANSWER.format(who="tidereader", text=FIRST[0], more=FIRST[1])
        + "</div></div><div class='Question-sideColumn'><h3>Related questions</h3><ul>"
        + "".join(
            f"<li><a href='/q/{n}'>How deep is berth {n} at low water?</a></li>"
            for n in range(1, 7)
        )
        + f"</ul></div><div class='Card {more_class}'><h2>More answers</h2>"
        f"<div class='List'>{answers}</div></div></div></body></html>"
    )


def test_more_answers_of_the_question_are_kept() -> None:
    body = extract(qa_page("MoreAnswers")).body
    for text in FIRST + SECOND + THIRD:
        assert text in body


def test_a_more_list_of_other_pages_is_still_chrome() -> None:
    teasers = "".join(
        f"<li><a href='/story/{n}'>Harbour story number {n} of the week</a></li>"
        for n in ("one", "two", "three", "four")
    )
    page = qa_page("MoreAnswers").replace(
        "</div></body>", f"<div class='more-stories'><ul>{teasers}</ul></div></div></body>"
    )
    e = extract(page)
    assert SECOND[0] in e.body
    assert "Harbour story number one" not in e.body
    dropped = "\n".join(e.visible[a:b] for a, b, r in e.drops if r == "extract.chrome_named")
    assert "Harbour story number one" in dropped


PARA = "".join(
    f"<p>The {n} shredder line takes spent cells apart and sorts the metal from the casing "
    "before any of it goes near a furnace or a kiln.</p>"
    for n in ("first", "second", "third")
)


def magazine(heading_id: str, heading: str) -> str:
    return (
        "<html><head><title>Metal from old cells</title></head><body>"
        "<div id='nav_main_menu'><a href='/'>Start</a> <a href='/news'>Tickers</a></div>"
        "<article><h1>Metal from old cells</h1><div class='article-content'>"
        f"{PARA}<h3 class='subheading' id='{heading_id}'>{heading}</h3>{PARA}"
        "</div></article></body></html>"
    )


def test_a_subheading_with_an_anchor_made_from_its_words_is_kept() -> None:
    e = extract(magazine("nav_only_the_foil__1", "Only the foil stays behind"))
    assert "Only the foil stays behind" in e.body.split("\n")
    assert "Tickers" not in e.body


def test_an_id_naming_navigation_is_still_chrome() -> None:
    # the id's words are not the element's words: it names what the element is
    e = extract(magazine("nav_side_links__1", "Only the foil stays behind"))
    assert "Only the foil stays behind" not in e.body
    e = extract(magazine("nav", "Only the foil stays behind"))
    assert "Only the foil stays behind" not in e.body
