"""The dedup stage on Ray Data: the local :class:`~cleaner.stages.dedup.Deduper`'s
decisions, computed without a sequential pass and without collecting anything on the driver.

With ``transitive = true`` (the default) the local stage's decision for an article depends
only on the articles *before* it in the run, never on their decisions:

* **exact** when an earlier article has the same comparison key (xxh3 of the normalised
  text): ``dup_of`` is the earliest such article;
  (unless its distinctive tokens make it another fill of the template);
* otherwise every verified candidate (an earlier article sharing an LSH band key) is judged
  (:func:`~cleaner.engines.ray_judge.check_pair`) and the article settled
  (:func:`~cleaner.dedup.decide.settle`): ``dup_of`` is the best by (kind, score); ties go
  to the article's own batch first, then to the earliest article (the order in which the
  local stage meets them); versions and compilation sources are links of a kept article;
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
   :func:`~cleaner.engines.ray_judge.check_pair`;
5. clusters: pointer jumping (each round, every unresolved article takes its parent's
   parent; rounds = log2 of the longest chain), one shuffle of small rows per round.

The driver only sees counts.  Batches: the local stage deduplicates in batches (5,000
articles per ``run`` flush, 20,000 rows per ``dedup`` read), which decide the two
tie-breaks above; the caller gives each article its local batch number.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa

from cleaner.corpus.store import CorpusStore
from cleaner.dedup.containment import GROUP_CAP, group_keys
from cleaner.dedup.decide import Candidate, Rules, settle
from cleaner.dedup.index import MatchRule
from cleaner.dedup.minhash import SketchParams, band_keys, sketch
from cleaner.dedup.short import short_keys
from cleaner.dedup.tokens import title_keys, to_bytes, token_table
from cleaner.engines.ray_clusters import resolve_clusters
from cleaner.engines.ray_judge import (
    BATCH,
    RUN,
    check_pair,
    outcome_row,
    pack,
    refused_twin,
    shingle_set,
)
from cleaner.engines.ray_shuffle import buckets_for, join_on, shuffle
from cleaner.errors import ConfigError
from cleaner.stages.dedup_config import DECISION_FIELDS, DedupConfig

__all__ = ["DECISION_SCHEMA", "buckets_for", "check_supported", "dedup_dataset", "join_on"]

#: ``self_pairs``'s cap: within one batch a band key links each article to its first 64.
MAX_GROUP = 64

DECISION_SCHEMA = pa.schema(
    [
        ("gidx", pa.int64()),
        ("status", pa.string()),
        ("dup_of", pa.string()),
        ("dup_score", pa.float64()),
        ("dup_kind", pa.string()),
        ("cluster", pa.string()),
        ("version_of", pa.string()),
        ("best_score", pa.float64()),
        ("contains", pa.string()),
        ("dup_detail", pa.string()),
    ]
)
#: A decided article before clusters: the decision, its parent (``gidx``), a fixed root
#: (a corpus document's cluster) and its judged candidates (``ray_judge.pack``).
_DECIDED_SCHEMA = pa.schema(
    [
        ("gidx", pa.int64()),
        ("id", pa.string()),
        *[f for f in DECISION_SCHEMA if f.name not in ("gidx", "cluster")],
        ("parent", pa.int64()),
        ("root", pa.string()),
        ("cands", pa.string()),
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
        ("tok", pa.binary()),
        ("title", pa.int64()),
        ("groups", pa.binary()),
        ("short", pa.string()),  # the short key (cleaner.dedup.short), None: not short
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
        ("tok", pa.binary()),
        ("title", pa.int64()),
        ("exact_first", pa.int64()),
        ("exact_id", pa.string()),
        ("short", pa.string()),
    ]
)


def check_supported(cfg: DedupConfig) -> None:
    """The Ray engine reproduces the default matching; refuse what it does not (yet)."""
    if not cfg.transitive:
        raise ConfigError("--engine ray needs [dedup] transitive = true (the default)")
    if cfg.replace_corpus:
        raise ConfigError(
            "--engine ray cannot replace corpus documents yet: --replace (replace_corpus) "
            "runs on the local engine only"
        )


# -- 1 sketches ----------------------------------------------------------------------------


def sketch_batch(t: pa.Table, *, params: SketchParams, cfg: DedupConfig) -> pa.Table:
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
    tok = token_table(texts)
    titles = title_keys(texts)
    groups = group_keys(sk, titles, anchors=cfg.contained, title=cfg.versions != "off")
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
            "tok": pa.array([to_bytes(tok.doc(i)) for i in range(len(texts))], pa.binary()),
            "title": pa.array(titles.view(np.int64), pa.int64()),
            "groups": pa.array([g.tobytes() for g in groups], pa.binary()),
            "short": pa.array(
                short_keys(texts, cfg.short_chars, cfg.rules().short_edits), pa.string()
            ),
        },
        schema=_DOC_SCHEMA,
    )


# -- 2 exact twins -------------------------------------------------------------------------


def _exact_group(t: pa.Table, *, rules: Rules) -> pa.Table:
    """The earliest article with each exact hash; a later one is its twin unless their
    distinctive tokens make them two fills of one template (``refused_twin``)."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    firsts = (
        df.filter(pl.col("key_len") > 0)
        .sort("gidx")
        .group_by("exact", maintain_order=True)
        .agg(
            pl.col("gidx").first().alias("exact_first"),
            pl.col("id").first().alias("exact_id"),
            pl.col("tok").first().alias("first_tok"),
        )
    )
    df = df.join(firsts, on="exact", how="left")
    earlier = (pl.col("key_len") > 0) & (pl.col("exact_first") < pl.col("gidx"))
    refused = [
        e and refused_twin(a, b, rules)
        for e, a, b in df.select(earlier.fill_null(False), "tok", "first_tok").iter_rows()
    ]
    earlier = earlier & ~pl.Series(refused, dtype=pl.Boolean)
    df = df.with_columns(
        pl.when(earlier).then(pl.col("exact_first")).otherwise(-1).alias("exact_first"),
        pl.when(earlier).then(pl.col("exact_id")).otherwise(None).alias("exact_id"),
    ).drop("first_tok")
    return df.to_arrow()


