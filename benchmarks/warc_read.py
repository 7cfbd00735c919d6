"""Reading web archives: cleaner's record reader beside warcio (and fastwarc if installed).

Writes a synthetic crawl (``--records`` HTML responses, each with a request and a
metadata record, gzip per record as crawlers write them) once, then times reading every
record and the body of every response with each reader (HTTP headers parsed, transfer
and content coding undone), ``--runs`` times, and prints medians and ratios.  HTML
extraction is left out: it costs the same whichever reader found the bytes.

    python benchmarks/warc_read.py --records 4000 --runs 3

fastwarc is timed only when it imports (``pip install fastwarc``, not a dependency); the
body sizes printed must agree between readers.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PARA = "城市公园新修的步道在周末开放，志愿者在入口处发放地图并介绍沿途的植物。"


def make_archive(path: Path, records: int) -> None:
    with path.open("wb") as out:
        for i in range(records):
            body = (
                f"<html><head><title>第{i}页</title></head><body>"
                + "".join(f"<p>{PARA}{j}</p>" for j in range(120))
                + "</body></html>"
            ).encode()
            if i % 3 == 0:  # a third gzip-encoded, as servers send them
                body = gzip.compress(body)
                extra = "Content-Encoding: gzip\r\n"
            else:
                extra = ""
            url = f"https://park.example.org/{i}"
            http = (
                f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{extra}"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode() + body
            for rtype, block, ctype in (
                (
                    "request",
                    f"GET /{i} HTTP/1.1\r\nHost: park.example.org\r\n\r\n".encode(),
                    "application/http; msgtype=request",
                ),
                ("response", http, "application/http; msgtype=response"),
                ("metadata", f"outlink: {url}/next\r\n".encode(), "application/warc-fields"),
            ):
                head = (
                    f"WARC/1.1\r\nWARC-Type: {rtype}\r\nWARC-Target-URI: {url}\r\n"
                    f"WARC-Date: 2024-03-01T08:00:00Z\r\n"
                    f"WARC-Record-ID: <urn:uuid:{i:08d}-0000-4000-8000-{len(rtype):012d}>\r\n"
                    f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
                ).encode()
                out.write(gzip.compress(head + block + b"\r\n\r\n", compresslevel=6))


def read_cleaner(path: Path) -> int:
    from cleaner.ingest.archive_stream import ArchiveStream
    from cleaner.ingest.records import ReadOptions
    from cleaner.ingest.warc import WarcPage, classify
    from cleaner.ingest.warc_records import Record, iter_records

    opts = ReadOptions()
    total = 0
    with path.open("rb") as fh:
        for rec in iter_records(ArchiveStream(fh, gz=True), max_bytes=opts.max_page_bytes):
            if isinstance(rec, Record):
                page = classify(rec, opts, limit=opts.max_page_bytes)
                if isinstance(page, WarcPage):
                    total += len(page.payload)
    return total


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                total += len(rec.content_stream().read())
            else:
                rec.content_stream().read()
    return total


def read_fastwarc(path: Path) -> int:
    """fastwarc 2.x (Rust): gzip detected, HTTP parsed, codings undone (``auto_decode``)."""
    from fastwarc import ArchiveIterator, WarcRecordType  # type: ignore[import-not-found]

    total = 0
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh, parse_http=True, auto_decode="all"):
            body = rec.reader.read()
            if rec.record_type == WarcRecordType.response:
                total += len(body)
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=4000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.gettempdir()) / f"cleaner_bench_warc_{args.records}.warc.gz"
    if not tmp.exists():
        make_archive(tmp, args.records)
    size = tmp.stat().st_size
    readers: dict[str, Callable[[Path], int]] = {"cleaner": read_cleaner, "warcio": read_warcio}
    try:
        import fastwarc  # type: ignore[import-not-found]  # noqa: F401

        readers["fastwarc"] = read_fastwarc
    except ImportError:
        print("fastwarc not installed: not timed")
    print(f"archive: {args.records * 3} records, {size / 1e6:.1f} MB gzip ({tmp})")
    medians: dict[str, float] = {}
    for name, fn in readers.items():
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            body_bytes = fn(tmp)
            times.append(time.perf_counter() - t0)
        medians[name] = statistics.median(times)
        print(
            f"{name:9s} median {medians[name]:.2f} s  ({size / 1e6 / medians[name]:.1f} MB/s "
            f"compressed, {args.records * 3 / medians[name]:.0f} records/s; "
            f"bodies {body_bytes / 1e6:.1f} MB)"
        )
    base = medians["cleaner"]
    print("ratio to cleaner: " + ", ".join(f"{k} {v / base:.2f}x" for k, v in medians.items()))


if __name__ == "__main__":
    main()
