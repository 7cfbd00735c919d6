"""``cleaner run --engine ray``: the local :func:`cleaner.runner.run` on Ray Data.

Four steps, none of which collects pages or articles on the driver:

1. **count** (:func:`~cleaner.engines.ray_read.count_units`): the workers read every unit
   (a file, or a byte range of a JSONL file) and count its items; with site learning on
   they also build the units' partial site profiles, merged on the driver in run order.
   The counts fix every page's position in the run, hence its id (as the local engine
   numbers pages, quarantined items included).
2. **pages** (:class:`_Process`, ``map_batches`` on an actor pool: each actor builds one
   :class:`~cleaner.pipeline.Pipeline`): each unit is read again and every page goes
   through :func:`~cleaner.pipeline.process_item`; the task writes the unit's pages and
   changes parts, its stored originals and quarantine copies, and its articles to a
   staging table.  It returns counters and the number of articles of each item.
3. **batches**: the local engine deduplicates pages in batches that close once they hold
   5,000 articles (``runner.DEDUP_BATCH``); the driver replays that rule over the per-item
   article counts, one unit at a time, keeping only the batch boundaries.
4. **dedup** (:func:`~cleaner.engines.ray_dedup.dedup_dataset`) on the staged articles,
   then each bucket of articles gets its decisions and is written with the dedup stage's
   ``flag`` rows for the ledger (as ``runner._flush`` does).

Outputs are committed by :class:`~cleaner.engines.ray_io.Staging`: part files named by
run position (a retried task rewrites the same names), the driver keeps exactly the
files the tasks reported, numbers the quarantine copies in run order and moves
everything into ``OUT`` at once.
"""

from __future__ import annotations

import gzip
import json
import os
import pickle
import shutil
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from cleaner import __version__
from cleaner.config import OutputConfig, PipelineConfig
from cleaner.engines.ray_dedup import (
    check_supported,
    dedup_dataset,
    join_decisions,
)
from cleaner.engines.ray_engine import init_ray
from cleaner.engines.ray_io import Staging, write_part
from cleaner.engines.ray_read import (
    RANGE_BYTES,
    UNIT_SCHEMA,
    count_units,
    merge_profiles,
    plan_units,
    read_unit,
)
from cleaner.errors import ConfigError, InputError
from cleaner.ingest.records import ReadOptions
from cleaner.pipeline import Pipeline, process_item
from cleaner.readers import Quarantined
from cleaner.runner import DEDUP_BATCH
from cleaner.stages.dedup import apply_decision
from cleaner.writers import SCHEMAS

__all__ = ["run_ray"]

#: An article's run position: its item's position shifted left, plus its index in the
#: page (up to 16 M articles per page), so positions order as the local run meets them.
GIDX_SHIFT = 24
TABLES = ("articles.parquet", "pages.parquet", "changes.parquet")
_STAGED = "articles.staged"
_QPARTS = "quarantine.parts"
_PROFILES = "profiles.parts"
_STAGED_SCHEMA = pa.schema(
    [*SCHEMAS["articles"], ("gidx", pa.int64()), ("item", pa.int64()), ("_start", pa.int64())]
)
_PROCESSED = pa.schema(
    [
        ("unit", pa.int64()),
        ("files", pa.list_(pa.string())),
        ("stats", pa.string()),
        ("quarantine", pa.string()),
        ("arts", pa.binary()),
    ]
)
_FINISHED = pa.schema([("files", pa.list_(pa.string())), ("stats", pa.string())])


