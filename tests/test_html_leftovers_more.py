"""Leftovers on real HTML pages, second round (issue 12): counter-prefixed and breadcrumb
titles, a title glued to the first paragraph, English control labels at the page's
edges, photo credits taken for controls, publish dates the page declares.

The pages under ``tests/golden/ingest/html/`` (``en_*``, ``zh_qa_counter``,
``zh_microblog_cut``) are our own, written in the shape of real pages: a blog post that
repeats its headline as its first words, a news story with a share bar, comment prompts
and a cookie banner, a Q&A page with an unread counter in its title, a forum topic whose
title carries its category path, a microblog post whose title the site cut.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from cleaner.ingest.html import extract
from cleaner.ingest.html_controls import control_label, credit_line
from cleaner.ingest.html_dates import byline_date, published, ymd
from cleaner.ingest.html_head import head_meta, holds_title
from cleaner.stages.html_edges import consent_notice, edge_labels
from cleaner.stages.split_titles import clean_title
from cleaner.stages.split_titles_cut import complete_cut

PAGES = Path(__file__).parent / "golden" / "ingest" / "html"
MINE = (
    "en_blog_glued.html",
    "en_news_edges.html",
    "en_forum_breadcrumb.html",
    "zh_qa_counter.html",
    "zh_microblog_cut.html",
)


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """One ``cleaner run`` over the five pages: articles and changes by file name."""
    from cleaner.runner import run

    tmp = tmp_path_factory.mktemp("leftovers")
    src = tmp / "in"
    src.mkdir()
    for n in MINE:
        shutil.copy(PAGES / n, src / n)
    run([src], tmp / "out")

    def read(f: str) -> list[dict]:
        return [json.loads(x) for x in (tmp / "out" / f).read_text("utf-8").splitlines()]

    pages = {p["id"]: Path(p["source"]).name for p in read("pages.jsonl")}
    articles = {pages[a["page_id"]]: a for a in read("articles.jsonl")}
    changes: dict[str, list[dict]] = {}
    for c in read("changes.jsonl"):
        changes.setdefault(pages[c["page_id"]], []).append(c)
    return {"articles": articles, "changes": changes}


def rules(ran: dict, name: str) -> list[str]:
    return [c["rule"] for c in ran["changes"].get(name, [])]


# -- titles ---------------------------------------------------------------------------


def test_counter_prefix_goes_and_the_original_stays_in_the_ledger(ran: dict) -> None:
    a = ran["articles"]["zh_qa_counter.html"]
    assert a["title"] == "阳台的多肉为什么总是徒长？"
    flag = next(
        c for c in ran["changes"]["zh_qa_counter.html"] if c["rule"] == "split.title.counter_prefix"
    )
    assert flag["before"] == "(12 封私信 / 3 条消息) 阳台的多肉为什么总是徒长？ - 青柚问答"
    assert flag["after"] == a["title"]


CP = "counter_prefix"


@pytest.mark.parametrize(
    ("title", "kw", "want", "steps"),
    [
        ("(99+ 封私信 / 87 条消息) 台风前要做哪些准备？", {}, "台风前要做哪些准备？", [CP]),
        ("(2 new messages) Fixing a slow laptop", {}, "Fixing a slow laptop", [CP]),
        ("(5) Fixing a laptop", {"h1": "Fixing a laptop"}, "Fixing a laptop", [CP]),
        # not a counter: no h1 to compare, a year, an item number the h1 carries, words
        ("(5) Fixing a laptop", {}, "(5) Fixing a laptop", []),
        ("(2023) Annual report", {"h1": "Annual report"}, "(2023) Annual report", []),
        ("(1) Scope", {"h1": "(1) Scope"}, "(1) Scope", []),
        ("(Updated) Road closures", {"h1": "Road closures"}, "(Updated) Road closures", []),
    ],
)  # fmt: skip
def test_counter_prefix(title: str, kw: dict, want: str, steps: list[str]) -> None:
    assert clean_title(title, **kw) == (want, steps)


def test_forum_title_is_cut_back_to_the_declared_question(ran: dict) -> None:
    # the page's <h1> elements are icons ('⯈'); JSON-LD names the question
    assert ran["articles"]["en_forum_breadcrumb.html"]["title"] == "Slow start-up after the upgrade"
    # the line put in front of the body is that headline, not the dressed-up <title>, so
    # no title step is needed (the text carries no "| … Forum" line)
    text = ran["articles"]["en_forum_breadcrumb.html"]["text"]
    assert text.split("\n")[0] == "Slow start-up after the upgrade"
    assert "split.title.site_suffix_h1" not in rules(ran, "en_forum_breadcrumb.html")
    soup = BeautifulSoup((PAGES / "en_forum_breadcrumb.html").read_bytes(), "lxml")
    assert head_meta(soup)["h1"] == "Slow start-up after the upgrade"


def test_microblog_title_cut_by_the_site_is_completed_to_its_bracket(ran: dict) -> None:
    assert ran["articles"]["zh_microblog_cut.html"]["title"] == "【晨江动物园30只孔雀迁入新馆】"
    body = [
        "【某县发布2024年防汛预案】全文如下，请各单位遵照执行，做好值班值守工作，确保安全度汛。"
    ]
    assert (
        complete_cut("【某县发布2... - @某县发布的微博 - 微博", body)
        == "【某县发布2024年防汛预案】"
    )
    # no cut mark: a title that is a prefix of the body's bracketed headline stays
    assert complete_cut("【某县发布】", body) == "【某县发布】"


def test_title_glued_to_the_first_paragraph_gets_its_own_line(ran: dict) -> None:
    a = ran["articles"]["en_blog_glued.html"]
    assert a["title"] == "Widget 4.0 is out!"
    lines = a["text"].split("\n")
    assert lines[0] == "Widget 4.0 is out!"
    assert lines[1].startswith("Widget 4.0 is out! Widget 4.0 is the newest")  # the text as written
    assert holds_title(
        "Match report | Sport | Riverside Gazette and more words here", "Match report"
    )
    assert not holds_title(lines[1], "Widget 4.0 is out!")


# -- English chrome at the edges, credits -----------------------------------------------


def test_control_labels_and_cookie_banner_go_at_the_edges_only(ran: dict) -> None:
    a = ran["articles"]["en_news_edges.html"]
    lines = a["text"].split("\n")
    gone = [
        c["before"].strip()
        for c in ran["changes"]["en_news_edges.html"]
        if c["rule"] == "boilerplate.html_edge.label"
    ]
    assert gone == [
        "Subscribe",
        "Leave a Reply",
        "You must be logged in to post a comment.",
        "This website uses cookies to improve your experience. We'll assume you're ok with "
        "this, but you can opt-out if you wish. Accept",
    ]
    # between sentences nothing goes: the share bar mid-story, the comment heading and
    # the reader's comment under it stay
    for kept in ("Share", "2 comments", "Finally, my commute is back to twenty minutes"):
        assert any(ln.startswith(kept) for ln in lines), kept


def test_edge_labels_need_every_word_to_be_a_label_word() -> None:
    lines = [
        "More in Amsterdam",
        "Read more",
        "A first paragraph that is long enough to be a sentence.",
        "Related post: Pickled Sprouts",
        "A reply that says thanks for the great write-up!",
        "Related Topics ----------------------------------------",
        "Thanks for reading",
    ]
    assert edge_labels(lines) == [1, 5]
    assert control_label("READ THE REST") and control_label("1 Kommentar")
    assert not control_label("Comments are closed, sorry.")
    assert not consent_notice("Bake the cookies for twelve minutes and let them cool.")


def test_photo_credit_in_a_lightbox_is_extracted_then_recorded_as_chrome(ran: dict) -> None:
    e = extract((PAGES / "en_news_edges.html").read_bytes())
    dropped = [e.visible[a:b].strip() for a, b, r in e.drops if r == "extract.controls"]
    assert "Watch video 02:17" in dropped  # the other control on the line's model stays out
    assert "Photos: Jane Roe" in e.body.split("\n")  # extraction keeps it: not a control
    # the credit of names only is then chrome of the text (the generic pack's photo_credit,
    # as real article bodies leave credits out), removed and recorded, not lost unseen
    assert "Photos: Jane Roe" not in ran["articles"]["en_news_edges.html"]["text"].split("\n")
    credit = [
        c
        for c in ran["changes"]["en_news_edges.html"]
        if c["rule"] == "boilerplate.rule.generic.photo_credit"
    ]
    assert [c["before"].strip() for c in credit] == ["Photos: Jane Roe"]
    assert credit_line("Foto: J. Hitz / Jane Roe") and credit_line("摄影：王小明")
    for not_credit in ("Profile: Julian Assange", "Read more: Looted art", "Tags: Outdoor"):
        assert not credit_line(not_credit)


# -- publish dates -------------------------------------------------------------------------


def test_declared_publish_dates(ran: dict) -> None:
    assert ran["articles"]["en_news_edges.html"]["meta"]["published"] == "2025-03-04"

    def date(head: str, body: str = "", title: str | None = None) -> str | None:
        return published(
            BeautifulSoup(f"<html><head>{head}</head><body>{body}</body></html>", "lxml"), title
        )

    assert date('<meta name="dc.date" content="2019-09-24">') == "2019-09-24"
    assert date('<meta name="pdate" content="20191118">') == "2019-11-18"
    assert date('<meta name="sailthru.date" content="2019-11-18 16:07:38">') == "2019-11-18"
    assert (
        date("", '<meta itemprop="datePublished dateCreated" content="2019-11-18T17:56:27Z">')
        == "2019-11-18"
    )
    assert (
        date("", '<span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018</span>') == "2018-02-16"
    )
    assert date("", "", "Berlin renames three streets | DW | 19.01.2020") == "2020-01-19"
    # a modified date is not a publish date; a title part that is not a date is nothing
    assert date('<meta itemprop="dateModified" content="2019-11-19">') is None
    assert date("", "", "Report 2020 | DW | 19.01") is None
    assert ymd("Mon, 18 Nov 2019 16:07:38 -0600") == "2019-11-18"
    assert ymd("31.02.2019") is None


def test_byline_date_under_the_headline() -> None:
    page = (
        "<html><head><title>某县推进垃圾分类_晨江日报</title></head><body>"
        "<div class='top'>2025年3月1日 星期六</div>"
        "<h1>某县推进垃圾分类</h1>"
        "<div class='info'>2025-03-04 10:20 来源：晨江日报 字号：大 中 小</div>"
        "<div class='article'><p>某县今年起在全部街道推行垃圾分类，首批设置了两百个投放点，"
        "并安排志愿者在早晚高峰值守。</p><p>县城管局表示，下一步将把分类情况纳入小区考核，"
        "对做得好的小区给予奖励。</p></div></body></html>"
    )
    e = extract(page.encode("utf-8"))
    assert e.meta["published"] == "2025-03-04"  # not the header's date above the headline
    # a sentence that mentions a date is no byline; a page without its headline has none
    assert byline_date("标题一二三\n2025年3月4日，某县召开会议，部署工作。", "标题一二三") is None
    assert byline_date("另一个标题\n2025-03-04 10:20", "标题一二三") is None


def test_paging_and_vote_bars_are_labels() -> None:
    assert control_label("Pages: 1 2 3 4") and control_label("Rating: 6 Votes")
    assert not control_label("Category: Blog Popular")
