"""Stage 4, dedup: exact, near and contained duplicates against the run and a corpus.

The one stateful stage.  A :class:`Deduper` is created once per run with a
:class:`DedupConfig` and an optional :class:`~cleaner.corpus.store.CorpusStore`, then
:meth:`Deduper.process` is called on successive batches of articles.  Every article is
checked against the corpus and against the articles kept before it in the run (earlier
batches and earlier in its own batch); the corpus on disk changes only when the caller
asks for it at the end of a successful run (:meth:`Deduper.add_to_corpus`).

API used by ``cleaner run --corpus DIR [--add]`` and ``cleaner dedup``::

    with Deduper(DedupConfig(threshold=50), corpus=CorpusStore.open(path)) as dd:
        for batch in batches:                  # list[dict] with "id", "text", "status"
            for rec in dd.process(batch):      # one record per input article, same order
                ...  # {"id", "status", "dup_of", "dup_score", "dup_kind", "cluster"}
        dd.add_to_corpus()                     # only after the run succeeded (--add)

Input articles with ``status == "dropped"`` are skipped: their record repeats
``status="dropped"`` with every other field None.  Otherwise ``status`` is ``"kept"`` or
``"duplicate"``; ``dup_of`` is the id of the corpus document or earlier article matched
(a kept one, or with ``transitive=True`` possibly an earlier duplicate); ``dup_kind`` is
``"exact"``, ``"near"`` or ``"contained"``; ``dup_score`` (0–100) is the similarity the
decision rests on (100 for exact, Jaccard × 100 for near, containment × 100 for
contained), and for a *kept* article the best Jaccard × 100 of any candidate (None if it
had none): measured even when nothing is dropped, so thresholds can be re-tuned from
outputs.  A candidate whose MinHash estimate is far under the threshold
(:func:`~cleaner.dedup.index.must_verify`) is not verified and counts with its estimate.
``cluster`` is the id of the kept document a duplicate belongs to (a corpus document's
stored cluster), a kept article's own id.

Sketching runs in this process unless ``workers`` asks for processes (forkserver, for
batches over 2,000 articles): a script that sets it must guard its entry point with
``if __name__ == "__main__":`` (the console script does).  :meth:`Deduper.process_batches`
sketches the next batch on a background thread while the current one is matched.

How a match is found and verified: :mod:`cleaner.dedup.index`.  Why the defaults are what
they are: the comments in :class:`DedupConfig`, measured with ``benchmarks/dedup_bench.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import numpy as np
import polars as pl

from cleaner.corpus.store import CorpusStore
from cleaner.dedup.index import (
    MatchRule,
    RunIndex,
    band_join,
    classify,
    must_verify,
    numbers_conflict,
    numbers_of,
    self_pairs,
    verify,
)
from cleaner.dedup.minhash import (
    Sketch,
    SketchParams,
    SketchPool,
    band_keys,
    concat,
    longest_unmatched_run,
    signature_agreement,
)
from cleaner.errors import ConfigError

__all__ = ["DedupConfig", "Deduper"]


#: Largest MinHash signature: 1,024 bins (4 KB per article) is 8× the default and past
#: the point where more bins change any decision; 10⁸ would need 400 MB per article.
MAX_NUM_PERM = 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupConfig:
    """Options of the dedup stage.  Similarities use the 0–100 scale (RapidFuzz convention).

    threshold : float = 50
        Near duplicate when the true Jaccard of the shingle sets × 100 reaches this.  On
        the 10k bench set 50 gives the best pair F1; injected copies have Jaccard quantiles
        0.49 / 0.71 / 0.82 (5/25/50 %), so 70 would lose a quarter of them.
    extra_block : float = 20, extra_block_min : int = 30
        Not a near duplicate when the longer document has one contiguous passage of at least
        ``extra_block`` % of its shingles, and ``extra_block_min`` shingles, absent from the
        shorter: "article + another article" is a compilation, not a copy.  Copies in the
        bench add at most 20 % (an excerpt) or a short header/footer.
    contained : bool = False
        Also report an article whose shingles are ≥ ``contained_threshold`` % inside a longer
        document, as kind ``contained``.  Off by default: it links every compilation to its
        parts, which the benchmark's hard negatives count as errors.
    contained_threshold : float = 90
    distinct_numbers : bool = False
        Keep documents apart when the shorter carries a number the longer lacks (same
        notice template, other document number/date/amount).  Costs recall on copies whose
        site chrome carries different dates.
    ngram : int = 5, word_ngram : int = 3
        Character n-gram length for CJK text, word n-gram length for space-separated text.
    num_perm : int = 128, bands : int = 32
        MinHash bins and LSH bands (rows = num_perm / bands = 4): a pair at Jaccard 0.5 becomes
        a candidate with probability 0.87, at 0.6 with 0.99.
    fold_digits : bool = True
        Fold every digit to 0 in the comparison key (dates and counters in chrome).
    transitive : bool = True
        Also match articles of the run that were themselves duplicates (``dup_of`` is then
        that article, ``cluster`` its cluster).  Copies of one article drift apart in
        different directions; each is closest to the original, not to the first copy seen.
    workers : int | None = None
        Processes for sketching.  None (the default) sketches in this process, on the
        background thread of :meth:`Deduper.process_batches`, overlapping the matching of
        the previous batch.  Measured on the 100k bench set on 2 shared cores: 2 worker
        processes were no faster (medians 11.2 s vs 12.2 s, both within the load's noise)
        and held 1.39 GB instead of 1.02 GB, because every text goes to a worker and every
        shingle sequence comes back.  Not a corpus setting.
    enabled : bool = True
        ``cleaner run`` dedups within the batch (and against ``--corpus``) unless false.

    ``ngram``, ``word_ngram``, ``num_perm``, ``bands`` and ``fold_digits`` are stored in a
    corpus's manifest; a corpus built with other values is refused.
    """

    enabled: bool = True
    threshold: float = 50.0
    extra_block: float = 20.0
    extra_block_min: int = 30
    contained: bool = False
    contained_threshold: float = 90.0
    distinct_numbers: bool = False
    ngram: int = 5
    word_ngram: int = 3
    num_perm: int = 128
    bands: int = 32
    fold_digits: bool = True
    transitive: bool = True
    workers: int | None = None

    def __post_init__(self) -> None:
        for name in ("threshold", "extra_block", "contained_threshold"):
            v = getattr(self, name)
            if not 0 < v <= 100:
                raise ConfigError(f"[dedup] {name} must be in (0, 100], got {v!r}")
        if not (1 <= self.ngram <= 64 and 1 <= self.word_ngram <= 64):
            raise ConfigError("[dedup] ngram and word_ngram must be from 1 to 64")
        if not 1 <= self.num_perm <= MAX_NUM_PERM:  # memory: 4 bytes × num_perm per article
            raise ConfigError(
                f"[dedup] num_perm must be from 1 to {MAX_NUM_PERM}, got {self.num_perm}"
            )
        if self.workers is not None and not 0 <= self.workers <= 1024:  # 0: as None
            raise ConfigError(f"[dedup] workers must be from 0 to 1024, got {self.workers}")
        if self.bands < 1 or self.num_perm < self.bands or self.num_perm % self.bands:
            raise ConfigError(
                f"[dedup] num_perm ({self.num_perm}) must be a multiple of bands ({self.bands})"
            )

    def sketch_params(self) -> SketchParams:
        return SketchParams(
            ngram=self.ngram,
            word_ngram=self.word_ngram,
            num_perm=self.num_perm,
            bands=self.bands,
            fold_digits=self.fold_digits,
        )

    def rule(self) -> MatchRule:
        return MatchRule(
            threshold=self.threshold / 100,
            extra_block=self.extra_block / 100,
            extra_block_min=self.extra_block_min,
            contained=self.contained,
            contained_threshold=self.contained_threshold / 100,
            distinct_numbers=self.distinct_numbers,
        )


_KIND_RANK = {"exact": 0, "near": 1, "contained": 2}


@dataclass(slots=True)
class _Prepared:
    """A batch sketched (by :meth:`Deduper._prepare`), ready to be matched."""

    active: list[int]  # positions of the articles that are not dropped
    texts: list[str]  # their texts
    sketch: Sketch
    keys: np.ndarray  # (len(texts), bands) band keys


def _record(
    id_: str,
    status: str,
    dup_of: str | None = None,
    score: float | None = None,
    kind: str | None = None,
    cluster: str | None = None,
) -> dict[str, Any]:
    return {
        "id": id_,
        "status": status,
        "dup_of": dup_of,
        "dup_score": score,
        "dup_kind": kind,
        "cluster": cluster,
    }


#: The fields a dedup decision sets on an article row.
DECISION_FIELDS = ("status", "dup_of", "dup_score", "dup_kind", "cluster")


def apply_decision(row: dict[str, Any], decision: dict[str, Any], *, prefix: str = "") -> None:
    """Copy a decision (keys ``prefix + field``) onto an article row; a duplicate gets the
    reason ``dedup.<kind>``.  One place for ``cleaner run``, ``cleaner dedup`` and Ray.

    >>> row = {"status": "kept", "reason": None}
    >>> apply_decision(row, {"status": "duplicate", "dup_of": "a", "dup_score": 100.0,
    ...                      "dup_kind": "exact", "cluster": "a"})
    >>> row["reason"], row["dup_of"]
    ('dedup.exact', 'a')
    """
    for f in DECISION_FIELDS:
        row[f] = decision[prefix + f]
    if row["status"] == "duplicate":
        row["reason"] = f"dedup.{row['dup_kind']}"


class Deduper:
    """Deduplicates successive batches of one run; see the module docstring."""

    def __init__(
        self,
        config: DedupConfig | None = None,
        corpus: CorpusStore | None = None,
        *,
        keep_texts: bool = True,
    ) -> None:
        self.config = config or DedupConfig()
        self.params = self.config.sketch_params()
        self.rule = self.config.rule()
        self.corpus = corpus
        if corpus is not None:
            corpus.check_compatible(self.params)
        self.index = RunIndex()
        # None: sketch in this process, on process_batches' background thread (see DedupConfig)
        self.pool = SketchPool(self.params, workers=self.config.workers or 1)
        self.keep_texts = keep_texts
        self._kept: list[tuple[str, str, str]] = []  # (id, text, cluster) of kept articles
        self._kept_sketches: list[Any] = []  # Sketch.take() of each batch's kept rows
        self.counts: dict[str, int] = {"kept": 0, "duplicate": 0, "dropped": 0}
        self.kinds: dict[str, int] = {"exact": 0, "near": 0, "contained": 0}

    def __enter__(self) -> Deduper:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the sketching processes (the run index stays usable)."""
        self.pool.close()

    # -- the batch ----------------------------------------------------------------------

    def process(self, articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One record per article, in order (see the module docstring for the fields)."""
        return self._decide(articles, self._prepare(articles))

    def process_batches(
        self, batches: Iterable[list[dict[str, Any]]]
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
        """``(batch, records)`` for each batch, like :meth:`process` on each in turn.

        The next batch is taken from ``batches`` (read, parsed) and sketched on a
        background thread while this one is matched and written: sketching is numpy on
        whole arrays, which runs without the GIL, so the two overlap on two cores without
        shipping texts and shingles to another process.
        """
        it = iter(batches)

        def load() -> tuple[list[dict[str, Any]], _Prepared] | None:
            batch = next(it, None)
            return None if batch is None else (batch, self._prepare(batch))

        with ThreadPoolExecutor(1, thread_name_prefix="dedup-sketch") as ex:
            fut = ex.submit(load)
            while (got := fut.result()) is not None:
                fut = ex.submit(load)
                yield got[0], self._decide(got[0], got[1])

    def _prepare(self, articles: list[dict[str, Any]]) -> _Prepared:
        """Sketch and band keys of a batch: no state of the run is read or changed."""
        active = [i for i, a in enumerate(articles) if a.get("status") != "dropped"]
        texts = [articles[i]["text"] for i in active]
        sk = self.pool.sketch(texts)
        return _Prepared(active, texts, sk, band_keys(sk.sig, self.params.bands))

    def _decide(self, articles: list[dict[str, Any]], prep: _Prepared) -> list[dict[str, Any]]:
        active, texts, sk, keys = prep.active, prep.texts, prep.sketch, prep.keys
        rule = self.rule
        num_perm = self.params.num_perm
        nums: dict[int, frozenset[str]] = {}

        def num(q: int) -> frozenset[str]:
            if q not in nums:
                nums[q] = numbers_of(texts[q])
            return nums[q]

        # candidates: (q, source, ref, kind, score) for every verified match
        matches: dict[int, list[tuple[str, int, str, float]]] = {}
        best: dict[int, float] = {}
        new_sets: dict[int, np.ndarray] = {}
        new_len = np.diff(sk.offs)

        def new_set(q: int) -> np.ndarray:
            got = new_sets.get(q)
            if got is None:
                got = new_sets[q] = sk.shingle_set(q)
            return got

        def collect(
            pairs: pl.DataFrame,
            source: str,
            old_set: Callable[[int], np.ndarray],
            old_seq: Callable[[int], np.ndarray],
            old_sig: np.ndarray | None,
            old_len: Callable[[np.ndarray], np.ndarray],
        ) -> None:
            if pairs.height == 0:
                return
            qs = pairs["q"].to_numpy()
            refs = pairs["ref"].to_numpy()
            if old_sig is not None:
                # pairs far under the threshold by their signatures are not verified; their
                # estimate still counts towards a kept article's best score
                est = signature_agreement(sk.sig[qs], old_sig[refs])
                check = must_verify(est, new_len[qs], old_len(refs), rule, num_perm)
                if not check.all():
                    for q, e in zip(qs[~check].tolist(), est[~check].tolist(), strict=True):
                        if e * 100.0 > best.get(q, -1.0):
                            best[q] = round(100.0 * e, 2)
                    qs, refs = qs[check], refs[check]
            plist = list(zip(qs.tolist(), refs.tolist(), strict=True))
            res = verify(plist, new_set, old_set)
            need = [
                i
                for i, (j, c_new, c_old) in enumerate(res.tolist())
                if rule.needs_block(j, c_new, c_old)
            ]
            blocks = np.zeros(len(plist))
            for i in need:
                q, ref = plist[i]
                a, b = new_set(q), old_set(ref)
                if a.size >= b.size:
                    blocks[i] = self._extra_block(sk.sequence(q), b)
                else:
                    blocks[i] = self._extra_block(old_seq(ref), a)
            for (q, ref), (j, c_new, c_old), block in zip(
                plist, res.tolist(), blocks.tolist(), strict=True
            ):
                kind, score = classify(j, c_new, c_old, rule, block=block)
                jj = round(100.0 * j, 2)
                if jj > best.get(q, -1.0):
                    best[q] = jj
                if kind is not None:
                    matches.setdefault(q, []).append((source, ref, kind, score))

        # an article with an exact twin earlier in the run needs no fuzzy candidates (with
        # transitive matching every earlier article is in the index, so the twin is found)
        skip: list[int] = []
        if self.config.transitive and not rule.distinct_numbers:
            seen = set(self.index.exact)
            for q, (h, n) in enumerate(zip(sk.exact.tolist(), sk.key_len.tolist(), strict=True)):
                if n and h in seen:
                    skip.append(q)
                seen.add(h)

        # skipped twins get no candidate pairs of their own (they stay candidates for the
        # others): 40,000 copies of one page would otherwise pair with every earlier copy
        live = keys
        if skip:
            live = keys.copy()
            live[skip] = 0  # key 0 never matches: the batch side of the join with the run
        pairs = self_pairs(keys, skip=skip)
        collect(pairs, "batch", new_set, sk.sequence, sk.sig, new_len.__getitem__)
        if len(self.index):
            ix = self.index

            def run_len(rows: np.ndarray) -> np.ndarray:
                return np.fromiter((ix.seqs[r].size for r in rows.tolist()), np.int64, rows.size)

            pairs = band_join(live, ix.keys_frame())
            collect(pairs, "run", ix.shingle_set, ix.seqs.__getitem__, ix.signatures(), run_len)
        corpus_docs: dict[int, tuple[str, str, str]] = {}  # row → (id, cluster, text)
        corpus_exact: dict[int, int] = {}
        if self.corpus is not None and len(self.corpus):
            ex = self.corpus.exact_lookup(sk.exact)
            for q, row in ex.select("q", "row").iter_rows():
                corpus_exact.setdefault(q, row)
            cp = band_join(keys, self.corpus.bands())
            cp = cp.filter(~pl.col("q").is_in(list(corpus_exact))) if corpus_exact else cp
            rows = sorted(set(cp["ref"].to_list()) | set(corpus_exact.values()))
            if rows:
                docs = self.corpus.fetch(rows)
                for row, id_, cl, text in docs.select("row", "id", "cluster", "text").iter_rows():
                    corpus_docs[row] = (id_, cl, text)
            if cp.height:
                order = sorted(corpus_docs)
                local = {row: k for k, row in enumerate(order)}
                ctexts = [corpus_docs[r][2] for r in order]
                csk = self.pool.sketch(ctexts)
                cp = cp.with_columns(
                    pl.col("ref").replace_strict(local, return_dtype=pl.Int64).alias("local"),
                    pl.col("ref").alias("row"),
                )
                csk_len = np.diff(csk.offs)
                collect(
                    cp.select("q", pl.col("local").alias("ref")),
                    "corpus",
                    csk.shingle_set,
                    csk.sequence,
                    csk.sig,
                    csk_len.__getitem__,
                )
                inv = {k: row for row, k in local.items()}
                for ms in matches.values():
                    for i, (src, ref, kind, score) in enumerate(ms):
                        if src == "corpus":
                            ms[i] = ("corpus", inv[ref], kind, score)

        out: list[dict[str, Any]] = [_record(a["id"], "dropped") for a in articles]
        batch_row: dict[int, int] = {}  # batch position → run index row, for kept ones
        kept_mask = np.zeros(len(active), dtype=bool)
        for q, i in enumerate(active):
            id_ = articles[i]["id"]
            hit = self._exact_match(
                q, int(sk.exact[q]), int(sk.key_len[q]), corpus_exact, corpus_docs, num
            )
            if hit is None:
                hit = self._best_match(q, matches.get(q, ()), batch_row, corpus_docs, texts, num)
            if hit is not None:
                dup_of, cluster, kind, score = hit
                out[i] = _record(id_, "duplicate", dup_of, score, kind, cluster)
                self.kinds[kind] += 1
            else:
                kept_mask[q] = True
                cluster = id_
                out[i] = _record(id_, "kept", None, best.get(q), None, id_)
            if hit is None or self.config.transitive:
                batch_row[q] = self.index.add(
                    id_,
                    cluster,
                    sk.sequence(q),
                    keys[q],
                    int(sk.exact[q]) if sk.key_len[q] else -1,
                    num(q) if rule.distinct_numbers else None,
                    kept=hit is None,
                    sig=sk.sig[q],
                )
                if hit is None:
                    self._kept.append((id_, texts[q] if self.keep_texts else "", cluster))
        self.counts["dropped"] += len(articles) - len(active)
        self.counts["kept"] += int(kept_mask.sum())
        self.counts["duplicate"] += int((~kept_mask).sum())
        idx = np.flatnonzero(kept_mask)
        self._kept_sketches.append(sk.take(idx))
        return out

    def _extra_block(self, longer_seq: np.ndarray, shorter_set: np.ndarray) -> float:
        """Longest passage of the longer text missing from the shorter, as a share of it."""
        run = longest_unmatched_run(longer_seq, shorter_set)
        if run < self.rule.extra_block_min or longer_seq.size == 0:
            return 0.0
        return run / longer_seq.size

    def _exact_match(
        self,
        q: int,
        h: int,
        key_len: int,
        corpus_exact: dict[int, int],
        corpus_docs: dict[int, tuple[str, str, str]],
        num: Any,
    ) -> tuple[str, str, str, float] | None:
        if key_len == 0:  # nothing left to compare (only punctuation/whitespace)
            return None
        distinct = self.rule.distinct_numbers
        if q in corpus_exact:
            id_, cl, text = corpus_docs[corpus_exact[q]]
            if not (distinct and numbers_conflict(num(q), numbers_of(text))):
                return id_, cl, "exact", 100.0
        row = self.index.exact.get(h)
        if row is not None:
            n_old = self.index.numbers[row]
            if not (distinct and n_old is not None and numbers_conflict(num(q), n_old)):
                return self.index.ids[row], self.index.clusters[row], "exact", 100.0
        return None

    def _best_match(
        self,
        q: int,
        cands: Any,
        batch_row: dict[int, int],
        corpus_docs: dict[int, tuple[str, str, str]],
        texts: list[str],
        num: Any,
    ) -> tuple[str, str, str, float] | None:
        best: tuple[tuple[int, float], tuple[str, str, str, float]] | None = None
        distinct = self.rule.distinct_numbers
        for source, ref, kind, score in cands:
            if source == "batch":
                if ref not in batch_row:  # a duplicate, and transitive matching is off
                    continue
                row = batch_row[ref]
                target = (self.index.ids[row], self.index.clusters[row])
                if distinct and numbers_conflict(num(q), num(ref)):
                    continue
            elif source == "run":
                target = (self.index.ids[ref], self.index.clusters[ref])
                n_old = self.index.numbers[ref]
                if distinct and n_old is not None and numbers_conflict(num(q), n_old):
                    continue
            else:
                id_, cl, text = corpus_docs[ref]
                target = (id_, cl)
                if distinct and numbers_conflict(num(q), numbers_of(text)):
                    continue
            rank = (-_KIND_RANK[kind], score)
            if best is None or rank > best[0]:
                best = (rank, (target[0], target[1], kind, score))
        return None if best is None else best[1]

    # -- the corpus -----------------------------------------------------------------------

    def kept_for_corpus(self) -> list[dict[str, str]]:
        """``{"id", "text", "cluster"}`` of every article kept so far in the run."""
        return [{"id": i, "text": t, "cluster": c} for i, t, c in self._kept]

    def add_to_corpus(self) -> dict[str, int]:
        """Append the run's kept articles to the corpus (atomic; reuses their sketches)."""
        if self.corpus is None:
            raise ConfigError("dedup: --add needs a corpus (--corpus DIR)")
        if not self.keep_texts:
            raise ConfigError("dedup: created with keep_texts=False, cannot add to the corpus")
        sk = concat(self._kept_sketches, self.params.num_perm)
        kept = self.kept_for_corpus()
        return self.corpus.add(
            [k["id"] for k in kept],
            [k["text"] for k in kept],
            [k["cluster"] for k in kept],
            sketched=sk,
            workers=self.config.workers,
        )
