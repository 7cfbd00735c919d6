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

__all__ = ["iter_batches", "iter_batches_with_lines", "resolve_input"]


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
    for rows, _ in iter_batches_with_lines(path, batch_size=batch_size):
        yield rows


def iter_batches_with_lines(
    path: Path, *, batch_size: int = 20_000
) -> Iterator[tuple[list[dict[str, Any]], list[str] | None]]:
    """Like :func:`iter_batches`, with each JSONL row's line as read (None for Parquet).

    Lets a writer reuse the JSON of a row's text instead of encoding it again.
    """
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
    lines: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{n}", f"not JSON: {exc}") from None
            if not isinstance(row, dict):
                raise InputError(f"{path}:{n}", "each line must be a JSON object")
            batch.append(_check(row, f"{path}:{n}"))
            lines.append(line)
            if len(batch) >= batch_size:
                yield batch, lines
                batch, lines = [], []
    if batch:
        yield batch, lines
