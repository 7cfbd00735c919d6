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
   the corpus's settings and verified as the local stage does
   (:func:`~cleaner.engines.ray_dedup.check_pair`).

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

from cleaner.corpus.store import CorpusStore, PartRecord, new_tag, write_part_files
from cleaner.dedup.index import MatchRule
from cleaner.dedup.minhash import SketchParams, sketch

__all__ = ["CORPUS_SCHEMA", "corpus_matches", "merge_corpus"]

_KIND_RANK = {"exact": 0, "near": 1, "contained": 2}

#: One row per article with a corpus exact twin or a corpus candidate.
CORPUS_SCHEMA = pa.schema(
    [
        ("c_gidx", pa.int64()),
        ("c_id", pa.string()),  # the corpus document matched (None: none classified)
        ("c_cluster", pa.string()),
        ("c_kind", pa.string()),
        ("c_score", pa.float64()),
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
    ]
)


def _read_group(t: pa.Table, *, columns: list[str]) -> pa.Table:
    import pyarrow.parquet as pq

    tables = [
        pq.ParquetFile(path).read_row_group(int(rg), columns=columns)
        for path, rg in zip(t.column("path").to_pylist(), t.column("rg").to_pylist(), strict=True)
    ]
    return pa.concat_tables(tables)


def read_parts(ray: Any, store: CorpusStore, kind: str, columns: list[str]) -> Any:
    """The corpus's ``kind`` parts as a Ray dataset, one task per row group.

    (Ray 2.60's Parquet reader failed now and then resolving local paths when fsspec's
    HTTP filesystem cannot be imported; the parts' row groups are known, so read them.)"""
    import pyarrow.parquet as pq

    items = [
        {"path": f, "rg": g}
        for f in map(str, store.checked_files(kind))  # checksums checked on the driver
        for g in range(pq.ParquetFile(f).metadata.num_row_groups)
    ]
    return ray.data.from_items(items).map_batches(
        _read_group, batch_format="pyarrow", batch_size=1, fn_kwargs={"columns": columns}
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
) -> pa.Table:
    """Per bucket of articles: read the corpus documents their pairs name, decide each."""
    from cleaner.engines.ray_dedup import _set, check_pair

    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    pairs = df.filter(pl.col("role") == 1).select("k", "row", "is_exact").sort("k", "row")
    if pairs.height == 0:
        return CORPUS_SCHEMA.empty_table()
    docs = {
        k: (seq, sig)
        for k, seq, sig in df.filter(pl.col("role") == 0).select("k", "seq", "sig").iter_rows()
    }
    store = CorpusStore(path, manifest)  # type: ignore[arg-type]
    fetched = store.fetch(pairs["row"].unique().to_numpy())
    rows = fetched["row"].to_list()
    at = {r: i for i, r in enumerate(rows)}
    ids, clusters = fetched["id"].to_list(), fetched["cluster"].to_list()
    csk = sketch(fetched["text"].to_list(), params)
    out: dict[str, list[Any]] = {f.name: [] for f in CORPUS_SCHEMA}
    exact = pairs.filter(pl.col("is_exact"))
    exact_row = dict(zip(exact["k"].to_list(), exact["row"].to_list(), strict=True))
    by_q: dict[int, list[int]] = {}
    for q, row in pairs.filter(~pl.col("is_exact")).select("k", "row").iter_rows():
        by_q.setdefault(q, []).append(row)
    for q in sorted(set(exact_row) | set(by_q)):
        hit: tuple[str, str, str, float] | None = None
        best_j: float | None = None
        if q in exact_row:
            i = at[exact_row[q]]
            hit = (ids[i], clusters[i], "exact", 100.0)
        elif q in docs:
            seq = np.frombuffer(docs[q][0], dtype=np.uint32)
            sig = np.frombuffer(docs[q][1], dtype=np.uint32)[None, :]
            a = _set(seq)
            best: tuple[tuple[int, float], tuple[str, str, str, float]] | None = None
            for row in by_q[q]:  # corpus rows in order: the local stage keeps the first of ties
                i = at[row]
                rseq = csk.sequence(i).astype(np.uint32)
                k, s, jj = check_pair(
                    seq, a, sig, rseq, csk.sig[i].astype(np.uint32), rule, params.num_perm
                )
                best_j = max(best_j or 0.0, jj)
                if k is None:
                    continue
                rank = (-_KIND_RANK[k], s)
                if best is None or rank > best[0]:
                    best = (rank, (ids[i], clusters[i], k, s))
            if best is not None:
                hit = best[1]
        out["c_gidx"].append(q)
        out["c_id"].append(hit[0] if hit else None)
        out["c_cluster"].append(hit[1] if hit else None)
        out["c_kind"].append(hit[2] if hit else None)
        out["c_score"].append(hit[3] if hit else None)
        out["c_best"].append(best_j)
    return pa.table(out, schema=CORPUS_SCHEMA)


