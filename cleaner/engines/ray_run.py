"""``cleaner run --engine ray``: the local :func:`cleaner.runner.run` on Ray Data.

Four steps, none of which collects pages or articles on the driver:

1. **count** (:func:`~cleaner.engines.ray_read.count_units`): the workers read every unit
   (a file, or a byte range of a JSONL file) and count its items; with site learning on
   they also build the units' partial site profiles, merged on the driver in run order.
   The counts fix every page's position in the run, hence its id (as the local engine
   numbers pages, quarantined items included).
2. **pages** (:class:`Process`, ``map_batches`` on an actor pool: each actor builds one
   :class:`~cleaner.pipeline.Pipeline`): each unit is read again and every page goes
   through :func:`~cleaner.page_rows.process_item`; the task writes the unit's pages and
   changes parts, its stored originals and quarantine copies, and its articles to a
   staging table.  It returns counters and the number of articles of each item.
3. **batches**: the local engine deduplicates pages in batches that close once they hold
   5,000 articles (``runner.DEDUP_BATCH``); the driver replays that rule over the per-item
   article counts, one unit at a time, keeping only the batch boundaries.
4. **dedup** (:func:`~cleaner.engines.ray_dedup.dedup_dataset`) on the staged articles,
   then each bucket of articles gets its decisions and is written with the dedup stage's
   ``flag`` rows for the ledger (as ``runner._flush`` does).

Outputs are committed by :class:`~cleaner.engines.ray_io.Staging`, the local engine's
output folder (:mod:`cleaner.outdir`: owned, locked for the whole run, published with one
rename): part files named by run position (a retried task rewrites the same names), the
driver keeps exactly the files the tasks reported, numbers the quarantine copies in run
order and publishes the generation.  ``--add`` re-checks the kept articles, under the
corpus lock, against parts other runs committed since this one opened the corpus
(:func:`~cleaner.engines.ray_corpus_add.add_kept`), as the local engine does.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from cleaner import __version__
from cleaner.config import OutputConfig, PipelineConfig
from cleaner.corpus.store import CorpusStore
from cleaner.engines.ray_corpus import add_kept
from cleaner.engines.ray_dedup import (
    buckets_for,
    check_supported,
    dedup_dataset,
    join_decisions,
)
from cleaner.engines.ray_engine import init_ray
from cleaner.engines.ray_fs import display, is_uri
from cleaner.engines.ray_io import Staging, write_part
from cleaner.engines.ray_process import (
    GIDX_SHIFT,
    PROFILES,
    QPARTS,
    STAGED,
    STAGED_SCHEMA,
    TABLES,
    BatchCloser,
    Process,
)
from cleaner.engines.ray_read import (
    GROUP_FILES,
    RANGE_BYTES,
    UNIT_SCHEMA,
    count_units,
    merge_profiles,
    plan_units,
    read_site_texts,
    site_profiles,
    template_sites,
)
from cleaner.errors import InputError
from cleaner.ingest.records import ReadOptions
from cleaner.ingest.source import copy_name
from cleaner.runner import ProgressHook, profile_counts, sampled_sites, stored_profiles
from cleaner.stages.dedup_config import apply_decision, dedup_flags
from cleaner.stages.site_profile import SiteProfiles, with_stored
from cleaner.writers import SCHEMAS

__all__ = ["run_ray"]

_FINISHED = pa.schema([("files", pa.list_(pa.string())), ("stats", pa.string())])


def _read_staged(t: pa.Table, *, closes: np.ndarray) -> pa.Table:
    """A staged articles part, each article with its local dedup batch number."""
    import pyarrow.parquet as pq

    parts = [pq.read_table(p, schema=STAGED_SCHEMA) for p in t.column("path").to_pylist()]
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
        flags += dedup_flags(r["page_id"], r, r["_start"])
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
    rules = Counter(f["rule"] for f in flags)  # every ledger row, as the local engine counts
    stats = {"statuses": statuses, "kinds": kinds, "rules": rules}
    return pa.Table.from_pylist(
        [{"files": files, "stats": json.dumps(stats)}] if rows else [], schema=_FINISHED
    )


def _cpus(ray: Any) -> int:
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def run_ray(
    inputs: Sequence[str | Path],
    out_dir: Path,
    *,
    config: PipelineConfig | None = None,
    read_options: ReadOptions | None = None,
    address: str | None = None,
    range_bytes: int = RANGE_BYTES,
    group_files: int = GROUP_FILES,
    corpus: Path | None = None,
    add_to_corpus: bool = False,
    progress: ProgressHook | None = None,
) -> dict[str, Any]:
    """``cleaner run --engine ray``: the local run's outputs as Parquet parts; the summary.

    Same pages, articles, decisions and ledger (up to row order) as
    :func:`cleaner.runner.run` with ``--format parquet``, ``corpus`` and
    ``add_to_corpus`` included: the kept articles are appended to the corpus after the
    outputs are committed, never when the run fails.  ``progress`` is called as units
    finish with the pages and input bytes done so far and the current phase.
    """
    if not inputs:
        raise InputError("-", "no input given")
    if add_to_corpus and corpus is None:
        raise InputError("--add", "needs --corpus DIR")
    cfg = config or PipelineConfig()
    cfg = replace(cfg, output=OutputConfig(format="parquet"))
    if cfg.dedup.enabled:
        check_supported(cfg.dedup)
    elif corpus is not None:
        raise InputError(str(corpus), "--corpus given but [dedup] enabled = false")
    store = None
    if corpus is not None:
        store = CorpusStore.open(corpus)
        store.check_compatible(cfg.dedup.sketch_params())
    opts = read_options or ReadOptions()
    # --out is checked (owned, not locked by another run) before Ray starts; the lock is
    # held until the corpus add and the summary that reports it are done
    with Staging(out_dir) as staging:
        ray = init_ray(address)
        units = plan_units(  # enough units to keep every CPU of the cluster busy
            inputs,
            opts,
            range_bytes=range_bytes,
            group_files=group_files,
            min_units=4 * _cpus(ray),
        )
        t0 = time.perf_counter()
        snapshot = _part_names(store)  # what the articles are deduplicated against
        summary, kept, used = _run(
            ray,
            units,
            inputs,
            cfg,
            opts,
            staging,
            t0,
            store=store,
            progress=progress,
            add=add_to_corpus,
        )
        if add_to_corpus and corpus is not None:  # outputs committed: now the corpus
            if progress is not None:
                progress(summary["pages"], summary["input_bytes"], "adding to the corpus")
            added = (
                add_kept(
                    ray,
                    kept,
                    corpus,
                    buckets_for(summary["articles"]),
                    order_shift=GIDX_SHIFT,
                    snapshot=snapshot,
                    config=cfg.dedup,
                )
                if kept is not None
                else 0
            )
            n_kept = summary["articles_by_status"].get("kept", 0)
            summary["dedup"]["added"] = {
                "added": added,
                "skipped": n_kept - added,
                "docs": len(CorpusStore.open(corpus)),
            }
            if used is not None:  # what was learned goes with the corpus (as locally)
                CorpusStore.open(corpus).save_site_profiles_json(used.to_json())
                summary["dedup"]["site_profiles"]["saved"] = len(used)
            staging.rewrite_summary(summary)
    return summary


def _part_names(store: CorpusStore | None) -> frozenset[str]:
    """The corpus parts a run deduplicates against (its snapshot; empty without one)."""
    if store is None:
        return frozenset()
    return frozenset(p["name"] for p in store.manifest["parts"])


def _run(
    ray: Any,
    units: list[dict[str, Any]],
    inputs: Sequence[str | Path],
    cfg: PipelineConfig,
    opts: ReadOptions,
    staging: Staging,
    t0: float,
    *,
    store: CorpusStore | None,
    progress: ProgressHook | None,
    add: bool,
) -> tuple[dict[str, Any], Any, SiteProfiles | None]:
    """The run; its summary, with ``add`` the materialised articles with decisions, and
    the site profiles it applied (the corpus's stored ones merged with the batch's)."""
    folder = str(staging.tmp)

    def tick(phase: str, pages: int = 0, in_bytes: int = 0) -> None:
        if progress is not None:
            progress(pages, in_bytes, phase)

    tick("counting")
    learn = cfg.boilerplate.enabled and cfg.boilerplate.site_repeat
    plan = ray.data.from_arrow(pa.Table.from_pylist(units, schema=UNIT_SCHEMA))
    counted = sorted(
        plan.map_batches(
            count_units,
            batch_format="pyarrow",
            batch_size=1,
            fn_kwargs={"opts": opts, "profiles_dir": f"{folder}/{PROFILES}" if learn else None},
        ).take_all(),
        key=lambda r: r["unit"],
    )
    offsets, item, line, prev = [], 0, 0, None
    for u, c in zip(units, counted, strict=True):
        line = line if u["path"] == prev and u["start"] > 0 else 0
        u.update(offset=item, line0=line)
        offsets.append(item)
        item, line, prev = item + c["items"], line + c["lines"], u["path"]
    stored = stored_profiles(store if learn else None)
    batch_profiles = None
    if learn:
        texts = [c["profile"] for c in counted if c["profile"] is not None]
        parts = (
            ray.data.from_items([{"path": p} for p in texts])
            .map_batches(read_site_texts, batch_format="pyarrow", batch_size=1)
            .groupby("site")
            .map_groups(
                site_profiles,
                batch_format="pyarrow",
                fn_kwargs={
                    "profiles_dir": f"{folder}/{PROFILES}",
                    "sample": cfg.boilerplate.site_sample_pages,
                },
            )
            .take_all()
            if texts
            else []
        )
        parts.sort(key=lambda r: (r["unit"], r["i"]))  # sites in order of first page
        batch_profiles = merge_profiles([r["profile"] for r in parts])
        batch_profiles.templates = template_sites(parts, offsets)
    used = with_stored(stored, batch_profiles)
    profiles = pickle.dumps(used) if used is not None else None
    del counted
    # 2 pages
    tick("cleaning")
    # Results arrive in completion order; each is folded into the totals at once and its
    # article counts go through the batch replay in run order (a unit waits in `early`
    # until the units before it are in), so the driver keeps no per-page data.
    closer = BatchCloser()
    early: dict[int, np.ndarray] = {}
    next_unit = 0
    files: list[str] = []
    tally: dict[str, Counter[str]] = {
        k: Counter()
        for k in ("enc", "stage", "rule", "removed", "page_status", "page_flags", "skipped")
    }
    totals: Counter[str] = Counter()
    for m in (
        ray.data.from_items(units)
        .map_batches(
            Process,
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
        .iter_rows()
    ):  # streamed, so the progress line moves as units finish
        files.extend(m["files"])
        st = json.loads(m["stats"])
        if "out_of_memory" in st:  # one line, exit 3; nothing is published
            raise MemoryError(st["out_of_memory"])
        for k in ("pages", "in_bytes", "articles", "stored", "quarantined"):
            totals[k] += st[k]
        tally["enc"].update(st["encodings"])
        tally["stage"].update(st["by_stage"])
        tally["rule"].update(st["by_rule"])
        tally["removed"].update(st["removed"])
        tally["page_status"].update(st["page_status"])
        tally["page_flags"].update(st["page_flags"])
        tally["skipped"].update(st["skipped"])
        early[int(m["unit"])] = np.frombuffer(m["arts"], dtype=np.int32)
        while next_unit in early:
            closer.feed(early.pop(next_unit), offsets[next_unit])
            next_unit += 1
        tick("cleaning", totals["pages"], totals["in_bytes"])
    pages_done, bytes_done = totals["pages"], totals["in_bytes"]
    files.sort()
    staged = [str(Path(folder) / f) for f in files if f.startswith(STAGED + "/")]
    n_articles = totals["articles"]
    # 3 batches, 4 dedup
    statuses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    kept: Any = None
    if staged:
        closes = closer.result()
        # one file per task; ray.data.read_parquet would do, but needs a newer fsspec here
        arts = ray.data.from_items([{"path": p} for p in staged]).map_batches(
            _read_staged, batch_format="pyarrow", batch_size=1, fn_kwargs={"closes": closes}
        )
        dedup = cfg.dedup.enabled
        if dedup:
            tick("dedup", pages_done, bytes_done)
            arts = arts.materialize()
            decisions = dedup_dataset(
                arts.select_columns(["gidx", "batch", "id", "text", "status", "meta"]),
                cfg.dedup,
                rows=n_articles,
                corpus=store,
            )
            arts = join_decisions(arts, decisions, n_articles)
            if add:  # read twice: the output parts, then the corpus add
                kept = arts.materialize()
                arts = kept
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
            for rule, v in st["rules"].items():
                tally["rule"][rule] += v
                tally["stage"]["dedup"] += v
    qcodes = _commit_quarantine(Path(folder), len(units))
    _keep_reported(Path(folder))
    summary: dict[str, Any] = {
        "version": __version__,
        "inputs": [display(str(p)) if is_uri(p) else str(p) for p in inputs],  # no ?query
        "pages": totals["pages"],
        "articles": n_articles,
        "articles_by_status": {
            k: statuses[k] for k in ("kept", "duplicate", "dropped") if statuses[k]
        },
        "pages_by_status": dict(sorted(tally["page_status"].items())),
        "page_flags": dict(sorted(tally["page_flags"].items())),
        "quarantined": totals["quarantined"],
        "quarantine_reasons": dict(qcodes),
        "read": {"skipped": dict(sorted(tally["skipped"].items()))},
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
    sampled = sampled_sites(batch_profiles, cfg.boilerplate.site_sample_pages)
    if sampled:
        summary["site_sample"] = sampled
    if cfg.dedup.enabled:
        summary["dedup"] = {
            "corpus": str(store.path) if store is not None else None,  # as given
            "kinds": {k: kinds[k] for k in ("exact", "near", "contained")}
            | ({"version": kinds["version"]} if cfg.dedup.versions == "duplicate" else {}),
        }
        if store is not None:
            summary["dedup"]["site_profiles"] = profile_counts(stored, used)
    tick("writing", pages_done, bytes_done)
    staging.commit([{"file": f} for f in files], TABLES, summary)
    return summary, kept, used


def _commit_quarantine(tmp: Path, n_units: int) -> Counter[str]:
    """``quarantine.jsonl`` and ``quarantine/NNNNN_name`` numbered in run order, from the
    units' record files, one unit at a time."""
    codes: Counter[str] = Counter()
    n = 0
    with (tmp / "quarantine.jsonl").open("w", encoding="utf-8") as fh:
        for unit in range(n_units):
            part = tmp / QPARTS / f"records-{unit:08d}.json"
            if not part.is_file():
                continue
            for rec in json.loads(part.read_bytes()):
                n += 1
                codes[rec["code"]] += 1
                copied = None
                if rec["tmp"] is not None:
                    copied = f"quarantine/{copy_name(n, rec['source'], rec['line'])}"
                    (tmp / "quarantine").mkdir(exist_ok=True)
                    os.replace(tmp / rec["tmp"], tmp / copied)
                row = {k: rec[k] for k in ("source", "line", "code", "reason")}
                fh.write(json.dumps(row | {"copy": copied}, ensure_ascii=False) + "\n")
    return codes


def _keep_reported(tmp: Path) -> None:
    """Drop staging-only folders and a killed attempt's half-written originals (complete
    ones are named by page id, so a retry rewrote them with the same bytes); table
    parts are pruned by :meth:`Staging.commit` to those the tasks reported."""
    for name in (STAGED, QPARTS, PROFILES):
        shutil.rmtree(tmp / name, ignore_errors=True)
    originals = tmp / "originals"
    if originals.is_dir():
        for f in originals.glob("*.inflight"):
            f.unlink()
        if not any(originals.iterdir()):
            originals.rmdir()
