"""The accounting identity, for any page: kept text + recorded removals = what came in.

For HTML pages "what came in" is the visible text (extraction's drops are ledger rows);
for text pages it is the decoded text.  Hypothesis builds pages from the blocks real
pages are made of (paragraphs, menus, share bars, forms, hidden containers, code, lists)
and checks, through the whole pipeline:

* replaying the ledger on the received text gives the articles' text;
* inverting it gives the received text back;
* the page record's sizes agree with the texts, ``loss`` and ``extract_share`` are in
  0–1, and every removed character is counted under some stage.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.accounting import Budget
from cleaner.ingest.records import ReadOptions, html_page
from cleaner.model import Change, RawInput
from cleaner.pipeline import Pipeline, rebuild_text
from cleaner.provenance import replay

_PIPE = Pipeline()

#: common Han characters (the CJK Unified Ideographs block, from 一)
HAN = "".join(map(chr, range(0x4E00, 0x4E00 + 400)))
_han = st.text(alphabet=HAN, min_size=2, max_size=40)
_latin = st.text(alphabet="abcdefghij klmnop,.", min_size=1, max_size=40)
_sentence = st.builds(lambda a, b: f"{a}，{b}。", _han, _han)
_para = st.lists(st.one_of(_sentence, _latin), min_size=1, max_size=4).map("".join)


def _block(kind: str, texts: list[str]) -> str:
    body = "".join(f"<p>{t}</p>" for t in texts)
    links = "".join(f"<a href='/{i}'>{t[:8]}</a> " for i, t in enumerate(texts))
    return {
        "p": body,
        "article": f"<article><header><h1>{texts[0][:20]}</h1></header>{body}</article>",
        "nav": f"<nav>{links}</nav>",
        "share": f"<div class='share-bar'>分享到：{links}</div>",
        "form": f"<form action='/s'>{body}<input type='text' name='q'><button>搜索</button></form>",
        "hidden": f"<div style='visibility: hidden;'>{body}</div>",
        "gone": f"<div style='display:none'>{body}</div>",
        "list": f"<ul>{''.join(f'<li><a href=/x>{t}</a></li>' for t in texts)}</ul>",
        "pre": f"<pre>  x = '{texts[0]}'\n\tprint(x)</pre>",
        "table": f"<table><tr>{''.join(f'<td>{t}</td>' for t in texts)}</tr></table>",
        "footer": f"<footer>{links}</footer>",
    }[kind]


_page = st.lists(
    st.tuples(
        st.sampled_from("p article nav share form hidden gone list pre table footer".split()),
        st.lists(_para, min_size=1, max_size=5),
    ),
    min_size=1,
    max_size=8,
).map(
    lambda blocks: (
        "<html><head><title>标题</title></head><body>"
        + "".join(_block(k, t) for k, t in blocks)
        + "</body></html>"
    )
)


def _check(raw: RawInput) -> dict[str, Any]:
    res = _PIPE.process(raw)
    received = raw.text if raw.text is not None else _PIPE.decode(raw).text
    texts = [a.text for a in res.articles]
    changes: list[Change] = res.changes
    assert replay(received, changes) == "".join(texts)
    assert rebuild_text(texts, changes) == received
    page = res.page
    assert page["chars_visible"] == len(received)
    assert page["chars_kept"] == sum(map(len, texts))
    assert 0.0 <= page["loss"] <= 1.0
    assert 0.0 <= page["extract_share"] <= 1.0
    shrink = sum(max(0, len(c.before) - len(c.after)) for c in changes)
    counted = sum(v for k, v in page["removed"].items() if k != "boilerplate.learned")
    assert counted == shrink
    return page


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_page)
def test_html_page_accounts_balance(html: str) -> None:
    raw = html_page("gen.html", html.encode("utf-8"), {"kind": "html"}, ReadOptions())
    page = _check(raw)
    extract_rows = page["removed"].get("extract", 0)
    assert page["chars_extracted"] == page["chars_visible"] - extract_rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_para, st.sampled_from(["相关阅读", "分享到：微信", ""])), max_size=12))
def test_text_page_accounts_balance(lines: list[str]) -> None:
    text = "\n".join(lines)
    raw = RawInput(source="gen.txt", data=text.encode("utf-8"), container={"kind": "file"})
    page = _check(raw)
    assert page["chars_extracted"] == page["chars_visible"]
    assert "extract" not in page["removed"]


def test_budget_flags_a_gutted_page_and_names_the_stage() -> None:
    cut = Change("p", "boilerplate", "boilerplate.rule.x.y", "delete", 0, 900, "x" * 900)
    acc = Budget().account([cut], chars_visible=1000, chars_extracted=1000, chars_kept=100)
    assert acc["status"] == "flagged"
    assert acc["flags"] == ["lossy"]
    assert "boilerplate 90%" in acc["reason"]
    ok = Budget().account([], chars_visible=1000, chars_extracted=1000, chars_kept=990)
    assert ok["status"] == "ok" and ok["flags"] == [] and ok["reason"] is None


def test_extraction_that_keeps_almost_nothing_is_flagged() -> None:
    cut = Change("p", "extract", "extract.outside_main", "delete", 0, 4900, "x" * 4900)
    acc = Budget().account([cut], chars_visible=5000, chars_extracted=100, chars_kept=100)
    assert "extract_low" in acc["flags"] and acc["status"] == "flagged"
    tiny = Budget().account([cut], chars_visible=250, chars_extracted=10, chars_kept=10)
    assert "extract_low" not in tiny["flags"]  # under min_visible_chars: not judged
    # a short Q&A page whose extraction kept only its title: flagged, not passed in silence
    title_only = Budget().account([cut], chars_visible=554, chars_extracted=17, chars_kept=17)
    assert "extract_low" in title_only["flags"]
    fair = Budget().account([cut], chars_visible=554, chars_extracted=60, chars_kept=60)
    assert "extract_low" not in fair["flags"]