def _atomic_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".inflight")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class _Process:
    """Step 2 on one actor: one :class:`Pipeline` for every unit the actor gets."""

    def __init__(
        self, *, config: PipelineConfig, profiles: bytes | None, folder: str, opts: ReadOptions
    ) -> None:
        self.pipeline = Pipeline(config, profiles=pickle.loads(profiles) if profiles else None)
        self.folder = Path(folder)
        self.opts = opts

    def __call__(self, t: pa.Table) -> pa.Table:
        return pa.Table.from_pylist([self._unit(u) for u in t.to_pylist()], schema=_PROCESSED)

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
        for k, raw in enumerate(read_unit(u, self.opts, int(u["line0"]))):
            g = int(u["offset"]) + k
            item = process_item(self.pipeline, raw, g)
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
                    rec["tmp"] = f"{_QPARTS}/{g:012d}"
                    _atomic_bytes(self.folder / _QPARTS / f"{g:012d}", item.data)
                quarantine.append(rec)
                continue
            page = {
                **item.page,
                "container": json.dumps(item.page["container"], ensure_ascii=False),
            }
            pages.append(page)
            changes.extend(item.changes)
            st["pages"] += 1
            st["in_bytes"] += page["bytes"]
            st["articles"] += len(item.articles)
            enc[page["encoding"]] += 1
            by_stage.update(item.stage_counts)
            by_rule.update(item.rule_counts)
            removed.update(item.removed_chars)
            if item.original is not None:
                rel = f"originals/{page['id']}.gz"
                _atomic_bytes(self.folder / rel, gzip.compress(item.original))
                files.append(rel)
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
            (_STAGED, arts, _STAGED_SCHEMA),
        ):
            if rows:
                table = pa.Table.from_pylist(rows, schema=schema)
                files.append(write_part(table, str(self.folder), name, first, schema)["file"])
        st.update(encodings=enc, by_stage=by_stage, by_rule=by_rule, removed=removed)
        return {
            "unit": u["unit"],
            "files": files,
            "stats": json.dumps(st, ensure_ascii=False),
            "quarantine": json.dumps(quarantine, ensure_ascii=False),
            "arts": np.asarray(counts, np.int32).tobytes(),
        }


def _batch_closes(processed: list[dict[str, Any]], offsets: list[int]) -> np.ndarray:
    """Positions of the items after which the local engine closes a dedup batch."""
    closes: list[int] = []
    carry = 0
    for m, base in zip(processed, offsets, strict=True):
        c = np.frombuffer(m["arts"], dtype=np.int32).astype(np.int64)
        j = 0
        while j < c.size:
            cum = carry + np.cumsum(c[j:])
            hit = int(np.searchsorted(cum, DEDUP_BATCH, side="left"))
            if hit == cum.size:
                carry = int(cum[-1])
                break
            closes.append(base + j + hit)
            carry, j = 0, j + hit + 1
    return np.asarray(closes, np.int64)


def _read_staged(t: pa.Table, *, closes: np.ndarray) -> pa.Table:
    """A staged articles part, each article with its local dedup batch number."""
    import pyarrow.parquet as pq

    parts = [pq.read_table(p, schema=_STAGED_SCHEMA) for p in t.column("path").to_pylist()]
    arts = pa.concat_tables(parts)
    b = np.searchsorted(closes, arts.column("item").to_numpy(), side="left")
    return arts.append_column("batch", pa.array(b.astype(np.int64)))


def _finish(t: pa.Table, *, folder: str, dedup: bool) -> pa.Table:
    """Apply the decisions to a bucket of articles (as ``runner._flush``); write it."""
    rows = sorted(t.to_pylist(), key=lambda r: r["gidx"])
    statuses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    flags: list[dict[str, Any]] = []
    for r in rows:
        if dedup:
            r["d_status"] = r["d_status"] or "dropped"
            apply_decision(r, r, prefix="d_")
        statuses[r["status"]] += 1
        if r["status"] == "duplicate":
            kinds[r["dup_kind"]] += 1
            flags.append(
                {
                    "page_id": r["page_id"],
                    "step": 0,
                    "stage": "dedup",
                    "rule": f"dedup.{r['dup_kind'] or 'near'}",
                    "action": "flag",
                    "start": r["_start"],
                    "end": r["_start"] + len(r["text"]),
                    "before": "",
                    "after": "",
                    "score": r["dup_score"],
                    "ref": r["dup_of"],
                }
            )
    files = []
    if rows:
        first = int(rows[0]["gidx"])
        schema = SCHEMAS["articles"]
        table = pa.Table.from_pylist([{k: r[k] for k in schema.names} for r in rows], schema)
        files.append(write_part(table, folder, "articles.parquet", first, schema)["file"])
        if flags:
            ct = pa.Table.from_pylist(flags, schema=SCHEMAS["changes"])
            part = write_part(
                ct, folder, "changes.parquet", first, SCHEMAS["changes"], tag="dedup-"
            )
            files.append(part["file"])
    stats = {"statuses": statuses, "kinds": kinds}
    return pa.Table.from_pylist(
        [{"files": files, "stats": json.dumps(stats)}] if rows else [], schema=_FINISHED
    )


