"""Partitioned Parquet outputs of a Ray run: idempotent part files, one commit at the end.

Layout (the local engine's names, each table a folder of parts, as Spark and Ray write)::

    OUT/articles.parquet/part-000000000042.parquet   # parts named by their first row
    OUT/pages.parquet/…  OUT/changes.parquet/…
    OUT/quarantine.jsonl  OUT/quarantine/  OUT/originals/  OUT/summary.json

polars and pyarrow read such a folder as one table (``pl.scan_parquet(OUT/articles.parquet)``),
so ``cleaner explain``/``rebuild``/``report`` work on it unchanged.

``OUT`` is an output folder of :mod:`cleaner.outdir`, as the local engine writes it: owned
(marker ``.cleaner-out``; a folder holding files cleaner did not write is refused), locked
for the whole run (a second run on it fails at once) and published with one rename.  Every
part is written by a task into the run's new generation ``OUT/.gen-<id>/<table>/`` under
a name fixed by its content (the table and the run position of its first row), first to
``*.inflight`` and then renamed: a task that Ray retries (a killed worker, a lost node)
rewrites the same name, so a retry can neither duplicate nor lose rows.  Tasks return the
names they wrote; the driver's :meth:`Staging.commit` keeps exactly those, deletes
leftovers of failed attempts, writes ``summary.json``, fsyncs the generation and switches
``OUT/.current`` to it (a crash before that leaves the previous outputs as they were).
Workers and driver must see ``OUT`` at the same path (one machine, or a shared file
system).
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner.errors import OutputError
from cleaner.outdir import OutputFolder
from cleaner.writers import rewrite_summary

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
    """A run's new generation inside ``out_dir`` (:class:`~cleaner.outdir.OutputFolder`:
    owned, locked from here to :meth:`close`); :meth:`commit` publishes it."""

    def __init__(self, out_dir: Path) -> None:
        self.folder = OutputFolder(out_dir)
        self.tmp = self.folder.tmp.resolve()  # the workers' path to it
        self.out_dir = out_dir

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def commit(
        self, manifest: list[dict[str, Any]], tables: tuple[str, ...], summary: dict[str, Any]
    ) -> None:
        """Keep the parts listed in ``manifest``, write ``summary.json``, publish.

        Raises :class:`OutputError` (one line, exit 3) when the disk refuses; the previous
        outputs are then left as they were."""
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
        except OSError as exc:
            self.close()
            raise OutputError(
                f"{self.out_dir}: cannot write output: {exc.strerror or exc}"
            ) from None
        self.folder.publish()  # fsync, then one rename: every output old or every new

    def rewrite_summary(self, summary: dict[str, Any]) -> None:
        """Replace the published ``summary.json`` (after ``--add``), the lock still held."""
        rewrite_summary(self.out_dir, summary)

    def close(self) -> None:
        """Release ``out_dir``; an unpublished generation is removed.  Safe to repeat."""
        self.folder.close()

    abort = close
