"""HTTP messages inside archive records: status, headers, and the body a browser would parse.

A ``response`` record holds the HTTP response as it came over the wire: the status line,
the headers, then the body with its transfer coding (``chunked``) and content coding
(``gzip``, ``deflate``, ``br`` when the brotli package is installed) still applied.
:func:`parse_response` splits the message and :func:`decode_body` undoes both codings.

Crawlers differ: some store the body already decoded but keep the headers, some write
``Transfer-Encoding: Chunked`` in any case, some drop the headers.  So a coding is undone
only when its framing is really there (gzip magic, a chunked body that parses to its
terminating ``0`` chunk), and a body whose headers say nothing is de-chunked only when the
whole body parses as chunks (a page cannot end in ``0\\r\\n\\r\\n`` framing by accident).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_STATUS = re.compile(rb"^HTTP/\d(?:\.\d)?\s+(\d{3})")
_CHUNK_SIZE = re.compile(rb"([0-9a-fA-F]{1,16})[ \t]*(?:;[^\r\n]*)?\r?\n")
_TRAILER = re.compile(rb"(?:[^\r\n]{1,1000}\r?\n){0,32}(?:\r?\n)?")


@dataclass(frozen=True, slots=True)
class HttpMessage:
    status: int | None
    headers: dict[str, str]  # lower-case names; repeated headers joined with ", "
    body: bytes


def parse_response(block: bytes) -> HttpMessage | None:
    """The HTTP response in a record's block, or ``None`` if it does not start with one.

    >>> m = parse_response(b"HTTP/1.1 302 Found\\r\\nLocation: /x\\r\\n\\r\\nmoved")
    >>> m.status, m.headers["location"], m.body
    (302, '/x', b'moved')
    """
    match = _STATUS.match(block)
    if not match:
        return None
    crlf = block.find(b"\r\n\r\n")
    lf = block.find(b"\n\n")
    ends = [(i, n) for i, n in ((crlf, 4), (lf, 2)) if i >= 0]
    end, sep = min(ends) if ends else (len(block), 0)
    headers: dict[str, str] = {}
    for line in block[:end].split(b"\n")[1:]:
        name, colon, value = line.partition(b":")
        if colon and name.strip():
            key = name.strip().decode("latin-1").lower()
            val = value.strip().decode("latin-1")
            headers[key] = f"{headers[key]}, {val}" if key in headers else val
    return HttpMessage(int(match.group(1)), headers, block[end + sep :])


def media_type(content_type: str) -> str:
    """``text/html; charset=gbk`` → ``text/html``."""
    return content_type.split(";", 1)[0].strip().lower()


def dechunk(body: bytes) -> bytes | None:
    """A chunked body joined, or ``None`` if it is not well-formed chunked framing.

    >>> dechunk(b"3\\r\\naaa\\r\\n2\\r\\nbb\\r\\n0\\r\\n\\r\\n"), dechunk(b"3\\naa")
    (b'aaabb', None)
    >>> dechunk(b"0\\r\\n<html>a page that starts with a zero line</html>") is None
    True
    """
    out: list[bytes] = []
    i = 0
    while True:
        m = _CHUNK_SIZE.match(body, i)
        if not m:
            return None
        size = int(m.group(1), 16)
        i = m.end()
        if size == 0:  # then trailer lines, if any, and a blank line: nothing else
            return b"".join(out) if _TRAILER.fullmatch(body, i) else None
        if i + size > len(body):
            return None
        out.append(body[i : i + size])
        i += size
        if body[i : i + 2] == b"\r\n":
            i += 2
        elif body[i : i + 1] == b"\n":
            i += 1
        else:
            return None


def _inflate(body: bytes, wbits: int, limit: int) -> bytes | None:
    d = zlib.decompressobj(wbits)
    try:
        out = d.decompress(body, limit + 1)
    except zlib.error:
        return None
    return out


def decode_body(msg: HttpMessage, *, limit: int) -> tuple[bytes, list[str]]:
    """The body without transfer and content coding, and the codings undone.

    Raises :class:`ValueError` naming the coding when the body is larger than ``limit``
    once decoded, or declares a coding whose data is broken.
    """
    body = msg.body
    done: list[str] = []
    te = msg.headers.get("transfer-encoding", "").lower()
    if "chunked" in te or body[:1] in _HEX:
        plain = dechunk(body)
        # without the header, only framing that parses to its end and holds something
        if plain is not None and ("chunked" in te or plain):
            body = plain
            done.append("chunked")
    for coding in reversed([c.strip() for c in msg.headers.get("content-encoding", "").split(",")]):
        coding = coding.lower()
        if coding in ("gzip", "x-gzip") and body[:2] == b"\x1f\x8b":
            out = _inflate(body, 47, limit)
        elif coding == "deflate" and body:
            out = _inflate(body, 15, limit)  # zlib-wrapped, as the RFC says …
            if out is None:
                out = _inflate(body, -15, limit)  # … or raw deflate, as some servers send
        elif coding == "br":
            out = _brotli(body)
        else:  # identity, unknown, or already decoded by the crawler
            continue
        if out is None:
            raise ValueError(f"Content-Encoding {coding}: body cannot be decoded")
        if len(out) > limit:
            raise ValueError(f"Content-Encoding {coding}: body larger than the page limit")
        body = out
        done.append(coding)
    return body, done


_HEX = frozenset(b"%x" % i for i in range(16)) | frozenset(b"%X" % i for i in range(10, 16))


def _brotli(body: bytes) -> bytes | None:
    try:
        import brotli  # type: ignore[import-not-found]
    except ImportError:
        raise ValueError("Content-Encoding br: needs the brotli package") from None
    try:
        return bytes(brotli.decompress(body))
    except brotli.error:
        return None
