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
  numbered in order in their first cell (``1``, ``2``, ``3`` …);
* a column of amounts (every value a number, with its unit: no date, time, phone number
  or file size), or a text line introducing the table right above it (ending in a colon);
  value rows numbered without a head row need that introducing line;
* no chrome word (``gap_tables.toml``: a counter's, a pager's, a contact's) in the head
  row, nor a column every value of which holds one (``热度 35620``, ``回复(3)``).

A page mark between two rows (``- 2 -``, ``第 2 页``, blank lines round it: a printed table
cut by a page break) does not end the run when the row under it fits the table column by
column (an amount under amounts, a figure under figures, no widget's or footer's word): the
rows under it are the same table's.  A run that fails as a whole is judged part by part,
so a row that slips past the mark never costs the table above it its shape.

Rows of a site's chrome that happen to share a cell count (a footer's ``电话：…　传真：…
邮编：…`` rows, a comment list's ``用户　时间　回复`` rows, a hot list, a download list
with its sizes, a menu) miss one of these, and are left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from cleaner.rules import load_table
from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.sentence_marks import SENTENCE_END_NO_DOT

__all__ = ["table_rows"]

#: a cell of a flattened table holds a name, a figure, a place: at most this many characters
CELL_MAX = 30
#: a table has at least this many cells per row
MIN_CELLS = 3
#: and at least this many rows (its head row counted)
MIN_ROWS = 3
_BAR = re.compile(r"^[|｜丨¦/·•]+$")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"^(\d{1,3})[.、．]?$")
#: a printed page's number standing alone: '- 2 -', '—3—', '第 2 页', '2/5', '［4］'
_PAGE_MARK = re.compile(
    r"^[-—–－~～\s]*(?:第\s*\d{1,4}\s*[页頁]|\d{1,4}\s*/\s*\d{1,4}|[\[［(（]?\d{1,4}[\]］)）]?)"
    r"[-—–－~～\s]*$"
)


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
        if len(c) > CELL_MAX or _BAR.match(c) or c.endswith(SENTENCE_END_NO_DOT):
            return None
    return cells


#: an amount: a number with its grouping and decimals, a sign, a currency or a unit
_AMOUNT = re.compile(
    r"^[-+￥¥$€£]?\s*\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*\S{0,4}$"
    r"|^[-+￥¥$€£]?\s*\d{1,6}(?:\.\d+)?\s*\S{0,4}$"
)
#: not an amount: a date, a time, a file size, a phone number or code
_NOT_AMOUNT = re.compile(
    r"\d{4}\s*[-/.年]\s*\d|\d{1,2}\s*[:：]\s*\d{2}|\d\s*(?:[KMGT]i?B|字节)\b|\d{7,}|\d+-\d+",
    re.IGNORECASE,
)
_INTRO_END = ("：", ":", "如下", "如下。")


@lru_cache(maxsize=1)
def _chrome_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """``gap_tables.toml`` [chrome]: the Han words, the Latin words."""
    table = load_table("gap_tables")["chrome"]
    return tuple(table["words"]), frozenset(w.lower() for w in table["latin"])


def _chrome(cell: str) -> bool:
    """Does ``cell`` name a widget's counter or control (``回复``, ``Downloads``)?

    >>> _chrome("点击量"), _chrome("Downloads"), _chrome("得分"), _chrome("Sizes of lots")
    (True, True, False, False)
    """
    words, latin = _chrome_words()
    return any(w in cell for w in words) or any(
        t in latin for t in re.findall(r"[a-z]+", cell.lower())
    )


def _amount(cell: str) -> bool:
    """Is ``cell`` an amount (``12,000.00``, ``96.5``, ``1.2kg``, ``3500万``)?

    >>> [_amount(c) for c in ("12,000.00", "96.5", "1.2kg", "5,000", "2021-03-09 10:12")]
    [True, True, True, True, False]
    >>> [_amount(c) for c in ("13800000001", "2.3MB", "热度 35620", "回复(3)", "0571-8888")]
    [False, False, False, False, False]
    """
    c = cell.strip()
    return bool(_AMOUNT.match(c)) and not _NOT_AMOUNT.search(c) and not _chrome(c)


