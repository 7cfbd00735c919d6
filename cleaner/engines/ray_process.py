"""Steps 2 and 3 of ``cleaner run --engine ray`` (:mod:`cleaner.engines.ray_run`): each
unit's pages through the pipeline on an actor, and the local engine's dedup batch
boundaries replayed from the per-item article counts."""

from __future__ import annotations

import gzip
import json
import os
import pickle
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from cleaner.config import PipelineConfig
from cleaner.engines.ray_io import write_part
from cleaner.engines.ray_read import read_unit
from cleaner.ingest.records import ReadOptions
from cleaner.ingest.source import Quarantined, Skipped
from cleaner.page_rows import process_item
from cleaner.pipeline import Pipeline
from cleaner.runner import DEDUP_BATCH
from cleaner.writers import SCHEMAS

#: An article's run position: its item's position shifted left, plus its index in the
#: page (up to 16 M articles per page), so positions order as the local run meets them.
GIDX_SHIFT = 24
TABLES = ("articles.parquet", "pages.parquet", "changes.parquet")
STAGED = "articles.staged"
QPARTS = "quarantine.parts"
PROFILES = "profiles.parts"
STAGED_SCHEMA = pa.schema(
    [*SCHEMAS["articles"], ("gidx", pa.int64()), ("item", pa.int64()), ("_start", pa.int64())]
)
PROCESSED = pa.schema(
    [
        ("unit", pa.int64()),
        ("files", pa.list_(pa.string())),
        ("stats", pa.string()),
        ("arts", pa.binary()),
    ]
)


def atomic_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".inflight")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class Process:
    """Step 2 on one actor: one :class:`Pipeline` for every unit the actor gets."""

    def __init__(
        self, *, config: PipelineConfig, profiles: bytes | None, folder: str, opts: ReadOptions
    ) -> None:
        self.pipeline = Pipeline(config, profiles=pickle.loads(profiles) if profiles else None)
        self.folder = Path(folder)
        self.opts = opts

    def __call__(self, t: pa.Table) -> pa.Table:
        rows = []
        for u in t.to_pylist():
            try:
                rows.append(self._unit(u))
            except MemoryError as exc:  # short for every page (cleaner.pageguard): the
                # driver stops the run; raised here, Ray would report a UserCodeException
                stats = json.dumps({"out_of_memory": str(exc) or "out of memory"})
                rows.append({"unit": u["unit"], "files": [], "stats": stats, "arts": b""})
        return pa.Table.from_pylist(rows, schema=PROCESSED)

    def _unit(self, u: dict[str, Any]) -> dict[str, Any]:
        pages: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        arts: list[dict[str, Any]] = []
        counts: list[int] = []
        quarantine: list[dict[str, Any]] = []
        files: list[str] = []
        st: dict[str, Any] = {"pages": 0, "in_bytes": 0, "articles": 0, "stored": 0}
        enc: Counter[str] = Counter()
        by_stage: Counter[str] = Counter()
        by_rule: Counter[str] = Counter()
        removed: Counter[str] = Counter()
        page_status: Counter[str] = Counter()
        page_flags: Counter[str] = Counter()
        skipped: Counter[str] = Counter()
        for k, raw in enumerate(read_unit(u, self.opts, int(u["line0"]))):
            g = int(u["offset"]) + k
            item = process_item(self.pipeline, raw, g)
            if isinstance(item, Skipped):  # archive records that are not pages, counted
                counts.append(0)
                skipped.update(item.counts)
                continue
            if isinstance(item, Quarantined):
                counts.append(0)
                name = Path(item.source).name or "input"
                if item.line is not None:
                    name += f".line{item.line}"
                rec: dict[str, Any] = {
                    "source": item.source,
                    "line": item.line,
                    "code": item.code,
                    "reason": item.reason,
                    "name": name,
                    "tmp": None,
                }
                if item.data is not None:
                    rec["tmp"] = f"{QPARTS}/{g:012d}"
                    atomic_bytes(self.folder / QPARTS / f"{g:012d}", item.data)
                quarantine.append(rec)
                continue
            page = {
                **item.page,
                "container": json.dumps(item.page["container"], ensure_ascii=False),
                "removed": json.dumps(item.page.get("removed") or {}, ensure_ascii=False),
            }
            pages.append(page)
            changes.extend(item.changes)
            st["pages"] += 1
            st["in_bytes"] += page["bytes"]
            st["articles"] += len(item.articles)
            enc[page["encoding"]] += 1
            by_stage.update(item.stage_counts)
            by_rule.update(item.rule_counts)
            page_status[item.page.get("status") or "ok"] += 1
            page_flags.update(item.page.get("flags") or ())
            removed.update(item.removed_chars)
            if item.original is not None:  # named by page id: a retry rewrites the same
                rel = f"originals/{page['id']}.gz"
                atomic_bytes(self.folder / rel, gzip.compress(item.original))
                st["stored"] += 1
            start = 0
            for j, a in enumerate(item.articles):
                row = {**a, "meta": json.dumps(a["meta"], ensure_ascii=False)}
                row.update(gidx=(g << GIDX_SHIFT) | j, item=g, _start=start)
                start += len(a["text"])
                arts.append(row)
            counts.append(len(item.articles))
        first = int(u["offset"])
        for name, rows, schema in (
            ("pages.parquet", pages, SCHEMAS["pages"]),
            ("changes.parquet", changes, SCHEMAS["changes"]),
            (STAGED, arts, STAGED_SCHEMA),
        ):
            if rows:
                table = pa.Table.from_pylist(rows, schema=schema)
                files.append(write_part(table, str(self.folder), name, first, schema)["file"])
        if quarantine:  # records go to a file: the driver streams them at the commit
            data = json.dumps(quarantine, ensure_ascii=False).encode()
            atomic_bytes(self.folder / QPARTS / f"records-{int(u['unit']):08d}.json", data)
        st.update(encodings=enc, by_stage=by_stage, by_rule=by_rule, removed=removed)
        st.update(page_status=page_status, page_flags=page_flags, skipped=skipped)
        st["quarantined"] = len(quarantine)
        return {
            "unit": u["unit"],
            "files": files,
            "stats": json.dumps(st, ensure_ascii=False),
            "arts": np.asarray(counts, np.int32).tobytes(),
        }


