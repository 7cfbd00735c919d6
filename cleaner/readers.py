"""Read inputs into raw pages: text and HTML files, JSONL/Parquet batches, WARC archives,
gzip/zstd-compressed or not, folders (recursive) and standard input (``-``).

Decoding follows the order browsers and ftfy's ``guess_bytes`` use: a byte-order mark
first, then strict UTF-8, then UTF-16 without BOM (NUL bytes in alternating positions),
then a detector (charset-normalizer) whose GBK/GB2312 answers are widened to GB18030.  A
decoding is accepted only if re-encoding gives the same bytes back, so ``rebuild`` can be
exact.  Inputs that cannot be read become :class:`Quarantined` entries with a reason;
they never stop the batch.

What a file is comes from :mod:`cleaner.ingest.sniff` (extension, then content); HTML
main-text extraction, WARC records and record fields live in :mod:`cleaner.ingest`.
Everything streams: JSONL lines, Parquet batches and WARC records are read one at a
time, and no page larger than ``max_page_bytes`` is ever held in memory whole.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

TEXT_FIELD = "text"
JSONL_SUFFIXES = (".jsonl", ".ndjson")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Detector answers that are subsets of GB18030: decode with the superset.
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "hz": "gb18030",
    "cp936": "gb18030",
    "big5hkscs": "big5hkscs",
    "ascii": "utf-8",
}


# A charset declared by the page itself (XML prolog, HTML meta): trusted before detection.
_DECLARED = re.compile(rb"""(?:encoding|charset)\s*=\s*["']?\s*([A-Za-z0-9_\-]{3,20})""", re.I)


# cheap pre-filter (a '\\ud8…' escape in the line), then the exact check on the values
_SURROGATE = re.compile(r"\\u[dD][89abAB]")
_LONE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input (or one line of one) that could not be read, and why."""

    source: str
    reason: str
    data: bytes | None = None
    line: int | None = None
    code: str = "unreadable"  # short reason id for counters: empty, binary, invalid_json …


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with what it takes to encode it back exactly."""

    text: str
    encoding: str
    bom: bool
    confidence: float
    newline: str  # "lf", "crlf", or "mixed" (then the read stage records each change)
    extra: dict[str, Any] = field(default_factory=dict)


class OtherFile(Protocol):
    """An input file that is not a local path (a file of another pyarrow filesystem,
    :class:`cleaner.engines.ray_fs.RemoteFile`): what the readers need of it.  ``str()``
    gives its source (for pages and quarantine entries)."""

    @property
    def name(self) -> str: ...  # its file name, for sniffing the kind and compression

    def open(self, mode: str) -> IO[bytes]: ...

    def copy(self) -> bytes | None: ...  # its bytes for a quarantine copy (None: too large)

    def parquet_source(self) -> Any: ...  # a seekable file pyarrow reads Parquet from


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


