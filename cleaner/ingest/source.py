"""What every reader shares: an input that is not a local file, a quarantined input, page ids.

Kept apart from :mod:`cleaner.ingest.readers` (the dispatcher) so that the readers of each
kind (Parquet, WARC) and the distributed engine's file system import these without
importing the dispatcher that imports them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

__all__ = [
    "MAX_COPY_BYTES",
    "STDIN",
    "OtherFile",
    "Quarantined",
    "copy_name",
    "copy_of",
    "is_page_id",
    "page_id_for",
    "source_name",
]


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input (or one line of one) that could not be read, and why."""

    source: str
    reason: str
    data: bytes | None = None
    line: int | None = None
    code: str = "unreadable"  # short reason id for counters: empty, binary, invalid_json …


class OtherFile(Protocol):
    """An input file that is not a local path (a file of another pyarrow filesystem,
    :class:`cleaner.engines.ray_fs.RemoteFile`): what the readers need of it.  ``str()``
    gives its source (for pages and quarantine entries)."""

    @property
    def name(self) -> str: ...  # its file name, for sniffing the kind and compression

    def open(self, mode: str) -> IO[bytes]: ...

    def copy(self) -> bytes | None: ...  # its bytes for a quarantine copy (None: too large)

    def parquet_source(self) -> Any: ...  # a seekable file pyarrow reads Parquet from


def source_name(path: Path | OtherFile) -> str:
    """The source of pages read from ``path``: its name as text.

    A file name that is not UTF-8 (decoded by Python with ``surrogateescape``) cannot be
    written to a JSON output; its undecodable bytes are shown as ``\\xff`` escapes.
    """
    name = str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


#: What a page id is (:func:`page_id_for`: 16 hex digits; the Ray engine's are the same).
#: Ids read back from output files are checked against it before they name a file, so a
#: crafted ``../../x`` in ``pages.jsonl`` cannot make ``rebuild`` read outside the folder.
_PAGE_ID = re.compile(r"[0-9a-f]{16}")


def is_page_id(text: str) -> bool:
    """Whether ``text`` is a page id :func:`page_id_for` could have made (safe in a path)."""
    return _PAGE_ID.fullmatch(text) is not None


#: Longest quarantine copy name in bytes: file systems allow 255, and an input's own name
#: may already be that long before the number and ``.lineN`` are added.
MAX_COPY_NAME = 200


def copy_name(number: int, source: str, line: int | None = None) -> str:
    """The file name of a quarantine copy: ``00001_name.ext`` (``.lineN`` for a line).

    A whole input's copy holds its original bytes (compressed or not); a line's or row's
    copy holds the record as read, decompressed, so ``.gz``/``.zst`` is left out of its
    name.

    A name longer than :data:`MAX_COPY_NAME` bytes is cut at a character boundary and
    keeps its extension and 12 hex digits of a hash of the whole source, so copies of
    different inputs never collide and no name raises ``ENAMETOOLONG``.

    >>> copy_name(3, "/in/batch.jsonl.gz", 7)
    '00003_batch.jsonl.line7'
    >>> long = copy_name(1, "/in/" + "长" * 82 + ".txt")
    >>> len(long.encode()) <= 200, long.endswith(".txt")
    (True, True)
    """
    base = source.rsplit("/", 1)[-1] or "input"
    if line is not None:  # a line or row is copied decompressed: no .gz/.zst in its name
        base = base.removesuffix(".gz").removesuffix(".zst")
    tail = f".line{line}" if line is not None else ""
    name = f"{number:05d}_{base}{tail}"
    raw = name.encode("utf-8", "surrogateescape")
    if len(raw) <= MAX_COPY_NAME:
        return name
    digest = hashlib.sha256(source.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    ext = "".join(Path(base).suffixes[-2:])[-24:]
    end = f"~{digest}{ext}{tail}".encode("utf-8", "surrogateescape")
    head = raw[: MAX_COPY_NAME - len(end)].decode("utf-8", "ignore")
    return head + end.decode("utf-8", "surrogateescape")


def page_id_for(data: bytes, source: str, index: int = 0) -> str:
    """A stable id: hash of the input's bytes, its source and position."""
    h = hashlib.sha256()
    h.update(source.encode("utf-8", "surrogateescape"))
    h.update(f"\x00{index}\x00".encode())
    h.update(data)
    return h.hexdigest()[:16]


STDIN = Path("-")
_STDIN_SOURCE = "<stdin>"
#: Quarantine copies of whole files are kept up to this size (the input stays in place).
MAX_COPY_BYTES = 256 * 1024 * 1024


def copy_of(path: Path | OtherFile | None, limit: int = MAX_COPY_BYTES) -> bytes | None:
    """The bytes of a file for its quarantine copy (``None`` if unreadable or too large)."""
    if path is None:
        return None
    if not isinstance(path, Path):
        return path.copy()
    try:
        if path.stat().st_size > limit:
            return None
        return path.read_bytes()
    except OSError:
        return None
