"""Shingles, MinHash signatures and LSH band keys, computed for a whole batch at once.

Per batch (not per document) the texts are joined, encoded to UTF-32 once and pushed through
numpy: the comparison key (:mod:`cleaner.dedup.normalize`) is one table gather, shingle
hashes are a polynomial rolling hash over the whole array, and signatures are one
``np.minimum.at`` scatter.  No Python loop touches a character or a shingle.

Shingles
    :mod:`cleaner.dedup.shingles`: character ``ngram``-grams of CJK text, word
    ``word_ngram``-grams of space-separated text, chosen per script segment of a document
    (:mod:`cleaner.dedup.segments`).

Signatures
    One-permutation hashing (Li, Owen & Zhang 2012) with rotation densification
    (Shrivastava & Li 2014): each 64-bit shingle hash picks one of ``num_perm`` bins with its
    high bits and competes for the bin's minimum with its low 32 bits.  Two sets agree on a
    bin with probability ≈ their Jaccard, as with ``num_perm`` independent permutations, but
    the cost is one pass over the shingles instead of ``num_perm`` (the classic loop is what
    makes datasketch 10× slower).  Empty bins borrow from the next non-empty one.

Band keys
    ``bands`` 64-bit hashes of consecutive signature rows, band index mixed in, so one key
    column can be joined (polars) without a band column.

Verification sets
    The upper 32 bits of each document's shingle hashes, kept in text order: sorted and
    deduplicated they give the true Jaccard and containment of a candidate pair
    (:func:`jaccard_containment`); in order they show where the extra text of the longer
    document lies (:func:`longest_unmatched_run`).
"""

from __future__ import annotations

import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np

from cleaner.dedup.copies import distinct, take_rows
from cleaner.dedup.shingles import mix64 as _mix64
from cleaner.dedup.shingles import shingle

__all__ = [
    "Sketch",
    "SketchParams",
    "band_keys",
    "intersection_size",
    "jaccard_containment",
    "signature_agreement",
    "sketch",
]

_P = np.uint64(0x100000001B3)  # FNV prime as polynomial base (odd: invertible mod 2**64)
_M2 = np.uint64(0x94D049BB133111EB)
_EMPTY = np.uint32(0xFFFFFFFF)
_DENSIFY_STEP = np.uint64(0x9E3779B1)


@dataclass(frozen=True, slots=True)
class SketchParams:
    """What a sketch depends on: a corpus built with other values cannot be joined."""

    ngram: int = 5
    word_ngram: int = 3
    num_perm: int = 128
    bands: int = 32
    fold_digits: bool = True
    seed: int = 1


@dataclass(slots=True)
class Sketch:
    """Per-document results for one batch of ``n`` texts.

    ``seq[offs[i]:offs[i+1]]`` are document ``i``'s verification hashes in text order
    (repeats kept); :meth:`shingle_set` sorts and dedupes them on demand, because only
    documents with candidates ever need a set (sorting every document up front was half of
    the sketching time).
    """

    exact: np.ndarray  # uint64 (n,): xxh3 of the comparison key
    key_len: np.ndarray  # int64 (n,): length of the comparison key in characters
    sig: np.ndarray  # uint32 (n, num_perm); rows of empty keys are all 0xFFFFFFFF
    seq: np.ndarray  # uint32: every shingle's verification hash, document after document
    offs: np.ndarray  # int64 (n + 1,)

    def __len__(self) -> int:
        return len(self.exact)

    def sequence(self, i: int) -> np.ndarray:
        return self.seq[self.offs[i] : self.offs[i + 1]]

    def shingle_set(self, i: int) -> np.ndarray:
        """Sorted unique verification hashes of document ``i``."""
        v = np.sort(self.sequence(i))
        if v.size:
            v = v[np.concatenate(([True], v[1:] != v[:-1]))]
        return v

    def take(self, idx: np.ndarray) -> Sketch:
        """The rows ``idx`` (exact, key_len and sig only: sequences are not carried)."""
        return Sketch(
            self.exact[idx],
            self.key_len[idx],
            self.sig[idx],
            np.zeros(0, dtype=np.uint32),
            np.zeros(len(idx) + 1, dtype=np.int64),
        )


def _densify(sig: np.ndarray) -> None:
    """Fill empty bins from the next non-empty bin to the right (circular), in place."""
    empty = sig == _EMPTY
    rows = np.flatnonzero(empty.any(axis=1) & ~empty.all(axis=1))
    if rows.size == 0:
        return
    sub = sig[rows]
    orig = sub.copy()
    todo = orig == _EMPTY
    k = sig.shape[1]
    with np.errstate(over="ignore"):
        for t in range(1, k):
            src = np.roll(orig, -t, axis=1)
            fill = todo & (src != _EMPTY)
            if fill.any():
                v = (src[fill].astype(np.uint64) + _DENSIFY_STEP * np.uint64(t)) & np.uint64(
                    0xFFFFFFFE
                )
                sub[fill] = v.astype(np.uint32)
                todo &= ~fill
            if not todo.any():
                break
    sig[rows] = sub


