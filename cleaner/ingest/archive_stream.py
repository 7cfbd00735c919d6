"""The bytes of a web archive, read gzip member by member so a bad member costs one record.

Crawlers write ``.warc.gz``/``.arc.gz`` as one gzip member per record, precisely so that a
reader can seek to a record and survive a damaged one.  Decompressing the file as a single
stream (``gzip.open``) loses that: the first corrupt member ends the archive.
:class:`ArchiveStream` decompresses one member at a time and remembers where each member
starts in the file; when a member is corrupt or cut short it raises :class:`BrokenMember`,
and :meth:`ArchiveStream.resync` continues at the next gzip header in the file (as
warcio's and the Internet Archive's readers do for their indexes).  An uncompressed
archive is the same stream without members.

Lines are found with ``bytes.find`` from where the last search stopped, so a very long
line costs linear time (a loop of ``readline`` joins would be quadratic), and every read
takes a limit: nothing here holds more than the caller asks for.
"""

from __future__ import annotations

import bisect
import zlib
from typing import IO

#: Raw bytes read from the file at a time.
RAW_CHUNK = 1 << 16
#: Most decompressed bytes produced from one raw chunk at a time (a "zip bomb" member
#: inflates in steps of this size, never all at once).
OUT_STEP = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b\x08"


class BrokenMember(Exception):
    """A gzip member is corrupt or cut short; the message says where and how."""


