"""The shuffle machinery of the Ray engine: bucket shuffles and joins on integer keys.

Shared by the dedup stage on Ray (:mod:`cleaner.engines.ray_dedup`) and its corpus half
(:mod:`cleaner.engines.ray_corpus`); neither imports the other's internals.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa

__all__ = ["buckets_for", "join_on", "shuffle"]


def _bucket(values: np.ndarray, buckets: int) -> np.ndarray:
    v = values.astype(np.uint64, copy=False)
    mixed = (v * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(40)
    return (mixed % np.uint64(buckets)).astype(np.int64)


def shuffle(ds: Any, col: str, buckets: int, fn: Any, **kwargs: Any) -> Any:
    """Hash-partition ``ds`` on integer column ``col``; ``fn(table)`` runs once per bucket."""

    def add_bucket(t: pa.Table) -> pa.Table:
        b = _bucket(t.column(col).to_numpy(zero_copy_only=False), buckets)
        return t.append_column("_bucket", pa.array(b, pa.int64()))

    def run(t: pa.Table) -> pa.Table:
        return fn(t.drop_columns(["_bucket"]), **kwargs)

    return (
        ds.map_batches(add_bucket, batch_format="pyarrow", batch_size=None)
        .groupby("_bucket", num_partitions=buckets)
        .map_groups(run, batch_format="pyarrow")
    )


def join_on(left: Any, right: Any, lkey: str, rkey: str, buckets: int, how: str = "inner") -> Any:
    """``left`` ⋈ ``right`` on ``lkey == rkey`` by one bucket shuffle (column names of the
    two sides must differ but for the keys; the right key is dropped).

    Ray 2.60's own ``Dataset.join`` failed on partitions that receive no rows."""
    left, right = left.materialize(), right.materialize()
    ls, rs = left.schema().base_schema, right.schema().base_schema
    fields = [pa.field("_k", pa.int64()), pa.field("_side", pa.int8())]
    fields += [pa.field(f.name, f.type) for f in ls] + [
        pa.field(f.name, f.type) for f in rs if f.name != rkey
    ]
    both = pa.schema(fields)

    def tag(t: pa.Table, key: str, side: int) -> pa.Table:
        n = t.num_rows
        cols = {"_k": t.column(key).cast(pa.int64()), "_side": pa.array(np.full(n, side, np.int8))}
        for f in both:
            if f.name not in cols:
                have = f.name in t.column_names and not (side == 1 and f.name in ls.names)
                cols[f.name] = t.column(f.name).cast(f.type) if have else pa.nulls(n, f.type)
        return pa.table(cols, schema=both)

    def meet(t: pa.Table) -> pa.Table:
        df = pl.from_arrow(t)
        assert isinstance(df, pl.DataFrame)
        lcols = [c for c in ls.names]
        rcols = [c for c in rs.names if c != rkey]
        lt = df.filter(pl.col("_side") == 0).select(["_k", *lcols])
        rt = df.filter(pl.col("_side") == 1).select(["_k", *rcols])
        out = lt.join(rt, on="_k", how="left" if how == "left" else "inner").drop("_k")
        return out.to_arrow().cast(pa.schema([both.field(c) for c in out.columns]))

    tagged = left.map_batches(tag, batch_format="pyarrow", fn_kwargs={"key": lkey, "side": 0})
    tagged = tagged.union(
        right.map_batches(tag, batch_format="pyarrow", fn_kwargs={"key": rkey, "side": 1})
    )
    return shuffle(tagged.drop_columns([]), "_k", buckets, meet)


def buckets_for(rows: int) -> int:
    """Shuffle buckets: about 50,000 documents each, at least 4."""
    return max(4, math.ceil(rows / 50_000))
