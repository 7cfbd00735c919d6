"""A record's own author: ``--author-field`` on JSONL/Parquet records, a feed item's
``dc:creator`` / Atom ``<author><name>`` / RSS ``<author>`` → ``meta.author`` of the page's
one article (a compilation's pieces keep their own)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleaner.ingest.records import record_author
from cleaner.pipeline import own_meta
from cleaner.runner import rebuild_page
from tests.batch_runs import items, rows, run

TEXT = "街道食堂从下周起推出老年人午餐套餐，凭社区卡每份优惠三元。\n订餐请在前一天下午四点前登记。"
COMPILED = (
    "第一篇：春季义诊安排\n社区卫生站每周三上午为居民免费测量血压，请带好医保卡。\n"
    "第二篇：旧衣回收点\n小区东门新设旧衣回收箱，衣物请洗净后装袋投放。\n"
)


def rec(n: int, text: str = TEXT, **extra: Any) -> dict[str, Any]:
    return {"id": f"r{n}", "url": f"https://street.example.cn/{n}", "text": text, **extra}


def test_author_field_names_the_one_article_and_not_a_compilation(tmp_path: Path) -> None:
    recs = [
        rec(1, writer="  周  小满 "),
        rec(2, writer=["许青", {"name": "郑禾"}, "许青", ""]),
        rec(3, writer={"name": "卢一苇", "id": 7}),
        rec(4, writer=42),  # not a name: no author
        rec(5, text=COMPILED, writer="汇编者"),  # a compilation: the pieces are not its
    ]
    src = tmp_path / "batch.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    out = tmp_path / "out"
    run([src], out, "--author-field", "writer")
    arts = rows(out / "articles.jsonl")
    by_page: dict[str, list[dict[str, Any]]] = {}
    for a in arts:
        by_page.setdefault(a["page_id"], []).append(a)
    pages = rows(out / "pages.jsonl")
    got = [[a["meta"].get("author") for a in by_page[p["id"]]] for p in pages]
    assert got[:4] == [["周 小满"], ["许青、郑禾"], ["卢一苇"], [None]]
    assert len(got[4]) == 2 and "汇编者" not in got[4]
    for p, r in zip(pages, recs, strict=True):  # the line, byte for byte
        assert rebuild_page(out, p["id"]) == json.dumps(r, ensure_ascii=False).encode()
    plain = tmp_path / "plain"
    run([src], plain)  # without the option the field is not read
    assert all("author" not in a["meta"] for a in rows(plain / "articles.jsonl"))


def test_author_field_reaches_a_nested_field_and_a_parquet_column(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "batch.parquet"
    table = pa.table(
        {
            "id": ["a", "b"],
            "text": [TEXT, TEXT.replace("三元", "五元")],
            "by": ["林晚", None],
        }
    )
    pq.write_table(table, src)
    got = items(src, author_field="by")
    assert got[0].container["record_author"] == "林晚"
    assert "record_author" not in got[1].container
    nested = tmp_path / "nested.jsonl"
    nested.write_text(json.dumps(rec(1, meta={"author": "程远"}), ensure_ascii=False), "utf-8")
    (page,) = items(nested, author_field="meta.author")
    assert page.container["record_author"] == "程远"


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>街道动态</title>
<item><title>午餐套餐</title><link>https://street.example.cn/a</link>
<author>desk@street.example.cn (韩露)</author>
<description>&lt;p&gt;{t}&lt;/p&gt;</description></item>
<item><title>义诊</title><link>https://street.example.cn/b</link>
<dc:creator>葛青</dc:creator><dc:creator>邵明</dc:creator>
<description>&lt;p&gt;{t}&lt;/p&gt;</description></item>
<item><title>无署名</title><link>https://street.example.cn/c</link>
<description>&lt;p&gt;{t}&lt;/p&gt;</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<author><name>站点编辑部</name></author>
<entry><title>一</title><link href="https://blog.example.cn/1"/>
<author><name>苏禾</name><email>su@blog.example.cn</email></author>
<content type="html">&lt;p&gt;{t}&lt;/p&gt;</content></entry>
</feed>
"""


def test_feed_item_authors(tmp_path: Path) -> None:
    body = TEXT.replace("\n", "")
    src = tmp_path / "street.rss"
    src.write_text(FEED.replace("{t}", body), "utf-8")
    out = tmp_path / "out"
    run([src], out)
    arts = rows(out / "articles.jsonl")
    assert [a["meta"].get("author") for a in arts] == ["韩露", "葛青、邵明", None]
    atom = tmp_path / "blog.atom"
    atom.write_text(ATOM.replace("{t}", body), "utf-8")
    (entry,) = items(atom)
    assert entry.container["record_author"] == "苏禾"  # the entry's, not the feed's
    assert "su@blog" not in entry.container["record_author"]


def test_own_meta_date_fills_and_author_replaces() -> None:
    assert own_meta({"author": "页内署名"}, None, "记录作者") == {"author": "记录作者"}
    assert own_meta({}, "2024-05-06", None) == {"published": "2024-05-06"}
    kept = {"published": "2024-01-02"}
    assert own_meta(kept, "2024-05-06", None) == kept
    assert own_meta(kept, None, None) is kept
    assert record_author([["嵌套"], "  "]) is None
