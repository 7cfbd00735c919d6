"""A section label over an HTML page's headline (``<h4>Region</h4>`` over the ``<h1>``) is
a word of the page's title, not its title: the ``<h1>`` stays the article's title and the
label stays in the text.  A heading that is the title's head or most of one of its parts
(``【快讯】Headline_Site``) still is the title.  Every word is invented."""

from __future__ import annotations

import json
from pathlib import Path

from cleaner.ingest.html_head import title_part

BODY = (
    "<p>The river ferry at Millbrook resumed its morning crossings on Monday after a "
    "winter of repairs to the landing stage and the old rope winch.</p>"
    "<p>Passengers queued from half past six, and the first boat left on time with "
    "forty people, two bicycles and a crate of apples for the market.</p>"
)


def _page(og: str, label: str, h1: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><meta property='og:title' content='{og}'>"
        f"<title>{og}</title></head><body>"
        "<ul class='nav'><li><a href='/a'>Home</a></li><li><a href='/b'>Region</a></li>"
        "<li><a href='/c'>Sport</a></li></ul>"
        f"<div class='main'><h4 class='section'>{label}</h4><h1>{h1}</h1>{BODY}</div>"
        "</body></html>"
    )


def _run(tmp_path: Path, html: str) -> list[dict]:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "p.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text("utf-8").splitlines()
    return [json.loads(x) for x in rows]


def test_a_section_label_that_is_a_word_of_the_title_is_not_the_title(tmp_path: Path) -> None:
    h1 = "Millbrook ferry sails again after a winter of repairs"
    arts = _run(tmp_path, _page(f"{h1} | Valley Post | 12.03.2021", "Millbrook", h1))
    assert [a["title"] for a in arts] == [h1]
    assert arts[0]["text"].startswith("Millbrook\n")  # the label is kept, not lost


def test_title_part_tells_a_part_from_a_word() -> None:
    assert title_part("Ferry sails again | Valley Post", "Ferry sails again")
    assert title_part("Valley Post - Ferry sails again", "Ferry sails again")
    assert title_part("【快讯】渡口今天恢复通航_河湾网", "渡口今天恢复通航")
    assert not title_part("Ferry sails again at Millbrook | Valley Post", "Millbrook")
    assert not title_part("渡口今天恢复通航，河湾镇居民排队乘船_河湾网", "河湾镇")
    assert not title_part("Millbrook ferry sails again | Valley Post", "Millbrook")


def test_a_hidden_h1_over_the_text_does_not_crash_the_reader() -> None:
    from cleaner.ingest.html import extract

    e = extract('<h1 style="visibility:hidden">a</h1>a')
    assert e.body == "a"
