"""Exact copies in a batch of texts: work that depends on a text alone is done once per
distinct text and its rows are copied to the others (issue 15: work only where there is
work).

A crawl holds many exact copies of a page (mirrors, reposts, a template's boilerplate
article); sketching and tokenising are pure functions of one text, so a copy's rows are
the first one's, byte for byte.
"""

from __future__ import annotations

import numpy as np


def distinct(texts: list[str]) -> tuple[list[str], np.ndarray] | None:
    """``(the distinct texts in first-seen order, each text's index among them)``, or
    ``None`` when every text is distinct (nothing to share).

    >>> distinct(["a", "b", "a"])
    (['a', 'b'], array([0, 1, 0]))
    >>> distinct(["a", "b"]) is None
    True
    """
    first: dict[str, int] = {}
    idx = [first.setdefault(t, len(first)) for t in texts]
    if len(first) == len(texts):
        return None
    return list(first), np.asarray(idx, dtype=np.int64)


def take_rows(flat: np.ndarray, offs: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows of variable length stored one after another along ``flat``'s first axis
    (row ``i`` is ``flat[offs[i]:offs[i + 1]]``): rows ``idx`` in that order, one after
    another, and the offsets of the rows so taken.  One slice a row joined in one copy:
    a position per element (``arange`` + ``repeat``, then a gather) cost ~20x more on a
    batch's shingle sequences.

    >>> rows, offs = take_rows(np.array([7, 8, 9]), np.array([0, 2, 3]), np.array([1, 0, 1]))
    >>> rows.tolist(), offs.tolist()
    ([9, 7, 8, 9], [0, 1, 3, 4])
    """
    at = offs.tolist()
    which = idx.tolist()
    lens = (offs[1:] - offs[:-1])[idx]
    new = np.zeros(len(which) + 1, dtype=np.int64)
    np.cumsum(lens, out=new[1:])
    if not which:
        return flat[:0].copy(), new
    return np.concatenate([flat[at[j] : at[j + 1]] for j in which]), new