def corpus_matches(
    ray: Any, docs: Any, store: CorpusStore, params: SketchParams, rule: MatchRule, buckets: int
) -> Any:
    """``CORPUS_SCHEMA`` rows for the sketched articles ``docs`` (``ray_dedup._DOC_SCHEMA``)."""
    from cleaner.engines.ray_dedup import _shuffle

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
    pairs = _shuffle(exact, "exact", buckets, _exact_group).union(
        _shuffle(keys, "key", buckets, _key_group)
    )
    met = pairs.union(docs.map_batches(_docs_meet, batch_format="pyarrow"))
    return _shuffle(
        met,
        "k",
        buckets,
        _verify_group,
        path=str(store.path),
        manifest=store.manifest,
        params=params,
        rule=rule,
    )


# -- 4 merge ---------------------------------------------------------------------------------


def merge_corpus(t: pa.Table) -> pa.Table:
    """Run decisions (``_decide_group`` rows) left-joined with ``CORPUS_SCHEMA`` rows → the
    local stage's decision; a corpus duplicate is its own root with the corpus's cluster."""
    out = {
        c: t.column(c).to_pylist()
        for c in ("gidx", "id", "status", "dup_of", "dup_score", "dup_kind", "parent", "root")
    }
    c_id, c_cl, c_kind, c_score, c_best = (
        t.column(c).to_pylist() for c in ("c_id", "c_cluster", "c_kind", "c_score", "c_best")
    )
    for i in range(t.num_rows):
        kind = c_kind[i]
        status, rk, rs = out["status"][i], out["dup_kind"][i], out["dup_score"][i]
        take = False
        if kind == "exact":
            take = True
        elif kind is not None:
            if status != "duplicate":
                take = True
            elif rk != "exact" and (-_KIND_RANK[kind], c_score[i]) > (-_KIND_RANK[rk], rs):
                take = True
        if take:
            out["status"][i] = "duplicate"
            out["dup_of"][i], out["dup_kind"][i], out["dup_score"][i] = c_id[i], kind, c_score[i]
            out["parent"][i] = out["gidx"][i]
            out["root"][i] = c_cl[i]
        elif status == "kept" and c_best[i] is not None:
            rs = out["dup_score"][i]
            out["dup_score"][i] = c_best[i] if rs is None else max(rs, c_best[i])
    schema = t.select(list(out)).schema
    return pa.table(out, schema=schema)


# -- 5 --add: kept articles appended as new corpus parts ----------------------------------------

#: Run positions (``gidx >> order_shift``) per new corpus part written by one task (the
#: local add writes one part per add); bounds a task's memory (texts and sketches).
ADD_PART_ROWS = 200_000
_ADD_SCHEMA = pa.schema(
    [("h", pa.int64()), ("gidx", pa.int64()), ("id", pa.string()), ("text", pa.string())]
)


def _id_hash(ids: list[str]) -> pa.Array:
    import xxhash

    return pa.array(
        np.fromiter((xxhash.xxh3_64_intdigest(i.encode()) for i in ids), np.uint64, len(ids)).view(
            np.int64
        )
    )


def _kept_rows(t: pa.Table) -> pa.Table:
    t = t.filter(pc.equal(t.column("d_status"), "kept"))
    return pa.table(
        {
            "h": _id_hash(t.column("id").to_pylist()),
            "gidx": t.column("gidx"),
            "id": t.column("id"),
            "text": t.column("text"),
        },
        schema=_ADD_SCHEMA,
    )


def _corpus_ids(t: pa.Table) -> pa.Table:
    n = t.num_rows
    return pa.table(
        {
            "h": _id_hash(t.column("id").to_pylist()),
            "gidx": pa.nulls(n, pa.int64()),
            "id": t.column("id"),
            "text": pa.nulls(n, pa.string()),
        },
        schema=_ADD_SCHEMA,
    )


