"""Metadata on real article formats (realmeta): RSS exports, public-account articles, news
pages, each class of miss as small invented pages, variants in other wordings, and
look-alikes that must give no value (or keep the text they kept):

* a labelled value stops at the next label of the label class, whatever the gap
  (``（本文来源：某报 责任编辑：某某）``: the source is ``某报``, the editor no part of it);
* a feed item's creator written as a byline (``记者 某某``): the name alone;
* a public-account article whose page dates it only in a script variable
  (``var ct = "<unix seconds>"``, ``createTime``, ``publish_time``): its day, when
  nothing else dates the page;
* a label closed by a preposition (``来源于：``, ``来源自：``) is a form of the label.

Every word is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from cleaner.ingest.html_dates import script_date
from cleaner.stages.split_foot import foot_credit, label_cut
from cleaner.stages.split_meta import MetaParser

P = MetaParser()

_PROSE = [
    "近日，城东新建的社区食堂正式开门营业，每天供应早餐和午餐，老人用餐可享受优惠。",
    "食堂负责人介绍，菜品每周更换一次，食材由附近的合作社直接配送，保证新鲜。",
]


def _run(tmp_path: Path, name: str, text: str) -> list[dict]:  # type: ignore[type-arg]
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    (src / name).write_text(text, encoding="utf-8")
    run([src], tmp_path / "out")
    rows = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in rows]


# --- (1) a labelled value stops at the next label -----------------------------------


@pytest.mark.parametrize(
    ("row", "origin", "compiler"),
    [
        ("（本文来源：江湾日报 责任编辑：罗一鸣）", "江湾日报", None),
        ("（来源：北坡晚报 编辑：陈一帆）", "北坡晚报", "陈一帆"),
        ("（信息来源：南岭县融媒体中心 审核：许明）", "南岭县融媒体中心", None),
        ("（文章来源：东港新闻网 作者：钟慧）", "东港新闻网", None),
    ],
)
def test_a_source_stops_at_the_next_label(row: str, origin: str, compiler: str | None) -> None:
    got = foot_credit(row, P.field_of, closing=True)
    assert got is not None
    fields, named = got
    assert fields.get("origin") == origin
    assert "：" not in fields["origin"]
    if compiler:
        assert named == compiler or fields.get("author") == compiler


def test_label_cut_keeps_a_spaced_name_and_unknown_words() -> None:
    assert label_cut("来源：西湖 晚报", P.field_of) == ["来源：西湖 晚报"]
    # a word before a colon that no table names is no label: the value stays whole
    assert label_cut("来源：某某报 第三版：要闻", P.field_of) == ["来源：某某报 第三版：要闻"]
    # a cell that opens with no label is not cut
    assert label_cut("西湖晚报 编辑：某甲", P.field_of) == ["西湖晚报 编辑：某甲"]
    assert label_cut("来源：西湖晚报 编辑：某甲", P.field_of) == ["来源：西湖晚报", "编辑：某甲"]


def test_feed_item_credit_row_and_byline_creator(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in _PROSE) + "<p>（本文来源：江湾日报 责任编辑：罗一鸣）</p>"
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        "<title>江湾新闻</title><link>http://jw.example/</link>"
        "<item><title>城东社区食堂开门营业</title><link>http://jw.example/1.html</link>"
        "<dc:creator>记者 何文静</dc:creator>"
        "<pubDate>Tue, 03 Mar 2026 08:00:00 +0800</pubDate>"
        f"<description><![CDATA[{body}]]></description></item>"
        "</channel></rss>\n"
    )
    (art,) = _run(tmp_path, "feed.xml", feed)
    assert art["meta"].get("origin") == "江湾日报"
    assert art["meta"].get("author") == "何文静"
    assert all(p in art["text"] for p in _PROSE)


def test_feed_creator_that_is_a_plain_name_stays(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in _PROSE)
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        "<title>江湾新闻</title><link>http://jw.example/</link>"
        "<item><title>城东社区食堂开门营业</title><link>http://jw.example/1.html</link>"
        "<dc:creator>司马青</dc:creator>"
        f"<description><![CDATA[{body}]]></description></item>"
        "</channel></rss>\n"
    )
    (art,) = _run(tmp_path, "feed.xml", feed)
    assert art["meta"].get("author") == "司马青"


# --- (3) a script's publish time ---------------------------------------------------


def _account_page(script: str, stamp: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>春耕时节走进田间</title></head>"
        "<body><div id='js_article'><h1 class='rich_media_title'>春耕时节走进田间</h1>"
        "<div id='meta_content'><a id='js_name'>禾木农事</a>"
        f"<em id='publish_time'>{stamp}</em></div>"
        "<div id='js_content'>" + "".join(f"<p>{p}</p>" for p in _PROSE) + "</div></div>"
        f"<script>{script}</script></body></html>"
    )


@pytest.mark.parametrize(
    ("script", "day"),
    [
        ('var ct = "1711935000"; var publish_time = "" || "";', "2024-04-01"),
        ("window.cgiData = {createTime: '1711935000000', nick_name: '某号'};", "2024-04-01"),
        ('var data = {"publish_time": "2023-11-05 10:20", "title": "x"};', "2023-11-05"),
    ],
)
def test_a_script_variable_dates_an_undated_page(tmp_path: Path, script: str, day: str) -> None:
    (art,) = _run(tmp_path, "wx.html", _account_page(script))
    assert art["meta"].get("published") == day


def test_a_visible_date_wins_over_the_script(tmp_path: Path) -> None:
    page = _account_page('var ct = "1711935000";', stamp="2022-10-02 13:00")
    (art,) = _run(tmp_path, "wx.html", page)
    assert art["meta"].get("published") == "2022-10-02"


def test_script_look_alikes_give_no_date() -> None:
    def day(script: str) -> str | None:
        return script_date(BeautifulSoup(f"<script>{script}</script>", "html.parser"))

    assert day('var act = "1711935000";') is None  # another variable's name
    assert day('var ct = "12345";') is None  # no unix time
    assert day('var ct = "0000000042";') is None  # 1970: no publish time
    # a list of items, each with its own time: no one day of the page
    assert day('var l = [{"createTime": 1711935000}, {"createTime": 1611935000}];') is None
    assert day('var ct = "1711935000"; var o = {"ct": 1711935000};') == "2024-04-01"
    src = '<script src="a.js">var ct = "1711935000";</script>'
    assert script_date(BeautifulSoup(src, "html.parser")) is None


# --- (4) a label closed by a preposition ---------------------------------------------


@pytest.mark.parametrize("label", ["来源于", "来源自", "本文来源于", "文章出处自"])
def test_a_label_with_a_trailing_preposition_is_the_label(label: str) -> None:
    assert P.field_of(label) == "origin"
    assert P.meta_row(f"{label}：青川日报", near_title=True) == {"origin": "青川日报"}


def test_prepositions_make_no_label_of_other_words() -> None:
    # the word before the preposition names no field: no label
    assert P.field_of("出自") is None and P.field_of("取材于") is None
    # after a person's or a day's word the preposition makes a time stamp, no name
    assert P.field_of("编辑于") is None and P.field_of("作者于") is None
    assert P.field_of("发布于") is None
    assert "author" not in (P.meta_row("编辑于：2021-03-09", near_title=True) or {})
    # a sentence holding 来源于 mid-text, even before a colon, is no row
    row = "他说这些钱来源于：政府补贴和社会捐款两部分"
    assert P.meta_row(row, near_title=True) is None


def test_a_preposition_label_under_the_title_and_a_sentence_keep(tmp_path: Path) -> None:
    mid = "附近居民表示，这条步道的设计灵感来源于：当地的传统园林和河道风光，很受欢迎。"
    page = "\n".join(["河畔新修健身步道投入使用", "来源于：北岸日报", *_PROSE, mid]) + "\n"
    (art,) = _run(tmp_path, "t.txt", page)
    assert art["meta"].get("origin") == "北岸日报"
    assert mid in art["text"]
    assert "来源于：北岸日报" not in art["text"]


# --- (5) a bare source row closing the text -----------------------------------------


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("来源：西岭晚报", {"origin": "西岭晚报"}),
        ("本文来源：南溪网 编辑：陈一帆", {"origin": "南溪网"}),
        ("文章来源：东港县人民政府网", {"origin": "东港县人民政府网"}),
        ("来源：央视新闻客户端", {"origin": "央视新闻客户端"}),
        ("Source: Harbour Post", {"origin": "Harbour Post"}),
    ],
)
def test_a_bare_source_row_closing_the_text_is_read(
    tmp_path: Path, row: str, want: dict[str, str]
) -> None:
    page = "\n".join(["山区学校迎来新图书馆", *_PROSE, row]) + "\n"
    (art,) = _run(tmp_path, "t.txt", page)
    assert {k: art["meta"].get(k) for k in want} == want
    assert row not in art["text"]
    assert all(p in art["text"] for p in _PROSE)


@pytest.mark.parametrize(
    "row",
    [
        "出处：《韩非子·五蠹》",  # a reference entry's work: its own field
        "来源于生活，又高于生活。",  # a sentence
        "来源：当地居民口述，并经档案馆的记录核实。",  # a sentence as the value
        "资金来源：自筹",  # a field of the text's own, no source label
        "出处：见文末附件",  # a pointer, no source's name
        "来源：当地居民口述",  # no body's or medium's name
    ],
)
def test_closing_look_alikes_stay_text(tmp_path: Path, row: str) -> None:
    page = "\n".join(["山区学校迎来新图书馆", *_PROSE, row]) + "\n"
    (art,) = _run(tmp_path, "t.txt", page)
    assert row in art["text"]
    assert "origin" not in art["meta"] or art["meta"]["origin"] not in row


def test_a_bare_source_row_is_no_foot_row_for_the_splitters() -> None:
    # only the reader of a piece's closing row takes it (closing on), no split turns on it
    assert foot_credit("来源：西岭晚报", P.field_of) is None
    assert foot_credit("来源：西岭晚报", P.field_of, closing=True) == ({"origin": "西岭晚报"}, None)
