"""Text kept from sight for screen readers only (an inline ``sr-only`` /
``screen-reader-text`` / ``visually-hidden`` span) is not laid out, as ``display:none``
is not: a reader never sees it, and inside a line it glued a label to the visible words
beside it ('CHF 90.00Sale Price', found reading a real shop page by eye).  Look-alikes
stay: a class that only contains such a word ('sr-only-note' is not one, 'hidden-gem'
neither) and the visible words around the span.  Every word is invented."""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract

PROSE = "".join(
    f"<p>The ferry boy crossed the foggy harbour for the {n} time this week, and the "
    "fishermen on the pier waved their caps as he tied the rope.</p>"
    for n in ("first", "second", "third", "fourth", "fifth")
)


def page(inner: str) -> str:
    return (
        "<html><head><title>Harbour Days</title></head><body><h1>Harbour Days</h1>"
        f"<div class='story'>{PROSE}<p>Tickets cost {inner} at the pier.</p></div></body></html>"
    )


@pytest.mark.parametrize(
    "cls", ["sr-only", "screen-reader-text", "visually-hidden", "Visually-Hidden extra"]
)
def test_screen_reader_text_inside_a_line_is_not_seen(cls: str) -> None:
    e = extract(page(f"<span>$9.00</span><span class='{cls}'>Sale price</span>"))
    assert "Tickets cost $9.00 at the pier." in e.body.split("\n")
    assert "Sale price" not in e.visible


@pytest.mark.parametrize("cls", ["sr-only-note", "hidden-gem", "visually"])
def test_look_alike_classes_stay_seen(cls: str) -> None:
    e = extract(page(f"<span>$9.00</span> <span class='{cls}'>each way</span>"))
    assert "Tickets cost $9.00 each way at the pier." in e.body.split("\n")
