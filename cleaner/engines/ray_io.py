"""Partitioned Parquet outputs of a Ray run: idempotent part files, one commit at the end.

Layout (the local engine's names, each table a folder of parts, as Spark and Ray write)::

    OUT/articles.parquet/part-000000000042.parquet   # parts named by their first row
    OUT/pages.parquet/…  OUT/changes.parquet/…
    OUT/quarantine.jsonl  OUT/quarantine/  OUT/originals/  OUT/summary.json

polars and pyarrow read such a folder as one table (``pl.scan_parquet(OUT/articles.parquet)``),
so ``cleaner explain``/``rebuild``/``report`` work on it unchanged.

Every part is written by a task into ``OUT/.tmp-<run>/<table>/`` under a name fixed by its
content (the table and the run position of its first row), first to ``*.inflight`` and
then renamed: a task that Ray retries (a killed worker, a lost node) rewrites the same name,
so a retry can neither duplicate nor lose rows.  Tasks return the names they wrote; the
driver's :meth:`Staging.commit` keeps exactly those, deletes leftovers of failed attempts,
writes ``summary.json`` and moves everything into ``OUT`` (a crash before that leaves the
previous outputs as they were).  Workers and driver must see ``OUT`` at the same path (one
machine, or a shared file system).
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner.errors import OutputError

MANIFEST_SCHEMA = pa.schema(
    [("table", pa.string()), ("file", pa.string()), ("rows", pa.int64()), ("stats", pa.string())]
)


def write_part(
    table: pa.Table,
    folder: str,
    name: str,
    first: int,
    schema: pa.Schema,
    stats: Any = None,
    *,
    tag: str = "",
) -> dict[str, Any]:
    """Write ``table`` as ``folder/name/part-<tag><first>.parquet``; return its manifest row.

    ``stats`` (JSON-able) rides along to the driver: counts for the summary.  ``tag``
    separates parts of one table written by different steps (``dedup-``)."""
    d = Path(folder) / name
    d.mkdir(parents=True, exist_ok=True)
    final = d / f"part-{tag}{first:012d}.parquet"
    tmp = d / f"part-{tag}{first:012d}.{uuid.uuid4().hex[:8]}.inflight"
    pq.write_table(table.select(schema.names).cast(schema), tmp, compression="zstd")
    os.replace(tmp, final)
    return {
        "table": name,
        "file": f"{name}/{final.name}",
        "rows": table.num_rows,
        "stats": json.dumps(stats, ensure_ascii=False),
    }


def manifest_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=MANIFEST_SCHEMA)


class Staging:
    """A run's temporary folder inside ``out_dir``; :meth:`commit` moves it in place."""

    def __init__(self, out_dir: Path) -> None:
        if out_dir.exists() and not out_dir.is_dir():
            raise OutputError(f"{out_dir}: exists and is not a directory")
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            for stale in out_dir.glob(".tmp-*"):
                shutil.rmtree(stale, ignore_errors=True)
            self.tmp = (out_dir / f".tmp-{uuid.uuid4().hex[:8]}").resolve()
            self.tmp.mkdir()
        except OSError as exc:
            raise OutputError(f"{out_dir}: cannot write output: {exc.strerror or exc}") from None
        self.out_dir = out_dir

    def commit(
        self,
        manifest: list[dict[str, Any]],
        tables: tuple[str, ...],
        summary: dict[str, Any],
        *,
        clear: tuple[str, ...] = (),
    ) -> None:
        """Keep the parts listed in ``manifest``, write ``summary.json``, move into place.

        ``clear`` names outputs of an earlier run that go even if this run has none
        (``quarantine``, ``originals``)."""
        try:
            keep = {m["file"] for m in manifest}
            for name in tables:
                d = self.tmp / name
                d.mkdir(exist_ok=True)
                for f in d.iterdir():
                    if f"{name}/{f.name}" not in keep:  # a failed attempt's leftover
                        f.unlink()
            (self.tmp / "summary.json").write_text(
                json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            for name in clear:
                if (self.out_dir / name).is_symlink():  # the local engine's (cleaner.outdir)
                    (self.out_dir / name).unlink()
                elif (self.out_dir / name).is_dir():
                    shutil.rmtree(self.out_dir / name)
            for item in sorted(self.tmp.iterdir()):
                target = self.out_dir / item.name
                if target.is_symlink():  # the local engine's outputs (cleaner.outdir)
                    target.unlink()
                elif target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():  # the local engine's single-file table
                    target.unlink()
                os.replace(item, target)
            for name in tables:  # a single-file output of the other engine is now stale
                (self.out_dir / name.replace(".parquet", ".jsonl")).unlink(missing_ok=True)
            self.tmp.rmdir()
        except OSError as exc:
            self.abort()
            raise OutputError(
                f"{self.out_dir}: cannot write output: {exc.strerror or exc}"
            ) from None

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
