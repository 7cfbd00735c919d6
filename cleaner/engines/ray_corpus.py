"""``--corpus DIR`` on Ray: each article checked against a corpus (:mod:`cleaner.corpus.store`).

The local :class:`~cleaner.stages.dedup.Deduper` decides an article against a corpus
independently of every other article: an **exact** twin in the corpus (the lowest corpus
row with the same exact hash) wins over everything; otherwise the best verified corpus
candidate (a corpus document sharing an LSH band key) competes with the run's candidates
by (kind, score), the run's winning ties.  So the corpus half is computed here on its
own, per article, and merged into the run's decisions by :func:`merge_corpus`:

1. exact twins: the corpus's ``docs-*.parquet`` (columns ``exact``, ``row`` only) read as
   a Ray dataset and met with the articles' exact hashes in one bucketed shuffle;
2. candidates: the corpus's ``bands-*.parquet`` read as a Ray dataset and met with the
   articles' band keys in one bucketed shuffle on the key;
3. verification on the workers, per bucket of articles: the corpus documents the bucket
   needs are read there (:meth:`CorpusStore.fetch`, their row groups only), sketched with
   the corpus's settings and judged as the local stage does
   (:func:`~cleaner.engines.ray_judge.check_pair`);
4. :func:`merge_corpus` settles each article on its run and corpus candidates together
   (:func:`~cleaner.dedup.decide.settle`), as the local stage meets them.

Workers read the corpus folder by path, so on a cluster it must be on a filesystem every
node sees at the same path; they read the parts listed in the manifest the driver opened
(parts are immutable, so a concurrent ``--add`` elsewhere does not disturb them).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from cleaner.corpus.store import CorpusStore
from cleaner.dedup.decide import Candidate, Rules, settle
from cleaner.dedup.index import MatchRule
from cleaner.dedup.minhash import SketchParams, sketch
from cleaner.dedup.short import short_keys
from cleaner.dedup.tokens import title_keys, to_bytes, token_table
from cleaner.engines.ray_corpus_add import ADD_PART_ROWS, add_kept, read_parts
from cleaner.engines.ray_judge import (
    CORPUS,
    check_pair,
    outcome_row,
    pack,
    refused_twin,
    shingle_set,
    unpack,
)
from cleaner.engines.ray_shuffle import shuffle

__all__ = ["ADD_PART_ROWS", "CORPUS_SCHEMA", "add_kept", "corpus_matches", "merge_corpus"]

#: One row per article with a corpus exact twin or a corpus candidate.
CORPUS_SCHEMA = pa.schema(
    [
        ("c_gidx", pa.int64()),
        ("c_id", pa.string()),  # the corpus exact twin (None: none)
        ("c_cluster", pa.string()),
        ("c_cands", pa.string()),  # judged corpus candidates (ray_judge.pack)
        ("c_best", pa.float64()),  # best Jaccard × 100 of any corpus candidate
    ]
)
_EXACT_SCHEMA = pa.schema([("exact", pa.uint64()), ("gidx", pa.int64()), ("row", pa.int64())])
_KEY_SCHEMA = pa.schema([("key", pa.int64()), ("gidx", pa.int64()), ("row", pa.int64())])
_PAIR_SCHEMA = pa.schema(
    [
        ("k", pa.int64()),
        ("role", pa.int8()),
        ("row", pa.int64()),
        ("is_exact", pa.bool_()),
        ("seq", pa.binary()),
        ("sig", pa.binary()),
        ("tok", pa.binary()),
        ("title", pa.int64()),
        ("short", pa.string()),
    ]
)


# -- 1 exact twins ---------------------------------------------------------------------------


def _docs_exact(t: pa.Table) -> pa.Table:
    t = t.filter(pc.greater(t.column("key_len"), 0))
    n = t.num_rows
    return pa.table(
        {"exact": t.column("exact"), "gidx": t.column("gidx"), "row": pa.nulls(n, pa.int64())},
        schema=_EXACT_SCHEMA,
    )


def _corpus_exact(t: pa.Table) -> pa.Table:
    n = t.num_rows
    return pa.table(
        {"exact": t.column("exact"), "gidx": pa.nulls(n, pa.int64()), "row": t.column("row")},
        schema=_EXACT_SCHEMA,
    )


def _exact_group(t: pa.Table) -> pa.Table:
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    first = df.filter(pl.col("row").is_not_null()).group_by("exact").agg(pl.col("row").min())
    qs = df.filter(pl.col("gidx").is_not_null()).select("exact", "gidx")
    got = qs.join(first, on="exact").select(
        pl.col("gidx").alias("k"), "row", pl.lit(True).alias("is_exact")
    )
    return _pairs(got)


# -- 2 candidates ----------------------------------------------------------------------------


def _docs_keys(t: pa.Table, *, bands: int) -> pa.Table:
    keys = np.frombuffer(b"".join(t.column("keys").to_pylist()), dtype=np.uint64)
    nz = keys != 0
    return pa.table(
        {
            "key": keys.view(np.int64)[nz],
            "gidx": np.repeat(t.column("gidx").to_numpy(), bands)[nz],
            "row": pa.nulls(int(nz.sum()), pa.int64()),
        },
        schema=_KEY_SCHEMA,
    )


def _corpus_keys(t: pa.Table) -> pa.Table:
    keys = t.column("key").to_numpy().astype(np.uint64, copy=False).view(np.int64)
    return pa.table(
        {"key": keys, "gidx": pa.nulls(t.num_rows, pa.int64()), "row": t.column("ref")},
        schema=_KEY_SCHEMA,
    )


def _key_group(t: pa.Table) -> pa.Table:
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    refs = df.filter(pl.col("row").is_not_null()).select("key", "row")
    qs = df.filter(pl.col("gidx").is_not_null()).select("key", "gidx")
    got = (
        qs.join(refs, on="key")
        .select(pl.col("gidx").alias("k"), "row", pl.lit(False).alias("is_exact"))
        .unique(["k", "row"])
    )
    return _pairs(got)


def _pairs(df: pl.DataFrame) -> pa.Table:
    n = df.height
    return pa.table(
        {
            "k": df["k"].to_arrow().cast(pa.int64()),
            "role": pa.array(np.ones(n, np.int8)),
            "row": df["row"].to_arrow().cast(pa.int64()),
            "is_exact": df["is_exact"].to_arrow().cast(pa.bool_()),
            "seq": pa.nulls(n, pa.binary()),
            "sig": pa.nulls(n, pa.binary()),
            "tok": pa.nulls(n, pa.binary()),
            "title": pa.nulls(n, pa.int64()),
            "short": pa.nulls(n, pa.string()),
        },
        schema=_PAIR_SCHEMA,
    )


def _docs_meet(t: pa.Table) -> pa.Table:
    n = t.num_rows
    return pa.table(
        {
            "k": t.column("gidx"),
            "role": pa.array(np.zeros(n, np.int8)),
            "row": pa.nulls(n, pa.int64()),
            "is_exact": pa.nulls(n, pa.bool_()),
            "seq": t.column("seq"),
            "sig": t.column("sig"),
            "tok": t.column("tok"),
            "title": t.column("title"),
            "short": t.column("short"),
        },
        schema=_PAIR_SCHEMA,
    )


# -- 3 verification --------------------------------------------------------------------------


def _verify_group(
    t: pa.Table,
    *,
    path: str,
    manifest: dict[str, Any],
    params: SketchParams,
    rule: MatchRule,
    rules: Rules,
    short_chars: int,
) -> pa.Table:
    """Per bucket of articles: read the corpus documents their pairs name, judge each."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    pairs = df.filter(pl.col("role") == 1).select("k", "row", "is_exact").unique().sort("k", "row")
    if pairs.height == 0:
        return CORPUS_SCHEMA.empty_table()
    docs = {
        r[0]: r[1:]
        for r in df.filter(pl.col("role") == 0)
        .select("k", "seq", "sig", "tok", "title", "short")
        .iter_rows()
    }
    store = CorpusStore(path, manifest)  # type: ignore[arg-type]
    fetched = store.fetch(pairs["row"].unique().to_numpy())
    rows = fetched["row"].to_list()
    at = {r: i for i, r in enumerate(rows)}
    ids, clusters = fetched["id"].to_list(), fetched["cluster"].to_list()
    texts = fetched["text"].to_list()
    csk = sketch(texts, params)
    ctok, ctitles = token_table(texts), title_keys(texts)
    ckeys = short_keys(texts, short_chars, rules.short_edits)
    out: dict[str, list[Any]] = {f.name: [] for f in CORPUS_SCHEMA}
    exact = pairs.filter(pl.col("is_exact"))
    exact_row = dict(zip(exact["k"].to_list(), exact["row"].to_list(), strict=True))
    by_q: dict[int, list[int]] = {}
    for q, row in pairs.filter(~pl.col("is_exact")).select("k", "row").iter_rows():
        by_q.setdefault(q, []).append(row)
    for q in sorted(set(exact_row) | set(by_q)):
        twin: tuple[str, str] | None = None
        best_j: float | None = None
        judged: list[tuple[Candidate, int]] = []
        if q in exact_row and q in docs:
            i = at[exact_row[q]]
            if not refused_twin(docs[q][2], to_bytes(ctok.doc(i)), rules):
                twin = (ids[i], clusters[i])
        if twin is None and q in docs:
            seq_b, sig_b, tok, title, key = docs[q]
            seq = np.frombuffer(seq_b, dtype=np.uint32)
            sig = np.frombuffer(sig_b, np.uint32)[None, :]
            mine = (seq, shingle_set(seq), sig, tok, title, key)
            for row in by_q.get(q, ()):  # corpus rows in order: the local stage's order
                i = at[row]
                other = (
                    csk.sequence(i).astype(np.uint32),
                    csk.sig[i].astype(np.uint32),
                    to_bytes(ctok.doc(i)),
                    int(ctitles[i].view(np.int64)),
                    ckeys[i],
                )
                v, p, jj = check_pair(mine, other, rule, rules, params.num_perm, short_chars)
                best_j = max(best_j or 0.0, jj)
                if v is not None and p is not None:
                    judged.append((Candidate(ids[i], clusters[i], v, p, (CORPUS, -row)), -1))
        out["c_gidx"].append(q)
        out["c_id"].append(twin[0] if twin else None)
        out["c_cluster"].append(twin[1] if twin else None)
        out["c_cands"].append(pack(judged))
        out["c_best"].append(best_j)
    return pa.table(out, schema=CORPUS_SCHEMA)


