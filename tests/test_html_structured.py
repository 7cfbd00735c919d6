"""The article body a page declares in JSON-LD is taken when the HTML gives much less
(:mod:`cleaner.ingest.html_structured`): a page that renders its text by script keeps
its text, on the record and flagged; a page whose HTML holds the article is untouched.

Every page here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup

from cleaner.ingest.html import extract
from cleaner.ingest.html_structured import STRUCTURED_BODY, declared_bodies, structured_body
from tests.test_html_extract import check_ledger

STORY = [
    "The harbour ferry that crossed the bay for ninety years made its final run on Sunday.",
    "Its captain, who had steered it for two decades, said the last morning felt ordinary.",
    "Commuters will now take a bus around the headland, which adds twenty minutes each way.",
    "The council says a faster vessel may return once the old pier has been rebuilt.",
]
BIO = "Mara Quill writes about boats, tides and the towns that live by them for the paper."


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def script_page(*scripts: str, html_body: str = "") -> str:
    body = html_body or (
        "<h1>Last run for the bay ferry</h1><figure><figcaption>The ferry at dawn.</figcaption>"
        f"</figure><div class='story-body' id='app'></div><div class='bio'><p>{BIO}</p></div>"
    )
    head = f"<title>Last run for the bay ferry</title>{''.join(scripts)}"
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_script_rendered_page_takes_its_declared_body_on_the_record() -> None:
    e = extract(script_page(ld({"@type": "NewsArticle", "articleBody": " ".join(STORY)})))
    assert e.fallback == "structured_body"
    assert e.body == " ".join(STORY)
    assert BIO not in e.body
    # the bio the choice kept is dropped by the rule, not lost silently
    check_ledger(e)
    dropped = {e.visible[s:t] for s, t, r in e.drops if r == STRUCTURED_BODY}
    assert any(BIO in d for d in dropped)


def test_paragraph_markup_inside_the_body_makes_lines() -> None:
    raw = "".join(f"<p>{s}</p>" for s in STORY[:3]) + f"{STORY[3]}<br/>&copy; words &amp; more."
    e = extract(script_page(ld({"@type": "Article", "articleBody": raw})))
    assert e.body.split("\n") == [*STORY, "© words & more."]
    check_ledger(e)


def test_graph_nested_list_wrapped_and_repeated_bodies_are_read_once() -> None:
    node = {"@type": "BlogPosting", "articleBody": "\n".join(STORY)}
    page = script_page(ld({"@graph": [{"@type": "WebPage"}, node]}), ld([node]))
    assert declared_bodies(BeautifulSoup(page, "lxml")) == [STORY]
    assert extract(page).body.split("\n") == STORY


def test_review_body_under_main_entity_counts() -> None:
    page = script_page(ld({"@type": "WebPage", "mainEntity": {"reviewBody": " ".join(STORY)}}))
    assert extract(page).fallback == "structured_body"


def test_an_html_article_as_long_as_the_declared_body_is_kept() -> None:
    html_body = (
        "<article><h1>Last run for the bay ferry</h1>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + f"</article><div class='bio'><p>{BIO}</p></div>"
    )
    page = script_page(ld({"articleBody": " ".join(STORY)}), html_body=html_body)
    e = extract(page)
    assert e.fallback is None
    assert e.body.split("\n")[1:5] == STORY  # the HTML's own paragraphs, not the JSON's


def test_descriptions_and_question_texts_are_never_a_body() -> None:
    long = " ".join(STORY)
    page = script_page(
        f'<meta name="description" content="{long}">',
        f'<meta property="og:description" content="{long}">',
        ld({"@type": "NewsArticle", "description": long}),
        ld({"@type": "QAPage", "mainEntity": {"@type": "Question", "text": long}}),
    )
    assert extract(page).fallback is None
    assert declared_bodies(BeautifulSoup(page, "lxml")) == []


def test_a_teaser_a_list_or_broken_json_is_not_taken() -> None:
    teaser = script_page(ld({"articleBody": "Ferry ends its run."}))
    assert extract(teaser).fallback is None
    listing = script_page(ld({"articleBody": " ".join(["Ferry", "Bus", "Pier", "Tide"] * 30)}))
    assert extract(listing).fallback is None  # no sentence marks: not prose
    broken = script_page('<script type="application/ld+json">{"articleBody": "x",,}</script>')
    assert extract(broken).fallback is None
    assert structured_body(BeautifulSoup(broken, "lxml"), "") is None


def test_the_page_is_flagged_by_a_run(tmp_path: Path) -> None:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / "ferry.html").write_text(
        script_page(ld({"@type": "NewsArticle", "articleBody": " ".join(STORY)})), encoding="utf-8"
    )
    run([src], tmp_path / "out")
    page = json.loads((tmp_path / "out" / "pages.jsonl").read_text(encoding="utf-8"))
    assert "extract_fallback:structured_body" in page["flags"]
    article = json.loads((tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8"))
    assert STORY[2] in article["text"] and BIO not in article["text"]
