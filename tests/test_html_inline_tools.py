"""A wiki's or a CMS's inline tools for its editors are not laid out: MediaWiki prints an
edit link in every section heading (``<span class="mw-editsection">[edit]</span>``), which
glued to the heading ('History[edit]', found reading a real encyclopedia page by eye).  The
blocks the site itself marks as not for print (``noprint``) or prints only as the page's
foot (``printfooter``: 'Retrieved from …') are chrome, removed and recorded.  Look-alikes
stay: a class that is no such tool, the word 'edit' in prose, a heading's own words.  Every
word is invented."""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract

PROSE = "".join(
    f"<p>The {n} crane on the quay lifted boxes from the ship all night, and the crew on the "
    "deck below counted each one as it swung across the berth.</p>"
    for n in ("first", "second", "third", "fourth")
)


def page(heading: str, extra: str = "") -> str:
    return (
        "<html><head><title>Quay cranes - Harbourpedia</title></head><body>"
        "<h1>Quay cranes</h1><div id='bodyContent'>"
        "<div id='siteSub' class='noprint'>From Harbourpedia, the open harbour book</div>"
        f"<div id='mw-content-text'>{PROSE}<h2>{heading}</h2>{PROSE}{extra}</div>"
        "<div class='printfooter'>Retrieved from \"<a href='https://harbourpedia.example/"
        "w/index.php?title=Quay_cranes&amp;oldid=7'>https://harbourpedia.example/w/index.php"
        '?title=Quay_cranes&amp;oldid=7</a>"</div></div></body></html>'
    )


EDIT = (
    "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
    "<a href='/w/index.php?title=Quay_cranes&amp;action=edit&amp;section=1'>edit</a>"
    "<span class='mw-editsection-bracket'>]</span></span>"
)


@pytest.mark.parametrize("cls", ["mw-editsection", "edit-link", "post-edit-link"])
def test_an_edit_link_in_a_heading_is_not_laid_out(cls: str) -> None:
    tool = EDIT.replace("'mw-editsection'", f"'{cls}'", 1)
    e = extract(page(f"<span class='mw-headline'>History</span>{tool}"))
    lines = e.body.split("\n")
    assert "History" in lines
    assert not any("[edit]" in line for line in lines)


def test_not_for_print_and_print_foot_blocks_are_recorded_chrome() -> None:
    e = extract(page("History"))
    assert "From Harbourpedia, the open harbour book" not in e.body
    assert "Retrieved from" not in e.body
    dropped = "\n".join(e.visible[a:b] for a, b, r in e.drops if r == "extract.chrome_named")
    assert "From Harbourpedia, the open harbour book" in dropped
    assert "Retrieved from" in dropped


@pytest.mark.parametrize("cls", ["mw-headline", "editor-note", "section-edit-history"])
def test_look_alike_classes_stay(cls: str) -> None:
    e = extract(page(f"History <span class='{cls}'>of the berth</span>"))
    assert "History of the berth" in e.body.split("\n")


def test_the_word_edit_in_prose_stays() -> None:
    extra = "<p>Readers may [edit] nothing here; the crane log is closed after each night.</p>"
    e = extract(page("History", extra))
    assert "Readers may [edit] nothing here; the crane log is closed after each night." in (
        e.body.split("\n")
    )
