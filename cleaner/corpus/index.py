"""Candidate lookup and verification: who could be a duplicate, and who really is.

Blocking and verification are kept apart, as in every MinHash pipeline worth copying
(datatrove: signature → buckets → cluster → filter):

1. **Candidates** are pairs that share at least one LSH band key (:mod:`cleaner.corpus.minhash`):
   a polars self-join for the batch, a join against the kept articles of earlier batches of
   the run (:class:`RunIndex`), a join against the band keys stored with the corpus
   (:mod:`cleaner.corpus.store`).
2. **Verification** computes the true Jaccard and the containment of both sides on the
   shingle sets (:func:`~cleaner.corpus.minhash.jaccard_containment`).  A band collision
   alone never marks a duplicate.
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

With ``distinct_numbers`` a match is refused when the shorter text carries a number (digit
run of the unfolded key) that the longer one lacks: the same notice template issued twice
with another document number, date or amount stays two documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from cleaner.corpus.minhash import jaccard_containment

__all__ = ["MatchRule", "RunIndex", "band_join", "classify", "numbers_of", "self_pairs"]

_DIGITS = re.compile(r"[0-9]+(?:,[0-9]{3})*")


@dataclass(frozen=True, slots=True)
class MatchRule:
    """Decision thresholds, all on the 0–1 scale (the stage config uses 0–100)."""

    threshold: float = 0.5
    extra_block: float = 0.20
    extra_block_min: int = 30
    contained: bool = False
    contained_threshold: float = 0.9
    distinct_numbers: bool = False

    def needs_block(self, j: float, c_new: float, c_old: float) -> bool:
        """Whether :func:`classify` needs the longest extra passage of this pair."""
        return j >= self.threshold and min(c_new, c_old) <= 1.0 - self.extra_block


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


def numbers_of(text: str) -> frozenset[str]:
    """The numbers of a text (NFKC width-folded, thousands separators dropped).

    >>> sorted(numbers_of("苏财〔２０２４〕１５号 金额：3,500元"))
    ['15', '2024', '3500']
    """
    folded = unicodedata.normalize("NFKC", text)
    return frozenset(m.replace(",", "").lstrip("0") or "0" for m in _DIGITS.findall(folded))


def numbers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when the smaller number set has a number the other lacks."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return not small <= big


def self_pairs(keys: np.ndarray, *, max_group: int = 64) -> pl.DataFrame:
    """Pairs ``(q, ref)`` with ``ref < q`` sharing a band key within one batch.

    ``keys`` is ``(n, bands)`` uint64; key 0 (empty documents) never matches.  A key shared by
    more than ``max_group`` documents links each to the ``max_group`` earliest only, so a
    degenerate bucket cannot blow up quadratically.
    """
    n, b = keys.shape
    df = pl.DataFrame(
        {"key": keys.ravel(), "q": np.repeat(np.arange(n, dtype=np.int64), b)}
    ).filter(pl.col("key") != 0)
    df = df.unique(["key", "q"]).sort("key", "q")
    firsts = df.group_by("key").head(max_group).rename({"q": "ref"})
    return (
        df.join(firsts, on="key")
        .filter(pl.col("ref") < pl.col("q"))
        .select("q", "ref")
        .unique()
        .sort("q", "ref")
    )


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


@dataclass(slots=True)
class RunIndex:
    """Articles of the run so far (kept and duplicates): the in-batch half of the index.

    Rows are appended by :meth:`add`; ``keys`` are joined with :func:`band_join`.
    """

    ids: list[str] = field(default_factory=list)
    kept: list[bool] = field(default_factory=list)
    clusters: list[str] = field(default_factory=list)
    seqs: list[np.ndarray] = field(default_factory=list)
    _sets: dict[int, np.ndarray] = field(default_factory=dict)
    numbers: list[frozenset[str] | None] = field(default_factory=list)
    exact: dict[int, int] = field(default_factory=dict)
    _keys: list[pl.DataFrame] = field(default_factory=list)
    _pending: list[tuple[int, np.ndarray]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def add(
        self,
        id_: str,
        cluster: str,
        seq: np.ndarray,
        keys: np.ndarray,
        exact: int,
        numbers: frozenset[str] | None,
        *,
        kept: bool = True,
    ) -> int:
        row = len(self.ids)
        self.ids.append(id_)
        self.kept.append(kept)
        self.clusters.append(cluster)
        self.seqs.append(seq)
        self.numbers.append(numbers)
        self.exact.setdefault(exact, row)
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
        return got

    def keys_frame(self) -> pl.DataFrame:
        """All stored band keys as ``(key, ref)``."""
        if self._pending:
            rows = np.array([r for r, _ in self._pending], dtype=np.int64)
            k = np.stack([k for _, k in self._pending])
            self._keys.append(
                pl.DataFrame({"key": k.ravel(), "ref": np.repeat(rows, k.shape[1])}).filter(
                    pl.col("key") != 0
                )
            )
            self._pending = []
        if not self._keys:
            return pl.DataFrame(schema={"key": pl.UInt64, "ref": pl.Int64})
        if len(self._keys) > 1:
            self._keys = [pl.concat(self._keys)]
        return self._keys[0]


def verify(
    pairs: list[tuple[int, int]],
    new_set: Callable[[int], np.ndarray],
    old_set: Callable[[int], np.ndarray],
) -> np.ndarray:
    """``(len(pairs), 3)`` float array: Jaccard, containment of new in old, of old in new."""
    out = np.zeros((len(pairs), 3), dtype=np.float64)
    for i, (q, r) in enumerate(pairs):
        a, b = new_set(q), old_set(r)
        j, c_new = jaccard_containment(a, b)
        out[i, 0] = j
        out[i, 1] = c_new
        inter = c_new * a.size
        out[i, 2] = inter / b.size if b.size else (1.0 if a.size == 0 else 0.0)
    return out