def _roundtrips(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    try:
        return text if text.encode(encoding) == data else None
    except UnicodeEncodeError:
        return None


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    # PDF, ZIP/Office, PNG, JPEG, GIF, gzip, zstd signatures
    return head.startswith(
        (
            b"%PDF",
            b"PK\x03\x04",
            b"\x89PNG",
            b"\xff\xd8\xff",
            b"GIF8",
            b"\x1f\x8b",
            b"\x28\xb5\x2f\xfd",
        )
    )


def decode_bytes(data: bytes) -> tuple[str, str, bool, float]:
    """Return ``(text, encoding, bom, confidence)`` or raise :class:`DecodeError`."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _roundtrips(data[len(bom) :], enc)
            if text is None:
                raise DecodeError(f"starts with a {enc} byte-order mark but is not valid {enc}")
            return text, enc, True, 1.0
    text = _roundtrips(data, "utf-8")
    if text is not None:
        return text, "utf-8", False, 1.0
    if len(data) >= 4 and len(data) % 2 == 0:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        half = len(data) // 2
        if odd > half * 0.3 and even < half * 0.05:
            text = _roundtrips(data, "utf-16-le")
            if text is not None:
                return text, "utf-16-le", False, 0.8
        if even > half * 0.3 and odd < half * 0.05:
            text = _roundtrips(data, "utf-16-be")
            if text is not None:
                return text, "utf-16-be", False, 0.8
    if _looks_binary(data):
        raise DecodeError("binary file (not text)")
    candidates: list[tuple[str, float]] = []
    declared = _DECLARED.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower().replace("-", "_")
        name = _WIDEN.get(name, name)
        candidates.append((name, 0.95))
        if name in ("big5", "big5_tw", "x_x_big5"):
            candidates += [("cp950", 0.9), ("big5hkscs", 0.9)]
    for enc, conf in candidates:
        text = _roundtrips(data, enc)
        if text is not None:
            return text, codecs.lookup(enc).name, False, conf
    candidates = []
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None:
        enc = best.encoding.lower().replace("-", "_")
        enc = _WIDEN.get(enc, enc)
        candidates.append((enc, round(1.0 - float(best.chaos), 3)))
    # latin-1 decodes any byte string: the last resort keeps the bytes exactly
    candidates += [("gb18030", 0.5), ("big5", 0.4), ("cp1252", 0.2), ("latin-1", 0.1)]
    decoded = [(enc, conf, t) for enc, conf in candidates if (t := _roundtrips(data, enc))]
    if not decoded:
        raise DecodeError("not text in any supported encoding")
    enc, conf, text = decoded[0]
    # The detector guesses poorly on short texts ('你好，世界。' in GBK came out as
    # Shift-JIS half-width katakana): when its answer does not read as text and
    # GB18030 or Big5 reads cleanly as Chinese, take that instead.
    if _plausibility(text) < 0.8:
        for alt, alt_conf, alt_text in decoded[1:]:
            if alt in ("gb18030", "big5") and _plausibility(alt_text) >= 0.95:
                enc, conf, text = alt, alt_conf, alt_text
                break
    return text, codecs.lookup(enc).name, False, conf


# Characters ordinary text is made of: ASCII printables and whitespace, CJK punctuation,
# kana, common Han, full-width forms.  Half-width katakana, private use and rare
# extensions are what a wrong CJK codec produces.
_PLAUSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e\u2014-\u201d\u00b7]"
)


def _plausibility(text: str, *, sample: int = 2000) -> float:
    """Share of ``text``'s first characters that ordinary text is made of (0-1)."""
    head = text[:sample]
    if not head:
        return 1.0
    return len(_PLAUSIBLE.findall(head)) / len(head)


def decode(data: bytes) -> Decoded:
    """Decode bytes and normalise uniform CRLF line ends (recorded in ``newline``)."""
    text, enc, bom, conf = decode_bytes(data)
    if "\r" not in text:
        return Decoded(text, enc, bom, conf, "lf")
    if text.count("\r\n") == text.count("\r") == text.count("\n"):
        return Decoded(text.replace("\r\n", "\n"), enc, bom, conf, "crlf")
    return Decoded(text, enc, bom, conf, "mixed")


def encode(text: str, encoding: str, *, bom: bool, newline: str) -> bytes:
    """Inverse of :func:`decode` for the text it returned."""
    if newline == "crlf":
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom:
        data = next(b for b, e in _BOMS if e == encoding) + data
    return data


def page_id_for(data: bytes, source: str, index: int = 0) -> str:
    """A stable id: hash of the input's bytes, its source and position."""
    h = hashlib.sha256()
    h.update(source.encode("utf-8", "surrogateescape"))
    h.update(f"\x00{index}\x00".encode())
    h.update(data)
    return h.hexdigest()[:16]


STDIN = Path("-")
_STDIN_SOURCE = "<stdin>"
#: Quarantine copies of whole files are kept up to this size (the input stays in place).
MAX_COPY_BYTES = 256 * 1024 * 1024


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
) -> Iterator[RawInput | Quarantined]:
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


