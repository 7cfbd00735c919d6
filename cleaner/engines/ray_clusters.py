"""Clusters on Ray: every decided article gets the cluster of the root of its chain.

A duplicate points to its ``parent`` (the article it duplicates, by ``gidx``); a kept
article, or a duplicate of a corpus document, is a root (its own id, or the corpus
document's cluster in ``root``).  Pointer jumping: each round every unresolved article
takes its parent's parent (rounds = log2 of the longest chain), one shuffle of small rows
per round; the driver only counts the unresolved.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa

from cleaner.engines.ray_shuffle import shuffle

__all__ = ["resolve_clusters"]

_NODE_SCHEMA = pa.schema(
    [
        ("k", pa.int64()),
        ("role", pa.int8()),
        ("g", pa.int64()),
        ("p", pa.int64()),
        ("done", pa.bool_()),
        ("cluster", pa.string()),
    ]
)


def _nodes(t: pa.Table) -> pa.Table:
    """Initial forest: kept articles are resolved roots, duplicates point to ``dup_of``."""
    g = t.column("gidx").to_numpy()
    p = t.column("parent").to_numpy()
    done = g == p
    cluster = pa.array(
        [
            (r or i) if d else None
            for i, r, d in zip(
                t.column("id").to_pylist(), t.column("root").to_pylist(), done, strict=True
            )
        ],
        pa.string(),
    )
    return _node_rows(g, p, done, cluster)


def _node_rows(g: np.ndarray, p: np.ndarray, done: np.ndarray, cluster: Any) -> pa.Table:
    """Each node keyed on itself (role 0); an unresolved one also on its parent (role 1)."""
    n = len(g)
    own = pa.table(
        {"k": g, "role": np.zeros(n, np.int8), "g": g, "p": p, "done": done, "cluster": cluster},
        schema=_NODE_SCHEMA,
    )
    todo = ~done
    ask = pa.table(
        {
            "k": p[todo],
            "role": np.ones(int(todo.sum()), np.int8),
            "g": g[todo],
            "p": p[todo],
            "done": done[todo],
            "cluster": pa.array(cluster).filter(pa.array(todo)),
        },
        schema=_NODE_SCHEMA,
    )
    return pa.concat_tables([own, ask])


def _jump_group(t: pa.Table) -> pa.Table:
    """One round: every unresolved node takes its parent's parent (or its cluster)."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    own = df.filter(pl.col("role") == 0)
    resolved = own.filter(pl.col("done")).select("g", "p", "done", "cluster")
    parents = own.select(
        pl.col("g").alias("k"),
        pl.col("p").alias("pp"),
        pl.col("done").alias("pdone"),
        pl.col("cluster").alias("pcl"),
    )
    asks = df.filter(pl.col("role") == 1).join(parents, on="k", how="left")
    moved = asks.select(
        "g",
        pl.when(pl.col("pdone")).then(pl.col("k")).otherwise(pl.col("pp")).alias("p"),
        pl.col("pdone").fill_null(False).alias("done"),
        pl.when(pl.col("pdone")).then(pl.col("pcl")).otherwise(None).alias("cluster"),
    )
    out = pl.concat([resolved, moved])
    return out.to_arrow().cast(
        pa.schema(
            [("g", pa.int64()), ("p", pa.int64()), ("done", pa.bool_()), ("cluster", pa.string())]
        )
    )


def _to_nodes(t: pa.Table) -> pa.Table:
    return _node_rows(
        t.column("g").to_numpy(),
        t.column("p").to_numpy(),
        t.column("done").to_numpy(zero_copy_only=False),
        t.column("cluster"),
    )


def resolve_clusters(decided: Any, buckets: int) -> Any:
    """``(g, cluster)`` rows for the decided articles (columns ``gidx``, ``id``,
    ``parent``, ``root``)."""
    nodes = decided.map_batches(_nodes, batch_format="pyarrow").materialize()
    while True:
        nodes = shuffle(nodes, "k", buckets, _jump_group).materialize()
        if nodes.filter(lambda r: not r["done"]).count() == 0:
            break
        nodes = nodes.map_batches(_to_nodes, batch_format="pyarrow").materialize()
    return nodes.select_columns(["g", "cluster"])