class ArchiveStream:
    """Decompressed archive bytes with line reads, pushback and member offsets.

    ``tell()`` is the offset in the decompressed stream; :meth:`raw_offset` gives, for a
    decompressed offset, the file offset of the gzip member it lies in, and whether it is
    that member's first byte (the offset a CDX index would give for the record).

    Examples
    --------
    >>> import gzip, io
    >>> s = ArchiveStream(io.BytesIO(gzip.compress(b"a\\nb") + gzip.compress(b"c\\n")), gz=True)
    >>> s.readline(10), s.read(1), s.tell()
    (b'a\\n', b'b', 3)
    >>> s.readline(10), s.readline(10), s.raw_offset(3), s.raw_offset(4)
    (b'c\\n', b'', (23, True), (23, False))
    """

    def __init__(self, raw: IO[bytes], *, gz: bool) -> None:
        self.raw = raw
        self.gz = gz
        self.buf = bytearray()
        self.pos = 0  # read position in buf
        self.base = 0  # decompressed offset of buf[0]
        self.raw_pos = 0  # file offset of the next raw byte to decompress (``pending[0]``)
        self.pending = b""  # raw bytes read from the file, not yet decompressed
        self.raw_eof = False
        self.d: zlib._Decompress | None = None  # the open member's decoder
        self.starts: list[int] = []  # decompressed offset where each member starts …
        self.raw_starts: list[int] = []  # … and its file offset

    # -- filling --------------------------------------------------------------------

    def _raw(self) -> bool:
        """Read more raw bytes into ``pending``; False at the end of the file."""
        if self.raw_eof:
            return False
        chunk = self.raw.read(RAW_CHUNK)
        if not chunk:
            self.raw_eof = True
            return False
        self.pending += chunk
        return True

    def _fill(self) -> bool:
        """Append more decompressed bytes to ``buf``; False at the end of the archive."""
        if not self.gz:
            if not self._raw():
                return False
            self.buf += self.pending
            self.raw_pos += len(self.pending)
            self.pending = b""
            return True
        while True:
            if self.d is None:  # between members
                self.pending = self.pending.lstrip(b"\0")  # zero padding after the last one
                if len(self.pending) < 3 and self._raw():
                    continue
                if not self.pending:
                    return False
                if not self.pending.startswith(_GZIP_MAGIC[: len(self.pending)]):
                    where = self.raw_pos
                    raise BrokenMember(f"no gzip member starts at offset {where}")
                self.d = zlib.decompressobj(31)
                self._mark(self.base + len(self.buf), self.raw_pos)
            if not self.pending and not self._raw():
                where = self.raw_starts[-1] if self.raw_starts else 0
                raise BrokenMember(f"truncated gzip member at offset {where} (the file ends)")
            data = self.pending
            try:
                out = self.d.decompress(data, OUT_STEP)
            except zlib.error as exc:
                where = self.raw_starts[-1] if self.raw_starts else 0
                raise BrokenMember(f"corrupt gzip member at offset {where} ({exc})") from None
            if self.d.eof:
                self.pending = self.d.unused_data
                self.d = None
            else:
                self.pending = self.d.unconsumed_tail
            self.raw_pos += len(data) - len(self.pending)
            if out:
                self.buf += out
                return True

    def _mark(self, dec: int, raw: int) -> None:
        if self.starts and self.starts[-1] == dec:  # an empty member: the later one counts
            self.raw_starts[-1] = raw
            return
        self.starts.append(dec)
        self.raw_starts.append(raw)
        if len(self.starts) > 4096:  # keep the table small: older members are behind us
            keep = bisect.bisect_right(self.starts, self.base) - 1
            if keep > 0:
                del self.starts[:keep], self.raw_starts[:keep]

    def _compact(self) -> None:
        if self.pos > RAW_CHUNK and self.pos * 2 > len(self.buf):
            del self.buf[: self.pos]
            self.base += self.pos
            self.pos = 0

    # -- reading --------------------------------------------------------------------

    def tell(self) -> int:
        return self.base + self.pos

    def raw_offset(self, offset: int) -> tuple[int, bool]:
        """``(file offset, exact)``: the file offset of ``offset`` in an uncompressed
        archive; in a gzip one the offset of its member, ``exact`` if it starts it."""
        if not self.gz:
            return offset, True
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return 0, offset == 0
        return self.raw_starts[i], self.starts[i] == offset

    def readline(self, limit: int) -> bytes:
        """Up to and including the next ``\\n``, at most ``limit`` bytes."""
        scanned = self.pos
        while True:
            end = self.buf.find(b"\n", scanned, self.pos + limit)
            if end >= 0:
                return self._take(end + 1 - self.pos)
            if len(self.buf) - self.pos >= limit:
                return self._take(limit)
            scanned = len(self.buf)  # searched up to here: never again (linear in the line)
            if not self._fill():
                return self._take(len(self.buf) - self.pos)

    def read(self, n: int) -> bytes:
        """Up to ``n`` bytes (fewer only at the end of the archive)."""
        while len(self.buf) - self.pos < n and self._fill():
            pass
        return self._take(min(n, len(self.buf) - self.pos))

    def skip(self, n: int) -> int:
        """Pass over up to ``n`` bytes without keeping them; the count passed."""
        done = 0
        while done < n:
            got = len(self._take(min(n - done, OUT_STEP)))
            if not got and not self._fill():
                break
            done += got
        return done

    def peek(self, n: int) -> bytes:
        while len(self.buf) - self.pos < n and self._fill():
            pass
        return bytes(self.buf[self.pos : self.pos + n])

    def unread(self, data: bytes) -> None:
        """Put bytes just read back in front (for resynchronising inside a record)."""
        if data:
            if self.pos >= len(data) and self.buf[self.pos - len(data) : self.pos] == data:
                self.pos -= len(data)
                return
            self.buf[: self.pos] = b""
            self.base += self.pos
            self.buf[:0] = data
            self.base -= len(data)
            self.pos = 0

    def _take(self, n: int) -> bytes:
        out = bytes(self.buf[self.pos : self.pos + n])
        self.pos += n
        self._compact()
        return out

    def resync(self) -> None:
        """After :class:`BrokenMember`: drop what is buffered and continue at the next
        gzip header after the broken member's start."""
        start = self.raw_starts[-1] if self.raw_starts else self.raw_pos
        # pending holds the raw bytes from raw_pos on; search them from past `start`
        skip = max(0, start + 1 - self.raw_pos)
        self.base += len(self.buf)
        self.buf = bytearray()
        self.pos = 0
        self.d = None
        while True:
            i = self.pending.find(_GZIP_MAGIC, skip)
            if i >= 0:
                self.raw_pos += i
                self.pending = self.pending[i:]
                return
            keep = max(0, len(self.pending) - 2)  # a magic may straddle two chunks
            self.raw_pos += keep
            self.pending = self.pending[keep:]
            skip = 0
            if not self._raw():
                self.raw_pos += len(self.pending)
                self.pending = b""
                return