# -- 3 candidate pairs ---------------------------------------------------------------------


def _key_rows(t: pa.Table, *, bands: int) -> pa.Table:
    """One row per band key and per group key (``grp``) of every article."""
    n = t.num_rows
    keys = np.frombuffer(b"".join(t.column("keys").to_pylist()), dtype=np.uint64)
    groups = [np.frombuffer(g, dtype=np.uint64) for g in t.column("groups").to_pylist()]
    per = np.array([g.size for g in groups], dtype=np.int64)
    gkeys = np.concatenate(groups) if n else np.zeros(0, np.uint64)
    skip = t.column("exact_first").to_numpy() >= 0
    gidx, batch = t.column("gidx").to_numpy(), t.column("batch").to_numpy()
    allk = np.concatenate([keys, gkeys])
    table = pa.table(
        {
            "key": pa.array(allk.view(np.int64)),
            "gidx": np.concatenate([np.repeat(gidx, bands), np.repeat(gidx, per)]),
            "batch": np.concatenate([np.repeat(batch, bands), np.repeat(batch, per)]),
            "skip": np.concatenate([np.repeat(skip, bands), np.repeat(skip, per)]),
            "grp": np.concatenate([np.zeros(keys.size, bool), np.ones(gkeys.size, bool)]),
        }
    )
    return table.filter(pa.array(allk != 0))