def _copy_of(path: Path | OtherFile | None, limit: int = MAX_COPY_BYTES) -> bytes | None:
    """The bytes of a file for its quarantine copy (``None`` if unreadable or too large)."""
    if path is None:
        return None
    if not isinstance(path, Path):
        return path.copy()
    try:
        if path.stat().st_size > limit:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _read_path(path: Path | OtherFile, opts: ReadOptions) -> Iterator[RawInput | Quarantined]:
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
) -> Iterator[RawInput | Quarantined]:
    from cleaner.ingest.compression import CHUNK, open_stream
    from cleaner.ingest.sniff import sniff_content, sniff_name

    name_kind, name_comp = sniff_name("" if path == STDIN else path.name)
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
            source, "binary file (not text, HTML, JSONL, Parquet or WARC)", data, code="binary"
        )
    elif kind == "jsonl":
        yield from _read_jsonl(stream, source, opts, base)
    elif kind == "parquet":
        yield from _read_parquet(stream, path, source, opts, base, direct=comp is None)
    elif kind == "warc":
        yield from _read_warc(stream, source, opts, base)
    else:
        page = _read_page(stream, source, opts)
        if isinstance(page, Quarantined):
            yield page
        elif kind == "html":
            from cleaner.ingest.records import html_page

            yield html_page(source, page, {"kind": "html", **base}, opts)
        else:
            yield _text_page(source, page, {"kind": "file", **base}, opts)


def _text_page(source: str, data: bytes, container: dict[str, Any], opts: ReadOptions) -> RawInput:
    """A text file; double mojibake (which leaves valid UTF-8 behind) is undone here.

    A repaired page is handed over as text with its bytes (kept by the pipeline, so
    ``rebuild`` stays exact); every other page is decoded by the pipeline itself.
    """
    from cleaner.ingest.encoding import repair_mojibake

    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        decoded = None
    fixed = repair_mojibake(decoded) if decoded and not decoded.isascii() else None
    if fixed is None:
        return RawInput(source=source, data=data, container=container, site=opts.site)
    container = {
        **container,
        "encoding": "utf-8",
        "encoding_confidence": 1.0,
        "mojibake": {"kind": fixed.kind, "lines": fixed.lines},
    }
    return RawInput(source, data, container, text=fixed.text, site=opts.site)


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


def _read_parquet(
    stream: IO[bytes],
    path: Path | OtherFile,
    source: str,
    opts: ReadOptions,
    base: dict[str, Any],
    *,
    direct: bool,
) -> Iterator[RawInput | Quarantined]:
    """Parquet rows batch by batch; compressed or piped files are spooled to disk first."""
    import shutil
    import tempfile

    import pyarrow as pa
    import pyarrow.parquet as pq

    from cleaner.ingest.records import parquet_rows, record_page

    with tempfile.TemporaryFile() as spool:
        if direct and path != STDIN:
            target: Any = path if isinstance(path, Path) else path.parquet_source()
        else:
            shutil.copyfileobj(stream, spool)
            spool.seek(0)
            target = spool
        try:
            pf = pq.ParquetFile(target)
            for item in parquet_rows(pf, source, opts):
                if isinstance(item, str):
                    yield Quarantined(
                        source,
                        item,
                        _copy_of(None if path == STDIN else path),
                        code="missing_field",
                    )
                    return
                i, row = item
                cell = row.get(opts.text_field)
                if not isinstance(cell, str):
                    cell = row.get(opts.html_field)
                data = cell.encode("utf-8") if isinstance(cell, str) else b""
                container = {"kind": "parquet", "row": i, **base}
                page = record_page(f"{source}:row{i}", row, data, container, opts)
                if isinstance(page, str):
                    rec = json.dumps(row, ensure_ascii=False, default=str).encode("utf-8")
                    yield Quarantined(source, f"row {i}: {page}", rec, i, "missing_field")
                else:
                    yield page
        except (pa.ArrowException, OSError) as exc:
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield Quarantined(
                source,
                f"unreadable Parquet file ({msg})",
                _copy_of(None if path == STDIN else path),
                code="corrupt",
            )


def _read_warc(
    stream: IO[bytes], source: str, opts: ReadOptions, base: dict[str, Any]
) -> Iterator[RawInput | Quarantined]:
    from cleaner.ingest.records import html_page
    from cleaner.ingest.sniff import sniff_content
    from cleaner.ingest.warc import WarcPage, iter_warc

    for item in iter_warc(stream, max_bytes=opts.max_page_bytes):
        if not isinstance(item, WarcPage):
            continue
        container = {"kind": "warc", **item.record, **base}
        src = f"{source}@{item.record['offset']}"
        if "html" in item.content_type.lower() or sniff_content(item.payload[:4096]) == "html":
            yield html_page(src, item.payload, container, opts, url=item.url)
        else:
            yield RawInput(src, item.payload, container, url=item.url, site=opts.site)
