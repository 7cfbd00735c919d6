"""Write a run's outputs atomically: everything goes to a new generation folder inside the
output directory (:class:`~cleaner.outdir.OutputFolder`: owned, locked), published with
one rename only when the run finishes.  A crash or Ctrl-C leaves the previous outputs
untouched (and a ``.gen-*`` folder that the next run removes).

Tables are JSONL (one object per line, UTF-8, ``ensure_ascii=False``) or Parquet (written
batch by batch with pyarrow, so memory stays flat).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner.errors import OutputError
from cleaner.ingest.source import copy_name
from cleaner.jsonl import dumps_line, dumps_lines
from cleaner.outdir import OutputFolder, published

TABLES = ("articles", "pages", "changes")


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` through a temporary file and ``os.replace``.

    The file gets the permissions a plain ``open()`` would give it (0666 minus the umask),
    not the 0600 of a temporary file: reports and baselines are meant to be shared.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def rewrite_summary(out_dir: Path, summary: dict[str, Any]) -> None:
    """Replace the published ``summary.json`` of ``out_dir`` (after ``--add`` commits to
    the corpus), atomically; the caller holds the output folder's lock."""
    write_text_atomic(
        published(out_dir) / "summary.json",
        json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
    )


BATCH_ROWS = 2_000

# Fixed Arrow schemas: Parquet files of different runs can be concatenated and compared.
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", pa.string()),
            ("page_id", pa.string()),
            ("source", pa.string()),
            ("article_index", pa.int32()),
            ("title", pa.string()),
            ("text", pa.string()),
            ("meta", pa.string()),
            ("lang", pa.string()),
            ("placeholders", pa.int32()),
            ("placeholder_ratio", pa.float64()),
            ("status", pa.string()),
            ("dup_of", pa.string()),
            ("dup_score", pa.float64()),
            ("dup_kind", pa.string()),
            ("cluster", pa.string()),
            ("reason", pa.string()),
            ("version_of", pa.string()),
            ("best_score", pa.float64()),
            ("contains", pa.string()),
            ("dup_detail", pa.string()),
        ]
    ),
    "pages": pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("site", pa.string()),
            ("record_id", pa.string()),
            ("sha256", pa.string()),
            ("bytes", pa.int64()),
            ("encoding", pa.string()),
            ("encoding_confidence", pa.float64()),
            ("encoding_runner_up", pa.string()),
            ("bom", pa.bool_()),
            ("newline", pa.string()),
            ("container", pa.string()),
            ("status", pa.string()),
            ("articles", pa.list_(pa.string())),
            ("changes", pa.int64()),
            ("rebuild", pa.string()),
            # per-page accounting (cleaner/accounting.py)
            ("chars_visible", pa.int64()),
            ("chars_extracted", pa.int64()),
            ("chars_kept", pa.int64()),
            ("loss", pa.float64()),
            ("extract_share", pa.float64()),
            ("removed", pa.string()),
            ("flags", pa.list_(pa.string())),
            ("reason", pa.string()),
        ]
    ),
    "changes": pa.schema(
        [
            ("page_id", pa.string()),
            ("step", pa.int32()),
            ("stage", pa.string()),
            ("rule", pa.string()),
            ("action", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("before", pa.string()),
            ("after", pa.string()),
            ("score", pa.float64()),
            ("ref", pa.string()),
        ]
    ),
}
# Nested values stored as JSON strings in Parquet (they stay objects in JSONL).
_JSON_COLUMNS = {"articles": ("meta",), "pages": ("container", "removed")}


class _Table:
    def __init__(self, path: Path, fmt: str, name: str) -> None:
        self.fmt = fmt
        self.name = name
        self.rows: list[dict[str, Any]] = []
        self.count = 0
        if fmt == "jsonl":
            self.fh: IO[str] | None = path.open("w", encoding="utf-8", newline="\n")
            self.pq: pq.ParquetWriter | None = None
        else:
            self.fh = None
            self.pq = pq.ParquetWriter(path, SCHEMAS[name], compression="zstd")

    def write(self, row: dict[str, Any]) -> None:
        self.count += 1
        if self.fh is not None:
            self.fh.write(dumps_line(row))
            return
        for col in _JSON_COLUMNS.get(self.name, ()):
            row = {**row, col: json.dumps(row[col], ensure_ascii=False)}
        self.rows.append(row)
        if len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pq is not None and self.rows:
            self.pq.write_table(pa.Table.from_pylist(self.rows, schema=SCHEMAS[self.name]))
            self.rows = []

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
        if self.pq is not None:
            self.flush()
            self.pq.close()


