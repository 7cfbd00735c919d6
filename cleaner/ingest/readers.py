"""Read inputs into raw pages: text and HTML files, JSON/JSONL/Parquet batches, RSS/Atom
feeds, WARC/ARC archives, gzip/zstd-compressed or not, folders (recursive) and standard
input (``-``).

This module is the dispatcher: it expands folders, opens each input, asks
:mod:`cleaner.ingest.sniff` what it is (extension, then content) and hands it to the
reader of its kind.  Text files and JSONL batches are read here; Parquet batches in
:mod:`cleaner.ingest.parquet`, JSON documents in :mod:`cleaner.ingest.json_records`,
feeds in :mod:`cleaner.ingest.feeds`, web archives in :mod:`cleaner.ingest.warc`; HTML
main-text extraction and record fields live in :mod:`cleaner.ingest` too.  Decoding
(byte-order mark, strict UTF-8, UTF-16, declared charset, detector; accepted only if it
round-trips, so ``rebuild`` can be exact) is :mod:`cleaner.ingest.charset`, whose names
are importable from here as well.  Inputs that cannot be read become
:class:`Quarantined` entries with a reason; they never stop the batch.

Everything streams: JSONL lines, Parquet batches and WARC records are read one at a
time, and no page larger than ``max_page_bytes`` is ever held in memory whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

# Decoding lives in cleaner.ingest.charset; its names stay importable from here
# (cleaner.pipeline, cleaner.ingest.encoding, cleaner.stages.site_profile, tests).
from cleaner.ingest.charset import _WIDEN as _WIDEN
from cleaner.ingest.charset import Decoded as Decoded
from cleaner.ingest.charset import DecodeError as DecodeError
from cleaner.ingest.charset import _looks_binary as _looks_binary
from cleaner.ingest.charset import decode as decode
from cleaner.ingest.charset import decode_bytes as decode_bytes
from cleaner.ingest.charset import encode as encode
from cleaner.ingest.source import _STDIN_SOURCE as _STDIN_SOURCE
from cleaner.ingest.source import MAX_COPY_BYTES as MAX_COPY_BYTES
from cleaner.ingest.source import STDIN as STDIN
from cleaner.ingest.source import OtherFile as OtherFile
from cleaner.ingest.source import Quarantined as Quarantined
from cleaner.ingest.source import Skipped as Skipped
from cleaner.ingest.source import copy_of as _copy_of
from cleaner.ingest.source import page_id_for as page_id_for
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

TEXT_FIELD = "text"
JSONL_SUFFIXES = (".jsonl", ".ndjson")

# cheap pre-filter (a '\\ud8…' escape in the line), then the exact check on the values
_SURROGATE = re.compile(r"\\u[dD][89abAB]")
_LONE = re.compile("[\ud800-\udfff]")


def iter_files(paths: list[Path], *, glob: str | None = None) -> Iterator[Path | Quarantined]:
    """Expand inputs: files as given, directories recursively in sorted order.

    ``glob`` (e.g. ``"*.html"``) filters the files found in directories; hidden files and
    folders are skipped.  ``-`` stands for standard input.
    """
    for p in paths:
        if p == STDIN:
            yield p
        elif not p.exists():
            yield Quarantined(str(p), "no such file or directory", code="not_found")
        elif p.is_dir():
            for f in sorted(p.rglob(glob or "*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        else:
            yield p


def _jsonl_envelope(line: str, text: str) -> dict[str, Any] | None:
    from cleaner.ingest.records import jsonl_envelope

    return jsonl_envelope(line, text)


def read_inputs(
    paths: list[Path], *, text_field: str = TEXT_FIELD, options: ReadOptions | None = None
) -> Iterator[RawInput | Quarantined | Skipped]:
    """Yield every page of every input, or a :class:`Quarantined` entry for what fails.

    ``options`` (:class:`cleaner.ingest.records.ReadOptions`) names the record fields,
    the site, the folder glob and the page size limit; without it only ``text_field``
    differs from the defaults.
    """
    from cleaner.ingest.records import ReadOptions

    opts = options or ReadOptions(text_field=text_field)
    for item in iter_files(paths, glob=opts.glob):
        if isinstance(item, Quarantined):
            yield item
        else:
            yield from _read_path(item, opts)


def _read_path(
    path: Path | OtherFile, opts: ReadOptions
) -> Iterator[RawInput | Quarantined | Skipped]:
    import sys

    from cleaner.ingest.compression import CorruptInput

    is_stdin = path == STDIN
    source = _STDIN_SOURCE if is_stdin else str(path)
    try:
        fh: IO[bytes] = sys.stdin.buffer if is_stdin else path.open("rb")
    except OSError as exc:
        yield Quarantined(source, f"cannot read file: {exc.strerror or exc}", code="unreadable")
        return
    copied: list[bytes] = []  # stdin has no file to copy from: keep what was read
    try:
        with fh:
            yield from _read_stream(fh, path, source, opts, copied)
    except CorruptInput as exc:
        data = b"".join(copied) if is_stdin else _copy_of(path)
        code = "truncated" if str(exc).startswith("truncated") else "corrupt"
        yield Quarantined(source, str(exc), data, code=code)
    except OSError as exc:
        yield Quarantined(source, f"cannot read file: {exc.strerror or exc}", code="unreadable")


def _read_stream(
    fh: IO[bytes], path: Path | OtherFile, source: str, opts: ReadOptions, copied: list[bytes]
) -> Iterator[RawInput | Quarantined | Skipped]:
    import io

    from cleaner.ingest.compression import CHUNK, open_stream
    from cleaner.ingest.sniff import sniff_content, sniff_name

    name_kind, name_comp = sniff_name("" if path == STDIN else path.name)
    if name_kind == "warc":  # gzip read member by member: a bad record costs one record
        raw = fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(fh, CHUNK)  # type: ignore[arg-type,type-var]
        if raw.peek(2)[:2] == b"\x1f\x8b":
            from cleaner.ingest.warc import read_warc

            yield from read_warc(raw, source, opts, {"compression": "gzip"}, gz=True)
            return
        fh = raw
    stream, comp = open_stream(fh, compression=name_comp)  # type: ignore[arg-type]
    head = stream.peek(CHUNK)[:CHUNK]
    if path == STDIN:
        copied.append(head)
    content_kind = sniff_content(head)
    kind = "binary" if content_kind == "binary" else (name_kind or content_kind)
    if not head.strip() and not stream.read(CHUNK).strip():
        yield Quarantined(source, "empty file", head, code="empty")
        return
    base: dict[str, Any] = {"compression": comp} if comp else {}
    if kind == "binary":
        data = head if path == STDIN else _copy_of(path)
        yield Quarantined(
            source,
            "binary file (not text, HTML, JSON, JSONL, a feed, Parquet or a web archive)",
            data,
            code="binary",
        )
    elif kind == "jsonl" or (kind == "json" and _jsonl_inside(head, content_kind)):
        yield from _read_jsonl(stream, source, opts, base)
    elif kind == "json":
        from cleaner.ingest.json_records import read_json

        yield from read_json(stream, source, opts, base)
    elif kind == "feed":
        from cleaner.ingest.feeds import read_feed

        yield from read_feed(stream, source, opts, base)
    elif kind == "parquet":
        from cleaner.ingest.parquet import read_parquet

        yield from read_parquet(stream, path, source, opts, base, direct=comp is None)
    elif kind == "warc":
        from cleaner.ingest.warc import read_warc

        yield from read_warc(stream, source, opts, base)
    else:
        page = _read_page(stream, source, opts)
        if isinstance(page, Quarantined):
            yield page
        elif kind == "html":
            from cleaner.ingest.records import html_page

            yield html_page(source, page, {"kind": "html", **base}, opts)
        else:
            yield _text_page(source, page, {"kind": "file", **base}, opts)


def _jsonl_inside(head: bytes, content_kind: str) -> bool:
    """A ``.json`` file that is JSON Lines (an object per line): read line by line, so
    a bad line costs that line."""
    lines = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 2)
    return content_kind == "jsonl" and len(lines) > 1 and lines[1].lstrip().startswith(b"{")


def _text_page(source: str, data: bytes, container: dict[str, Any], opts: ReadOptions) -> RawInput:
    """A text file, decoded by the pipeline (which also undoes double mojibake as a
    recorded ``read.mojibake.*`` step, so ``rebuild`` stays a text edit)."""
    return RawInput(source=source, data=data, container=container, site=opts.site)


def _read_page(stream: IO[bytes], source: str, opts: ReadOptions) -> bytes | Quarantined:
    from cleaner.ingest.compression import read_all
    from cleaner.ingest.records import COPY_HEAD

    head = stream.read(COPY_HEAD)
    rest = read_all(stream, limit=opts.max_page_bytes - len(head)) if head else b""
    if rest is None:
        mb = opts.max_page_bytes // (1024 * 1024)
        return Quarantined(
            source,
            f"larger than {mb} MB: not processed (first {COPY_HEAD // 1024} KB copied)",
            head,
            code="too_large",
        )
    return head + rest if rest else head


def _read_jsonl(
    stream: IO[bytes],
    source: str,
    opts: ReadOptions,
    base: dict[str, Any],
    *,
    line0: int = 0,
    end: int | None = None,
    lines: list[int] | None = None,
) -> Iterator[RawInput | Quarantined]:
    """Stream a JSONL batch line by line (memory stays flat in the file size).

    The Ray engine reads byte ranges of one file: ``line0`` is the number of lines before
    the range, ``end`` the offset where it stops, and ``lines`` receives how many lines
    were read.
    """
    from cleaner.ingest.compression import CHUNK
    from cleaner.ingest.records import COPY_HEAD

    limit = opts.max_page_bytes
    n = line0
    while end is None or stream.tell() < end:
        line_bytes = stream.readline(limit + 1)
        if not line_bytes:
            break
        n += 1
        if len(line_bytes) > limit and not line_bytes.endswith(b"\n"):
            head = line_bytes[:COPY_HEAD]
            del line_bytes
            while True:  # skip the rest of the line without holding it
                more = stream.readline(CHUNK * 16)
                if not more or more.endswith(b"\n"):
                    break
            mb = limit // (1024 * 1024)
            yield Quarantined(
                source,
                f"line {n}: record larger than {mb} MB: not processed "
                f"(first {COPY_HEAD // 1024} KB copied)",
                head,
                n,
                "too_large",
            )
            continue
        raw = line_bytes[:-1] if line_bytes.endswith(b"\n") else line_bytes
        yield from _jsonl_record(source, n, raw, opts, base)
    if lines is not None:
        lines.append(n - line0)


def _jsonl_record(
    source: str, n: int, raw: bytes, opts: ReadOptions, base: dict[str, Any]
) -> Iterator[RawInput | Quarantined]:
    """One JSONL line → a page, or a quarantine entry naming the line and the problem."""
    from cleaner.ingest.records import record_page

    body = raw[:-1] if raw.endswith(b"\r") else raw
    if not body.strip():
        return
    try:
        line = body.decode("utf-8")
        obj = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Quarantined(source, f"line {n}: invalid JSON ({exc})", raw, n, "invalid_json")
        return
    except RecursionError:
        yield Quarantined(source, f"line {n}: JSON nested too deeply", raw, n, "invalid_json")
        return
    if not isinstance(obj, dict):
        yield Quarantined(source, f"line {n}: not a JSON object", raw, n, "missing_field")
        return
    if _SURROGATE.search(line) and any(
        isinstance(v, str) and _LONE.search(v) for v in obj.values()
    ):
        # '\ud800' escapes decode to lone surrogates: not Unicode, cannot be written as UTF-8
        yield Quarantined(
            source, f"line {n}: a field holds unpaired surrogate escapes", raw, n, "invalid_text"
        )
        return
    container: dict[str, Any] = {"kind": "jsonl", "line": n, "crlf": raw.endswith(b"\r"), **base}
    page = record_page(f"{source}:{n}", obj, raw, container, opts, line=line)
    if isinstance(page, str):
        yield Quarantined(source, f"line {n}: {page}", raw, n, "missing_field")
    else:
        yield page
