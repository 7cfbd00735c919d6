"""What kind of input a file is, from its name and its first bytes.

The extension decides when it is one we know (after removing ``.gz``/``.zst``); otherwise
the content does: magic numbers for compression, Parquet, WARC and binary formats, then the
first non-blank bytes for HTML (``<!doctype html``, ``<html``, ``<head``, ``<body``) and
JSONL (a line that starts with ``{``).

A binary format is recognised by its structure, not by two letters: a magic made only of
printable ASCII (``BM``, ``MZ``, ``RIFF``, ``ID3``, ``GIF8``, ``%PDF`` …) can open a text
page (``BMW 3系新车发布…``, ``MZ Wallace…``), so each such magic is confirmed by the
header fields that follow it (the BMP file and DIB header sizes, the ``MZ`` header's
pointer to a ``PE\0\0`` signature or its NUL-filled fields, a RIFF form type …).
Magics that contain a control or non-ASCII byte (``\x89PNG``, ``\x7fELF``, ``PK\x03\x04``)
cannot start a text page and need no more.

Examples
--------
>>> sniff_name("pages.jsonl.gz")
('jsonl', 'gzip')
>>> sniff_content(b"WARC/1.0\\r\\n")
'warc'
>>> sniff_content(b"  <!DOCTYPE html><html>")
'html'
>>> sniff_content(b'<?xml version="1.0"?>\\n<rss version="2.0">'), sniff_content(b'[{"a": 1}]')
('feed', 'json')
>>> sniff_content("BMW 3系新车发布".encode("gbk"))
'text'
>>> sniff_content(b"BM" + (70).to_bytes(4, "little") + bytes(4) + (54).to_bytes(4, "little")
...               + (40).to_bytes(4, "little") + bytes(52))
'binary'
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable

#: Input kinds: what the reader does with the bytes.
KINDS = ("text", "html", "jsonl", "json", "feed", "parquet", "warc", "binary")

_EXT_KIND = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".rss": "feed",
    ".atom": "feed",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".warc": "warc",
    ".arc": "warc",
}
_EXT_COMPRESSION = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}
_MAGIC_COMPRESSION = ((b"\x1f\x8b", "gzip"), (b"\x28\xb5\x2f\xfd", "zstd"))
# formats we do not read: images, PDF, archives, office files, executables, audio/video.
# These magics contain a control or non-ASCII byte: no text page starts with them.
_MAGIC_BINARY = (
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"7z\xbc\xaf",
    b"Rar!\x1a\x07",
    b"\xfd7zXZ",
    b"\xd0\xcf\x11\xe0",
    b"OggS\x00",
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x20ftyp",
)
# bytes that never occur in a text page (NUL and the C0 controls other than \t \n \f \r
# and ESC); UTF-16 text has NULs, but never after an ASCII magic such as 'BM' or 'MZ'
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def _u16(head: bytes, at: int) -> int:
    return struct.unpack_from("<H", head, at)[0] if len(head) >= at + 2 else -1


def _u32(head: bytes, at: int) -> int:
    return struct.unpack_from("<I", head, at)[0] if len(head) >= at + 4 else -1


def _controls(head: bytes, n: int = 64) -> int:
    return len(_CONTROL.findall(head[:n]))


def _bmp(head: bytes) -> bool:
    # BITMAPFILEHEADER: size, two reserved zero words, pixel offset; then the DIB header
    # size, one of the known header versions (12 core … 124 V5)
    return (
        head[6:10] == b"\0\0\0\0"
        and 26 <= _u32(head, 10) < 1 << 28
        and _u32(head, 14) in (12, 16, 40, 52, 56, 64, 108, 124)
    )


def _mz(head: bytes) -> bool:
    # DOS/Windows executable: e_lfanew (0x3c) points to 'PE\0\0', or (DOS only) the
    # 64-byte header is full of small binary fields
    pe = _u32(head, 0x3C)
    if 0x40 <= pe <= len(head) - 4 and head[pe : pe + 4] == b"PE\0\0":
        return True
    return _controls(head) >= 8


def _riff(head: bytes) -> bool:
    # RIFF size, then a four-character form type (WAVE, AVI , WEBP …)
    return bool(re.fullmatch(rb"[A-Z0-9 ]{4}", head[8:12])) and _controls(head, 16) >= 1


def _id3(head: bytes) -> bool:
    # ID3v2: version 2-4, revision 0, flags, then a sync-safe size (high bits clear)
    return head[3:4] in (b"\x02", b"\x03", b"\x04") and head[4:5] == b"\x00"


def _gif(head: bytes) -> bool:
    return head[:6] in (b"GIF87a", b"GIF89a") and _controls(head, 13) >= 1


def _pdf(head: bytes) -> bool:
    return bool(re.match(rb"%PDF-\d\.\d", head))


def _bzip2(head: bytes) -> bool:
    return bool(re.match(rb"BZh[1-9]1AY&SY", head))


#: printable-ASCII magics and the structure check that confirms each one
_MAGIC_CHECKED: tuple[tuple[bytes, Callable[[bytes], bool]], ...] = (
    (b"BM", _bmp),
    (b"MZ", _mz),
    (b"RIFF", _riff),
    (b"ID3", _id3),
    (b"GIF8", _gif),
    (b"%PDF", _pdf),
    (b"BZh", _bzip2),
)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)


# RSS 2.0 (<rss>), RSS 1.0 (<rdf:RDF>) and Atom (<feed>), after an XML declaration,
# comments, processing instructions (stylesheets) or a doctype
_FEED_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?[^>]*>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b",
    re.I | re.S,
)


def sniff_name(name: str) -> tuple[str | None, str | None]:
    """``(kind, compression)`` from a file name; ``None`` where the name does not say."""
    lower = name.lower()
    compression = None
    for ext, comp in _EXT_COMPRESSION.items():
        if lower.endswith(ext):
            compression = comp
            lower = lower[: -len(ext)]
            break
    dot = lower.rfind(".")
    kind = _EXT_KIND.get(lower[dot:]) if dot >= 0 else None
    return kind, compression


def sniff_compression(head: bytes) -> str | None:
    for magic, comp in _MAGIC_COMPRESSION:
        if head.startswith(magic):
            return comp
    return None


def sniff_content(head: bytes) -> str:
    """The kind of (decompressed) content from its first few KB."""
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if head.startswith(_MAGIC_BINARY):
        return "binary"
    for magic, check in _MAGIC_CHECKED:
        if head.startswith(magic) and check(head):
            return "binary"
    if _HTML_START.match(head[:4096]):
        return "html"
    if _FEED_START.match(head[:4096]):
        return "feed"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0].rstrip()
        if first.endswith(b"}") or len(first) >= len(stripped) - 1:
            return "jsonl"
        if re.match(rb"\{\s*\"", stripped):  # a pretty-printed object: {\n  "data": …
            return "json"
    if re.match(rb"\[\s*[{\]]", stripped):  # an array of objects
        return "json"
    return "text"
