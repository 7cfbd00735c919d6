"""Encodings told by the shape of their bytes: UTF-16/32 without a byte-order mark, and
the 7-bit escape encodings (ISO-2022-JP/KR, HZ).

UTF-32 and UTF-16 text of Latin script has NUL bytes in fixed positions (``D\\x00a\\x00``);
UTF-16 of other scripts has a high byte that takes few values (0x04 for Cyrillic, 0x30
and 0x4E-0x9F for Japanese), so one byte of each pair varies much less than the other, or
is always a plausible high byte.  ISO-2022 announces itself with escape sequences.
These checks run before strict UTF-8 (which accepts NULs and escapes) in
:func:`cleaner.ingest.detect.detect`.

>>> nul_pattern("Date: 2024".encode("utf-16-le")), nul_pattern("Hi".encode("utf-32-be"))
('utf-16-le', 'utf-32-be')
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from cleaner.ingest.langmodel import high_chars, score

__all__ = [
    "UTF16_ALPHABET_HIGH",
    "clean_text",
    "escape_encoding",
    "nul_pattern",
    "roundtrip",
    "utf16_shape",
]

#: High bytes of UTF-16 code units of Greek, Cyrillic, Hebrew, Arabic and Thai letters.
UTF16_ALPHABET_HIGH = (b"\x03", b"\x04", b"\x05", b"\x06", b"\x0e")
#: Mean log-likelihood per character above which an HZ reading is Chinese (a wrong
#: reading of ``~{`` in ASCII text gives rare characters, about -12).
MIN_HZ_QUALITY = -12.0


def roundtrip(data: bytes, codec: str) -> tuple[str, bool] | None:
    """``(text, exact)`` if ``data`` decodes strictly and re-encodes to the same text."""
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    try:
        back = text.encode(codec)
    except UnicodeEncodeError:
        return None
    if back == data:
        return text, True
    try:
        return (text, False) if back.decode(codec) == text else None
    except UnicodeDecodeError:
        return None


def nul_pattern(data: bytes) -> str | None:
    """UTF-32/UTF-16 byte order told by where NUL bytes fall in the first 4 KiB."""
    head = data[:4096]
    n = len(head) - len(head) % 4
    if n >= 4 and len(data) % 4 == 0:
        q = n // 4
        z = [head[i:n:4].count(0) for i in range(4)]
        if z[3] == q and z[2] >= 0.9 * q and z[0] < 0.5 * q:
            return "utf-32-le"
        if z[0] == q and z[1] >= 0.9 * q and z[3] < 0.5 * q:
            return "utf-32-be"
    n = len(head) - len(head) % 2
    if n >= 2 and len(data) % 2 == 0:
        h = n // 2
        even, odd = head[0:n:2].count(0), head[1:n:2].count(0)
        if odd >= 0.2 * h and even < 0.05 * h:
            return "utf-16-le"
        if even >= 0.2 * h and odd < 0.05 * h:
            return "utf-16-be"
    return None


def _entropy(data: bytes) -> float:
    """Shannon entropy of the byte values, in bits."""
    counts = np.bincount(np.frombuffer(data, dtype=np.uint8), minlength=256)
    p = counts[counts > 0] / max(1, len(data))
    return float(-(p * np.log2(p)).sum())


#: Bits by which the entropy of the bytes at even positions must exceed that at odd
#: positions (or the reverse) for UTF-16 without BOM or NUL: the high byte of a UTF-16
#: code unit takes few values (0x04 for Russian, 0x30 and 0x4E-0x9F for Japanese).
UTF16_SHAPE_BITS = 1.0
_UNCLEAN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")


# High bytes of UTF-16 code units in text: ASCII/Latin-1, Greek to Arabic, Thai, general
# punctuation, CJK punctuation and kana, Han, Hangul, full-width forms.
_UTF16_HIGH = bytes([0x00, *range(0x03, 0x07), 0x0E, 0x20, 0x30, *range(0x4E, 0xA0),
                     *range(0xAC, 0xD8), 0xFF])  # fmt: skip


def _high_share(data: bytes) -> float:
    return 1.0 - len(data.translate(None, _UTF16_HIGH)) / max(1, len(data))


def utf16_shape(data: bytes, *, bits: float = UTF16_SHAPE_BITS) -> str | None:
    """UTF-16 byte order told by which byte of each pair varies less, or which byte of
    each pair is always a plausible high byte (Han text varies a lot in both); None if
    neither."""
    head = data[:4096]
    n = len(head) - len(head) % 2
    if n < 16 or len(data) % 2:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    h_even, h_odd = _entropy(even), _entropy(odd)
    if h_even - h_odd > bits:
        return "utf-16-le"
    if h_odd - h_even > bits:
        return "utf-16-be"
    s_even, s_odd = _high_share(even), _high_share(odd)
    if s_odd >= 0.97 and s_even < 0.8:
        return "utf-16-le"
    if s_even >= 0.97 and s_odd < 0.8:
        return "utf-16-be"
    return None


def clean_text(text: str) -> bool:
    """No control, private-use or unassigned characters (what a wrong UTF-16 reading makes)."""
    if _UNCLEAN.search(text[:4096]):
        return False
    return not any(unicodedata.category(c) == "Cn" for c in text[:2048])


_ESCAPES: tuple[tuple[tuple[bytes, ...], tuple[str, ...]], ...] = (
    ((b"\x1b$)C",), ("iso2022_kr",)),
    (
        (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(I", b"\x1b$(D", b"\x1b$(Q", b"\x1b$A"),
        ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004"),
    ),
)


_SO, _SI, _ESC = 0x0E, 0x0F, 0x1B


def iso2022_cn(data: bytes) -> str | None:
    """Decode ISO-2022-CN with GB 2312 (RFC 1922: ``ESC $ ) A`` designates it, SO and
    SI shift in and out, a line end shifts out); None if the bytes use CNS 11643 or are
    not well formed.  Python has no codec for it, so there is no encoder either.

    >>> iso2022_cn(b"\\x1b$)A\\x0eVPND\\x0f ok")
    '中文 ok'
    """
    if any(m in data for m in (b"\x1b$)G", b"\x1b$*H", b"\x1b$+I", b"\x1b$+J")):
        return None  # CNS 11643 planes: no table here
    out: list[str] = []
    shifted = False
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == _ESC:
            if data[i + 1 : i + 4] != b"$)A":
                return None
            i += 4
        elif b == _SO:
            shifted, i = True, i + 1
        elif b == _SI:
            shifted, i = False, i + 1
        elif b in (0x0A, 0x0D):
            shifted = False
            out.append(chr(b))
            i += 1
        elif shifted:
            if i + 1 >= n or not (0x21 <= b <= 0x7E and 0x21 <= data[i + 1] <= 0x7E):
                return None
            try:
                out.append(bytes((b | 0x80, data[i + 1] | 0x80)).decode("gb2312"))
            except UnicodeDecodeError:
                return None
            i += 2
        else:
            out.append(chr(b))
            i += 1
    return "".join(out)


def escape_encoding(data: bytes) -> tuple[str, str, bool] | None:
    """``(text, codec, exact)`` for ISO-2022-JP/KR/CN by their escape sequences and HZ
    by ``~{ … ~}``; None for anything else.

    >>> escape_encoding("日本語".encode("iso2022_jp"))[:2]
    ('日本語', 'iso2022_jp')
    """
    if b"\x1b" in data:
        for marks, names in _ESCAPES:
            if any(m in data for m in marks):
                for name in names:
                    got = roundtrip(data, name)
                    if got is not None:
                        return got[0], name, got[1]
        if b"\x1b$)A" in data:
            cn = iso2022_cn(data)
            if cn is not None:
                return cn, "iso2022_cn", False  # no Python codec: the bytes are stored
    if b"~" in data and b"~{" in data and b"~}" in data:  # memchr first: "~{" scans slowly
        got = roundtrip(data, "hz")
        if got is not None and got[0] != data.decode("ascii"):
            counts = high_chars(got[0])
            if counts and score(counts, ("zh_hans",)) / sum(counts.values()) > MIN_HZ_QUALITY:
                return got[0], "hz", got[1]
    return None
