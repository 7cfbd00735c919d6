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


def take_rows(offs: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows of variable length stored one after another (row ``i`` is
    ``flat[offs[i]:offs[i + 1]]``): the positions in ``flat`` of rows ``idx`` in that
    order, and the offsets of the rows so taken.

    >>> pos, offs = take_rows(np.array([0, 2, 3]), np.array([1, 0, 1]))
    >>> pos.tolist(), offs.tolist()
    ([2, 0, 1, 2], [0, 1, 3, 4])
    """
    lens = (offs[1:] - offs[:-1])[idx]
    new = np.zeros(len(idx) + 1, dtype=np.int64)
    np.cumsum(lens, out=new[1:])
    pos = np.arange(new[-1], dtype=np.int64) + np.repeat(offs[idx] - new[:-1], lens)
    return pos, new
