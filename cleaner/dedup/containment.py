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
"""

from __future__ import annotations

import numpy as np

from cleaner.dedup.minhash import Sketch

__all__ = ["ANCHORS", "ANCHOR_MOD", "GROUP_CAP", "group_keys"]

ANCHORS = 16
ANCHOR_MOD = 8
GROUP_CAP = 8
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
        doc = np.repeat(np.arange(n, dtype=np.uint64), np.diff(sk.offs))
        seq = sk.seq.astype(np.uint64)
        pick = seq % np.uint64(ANCHOR_MOD) == 0
        code = np.unique((doc[pick] << np.uint64(32)) | seq[pick])
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
