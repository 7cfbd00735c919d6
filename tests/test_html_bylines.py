"""A Chinese news page's byline rows give its author and source; a list of stories, a
related story's byline, a placeholder name and a row without the page's date do not.
Invented pages only."""

from __future__ import annotations

import json

from cleaner.ingest.html_bylines import byline_origin, labelled_author

_HEAD = "江心洲新渡口今日启用"


def test_the_one_writer_on_the_page_is_the_author() -> None:
    page = "\n".join(
        [_HEAD, "2021-04-02 09:30　来源：某某晚报　记者：陈某某", "正文。", "责任编辑：周某"]
    )
    assert labelled_author(page) == "陈某某"  # a writer before an editor


def test_the_editor_is_the_author_when_no_writer_is_named() -> None:
    assert labelled_author("\n".join([_HEAD, "正文。", "（责任编辑：周某）"])) == "周某"


def test_two_writers_on_a_list_page_give_none() -> None:
    page = "\n".join(["新闻列表", "作者：甲某 2021-04-01", "作者：乙某 2021-04-02"])
    assert labelled_author(page) is None


def test_a_placeholder_or_a_compiling_note_is_no_author() -> None:
    assert labelled_author("作者：佚名\n正文。") is None
    assert labelled_author("作者：本站整理\n正文。") is None


def test_a_sentence_naming_a_writer_is_no_byline() -> None:
    page = "据作者：陈某介绍，渡口每天开行二十班，早晚高峰加密，市民出行更加方便。"
    assert labelled_author(page) is None


def test_the_source_on_the_dated_byline_under_the_headline() -> None:
    page = "\n".join(["首页", _HEAD, "2021-04-02 09:30　来源：某某晚报　举报", "正文。"])
    assert byline_origin(page, _HEAD, "2021-04-02") == "某某晚报"


def test_a_source_row_with_another_date_or_far_below_is_not_read() -> None:
    # a related story's row under the headline carries another date
    page = "\n".join([_HEAD, "2020-12-30　来源：某某日报", "正文。"])
    assert byline_origin(page, _HEAD, "2021-04-02") is None
    far = "\n".join([_HEAD, *["正文一段。"] * 8, "2021-04-02　来源：某某日报"])
    assert byline_origin(far, _HEAD, "2021-04-02") is None


def test_byline_fields_reach_the_article_meta(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cleaner.runner import run

    body = (
        "<p>　　今天上午，江心洲新渡口正式启用，首班渡船七点整离岸，两岸居民排队登船，"
        "不少人专程赶来体验。</p>"
        "<p>　　据介绍，新渡口每天开行二十班，早晚高峰时段加密班次，票价与老渡口相同。</p>"
    )
    html = (
        f"<html><head><title>{_HEAD}_某某网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/n'>新闻</a></div>"
        f"<div class='art'><h1>{_HEAD}</h1>"
        "<div class='info'>2021-04-02 09:30　来源：某某晚报　作者：陈某某</div>"
        + body
        + "<div class='ed'>责任编辑：周某</div></div>"
        "<div class='foot'>版权所有 某某网</div></body></html>"
    )
    src = tmp_path / "in"
    src.mkdir()
    (src / "ferry.html").write_text(html, encoding="utf-8")
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    arts = [json.loads(x) for x in lines]
    assert len(arts) == 1
    meta = arts[0]["meta"]
    assert (meta.get("published"), meta.get("origin"), meta.get("author")) == (
        "2021-04-02",
        "某某晚报",
        "陈某某",
    )
    assert "二十班" in arts[0]["text"]
