"""Bytes to text, exactly reversibly: how every input that is not already text is decoded.

The order is the one browsers and ftfy's ``guess_bytes`` use: a byte-order mark first,
then strict UTF-8, then UTF-16 without BOM (NUL bytes in alternating positions), then a
charset the page declares itself (XML prolog, HTML meta), then a detector
(charset-normalizer) whose GBK/GB2312 answers are widened to GB18030.  A decoding is
accepted only if re-encoding gives the same bytes back, so ``rebuild`` can be exact;
:func:`encode` is the inverse of :func:`decode`.  Bytes that are not text in any encoding
raise :class:`DecodeError` (the readers quarantine them).

>>> data = codecs.BOM_UTF8 + "第一条\\r\\n第二条\\r\\n".encode("utf-8")
>>> d = decode(data)
>>> d.text, d.encoding, d.bom, d.newline
('第一条\\n第二条\\n', 'utf-8', True, 'crlf')
>>> encode(d.text, d.encoding, bom=d.bom, newline=d.newline) == data
True
>>> decode("第一条 为了规范管理，制定本办法。".encode("gb18030")).encoding
'gb18030'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["DecodeError", "Decoded", "decode", "decode_bytes", "encode"]

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
    # Random bytes without a NUL decode as Latin-1 too: text that reads as nothing and is
    # full of control characters (which no real page has) is binary, not a page.
    if _plausibility(text) < 0.5 and _control_share(data) >= MIN_CONTROL_SHARE:
        raise DecodeError("binary file (not text)")
    return text, codecs.lookup(enc).name, False, conf


#: Share of C0 control bytes (besides tab, line ends and form feed) and DEL above which
#: an implausible decoding means binary data: random bytes have ~10 %, text ~0.
MIN_CONTROL_SHARE = 0.02
_CONTROLS = bytes([*range(0x01, 0x09), *range(0x0E, 0x20), 0x7F])


def _control_share(data: bytes, *, sample: int = 4096) -> float:
    """Share of control bytes in the first ``sample`` bytes.

    >>> _control_share(b"plain text"), _control_share(bytes(range(1, 33)))
    (0.0, 0.8125)
    """
    head = data[:sample]
    if not head:
        return 0.0
    return (len(head) - len(head.translate(None, _CONTROLS))) / len(head)


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
