"""HTML main-text extraction keeps the article on the page shapes that used to lose it, and
records every line it drops (issue 11).

The pages under ``tests/golden/ingest/html/`` are our own, written in the shape of real
pages (a WeChat article, a university CMS regulation inside a ``<form>``, a body container
named like a share widget, an ``<article><header><h1>``, an article beside an author bio).
"""

from __future__ import annotations

import html as htmllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.ingest import html as extractor
from cleaner.ingest.html import DROP_RULES, Extracted, apply_drops, extract

GOLDEN = Path(__file__).parent / "golden" / "ingest"
PAGES = GOLDEN / "html"


def page(name: str) -> Extracted:
    return extract((PAGES / name).read_bytes())


def check_ledger(e: Extracted) -> None:
    """``drops`` are sorted, disjoint, merged per rule and delete exactly to ``body``."""
    assert apply_drops(e.visible, e.drops) == e.body
    prev_end, prev_rule = 0, None
    for start, end, rule in e.drops:
        assert rule in DROP_RULES
        assert prev_end <= start < end <= len(e.visible)
        # consecutive lines dropped by one rule make one span
        assert not (start == prev_end and rule == prev_rule)
        prev_end, prev_rule = end, rule
    assert "" not in e.visible.split("\n") or not e.visible


def dropped(e: Extracted, rule: str) -> str:
    return "\n".join(e.visible[a:b] for a, b, r in e.drops if r == rule)


def test_wechat_body_hidden_until_revealed_is_taken() -> None:
    e = page("wechat_hidden.html")
    assert e.fallback == "hidden_container"
    assert "三年前，穿城而过的清水河" in e.body
    assert "区水务部门表示，相关设施已列入明年的计划。" in e.body
    assert "微信扫一扫" not in e.body and "阅读原文" not in e.body
    # the revealed body is now part of what a reader sees
    assert "三年前" in e.visible and "微信扫一扫" in e.visible
    check_ledger(e)


def test_regulation_inside_cms_form_is_kept() -> None:
    e = page("cms_form.html")
    assert "第一条　为规范学院科研经费管理" in e.body.replace(" ", "　")
    assert "第六条" in e.body and len(e.body) > 350
    for chrome in ("学校概况", "请输入关键字", "搜索", "版权所有", "上一条"):
        assert chrome not in e.body
    # the search form is a widget: its button is on the record as a skip tag
    assert "搜索" in dropped(e, "extract.skip_tag")
    check_ledger(e)


def test_body_container_named_like_a_share_widget_is_content() -> None:
    e = page("share_named_content.html")
    assert e.fallback == "chrome_named_prose"
    assert "老街拐角的修表铺开了四十年" in e.body
    assert "这门手艺就不会断" in e.body
    for chrome in ("分享到", "微信微博", "地铁三号线", "最新资讯", "Copyright"):
        assert chrome not in e.body
    check_ledger(e)


def test_headline_in_the_articles_own_header_is_kept() -> None:
    e = page("article_header.html")
    assert e.body.startswith("Night trains return to the valley line after twelve years")
    assert "A sleeper service" in e.body
    # the site header and the footers are chrome, on the record
    skipped = dropped(e, "extract.skip_tag")
    assert "The Valley Courier" in skipped and "Opinion" in skipped
    assert "All rights reserved" in skipped and "Rail Travel" in skipped
    assert "Opinion" not in e.body and "Rail" not in e.body.split("\n")[-1]
    check_ledger(e)


def test_article_beats_the_author_bio_and_teasers_beside_it() -> None:
    e = page("bio_beside.html")
    assert e.fallback == "densest_block"
    assert "cracks in two of its arches" in e.body
    assert "wider pavements" in e.body
    for other in ("Maria Jensen", "About the writer", "steam cranes", "Bus routes change"):
        assert other not in e.body
    assert "Maria Jensen" in dropped(e, "extract.outside_main")
    check_ledger(e)


def test_every_fixture_keeps_the_ledger_invariant() -> None:
    files = sorted(GOLDEN.glob("*.html")) + sorted(PAGES.glob("*.html"))
    assert len(files) >= 8
    for f in files:
        check_ledger(extract(f.read_bytes()))