def _pair_group(t: pa.Table) -> pa.Table:
    """Pairs ``(q, ref)``, ``ref`` before ``q``, sharing a key: a band key links an article
    to every earlier one of other batches and to the first ``MAX_GROUP`` of its own (as
    ``self_pairs``), a group key to the first ``GROUP_CAP`` of the run (as ``group_pairs``)."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    df = df.unique(["key", "gidx"]).sort("key", "gidx")
    df = df.with_columns(
        pl.col("gidx").rank("ordinal").over(["key", "batch"]).alias("rank"),
        pl.col("gidx").rank("ordinal").over("key").alias("rank_all"),
    )
    refs = df.select(
        "key", pl.col("gidx").alias("ref"), pl.col("batch").alias("rb"), "rank", "rank_all"
    )
    qs = df.filter(~pl.col("skip")).select("key", pl.col("gidx").alias("q"), "batch", "grp")
    band = (pl.col("rb") < pl.col("batch")) | (pl.col("rank") <= MAX_GROUP)
    group = pl.col("rank_all") <= GROUP_CAP
    pairs = (
        qs.join(refs, on="key")
        .filter((pl.col("ref") < pl.col("q")) & pl.when(pl.col("grp")).then(group).otherwise(band))
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
        t.select(
            ["gidx", "id", "seq", "sig", "tok", "title", "exact_first", "exact_id", "short"]
        ).append_column("q", t.column("gidx")),
        key="gidx",
        role=0,
    )


# -- 4 verification ------------------------------------------------------------------------


def _attach_ref(t: pa.Table) -> pa.Table:
    """Per bucket of ``ref``: each pair gets the earlier article's id and hashes."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    docs = df.filter(pl.col("role") == 0).select("k", "id", "seq", "sig", "tok", "title", "short")
    pairs = df.filter(pl.col("role") == 1).select("k", "role", "q", "ref", "same_batch")
    out = pairs.join(docs, on="k").with_columns(
        pl.col("q").alias("k"),
        pl.lit(None, pl.Int64).alias("exact_first"),
        pl.lit(None, pl.String).alias("exact_id"),
    )
    return _meet(out.to_arrow(), key="k", role=1)