def _cpus(ray: Any) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def run_ray(
    inputs: list[Path],
    out_dir: Path,
    *,
    config: PipelineConfig | None = None,
    read_options: ReadOptions | None = None,
    address: str | None = None,
    range_bytes: int = RANGE_BYTES,
) -> dict[str, Any]:
    """``cleaner run --engine ray``: the local run's outputs as Parquet parts; the summary.

    Same pages, articles, decisions and ledger (up to row order) as
    :func:`cleaner.runner.run` with ``--format parquet``; ``--corpus`` is not supported.
    """
    if not inputs:
        raise InputError("-", "no input given")
    cfg = config or PipelineConfig()
    cfg = replace(cfg, output=OutputConfig(format="parquet"))
    if cfg.dedup.enabled:
        check_supported(cfg.dedup)
    opts = read_options or ReadOptions()
    units = plan_units(inputs, opts, range_bytes=range_bytes)
    ray = init_ray(address)
    t0 = time.perf_counter()
    staging = Staging(out_dir)
    try:
        return _run(ray, units, inputs, cfg, opts, staging, t0)
    except BaseException:
        staging.abort()
        raise


def _run(
    ray: Any,
    units: list[dict[str, Any]],
    inputs: list[Path],
    cfg: PipelineConfig,
    opts: ReadOptions,
    staging: Staging,
    t0: float,
) -> dict[str, Any]:
    folder = str(staging.tmp)
    learn = cfg.boilerplate.enabled and cfg.boilerplate.site_repeat
    plan = ray.data.from_arrow(pa.Table.from_pylist(units, schema=UNIT_SCHEMA))
    counted = sorted(
        plan.map_batches(
            count_units,
            batch_format="pyarrow",
            batch_size=1,
            fn_kwargs={"opts": opts, "profiles_dir": f"{folder}/{_PROFILES}" if learn else None},
        ).take_all(),
        key=lambda r: r["unit"],
    )
    offsets, item, line, prev = [], 0, 0, None
    for u, c in zip(units, counted, strict=True):
        line = line if u["path"] == prev and u["start"] > 0 else 0
        u.update(offset=item, line0=line)
        offsets.append(item)
        item, line, prev = item + c["items"], line + c["lines"], u["path"]
    profiles = pickle.dumps(merge_profiles([c["profile"] for c in counted])) if learn else None
    del counted
    # 2 pages
    processed = sorted(
        ray.data.from_items(units)
        .map_batches(
            _Process,
            batch_format="pyarrow",
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(min_size=1, max_size=_cpus(ray)),
            fn_constructor_kwargs={
                "config": cfg,
                "profiles": profiles,
                "folder": folder,
                "opts": opts,
            },
        )
        .take_all(),
        key=lambda r: r["unit"],
    )
    files = [f for m in processed for f in m["files"]]
    staged = [str(Path(folder) / f) for f in files if f.startswith(_STAGED + "/")]
    n_articles = 0
    tally: dict[str, Counter[str]] = {k: Counter() for k in ("enc", "stage", "rule", "removed")}
    totals: Counter[str] = Counter()
    quarantine: list[dict[str, Any]] = []
    for m in processed:
        st = json.loads(m["stats"])
        for k in ("pages", "in_bytes", "articles", "stored"):
            totals[k] += st[k]
        tally["enc"].update(st["encodings"])
        tally["stage"].update(st["by_stage"])
        tally["rule"].update(st["by_rule"])
        tally["removed"].update(st["removed"])
        quarantine.extend(json.loads(m["quarantine"]))
    n_articles = totals["articles"]
    # 3 batches, 4 dedup
    statuses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    if staged:
        closes = _batch_closes(processed, offsets)
        # one file per task; ray.data.read_parquet would do, but needs a newer fsspec here
        arts = ray.data.from_items([{"path": p} for p in staged]).map_batches(
            _read_staged, batch_format="pyarrow", batch_size=1, fn_kwargs={"closes": closes}
        )
        dedup = cfg.dedup.enabled
        if dedup:
            arts = arts.materialize()
            decisions = dedup_dataset(
                arts.select_columns(["gidx", "batch", "id", "text", "status"]),
                cfg.dedup,
                rows=n_articles,
            )
            arts = join_decisions(arts, decisions, n_articles)
        finished = arts.map_batches(
            _finish,
            batch_format="pyarrow",
            batch_size=None,
            fn_kwargs={"folder": folder, "dedup": dedup},
        ).take_all()
        for m in finished:
            files.extend(m["files"])
            st = json.loads(m["stats"])
            statuses.update(st["statuses"])
            kinds.update(st["kinds"])
    for k, v in kinds.items():
        tally["rule"][f"dedup.{k}"] += v
        tally["stage"]["dedup"] += v
    qcodes = _commit_quarantine(Path(folder), quarantine)
    _keep_reported(Path(folder), files)
    summary: dict[str, Any] = {
        "version": __version__,
        "inputs": [str(p) for p in inputs],
        "pages": totals["pages"],
        "articles": n_articles,
        "articles_by_status": {
            k: statuses[k] for k in ("kept", "duplicate", "dropped") if statuses[k]
        },
        "quarantined": len(quarantine),
        "quarantine_reasons": dict(qcodes),
        "stored_originals": totals["stored"],
        "input_bytes": totals["in_bytes"],
        "encodings": dict(tally["enc"]),
        "changes_by_stage": dict(sorted(tally["stage"].items())),
        "changes_by_rule": dict(sorted(tally["rule"].items())),
        "chars_removed_by_stage": dict(sorted(tally["removed"].items())),
        "seconds": round(time.perf_counter() - t0, 3),
        "format": "parquet",
        "engine": "ray",
    }
    if cfg.dedup.enabled:
        summary["dedup"] = {
            "corpus": None,
            "kinds": {k: kinds[k] for k in ("exact", "near", "contained")},
        }
    staging.commit([{"file": f} for f in files], TABLES, summary, clear=("quarantine", "originals"))
    return summary


