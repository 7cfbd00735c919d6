"""The dedup stage on Ray Data: the local :class:`~cleaner.stages.dedup.Deduper`'s
decisions, computed without a sequential pass and without collecting anything on the driver.

With ``transitive = true`` (the default) the local stage's decision for an article depends
only on the articles *before* it in the run, never on their decisions:

* **exact** when an earlier article has the same comparison key (xxh3 of the normalised
  text): ``dup_of`` is the earliest such article;
* otherwise **near**/**contained** when a verified candidate (an earlier article sharing an
  LSH band key) classifies as such: ``dup_of`` is the best by (kind, score); ties go to the
  article's own batch first, then to the earliest article (the order in which the local
  stage meets them);
* the **cluster** of a duplicate is the cluster of its ``dup_of``, that of a kept article
  its own id: a forest whose roots are the kept articles.

So each step is one shuffle (a ``groupby`` on a hash bucket of the key, then vectorised
polars inside the group):

1. sketches (exact hash, band keys, verification hashes) on the workers, per Arrow batch;
2. exact twins: shuffle on the exact hash, earliest article per hash;
3. candidate pairs: shuffle on band keys, pairs ``(q, ref)`` with ``ref`` before ``q``
   (within one local batch only the first 64 articles of a key, as ``self_pairs``);
4. each pair gets the earlier article's verification hashes (shuffle on ``ref``), then each
   article meets its candidates (shuffle on ``q``) and is decided on the worker with
   :func:`~cleaner.dedup.index.classify`;
5. clusters: pointer jumping (each round, every unresolved article takes its parent's
   parent; rounds = log2 of the longest chain), one shuffle of small rows per round.

The driver only sees counts.  Batches: the local stage deduplicates in batches (5,000
articles per ``run`` flush, 20,000 rows per ``dedup`` read), which decide the two
tie-breaks above; the caller gives each article its local batch number.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa

from cleaner.corpus.store import CorpusStore
from cleaner.dedup.index import MatchRule, classify, must_verify
from cleaner.dedup.minhash import (
    SketchParams,
    band_keys,
    jaccard_containment,
    longest_unmatched_run,
    signature_agreement,
    sketch,
)
from cleaner.errors import ConfigError
from cleaner.stages.dedup import DedupConfig

__all__ = ["DECISION_SCHEMA", "check_supported", "dedup_dataset"]

#: ``self_pairs``'s cap: within one batch a band key links each article to its first 64.
MAX_GROUP = 64
_KIND_RANK = {"exact": 0, "near": 1, "contained": 2}

DECISION_SCHEMA = pa.schema(
    [
        ("gidx", pa.int64()),
        ("status", pa.string()),
        ("dup_of", pa.string()),
        ("dup_score", pa.float64()),
        ("dup_kind", pa.string()),
        ("cluster", pa.string()),
    ]
)
_DOC_SCHEMA = pa.schema(
    [
        ("gidx", pa.int64()),
        ("batch", pa.int64()),
        ("id", pa.string()),
        ("exact", pa.uint64()),
        ("key_len", pa.int64()),
        ("keys", pa.binary()),
        ("seq", pa.binary()),
        ("sig", pa.binary()),
    ]
)
# one schema for both sides of a shuffle that meets documents and pairs (role 0 / 1)
_MEET_SCHEMA = pa.schema(
    [
        ("k", pa.int64()),
        ("role", pa.int8()),
        ("q", pa.int64()),
        ("ref", pa.int64()),
        ("same_batch", pa.bool_()),
        ("id", pa.string()),
        ("seq", pa.binary()),
        ("sig", pa.binary()),
        ("exact_first", pa.int64()),
        ("exact_id", pa.string()),
    ]
)
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


def check_supported(cfg: DedupConfig) -> None:
    """The Ray engine reproduces the default matching; refuse what it does not (yet)."""
    if not cfg.transitive:
        raise ConfigError("--engine ray needs [dedup] transitive = true (the default)")
    if cfg.distinct_numbers:
        raise ConfigError("--engine ray does not support --distinct-numbers yet")


def _bucket(values: np.ndarray, buckets: int) -> np.ndarray:
    v = values.astype(np.uint64, copy=False)
    mixed = (v * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(40)
    return (mixed % np.uint64(buckets)).astype(np.int64)


def _shuffle(ds: Any, col: str, buckets: int, fn: Any, **kwargs: Any) -> Any:
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
    return _shuffle(tagged.drop_columns([]), "_k", buckets, meet)


# -- 1 sketches ----------------------------------------------------------------------------


def sketch_batch(t: pa.Table, *, params: SketchParams) -> pa.Table:
    """Per active article: exact hash, key length, band keys, verification hashes."""
    active = pl.from_arrow(t.select(["gidx", "batch", "id", "text", "status"]))
    assert isinstance(active, pl.DataFrame)
    active = active.filter(pl.col("status").ne_missing("dropped"))
    texts = active["text"].to_list()
    if not texts:
        return _DOC_SCHEMA.empty_table()
    sk = sketch(texts, params)
    keys = band_keys(sk.sig, params.bands).astype(np.uint64, copy=False)
    seqs = [sk.sequence(i).astype(np.uint32).tobytes() for i in range(len(texts))]
    return pa.table(
        {
            "gidx": active["gidx"].to_arrow(),
            "batch": active["batch"].to_arrow(),
            "id": active["id"].to_arrow(),
            "exact": pa.array(sk.exact.astype(np.uint64), pa.uint64()),
            "key_len": pa.array(sk.key_len.astype(np.int64), pa.int64()),
            "keys": pa.array([r.tobytes() for r in keys], pa.binary()),
            "seq": pa.array(seqs, pa.binary()),
            "sig": pa.array([r.tobytes() for r in sk.sig.astype(np.uint32)], pa.binary()),
        },
        schema=_DOC_SCHEMA,
    )


# -- 2 exact twins -------------------------------------------------------------------------


def _exact_group(t: pa.Table) -> pa.Table:
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    firsts = (
        df.filter(pl.col("key_len") > 0)
        .sort("gidx")
        .group_by("exact", maintain_order=True)
        .agg(pl.col("gidx").first().alias("exact_first"), pl.col("id").first().alias("exact_id"))
    )
    df = df.join(firsts, on="exact", how="left")
    earlier = (pl.col("key_len") > 0) & (pl.col("exact_first") < pl.col("gidx"))
    df = df.with_columns(
        pl.when(earlier).then(pl.col("exact_first")).otherwise(-1).alias("exact_first"),
        pl.when(earlier).then(pl.col("exact_id")).otherwise(None).alias("exact_id"),
    )
    return df.to_arrow()


# -- 3 candidate pairs ---------------------------------------------------------------------


def _key_rows(t: pa.Table, *, bands: int) -> pa.Table:
    n = t.num_rows
    keys = np.frombuffer(b"".join(t.column("keys").to_pylist()), dtype=np.uint64)
    skip = t.column("exact_first").to_numpy() >= 0
    return pa.table(
        {
            "key": pa.array(keys.view(np.int64)),
            "gidx": np.repeat(t.column("gidx").to_numpy(), bands),
            "batch": np.repeat(t.column("batch").to_numpy(), bands),
            "skip": np.repeat(skip, bands),
        }
    ).filter(pa.array(keys != 0) if n else pa.array([], pa.bool_()))


def _pair_group(t: pa.Table) -> pa.Table:
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    df = df.unique(["key", "gidx"]).sort("key", "gidx")
    df = df.with_columns(pl.col("gidx").rank("ordinal").over(["key", "batch"]).alias("rank"))
    refs = df.select("key", pl.col("gidx").alias("ref"), pl.col("batch").alias("rb"), "rank")
    qs = df.filter(~pl.col("skip")).select("key", pl.col("gidx").alias("q"), "batch")
    pairs = (
        qs.join(refs, on="key")
        .filter(
            (pl.col("ref") < pl.col("q"))
            & ((pl.col("rb") < pl.col("batch")) | (pl.col("rank") <= MAX_GROUP))
        )
        .select("q", "ref", (pl.col("rb") == pl.col("batch")).alias("same_batch"))
        .unique(["q", "ref"])
    )
    return _meet(pairs.to_arrow(), key="ref", role=1)


def _meet(t: pa.Table, *, key: str, role: int) -> pa.Table:
    """Rows of ``_MEET_SCHEMA`` keyed on column ``key`` (missing columns null)."""
    n = t.num_rows
    cols: dict[str, Any] = {}
    for f in _MEET_SCHEMA:
        if f.name == "k":
            col = t.column(key)
        elif f.name == "role":
            col = pa.array(np.full(n, role, np.int8))
        elif f.name in t.column_names:
            col = t.column(f.name)
        else:
            col = pa.nulls(n, f.type)
        cols[f.name] = col.cast(f.type)
    return pa.table(cols, schema=_MEET_SCHEMA)


def _docs_as_meet(t: pa.Table) -> pa.Table:
    return _meet(
        t.select(["gidx", "id", "seq", "sig", "exact_first", "exact_id"]).append_column(
            "q", t.column("gidx")
        ),
        key="gidx",
        role=0,
    )


# -- 4 verification ------------------------------------------------------------------------


def _attach_ref(t: pa.Table) -> pa.Table:
    """Per bucket of ``ref``: each pair gets the earlier article's id and hashes."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    docs = df.filter(pl.col("role") == 0).select("k", "id", "seq", "sig")
    pairs = df.filter(pl.col("role") == 1).select("k", "role", "q", "ref", "same_batch")
    out = pairs.join(docs, on="k").with_columns(
        pl.col("q").alias("k"),
        pl.lit(None, pl.Int64).alias("exact_first"),
        pl.lit(None, pl.String).alias("exact_id"),
    )
    return _meet(out.to_arrow(), key="k", role=1)