def corpus_matches(
    ray: Any,
    docs: Any,
    store: CorpusStore,
    params: SketchParams,
    rule: MatchRule,
    rules: Rules,
    buckets: int,
    *,
    short_chars: int,
) -> Any:
    """``CORPUS_SCHEMA`` rows for the sketched articles ``docs`` (``ray_dedup._DOC_SCHEMA``)."""
    exact = docs.map_batches(_docs_exact, batch_format="pyarrow").union(
        read_parts(ray, store, "docs", ["exact", "row"]).map_batches(
            _corpus_exact, batch_format="pyarrow"
        )
    )
    keys = docs.map_batches(
        _docs_keys, batch_format="pyarrow", fn_kwargs={"bands": params.bands}
    ).union(
        read_parts(ray, store, "bands", ["key", "ref"]).map_batches(
            _corpus_keys, batch_format="pyarrow"
        )
    )
    pairs = shuffle(exact, "exact", buckets, _exact_group).union(
        shuffle(keys, "key", buckets, _key_group)
    )
    met = pairs.union(docs.map_batches(_docs_meet, batch_format="pyarrow"))
    return shuffle(
        met,
        "k",
        buckets,
        _verify_group,
        path=str(store.path),
        manifest=store.manifest,
        params=params,
        rule=rule,
        rules=rules,
        short_chars=short_chars,
    )


