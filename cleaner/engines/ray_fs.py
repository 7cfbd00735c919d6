"""Inputs of the Ray engine on any filesystem pyarrow opens (``s3://``, ``gs://``, ``hdfs://``,
``file://`` …): listing, byte ranges, and files the local readers read.

An input given as a URI (``scheme://…``) is opened with ``pyarrow.fs.FileSystem.from_uri``;
a folder is listed recursively (:class:`pyarrow.fs.FileSelector`) in the order, and with
the hidden-file and ``--glob`` rules, of :func:`cleaner.ingest.readers.iter_files`.  Each file is a
:class:`RemoteFile`, which the local readers (``readers._read_path``) read as they read a
local path (sniffing, decoding, gzip/zstd, JSONL, HTML, Parquet, WARC), so a URI gives the
pages a local copy gives; their ``source`` is the file's URI (unescaped, without its
``?query``, which may hold credentials).

The filesystem of a ``scheme://host`` (and query) is made once per process: every file of
an S3 bucket shares one client.
"""

from __future__ import annotations

import functools
import io
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any
from urllib.parse import unquote, urlsplit

from cleaner.errors import ConfigError, InputError
from cleaner.ingest.source import MAX_COPY_BYTES, Quarantined

__all__ = ["RemoteFile", "is_uri", "iter_remote_files", "open_uri", "resolve_remote_input"]

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: Read-ahead of sequential reads (one request per buffer on object stores).
STREAM_BUFFER = 4 << 20
#: Buffer of seeking reads (cutting ranges, reading one range).
RANGE_BUFFER = 1 << 20


def is_uri(p: str | Path) -> bool:
    """Is ``p`` a ``scheme://…`` URI?  (A :class:`~pathlib.Path` never is: it collapses ``//``.)"""
    return isinstance(p, str) and _URI.match(p) is not None


@functools.lru_cache(maxsize=32)
def _filesystem(scheme: str, netloc: str, query: str) -> tuple[Any, str]:
    """The filesystem of ``scheme://netloc/?query`` and the path of its root."""
    from pyarrow.fs import FileSystem

    root = f"{scheme}://{netloc}/" + (f"?{query}" if query else "")
    try:
        return FileSystem.from_uri(root)
    except (ValueError, OSError) as exc:  # ArrowInvalid is a ValueError
        raise ConfigError(
            f"{scheme}://{netloc}: cannot open this filesystem: {_first_line(exc)}"
        ) from None


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """A file of a pyarrow filesystem, as the readers need it (:class:`readers.OtherFile`)."""

    uri: str  # as given (with its query): opens the file again on a worker
    fs: Any  # pyarrow.fs.FileSystem
    path: str  # the filesystem's path of the file
    listed_size: int | None = None  # FileInfo.size from the listing: no request per file

    @property
    def name(self) -> str:
        return posixpath.basename(self.path.rstrip("/"))

    def __str__(self) -> str:
        return display(self.uri)

    def size(self) -> int:
        if self.listed_size is not None:
            return self.listed_size
        return int(self.fs.get_file_info(self.path).size)

    def open(self, mode: str = "rb") -> IO[bytes]:
        """Sequential binary reads (no decompression: the readers sniff it themselves)."""
        if mode != "rb":
            raise ValueError(f"RemoteFile opens for reading bytes only, not {mode!r}")
        raw = self.fs.open_input_stream(self.path, compression=None)
        return io.BufferedReader(raw, STREAM_BUFFER)

    def open_at(self, offset: int) -> IO[bytes]:
        """A seekable binary file positioned at ``offset`` (``tell`` is the file offset)."""
        fh = io.BufferedReader(self.fs.open_input_file(self.path), RANGE_BUFFER)
        fh.seek(offset)
        return fh

    def copy(self) -> bytes | None:
        """Its bytes for a quarantine copy, as ``readers._copy_of`` copies a local file."""
        try:
            if self.size() > MAX_COPY_BYTES:
                return None
            with self.open() as fh:
                return fh.read()
        except OSError:
            return None

    def parquet_source(self) -> Any:
        return self.fs.open_input_file(self.path)


def display(uri: str) -> str:
    """The source named in outputs: ``uri`` without its ``?query`` (which may hold
    credentials) and with its path unescaped (``%20`` → space), as a local path reads."""
    parts = urlsplit(uri)
    return f"{parts.scheme}://{parts.netloc}{unquote(parts.path)}"


def open_uri(uri: str) -> RemoteFile:
    """The file (or folder) ``uri`` names; :class:`ConfigError` if no filesystem opens it."""
    parts = urlsplit(uri)
    fs, root = _filesystem(parts.scheme.lower(), parts.netloc, parts.query)
    rest = unquote(parts.path).strip("/")
    path = (root.rstrip("/") + "/" + rest) if rest else root
    return RemoteFile(uri, fs, path)


def _child(uri: str, rel: str) -> str:
    """The URI of ``rel`` (a path below the folder ``uri``), keeping ``uri``'s query."""
    base, sep, query = uri.partition("?")
    esc = rel.replace("%", "%25").replace("?", "%3F").replace("#", "%23")
    return base.rstrip("/") + "/" + esc + (sep + query if sep else "")


def iter_remote_files(uri: str, *, glob: str | None = None) -> Iterator[RemoteFile | Quarantined]:
    """:func:`cleaner.ingest.readers.iter_files` for one URI: the file, or a folder's files
    (recursively, hidden ones skipped, ``glob`` matched as ``Path.rglob`` does) sorted as
    local paths sort, or a ``not_found`` quarantine entry."""
    from pyarrow.fs import FileSelector, FileType

    top = open_uri(uri)
    try:
        info = top.fs.get_file_info(top.path)
    except OSError as exc:
        yield Quarantined(str(top), f"cannot read: {_first_line(exc)}", code="unreadable")
        return
    if info.type == FileType.NotFound:
        yield Quarantined(str(top), "no such file or directory", code="not_found")
        return
    if info.type != FileType.Directory:
        yield RemoteFile(top.uri, top.fs, top.path, info.size)
        return
    base = top.path.rstrip("/")
    found: list[tuple[tuple[str, ...], str, int]] = []
    for f in top.fs.get_file_info(FileSelector(base, recursive=True)):
        if f.type != FileType.File or not f.path.startswith(base + "/"):
            continue
        rel = f.path[len(base) + 1 :]
        parts = tuple(rel.split("/"))
        if any(p.startswith(".") for p in parts):
            continue
        if glob and not PurePosixPath(rel).match(glob):
            continue
        found.append((parts, rel, f.size))
    for _, rel, size in sorted(found):
        yield RemoteFile(_child(uri, rel), top.fs, f"{base}/{rel}", size)


def resolve_remote_input(uri: str) -> RemoteFile:
    """:func:`cleaner.corpus.batches.resolve_input` for a URI: the articles file it names."""
    from pyarrow.fs import FileType

    f = open_uri(uri)
    kind = f.fs.get_file_info(f.path).type
    if kind == FileType.Directory:
        for name in ("articles.jsonl", "articles.parquet"):
            child = open_uri(_child(uri, name))
            if child.fs.get_file_info(child.path).type == FileType.File:
                return child
        raise InputError(str(f), "folder has no articles.jsonl or articles.parquet")
    if kind != FileType.File:
        raise InputError(str(f), "no such file or folder")
    if PurePosixPath(f.name).suffix not in (".jsonl", ".parquet"):
        raise InputError(str(f), "expected a .jsonl or .parquet file of articles")
    return f


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
