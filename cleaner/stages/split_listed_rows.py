"""Rows under a title that list entries, not the piece's header, for the split stage.

A header names each of its fields once: ``作者：某 | 发布：日期``.  A schedule or a roster
under the title repeats one row's labels for each entry (``答辩人：甲　导师：乙　题目：…``,
then ``答辩人：丙　导师：丁　题目：…``): the same cell labels on the lines in a run, each
line another entry.  Those rows are the page's content (whose entry would the page's
author be?), and they stay in its text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.split_cells import row_signature

__all__ = ["entry_rows", "listed_rows", "party_rows"]


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


def entry_rows(
    lines: Sequence[str],
    body_idx: Sequence[int],
    rows: Sequence[tuple[Sequence[int], dict[str, str]]],
) -> set[int]:
    """The first line numbers of the ``rows`` read under a title from where the piece's
    lines start repeating a block of labelled rows with other values: a schedule's or a
    roster's entries of one row or more each (``答辩人：甲　导师：乙`` over ``论文题目：…``,
    then ``答辩人：丙　导师：丁`` over its own ``论文题目：…``).  A header names each of its
    fields once; its rows above the first entry stay its own.  An entry of one row needs
    two labelled cells (two ``作者：…`` lines are a piece's two writers).

    >>> lines = ["发布：2021-03-04", "答辩人：甲某　导师：乙某", "题目：河道研究",
    ...          "答辩人：丙某　导师：丁某", "题目：草甸研究", "正文。"]
    >>> rows = [([k], {"f": str(k)}) for k in range(5)]
    >>> sorted(entry_rows(lines, range(6), rows))
    [1, 2, 3, 4]
    >>> sorted(entry_rows(lines, range(6), rows[2:3]))  # the title row of the 1st entry
    [2]
    >>> entry_rows(lines[:3] + lines[5:], range(4), rows[:3])  # one entry: the header
    set()
    >>> entry_rows(["作者：甲某", "作者：乙某"], [0, 1], [([0], {}), ([1], {})])
    set()
    """
    if not rows:
        return set()
    filled = [i for i in body_idx if lines[i].strip()]
    # only a start at or above the last row can name one of them: the first start is
    # looked for no further down, and a line's signature is read only where a block
    # starting there could be asked (most pages: their few lines under the title)
    last_row = max(idx[0] for idx, _ in rows)
    sigs: list[tuple[str, ...] | None] = []

    def upto(n: int) -> None:  # the signatures of filled[:n], read once each
        for i in filled[len(sigs) : n]:
            sig = row_signature(lines[i])
            sigs.append(sig if sig and any(label != "_" for label in sig) else None)

    start: int | None = None
    for a in range(len(filled)):
        if filled[a] > last_row:
            break  # a start below every row: none of them is an entry's
        upto(a + 8)
        if sigs[a] is None:
            continue
        for p in range(1, 5):
            block, again = sigs[a : a + p], sigs[a + p : a + 2 * p]
            if len(again) < p or None in block or block != again:
                continue
            if p == 1 and len(block[0] or ()) < 2:
                continue  # one label a line: a piece's writers, each on a line
            texts = [lines[i].strip() for i in filled[a : a + 2 * p]]
            if texts[:p] != texts[p:]:
                start = filled[a]
                break
        if start is not None:
            break
    if start is None:
        return set()
    return {idx[0] for idx, _ in rows if idx[0] >= start}


_LABEL = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,8})[ \t\u3000]*[:：]")


def party_rows(
    lines: Sequence[str],
    rows: Sequence[tuple[Sequence[int], dict[str, str]]],
) -> set[int]:
    """The first line numbers of the ``rows`` read under a title from the first one
    labelled as a party whose counterpart the page labels too (``答辩人：…`` on a page
    with ``被答辩人：…``, ``申请人`` and ``被申请人``, ``上诉人`` and ``被上诉人``): the
    parties of a case, set out in the document's own text, never its byline; the rows
    under the party's (its address, its representative) describe it.

    >>> page = ["答辩人：某某公司", "住所地：某县某路8号", "被答辩人：林某某", "正文。"]
    >>> sorted(party_rows(page, [([0], {"author": "某某公司"}), ([1], {})]))
    [0, 1]
    >>> party_rows(page[:2] + page[3:], [([0], {"author": "某某公司"})])  # no counterpart
    set()
    """
    labels = {m[1] for s in lines if (m := _LABEL.match(s)) is not None}
    parties = {label for label in labels if label.startswith("被") and len(label) >= 3}
    if not parties:
        return set()
    start = next(
        (
            idx[0]
            for idx, _ in rows
            if (m := _LABEL.match(lines[idx[0]])) is not None and "被" + m[1] in parties
        ),
        None,
    )
    if start is None:
        return set()
    return {idx[0] for idx, _ in rows if idx[0] >= start}
