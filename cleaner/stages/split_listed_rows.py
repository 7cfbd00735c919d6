"""Rows under a title that list entries, not the piece's header, for the split stage.

A header names each of its fields once: ``作者：某 | 发布：日期``.  A schedule or a roster
under the title repeats one row's labels for each entry (``答辩人：甲　导师：乙　题目：…``,
then ``答辩人：丙　导师：丁　题目：…``): the same cell labels on the lines in a run, each
line another entry.  Those rows are the page's content (whose entry would the page's
author be?), and they stay in its text.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.stages.split_cells import row_signature

__all__ = ["listed_rows"]


def listed_rows(
    lines: Sequence[str],
    body_idx: Sequence[int],
    rows: Sequence[tuple[Sequence[int], dict[str, str]]],
) -> set[int]:
    """The first line numbers of the one-line ``rows`` (line numbers, fields read) that
    stand in a run of two or more adjacent lines of the piece (``body_idx``) with one
    cell signature holding a label, each line's text another.

    >>> lines = ["答辩人：甲某　题目：河道研究", "答辩人：乙某　题目：草甸研究", "发布：2021-03-04"]
    >>> sorted(listed_rows(lines, [0, 1, 2], [([0], {"author": "甲某"}), ([2], {"p": "x"})]))
    [0]
    >>> listed_rows(lines, [0, 2], [([0], {"author": "甲某"})])  # one row: a header
    set()
    """
    out: set[int] = set()
    for idx, _ in rows:
        if len(idx) != 1 or idx[0] not in body_idx:
            continue
        sig = row_signature(lines[idx[0]])
        if len(sig) < 2 or all(label == "_" for label in sig):
            continue
        at = list(body_idx).index(idx[0])
        run = {lines[idx[0]].strip()}
        for step in (-1, 1):
            k = at + step
            while 0 <= k < len(body_idx) and row_signature(lines[body_idx[k]]) == sig:
                run.add(lines[body_idx[k]].strip())
                k += step
        if len(run) >= 2:
            out.add(idx[0])
    return out
