"""``cleaner dedup --engine ray``: the local ``dedup_file`` on Ray Data, and the Ray session.

Inputs are read by the workers in ranges (byte ranges of a JSONL file cut at line ends,
row groups of Parquet), after one counting pass that fixes every row's position in the run
(``gidx``): positions decide ids, batch numbers and which of two copies is the original,
exactly as in the local engine.  Decisions come from :mod:`cleaner.engines.ray_dedup`;
outputs are partitioned Parquet committed by :mod:`cleaner.engines.ray_io`.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner import __version__
from cleaner.corpus.batches import resolve_input
from cleaner.corpus.errors import CorpusError
from cleaner.corpus.job import ARTICLE_FIELDS
from cleaner.corpus.store import CorpusStore
from cleaner.dedup.keep import article_date
from cleaner.engines import require_ray
from cleaner.engines.ray_corpus import add_kept
from cleaner.engines.ray_dedup import (
    buckets_for,
    check_supported,
    dedup_dataset,
    join_decisions,
)
from cleaner.engines.ray_fs import RemoteFile, is_uri, resolve_remote_input
from cleaner.engines.ray_io import Staging, manifest_table, write_part
from cleaner.engines.ray_read import line_cuts, open_at, open_file
from cleaner.errors import ConfigError, InputError
from cleaner.stages.dedup import DECISION_FIELDS, DedupConfig, apply_decision

__all__ = ["dedup_file_ray", "init_ray"]

#: ``cleaner dedup`` reads its input 20,000 rows at a time (``dedup_file(batch_size=)``).
DEDUP_FILE_BATCH = 20_000
#: JSONL read ranges: large enough that a task's start-up is noise, small enough for 2 GB workers.
RANGE_BYTES = 16_000_000
#: ``adate``: the article's date for ``keep = "newest"`` (:func:`article_date` of the row as
#: read, so a top-level ``published`` / ``date`` counts as in ``dedup_file``).
_SCHEMA = pa.schema(
    [*ARTICLE_FIELDS, ("gidx", pa.int64()), ("batch", pa.int64()), ("adate", pa.string())]
)


def init_ray(address: str | None = None) -> Any:
    """Connect to the cluster at ``address`` (``auto``, ``ray://host:10001``, ``host:6379``)
    or start a local Ray; quiet logs, no progress bars.  Reuses an existing session."""
    ray = require_ray()
    if not ray.is_initialized():
        try:
            ray.init(
                # "local": without --ray-address start a Ray of our own, as the help says,
                # rather than Ray's default of joining a cluster already on this machine
                address=address or "local",
                logging_level=logging.ERROR,
                log_to_driver=False,
                include_dashboard=False,
                configure_logging=True,
            )
        except ConnectionError as exc:
            raise ConfigError(f"--ray-address {address}: cannot connect: {exc}") from None
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    # the default hash shuffle (v2) of Ray 2.60 failed here on partitions that receive no
    # rows ("Invalid sort key column"); the sort-based one handles them
    from ray.data.context import ShuffleStrategy

    ctx.shuffle_strategy = ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
    return ray


# -- reading articles in ranges --------------------------------------------------------------


def _parquet(path: Path | RemoteFile) -> pq.ParquetFile:
    return pq.ParquetFile(path.parquet_source() if isinstance(path, RemoteFile) else path)


def _ranges(path: Path | RemoteFile) -> list[dict[str, Any]]:
    name = path.uri if isinstance(path, RemoteFile) else str(path)
    if Path(path.name).suffix == ".parquet":
        md = _parquet(path).metadata
        return [{"path": name, "rg": i, "start": 0, "end": 0} for i in range(md.num_row_groups)]
    size = path.size() if isinstance(path, RemoteFile) else path.stat().st_size
    cuts = line_cuts(path, size, RANGE_BYTES)
    return [{"path": name, "rg": -1, "start": a, "end": b} for a, b in itertools.pairwise(cuts)]


def _range_rows(r: dict[str, Any]) -> list[dict[str, Any]]:
    """The article dicts of one range, as ``iter_batches`` would give them."""
    path = open_file(r["path"])
    if r["rg"] >= 0:
        rows = _parquet(path).read_row_group(int(r["rg"])).to_pylist()
        for row in rows:
            if isinstance(row.get("meta"), str):
                row["meta"] = json.loads(row["meta"])
        return rows
    with open_at(path, int(r["start"])) as fh:
        data = fh.read(int(r["end"]) - int(r["start"]))
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def _count(t: pa.Table) -> pa.Table:
    counts, errors = [], []
    for r in t.to_pylist():
        try:
            rows = _range_rows(r)
            bad = next(
                (
                    n
                    for n, row in enumerate(rows)
                    if not isinstance(row, dict)
                    or not isinstance(row.get("id"), str)
                    or not isinstance(row.get("text"), str)
                ),
                None,
            )
            err = None if bad is None else f"row {bad + 1}: needs string fields 'id' and 'text'"
        except ValueError as exc:
            rows, err = [], f"not JSON: {exc}"
        counts.append(len(rows))
        errors.append(err)
    return t.append_column("n", pa.array(counts, pa.int64())).append_column(
        "error", pa.array(errors, pa.string())
    )


def _parse(t: pa.Table) -> Any:
    for r in t.to_pylist():
        rows = _range_rows(r)
        out = []
        for k, row in enumerate(rows):
            a: dict[str, Any] = {name: row.get(name) for name, _ in ARTICLE_FIELDS}
            a["adate"] = article_date(row)
            if a["meta"] is not None and not isinstance(a["meta"], str):
                a["meta"] = json.dumps(a["meta"], ensure_ascii=False)
            gidx = int(r["offset"]) + k
            a["gidx"] = gidx
            a["batch"] = gidx // DEDUP_FILE_BATCH
            out.append(a)
        yield pa.Table.from_pylist(out, schema=_SCHEMA)


def read_articles(ray: Any, path: Path | RemoteFile) -> tuple[Any, int]:
    """A Ray dataset of the articles in ``path`` with ``gidx`` and ``batch``; its size."""
    ranges = _ranges(path)
    counted = ray.data.from_items(ranges).map_batches(_count, batch_format="pyarrow", batch_size=1)
    by_range = sorted(counted.take_all(), key=lambda r: (r["rg"], r["start"]))
    offset = 0
    for r in by_range:
        if r["error"]:
            raise InputError(str(path), r["error"])
        r["offset"] = offset
        offset += r["n"]
    items = [{k: r[k] for k in ("path", "rg", "start", "end", "offset")} for r in by_range]
    ds = ray.data.from_items(items).map_batches(_parse, batch_format="pyarrow", batch_size=1)
    return ds, offset


# -- dedup ---------------------------------------------------------------------------------------

_OUT_SCHEMA = pa.schema(list(ARTICLE_FIELDS))


def _finish(t: pa.Table, *, folder: str) -> pa.Table:
    """Apply the decisions to the input rows and write one part (as ``job._row``)."""
    rows = sorted(t.to_pylist(), key=lambda r: r["gidx"])
    stats: Counter[str] = Counter()
    for r in rows:
        if r.get("d_status") is None:  # not sketched: a dropped input article
            r.update(dict.fromkeys(DECISION_FIELDS), status="dropped")
        else:
            apply_decision(r, r, prefix="d_")
            if r["status"] == "duplicate":
                stats[f"kind:{r['dup_kind']}"] += 1
        stats[f"status:{r['status']}"] += 1
    if not rows:
        return manifest_table([])
    table = pa.Table.from_pylist(rows, schema=_OUT_SCHEMA)
    return manifest_table(
        [write_part(table, folder, "articles.parquet", rows[0]["gidx"], _OUT_SCHEMA, stats)]
    )


def dedup_file_ray(
    input_path: str | Path,
    out_dir: Path,
    *,
    config: DedupConfig | None = None,
    corpus: Path | None = None,
    add: bool = False,
    address: str | None = None,
) -> dict[str, Any]:
    """``cleaner dedup --engine ray``: same decisions as ``dedup_file``, Parquet parts.

    ``input_path`` may be a ``scheme://`` URI (a ``str``): read through its pyarrow
    filesystem (:mod:`cleaner.engines.ray_fs`)."""
    cfg = config or DedupConfig()
    check_supported(cfg)
    if add and corpus is None:
        raise CorpusError("--add needs --corpus DIR")
    src: Path | RemoteFile = (
        resolve_remote_input(input_path)
        if isinstance(input_path, str) and is_uri(input_path)
        else resolve_input(Path(input_path))
    )
    store = CorpusStore.open(corpus) if corpus is not None else None
    if store is not None:
        store.check_compatible(cfg.sketch_params())
    snapshot = frozenset(p["name"] for p in store.manifest["parts"]) if store else frozenset()
    with Staging(out_dir) as staging:  # owned and locked before Ray starts
        ray = init_ray(address)
        t0 = time.perf_counter()
        arts, n = read_articles(ray, src)
        arts = arts.materialize()
        decisions = dedup_dataset(
            arts.select_columns(["gidx", "batch", "id", "text", "status", "adate"]),
            cfg,
            rows=n,
            corpus=store,
        )
        joined = join_decisions(arts, decisions.materialize(), n)
        if add:
            joined = joined.materialize()  # read twice: the output parts and the corpus add
        manifest = joined.map_batches(
            _finish, batch_format="pyarrow", batch_size=None, fn_kwargs={"folder": str(staging.tmp)}
        ).take_all()
        counts: Counter[str] = Counter()
        for m in manifest:
            counts.update(json.loads(m["stats"]))
        summary: dict[str, Any] = {
            "version": __version__,
            "input": str(src),
            "articles": n,
            "articles_by_status": {
                k: counts[f"status:{k}"]
                for k in ("kept", "duplicate", "dropped")
                if counts[f"status:{k}"]
            },
            "duplicates_by_kind": {
                k: counts[f"kind:{k}"]
                for k in ("exact", "near", "contained", "version")
                if counts[f"kind:{k}"]
            },
            "corpus": str(corpus) if corpus is not None else None,
            "corpus_docs": len(store) if store is not None else None,
            "added_to_corpus": None,
            "settings": {k: getattr(cfg, k) for k in cfg.__dataclass_fields__ if k != "workers"},
            "format": "parquet",
            "engine": "ray",
        }
        if add and corpus is not None:  # outputs are complete; the add commits atomically
            summary["added_to_corpus"] = add_kept(
                ray, joined, corpus, buckets_for(n), snapshot=snapshot, config=cfg
            )
        summary["seconds"] = round(time.perf_counter() - t0, 3)
        staging.commit(manifest, ("articles.parquet",), summary)
    return summary