def _shingle(
    texts: list[str], params: SketchParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """:func:`cleaner.dedup.shingles.shingle` with ``params``."""
    return shingle(
        texts, params.ngram, params.word_ngram, fold_digits=params.fold_digits, seed=params.seed
    )


def shingle_sequence(text: str, params: SketchParams) -> np.ndarray:
    """The verification hashes of one text's shingles in text order (repeats kept)."""
    _, _, _, seg, h = _shingle([text], params)
    return (h[np.argsort(seg, kind="stable")] >> np.uint64(32)).astype(np.uint32)


def sketch(texts: list[str], params: SketchParams, *, sequences: bool = True) -> Sketch:
    """Exact hashes, signatures and verification sets of ``texts`` (one numpy pass).

    ``sequences=False`` leaves the verification sequences out (``seq`` empty, ``offs`` all
    0): what a corpus add needs, and a sixth of the bytes to ship back from a worker.

    >>> s = sketch(["第一条 为了规范管理，制定本办法。", "第一条　为了规范管理,制定本办法"],
    ...            SketchParams(num_perm=16, bands=4))
    >>> bool(s.exact[0] == s.exact[1]), s.sig.shape, len(s.shingle_set(0))
    (True, (2, 16), 10)
    """
    n = len(texts)
    k = params.num_perm
    exact, key_len, doc, seg, h = _shingle(texts, params)
    with np.errstate(over="ignore"):
        b = ((h >> np.uint64(32)) * np.uint64(k)) >> np.uint64(32)
        idx = doc * k + b.astype(np.int64)
    flat = np.full(n * k, _EMPTY, dtype=np.uint32)
    np.minimum.at(flat, idx, (h & np.uint64(0xFFFFFFFE)).astype(np.uint32))
    sig = flat.reshape(n, k)
    _densify(sig)
    if not sequences:
        return Sketch(exact, key_len, sig, np.zeros(0, np.uint32), np.zeros(n + 1, np.int64))
    # verification sequences: high 32 bits, grouped by document in text order (segments
    # are numbered in text order and the shingles come in two runs each sorted by segment,
    # so a stable sort is near linear)
    order = np.argsort(seg, kind="stable")
    seq = (h[order] >> np.uint64(32)).astype(np.uint32)
    offs = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(doc, minlength=n), out=offs[1:])
    return Sketch(exact=exact, key_len=key_len, sig=sig, seq=seq, offs=offs)


def longest_unmatched_run(seq: np.ndarray, other: np.ndarray) -> int:
    """Longest run of consecutive shingles of ``seq`` absent from the sorted set ``other``.

    >>> seq, other = np.array([1, 2, 9, 8, 7, 3], np.uint32), np.array([1, 2, 3], np.uint32)
    >>> longest_unmatched_run(seq, other)
    3
    """
    if seq.size == 0:
        return 0
    pos = np.searchsorted(other, seq)
    pos[pos == other.size] = 0
    hit = other[pos] == seq if other.size else np.zeros(seq.size, dtype=bool)
    edges = np.flatnonzero(np.diff(np.concatenate(([1], hit.astype(np.int8), [1]))))
    if edges.size == 0:
        return 0
    return int((edges[1::2] - edges[0::2]).max())


def band_keys(sig: np.ndarray, bands: int) -> np.ndarray:
    """``(n, bands)`` uint64 keys; rows of all-empty signatures get key 0 (never joined)."""
    n, k = sig.shape
    rows = k // bands
    out = np.zeros((n, bands), dtype=np.uint64)
    s64 = sig.astype(np.uint64)
    with np.errstate(over="ignore"):
        for j in range(bands):
            h = np.full(n, np.uint64(j + 1) * _M2, dtype=np.uint64)
            for r in range(rows):
                h = _mix64(h * _P + s64[:, j * rows + r])
            out[:, j] = h | np.uint64(1)
    out[(sig == _EMPTY).all(axis=1)] = 0
    return out


