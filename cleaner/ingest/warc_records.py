"""Records of WARC (1.0/1.1) and ARC (v1/v2) archives, one at a time, with resynchronisation.

A WARC record is a header block (``WARC/1.1`` then ``Name: value`` lines and a blank
line), ``Content-Length`` bytes of content and a ``\\r\\n\\r\\n`` trailer.  An ARC record
(the Internet Archive's format before WARC, still in old crawls) is one header line,
``URL IP-address archive-date content-type [v2: result-code checksum location offset
filename] length``, then ``length`` bytes and a ``\\n``; its first record, ``filedesc://…``,
describes the file (read here as a ``warcinfo`` record).

A record that cannot be read becomes a :class:`RecordProblem` naming its offset, the
reason and a short reason code, and reading goes on at the next record:

* a corrupt or truncated gzip member (``corrupt``/``truncated``): at the next gzip member;
* a ``Content-Length`` that does not end at a record boundary (``corrupt``): at the next
  line that starts a record (``WARC/1.`` or an ARC header line), searched from the end of
  the record's header, so a too-long length that swallowed the next record loses nothing;
* a header line longer than :data:`MAX_HEADER_LINE`, a header block over
  :data:`MAX_HEADER_BYTES` or content over the page limit (``too_large``): the record is
  passed over without being held, and its first bytes are copied.

The same scheme as warcio's and jwat's readers; the difference is that a bad record costs
that record, not the rest of the archive.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from cleaner.ingest.archive_stream import ArchiveStream, BrokenMember

#: Longest header line (a ``WARC-Target-URI`` of a data: URL can be long; 64 KB is far
#: past any real one, and bounds the memory of a line that never ends).
MAX_HEADER_LINE = 64 * 1024
#: Largest header block of one record.
MAX_HEADER_BYTES = 1024 * 1024
#: Bytes of a bad record copied to quarantine.
COPY_HEAD = 1024 * 1024

# "http://x/ 1.2.3.4 20240301080000 text/html 1234": URL, IP, 12-14 digit date …, length
_ARC_LINE = re.compile(rb"^\S+ \S+ \d{12,14} [^\n]*?\d+\r?\n")


@dataclass(slots=True)
class Record:
    """One archive record: its type, headers (lower-case names) and content block."""

    fmt: str  # "warc" or "arc"
    type: str  # WARC-Type: response, resource, request, … ("warcinfo" for ARC filedesc)
    headers: dict[str, str]
    block: bytes
    offset: int  # in the file: of the record, or (gzip) of its member
    exact: bool  # the record starts its gzip member (or the archive is not compressed)
    position: int  # in the decompressed stream


@dataclass(slots=True)
class RecordProblem:
    """A record (or stretch of bytes) that could not be read, and why."""

    offset: int
    reason: str
    code: str
    data: bytes = b""
    extra: dict[str, str] = field(default_factory=dict)


class _BadRecord(Exception):
    def __init__(self, reason: str, code: str, *, resync: bool = True) -> None:
        super().__init__(reason)
        self.code = code
        self.resync = resync


def iter_records(stream: ArchiveStream, *, max_bytes: int) -> Iterator[Record | RecordProblem]:
    """Every record of the archive, or a :class:`RecordProblem` in its place."""
    reader = _Reader(stream, max_bytes)
    while True:
        try:
            item = reader.next()
        except BrokenMember as exc:
            offset, _ = stream.raw_offset(reader.start)
            code = "truncated" if "truncated" in str(exc) else "corrupt"
            yield RecordProblem(offset, str(exc), code, bytes(reader.copy))
            stream.resync()
            continue
        except _BadRecord as exc:
            offset, _ = stream.raw_offset(reader.start)
            data = bytes(reader.copy)
            broken = False
            if exc.resync:
                try:
                    data += reader.to_next_record()
                except BrokenMember:  # the member breaks before the next record: the
                    broken = True  # bad record's own bytes are its copy; resync below
            yield RecordProblem(offset, str(exc), exc.code, data[:COPY_HEAD])
            if broken:
                stream.resync()
            continue
        if item is None:
            return
        yield item


class _Reader:
    def __init__(self, stream: ArchiveStream, max_bytes: int) -> None:
        self.s = stream
        self.max_bytes = max_bytes
        self.start = 0
        self.copy = bytearray()  # the record's bytes so far (up to COPY_HEAD), for quarantine
        # a broken member met while looking past the end of a good record: that record
        # is yielded, and the error is the next record's
        self.deferred: BrokenMember | None = None

    def _keep(self, data: bytes) -> None:
        if len(self.copy) < COPY_HEAD:
            self.copy += data[: COPY_HEAD - len(self.copy)]

    def _line(self) -> bytes:
        line = self.s.readline(MAX_HEADER_LINE)
        self._keep(line)
        if len(line) == MAX_HEADER_LINE and not line.endswith(b"\n"):
            while True:  # pass over the rest of the line without holding it
                more = self.s.readline(MAX_HEADER_LINE)
                if not more or more.endswith(b"\n"):
                    break
            raise _BadRecord(
                f"header line longer than {MAX_HEADER_LINE // 1024} KB: record not read",
                "too_large",
            )
        return line

    def next(self) -> Record | None:
        self.copy = bytearray()
        if self.deferred is not None:
            exc, self.deferred = self.deferred, None
            self.start = self.s.tell()
            raise exc
        while True:  # blank lines between records are tolerated
            self.start = self.s.tell()
            line = self.s.readline(MAX_HEADER_LINE)
            if not line:
                return None
            if line.strip():
                break
        self._keep(line)
        if line.startswith(b"WARC/"):
            fmt = "warc"
            headers = self._warc_headers()
            rtype = headers.get("warc-type", "").lower()
            length_text = headers.get("content-length", "")
        elif _ARC_LINE.match(line):
            fmt = "arc"
            headers = _arc_headers(line)
            rtype = headers["warc-type"]
            length_text = headers["content-length"]
        else:
            raise _BadRecord("no WARC or ARC record starts here", "corrupt")
        if not length_text.isdigit():
            raise _BadRecord(f"bad or missing Content-Length {length_text!r}", "corrupt")
        length = int(length_text)
        if length > self.max_bytes:
            self._keep(self.s.read(min(length, COPY_HEAD)))
            self.s.skip(length - min(length, COPY_HEAD))
            self._trailer(fmt, b"")
            mb = self.max_bytes / (1024 * 1024)
            raise _BadRecord(
                f"record of {length} bytes is larger than the page limit ({mb:g} MB): not read "
                f"(first {COPY_HEAD // 1024} KB copied)",
                "too_large",
                resync=False,
            )
        block = self.s.read(length)
        if len(block) < length:
            if self._resume_inside(block):  # the length ran over the next record
                raise _BadRecord(
                    f"Content-Length {length} does not end at a record boundary", "corrupt"
                )
            raise _BadRecord(
                f"archive ends inside the record (Content-Length {length}, {len(block)} bytes "
                "left)",
                "truncated",
                resync=False,
            )
        self._trailer(fmt, block)
        if not rtype:
            self._keep(block)
            raise _BadRecord("WARC record without WARC-Type", "corrupt", resync=False)
        offset, exact = self.s.raw_offset(self.start)
        return Record(fmt, rtype, headers, block, offset, exact, self.start)

    def _warc_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        total = 0
        last = ""
        while True:
            line = self._line()
            total += len(line)
            if not line.endswith(b"\n"):
                raise _BadRecord("archive ends inside the WARC header", "corrupt", resync=False)
            if total > MAX_HEADER_BYTES:
                raise _BadRecord(
                    f"WARC header larger than {MAX_HEADER_BYTES // 1024} KB", "too_large"
                )
            if line in (b"\r\n", b"\n"):
                return headers
            if line[:1] in (b" ", b"\t") and last:  # a folded (continued) header line
                headers[last] += " " + line.strip().decode("utf-8", "replace")
                continue
            name, sep, value = line.partition(b":")
            if not sep or not name.strip():
                raise _BadRecord(f"not a WARC header line: {line[:60]!r}", "corrupt")
            last = name.strip().decode("latin-1").lower()
            headers.setdefault(last, value.strip().decode("utf-8", "replace"))

    def _trailer(self, fmt: str, block: bytes) -> None:
        """Pass the record's trailing newlines; check that the next record (or the end)
        follows, else the Content-Length was wrong and we resynchronise."""
        try:
            ws = self.s.peek(4)
            n = len(ws) - len(ws.lstrip(b"\r\n"))
            ws = self.s.read(n)
            nxt = self.s.peek(MAX_HEADER_LINE if fmt == "arc" else 8)
        except BrokenMember as exc:  # the next member is broken: this record is whole
            self.deferred = exc
            return
        if not nxt or _starts_record(nxt):
            return
        self.s.unread(ws)
        self._resume_inside(block)
        raise _BadRecord(
            f"Content-Length {len(block)} does not end at a record boundary", "corrupt"
        )

    def _resume_inside(self, block: bytes) -> bool:
        """A length too long swallowed the next record: find its start in the block and
        put the rest back to be read; the part before is this record's (kept)."""
        for m in re.finditer(rb"\n(?=WARC/1\.|\S+ \S+ \d{12,14} )", block):
            if _starts_record(block[m.end() : m.end() + MAX_HEADER_LINE]):
                self.s.unread(block[m.end() :])
                self._keep(block[: m.end()])
                return True
        self._keep(block)
        return False

    def to_next_record(self) -> bytes:
        """Pass over bytes until a line that starts a record (left unread); what was
        passed, up to :data:`COPY_HEAD`."""
        passed = bytearray()
        while True:
            line = self.s.readline(MAX_HEADER_LINE)
            if not line:
                return bytes(passed)
            if _starts_record(line):
                self.s.unread(line)
                return bytes(passed)
            if len(passed) < COPY_HEAD:
                passed += line[: COPY_HEAD - len(passed)]


def _starts_record(head: bytes) -> bool:
    return head.startswith(b"WARC/1.") or bool(_ARC_LINE.match(head))


def _arc_headers(line: bytes) -> dict[str, str]:
    """WARC-style headers for an ARC v1 (5 fields) or v2 (10 fields) header line."""
    text = line.decode("utf-8", "replace").rstrip("\r\n")
    parts = text.split(" ")
    if len(parts) == 10:
        url, ip, date, ctype, status = parts[:5]
    else:  # v1; a URL with spaces keeps them
        url, ip, date, ctype, _ = text.rsplit(" ", 4)
        status = ""
    d = date.ljust(14, "0")
    headers = {
        "warc-type": "warcinfo" if url.startswith("filedesc:") else "response",
        "warc-target-uri": url,
        "warc-ip-address": ip,
        "warc-date": f"{d[:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}Z",
        "content-type": ctype,
        "content-length": parts[-1],
    }
    if status.isdigit():
        headers["arc-result-code"] = status
    return headers
