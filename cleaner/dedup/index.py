"""Candidate lookup and verification: who could be a duplicate, and who really is.

Blocking and verification are kept apart, as in every MinHash pipeline worth copying
(datatrove: signature → buckets → cluster → filter):

1. **Candidates** are pairs that share at least one LSH band key (:mod:`cleaner.dedup.minhash`):
   a sort of the batch's keys (:func:`self_pairs`), a polars join against the articles of
   earlier batches of the run (:class:`RunIndex`), a join against the band keys stored with
   the corpus (:mod:`cleaner.corpus.store`).
2. **Verification** computes the true Jaccard and the containment of both sides on the
   shingle sets (:func:`verify`).  A band collision alone never marks a duplicate.  Half of
   the candidates share only a passage or a template, and their signatures say so: a pair
   estimated far under the threshold is not verified (:func:`must_verify`).
3. **Classification** (:func:`classify`) turns the two numbers into a kind:

   ``near``
       Jaccard ≥ ``threshold``, unless the longer document has one contiguous passage of
       ≥ ``extra_block`` of its shingles (and ≥ ``extra_block_min`` shingles) that the
       shorter lacks.  On ``../shared/bench`` sets nine in ten wrongly joined pairs are
       "article + an unrelated article appended" against the article: Jaccard 0.4–0.8,
       containment 1.0.  A copy adds chrome, scattered edits, a short excerpt; a
       compilation adds a whole passage.  Jaccard and containment cannot tell the two
       apart, the shape of what is extra can.
   ``contained``
       (only with ``contained=True``) the new article's shingles are ≥
       ``contained_threshold`` inside a longer document: a reprint with extra chrome, an
       article from a compilation.
   ``exact``
       equal comparison keys (xxh3 of the normalised text), decided before any of this.

Template fills, versions and compilations are told apart from copies by
:mod:`cleaner.dedup.decide` (which both engines use); :func:`classify` is the measure-only
rule the brute-force oracle and the fast-path tests share.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from cleaner.dedup.blocks import BlockStore, IntColumn
from cleaner.dedup.containment import GROUP_CAP
from cleaner.dedup.minhash import intersection_size
from cleaner.dedup.runcols import FirstRows, GroupRows, StrColumn
from cleaner.dedup.runkeys import RunKeys
from cleaner.dedup.seqstore import ROW_OVERHEAD, PairRowStore, SeqStore

__all__ = [
    "EST_MARGIN",
    "MatchRule",
    "RunIndex",
    "SigRows",
    "band_join",
    "classify",
    "group_pairs",
    "must_verify",
    "self_pairs",
]

#: A candidate pair whose signature estimate of Jaccard lies this far under the threshold
#: is not verified.  Measured on the 100k bench set (num_perm 128, 120,000 candidate
#: pairs): the largest error of the estimate was 0.25 (0.12 at the 99.9th percentile) for
#: documents of 64 shingles or more, 0.20 under; the 61,000 pairs estimated under 0.2 with
#: 64 shingles or more (half of all candidates: texts sharing a passage or a template) had
#: true Jaccard 0.27 at most.
EST_MARGIN = 0.3
#: The margin for pairs with the same title line: three standard deviations of the
#: estimate at Jaccard 0.2 with 128 bins (0.035).
VERSION_MARGIN = 0.1


@dataclass(frozen=True, slots=True)
class MatchRule:
    """Decision thresholds, all on the 0–1 scale (the stage config uses 0–100)."""

    threshold: float = 0.5
    extra_block: float = 0.20
    extra_block_min: int = 30
    contained: bool = False
    contained_threshold: float = 0.9
    version_threshold: float = 1.0  # 1.0: versions are not looked for

    def skips_below(self) -> float:
        """Signature estimate under which a pair cannot be a match (0: verify every pair).

        Only near duplicates are decided by Jaccard; a contained article can have a low
        Jaccard with its container, so with ``contained`` every candidate is verified.
        """
        return 0.0 if self.contained else max(0.0, self.threshold - EST_MARGIN)

    def version_below(self) -> float:
        """As :meth:`skips_below`, for pairs with the same title line (possible versions).

        A tighter margin (:data:`VERSION_MARGIN`): a title line that is site chrome pairs
        unrelated pages (estimate 0–0.1), and verifying them all tripled the candidates
        verified on the 10k bench set."""
        return min(self.skips_below(), max(0.0, self.version_threshold - VERSION_MARGIN))

    def needs_block(self, j: float, c_new: float, c_old: float) -> bool:
        """Whether :func:`classify` needs the longest extra passage of this pair."""
        return j >= self.threshold and min(c_new, c_old) <= 1.0 - self.extra_block

    def needs_tokens(
        self, j: float, c_new: float, c_old: float, edits: tuple[int, int, float]
    ) -> bool:
        """Whether the judge needs the distinctive-token overlap of this pair: similar by
        Jaccard, one side half inside the other, or two short texts within the edits their
        length allows (``edits``: :func:`cleaner.dedup.short.pair_edits`)."""
        return (
            j >= min(self.threshold, self.version_threshold)
            or max(c_new, c_old) >= 0.5
            or 0 <= edits[0] <= edits[1]
        )


def classify(
    j: float, c_new: float, c_old: float, rule: MatchRule, *, block: float = 0.0
) -> tuple[str | None, float]:
    """(kind or None, score 0–100) of a verified pair.

    ``c_new`` is the share of the new article's shingles found in the other document,
    ``c_old`` the reverse; ``block`` the longest run of the longer document's shingles
    missing from the shorter, as a share of the longer (0 if under ``extra_block_min``).

    >>> classify(0.82, 0.9, 0.9, MatchRule())
    ('near', 82.0)
    >>> classify(0.55, 1.0, 0.55, MatchRule(), block=0.45)  # article + another appended
    (None, 55.0)
    >>> classify(0.55, 1.0, 0.55, MatchRule(contained=True), block=0.45)
    ('contained', 100.0)
    """
    if j >= rule.threshold and block < rule.extra_block:
        return "near", round(100.0 * j, 2)
    if rule.contained and c_new >= rule.contained_threshold and c_new > c_old:
        return "contained", round(100.0 * c_new, 2)
    return None, round(100.0 * j, 2)


def must_verify(
    est: np.ndarray,
    n_new: np.ndarray,
    n_old: np.ndarray,
    rule: MatchRule,
    num_perm: int,
    same_title: np.ndarray | None = None,
) -> np.ndarray:
    """Boolean mask of the candidate pairs whose true similarity must be computed.

    ``est`` is the signature estimate of each pair's Jaccard
    (:func:`~cleaner.dedup.minhash.signature_agreement`), ``n_new``/``n_old`` the shingle
    counts of its two documents.  A pair is skipped when its estimate is under
    :meth:`MatchRule.skips_below` and both documents have at least ``num_perm / 2``
    shingles (shorter ones fill most bins by densification; they are cheap to verify
    anyway).  Skipping never creates a match, it can only miss one whose estimate is off
    by more than :data:`EST_MARGIN`.  Pairs with the same title line (``same_title``)
    are held to :meth:`MatchRule.version_below` instead.
    """
    low = rule.skips_below()
    if low <= 0.0:
        return np.ones(est.shape[0], dtype=bool)
    out = (est >= low) | (np.minimum(n_new, n_old) < num_perm // 2)
    if same_title is not None and same_title.any():
        out |= same_title & (est >= rule.version_below())
    return out


def self_pairs(keys: np.ndarray, *, max_group: int = 64, skip: Sequence[int] = ()) -> pl.DataFrame:
    """Pairs ``(q, ref)`` with ``ref < q`` sharing a band key within one batch.

    ``keys`` is ``(n, bands)`` uint64; key 0 (empty documents) never matches.  A key shared by
    more than ``max_group`` documents links each to the ``max_group`` earliest only, so a
    degenerate bucket cannot blow up quadratically.  Rows in ``skip`` (decided already, e.g.
    exact twins) get no pairs of their own but stay candidates (``ref``) for the others.
    Sorted by ``q``, then ``ref``.

    Plain numpy (one sort of the keys, pairs expanded per bucket), twice as fast as the
    polars self-join on 20,000-document batches.
    """
    n, b = keys.shape
    flat = keys.ravel()
    q = np.repeat(np.arange(n, dtype=np.int64), b)
    nonzero = flat != 0
    flat, q = flat[nonzero], q[nonzero]
    empty = pl.DataFrame(schema={"q": pl.Int64, "ref": pl.Int64})
    if flat.size == 0:
        return empty
    order = np.argsort(flat, kind="stable")  # within a key, documents stay in order
    k, qq = flat[order], q[order]
    again = np.zeros(k.size, dtype=bool)  # a document twice under one key counts once
    again[1:] = (k[1:] == k[:-1]) & (qq[1:] == qq[:-1])
    if again.any():
        k, qq = k[~again], qq[~again]
    first = np.empty(k.size, dtype=bool)
    first[0] = True
    np.not_equal(k[1:], k[:-1], out=first[1:])
    gstart = np.flatnonzero(first)
    gid = np.cumsum(first) - 1
    pos = np.arange(k.size) - gstart[gid]  # rank of the document in its bucket
    cnt = np.minimum(pos, max_group)  # it pairs with the bucket's first min(rank, max) docs
    if len(skip):
        cnt[np.isin(qq, np.asarray(skip, dtype=np.int64))] = 0
    total = int(cnt.sum())
    if total == 0:
        return empty
    src = np.repeat(np.arange(k.size), cnt)
    j = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    qa, ra = qq[src], qq[gstart[gid[src]] + j]
    keep = ra < qa
    code = np.unique(qa[keep] * n + ra[keep])
    return pl.DataFrame({"q": code // n, "ref": code % n})


def group_pairs(
    keys: np.ndarray, run: dict[int, list[int]], skip: Sequence[int] = ()
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Candidate pairs by group key (:mod:`cleaner.dedup.containment`): ``(batch pairs, run
    pairs)``, each ``(q, ref)``, unique, sorted.

    Each article pairs with the first ``GROUP_CAP`` articles of the run that have a key of
    its (``run``: key → the run index rows already holding it; the batch's own articles
    follow in order).  Rows in ``skip`` get no pairs of their own."""
    bq: list[int] = []
    br: list[int] = []
    rq: list[int] = []
    rr: list[int] = []
    firsts: dict[int, list[int]] = {}
    skipped = set(skip)
    for q, row in enumerate(keys.tolist()):
        for t in row:
            if not t:
                continue
            have = run.get(t, ())
            mine = firsts.setdefault(t, [])
            if q not in skipped:
                rq += [q] * len(have)
                rr += have
                bq += [q] * len(mine)
                br += mine
            if len(have) + len(mine) < GROUP_CAP:
                mine.append(q)
    schema = {"q": pl.Int64, "ref": pl.Int64}
    batch = pl.DataFrame({"q": bq, "ref": br}, schema=schema).unique().sort("q", "ref")
    return batch, pl.DataFrame({"q": rq, "ref": rr}, schema=schema).unique().sort("q", "ref")


