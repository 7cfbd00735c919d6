"""Read inputs into raw pages: text files, directories and JSONL batches.

Decoding follows the order browsers and ftfy's ``guess_bytes`` use: a byte-order mark
first, then strict UTF-8, then UTF-16 without BOM (NUL bytes in alternating positions),
then a detector (charset-normalizer) whose GBK/GB2312 answers are widened to GB18030.  A
decoding is accepted only if re-encoding gives the same bytes back, so ``rebuild`` can be
exact.  Inputs that cannot be read become :class:`Quarantined` entries with a reason;
they never stop the batch.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner.model import RawInput

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
    for enc, conf in candidates:
        text = _roundtrips(data, enc)
        if text is not None:
            return text, codecs.lookup(enc).name, False, conf
    raise DecodeError("not text in any supported encoding")


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


def iter_files(paths: list[Path]) -> Iterator[Path | Quarantined]:
    """Expand inputs: files as given, directories recursively in sorted order."""
    for p in paths:
        if not p.exists():
            yield Quarantined(str(p), "no such file or directory", code="not_found")
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        else:
            yield p


def _jsonl_envelope(line: str, text: str) -> dict[str, Any] | None:
    """Find the text field's literal in the line so the line can be rebuilt exactly."""
    for style, literal in (
        ("unicode", json.dumps(text, ensure_ascii=False)),
        ("ascii", json.dumps(text)),
    ):
        if line.count(literal) == 1:
            i = line.index(literal)
            return {"prefix": line[:i], "suffix": line[i + len(literal) :], "style": style}
    return None


def read_inputs(
    paths: list[Path], *, text_field: str = TEXT_FIELD
) -> Iterator[RawInput | Quarantined]:
    """Yield every page of every input, or a :class:`Quarantined` entry for what fails."""
    for item in iter_files(paths):
        if isinstance(item, Quarantined):
            yield item
            continue
        source = str(item)
        if item.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl(item, text_field)
            continue
        try:
            data = item.read_bytes()
        except OSError as exc:
            yield Quarantined(source, f"cannot read file: {exc.strerror or exc}", code="unreadable")
            continue
        if not data.strip():
            yield Quarantined(source, "empty file", data, code="empty")
            continue
        yield RawInput(source=source, data=data, container={"kind": "file"})


def _read_jsonl(path: Path, text_field: str) -> Iterator[RawInput | Quarantined]:
    """Stream a JSONL batch line by line (memory stays flat in the file size)."""
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Quarantined(source, f"cannot read file: {exc.strerror or exc}", code="unreadable")
        return
    seen_any = False
    with fh:
        for n, line_bytes in enumerate(fh, start=1):
            seen_any = seen_any or bool(line_bytes.strip())
            raw = line_bytes[:-1] if line_bytes.endswith(b"\n") else line_bytes
            yield from _jsonl_record(source, n, raw, text_field)
    if not seen_any:
        yield Quarantined(source, "empty file", b"", code="empty")


def _jsonl_record(
    source: str, n: int, raw: bytes, text_field: str
) -> Iterator[RawInput | Quarantined]:
    """One JSONL line → a page, or a quarantine entry naming the line and the problem."""
    body = raw[:-1] if raw.endswith(b"\r") else raw
    if not body.strip():
        return
    try:
        line = body.decode("utf-8")
        obj = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Quarantined(source, f"line {n}: invalid JSON ({exc})", raw, n, "invalid_json")
        return
    if not isinstance(obj, dict) or not isinstance(obj.get(text_field), str):
        yield Quarantined(
            source, f"line {n}: no string field {text_field!r}", raw, n, "missing_field"
        )
        return
    text = obj[text_field]
    env = _jsonl_envelope(line, text)
    container: dict[str, Any] = {"kind": "jsonl", "line": n, "crlf": raw.endswith(b"\r")}
    if env is not None:
        container["envelope"] = env
    rid = obj.get("id")
    url = obj.get("url")
    yield RawInput(
        source=f"{source}:{n}",
        data=raw,
        container=container,
        text=text,
        record_id=str(rid) if rid is not None else None,
        url=url if isinstance(url, str) else None,
    )
