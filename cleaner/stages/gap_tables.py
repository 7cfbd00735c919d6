"""A table flattened to text rows whose cells are parted by wide gaps: content, by its shape.

A list of donations, grants or fees copied off a web page reaches the stages as one line
per row, its cells parted by ideographic spaces, two spaces or tabs
(``3　　某某公司　　12,000.00　　银行转账　　助学``).  Such a row is short, digit-heavy and
full of gaps, and a cell may hold a word the chrome line model counts as chrome (a payment
channel named after a social app, ``电话``, ``阅读``): the model then deletes some rows of
the table and keeps their siblings, a silent loss in the middle of the page's own data.

The table is told by its shape, no wording (:func:`table_rows`):

* a run of three or more consecutive rows (no blank line between them) of the same number
  of cells, at least three, each cell short (at most :data:`CELL_MAX` characters) and no
  cell a bare bar or ending a sentence;
* a column of figures: one column in which every value row holds a digit;
* and either a head row (the run's first row, no digit in any of its cells) or value rows
  numbered in order in their first cell (``1``, ``2``, ``3`` …).

Rows of a site's chrome that happen to share a cell count (a footer's ``电话：…　传真：…
邮编：…`` rows, a comment list's ``网友　日期　回复`` rows, a menu) carry neither a head
row over a figures column nor an ordered numbering, and are left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from cleaner.stages.cell_gaps import CELL_GAP

__all__ = ["table_rows"]

#: a cell of a flattened table holds a name, a figure, a place: at most this many characters
CELL_MAX = 30
#: a table has at least this many cells per row
MIN_CELLS = 3
#: and at least this many rows (its head row counted)
MIN_ROWS = 3
_BAR = re.compile(r"^[|｜丨¦/·•]+$")
_SENTENCE_END = ("。", "！", "？", "；", "!", "?", ";")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"^(\d{1,3})[.、．]?$")


def _cells(s: str) -> list[str] | None:
    """The cells of a table row, or None when ``s`` is no such row.

    >>> _cells("1　　某公司　　3,000.00　　现金")
    ['1', '某公司', '3,000.00', '现金']
    >>> _cells("首页　｜　概况　｜　动态") is None, _cells("他说。　好的　　行") is None
    (True, True)
    """
    cells = [c for c in CELL_GAP.split(s.strip()) if c]
    if len(cells) < MIN_CELLS:
        return None
    for c in cells:
        if len(c) > CELL_MAX or _BAR.match(c) or c.endswith(_SENTENCE_END):
            return None
    return cells


def _table(rows: list[list[str]]) -> bool:
    """Is a run of rows of as many cells a table (a head row or ordered numbers over a
    column of figures)?"""
    head = not any(_DIGIT.search(c) for c in rows[0])
    body = rows[1:] if head else rows
    if len(body) < 2:
        return False
    figures = any(all(_DIGIT.search(r[col]) for r in body) for col in range(len(rows[0])))
    if not figures:
        return False
    if head:
        return True
    numbers = [_NUMBER.match(r[0]) for r in body]
    if any(m is None for m in numbers):
        return False
    values = [int(m.group(1)) for m in numbers if m is not None]
    return all(b == a + 1 for a, b in pairwise(values))


def table_rows(stripped: Sequence[str]) -> set[int]:
    """The indices of the lines that are rows of a gap-parted table (module doc).

    >>> page = ["公示如下：", "序号　　单位　　金额", "1　　甲公司　　500.00", "2　　乙店　　80.50"]
    >>> sorted(table_rows(page))
    [1, 2, 3]
    >>> foot = ["电话：1234567　　传真：7654321　　邮编：100000"] * 3
    >>> sorted(table_rows(foot))
    []
    """
    out: set[int] = set()
    run: list[int] = []
    rows: list[list[str]] = []

    def close() -> None:
        if len(run) >= MIN_ROWS and _table(rows):
            out.update(run)

    for i, s in enumerate(stripped):
        cells = _cells(s) if s.strip() else None
        if cells is not None and rows and len(cells) == len(rows[0]):
            run.append(i)
            rows.append(cells)
            continue
        close()
        run, rows = ([i], [cells]) if cells is not None else ([], [])
    close()
    return out