def _commit_quarantine(tmp: Path, records: list[dict[str, Any]]) -> Counter[str]:
    """``quarantine.jsonl`` and ``quarantine/NNNNN_name`` numbered in run order."""
    codes: Counter[str] = Counter()
    with (tmp / "quarantine.jsonl").open("w", encoding="utf-8") as fh:
        for n, rec in enumerate(records, 1):
            codes[rec["code"]] += 1
            copied = None
            if rec["tmp"] is not None:
                copied = f"quarantine/{n:05d}_{rec['name']}"
                (tmp / "quarantine").mkdir(exist_ok=True)
                os.replace(tmp / rec["tmp"], tmp / copied)
            row = {k: rec[k] for k in ("source", "line", "code", "reason")} | {"copy": copied}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return codes


def _keep_reported(tmp: Path, files: list[str]) -> None:
    """Drop staging-only folders and any stored original no task reported (a failed
    attempt's); table parts are pruned by :meth:`Staging.commit`."""
    for name in (_STAGED, _QPARTS, _PROFILES):
        shutil.rmtree(tmp / name, ignore_errors=True)
    keep = set(files)
    originals = tmp / "originals"
    if originals.is_dir():
        for f in originals.iterdir():
            if f"originals/{f.name}" not in keep:
                f.unlink()
        if not any(originals.iterdir()):
            originals.rmdir()


def refuse_corpus(corpus: Path | None, *, add: bool) -> None:
    """``--corpus``/``--add`` are local-engine only for now: one line, exit 2."""
    if corpus is not None or add:
        raise ConfigError("--engine ray does not support --corpus/--add yet (use --engine local)")
