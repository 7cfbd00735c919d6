"""Teaser cards for other pages below the article are dropped on the record
(:mod:`cleaner.ingest.html_teaser_cards`); an article's own list of linked items, a
comment list and a list with the article going on under it stay.

Every page here is invented.
"""

from __future__ import annotations

from cleaner.ingest.html import extract
from tests.test_html_extract import check_ledger

STORY = [
    "The orchard on the hill gave its first full harvest since the frost of three years ago.",
    "Growers counted nine hundred crates of pears, twice what the cooperative had hoped for.",
    "Most of the crop will go to the cannery in the valley, the rest to the weekly market.",
]
_MORE = " Organisers thanked the volunteers who gave up their weekends to make it happen."
CARDS = [
    ("Village choir wins the county cup again", "The singers beat eleven rival choirs." + _MORE),
    ("New footbridge opens over the mill race", "Walkers avoid the busy road now." + _MORE),
    ("Library extends its winter opening hours", "The reading room stays open late." + _MORE),
    ("Ferry timetable changes from next month", "Two early crossings are added." + _MORE),
]


def card(head: str, stand: str, tag: str = "h3") -> str:
    return (
        f"<li><a href='/p/{len(head)}'><img src='x.jpg'></a><{tag}><a href='/s/{len(head)}'>"
        f"{head}</a></{tag}><div class='standfirst'>{stand}</div></li>"
    )


def story() -> str:
    return "<div class='story'>" + "".join(f"<p>{s}</p>" for s in STORY) + "</div>"


def page(body: str) -> str:
    return f"<html><head><title>Pear harvest</title></head><body><main>{body}</main></body></html>"


def dropped(e: object, rule: str = "extract.teaser_cards") -> str:
    return "\n".join(e.visible[s:t] for s, t, r in e.drops if r == rule)  # type: ignore[attr-defined]


def test_cards_below_the_article_are_dropped_on_the_record() -> None:
    cards = "".join(card(h, s) for h, s in CARDS)
    e = extract(page(story() + f"<section><h2>More</h2><ul>{cards}</ul></section>"))
    for s in STORY:
        assert s in e.body
    for h, s in CARDS:
        assert h not in e.body and s not in e.body
        assert h in dropped(e) and s in dropped(e)
    check_ledger(e)


def test_a_grid_of_card_rows_counts_as_one_list() -> None:
    rows = "".join(
        "<ul class='row'>" + "".join(card(h, s, "h4") for h, s in pair) + "</ul>"
        for pair in (CARDS[:2], CARDS[2:])
    )
    e = extract(page(story() + f"<div class='latest'>{rows}</div>"))
    assert all(s in e.body for s in STORY)
    assert all(h in dropped(e) for h, _ in CARDS)


def test_the_articles_own_list_of_linked_items_stays() -> None:
    items = "".join(card(h, s) for h, s in CARDS)
    body = "<div class='story'>" + "".join(f"<p>{s}</p>" for s in STORY) + f"<ul>{items}</ul></div>"
    e = extract(page(body))
    assert all(h in e.body and s in e.body for h, s in CARDS)
    assert dropped(e) == ""


def test_a_list_with_the_article_going_on_under_it_stays() -> None:
    cards = "".join(card(h, s) for h, s in CARDS)
    tail = (
        "<div><p>The cooperative will meet next week to decide how to share the profit.</p></div>"
    )
    e = extract(page(story() + f"<section><ul>{cards}</ul></section>" + tail))
    assert all(h in e.body for h, _ in CARDS)


def test_comments_under_short_linked_names_stay() -> None:
    comments = "".join(
        f"<li><h4><a href='/u/{n}'>{n}</a></h4><p>{t}</p></li>"
        for n, t in (
            ("pip", "Lovely to see the orchard doing well again."),
            ("wren_7", "We bought a crate on Saturday, the pears are sweet."),
            ("oak", "Hope the cannery pays a fair price this year."),
        )
    )
    e = extract(page(story() + f"<section><ul>{comments}</ul></section>"))
    assert "Lovely to see the orchard doing well again." in e.body
    assert dropped(e) == ""


def test_bare_linked_headlines_are_left_to_the_link_list_rule() -> None:
    links = "".join(f"<li><h3><a href='/s/{len(h)}'>{h}</a></h3></li>" for h, _ in CARDS)
    e = extract(page(story() + f"<section><ul>{links}</ul></section>"))
    assert dropped(e) == ""
