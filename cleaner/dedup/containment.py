"""Candidates for containment and revision, where LSH band keys cannot find them.

MinHash bands find pairs by Jaccard; a 30 % excerpt of a long text has Jaccard 0.3 with it
and is rarely a band candidate, and neither is a revision that rewrote half the text.  Two
more kinds of *group keys* make such pairs candidates (:func:`group_keys`):

* **anchors** (with ``contained = true``): a text's ``ANCHORS`` smallest verification hashes
  among those ≡ 0 mod ``ANCHOR_MOD`` — content-defined, so every anchor of an excerpt that
  is small enough to be among the excerpt's smallest is an anchor of the text holding it,
  and the excerpt's smallest anchors are among the holder's smallest with high
  probability while the excerpt is a sizeable share of it (≥ 20 %: 16 × 0.2 ≈ 3 expected);
* **the title line** (with versions on): :func:`~cleaner.dedup.tokens.title_keys`.

A group key pairs an article with the first ``GROUP_CAP`` articles of the run that have
it (:func:`~cleaner.dedup.index.group_pairs`): a common phrase or a chrome title line must
not pair everything.  Both engines apply the same rule.

A text found inside another is told from a revision of it by :func:`passages`: a prefix,
a suffix, an excerpt or one part of a compilation is one passage of its holder copied
verbatim (or a few), while a revision that deleted text keeps the holder's order with gaps
throughout — its text lies inside the older one as many passages — and one that changed
a line (a new date under the title) has :func:`edits` inside the text it shares.
"""

from __future__ import annotations

import numpy as np

from cleaner.dedup.minhash import Sketch

__all__ = [
    "ANCHORS",
    "ANCHOR_MOD",
    "GROUP_CAP",
    "MAX_PASSAGES",
    "PASSAGE_COVER",
    "edits",
    "group_keys",
    "pair_passages",
    "passages",
]

ANCHORS = 16
ANCHOR_MOD = 8
GROUP_CAP = 8
#: :func:`passages` counts the passages that hold this share of the inside text's shingles.
PASSAGE_COVER = 0.8
#: More passages than this: not a containment, unless ``1`` with the same title line
#: (see :func:`cleaner.dedup.decide.judge`).
MAX_PASSAGES = 3
_ANCHOR_SALT = np.uint64(0x5BD1E9955BD1E995)
_TITLE_SALT = np.uint64(0xA0761D6478BD642F)


def group_keys(sk: Sketch, titles: np.ndarray, *, anchors: bool, title: bool) -> np.ndarray:
    """``(n, m)`` uint64 group keys per text (0: none): the title's, then the anchors."""
    n = len(sk)
    cols = []
    if title:
        t = titles.astype(np.uint64)
        with np.errstate(over="ignore"):
            cols.append(np.where(t != 0, (t ^ _TITLE_SALT) | np.uint64(1), 0).astype(np.uint64))
    if anchors:
        out = np.zeros((n, ANCHORS), dtype=np.uint64)
        # only the picked shingles are widened to 64 bits and given their document: the
        # whole batch widened was ~75 MiB of temporaries at 5,000 pages (issue 15)
        at = np.flatnonzero(sk.seq % np.uint32(ANCHOR_MOD) == 0)
        doc = (np.searchsorted(sk.offs, at, side="right") - 1).astype(np.uint64)
        code = np.unique((doc << np.uint64(32)) | sk.seq[at].astype(np.uint64))
        if code.size:
            d = (code >> np.uint64(32)).astype(np.int64)
            v = code & np.uint64(0xFFFFFFFF)
            first = np.zeros(code.size, dtype=bool)
            first[0] = True
            first[1:] = d[1:] != d[:-1]
            start = np.maximum.accumulate(np.where(first, np.arange(code.size), 0))
            rank = np.arange(code.size) - start
            keep = rank < ANCHORS
            with np.errstate(over="ignore"):
                key = ((v + np.uint64(1)) * _ANCHOR_SALT) | np.uint64(1)
            out[d[keep], rank[keep]] = key[keep]
        cols.append(out)
    if not cols:
        return np.zeros((n, 0), dtype=np.uint64)
    return np.column_stack(cols).astype(np.uint64)