# -- 4 merge ---------------------------------------------------------------------------------


def merge_corpus(t: pa.Table, *, rules: Rules, schema: pa.Schema) -> pa.Table:
    """Run decisions (``_decide_group`` rows) left-joined with ``CORPUS_SCHEMA`` rows → the
    local stage's decision: a corpus exact twin wins, then a run exact twin, else the run's
    and the corpus's candidates are settled together.  A corpus duplicate is its own root
    with the corpus document's cluster."""
    rows = t.to_pylist()
    for r in rows:
        if r.get("c_id") is None and r.get("c_cands") is None and r.get("c_best") is None:
            continue  # no corpus twin and no corpus candidate
        if r["c_id"] is not None:
            r.update(dict.fromkeys(("version_of", "best_score", "contains", "dup_detail")))
            r.update(status="duplicate", dup_of=r["c_id"], dup_score=100.0, dup_kind="exact")
            r.update(parent=r["gidx"], root=r["c_cluster"])
        elif r["dup_kind"] != "exact":
            judged = unpack(r["cands"]) + unpack(r["c_cands"])
            # a run duplicate stays a duplicate (more candidates cannot undo it), so only a
            # kept article's best score matters, and it is on the row
            scores = [s for s in (r["best_score"], r["c_best"]) if s is not None]
            o = settle(r["id"], [c for c, _ in judged], max(scores) if scores else None, rules)
            r.update(outcome_row(o), parent=r["gidx"], root=None)
            win = o.extra.get("winner")
            if win is not None:
                g = next(g for c, g in judged if c is win)
                r.update(parent=g if g >= 0 else r["gidx"], root=None if g >= 0 else win.cluster)
    return pa.Table.from_pylist([{f.name: r.get(f.name) for f in schema} for r in rows], schema)