class BatchCloser:
    """The local engine's dedup batch boundaries, replayed unit by unit in run order.

    The local engine closes a batch after the item that brings it to ``DEDUP_BATCH``
    articles.  :meth:`feed` takes one unit's per-item article counts (then forgotten), so
    the driver keeps only the boundaries: a few numbers per 5,000 articles."""

    def __init__(self) -> None:
        self.closes: list[int] = []
        self._carry = 0

    def feed(self, counts: np.ndarray, base: int) -> None:
        c = counts.astype(np.int64)
        j = 0
        while j < c.size:
            cum = self._carry + np.cumsum(c[j:])
            hit = int(np.searchsorted(cum, DEDUP_BATCH, side="left"))
            if hit == cum.size:
                self._carry = int(cum[-1])
                return
            self.closes.append(base + j + hit)
            self._carry, j = 0, j + hit + 1

    def result(self) -> np.ndarray:
        return np.asarray(self.closes, np.int64)


def batch_closes(processed: list[dict[str, Any]], offsets: list[int]) -> np.ndarray:
    """Positions of the items after which the local engine closes a dedup batch."""
    closer = BatchCloser()
    for m, base in zip(processed, offsets, strict=True):
        closer.feed(np.frombuffer(m["arts"], dtype=np.int32), base)
    return closer.result()


__all__ = [
    "GIDX_SHIFT",
    "PROCESSED",
    "PROFILES",
    "QPARTS",
    "STAGED",
    "STAGED_SCHEMA",
    "TABLES",
    "BatchCloser",
    "Process",
    "atomic_bytes",
    "batch_closes",
]