def passages(holder: np.ndarray, inside: np.ndarray, n_inside: int) -> int:
    """How many verbatim passages of ``holder`` hold ``PASSAGE_COVER`` of the inside text.

    ``holder`` is the holding text's shingle sequence (text order), ``inside`` the sorted
    shingle set of the text inside it, ``n_inside`` the length of that text's sequence.
    The holder's runs of shingles found in ``inside`` are taken longest first until they
    add up to ``PASSAGE_COVER × n_inside`` shingles; ``n_inside + 1`` when they never do.
    A shingle of the inside text repeated elsewhere in the holder only lengthens a run or
    adds a run, so repeats never make an excerpt look scattered.

    >>> holder = np.arange(1, 21, dtype=np.uint32)  # 20 shingles
    >>> passages(holder, np.arange(5, 15, dtype=np.uint32), 10)  # an excerpt
    1
    >>> cut = np.array([1, 2, 3, 6, 7, 8, 11, 12, 13, 16, 17, 18], np.uint32)
    >>> passages(holder, cut, 12)  # every other part deleted: a revision
    4
    """
    if n_inside <= 0 or holder.size == 0 or inside.size == 0:
        return 1
    pos = np.searchsorted(inside, holder)
    pos[pos == inside.size] = 0
    hit = inside[pos] == holder
    edges = np.flatnonzero(np.diff(np.concatenate(([0], hit.astype(np.int8), [0]))))
    if edges.size == 0:
        return n_inside + 1
    runs = np.sort(edges[1::2] - edges[0::2])[::-1]
    need = PASSAGE_COVER * n_inside
    got = np.cumsum(runs)
    k = int(np.searchsorted(got, need - 1e-9))  # first index where got >= need
    return k + 1 if k < runs.size else n_inside + 1


def edits(inside: np.ndarray, holder: np.ndarray) -> int:
    """Runs of the ``inside`` sequence's shingles missing from the sorted set ``holder``,
    but one at its end: edits of the text it shares with the holder.  0 for a verbatim
    prefix or compilation part; an excerpt cut mid-word misses its first shingles (1) —
    the measure is read only when both texts open with the same title line, where their
    heads align.

    >>> holder = np.array([1, 2, 3, 4], np.uint32)
    >>> edits(np.array([1, 2, 9, 3, 4, 8], np.uint32), holder)  # a changed line; a new tail
    1
    >>> edits(np.array([7, 2, 3, 4], np.uint32), holder)  # a changed head
    1
    """
    if inside.size == 0 or holder.size == 0:
        return 0
    pos = np.searchsorted(holder, inside)
    pos[pos == holder.size] = 0
    hit = np.flatnonzero(holder[pos] == inside)
    if hit.size == 0:
        return 0
    return int(hit[0] > 0) + int(np.count_nonzero(np.diff(hit) > 1))


def pair_passages(
    c_new: float,
    c_old: float,
    threshold: float,
    new: tuple[np.ndarray, np.ndarray],
    old: tuple[np.ndarray, np.ndarray],
) -> tuple[int, int]:
    """(:func:`passages`, :func:`edits`) of the text that lies ≥ ``threshold`` inside the
    other; (1, 0) when neither or both do: no containment to tell from a revision.  ``new``
    and ``old`` are (shingle sequence, sorted shingle set) of the two texts."""
    if (c_new >= threshold) == (c_old >= threshold):
        return 1, 0
    inside, holder = (new, old) if c_new >= threshold else (old, new)
    return passages(holder[0], inside[1], inside[0].size), edits(inside[0], holder[1])