def band_join(keys: np.ndarray, other: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Pairs ``(q, ref)``: batch row ``q`` shares a key with ``other`` row ``ref``.

    ``other`` has columns ``key`` (u64) and ``ref`` (i64).
    """
    n, b = keys.shape
    q = pl.DataFrame({"key": keys.ravel(), "q": np.repeat(np.arange(n, dtype=np.int64), b)}).filter(
        pl.col("key") != 0
    )
    lazy = other.lazy() if isinstance(other, pl.DataFrame) else other
    return (
        lazy.join(q.lazy(), on="key", how="inner")
        .select("q", "ref")
        .unique()
        .collect(engine="streaming")  # the corpus side is streamed from Parquet, not loaded
        .sort("q", "ref")
    )


#: Bytes of sorted shingle sets cached by :meth:`RunIndex.shingle_set` (oldest dropped
#: first): the cache grew with every candidate row, like the sequences themselves.  4 MiB
#: (~1,000 sets) holds the rows a batch meets again; 32 MiB filled over a dozen batches
#: and was most of the peak's growth in the input size (issue 15).
SETS_BUDGET = 4 * 1024 * 1024


class SigRows:
    """Signature rows in blocks, one per batch, gathered by row number.

    The run's signatures grow with the input; one matrix grown by concatenation held the
    old and the new copy at once on every batch (issue 15: memory flat in input size).
    Blocks are never copied again, and past a budget the oldest live in a temporary file
    (:class:`~cleaner.dedup.blocks.BlockStore`), read back a row at a time.

    >>> s = SigRows()
    >>> s.append(np.array([[1, 2], [3, 4]], np.uint32)); s.append(np.array([[5, 6]], np.uint32))
    >>> len(s), s[np.array([2, 0, 1])].tolist()
    (3, [[5, 6], [1, 2], [3, 4]])
    """

    __slots__ = ("_blocks", "_starts", "_width")

    def __init__(self, *, budget: int | None = None) -> None:
        self._blocks = BlockStore(budget=budget)
        self._starts: list[int] = [0]  # first row of each block, then the row count
        self._width: tuple[int, np.dtype] | None = None  # columns and dtype of the rows

    def __len__(self) -> int:
        return self._starts[-1]

    def append(self, block: np.ndarray) -> None:
        if self._width is None:
            self._width = (block.shape[1], block.dtype)
        self._blocks.append(block)
        self._starts.append(self._starts[-1] + block.shape[0])

    def __getitem__(self, rows: np.ndarray) -> np.ndarray:
        rows = np.asarray(rows, dtype=np.int64)
        if self._width is None:
            return np.zeros((0, 0), np.uint32)
        if len(self._blocks) == 1:
            return self._blocks.take(0, rows)
        cols, dtype = self._width
        out = np.empty((rows.size, cols), dtype=dtype)
        which = np.searchsorted(np.asarray(self._starts), rows, side="right") - 1
        for b in np.unique(which).tolist():
            at = which == b
            out[at] = self._blocks.take(b, rows[at] - self._starts[b])
        return out


@dataclass(slots=True)
class RunIndex:
    """Articles of the run so far (kept and duplicates): the in-batch half of the index.

    Rows are appended by :meth:`add`; a batch's band keys meet theirs in :meth:`band_pairs`.
    Every per-row column is chunked and spilled past a small budget
    (:mod:`cleaner.dedup.blocks`): nothing here grows with the run in memory (issue 15).
    """

    ids: StrColumn = field(default_factory=StrColumn)
    kept: IntColumn = field(default_factory=lambda: IntColumn(np.uint8))
    clusters: StrColumn = field(default_factory=StrColumn)
    seqs: SeqStore = field(default_factory=SeqStore)  # spilled to disk past a budget
    _sets: dict[int, np.ndarray] = field(default_factory=dict)
    _sets_bytes: int = 0
    # distinctive tokens (dedup.tokens), spilled to disk past a budget
    tokens: PairRowStore = field(default_factory=PairRowStore)
    titles: IntColumn = field(default_factory=lambda: IntColumn(np.uint64))  # 0: no title
    shorts: StrColumn = field(default_factory=StrColumn)  # short texts (dedup.short), or ""
    # group key → first rows (GROUP_CAP), exact hash → first row: numpy blocks
    groups: GroupRows = field(default_factory=lambda: GroupRows(cap=GROUP_CAP))
    exact: FirstRows = field(default_factory=FirstRows)
    _keys: RunKeys = field(default_factory=RunKeys)  # sorted numpy blocks, one per batch
    _pending: list[tuple[int, np.ndarray]] = field(default_factory=list)
    _sigs: list[np.ndarray] = field(default_factory=list)  # added since the last block
    _sig_rows: SigRows = field(default_factory=lambda: SigRows())
    _sig_missing: bool = False

    def __len__(self) -> int:
        return len(self.ids)

    def add(
        self,
        id_: str,
        cluster: str,
        seq: np.ndarray,
        keys: np.ndarray,
        exact: int,
        tokens: np.ndarray,
        title: int,
        *,
        groups: np.ndarray | None = None,
        kept: bool = True,
        sig: np.ndarray | None = None,
        short: str = "",
    ) -> int:
        row = len(self.ids)
        if sig is None:
            self._sig_missing = True
        elif not self._sig_missing:
            self._sigs.append(sig)
        self.ids.append(id_)
        self.kept.append(kept)
        self.clusters.append(cluster)
        self.seqs.append(seq)
        self.tokens.append(tokens)
        self.titles.append(title)
        self.shorts.append(short)
        if groups is not None:
            self.groups.add(row, groups)
        if exact != -1:  # -1: an empty comparison key, never looked up
            self.exact.add(exact, row)
        self._pending.append((row, keys))
        return row

    def shingle_set(self, row: int) -> np.ndarray:
        """Sorted unique shingle hashes of a row (computed once, on first use)."""
        got = self._sets.get(row)
        if got is None:
            got = np.sort(self.seqs[row])  # not np.unique: it hashes first, 5x slower here
            if got.size:
                got = got[np.concatenate(([True], got[1:] != got[:-1]))]
            self._sets[row] = got
            self._sets_bytes += got.nbytes + ROW_OVERHEAD
            while self._sets_bytes > SETS_BUDGET and len(self._sets) > 1:
                # the oldest first: memory stays bounded (issue 15), a set is made again
                # from its sequence when needed
                self._sets_bytes -= self._sets.pop(next(iter(self._sets))).nbytes + ROW_OVERHEAD
        return got

    def seal(self) -> None:
        """Copy the signatures, band keys, sequences and tokens of the rows added since
        the last call into the index's own blocks.  The rows were added as views of their
        batch's arrays; until copied they kept the whole batch's sketch alive while the
        next batch was read and sketched (issue 15).  Changes no result: :meth:`signatures`
        and :meth:`band_pairs` do the same on first use, and the stores read views and
        copies alike."""
        self.signatures()
        self._flush_keys()
        self.seqs.seal()
        self.tokens.seal()

    def signatures(self) -> SigRows | None:
        """The rows' MinHash signatures (``[rows]`` gives a ``(len(rows), num_perm)``
        array), or None if a row was added without."""
        if self._sig_missing or (not self._sigs and not len(self._sig_rows)):
            return None
        if self._sigs:  # rows added since: one new block, the batch arrays they view let go
            self._sig_rows.append(np.stack(self._sigs))  # type: ignore[arg-type]
            self._sigs = []
        return self._sig_rows

    def band_pairs(self, keys: np.ndarray) -> pl.DataFrame:
        """Pairs ``(q, ref)``, unique, sorted: batch row ``q`` of ``keys`` (``(n, bands)``)
        shares a non-zero band key with row ``ref`` of the index."""
        self._flush_keys()
        return self._keys.pairs(keys)

    def _flush_keys(self) -> None:
        if self._pending:  # rows added since: one new block, the batch arrays they view let go
            rows = np.array([r for r, _ in self._pending], dtype=np.int64)
            self._keys.append(rows, np.stack([k for _, k in self._pending]))
            self._pending = []


def verify(
    pairs: list[tuple[int, int]],
    new_set: Callable[[int], np.ndarray],
    old_set: Callable[[int], np.ndarray],
) -> np.ndarray:
    """``(len(pairs), 3)`` float array: Jaccard, containment of new in old, of old in new."""
    inter = np.zeros(len(pairs), dtype=np.float64)
    na = np.zeros(len(pairs), dtype=np.float64)
    nb = np.zeros(len(pairs), dtype=np.float64)
    for i, (q, r) in enumerate(pairs):  # one searchsorted per pair; the rest is vectorised
        a, b = new_set(q), old_set(r)
        na[i], nb[i] = a.size, b.size
        inter[i] = intersection_size(a, b)
    out = np.zeros((len(pairs), 3), dtype=np.float64)
    union = na + nb - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        out[:, 0] = np.where(union > 0, inter / union, 1.0)
        out[:, 1] = np.where(na > 0, inter / na, np.where(nb == 0, 1.0, 0.0))
        out[:, 2] = np.where(nb > 0, inter / nb, np.where(na == 0, 1.0, 0.0))
    # one side empty, the other not: nothing in common (jaccard_containment's convention)
    one_empty = (na == 0) != (nb == 0)
    out[one_empty] = 0.0
    return out
