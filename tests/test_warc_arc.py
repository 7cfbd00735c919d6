"""Web archives as crawlers write them (issue 13): WARC 1.0/1.1 and ARC, gzip member by
member, bad records quarantined alone, only 2xx HTML responses as pages, HTTP codings
undone, every skipped record counted in ``summary.json``, rebuild byte for byte.

Archives are written in each test with warcio (ARC, which warcio reads but does not
write, by hand, and checked against warcio's reader); the pages are our own text.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner.cli import app
from cleaner.ingest.archive_stream import ArchiveStream
from cleaner.ingest.readers import Quarantined, Skipped
from cleaner.ingest.warc_records import MAX_HEADER_LINE, Record, iter_records
from cleaner.model import RawInput
from cleaner.report.render import render_report
from cleaner.runner import rebuild_page
from tests.batch_runs import items, rows, run

BODY = "这是第{n}篇文章的正文，讲述城市公园里新修的步道和周末的志愿活动安排。"


def page_html(n: int) -> bytes:
    paras = "".join(f"<p>{BODY.format(n=n)}第{i}段。</p>" for i in range(6))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>文章{n}</title></head>"
        f"<body><article><h1>文章{n}</h1>{paras}</article></body></html>"
    ).encode()


def response(
    w: WARCWriter,
    url: str,
    body: bytes,
    *,
    status: str = "200 OK",
    headers: list[tuple[str, str]] | None = None,
) -> None:
    hdrs = [("Content-Type", "text/html; charset=utf-8")] if headers is None else headers
    http = StatusAndHeaders(status, hdrs, protocol="HTTP/1.1")
    w.write_record(
        w.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
    )


def other(w: WARCWriter, url: str, rtype: str, body: bytes, ctype: str) -> None:
    w.write_record(
        w.create_warc_record(
            url, rtype, payload=io.BytesIO(body), length=len(body), warc_content_type=ctype
        )
    )


def every_type(*, gz: bool) -> bytes:
    """One archive with every record type and status the readers must tell apart."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz, warc_version="1.1")
    w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "test"}))
    other(w, "https://a.example.org/1", "request", b"GET /1 HTTP/1.1\r\n\r\n", "application/http")
    response(w, "https://a.example.org/1", page_html(1))
    response(w, "https://a.example.org/old", b"moved", status="302 Found")
    response(w, "https://a.example.org/gone", b"<html>not found</html>", status="404 Not Found")
    response(w, "https://a.example.org/err", b"<html>oops</html>", status="500 Error")
    response(
        w,
        "https://a.example.org/logo.png",
        b"\x89PNG\r\n\x1a\n",
        headers=[("Content-Type", "image/png")],
    )
    response(
        w,
        "https://a.example.org/notes.txt",
        b"plain notes",
        headers=[("Content-Type", "text/plain")],
    )
    response(w, "https://a.example.org/2", page_html(2), headers=[])  # no Content-Type
    response(
        w,
        "https://a.example.org/x",
        page_html(3),
        headers=[("Content-Type", "application/xhtml+xml")],
    )
    other(w, "https://a.example.org/crawl.log", "resource", b"log line\n" * 3, "text/plain")
    other(w, "https://a.example.org/1", "metadata", b"outlink: /2\r\n", "application/warc-fields")
    other(w, "https://a.example.org/1", "revisit", b"HTTP/1.1 200 OK\r\n\r\n", "application/http")
    other(w, "https://a.example.org/c", "conversion", b"text", "text/plain")
    return buf.getvalue()


SKIPPED = {
    "conversion": 1,
    "metadata": 1,
    "request": 1,
    "resource text/plain": 1,
    "response 302": 1,
    "response 404": 1,
    "response 500": 1,
    "response image/png": 1,
    "response text/plain": 1,
    "revisit": 1,
    "warcinfo": 1,
}


@pytest.mark.parametrize("gz", [True, False])
def test_only_2xx_html_responses_are_pages_and_the_rest_is_counted(
    tmp_path: Path, gz: bool
) -> None:
    src = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    src.write_bytes(every_type(gz=gz))
    out = tmp_path / "out"
    summary = run([src], out)
    pages = rows(out / "pages.jsonl")
    assert sorted(p["url"] for p in pages) == [
        "https://a.example.org/1",
        "https://a.example.org/2",
        "https://a.example.org/x",
    ]
    assert summary["read"]["skipped"] == SKIPPED
    assert summary["quarantined"] == 0
    for p in pages:  # the HTTP body, byte for byte
        n = {"1": 1, "2": 2, "x": 3}[p["url"].rsplit("/", 1)[1]]
        assert rebuild_page(out, p["id"]) == page_html(n)
        assert p["container"]["http_status"] == 200
        assert p["container"]["warc_record_id"].startswith("<urn:uuid:")
    articles = rows(out / "articles.jsonl")
    assert not any("moved" in a["text"] or "oops" in a["text"] for a in articles)
    html = render_report(out, tmp_path / "report.html").read_text("utf-8")
    assert "records skipped on reading: " in html and "response 302: 1" in html