def _set(seq: np.ndarray) -> np.ndarray:
    v = np.sort(seq)
    if v.size:
        v = v[np.concatenate(([True], v[1:] != v[:-1]))]
    return v


def check_pair(
    seq: np.ndarray,
    a: np.ndarray,
    sig: np.ndarray,
    rseq: np.ndarray,
    rsig: np.ndarray,
    rule: MatchRule,
    num_perm: int,
) -> tuple[str | None, float, float]:
    """``(kind, score, jaccard × 100)`` of a new article (sequence ``seq``, set ``a``,
    signature ``sig`` of shape (1, num_perm)) against an earlier document, as the local stage
    decides a candidate: a pair far under the threshold by its signatures is not verified
    (kind None, its estimate stands for the Jaccard)."""
    est = signature_agreement(sig, rsig[None, :])
    lens = np.array([seq.size]), np.array([rseq.size])
    if not must_verify(est, *lens, rule, num_perm)[0]:
        return None, 0.0, round(100.0 * float(est[0]), 2)
    b = _set(rseq)
    j, c_new = jaccard_containment(a, b)
    inter = c_new * a.size
    c_old = inter / b.size if b.size else (1.0 if a.size == 0 else 0.0)
    block = 0.0
    if rule.needs_block(j, c_new, c_old):
        longer, shorter = (seq, b) if a.size >= b.size else (rseq, a)
        run = longest_unmatched_run(longer, shorter)
        if run >= rule.extra_block_min and longer.size:
            block = run / longer.size
    k, s = classify(float(j), float(c_new), float(c_old), rule, block=block)
    return k, s, round(100.0 * float(j), 2)


