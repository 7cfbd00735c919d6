"""Open inputs as binary streams, decompressing gzip and zstd on the fly.

Compression is recognised by magic number (and the ``.gz``/``.zst`` extension), so a
compressed file without the extension, or standard input, is read the same way.  The
stream is buffered and supports ``peek`` so the content can be sniffed before it is read.
A truncated or corrupt compressed stream raises :class:`CorruptInput` at the point where
reading fails; pages read before that point have already been yielded.
"""

from __future__ import annotations

import io
import zlib
from typing import IO, Any

from cleaner.ingest.sniff import sniff_compression

#: Read size for streams and the look-ahead used to sniff their content.
CHUNK = 1 << 16


class CorruptInput(Exception):
    """A compressed stream is truncated or corrupt (the message says which and how)."""


#: Exceptions that mean "the compressed data is broken", per library.
DECOMPRESS_ERRORS: tuple[type[BaseException], ...] = (EOFError, zlib.error)
try:  # zstandard is a dependency, but keep the reader usable without it
    import zstandard

    DECOMPRESS_ERRORS = (*DECOMPRESS_ERRORS, zstandard.ZstdError)
except ImportError:  # pragma: no cover
    zstandard = None  # type: ignore[assignment]


class _Inflate:
    """gzip member decoder with the same shape as the zstd one below."""

    def __init__(self) -> None:
        self.d = zlib.decompressobj(31)

    def decompress(self, data: bytes) -> tuple[bytes, bytes]:
        """Output, and input that belongs to the next member."""
        out = self.d.decompress(data)
        return out, self.d.unused_data if self.d.eof else b""

    @property
    def eof(self) -> bool:
        return self.d.eof


class _Unzstd:
    def __init__(self) -> None:
        self.d = zstandard.ZstdDecompressor().decompressobj()

    def decompress(self, data: bytes) -> tuple[bytes, bytes]:
        out = self.d.decompress(data)
        return out, self.d.unused_data if self.d.eof else b""

    @property
    def eof(self) -> bool:
        return bool(self.d.eof)


class _Decompressed(io.RawIOBase):
    """A streaming decoder (all members/frames) that notices truncation.

    ``gzip.GzipFile`` and zstandard's ``stream_reader`` can end a stream cut in the
    middle with a short read and no error, so the decoder's own ``eof`` flag is checked
    when the input ends: a member still open then is a truncated file.
    """

    def __init__(self, fh: IO[bytes], compression: str) -> None:
        self.fh = fh
        self.compression = compression
        self.new = _Inflate if compression == "gzip" else _Unzstd
        self.d: _Inflate | _Unzstd = self.new()
        self.out = b""
        self.pending = b""
        self.started = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self.out:
            if self.pending:
                data, self.pending = self.pending, b""
            else:
                data = self.fh.read(CHUNK)
            if not data:
                if self.d.eof or not self.started:
                    return 0
                raise CorruptInput(
                    f"truncated {self.compression} stream (ended in the middle of a member)"
                )
            if self.d.eof:  # the previous member ended: this is the next one
                if not data.strip(b"\0"):
                    continue  # zero padding after the last member
                self.d = self.new()
            self.started = True
            try:
                self.out, self.pending = self.d.decompress(data)
            except DECOMPRESS_ERRORS as exc:  # zlib.error is one of them
                raise CorruptInput(f"corrupt {self.compression} stream ({exc})") from None
        n = min(len(b), len(self.out))
        b[:n] = self.out[:n]
        self.out = self.out[n:]
        return n


def open_stream(
    raw: IO[bytes], *, compression: str | None = None
) -> tuple[io.BufferedReader[Any], str | None]:
    """Wrap a binary stream: decompress if its first bytes say so; return it and the codec."""
    buffered: io.BufferedReader[Any] = (
        raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw, CHUNK)  # type: ignore[arg-type,type-var]
    )
    head = buffered.peek(4)[:4]
    comp = sniff_compression(head) or None
    if comp is None and compression and head:
        comp = None  # the name says compressed, the bytes do not: trust the bytes
    if comp is None:
        return buffered, None
    if comp == "zstd" and zstandard is None:  # pragma: no cover
        raise CorruptInput("zstd input needs the zstandard package")
    return io.BufferedReader(_Decompressed(buffered, comp), CHUNK), comp  # type: ignore[arg-type]


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