def jaccard_containment(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(Jaccard, share of ``a`` found in ``b``) of two sorted unique uint32 arrays.

    >>> a = np.array([1, 2, 3, 4], dtype=np.uint32); b = np.array([2, 3, 4, 5, 6], np.uint32)
    >>> jaccard_containment(a, b)
    (0.5, 0.75)
    """
    if a.size == 0 or b.size == 0:
        return (1.0, 1.0) if a.size == b.size else (0.0, 0.0)
    if a.size > b.size:
        small, big = b, a
    else:
        small, big = a, b
    pos = np.searchsorted(big, small)
    pos[pos == big.size] = 0
    inter = int(np.count_nonzero(big[pos] == small))
    return inter / (a.size + b.size - inter), inter / a.size


def intersection_size(a: np.ndarray, b: np.ndarray) -> int:
    """Common elements of two sorted unique uint32 arrays (the core of verification).

    >>> intersection_size(np.array([1, 2, 3, 4], np.uint32), np.array([2, 4, 9], np.uint32))
    2
    """
    if a.size > b.size:
        a, b = b, a
    if a.size == 0:
        return 0
    pos = b.searchsorted(a)
    np.minimum(pos, b.size - 1, out=pos)
    return int(np.count_nonzero(b[pos] == a))


def signature_agreement(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Share of equal bins of paired signature rows: the MinHash estimate of Jaccard.

    ``sig_a`` and ``sig_b`` are ``(n, num_perm)``; returns ``(n,)`` float64.  With
    ``num_perm=128`` its standard deviation at Jaccard 0.5 is about 0.045 (measured median error
    0.02-0.03 on bench candidates; densified bins of short documents make it noisier).
    """
    if sig_a.shape[0] == 0:
        return np.zeros(0, dtype=np.float64)
    return np.count_nonzero(sig_a == sig_b, axis=1) / sig_a.shape[1]


def concat(parts: list[Sketch], num_perm: int) -> Sketch:
    """One sketch from consecutive sketches."""
    if len(parts) == 1:
        return parts[0]
    if not parts:
        e = np.zeros(0, dtype=np.uint64)
        return Sketch(
            e,
            e.astype(np.int64),
            np.zeros((0, num_perm), np.uint32),
            e.astype(np.uint32),
            np.zeros(1, dtype=np.int64),
        )
    shift = np.cumsum([0] + [p.offs[-1] for p in parts[:-1]])
    return Sketch(
        exact=np.concatenate([p.exact for p in parts]),
        key_len=np.concatenate([p.key_len for p in parts]),
        sig=np.concatenate([p.sig for p in parts]),
        seq=np.concatenate([p.seq for p in parts]),
        offs=np.concatenate([[0]] + [p.offs[1:] + s for p, s in zip(parts, shift, strict=True)]),
    )


def _sketch_no_sequences(texts: list[str], params: SketchParams) -> Sketch:
    return sketch(texts, params, sequences=False)


#: Texts per numpy pass: large enough to amortise the per-call overhead, small enough that
#: the temporaries (about 60 bytes per character) stay in the low hundreds of MB.
CHUNK_DOCS = 1_000
#: Characters per numpy pass in this process: 1,000 pages of ~850 characters made a
#: temporary peak of ~80 MiB on every batch of a run, on top of everything the run holds
#: (issue 15: peak RSS flat and low); at 256k characters it is ~20 MiB, and the per-call
#: overhead stays under 1 % of the sketching time.
CHUNK_CHARS = 256_000


def _chunks_by_chars(texts: list[str], limit: int) -> list[list[str]]:
    """``texts`` in order, cut into runs of at most ``limit`` characters (a longer text
    alone) and at most ``CHUNK_DOCS`` texts."""
    out: list[list[str]] = []
    cur: list[str] = []
    size = 0
    for t in texts:
        if cur and (size + len(t) > limit or len(cur) >= CHUNK_DOCS):
            out.append(cur)
            cur, size = [], 0
        cur.append(t)
        size += len(t)
    if cur:
        out.append(cur)
    return out


class SketchPool:
    """Sketches many texts on ``workers`` processes (forkserver: no forked polars threads).

    Batches under ``2 * CHUNK_DOCS`` texts, or ``workers=1``, run in this process.  The pool
    starts on first use and is reused until :meth:`close`.
    """

    def __init__(self, params: SketchParams, *, workers: int | None = None) -> None:
        self.params = params
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> SketchPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sketch(self, texts: list[str], *, sequences: bool = True) -> Sketch:
        """:func:`sketch` of ``texts``, ``CHUNK_DOCS`` at a time, on the workers if any.

        Exact copies are sketched once (a text's sketch depends on it alone) and their
        rows copied: the same arrays as sketching every text."""
        copies = distinct(texts)
        if copies is not None:
            first, idx = copies
            sk = self._sketch(first, sequences=sequences)
            seq, offs = sk.seq, np.zeros(len(texts) + 1, dtype=np.int64)
            if sequences:
                seq, offs = take_rows(sk.seq, sk.offs, idx)
            return Sketch(sk.exact[idx], sk.key_len[idx], sk.sig[idx], seq, offs)
        return self._sketch(texts, sequences=sequences)

    def _sketch(self, texts: list[str], *, sequences: bool) -> Sketch:
        chunks = [texts[i : i + CHUNK_DOCS] for i in range(0, len(texts), CHUNK_DOCS)]
        if self.workers == 1 or len(chunks) < 2:
            small = _chunks_by_chars(texts, CHUNK_CHARS)
            parts = [sketch(c, self.params, sequences=sequences) for c in small]
            return concat(parts, self.params.num_perm)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("forkserver"))
        fn = sketch if sequences else _sketch_no_sequences
        parts = list(self._pool.map(fn, chunks, [self.params] * len(chunks)))
        return concat(parts, self.params.num_perm)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