def _decide_group(
    t: pa.Table, *, rule: MatchRule, rules: Rules, num_perm: int, short_chars: int
) -> pa.Table:
    """Per bucket of ``q``: verify and judge every candidate of an article, settle it."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    docs = df.filter(pl.col("role") == 0)
    cands: dict[int, list[tuple[Any, ...]]] = {}
    # a pair sharing keys of several buckets arrives once per bucket: judge it once
    for row in (
        df.filter(pl.col("role") == 1)
        .unique(["k", "ref"])
        .sort("k", "ref")
        .select("k", "ref", "same_batch", "id", "seq", "sig", "tok", "title", "short")
        .iter_rows()
    ):
        cands.setdefault(row[0], []).append(row[1:])
    rows: dict[str, list[Any]] = {f.name: [] for f in _DECIDED_SCHEMA}
    for g, id_, seq_b, sig_b, tok, title, ex_first, ex_id, key in docs.select(
        "k", "id", "seq", "sig", "tok", "title", "exact_first", "exact_id", "short"
    ).iter_rows():
        rec: dict[str, Any] = dict.fromkeys(_DECIDED_SCHEMA.names)
        rec.update(gidx=g, id=id_, status="kept", parent=g)
        if ex_first is not None and ex_first >= 0:
            rec.update(status="duplicate", dup_of=ex_id, dup_score=100.0, dup_kind="exact")
            rec["parent"] = ex_first
        else:
            seq = np.frombuffer(seq_b, dtype=np.uint32)
            sig = np.frombuffer(sig_b, np.uint32)[None, :]
            mine = (seq, shingle_set(seq), sig, tok, title, key)
            judged: list[tuple[Candidate, int]] = []
            best_j: float | None = None
            for ref, same, rid, rseq_b, rsig_b, rtok, rtitle, rkey in cands.get(g, ()):
                other = (
                    np.frombuffer(rseq_b, dtype=np.uint32),
                    np.frombuffer(rsig_b, dtype=np.uint32),
                    rtok,
                    rtitle,
                    rkey,
                )
                v, p, jj = check_pair(mine, other, rule, rules, num_perm, short_chars)
                best_j = max(best_j or 0.0, jj)
                if v is not None and p is not None:
                    order = (BATCH if same else RUN, -ref)
                    judged.append((Candidate(rid, None, v, p, order), ref))  # type: ignore[arg-type]
            o = settle(id_, [c for c, _ in judged], best_j, rules)
            rec.update(outcome_row(o))
            if "winner" in o.extra:
                rec["parent"] = next(r for c, r in judged if c is o.extra["winner"])
            rec["cands"] = pack(judged)
        for name in rows:
            rows[name].append(rec[name])
    return pa.table(rows, schema=_DECIDED_SCHEMA)


# -- the whole stage -----------------------------------------------------------------------


def join_decisions(arts: Any, decisions: Any, rows: int) -> Any:
    """Left-join the decisions (prefixed ``d_``) onto the articles by ``gidx``."""
    decisions = decisions.rename_columns({c: f"d_{c}" for c in ("gidx", *DECISION_FIELDS)})
    drop = [c for c in (*DECISION_FIELDS[1:], "batch") if c in arts.columns()]
    return join_on(
        arts.drop_columns(drop), decisions, "gidx", "d_gidx", buckets_for(rows), how="left"
    )


def dedup_dataset(
    arts: Any, cfg: DedupConfig, *, rows: int, corpus: CorpusStore | None = None
) -> Any:
    """Decisions (``DECISION_SCHEMA``, one row per active article) for Ray dataset ``arts``.

    ``arts`` has columns ``gidx`` (run order), ``batch`` (the local engine's batch number),
    ``id``, ``text`` and ``status``, and for ``keep = "newest"`` the articles' dates: an
    ``adate`` column, or a ``meta`` column (JSON) read with :func:`article_date`; dropped
    articles get no row (the caller keeps them ``dropped``).  ``rows`` (the number of
    articles) sizes the shuffles.  With ``corpus`` each article is also checked against it
    (:mod:`cleaner.engines.ray_corpus`).
    """
    check_supported(cfg)
    params = cfg.sketch_params()
    rule, rules = cfg.rule(), cfg.rules()
    nb = buckets_for(rows)
    docs = arts.map_batches(
        sketch_batch, batch_format="pyarrow", fn_kwargs={"params": params, "cfg": cfg}
    )
    docs = shuffle(docs, "exact", nb, _exact_group, rules=rules).materialize()
    pairs = docs.map_batches(_key_rows, batch_format="pyarrow", fn_kwargs={"bands": params.bands})
    pairs = shuffle(pairs, "key", nb, _pair_group)
    with_ref = shuffle(
        pairs.union(docs.map_batches(_docs_as_meet, batch_format="pyarrow")),
        "k",
        nb,
        _attach_ref,
    )
    decided = shuffle(
        with_ref.union(docs.map_batches(_docs_as_meet, batch_format="pyarrow")),
        "k",
        nb,
        _decide_group,
        rule=rule,
        rules=rules,
        num_perm=params.num_perm,
        short_chars=cfg.short_chars,
    ).materialize()
    if corpus is not None and len(corpus):
        from cleaner.engines import require_ray
        from cleaner.engines.ray_corpus import corpus_matches, merge_corpus

        corpus.check_compatible(params)
        if corpus.successors():
            raise ConfigError(
                f"{corpus.path}: has superseded documents; --engine ray does not follow "
                "them to their successors yet: use the local engine"
            )
        found = corpus_matches(
            require_ray(), docs, corpus, params, rule, rules, nb, short_chars=cfg.short_chars
        )
        decided = join_on(decided, found, "gidx", "c_gidx", nb, how="left")
        decided = decided.map_batches(
            merge_corpus,
            batch_format="pyarrow",
            fn_kwargs={"rules": rules, "schema": _DECIDED_SCHEMA},
        ).materialize()
    clusters = resolve_clusters(decided, nb)
    decided = decided.select_columns([c for c in DECISION_SCHEMA.names if c != "cluster"])
    out = join_on(decided, clusters, "gidx", "g", nb)
    if cfg.keep in ("longest", "newest"):
        from cleaner.engines.ray_keep import keep_dataset

        out = keep_dataset(out, arts, cfg, nb, DECISION_SCHEMA)
    return out
