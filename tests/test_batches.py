"""Batch formats (issue 13): ``.json`` arrays/objects/wrappers of records, RSS and Atom
feeds (a page per item with its link, title and date), ``--title-field``/``--date-field``,
and the missing-field hint.  Every page rebuilds byte for byte.

The records and feeds are written here, with our own text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleaner.ingest import json_records
from cleaner.ingest.readers import Quarantined, Skipped
from cleaner.ingest.records import field_hint
from cleaner.ingest.sniff import sniff_content, sniff_name
from cleaner.model import RawInput
from cleaner.runner import rebuild_page
from tests.batch_runs import items, rows, run

TEXT = "社区图书馆延长了周末的开放时间，读者可以在晚上九点前借还图书。\n第二段说明了预约方式。"


def record(n: int, **extra: Any) -> dict[str, Any]:
    return {"id": f"r{n}", "url": f"https://lib.example.org/{n}", "text": f"{n}：{TEXT}", **extra}


def assert_rebuilds(out: Path, originals: dict[str, bytes]) -> None:
    pages = rows(out / "pages.jsonl")
    assert sorted(p["source"] for p in pages) == sorted(originals)
    for p in pages:
        assert rebuild_page(out, p["id"]) == originals[p["source"]], p["source"]


# -- JSON documents -----------------------------------------------------------------


def test_json_array_pretty_and_compact_rebuild_exactly(tmp_path: Path) -> None:
    recs = [record(1), record(2, extra="x"), record(3)]
    for name, text in (
        ("pretty.json", json.dumps(recs, ensure_ascii=False, indent=2)),
        ("compact.json", json.dumps(recs)),  # \\u escapes
    ):
        src = tmp_path / name
        src.write_text(text, encoding="utf-8")
        out = tmp_path / f"out_{name}"
        run([src], out)
        pages = rows(out / "pages.jsonl")
        assert [p["record_id"] for p in pages] == ["r1", "r2", "r3"]
        assert [p["container"]["item"] for p in pages] == [1, 2, 3]
        assert pages[0]["url"] == "https://lib.example.org/1"
        # each page's original is the record's exact text in the file
        got = {p["source"]: rebuild_page(out, p["id"]) for p in pages}
        for i, (src_name, data) in enumerate(sorted(got.items()), start=1):
            assert src_name == f"{src}:{i}"
            assert data.decode() in text and json.loads(data) == recs[i - 1]


def test_json_wrapper_object_of_records_single_record_and_concatenated(tmp_path: Path) -> None:
    wrapper = tmp_path / "wrapper.json"
    wrapper.write_text(
        json.dumps({"total": 2, "meta": {"page": 1}, "data": [record(1), record(2)]}), "utf-8"
    )
    got = items(wrapper)
    assert [x.record_id for x in got if isinstance(x, RawInput)] == ["r1", "r2"]
    assert got[0].container["path"] == "data"
    (skip,) = [x for x in got if isinstance(x, Skipped)]
    assert skip.counts == {"json member": 2}

    keyed = tmp_path / "keyed.json"
    keyed.write_text(
        json.dumps({"a1": {"text": TEXT}, "a2": {"text": TEXT + "！"}}, ensure_ascii=False),
        "utf-8",
    )
    assert [x.record_id for x in items(keyed)] == ["a1", "a2"]

    single = tmp_path / "single.json"
    one = {"comments": [{"user": "x"}], "text": TEXT, "tags": ["a", "b"]}
    single.write_text(json.dumps(one, ensure_ascii=False, indent=1), "utf-8")
    (page,) = items(single)
    assert isinstance(page, RawInput) and page.text == TEXT

    lines = tmp_path / "lines.json"  # JSON Lines saved as .json: still line by line
    lines.write_text("\n".join(json.dumps(record(i)) for i in range(3)) + "\n{bad\n", "utf-8")
    got = items(lines)
    assert [x.container["kind"] for x in got if isinstance(x, RawInput)] == ["jsonl"] * 3
    assert [x.line for x in got if isinstance(x, Quarantined)] == [4]

    out = tmp_path / "out"
    run([wrapper, keyed, single], out)
    assert_rebuilds(
        out,
        {
            f"{wrapper}:1": json.dumps(record(1)).encode(),
            f"{wrapper}:2": json.dumps(record(2)).encode(),
            f"{keyed}:1": json.dumps({"text": TEXT}, ensure_ascii=False).encode(),
            f"{keyed}:2": json.dumps({"text": TEXT + "！"}, ensure_ascii=False).encode(),
            f"{single}:1": single.read_bytes(),
        },
    )


def test_bad_json_keeps_the_records_before_it(tmp_path: Path) -> None:
    src = tmp_path / "broken.json"
    src.write_text("[" + json.dumps(record(1)) + ", " + json.dumps(record(2)) + ", {oops", "utf-8")
    got = items(src)
    assert [x.record_id for x in got if isinstance(x, RawInput)] == ["r1", "r2"]
    (q,) = [x for x in got if isinstance(x, Quarantined)]
    assert q.code == "invalid_json" and "after record 2" in q.reason and q.data == b"{oops"
    empty = tmp_path / "empty.json"
    empty.write_text('{"data": [], "total": 0}', "utf-8")
    assert [(type(x).__name__, getattr(x, "code", "")) for x in items(empty)] == [
        ("Quarantined", "empty"),
        ("Skipped", ""),
    ]
    notobj = tmp_path / "strings.json"
    notobj.write_text('["a", {"text": "b"}]', "utf-8")
    got = items(notobj)
    assert [type(x).__name__ for x in got] == ["Quarantined", "RawInput"]
    assert "not a JSON object" in got[0].reason


def test_json_records_stream_across_read_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records longer than the read size, and many of them, in order; literals and
    numbers cut by a read boundary are read whole."""
    lits = tmp_path / "literals.json"
    recs = [
        {"text": TEXT, "ok": True, "no": False, "none": None, "x": -1.25e-7 * i} for i in range(9)
    ]
    lits.write_text(json.dumps(recs), "utf-8")
    for size in (3, 5, 7, 11):  # reads this small cut every token somewhere
        monkeypatch.setattr(json_records, "_CHUNK", size)
        got = items(lits)
        assert [x.text for x in got if isinstance(x, RawInput)] == [TEXT] * 9, size
    monkeypatch.undo()
    recs = [record(i, pad="填" * (70_000 if i % 7 == 0 else 10)) for i in range(60)]
    src = tmp_path / "big.json"
    src.write_text(json.dumps(recs, ensure_ascii=False), "utf-8")
    got = items(src)
    assert [x.record_id for x in got] == [f"r{i}" for i in range(60)]
    assert all(x.text == f"{i}：{TEXT}" for i, x in enumerate(got))
    small = items(src, max_page_bytes=100_000)  # a 210 KB record costs that record
    assert [int(x.reason.split()[1].rstrip(":")) for x in small if isinstance(x, Quarantined)] == [
        i + 1 for i in range(0, 60, 7)
    ]
    assert all(x.code == "too_large" for x in small if isinstance(x, Quarantined))
    assert len([x for x in small if isinstance(x, RawInput)]) == 60 - 9