def _table(rows: list[list[str]], *, intro: bool = False) -> bool:
    """Is a run of rows of as many cells a table (a head row or ordered numbers over a
    column of amounts, or of figures under a line introducing it: ``intro``)?"""
    head = not any(_DIGIT.search(c) for c in rows[0])
    body = rows[1:] if head else rows
    if len(body) < 2:
        return False
    if head and any(_chrome(c) for c in rows[0]):
        return False  # a widget's head row: '用户　时间　回复', '文件名　大小　下载次数'
    cols = range(len(rows[0]))
    if any(all(_chrome(r[col]) for r in body) for col in cols):
        return False  # a column of counters: '热度 35620', '回复(3)'
    figures = any(all(_DIGIT.search(r[col]) for r in body) for col in cols)
    amounts = any(all(_amount(r[col]) for r in body) for col in cols if col > 0 or head)
    if not (amounts or (intro and figures)):
        return False
    if head:
        return True
    if not intro:
        return False  # numbered rows alone (a hot list): the text must introduce them
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
    cuts: list[int] = []  # where in the run rows go on past a page mark

    def close() -> None:
        if len(run) >= MIN_ROWS and _table(rows, intro=_introduced(stripped, run[0])):
            out.update(run)
            return
        # the rows past a mark spoil the run: each part is judged alone
        for a, b in pairwise([0, *cuts, len(run)]):
            if b - a >= MIN_ROWS and _table(rows[a:b], intro=_introduced(stripped, run[a])):
                out.update(run[a:b])

    bridge = _mark_bridges(stripped)
    marked = False
    for i, s in enumerate(stripped):
        if run and i in bridge:
            marked = True
            continue  # a page mark (and its blank lines) inside the table: the run goes on
        cells = _cells(s) if s.strip() else None
        if (
            cells is not None
            and rows
            and len(cells) == len(rows[0])
            and (not marked or _fits(rows, cells))
        ):
            if marked:
                cuts.append(len(run))
            run.append(i)
            rows.append(cells)
            marked = False
            continue
        close()
        run, rows, cuts, marked = (
            ([i], [cells], [], False) if cells is not None else ([], [], [], False)
        )
    close()
    return out


def _fits(rows: list[list[str]], cells: list[str]) -> bool:
    """Does a row under a page mark go on with the table ``rows`` above it, column by
    column: an amount under a column of amounts, a figure under a column of figures, and
    no cell a widget's or a footer's word (``电话``, ``下一页``)?

    >>> rows = [["项目", "数量", "金额"], ["纸张", "3", "1,200.00"], ["墨盒", "2", "800.00"]]
    >>> _fits(rows, ["笔", "9", "90.00"]), _fits(rows, ["首页", "上一页", "下一页"])
    (True, False)
    >>> _fits(rows, ["主办：某局", "电话：1234567", "邮编：100000"])
    False
    """
    head = not any(_DIGIT.search(c) for c in rows[0])
    body = rows[1:] if head else rows
    if any(_chrome(c) for c in cells):
        return False
    for col, cell in enumerate(cells):
        column = [r[col] for r in body]
        if all(_amount(c) for c in column) and not _amount(cell):
            return False
        if all(_DIGIT.search(c) for c in column) and not _DIGIT.search(cell):
            return False
    return True


def _introduced(stripped: Sequence[str], i: int) -> bool:
    """Does a text line right above line ``i`` introduce a table (``…公示如下：``)?"""
    above = stripped[i - 1].strip() if i > 0 else ""
    return _cells(above) is None and above.endswith(_INTRO_END)


def _mark_bridges(stripped: Sequence[str]) -> set[int]:
    """The lines of each page mark standing alone between blank lines or rows: the mark
    line and the blank lines round it (module doc).

    >>> sorted(_mark_bridges(["甲　　1　　2", "", "- 2 -", "", "乙　　3　　4", "第 3 页", "丙"]))
    [1, 2, 3, 5]
    >>> sorted(_mark_bridges(["2021年3月9日", "- 2 -", "12345678"]))
    [1]
    """
    out: set[int] = set()
    for i, s in enumerate(stripped):
        if not s.strip() or not _PAGE_MARK.match(s.strip()) or not _DIGIT.search(s):
            continue
        out.add(i)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(stripped) and not stripped[j].strip():
                out.add(j)
                j += step
    return out