def test_options_widen_the_choice(tmp_path: Path) -> None:
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(every_type(gz=True))
    got = items(src, warc_status=("2xx", "3xx", "404"), warc_types=("text/*",))
    urls = {x.url for x in got if isinstance(x, RawInput)}
    assert {"https://a.example.org/old", "https://a.example.org/gone"} <= urls
    assert "https://a.example.org/notes.txt" in urls
    assert "https://a.example.org/err" not in urls  # 500 not asked for
    got = items(src, warc_records=("response", "resource"), warc_types=("any",))
    urls = {x.url for x in got if isinstance(x, RawInput)}
    assert {"https://a.example.org/crawl.log", "https://a.example.org/logo.png"} <= urls
    (skip,) = [x for x in got if isinstance(x, Skipped)]
    assert "resource text/plain" not in skip.counts and skip.counts["response 302"] == 1
    out = tmp_path / "out"
    run([src], out, "--warc-status", "any", "--warc-types", "text/html")
    assert "https://a.example.org/err" in {p["url"] for p in rows(out / "pages.jsonl")}


# -- HTTP codings -------------------------------------------------------------------


def chunked(data: bytes, size: int = 100) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ([("Transfer-Encoding", "chunked")], chunked(page_html(4))),
        ([("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], chunked(page_html(4))),
        ([("Content-Type", "text/html")], chunked(page_html(4))),  # framing, header dropped
        ([("Content-Encoding", "gzip")], gzip.compress(page_html(4))),
        (
            [("Content-Type", "text/html"), ("Content-Encoding", "deflate")],
            zlib.compress(page_html(4)),
        ),
        (
            [("Content-Encoding", "gzip"), ("Transfer-Encoding", "Chunked")],
            chunked(gzip.compress(page_html(4)), 37),
        ),
        # a crawler that stored the body decoded but kept the headers
        ([("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")], page_html(4)),
    ],
)
def test_chunked_and_compressed_bodies_decoded(
    tmp_path: Path, headers: list[tuple[str, str]], body: bytes
) -> None:
    buf = io.BytesIO()
    response(WARCWriter(buf, gzip=True), "https://b.example.org/4", body, headers=headers)
    src = tmp_path / "c.warc.gz"
    src.write_bytes(buf.getvalue())
    out = tmp_path / "out"
    run([src], out)
    (page,) = rows(out / "pages.jsonl")
    assert rebuild_page(out, page["id"]) == page_html(4)
    text = "".join(a["text"] for a in rows(out / "articles.jsonl"))
    assert BODY.format(n=4) in text
    assert "\r\n" not in text and not text.startswith(("64", "0\n"))


def test_a_body_that_cannot_be_decoded_is_quarantined(tmp_path: Path) -> None:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    response(
        w,
        "https://b.example.org/bad",
        b"\x1f\x8b\x08garbage",
        headers=[("Content-Encoding", "gzip")],
    )
    response(w, "https://b.example.org/5", page_html(5))
    src = tmp_path / "d.warc.gz"
    src.write_bytes(buf.getvalue())
    got = items(src)
    assert [x.url for x in got if isinstance(x, RawInput)] == ["https://b.example.org/5"]
    (q,) = [x for x in got if isinstance(x, Quarantined)]
    assert q.code == "corrupt" and "Content-Encoding gzip" in q.reason


# -- damaged archives ---------------------------------------------------------------


def members(n: int) -> list[bytes]:
    """``n`` gzip members, one response record each."""
    out = []
    for i in range(n):
        buf = io.BytesIO()
        response(WARCWriter(buf, gzip=True), f"https://c.example.org/{i}", page_html(i))
        out.append(buf.getvalue())
    return out


def test_a_corrupt_member_costs_one_record(tmp_path: Path) -> None:
    parts = members(4)
    bad = bytearray(parts[1])
    bad[len(bad) // 2 : len(bad) // 2 + 8] = b"\xff" * 8  # inside the deflate data
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(parts[0] + bytes(bad) + parts[2] + parts[3])
    out = tmp_path / "out"
    summary = run([src], out, code=4)
    assert sorted(p["url"] for p in rows(out / "pages.jsonl")) == [
        f"https://c.example.org/{i}" for i in (0, 2, 3)
    ]
    (q,) = rows(out / "quarantine.jsonl")
    assert q["code"] == "corrupt" and f"offset {len(parts[0])}" in q["reason"]
    assert q["source"] == f"{src}@{len(parts[0])}"
    assert summary["quarantine_reasons"] == {"corrupt": 1}


def test_garbage_between_members_and_a_truncated_last_member(tmp_path: Path) -> None:
    parts = members(3)
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(parts[0] + b"junk" + parts[1] + parts[2][:-30])
    got = items(src)
    assert [x.url for x in got if isinstance(x, RawInput)] == [
        "https://c.example.org/0",
        "https://c.example.org/1",
    ]
    codes = [x.code for x in got if isinstance(x, Quarantined)]
    assert codes == ["corrupt", "truncated"]


def warc_record(url: str, body: bytes, *, length: int | None = None) -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\n"
        "WARC-Date: 2024-03-01T08:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(block) if length is None else length}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


@pytest.mark.parametrize("delta", [+200, -40, +10_000])
@pytest.mark.parametrize("gz", [True, False])
def test_bad_content_length_costs_one_record(tmp_path: Path, delta: int, gz: bool) -> None:
    recs = [warc_record(f"https://d.example.org/{i}", page_html(i)) for i in range(3)]
    n = len(page_html(1)) + 45
    recs[1] = warc_record("https://d.example.org/1", page_html(1), length=n + delta)
    src = tmp_path / ("bad.warc.gz" if gz else "bad.warc")
    src.write_bytes(b"".join(gzip.compress(r) if gz else r for r in recs))
    got = items(src)
    assert [x.url for x in got if isinstance(x, RawInput)] == [
        "https://d.example.org/0",
        "https://d.example.org/2",
    ]
    (q,) = [x for x in got if isinstance(x, Quarantined)]
    assert q.code == "corrupt" and "Content-Length" in q.reason
    assert q.data is not None and q.data.startswith(b"WARC/1.0") and b"d.example.org/1" in q.data
    assert b"d.example.org/2" not in q.data


def test_budgets_quarantine_big_records_and_long_header_lines(tmp_path: Path) -> None:
    big = page_html(7) * 200
    long_url = "https://e.example.org/" + "x" * (MAX_HEADER_LINE * 3)
    recs = [
        warc_record("https://e.example.org/big", big),
        warc_record(long_url, page_html(8)),
        warc_record("https://e.example.org/ok", page_html(9)),
    ]
    src = tmp_path / "b.warc"
    src.write_bytes(b"".join(recs))
    got = items(src, max_page_bytes=len(big) // 2)
    assert [x.url for x in got if isinstance(x, RawInput)] == ["https://e.example.org/ok"]
    q = [x for x in got if isinstance(x, Quarantined)]
    assert [x.code for x in q] == ["too_large", "too_large"]
    assert "larger than the page limit" in q[0].reason and q[0].source == f"{src}@0"
    assert "header line longer than" in q[1].reason
    assert all(x.data is not None and len(x.data) <= 1024 * 1024 + MAX_HEADER_LINE for x in q)


def test_a_very_long_header_line_is_read_in_linear_steps() -> None:
    """Each fill of the buffer is searched once: a 20 MB line takes ~20 MB / chunk fills
    and never rescans what it has searched (count the bytes searched, not the time)."""
    data = b"WARC/1.0\r\nWARC-Target-URI: " + b"y" * 20_000_000 + b"\r\n\r\n"
    s = ArchiveStream(io.BytesIO(data), gz=False)
    searched = 0
    find = s.buf.find

    class Counting(bytearray):
        def find(self, sub: Any, start: int = 0, end: int | None = None) -> int:  # type: ignore[override]
            nonlocal searched
            stop = len(self) if end is None else min(end, len(self))
            searched += max(0, stop - start)
            return bytearray.find(self, sub, start, stop)

    del find
    s.buf = Counting()
    (problem,) = list(iter_records(s, max_bytes=1 << 30))
    assert not isinstance(problem, Record) and problem.code == "too_large"
    assert searched < 3 * len(data)


# -- ARC ----------------------------------------------------------------------------


def arc_bytes(*, v2: bool = False) -> list[bytes]:
    """An ARC file as records: filedesc, two HTML pages, a redirect, an image, a DNS one."""
    date = "20240301080000"
    recs = []
    desc = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    recs.append(
        b"filedesc://crawl.arc 0.0.0.0 %s text/plain %d\n%s\n" % (date.encode(), len(desc), desc)
    )
    for url, status, ctype, body in (
        ("http://f.example.org/1", "200 OK", "text/html", page_html(11)),
        ("http://f.example.org/old", "301 Moved", "text/html", b"moved"),
        ("http://f.example.org/2", "200 OK", "text/html", page_html(12)),
        ("http://f.example.org/i.gif", "200 OK", "image/gif", b"GIF89a\x01\x00"),
    ):
        block = f"HTTP/1.0 {status}\r\nContent-Type: {ctype}\r\n\r\n".encode() + body
        code = status.split()[0]
        fields = f"{url} 10.0.0.1 {date} {ctype}"
        if v2:
            fields += f" {code} CHECKSUM - 0 crawl.arc"
        recs.append(f"{fields} {len(block)}\n".encode() + block + b"\n")
    dns = b"20240301080000\nf.example.org. 300 IN A 10.0.0.1\n"
    recs.append(b"dns:f.example.org 10.0.0.1 %s text/dns %d\n%s\n" % (date.encode(), len(dns), dns))
    return recs


@pytest.mark.parametrize("gz", [False, True])
def test_arc_and_arc_gz(tmp_path: Path, gz: bool) -> None:
    recs = arc_bytes()
    data = b"".join(gzip.compress(r) if gz else r for r in recs)
    src = tmp_path / ("crawl.arc.gz" if gz else "crawl.arc")
    src.write_bytes(data)
    # warcio reads the same archive: the same responses
    theirs = [
        r.rec_headers.get_header("WARC-Target-URI")
        for r in ArchiveIterator(io.BytesIO(data), arc2warc=True)
        if r.rec_type == "response"
    ]
    assert "http://f.example.org/1" in theirs and "http://f.example.org/2" in theirs
    out = tmp_path / "out"
    summary = run([src], out)
    pages = rows(out / "pages.jsonl")
    assert [p["url"] for p in pages] == ["http://f.example.org/1", "http://f.example.org/2"]
    assert [rebuild_page(out, p["id"]) for p in pages] == [page_html(11), page_html(12)]
    assert pages[0]["container"]["archive"] == "arc"
    assert pages[0]["container"]["warc_date"] == "2024-03-01T08:00:00Z"
    assert summary["read"]["skipped"] == {
        "response 301": 1,
        "response image/gif": 1,
        "response text/dns": 1,
        "warcinfo": 1,
    }


def test_arc_v2_header_lines(tmp_path: Path) -> None:
    src = tmp_path / "crawl2.arc"
    src.write_bytes(b"".join(arc_bytes(v2=True)))
    got = items(src)
    assert [x.url for x in got if isinstance(x, RawInput)] == [
        "http://f.example.org/1",
        "http://f.example.org/2",
    ]
    assert not [x for x in got if isinstance(x, Quarantined)]


def test_an_empty_gzip_archive_and_a_non_archive(tmp_path: Path) -> None:
    empty = tmp_path / "e.warc.gz"
    empty.write_bytes(gzip.compress(b""))
    (q,) = items(empty)
    assert isinstance(q, Quarantined) and q.code == "empty"
    junk = tmp_path / "j.warc.gz"
    junk.write_bytes(gzip.compress(b"hello, not an archive\n"))
    (q,) = items(junk)
    assert isinstance(q, Quarantined) and q.code == "corrupt"
    assert "no WARC or ARC record" in q.reason


def test_worker_processes_count_the_same(tmp_path: Path) -> None:
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(every_type(gz=True))
    one, two = tmp_path / "one", tmp_path / "two"
    assert run([src], one)["read"] == run([src], two, "--jobs", "2")["read"]
    assert [p["id"] for p in rows(one / "pages.jsonl")] == [
        p["id"] for p in rows(two / "pages.jsonl")
    ]


def test_bad_warc_options_are_usage_errors(tmp_path: Path) -> None:
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(every_type(gz=True))
    for opt, value in (("--warc-status", "ok"), ("--warc-records", "responses")):
        args = ["run", str(src), "--out", str(tmp_path / "o"), opt, value]
        r = CliRunner().invoke(app, args)
        assert r.exit_code == 2 and "Traceback" not in r.output
        assert f"cleaner: error: {opt}: {value!r}" in r.output
        assert not (tmp_path / "o").exists()


def test_a_whole_archive_gzipped_as_one_member(tmp_path: Path) -> None:
    """``gzip crawl.warc``: one member for every record; positions name the records."""
    src = tmp_path / "whole.warc.gz"
    src.write_bytes(gzip.compress(every_type(gz=False)))
    got = items(src)
    pages = [x for x in got if isinstance(x, RawInput)]
    assert [x.url for x in pages] == [
        "https://a.example.org/1",
        "https://a.example.org/2",
        "https://a.example.org/x",
    ]
    assert all(x.container["offset"] == 0 and x.container["position"] > 0 for x in pages)
    assert len({x.source for x in pages}) == 3 and pages[0].source.startswith(f"{src}@0+")
    (skip,) = [x for x in got if isinstance(x, Skipped)]
    assert skip.counts == SKIPPED
