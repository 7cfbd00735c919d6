"""An English byline's written-out date under the headline is the publish date; a quoted
claim's date above it, an update line, a related story's date and a copyright year are
not.  A CMS's ``firstpublishedtime`` tag declares the date.  Invented pages only."""

from __future__ import annotations

from bs4 import BeautifulSoup

from cleaner.ingest.html_dates import byline_date, published

_HEAD = "Harbour ferry returns after winter repairs"


def test_a_written_out_byline_date_under_the_headline_is_read() -> None:
    visible = "\n".join(
        ["Menu", _HEAD, "By Ana Ruiz on Tuesday, March 3rd, 2020 at 9:15 a.m.", "Body."]
    )
    assert byline_date(visible, _HEAD) == "2020-03-03"
    visible = "\n".join([_HEAD, "Published 4 March 2020", "Body."])
    assert byline_date(visible, _HEAD) == "2020-03-04"


def test_a_quoted_claims_date_above_the_headline_is_not_read() -> None:
    visible = "\n".join(
        [
            "— A. Speaker on Sunday, February 9th, 2020 in a radio interview",
            _HEAD,
            "Body text here.",
        ]
    )
    assert byline_date(visible, _HEAD) is None


def test_an_update_line_is_not_the_publish_date() -> None:
    visible = "\n".join([_HEAD, "Updated: March 5, 2020", "Body."])
    assert byline_date(visible, _HEAD) is None


def test_a_sentence_with_a_date_is_no_byline() -> None:
    visible = "\n".join([_HEAD, "On March 3, 2020, the ferry sailed, and crowds cheered.", "Body."])
    assert byline_date(visible, _HEAD) is None


def test_a_copyright_year_and_a_two_date_line_give_nothing() -> None:
    visible = "\n".join([_HEAD, "© 2020 Harbour News", "Related: March 1, 2020 / March 2, 2020"])
    assert byline_date(visible, _HEAD) is None


def test_a_cms_first_published_tag_declares_the_date() -> None:
    html = (
        '<html><head><meta name="firstpublishedtime" content="2007-08-20-23:59:59">'
        '<meta name="others" content="页面生成时间 2023-10-23 11:23:36"></head><body></body></html>'
    )
    assert published(BeautifulSoup(html, "lxml")) == "2007-08-20"
