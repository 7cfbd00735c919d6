"""Open inputs as binary streams, decompressing gzip and zstd on the fly.

Compression is recognised by magic number (and the ``.gz``/``.zst`` extension), so a
compressed file without the extension, or standard input, is read the same way.  The
stream is buffered and supports ``peek`` so the content can be sniffed before it is read.
A truncated or corrupt compressed stream raises :class:`CorruptInput` at the point where
reading fails; pages read before that point have already been yielded.

Decoding is bounded: gzip through ``zlib`` with ``max_length``, zstd through Arrow's
streaming decoder (``zstandard``'s ``decompressobj`` has no output limit), never more than
a read's worth (≤ 1 MB) at a time, handed out from a buffer with an offset.  The total
output and the expansion ratio are checked against a :class:`Budget` as they grow; past
it :class:`~cleaner.ingest.limits.OverBudget` is raised (``too_large``, ``bomb``).
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from typing import IO, Any

from cleaner.ingest.limits import OverBudget
from cleaner.ingest.sniff import sniff_compression

__all__ = ["CHUNK", "Budget", "CorruptInput", "OverBudget", "open_stream", "read_all"]

#: Read size for streams and the look-ahead used to sniff their content.
CHUNK = 1 << 16


class CorruptInput(Exception):
    """A compressed stream is truncated or corrupt (the message says which and how)."""


@dataclass(frozen=True, slots=True)
class Budget:
    """How far one compressed stream may expand (see :class:`cleaner.ingest.limits.ReadConfig`)."""

    max_bytes: int = 8 << 30
    max_ratio: int = 1000
    grace_bytes: int = 64 << 20


#: Exceptions that mean "the compressed data is broken", per library.
DECOMPRESS_ERRORS: tuple[type[BaseException], ...] = (EOFError, zlib.error)
try:  # the WARC reader's decoders may raise zstandard's error
    import zstandard

    DECOMPRESS_ERRORS = (*DECOMPRESS_ERRORS, zstandard.ZstdError)
except ImportError:  # pragma: no cover
    pass

#: Largest piece decompressed at once: the decoder's output is bounded by this, however
#: far a few input bytes expand (a zstd block of 4 bytes can expand to 128 KB).
_PIECE = 1 << 20


class _Counted:
    """A binary file that counts the bytes read from it (the compressed side)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.count = 0
        self.closed = False

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.count += len(data)
        return data

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


class _Inflate:
    """gzip (all members) with bounded output: ``zlib`` with ``max_length``."""

    def __init__(self, fh: _Counted) -> None:
        self.fh = fh
        self.d = zlib.decompressobj(31)
        self.pending = b""
        self.started = False

    def next(self, n: int) -> bytes:
        """Up to ``n`` decompressed bytes; ``b""`` at the end of the stream."""
        while True:
            if self.pending:
                data, self.pending = self.pending, b""
            else:
                data = self.fh.read(CHUNK)
            if self.d.eof:  # the previous member ended: this is the next one, or padding
                if not data:
                    return b""
                if not data.strip(b"\0"):
                    continue  # zero padding after the last member
                self.d = zlib.decompressobj(31)
            elif not data and not self.started:
                return b""
            self.started = True
            try:
                out = self.d.decompress(data, n)
            except zlib.error as exc:
                raise CorruptInput(f"corrupt gzip stream ({exc})") from None
            self.pending = self.d.unused_data if self.d.eof else self.d.unconsumed_tail
            if out:
                return out
            if not data and not self.pending and not self.d.eof:
                raise CorruptInput("truncated gzip stream (ended in the middle of a member)")


class _Unzstd:
    """zstd (all frames) with bounded output and truncation noticed: Arrow's decoder.

    ``zstandard``'s ``decompressobj`` has no output limit (a 64 KB read of a bomb can
    produce gigabytes at once) and its ``stream_reader`` ends a truncated frame quietly;
    Arrow's ``CompressedInputStream`` does neither.
    """

    def __init__(self, fh: _Counted) -> None:
        import pyarrow as pa

        self.pa = pa
        self.s = pa.CompressedInputStream(pa.PythonFile(fh, mode="r"), "zstd")

    def next(self, n: int) -> bytes:
        try:
            return bytes(self.s.read(n))
        except (OSError, self.pa.ArrowException) as exc:
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if "runcated" in msg:
                raise CorruptInput(
                    "truncated zstd stream (ended in the middle of a frame)"
                ) from None
            raise CorruptInput(f"corrupt zstd stream ({msg})") from None