class RunWriter:
    """Collects a run's outputs in a temporary folder; :meth:`commit` moves them in place."""

    def __init__(self, out_dir: Path, *, fmt: str = "jsonl") -> None:
        if fmt not in ("jsonl", "parquet"):
            raise OutputError(f"unknown output format {fmt!r}")
        self.folder = OutputFolder(out_dir)  # owned, locked, a fresh generation
        self.tmp = self.folder.tmp
        self.out_dir = out_dir
        self.fmt = fmt
        ext = "jsonl" if fmt == "jsonl" else "parquet"
        self.tables = {t: _Table(self.tmp / f"{t}.{ext}", fmt, t) for t in TABLES}
        self.quarantine = (self.tmp / "quarantine.jsonl").open("w", encoding="utf-8")
        self.quarantined = 0
        self.stored = 0

    def __enter__(self) -> RunWriter:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if et is not None:
            self.abort()
        self.close()

    def close(self) -> None:
        """Release ``--out`` (an unpublished generation is removed); safe to repeat."""
        if not self.folder.published:
            self.abort()
        self.folder.close()

    def write(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        t = self.tables[table]
        if t.fh is not None:  # JSONL: the rows encoded together, one write
            batch = list(rows)
            t.count += len(batch)
            t.fh.write(dumps_lines(batch))
            return
        for row in rows:
            t.write(row)

    def write_encoded(self, table: str, lines: str, count: int) -> None:
        """Append rows already encoded as JSON lines (JSONL output only)."""
        t = self.tables[table]
        assert t.fh is not None, "pre-encoded rows need JSONL output"
        t.fh.write(lines)
        t.count += count

    def store_original(self, page_id: str, data: bytes) -> None:
        """Keep a page's original bytes when they cannot be rebuilt from text + changes."""
        d = self.tmp / "originals"
        d.mkdir(exist_ok=True)
        (d / f"{page_id}.gz").write_bytes(gzip.compress(data))
        self.stored += 1

    def quarantine_input(
        self,
        source: str,
        reason: str,
        data: bytes | None,
        line: int | None = None,
        code: str = "unreadable",
    ) -> None:
        """Copy an unreadable input (or JSONL line) to ``quarantine/`` with its reason."""
        self.quarantined += 1
        name = copy_name(self.quarantined, source, line)
        copied = None
        if data is not None:
            d = self.tmp / "quarantine"
            d.mkdir(exist_ok=True)
            (d / name).write_bytes(data)
            copied = f"quarantine/{name}"
        rec = {"source": source, "line": line, "code": code, "reason": reason, "copy": copied}
        self.quarantine.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def commit(self, summary: dict[str, Any]) -> None:
        """Close every file and move the whole output into place.

        Raises :class:`OutputError` (one line, exit 3) when the disk refuses; the previous
        outputs are then left as they were.
        """
        try:
            self._commit(summary)
        except OSError as exc:
            self.abort()
            raise OutputError(
                f"{self.out_dir}: cannot write output: {exc.strerror or exc}"
            ) from None

    def _commit(self, summary: dict[str, Any]) -> None:
        for t in self.tables.values():
            t.close()
        self.quarantine.close()
        (self.tmp / "summary.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        self.folder.publish()  # fsync, then one rename: every output old or every new

    def rewrite_summary(self, summary: dict[str, Any]) -> None:
        """Replace the published ``summary.json`` (after ``--add``), the lock still held."""
        rewrite_summary(self.out_dir, summary)

    def abort(self) -> None:
        """Close the files; an unpublished generation is removed."""
        if self.folder.published:
            return
        for t in self.tables.values():
            try:
                t.close()
            except Exception:
                pass
        self.quarantine.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.folder.close()