def test_sniffing_json_and_feeds() -> None:
    assert sniff_name("a.json") == ("json", None) and sniff_name("f.atom.gz") == ("feed", "gzip")
    assert sniff_content(b'[\n  {"text": "x"}]') == "json"
    assert sniff_content(b'{\n  "data": []\n}') == "json"
    assert sniff_content(b'{"text": "x"}\n{"text": "y"}\n') == "jsonl"
    assert sniff_content("[公告] 图书馆开放时间调整".encode()) == "text"
    assert sniff_content(b'<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0">') == "feed"
    assert sniff_content(b'<feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert sniff_content(b'<?xml version="1.0"?>\n<config><a/></config>') == "text"


# -- feeds --------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="{enc}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>图书馆新闻</title><link>https://lib.example.org/</link>
<item><title>周末延长开放</title><link>https://lib.example.org/news/1</link>
<pubDate>Sat, 02 Mar 2024 09:30:00 +0800</pubDate>
<description>摘要</description>
<content:encoded><![CDATA[<p>{p1}</p>
<p>读者可以在晚上九点前借还图书，</item> 也可以预约。</p>]]></content:encoded>
</item>
<item><title>讲座预告</title><guid isPermaLink="true">https://lib.example.org/news/2</guid>
<dc:date>2024-03-05</dc:date>
<description>&lt;p&gt;{p2}&lt;/p&gt;</description></item>
<item><title>只有链接</title><link>https://lib.example.org/news/3</link></item>
</channel></rss>
"""
P1 = "社区图书馆从三月起延长周末的开放时间，阅览室和自习区同步开放。"
P2 = "本周六下午两点，图书馆将举办一场关于城市历史的讲座，欢迎报名。"

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title type="html">春天&amp;lt;b&amp;gt;来了</title>
<link rel="self" href="https://blog.example.net/self/1"/>
<link rel="alternate" href="https://blog.example.net/2024/03/spring"/>
<id>tag:blog.example.net,2024:1</id><updated>2024-03-09T10:00:00Z</updated>
<published>2024-03-08T08:00:00+08:00</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{P1}</p><p>{P2}</p></div></content>
</entry>
<entry><title>纯文本</title><link href="https://blog.example.net/2024/03/text"/>
<updated>2024-03-10T10:00:00Z</updated>
<summary type="text">{P2}

{P1}</summary></entry>
</feed>
"""


@pytest.mark.parametrize("enc", ["utf-8", "gb18030"])
def test_rss_items_are_pages_with_link_title_and_date(tmp_path: Path, enc: str) -> None:
    data = RSS.replace("{enc}", enc).replace("{p1}", P1).replace("{p2}", P2).encode(enc)
    src = tmp_path / "news.xml"
    src.write_bytes(data)
    out = tmp_path / "out"
    summary = run([src], out)
    pages = rows(out / "pages.jsonl")
    assert [p["url"] for p in pages] == [
        "https://lib.example.org/news/1",
        "https://lib.example.org/news/2",
    ]
    assert {p["site"] for p in pages} == {"lib.example.org"}
    arts = rows(out / "articles.jsonl")
    assert [a["title"] for a in arts] == ["周末延长开放", "讲座预告"]
    assert [a["meta"]["published"] for a in arts] == ["2024-03-02", "2024-03-05"]
    assert (
        P1 in arts[0]["text"] and "也可以预约" in arts[0]["text"] and "摘要" not in arts[0]["text"]
    )
    assert P2 in arts[1]["text"]
    assert summary["read"]["skipped"] == {"feed item without content": 1}
    # each page's original: the item's bytes in the feed
    for p in pages:
        item = rebuild_page(out, p["id"])
        assert item.startswith(b"<item>") and item.endswith(b"</item>") and item in data


def test_atom_entries(tmp_path: Path) -> None:
    src = tmp_path / "blog.atom"
    src.write_text(ATOM, encoding="utf-8")
    got = items(src)
    assert [x.url for x in got] == [
        "https://blog.example.net/2024/03/spring",
        "https://blog.example.net/2024/03/text",
    ]
    assert [x.container["record_date"] for x in got] == ["2024-03-08", "2024-03-10"]
    assert got[0].container["record_title"] == "春天<b>来了"
    assert P1 in got[0].text and P2 in got[0].text
    assert got[1].text.index(P2) < got[1].text.index(P1)


def test_a_feed_without_items_and_an_xml_that_is_not_one(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_text('<rss version="2.0"><channel><title>x</title></channel></rss>', "utf-8")
    (q,) = items(empty)
    assert isinstance(q, Quarantined) and q.code == "empty"
    other = tmp_path / "config.xml"
    other.write_text("<?xml version='1.0'?><config><name>库</name></config>", "utf-8")
    (page,) = items(other)
    assert isinstance(page, RawInput) and page.container["kind"] == "file"


# -- a record's own title and date, and the missing-field hint -------------------------


def test_title_and_date_fields(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    recs = [
        record(1, headline="  图书馆  开放时间调整 ", ts="1709251200"),
        record(2, headline="第二条", ts="2024年3月6日"),
        record(3, ts="not a date"),
    ]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), "utf-8")
    out = tmp_path / "out"
    run([src], out, "--title-field", "headline", "--date-field", "ts")
    arts = rows(out / "articles.jsonl")
    assert (
        arts[0]["title"] == "图书馆 开放时间调整" and arts[0]["meta"]["published"] == "2024-03-01"
    )
    assert arts[1]["title"] == "第二条" and arts[1]["meta"]["published"] == "2024-03-06"
    assert "published" not in arts[2]["meta"]
    pages = rows(out / "pages.jsonl")
    assert pages[2]["container"]["record_date_raw"] == "not a date"
    for p, r in zip(pages, recs, strict=True):  # the line, byte for byte
        assert rebuild_page(out, p["id"]) == json.dumps(r, ensure_ascii=False).encode()
    plain = tmp_path / "plain"
    run([src], plain)  # without the options the records' fields are not read
    assert all("published" not in a["meta"] for a in rows(plain / "articles.jsonl"))


def test_missing_field_hint_lists_every_field_text_like_first(tmp_path: Path) -> None:
    obj = {f"field_{c}": c for c in "abcdefghijklmn"}
    obj["raw_content"] = TEXT
    obj["summary_text"] = "短"
    src = tmp_path / "other_field.jsonl"
    src.write_text(json.dumps(obj, ensure_ascii=False) + "\n", "utf-8")
    out = tmp_path / "out"
    run([src], out, code=4)
    (q,) = rows(out / "quarantine.jsonl")
    fields = q["reason"].split("(fields: ")[1].split(")")[0]
    names = fields.split(", ")
    assert names[:2] == ["raw_content", "summary_text"]
    assert sorted(names) == sorted(obj) and "…" not in fields
    many = {f"f{i:03d}": i for i in range(60)}
    hint = field_hint(many)
    assert hint.endswith(", …") and hint.count(",") == 40


def test_text_field_given_as_a_list_of_lines(tmp_path: Path) -> None:
    """A record whose text is a list of strings (paragraphs, verses) is one page whose
    lines are the list's items; the record's bytes are kept, so it rebuilds exactly."""
    recs = [
        {
            "id": "p1",
            "title": "春晓",
            "paragraphs": ["春眠不觉晓，处处闻啼鸟。", "夜来风雨声，花落知多少。"],
        },
        {"id": "p2", "title": "空", "paragraphs": []},
        {"id": "p3", "title": "混", "paragraphs": ["一句", 2]},
    ]
    src = tmp_path / "poems.json"
    src.write_text(json.dumps(recs, ensure_ascii=False, indent=1), "utf-8")
    out = tmp_path / "out"
    run([src], out, "--text-field", "paragraphs", "--title-field", "title", code=4)
    (art,) = rows(out / "articles.jsonl")
    assert art["title"] == "春晓"
    assert art["text"] == "春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。"
    (page,) = rows(out / "pages.jsonl")
    assert page["container"]["joined"] == 2 and page["rebuild"] == "stored"
    assert json.loads(rebuild_page(out, page["id"])) == recs[0]
    # an empty list or one holding a non-string is not text: quarantined, with its hint
    reasons = [q["reason"] for q in rows(out / "quarantine.jsonl")]
    assert len(reasons) == 2 and all("fields: id, paragraphs, title" in r for r in reasons)
