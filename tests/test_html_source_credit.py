"""A line crediting the article's source by a phrase (``Provided by <body>``, its name a
link) closes a science-news article and is its content, not a link list
(:func:`cleaner.ingest.html_controls.source_credit`).  A link list beside it, and a
credit phrase over no name, still go.  Every page here is invented.
"""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract
from cleaner.ingest.html_controls import source_credit
from tests.test_html_citation import STORY
from tests.test_html_extract import check_ledger


def page(closing: str) -> str:
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        "<html><head><title>Limpets grow faster</title></head><body><main><article>"
        f"<h1>Limpets grow faster</h1><div class='story'>{body}"
        "<div class='links'><a href='/news/a.html'>Crabs on the move</a> "
        "<a href='/news/b.html'>Gulls at the pier</a></div>"
        f"<div class='d-inline-block'>{closing}</div>"
        "</div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    "who",
    ["Institute for Coastal Studies", "Northfield University", "University of the North, Leeds"],
)
def test_closing_source_credit_with_a_linked_name_is_kept(who: str) -> None:
    closing = (
        f"Provided by <a href='/partners/x/'>{who}</a>"
        "<a class='icon_open' href='https://example.org/'></a>"
    )
    e = extract(page(closing))
    lines = e.body.split("\n")
    assert f"Provided by {who}" in lines
    assert all(s in lines for s in STORY)
    assert "Crabs on the move" not in e.body
    check_ledger(e)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Provided by Institute for Coastal Studies", True),
        ("Courtesy of Harbour Museum", True),
        ("Supplied by Ana Ruiz", True),
        ("Provided by you and your friends", False),
        ("Provided by", False),
        ("Read more about the shores", False),
    ],
)
def test_source_credit_names_a_person_or_body(line: str, credit: bool) -> None:
    assert source_credit(line) is credit