def test_rule_ids_are_the_documented_ones() -> None:
    doc = extractor.__doc__ or ""
    for rule in DROP_RULES:
        assert rule.startswith("extract.") and f"``{rule}``" in doc
    for name in ("hidden_container", "chrome_named_prose", "densest_block"):
        assert f"``{name}``" in doc


def test_normal_page_has_no_fallback_and_records_its_menu() -> None:
    e = extract(
        "<html><body><div class='menu'><a href=/>Home</a> <a href=/a>About</a></div>"
        "<div><p>The story is told in one paragraph that is long enough to win.</p>"
        "<p>And a second paragraph, also long enough to be content here.</p></div>"
        "<p>© 2024 Example</p></body></html>"
    )
    assert e.fallback is None
    assert e.drops == (
        (0, 11, "extract.chrome_named"),
        (len(e.visible) - 15, len(e.visible), "extract.chrome_line"),
    )
    check_ledger(e)


def test_flat_and_empty_pages() -> None:
    e = extract("<html><body><nav><a href=/>Home</a></nav></body></html>")
    assert e.body == "" and e.method == "empty" and e.visible == "Home"
    assert e.drops == ((0, 4, "extract.skip_tag"),)
    check_ledger(extract(""))


# -- properties ------------------------------------------------------------------------

_RULE = st.sampled_from((None, *DROP_RULES, extractor._UNSEEN))


@given(st.lists(st.tuples(st.text("ab \t→中", min_size=1, max_size=5), _RULE), max_size=12))
def test_ledger_deletes_exactly_to_the_body(rows: list[tuple[str, str | None]]) -> None:
    texts = [t.strip() or "x" for t, _ in rows]
    reasons = [r for _, r in rows]
    visible, body, drops, n = extractor._ledger(texts, reasons)
    assert n == sum(r != extractor._UNSEEN for r in reasons)
    assert body == "\n".join(t for t, r in zip(texts, reasons, strict=True) if r is None)
    assert apply_drops(visible, drops) == body
    ends = [0] + [e for _, e, _ in drops]
    assert all(a >= b for (a, _, _), b in zip(drops, ends, strict=False))


_TAGS = ("div", "p", "nav", "footer", "form", "article", "header", "li", "a", "span", "h1")
_STYLES = ("", ' style="visibility:hidden"', ' style="display:none"', ' class="share"')


@st.composite
def _html(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            attrs = draw(st.sampled_from(_STYLES))
            parts.append(f"<{tag}{attrs}>{draw(_html(depth + 1))}</{tag}>")
        else:
            words = draw(st.text("abc .。中文", max_size=40))
            parts.append(htmllib.escape(words))
    return "".join(parts)


@given(_html())
def test_ledger_invariant_on_generated_pages(body: str) -> None:
    check_ledger(extract(f"<html><body>{body}</body></html>"))


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_fixture_visible_text_holds_no_script_or_style(name: str) -> None:
    e = page(name)
    assert "document.getElementById" not in e.visible
    assert "font-size" not in e.visible


def test_declared_article_body_is_kept_beside_heavier_replies() -> None:
    """Read by eye on a real forum page: the replies outweighed the post and the post was
    dropped as outside_main.  A body the page declares (schema.org ``articleBody``) is
    main content wherever the densest block lies."""
    replies = "".join(
        f"<div class='reply'><p>第{i}位网友回复：假期安排得不错，大家都要注意休息，"
        f"年后继续努力工作，祝大家新年快乐，万事如意。</p><span>2021-01-0{i % 9 + 1}</span></div>"
        for i in range(12)
    )
    page = (
        "<html><body><nav><a href='/'>首页</a> <a href='/t'>话题</a></nav>"
        "<section><article><div itemprop='articleBody'><h1>元旦放假安排</h1>"
        "<p>提前祝大家元旦快乐，放假三天。</p></div>"
        + "".join(
            f"<div><a href='/u/{i}'>用户{i}</a> <a href='/t/{i}'>标签{i}</a></div>"
            for i in range(20)
        )
        + f"</article><div class='list'>{replies}</div></section></body></html>"
    )
    ex = extract(page)
    assert "提前祝大家元旦快乐，放假三天。" in ex.text
    assert "第11位网友回复" in ex.text  # the replies stay as well
    assert "话题" not in ex.text
