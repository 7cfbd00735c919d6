"""Neighbouring inline cells parted (html_parting) and dated headline lists below the
article dropped (html_dated_list), with invented pages and look-alikes that must stay."""

from __future__ import annotations

from cleaner.ingest.html import extract
from cleaner.ingest.html_parting import must_part

STORY = (
    "<article><h1>Lanterns over the harbour</h1>"
    "<p>The harbour festival opened on a calm evening, and the lantern boats drifted slowly "
    "past the old customs house while the crowd on the pier counted them aloud.</p>"
    "<p>Organisers said the next festival would add a second route along the canal.</p>"
)


def _related(n: int = 3) -> str:
    items = "".join(
        f"<li><h5>Another headline number {k} about gardens</h5>"
        f"<p><time>2021-04-0{k}</time><span class=count>{10 + k}</span></p></li>"
        for k in range(1, n + 1)
    )
    return f"<section><h4>More</h4><ul>{items}</ul></section>"


def _body(html: str) -> str:
    return extract(f"<html><body>{html}</body></html>").body


def test_date_and_count_cells_are_parted() -> None:
    e = extract("<html><body><p><time>2021-04-01</time><span>17</span></p></body></html>")
    assert e.visible == "2021-04-01 17"
    e = extract("<html><body><p><span>17</span><time>2021-04-01</time></p></body></html>")
    assert e.visible == "17 2021-04-01"
    # an icon between the two cells
    e = extract("<html><body><p><span>2021/4/1</span><i class=ic></i><b>9</b></p></body></html>")
    assert e.visible == "2021/4/1 9"


def test_tokens_split_by_markup_stay_glued() -> None:
    cases = {
        "<p>Dated <b>2021-04-01</b><sup>2</sup></p>": "Dated 2021-04-012",
        "<p>Total <b>12</b><b>345</b></p>": "Total 12345",
        "<p><b>Gar</b><i>den</i> and <span>2021-04-</span><span>01</span></p>": (
            "Garden and 2021-04-01"
        ),
        "<p><span>2021-04-01</span> <span>17</span></p>": "2021-04-01 17",
    }
    for html, want in cases.items():
        assert extract(f"<html><body>{html}</body></html>").visible == want
    assert not must_part("span", "2021-04-01", "sub", "3")
    assert not must_part("span", "version 2", "span", "3")


def test_dated_headline_list_below_the_article_is_dropped() -> None:
    e = extract(f"<html><body>{STORY}{_related()}</article></body></html>")
    assert "Organisers said" in e.body
    assert "Another headline" not in e.body and "2021-04-02" not in e.body
    assert any(rule == "extract.dated_list" for _, _, rule in e.drops)
    assert "Another headline number 2 about gardens" in e.visible


def test_look_alike_dated_lists_stay() -> None:
    # two items only
    assert "Another headline number 2" in _body(f"{STORY}{_related(2)}</article>")
    # text of the article below the list: not the foot
    tail = "<p>After the list the story goes on with one more long closing paragraph.</p>"
    assert "Another headline number 2" in _body(f"{STORY}{_related()}{tail}</article>")
    # the list is the page: no article above it
    assert "Another headline number 2" in _body(_related(4))
    # a timeline of plain entries (no headings) closing an article
    timeline = "".join(
        f"<li><p>Stage {k} of the works on the canal</p><p>2021-04-0{k}</p></li>"
        for k in range(1, 4)
    )
    assert "Stage 2 of the works" in _body(f"{STORY}<ul>{timeline}</ul></article>")
    # items whose row holds more than a date and counts
    rows = "".join(
        f"<li><h5>Chapter {k} of the guide</h5><p>2021-04-0{k} updated by the author</p></li>"
        for k in range(1, 4)
    )
    assert "Chapter 2 of the guide" in _body(f"{STORY}<ul>{rows}</ul></article>")