def _new_ids(t: pa.Table, *, order_shift: int) -> pa.Table:
    """As ``CorpusStore.add``: an id already in the corpus, or repeated, is skipped; the new
    rows get their part, ``h`` = ``(gidx >> order_shift) // ADD_PART_ROWS``."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    present = df.filter(pl.col("gidx").is_null())["id"]
    new = (
        df.filter(pl.col("gidx").is_not_null() & ~pl.col("id").is_in(present.implode()))
        .sort("gidx")
        .unique("id", keep="first", maintain_order=True)
        .with_columns(((pl.col("gidx") // (1 << order_shift)) // ADD_PART_ROWS).alias("h"))
    )
    return new.select("h", "gidx", "id", "text").to_arrow().cast(_ADD_SCHEMA)


def _count_part(t: pa.Table) -> pa.Table:
    return pa.table({"part": [int(t.column("h")[0].as_py())], "n": [t.num_rows]})


def _write_new_part(
    t: pa.Table, *, folder: str, plan: dict[int, tuple[str, int]], params: SketchParams, tag: str
) -> pa.Table:
    """Sketch one part's articles (in run order) and write its pair under ``tag``'s
    temporary names; one row, the part's :class:`~cleaner.corpus.store.PartRecord`."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    df = df.sort("gidx")
    name, first = plan[int(df["h"][0])]
    ids, texts = df["id"].to_list(), df["text"].to_list()
    sk = sketch(texts, params)
    rec = write_part_files(
        folder,
        name=name,
        first_row=first,
        ids=ids,
        texts=texts,
        clusters=ids,
        exact=sk.exact,
        key_len=sk.key_len,
        sig=sk.sig,
        bands=params.bands,
        tag=tag,
    )
    return pa.table({k: [v] for k, v in rec.items()})


def _record(row: dict[str, Any]) -> PartRecord:
    return PartRecord(
        name=str(row["name"]),
        first_row=int(row["first_row"]),
        rows=int(row["rows"]),
        bands_rows=int(row["bands_rows"]),
        docs_sha256=str(row["docs_sha256"]),
        bands_sha256=str(row["bands_sha256"]),
    )


def add_kept(ray: Any, joined: Any, path: Any, buckets: int, *, order_shift: int = 0) -> int:
    """Append the kept articles of ``joined`` (article rows with ``gidx``, ``id``, ``text``,
    ``d_status``) to the corpus at ``path``, in ``gidx`` order, as the local
    ``CorpusStore.add`` would; returns how many.

    Articles are grouped into parts of ``ADD_PART_ROWS`` run positions, the position of an
    article being ``gidx >> order_shift`` (``cleaner run --engine ray`` numbers articles
    ``page << GIDX_SHIFT | article`` and passes ``order_shift=GIDX_SHIFT``, so a part holds
    the articles of ``ADD_PART_ROWS`` pages, not one page each).

    Workers sketch and write the new parts under temporary names
    (:func:`~cleaner.corpus.store.write_part_files`); the driver, inside
    :meth:`CorpusStore.writing` (the writer lock held from reading the manifest to replacing
    it), commits them (:meth:`CorpusStore.commit_parts`).  A failure before that leaves the
    corpus as it was (the temporary files are removed by the next add, of either engine).
    """
    from cleaner.engines.ray_dedup import _shuffle

    if not 0 <= order_shift < 63:
        raise ValueError(f"order_shift must be in 0..62, not {order_shift}")
    store = CorpusStore.open(path)
    with store.writing():
        params = store.params
        kept = joined.map_batches(_kept_rows, batch_format="pyarrow")
        if store.manifest["parts"]:
            ids = read_parts(ray, store, "docs", ["id"])
            kept = kept.union(ids.map_batches(_corpus_ids, batch_format="pyarrow"))
        new = _shuffle(kept, "h", buckets, _new_ids, order_shift=order_shift).materialize()
        counts = new.groupby("h").map_groups(_count_part, batch_format="pyarrow").take_all()
        counts.sort(key=lambda c: int(c["part"]))
        named = store.plan_parts([int(c["n"]) for c in counts])
        plan = {int(c["part"]): nf for c, nf in zip(counts, named, strict=True)}
        if not plan:
            return 0
        tag = new_tag()
        written = (
            new.groupby("h")
            .map_groups(
                _write_new_part,
                batch_format="pyarrow",
                fn_kwargs={
                    "folder": str(store.path / "parts"),
                    "plan": plan,
                    "params": params,
                    "tag": tag,
                },
            )
            .take_all()
        )
        return store.commit_parts([_record(w) for w in written], tag=tag)
