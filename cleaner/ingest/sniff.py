"""What kind of input a file is, from its name and its first bytes.

The extension decides when it is one we know (after removing ``.gz``/``.zst``); otherwise
the content does: magic numbers for compression, Parquet, WARC and binary formats, then the
first non-blank bytes for HTML (``<!doctype html``, ``<html``, ``<head``, ``<body``) and
JSONL (a line that starts with ``{``).

Examples
--------
>>> sniff_name("pages.jsonl.gz")
('jsonl', 'gzip')
>>> sniff_content(b"WARC/1.0\\r\\n")
'warc'
>>> sniff_content(b"  <!DOCTYPE html><html>")
'html'
"""

from __future__ import annotations

import re

#: Input kinds: what the reader does with the bytes.
KINDS = ("text", "html", "jsonl", "parquet", "warc", "binary")

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
    ".parquet": "parquet",
    ".pq": "parquet",
    ".warc": "warc",
    ".arc": "warc",
}
_EXT_COMPRESSION = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}
_MAGIC_COMPRESSION = ((b"\x1f\x8b", "gzip"), (b"\x28\xb5\x2f\xfd", "zstd"))
# formats we do not read: images, PDF, archives, office files, executables, audio/video
_MAGIC_BINARY = (
    b"%PDF",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"BM",
    b"RIFF",
    b"\x7fELF",
    b"MZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"BZh",
    b"\xfd7zXZ",
    b"\xd0\xcf\x11\xe0",
    b"OggS",
    b"ID3",
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x20ftyp",
)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title)\b",
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
    if _HTML_START.match(head[:4096]):
        return "html"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0].rstrip()
        if first.endswith(b"}") or len(first) >= len(stripped) - 1:
            return "jsonl"
    return "text"
