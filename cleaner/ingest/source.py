"""What every reader shares: an input that is not a local file, a quarantined input, page ids.

Kept apart from :mod:`cleaner.ingest.readers` (the dispatcher) so that the readers of each
kind (Parquet, WARC) and the distributed engine's file system import these without
importing the dispatcher that imports them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

__all__ = [
    "MAX_COPY_BYTES",
    "STDIN",
    "OtherFile",
    "Quarantined",
    "Skipped",
    "copy_of",
    "page_id_for",
]


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input (or one line of one) that could not be read, and why."""

    source: str
    reason: str
    data: bytes | None = None
    line: int | None = None
    code: str = "unreadable"  # short reason id for counters: empty, binary, invalid_json …


@dataclass(frozen=True, slots=True)
class Skipped:
    """Records of one input that are not pages by choice (a WARC's requests, redirects,
    images …), counted by kind: ``{"response 302": 4, "request": 12}``.  Not an error:
    ``summary.json`` sums them under ``read.skipped``."""

    source: str
    counts: dict[str, int]


class OtherFile(Protocol):
    """An input file that is not a local path (a file of another pyarrow filesystem,
    :class:`cleaner.engines.ray_fs.RemoteFile`): what the readers need of it.  ``str()``
    gives its source (for pages and quarantine entries)."""

    @property
    def name(self) -> str: ...  # its file name, for sniffing the kind and compression

    def open(self, mode: str) -> IO[bytes]: ...

    def copy(self) -> bytes | None: ...  # its bytes for a quarantine copy (None: too large)

    def parquet_source(self) -> Any: ...  # a seekable file pyarrow reads Parquet from


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
