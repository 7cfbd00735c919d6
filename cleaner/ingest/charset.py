"""Bytes to text, exactly reversibly: how every input that is not already text is decoded.

Detection is :func:`cleaner.ingest.detect.detect`: a byte-order mark, UTF-16/32 told by
where the NUL bytes fall, ISO-2022/HZ by their escapes, strict UTF-8 (the fast path), the
charset the page declares (widened to its superset: GBK/GB2312 → GB18030, ISO-8859-1 →
CP1252 …) when it reads cleanly, then every legacy codec that decodes the bytes ranked by
a language model (:mod:`cleaner.ingest.langmodel`).  Each choice carries a confidence and
the runner-up (the best codec that reads the page differently), in :attr:`Decoded.extra`.
A decoding is accepted only if re-encoding gives the bytes back, or, for codecs with
duplicate mappings (CP932's NEC/IBM rows, ISO-2022), the same text back; then ``exact``
is false and the pipeline stores the original bytes so ``rebuild`` stays byte-exact.
:func:`encode` is the inverse of :func:`decode`.  Bytes that are not text in any encoding
raise :class:`DecodeError` (the readers quarantine them).

>>> import codecs
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

from dataclasses import dataclass, field
from typing import Any

from cleaner.ingest.detect import BOMS as _BOMS
from cleaner.ingest.detect import DecodeError, Detection, detect

__all__ = ["DecodeError", "Decoded", "decode", "decode_bytes", "detect_bytes", "encode"]

# Detector answers that are subsets of GB18030: decode with the superset.  (Used by
# cleaner.ingest.encoding for pages that decode nowhere exactly.)
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "big5hkscs": "big5hkscs",
    "ascii": "utf-8",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with what it takes to encode it back exactly.

    ``extra`` holds how the encoding was chosen: ``method`` (bom, nul, escape, utf-8,
    declared, detected, fallback), ``runner_up`` (the best codec that reads the page
    differently, or None) and ``exact`` (False when only the text round-trips).
    """

    text: str
    encoding: str
    bom: bool
    confidence: float
    newline: str  # "lf", "crlf", or "mixed" (then the read stage records each change)
    extra: dict[str, Any] = field(default_factory=dict)


def _looks_binary(data: bytes) -> bool:
    if data.find(b"\x00", 0, 4096) >= 0:
        return True
    # PDF, ZIP/Office, PNG, JPEG, GIF, gzip, zstd signatures
    return data.startswith(
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


_BOM_PREFIXES = tuple(b for b, _ in _BOMS)


def detect_bytes(data: bytes) -> Detection:
    """:func:`cleaner.ingest.detect.detect`, with binary data refused.

    >>> detect_bytes("Příliš žluťoučký kůň úpěl ďábelské ódy.".encode("cp1250")).encoding
    'cp1250'
    """
    if not data.startswith(_BOM_PREFIXES) and _looks_binary(data):
        det = detect(data)
        utf16 = det.encoding.startswith(("utf-16", "utf-32"))
        if det.method not in ("nul", "utf-8", "escape") and not utf16:
            raise DecodeError("binary file (not text)")
        return det
    det = detect(data)
    # Random bytes without a NUL decode as some 8-bit codec too: a reading the model
    # finds implausible, full of control characters (which no real page has), is binary.
    if det.method in ("detected", "fallback") and det.confidence <= 0.3:
        if _control_share(data) >= MIN_CONTROL_SHARE:
            raise DecodeError("binary file (not text)")
    return det


def decode_bytes(data: bytes) -> tuple[str, str, bool, float]:
    """Return ``(text, encoding, bom, confidence)`` or raise :class:`DecodeError`."""
    det = detect_bytes(data)
    return det.text, det.encoding, det.bom, det.confidence


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


def decode(data: bytes) -> Decoded:
    """Decode bytes and normalise uniform CRLF line ends (recorded in ``newline``)."""
    det = detect_bytes(data)
    text, enc, bom, conf = det.text, det.encoding, det.bom, det.confidence
    extra = {"method": det.method, "runner_up": det.runner_up, "exact": det.exact}
    if "\r" not in text:
        return Decoded(text, enc, bom, conf, "lf", extra)
    if text.count("\r\n") == text.count("\r") == text.count("\n"):
        return Decoded(text.replace("\r\n", "\n"), enc, bom, conf, "crlf", extra)
    return Decoded(text, enc, bom, conf, "mixed", extra)


def encode(text: str, encoding: str, *, bom: bool, newline: str) -> bytes:
    """Inverse of :func:`decode` for the text it returned."""
    if newline == "crlf":
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom:
        data = next(b for b, e in _BOMS if e == encoding) + data
    return data
