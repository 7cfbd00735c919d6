"""UI under a news article (issue 12, real pages): formless widgets and the credit tail.

Our own wording, in the shapes seen on real news pages: a "not interested" dialog and a
comment box built of ``<div>``s around a ``<textarea>`` (no ``<form>``), whose options,
buttons and typing counter were left in the text; and, under the article's closing
credit line, a QR caption and a public account's reply menu.  Look-alikes that must
stay: a widget box holding a sentence, an article sharing its container with a text
field, a note in brackets under the credit, a sentence under the credit, a poem under a
byline.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from cleaner.ingest.html import extract
from cleaner.stages.credit_tail import closing_credit, credit_tail

ARTICLE = (
    "<h1>山城新修的步道今天开放</h1>"
    "<p>山城东边新修的步道今天向市民开放，全长六公里，沿途设有十二处观景平台和四个休息站。</p>"
    "<p>管理处提醒市民，雨天路滑，请结伴而行，傍晚六点以后步道照明开启。</p>"
)


def _page(body: str) -> bytes:
    return f"<html><head><title>步道开放</title></head><body>{body}</body></html>".encode()


DIALOG = (
    '<div class="tools"><div class="dislike-box"><h4>选择理由</h4><ul>'
    "<li>内容陈旧</li><li>标题党</li><li>排版错乱</li><li>其他，我来说两句</li></ul>"
    '<div class="area"><textarea maxlength="100"></textarea></div>'
    '<div class="ok"><a href="javascript:;">好的</a></div><div class="hint">*理由必填</div>'
    "</div></div>"
)
COMMENT_BOX = (
    '<div class="reply-zone"><div class="head"><b>说两句</b></div>'
    '<div class="box"><textarea></textarea></div>'
    '<div class="bar"><span class="go">发 送</span><span>剩余<i>300</i>字</span></div></div>'
)


def test_formless_dialog_and_comment_box_go_article_stays() -> None:
    page = extract(_page(f'<div class="main"><div class="story">{ARTICLE}</div>'
                         f"{DIALOG}{COMMENT_BOX}</div>"))  # fmt: skip
    body = page.body.splitlines()
    assert (
        "山城东边新修的步道今天向市民开放，全长六公里，沿途设有十二处观景平台和四个休息站。" in body
    )
    assert "管理处提醒市民，雨天路滑，请结伴而行，傍晚六点以后步道照明开启。" in body
    for gone in ("内容陈旧", "标题党", "其他，我来说两句", "*理由必填", "选择理由"):
        assert gone not in body, gone
    assert not any("剩余" in s for s in body), body
    # on the record: every dropped line is in the visible text with a rule
    assert any(r == "extract.skip_tag" for _, _, r in page.drops)
    assert "内容陈旧" in page.visible


def test_widget_box_with_a_sentence_stays() -> None:
    """A box around a text field that holds a sentence is not a small widget: kept for
    the scoring to weigh (the article's own quiz with an answer field)."""
    quiz = (
        '<div class="quiz"><p>下面这道题请写出答案。</p><ul><li>甲</li><li>乙</li></ul>'
        "<textarea></textarea></div>"
    )
    page = extract(_page(f'<div class="story">{ARTICLE}{quiz}</div>'))
    assert "下面这道题请写出答案。" in page.body.splitlines()


def test_text_field_inside_the_article_container_keeps_the_article() -> None:
    """The nearest block around the field holding text is the article itself: too big
    to be a widget, so nothing of it goes."""
    page = extract(_page(f'<div class="story">{ARTICLE}<input type="text"></div>'))
    body = page.body.splitlines()
    assert "管理处提醒市民，雨天路滑，请结伴而行，傍晚六点以后步道照明开启。" in body
    assert "山城新修的步道今天开放" in body


def test_short_poem_around_a_field_stays_when_it_holds_a_sentence() -> None:
    poem = "<div><p>风吹过山岗</p><p>雨落在河上</p><p>我们走了很远。</p><input></div>"
    page = extract(_page(poem))
    assert "风吹过山岗" in page.body.splitlines()


# --- the credit tail ---------------------------------------------------------------

LINES = [
    "山城新修的步道今天开放",
    "山城东边新修的步道今天向市民开放，全长六公里，沿途设有十二处观景平台。",
    "管理处提醒市民，雨天路滑，请结伴而行。",
    "（责任编辑：某编）",
]
NEVER = lambda s: False  # noqa: E731


def test_closing_credit_kinds() -> None:
    assert closing_credit("责编｜某乙") and closing_credit("来源：某某晚报")
    assert closing_credit("（责任编辑： AB12）") and closing_credit("編輯：某丙")
    assert not closing_credit("编辑部今年搬到了新楼")  # no separator after the word
    assert not closing_credit("来源：多方消息，此事已经确认。")  # a sentence
    assert closing_credit("Editor: Jan Roe") and not closing_credit("Photo gallery")


def test_ui_under_the_credit_goes() -> None:
    menu = [
        "扫一扫阅读原文",
        "1、回复【路线】看步道地图",
        "2、回复【天气】看明日天气",
        "读完了点个赞",
    ]
    assert credit_tail(LINES + menu, set(), NEVER) == [4, 5, 6, 7]


@pytest.mark.parametrize(
    "tail",
    [
        ["（综合整理自某某晚报、某某网）"],  # the article's own note in brackets
        ["扫一扫阅读原文", "另外，步道周一闭园维护。"],  # a sentence below: all stays
        ["2024年5月6日"],  # a date: metadata the split stage reads
        ["第一行比上面的文章还长的字", "第二行比上面的文章还长的字"] * 5,  # longer than the text
    ],
)
def test_look_alikes_under_the_credit_stay(tail: list[str]) -> None:
    assert credit_tail(LINES + tail, set(), NEVER) == []


def test_poem_under_a_byline_stays() -> None:
    """A credit at the top (a poem's author) has no prose above it: nothing goes."""
    poem = ["山路", "作者：某某", "风吹过山岗", "雨落在河上", "我们走了很远"]
    assert credit_tail(poem, set(), NEVER) == []


def test_keep_table_protects_a_tail_line() -> None:
    assert credit_tail([*LINES, "扫一扫阅读原文"], set(), lambda s: "扫" in s) == []


def test_pipeline_drops_the_tail_and_reads_the_credit(tmp_path: Path) -> None:
    from cleaner.runner import run

    src = tmp_path / "in"
    src.mkdir()
    html = _page(
        f'<div class="story">{ARTICLE}<p>（责任编辑：某编）</p></div>'
        '<div class="qr"><img src="q.png"><div>扫码看全文</div></div>'
    )
    (src / "story.html").write_bytes(html)
    run([src], tmp_path / "out")
    out = tmp_path / "out"
    art = json.loads((out / "articles.jsonl").read_text("utf-8").splitlines()[0])
    assert "扫码看全文" not in art["text"]
    assert "管理处提醒市民，雨天路滑，请结伴而行，傍晚六点以后步道照明开启。" in art["text"]
    rules = [json.loads(x)["rule"] for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    assert "boilerplate.credit_tail" in rules


# --- the tag row the head declares ----------------------------------------------------


def _keyed(body: str, keys: str) -> bytes:
    return (
        f'<html><head><title>步道开放</title><meta name="keywords" content="{keys}"></head>'
        f"<body>{body}</body></html>"
    ).encode()


def test_tag_row_repeating_the_declared_keywords_goes() -> None:
    html = _keyed(f'<div class="story">{ARTICLE}<div>20240506|步道|观景|城东</div></div>',
                  "20240506|步道|观景|城东")  # fmt: skip
    page = extract(html)
    assert "20240506|步道|观景|城东" not in page.body.splitlines()
    assert "extract.chrome_line" in {r for _, _, r in page.drops}
    assert "管理处提醒市民，雨天路滑，请结伴而行，傍晚六点以后步道照明开启。" in page.body


@pytest.mark.parametrize(
    "line",
    [
        "步道 观景",  # two keywords joined by a space: a phrase, not a row
        "步道|观景|夜景",  # a word the head does not declare
        "城东步道|今年开放：全长六公里",  # a headline the head lists among its keywords
    ],
)
def test_look_alikes_of_a_tag_row_stay(line: str) -> None:
    html = _keyed(f'<div class="story">{ARTICLE}<p>{line}</p></div>',
                  "步道,观景,城东,城东步道|今年开放：全长六公里")  # fmt: skip
    assert line in extract(html).body.splitlines()


# --- a bare count an icon opens ---------------------------------------------------------


def _with_meta(meta: str) -> bytes:
    return _page(f'<div class="story"><h1>山城新修的步道今天开放</h1><div class="meta">{meta}</div>'
                 f"{ARTICLE[len('<h1>山城新修的步道今天开放</h1>'):]}</div>")  # fmt: skip


@pytest.mark.parametrize(
    "meta", ['<i class="ico-eye">\ue61a</i><span>1287</span>', "<svg></svg><span>36</span>"]
)
def test_count_after_an_icon_goes(meta: str) -> None:
    page = extract(_with_meta(meta))
    body = page.body.splitlines()
    assert not any(s.strip("\ue61a").strip() in ("1287", "36") for s in body), body
    assert "extract.controls" in {r for _, _, r in page.drops}


@pytest.mark.parametrize(
    "meta",
    [
        "<span>01</span>",  # a section number with no icon: the text's own marker
        "<i>2024</i>",  # an italic number is text, not an icon before a count
        '<i class="ico-eye"></i><span>1287 人看过这条步道的消息</span>',  # not a bare count
    ],
)
def test_numbers_without_an_icon_stay(meta: str) -> None:
    text = BeautifulSoup(meta, "lxml").get_text()
    assert text in extract(_with_meta(meta)).body.splitlines()
