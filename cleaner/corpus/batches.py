"""Read already-clean articles (JSONL or Parquet with ``id`` and ``text``) in batches.

Used by ``cleaner dedup`` and ``cleaner corpus add``.  A run's output folder stands for its
``articles.jsonl`` / ``articles.parquet``.  Parquet is read batch by batch with pyarrow, so
memory holds one batch of rows at a time, not the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from cleaner.errors import InputError

__all__ = [
    "LineSpan",
    "iter_batches",
    "iter_batches_with_lines",
    "iter_batches_with_spans",
    "resolve_input",
]


def resolve_input(path: Path) -> Path:
    """The articles file behind ``path`` (a file, or a run's output folder)."""
    path = Path(path)
    if path.is_dir():
        for name in ("articles.jsonl", "articles.parquet"):
            if (path / name).is_file():
                return path / name
        raise InputError(str(path), "folder has no articles.jsonl or articles.parquet")
    if not path.is_file():
        raise InputError(str(path), "no such file or folder")
    if path.suffix not in (".jsonl", ".parquet"):
        raise InputError(str(path), "expected a .jsonl or .parquet file of articles")
    return path


def _check(row: dict[str, Any], where: str) -> dict[str, Any]:
    if not isinstance(row.get("id"), str) or not isinstance(row.get("text"), str):
        raise InputError(where, "each article needs string fields 'id' and 'text'")
    return row


def iter_batches(path: Path, *, batch_size: int = 20_000) -> Iterator[list[dict[str, Any]]]:
    """Lists of article dicts, ``batch_size`` at a time, in file order."""
    for rows, _ in iter_batches_with_spans(path, batch_size=batch_size):
        yield rows


def iter_batches_with_lines(
    path: Path, *, batch_size: int = 20_000
) -> Iterator[tuple[list[dict[str, Any]], list[str] | None]]:
    """Like :func:`iter_batches`, with each JSONL row's line as read (None for Parquet).

    Lets a writer reuse the JSON of a row's text instead of encoding it again.
    """
    for rows, span in iter_batches_with_spans(path, batch_size=batch_size):
        yield rows, None if span is None else list(span.lines())


class LineSpan:
    """Where a batch's rows are in a JSONL file: read back by :meth:`lines` when written.

    Holding each row's line beside its parsed dict kept every text twice for as long as
    its batch lived, and ``cleaner dedup`` holds two batches (one matched, the next read
    and sketched): ~75 MiB at 20,000 Chinese articles, a sixth of the peak (issue 15).
    The span is the byte offset of the batch's first line and how many physical lines it
    covers (blank ones included), so the lines read again are the ones read the first
    time, split and newline-translated the same way.
    """

    __slots__ = ("count", "path", "start")

    def __init__(self, path: Path, start: int, count: int) -> None:
        self.path, self.start, self.count = path, start, count

    def lines(self) -> Iterator[str]:
        """The batch's non-blank lines, as :func:`iter_batches_with_lines` gives them."""
        with self.path.open(encoding="utf-8") as fh:
            fh.seek(self.start)  # a line start: no decoder state to restore
            for _ in range(self.count):
                line = fh.readline()
                if line.strip():
                    yield line


def iter_batches_with_spans(
    path: Path, *, batch_size: int = 20_000
) -> Iterator[tuple[list[dict[str, Any]], LineSpan | None]]:
    """Like :func:`iter_batches`, with the :class:`LineSpan` of each JSONL batch (None for
    Parquet): its lines are read again when wanted instead of held."""
    path = resolve_input(path)
    if path.suffix == ".parquet":
        pf = pq.ParquetFile(path)
        names = set(pf.schema_arrow.names)
        if not {"id", "text"} <= names:
            raise InputError(str(path), "Parquet file needs columns 'id' and 'text'")
        for rb in pf.iter_batches(batch_size=batch_size):
            rows = rb.to_pylist()
            for r in rows:
                if isinstance(r.get("meta"), str):
                    r["meta"] = json.loads(r["meta"])
            yield [_check(r, str(path)) for r in rows], None
        return
    batch: list[dict[str, Any]] = []
    at = start = first = 0  # bytes read; the batch's first byte and physical line
    # newline="": the same lines as universal newlines, with their endings as in the file,
    # so that their encoded lengths are their bytes in the file (JSON and strip() take
    # a trailing "\r" as white space)
    with path.open(encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            at += len(line.encode("utf-8", "surrogatepass"))
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{n}", f"not JSON: {exc}") from None
            if not isinstance(row, dict):
                raise InputError(f"{path}:{n}", "each line must be a JSON object")
            batch.append(_check(row, f"{path}:{n}"))
            if len(batch) >= batch_size:
                yield batch, LineSpan(path, start, n - first)
                batch, start, first = [], at, n
        if batch:
            yield batch, LineSpan(path, start, n - first)