def _decide_group(t: pa.Table, *, rule: MatchRule, num_perm: int) -> pa.Table:
    """Per bucket of ``q``: verify every candidate of an article and decide it."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    docs = df.filter(pl.col("role") == 0)
    cands: dict[int, list[tuple[int, bool, str, bytes, bytes]]] = {}
    for q, ref, same, id_, seq, sig in (
        df.filter(pl.col("role") == 1)
        .select("k", "ref", "same_batch", "id", "seq", "sig")
        .iter_rows()
    ):
        cands.setdefault(q, []).append((ref, same, id_, seq, sig))
    rows: dict[str, list[Any]] = {
        n: [] for n in ("gidx", "id", "status", "dup_of", "dup_score", "dup_kind", "parent")
    }
    for g, id_, seq_b, sig_b, ex_first, ex_id in docs.select(
        "k", "id", "seq", "sig", "exact_first", "exact_id"
    ).iter_rows():
        status, dup_of, score, kind, parent = "kept", None, None, None, g
        if ex_first is not None and ex_first >= 0:
            status, dup_of, score, kind, parent = "duplicate", ex_id, 100.0, "exact", ex_first
        elif g in cands:
            seq = np.frombuffer(seq_b, dtype=np.uint32)
            a = _set(seq)
            best_j: float | None = None
            best: tuple[tuple[int, float, bool, int], tuple[str, float, str, int]] | None = None
            sig = np.frombuffer(sig_b, dtype=np.uint32)[None, :]
            for ref, same, rid, rseq_b, rsig_b in cands[g]:
                rseq = np.frombuffer(rseq_b, dtype=np.uint32)
                k, s, jj = check_pair(
                    seq, a, sig, rseq, np.frombuffer(rsig_b, dtype=np.uint32), rule, num_perm
                )
                best_j = max(best_j or 0.0, jj)
                if k is None:
                    continue
                # the local stage meets its own batch first, each part in article order,
                # and keeps the first of equal (kind, score)
                rank = (-_KIND_RANK[k], s, same, -ref)
                if best is None or rank > best[0]:
                    best = (rank, (rid, s, k, ref))
            if best is not None:
                dup_of, score, kind, parent = best[1]
                status = "duplicate"
            else:
                score = best_j
        for name, v in zip(
            ("gidx", "id", "status", "dup_of", "dup_score", "dup_kind", "parent"),
            (g, id_, status, dup_of, score, kind, parent),
            strict=True,
        ):
            rows[name].append(v)
    rows["root"] = [None] * len(rows["gidx"])
    return pa.table(
        rows,
        schema=pa.schema(
            [
                ("gidx", pa.int64()),
                ("id", pa.string()),
                ("status", pa.string()),
                ("dup_of", pa.string()),
                ("dup_score", pa.float64()),
                ("dup_kind", pa.string()),
                ("parent", pa.int64()),
                ("root", pa.string()),  # a fixed cluster (a corpus document's), else None
            ]
        ),
    )


# -- 5 clusters ----------------------------------------------------------------------------


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


# -- the whole stage -----------------------------------------------------------------------


def join_decisions(arts: Any, decisions: Any, rows: int) -> Any:
    """Left-join the decisions (prefixed ``d_``) onto the articles by ``gidx``."""
    from cleaner.stages.dedup import DECISION_FIELDS

    decisions = decisions.rename_columns({c: f"d_{c}" for c in ("gidx", *DECISION_FIELDS)})
    return join_on(
        arts.drop_columns([*DECISION_FIELDS[1:], "batch"]),
        decisions,
        "gidx",
        "d_gidx",
        buckets_for(rows),
        how="left",
    )


def buckets_for(rows: int) -> int:
    """Shuffle buckets: about 50,000 documents each, at least 4."""
    return max(4, math.ceil(rows / 50_000))


def dedup_dataset(
    arts: Any, cfg: DedupConfig, *, rows: int, corpus: CorpusStore | None = None
) -> Any:
    """Decisions (``DECISION_SCHEMA``, one row per active article) for Ray dataset ``arts``.

    ``arts`` has columns ``gidx`` (run order), ``batch`` (the local engine's batch number),
    ``id``, ``text`` and ``status``; dropped articles get no row (the caller keeps them
    ``dropped``).  ``rows`` (the number of articles) sizes the shuffles.  With ``corpus``
    each article is also checked against it (:mod:`cleaner.engines.ray_corpus`).
    """
    check_supported(cfg)
    params = cfg.sketch_params()
    rule = cfg.rule()
    nb = buckets_for(rows)
    docs = arts.map_batches(sketch_batch, batch_format="pyarrow", fn_kwargs={"params": params})
    docs = _shuffle(docs, "exact", nb, _exact_group).materialize()
    pairs = docs.map_batches(_key_rows, batch_format="pyarrow", fn_kwargs={"bands": params.bands})
    pairs = _shuffle(pairs, "key", nb, _pair_group)
    with_ref = _shuffle(
        pairs.union(docs.map_batches(_docs_as_meet, batch_format="pyarrow")),
        "k",
        nb,
        _attach_ref,
    )
    decided = _shuffle(
        with_ref.union(docs.map_batches(_docs_as_meet, batch_format="pyarrow")),
        "k",
        nb,
        _decide_group,
        rule=rule,
        num_perm=params.num_perm,
    ).materialize()
    if corpus is not None and len(corpus):
        from cleaner.engines import require_ray
        from cleaner.engines.ray_corpus import corpus_matches, merge_corpus

        corpus.check_compatible(params)
        found = corpus_matches(require_ray(), docs, corpus, params, rule, nb)
        decided = join_on(decided, found, "gidx", "c_gidx", nb, how="left")
        decided = decided.map_batches(merge_corpus, batch_format="pyarrow").materialize()
    nodes = decided.map_batches(_nodes, batch_format="pyarrow").materialize()
    while True:
        nodes = _shuffle(nodes, "k", nb, _jump_group).materialize()
        if nodes.filter(lambda r: not r["done"]).count() == 0:
            break
        nodes = nodes.map_batches(_to_nodes, batch_format="pyarrow").materialize()
    clusters = nodes.select_columns(["g", "cluster"])
    decided = decided.select_columns([c for c in DECISION_SCHEMA.names if c != "cluster"])
    return join_on(decided, clusters, "gidx", "g", nb)
