"""A citation of the article's source, in a closing box named as chrome (a related-links
class word), is kept; the share bar and "Explore further" link beside it still go
(:mod:`cleaner.ingest.html_citation`).

Every page here is invented.
"""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract
from cleaner.ingest.html_citation import cited_source
from tests.test_html_extract import check_ledger

STORY = [
    "Marine biologists counted the limpets on three rocky shores every month for a decade.",
    "The colonies on the sheltered shore grew twice as fast as those facing the open sea.",
    "Warmer winters let more young limpets survive their first year on the upper rocks.",
    "The team now plans to compare the shores with records kept by a lighthouse keeper.",
    "Volunteers from the village school will help with the counts over the next summer.",
]
CITATION = (
    "More information: R. Tamsin et al. Limpet growth on exposed and sheltered shores, "
    "Journal of Coastal Ecology (2021). DOI: 10.5555/jce.2021.0173"
)
DOI_ONLY = "Journal reference: https://doi.org/10.5555/jce.2021.0173"


def page(closing: str) -> str:
    body = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        "<html><head><title>Limpets grow faster</title></head><body><main><article>"
        f"<h1>Limpets grow faster</h1><div class='story'>{body}"
        # the closing boxes inside the article's own container, as a news site sets them
        "<div class='article-more'>"
        "<div class='bar'><p>share this!</p><a href='/s/fb'>Share</a> <a href='/s/em'>Email</a>"
        "</div><p>Explore further</p><a href='/news/other-shore.html'>Crabs on the move</a>"
        f"</div><div class='story-more'>{closing}</div>"
        "</div></article></main></body></html>"
    )


def cite_html(text: str) -> str:
    label, rest = text.split(": ", 1)
    doi = rest.rsplit("DOI: ", 1)
    if len(doi) == 2:
        rest = f"{doi[0]}<a href='https://doi.org/{doi[1]}'>DOI: {doi[1]}</a>"
    return f"<strong>{label}:</strong> {rest}"


def test_a_citation_in_a_chrome_box_is_kept_and_the_chrome_beside_it_goes() -> None:
    e = extract(page(cite_html(CITATION)))
    lines = e.body.split("\n")
    assert CITATION in lines
    assert all(s in lines for s in STORY)
    for chrome in ("share this!", "Explore further", "Crabs on the move"):
        assert chrome not in e.body
        assert chrome in e.visible  # dropped, so in the ledger
    check_ledger(e)


def test_a_doi_line_is_kept() -> None:
    e = extract(page(DOI_ONLY))
    assert DOI_ONLY in e.body.split("\n")
    assert "Explore further" not in e.body
    check_ledger(e)


def test_a_more_information_line_with_no_reference_still_goes() -> None:
    e = extract(page("<strong>More information:</strong> call us on 020 7946 2019"))
    assert "call us" not in e.body
    assert "share this!" not in e.body
    assert all(s in e.body for s in STORY)
    check_ledger(e)


@pytest.mark.parametrize(
    "line",
    [
        CITATION,
        "Journal information: A. Reed, B. Moss. Tides of the north, Coast Letters (2018).",
        "More information: Reed, A. and Moss, B., 2018. Tides of the north. Coast, 12.",
        "Read the paper at dx.doi.org/10.5555/coast.12.4",
    ],
)
def test_citations(line: str) -> None:
    assert cited_source(line)


@pytest.mark.parametrize(
    "line",
    [
        "More information: call us on 020 7946 2019",
        "More information",
        "More information: see our help pages for the newsletter, cookies and privacy.",
        "Journal information: Coast Letters",
        "Explore further",
        "Version 10.2019/11 of the app is out, 2019.",
        "Citation: Limpets grow faster (2021, May 3) retrieved 4 May 2021 from https://x.example/n",
    ],
)
def test_not_citations(line: str) -> None:
    assert not cited_source(line)