class _Decompressed(io.RawIOBase):
    """A streaming decoder (all members/frames) that notices truncation and bombs.

    ``gzip.GzipFile`` and zstandard's ``stream_reader`` can end a stream cut in the
    middle with a short read and no error, so the decoder's own end-of-member state is
    checked when the input ends: a member still open then is a truncated file.  The
    decoder never produces more than one read's worth (at most 1 MB) at a time, the output
    is handed out from a buffer with an offset (never re-sliced), and the total output
    and the expansion ratio are checked against ``budget`` as it goes.
    """

    def __init__(self, fh: IO[bytes], compression: str, budget: Budget) -> None:
        self.fh = _Counted(fh)
        self.compression = compression
        self.budget = budget
        self.d: _Inflate | _Unzstd = (
            _Inflate(self.fh) if compression == "gzip" else _Unzstd(self.fh)
        )
        self.buf = b""
        self.pos = 0
        self.total = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self.pos >= len(self.buf):
            self.buf = self.d.next(min(len(b), _PIECE))
            self.pos = 0
            if not self.buf:
                return 0
            self.total += len(self.buf)
            self._check()
        n = min(len(b), len(self.buf) - self.pos)
        b[:n] = self.buf[self.pos : self.pos + n]
        self.pos += n
        return n

    def _check(self) -> None:
        budget, total = self.budget, self.total
        if total > budget.max_bytes:
            raise OverBudget(
                "too_large",
                f"{self.compression} input expands to more than {_size(budget.max_bytes)} "
                "([read] max_decompressed_bytes): not processed",
            )
        if total > budget.grace_bytes and total > budget.max_ratio * max(1, self.fh.count):
            raise OverBudget(
                "bomb",
                f"{self.compression} input expands more than {budget.max_ratio}× "
                f"({_size(self.fh.count)} to over {_size(total)}; [read] max_ratio): "
                "a decompression bomb?",
            )


def _size(n: int) -> str:
    """``n`` bytes for a message: ``256 MB``, ``2 GB``, ``33 KB``."""
    for unit, step in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= step:
            return f"{n / step:.3g} {unit}"
    return f"{n} bytes"


def open_stream(
    raw: IO[bytes], *, compression: str | None = None, budget: Budget | None = None
) -> tuple[io.BufferedReader[Any], str | None]:
    """Wrap a binary stream: decompress if its first bytes say so; return it and the codec.

    ``budget`` bounds what a compressed stream may expand to; reading past it raises
    :class:`OverBudget`.
    """
    buffered: io.BufferedReader[Any] = (
        raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw, CHUNK)  # type: ignore[arg-type,type-var]
    )
    head = buffered.peek(4)[:4]
    comp = sniff_compression(head) or None
    if comp is None and compression and head:
        comp = None  # the name says compressed, the bytes do not: trust the bytes
    if comp is None:
        return buffered, None
    dec = _Decompressed(buffered, comp, budget or Budget())
    return io.BufferedReader(dec, CHUNK), comp  # type: ignore[arg-type]


def read_all(stream: IO[bytes], *, limit: int) -> bytes | None:
    """Read a stream to the end, or return ``None`` once it passes ``limit`` bytes."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(CHUNK * 16)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)


def utf16_json(head: bytes) -> str | None:
    """The UTF-16 codec a JSON or JSONL file is written in (Windows PowerShell's
    ``Out-File`` default), by its byte-order mark or by the NUL beside its first
    ``{``/``[``; ``None`` for any other file.  The codec keeps a mark as U+FEFF.

    >>> heads = (b"\\xff\\xfe{\\x00", b"[\\x00{\\x00", b"\\x00{", b"{}", b"\\xff\\xfe\\x00\\x00")
    >>> [utf16_json(b) for b in heads]
    ['utf-16-le', 'utf-16-le', 'utf-16-be', None, None]
    """
    if head[:4] == b"\xff\xfe\x00\x00":  # UTF-32-LE's mark starts the same way
        return None
    if head[:2] == b"\xff\xfe" or (head[:1] in (b"{", b"[") and head[1:2] == b"\x00"):
        return "utf-16-le"
    if head[:2] == b"\xfe\xff" or (head[:1] == b"\x00" and head[1:2] in (b"{", b"[")):
        return "utf-16-be"
    return None


class _Utf8From(io.RawIOBase):
    """A UTF-16 stream read as UTF-8 (decoded piece by piece; a bad pair becomes U+FFFD,
    so the record holding it fails its rebuild check rather than the whole file)."""

    def __init__(self, fh: IO[bytes], codec: str) -> None:
        import codecs

        self.fh = fh
        self.dec = codecs.getincrementaldecoder(codec)("replace")
        self.buf = b""
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while self.pos >= len(self.buf):
            data = self.fh.read(CHUNK)
            self.buf = self.dec.decode(data, final=not data).encode("utf-8", "surrogatepass")
            self.pos = 0
            if not data and not self.buf:
                return 0
        n = min(len(b), len(self.buf) - self.pos)
        b[:n] = self.buf[self.pos : self.pos + n]
        self.pos += n
        return n


def as_utf8(stream: IO[bytes], codec: str) -> io.BufferedReader[Any]:
    """``stream`` (in ``codec``) as a buffered UTF-8 stream."""
    return io.BufferedReader(_Utf8From(stream, codec), CHUNK)  # type: ignore[arg-type]
