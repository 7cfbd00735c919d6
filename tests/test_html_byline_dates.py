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


def test_a_dateline_over_the_declared_headline_is_not_the_title(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from cleaner.runner import run

    body = (
        "<p>The harbour ferry returned to service on Wednesday after a winter in dry dock, "
        "and the first crossing of the morning was full within minutes of the gates opening.</p>"
        "<p>Crews replaced both engines and the passenger deck, the operator said, and the "
        "timetable now runs every half hour until the autumn.</p>"
    )
    html = (
        f'<html><head><meta property="og:title" content="{_HEAD}"><title>{_HEAD} | Hosted</title>'
        "</head><body><div><p>Mar. 4, 2020 6:02 AM EST</p>"
        f"<h2>{_HEAD}</h2>{body}</div></body></html>"
    )
    src = tmp_path / "in"
    src.mkdir()
    (src / "ferry.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    arts = [json.loads(x) for x in lines]
    assert [a["title"] for a in arts] == [_HEAD]
    assert "first crossing" in arts[0]["text"]


def test_a_headline_that_opens_with_a_date_stays_the_title() -> None:
    from cleaner.stages.title_shape import stamp_line, title_line

    assert not stamp_line("March 4, 2020: the day the ferry came back")
    lines = ["March 4, 2020: the day the ferry came back", _HEAD, "Body."]
    assert title_line(lines, 0, declared=(_HEAD,)) == 0
