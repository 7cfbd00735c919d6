"""The keep policy on Ray: the local stage's :func:`~cleaner.dedup.keep.reroot`, per cluster.

The local stage re-roots, after each batch, the clusters whose kept member is in that
batch, among the members of that batch.  Here every decision already has its cluster
(:mod:`cleaner.engines.ray_clusters`): one shuffle on a hash of the cluster id brings a
cluster's members together, and the same function re-roots the members that share the kept
member's batch (in run order); the other members of the cluster take the new cluster id.
Nothing else changes: the decisions before the policy are the local stage's, so are the
ones after it.  ``newest`` reads the articles' dates from ``arts``: its ``adate`` column
(``cleaner dedup``: :func:`~cleaner.dedup.keep.article_date` of the row as read) or its
``meta`` column (``cleaner run``: the article's ``meta``, JSON), as the local stage does.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pyarrow as pa
import xxhash

from cleaner.dedup.keep import SYMMETRIC, article_date, reroot
from cleaner.engines.ray_shuffle import join_on, shuffle
from cleaner.stages.dedup_config import DedupConfig

__all__ = ["article_dates", "keep_dataset"]


def article_dates(t: pa.Table) -> list[str | None]:
    """The articles' dates (``keep = "newest"``, the corpus's ``published``), None where
    there is none: the ``adate`` column, or :func:`article_date` of the ``meta`` column."""
    if "adate" in t.column_names:
        return t.column("adate").to_pylist()  # type: ignore[no-any-return]
    if "meta" in t.column_names:
        metas = t.column("meta").to_pylist()
        return [article_date({"meta": json.loads(m) if isinstance(m, str) else m}) for m in metas]
    return [None] * t.num_rows


def _info(t: pa.Table) -> pa.Table:
    texts = t.column("text").to_pylist()
    return pa.table(
        {
            "k_gidx": t.column("gidx"),
            "k_batch": t.column("batch"),
            "k_id": t.column("id"),
            "k_len": pa.array([len(x or "") for x in texts], pa.int64()),
            "k_date": pa.array(article_dates(t), pa.string()),
        }
    )


def _keyed(t: pa.Table) -> pa.Table:
    clusters = t.column("cluster").to_pylist()
    keys = [xxhash.xxh3_64_intdigest(str(c or "").encode()) >> 1 for c in clusters]
    return t.append_column("_ck", pa.array(np.asarray(keys, dtype=np.int64)))


def _keep_group(t: pa.Table, *, policy: str, symmetric: frozenset[str], schema: Any) -> pa.Table:
    rows = t.to_pylist()
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_cluster.setdefault(r["cluster"], []).append(r)
    for cluster, members in by_cluster.items():
        root = next((r for r in members if r["k_id"] == cluster and r["status"] == "kept"), None)
        if root is None:
            continue
        batch = sorted((r for r in members if r["k_batch"] == root["k_batch"]),
                       key=lambda r: r["gidx"])  # fmt: skip
        for r in batch:
            r["id"] = r["k_id"]
        reroot(batch, [r["k_len"] for r in batch], [r["k_date"] for r in batch], policy,
               symmetric=symmetric)  # fmt: skip
        new = root["cluster"]
        if new != cluster:
            for r in members:
                r["cluster"] = new
    return pa.Table.from_pylist([{n: r[n] for n in schema.names} for r in rows], schema=schema)


def keep_dataset(decisions: Any, arts: Any, cfg: DedupConfig, buckets: int, schema: Any) -> Any:
    """``decisions`` (``schema``: ``gidx``, the decision fields, ``cluster``) after the keep
    policy; ``arts`` has ``gidx``, ``batch``, ``id`` and ``text``."""
    sym = SYMMETRIC if cfg.versions == "duplicate" else SYMMETRIC - {"version"}
    info = arts.map_batches(_info, batch_format="pyarrow")
    joined = join_on(decisions, info, "gidx", "k_gidx", buckets).map_batches(
        _keyed, batch_format="pyarrow"
    )
    return shuffle(joined, "_ck", buckets, _keep_group, policy=cfg.keep, symmetric=sym,
                   schema=schema)  # fmt: skip
