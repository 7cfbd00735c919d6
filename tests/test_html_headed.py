"""The page title a headline box (html_headed) is matched against: looked up once per
document by the layout walk, passed to :func:`headed_prose`, which agrees with its own
look-up.  Every word is invented."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup

import cleaner.ingest.html_walk_chrome as walk_chrome
from cleaner.ingest.html import extract
from cleaner.ingest.html_headed import headed_prose, page_title

PROSE = "<p>The ferry to the outer skerries leaves twice a day once the spring ice has gone.</p>"
BOX = "<div class='{cls}'><h1>{h1}</h1>" + PROSE + "</div>"


def _doc(title: str | None, h1: str) -> Any:
    head = f"<head><title>{title}</title></head>" if title is not None else ""
    return BeautifulSoup(
        f"<html>{head}<body>{BOX.format(cls='PostHeader', h1=h1)}</body></html>", "html.parser"
    )


def test_page_title_is_folded_and_empty_without_a_title() -> None:
    soup = _doc("  Skerry   FERRIES -  Harbour News ", "Skerry ferries")
    assert page_title(soup.find("p")) == "skerry ferries - harbour news"
    assert page_title(_doc(None, "Skerry ferries").find("p")) == ""


@pytest.mark.parametrize(
    ("title", "h1", "headed"),
    [
        ("Skerry ferries - Harbour News", "Skerry ferries", True),
        ("Harbour News", "Skerry ferries", False),  # a look-alike: not this page's headline
        (None, "Skerry ferries", True),  # no title: any such heading
    ],
)
def test_a_given_title_decides_as_the_looked_up_one(
    title: str | None, h1: str, headed: bool
) -> None:
    box = _doc(title, h1).div
    assert headed_prose(box) is headed
    assert headed_prose(box, page_title(box)) is headed
    # the given title is the one matched: another page's title turns the verdict
    assert headed_prose(box, "harbour news") is False
    assert headed_prose(box, "skerry ferries - harbour news") is True


def _page(boxes: int) -> str:
    heads = "".join(
        f"<div class='top-banner'><a href='/s{k}'>Section {k}</a></div>" for k in range(boxes)
    )
    return (
        "<html><head><title>Skerry ferries - Harbour News</title></head><body>"
        f"{heads}<div class='PostHeader'><h1>Skerry ferries</h1>{PROSE}</div>"
        + PROSE.replace("ferry", "boat") * 3
        + "</body></html>"
    )


def test_the_layout_walk_looks_the_title_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    def counted(node: Any) -> str:
        seen.append(node)
        return page_title(node)

    monkeypatch.setattr(walk_chrome, "page_title", counted)
    body = extract(_page(3)).body
    assert "Skerry ferries" in body  # the headline box is content
    assert "Section 1" not in body  # the banners are chrome
    assert len(seen) == 1
    seen.clear()
    extract("<html><body>" + PROSE * 4 + "</body></html>")
    assert seen == []  # no chrome-named element: no look-up
