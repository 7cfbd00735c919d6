"""Metadata rows that stand ABOVE the headers of a compilation's pieces.

Most sites print a piece's facts under its title; some print them over it (``成文
2019.4.7 ┆ 单位 某所`` then ``范文①　标题``).  Read below, such a row would close the
previous piece as text and give the first piece the page head's date for every piece.
The order is the page's own, so it is read from the page: the rows belong to the piece
below them only when EVERY header of the run has one right above it (blank lines apart,
no prose between), the rows share one cell signature (:func:`split_cells.row_signature`:
one site's rows), and no header has a metadata row right below it (there the row below
is the piece's, and the one above closes the previous piece).  One header alone proves
no order: a single document's row above its title is the page head's reader's business.

Where the headers themselves are plain title lines (no number, no mark), the rows over
them are what declares the pieces (:func:`titles_under_rows`): a digest numbers its
rows (``◇ 第01则　编号：…　日期：…``) or lists the titles in its head's contents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.row_serials import register_run, row_serial, serial_code
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_contents import contents_block
from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_facts import sentence_ends
from cleaner.stages.split_page import (
    MIN_BODY_CHARS,
    nonempty,
    per_page,
    per_page_by,
    prose_chars,
    stripped,
)

__all__ = ["row_number", "rows_above", "serial_titles", "titles_under_rows"]

Reader = Callable[[str], dict[str, str] | None]


def rows_above(
    lines: list[str], heads: Sequence[int], read: Reader, *, bannered: bool = False
) -> dict[int, tuple[int, dict[str, str]]]:
    """``{header line: (row line, fields)}`` for a run of headers each under its own
    metadata row (see the module docstring), else ``{}``.

    >>> def read(s):
    ...     return {"published": s[3:]} if s.startswith("日期 ") else None
    >>> page = ["日期 2020-01-02", "1 甲文", "正文一。", "", "日期 2021-03-04", "2 乙文", "正文。"]
    >>> rows_above(page, [1, 5], read)
    {1: (0, {'published': '2020-01-02'}), 5: (4, {'published': '2021-03-04'})}

    One header alone, or a first header with no row above it: nothing moves.  Under a
    banner over each piece (``bannered``: the row stands between its piece's banner and
    title) the row above is the piece's even when another row stands below the title.

    >>> below = ["1 甲文", "正文。", "日期 2021-03-04", "2 乙文", "正文。"]
    >>> rows_above(page, [5], read), rows_above(below, [0, 3], read)
    ({}, {})
    """
    if len(heads) < 2:
        return {}
    filled_set = set(nonempty(lines))
    out: dict[int, tuple[int, dict[str, str]]] = {}
    signatures = set()
    prev = -1
    for h in heads:
        above = next((j for j in range(h - 1, prev, -1) if j in filled_set), None)
        if above is None:
            return {}
        parsed = read(lines[above])
        if not parsed:
            return {}
        below = next((j for j in range(h + 1, len(lines)) if j in filled_set), None)
        if below is not None and read(lines[below]) and not bannered:
            return {}  # the piece's row is below its header: the one above is not its
        signatures.add(row_signature(lines[above]))
        out[h] = (above, parsed)
        prev = h
    return out if len(signatures) == 1 else {}


# a row's first cell ends at a wide space, a bar, a tab or two spaces
_FIRST_NUMBER = re.compile(r"\d{1,3}|[一二三四五六七八九十]{1,3}")
#: a row of facts is at most this long
ROW_MAX_CHARS = 200
_NOT_TITLE = re.compile(r"[|｜\t\u3000]| {2}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a piece's title line is at most this long
TITLE_MAX_CHARS = 60
#: prose a piece's body must hold (characters in lines of ten or more)


def row_number(row: str) -> int | None:
    """The number in a row's first cell when that cell is a short unlabelled mark
    (``▷ 第01条``, ``No.2``, ``［三］``), else None.

    >>> row_number("◇ 第02则　编号：X-1　日期：2021-03-09"), row_number("编号：X-1　日期：…")
    (2, None)
    """
    first = CELL_GAP_OR_BAR.split(row.strip(), maxsplit=1)[0]  # up to the first gap
    if len(first) > 8 or "：" in first or ":" in first:
        return None
    m = _FIRST_NUMBER.search(first)
    return cn_number(m.group()) if m else None


def _title_line(s: str) -> bool:
    return (
        2 <= len(s) <= TITLE_MAX_CHARS
        and _HAN.search(s) is not None
        and not _SENTENCE.search(s)
        and not _NOT_TITLE.search(s)
    )


@per_page
def title_lines(lines: list[str]) -> list[bool]:
    """:func:`_title_line` of every stripped line, the sentence ends read from the page's
    shared facts (:func:`~cleaner.stages.split_facts.sentence_ends`): once a page for
    every recogniser that walks the page for title lines (here and :mod:`split_masthead`)."""
    ends = sentence_ends(lines)
    return [
        2 <= len(s) <= TITLE_MAX_CHARS
        and not ends[i]
        and "，" not in s
        and "," not in s
        and _HAN.search(s) is not None
        and not _NOT_TITLE.search(s)
        for i, s in enumerate(stripped(lines))
    ]


def titles_under_rows(lines: list[str], read: Reader) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(title line, rule, title, {})`` of a compilation whose pieces each open with a
    metadata row ABOVE a plain title line (``◇ 第01则　编号：…　日期：…`` over the
    title), else [].  The title line is the piece's first line of text
    (:data:`split_clock.HEADER_IS_TEXT`), as a bare headline is.

    The rows must declare the pieces: two at least, one cell signature of two labelled
    cells or more (:func:`split_cells.row_signature`), each right over a title-shaped
    line that is no row itself, and either each row's first cell numbers its piece 1,
    2, 3 … in page order or the contents block in the page's head lists exactly those
    titles (:func:`split_contents.contents_block`).  Every piece holds prose, none
    stands above the first row (a piece whose row was lost keeps the page whole), and
    no title has a row right under it too (then the row under is the piece's).  The
    split reads each row into its piece (:func:`rows_above`).  A single document's row
    of facts over its title is one row: no split.

    >>> def read(s):
    ...     return {"published": s[-10:]} if "日期：" in s else None
    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["某刊", "◇ 第01则　编号：X-1　日期：2021-03-09", "甲县通知", body,
    ...         "◇ 第02则　编号：X-7　日期：2021-03-19", "乙县通知", body]
    >>> [(i, t) for i, _, t, _ in titles_under_rows(page, read)]
    [(2, '甲县通知'), (5, '乙县通知')]
    >>> titles_under_rows(page[:4], read)  # one row: a single document's
    []
    >>> odd = [page[0], page[4], page[2], page[3], page[1], page[5], page[6]]
    >>> titles_under_rows(odd, read)  # numbered 2, 1: no order of pieces
    []
    >>> unnumbered = [s.replace("第01则", "").replace("第02则", "") for s in page]
    >>> titles_under_rows(unnumbered, read)  # no number, no contents: not declared
    []
    >>> listed = ["目录：", "1. 甲县通知", "2. 乙县通知", *unnumbered]
    >>> [t for _, _, t, _ in titles_under_rows(listed, read)]
    ['甲县通知', '乙县通知']
    """
    title = title_lines(lines)
    if title.count(True) < 2:
        return []  # two titles at least: a page with fewer has no run to find
    got = _titles_under_rows(lines, read, 2)
    if not got:
        # rows of one labelled cell each (the date) whose first cell numbers the
        # pieces by a register's serial ('No.2023-088', '-089' …: row_serials)
        got = _titles_under_rows(lines, read, 1)
    return got


@per_page_by
def _rows_over_titles(
    lines: list[str], read: Reader
) -> list[tuple[int, int, tuple[str, ...], int]]:
    """``(title line, row line, row's cell signature, its labelled cells)`` for every title
    line (:func:`title_lines`) whose line of text right above is a row ``read`` reads,
    of one labelled cell or more, the title itself no row: what :func:`_titles_under_rows`
    walks the page for, at either count of labels; [] where no two such rows could share
    a cell signature (its only answer there: no row is read).  Once a page and reader: both counts
    of :func:`titles_under_rows` and :func:`serial_titles` read it (they walked the page
    three times before).  (Read-only.)"""
    title = title_lines(lines)
    filled, strip = nonempty(lines), stripped(lines)
    rows: list[tuple[int, int, tuple[str, ...], int]] = []
    for k in range(1, len(filled)):
        i, r = filled[k], filled[k - 1]
        row = strip[r]
        # cheap gates first: a sentence is no row, a long line no row
        if len(row) > ROW_MAX_CHARS or "。" in row or "！" in row or "？" in row:
            continue
        if not title[i]:
            continue
        sig = row_signature(row)
        n = sum(x != "_" for x in sig)
        if n >= 1:
            rows.append((i, r, sig, n))
    # the one caller keeps two rows or more of ONE signature (any other answer is []):
    # where no signature stands over two titles, no row is read (the reader is the dear
    # test) and the page has none to give
    if len({sig for _, _, sig, _ in rows}) == len(rows):
        return []
    return [(i, r, sig, n) for i, r, sig, n in rows if not read(strip[i]) and read(strip[r])]


def _titles_under_rows(
    lines: list[str], read: Reader, labels: int
) -> list[tuple[int, str, str, dict[str, str]]]:
    """:func:`titles_under_rows` over rows of ``labels`` labelled cells or more; rows of
    fewer than two must number their pieces by a register's run
    (:func:`~cleaner.stages.row_serials.register_run`)."""
    filled, strip = nonempty(lines), stripped(lines)
    found = [(i, r, sig) for i, r, sig, n in _rows_over_titles(lines, read) if n >= labels]
    if labels < 2:
        # a row of one labelled cell counts only as a register's serial row
        found = [f for f in found if row_serial(strip[f[1]]) is not None]
    if len(found) < 2 or len({sig for *_, sig in found}) != 1:
        return []
    titles = [strip[i] for i, _, _ in found]
    if len(set(titles)) < len(titles):
        return []
    serial = register_run([strip[r] for _, r, _ in found])
    if labels < 2 and not serial:
        return []
    numbers = [row_number(lines[r]) for _, r, _ in found]
    if numbers != list(range(1, len(found) + 1)) and not serial:
        if contents_block(strip) != [i for i, _, _ in found]:
            return []
    ends = [*(r for _, r, _ in found[1:]), len(lines)]
    under: dict[int, dict[str, str]] = {}
    for (i, _, _), end in zip(found, ends, strict=True):
        if prose_chars(lines[i + 1 : end], _SENTENCE) < MIN_BODY_CHARS:
            return []
        below = next((j for j in filled if j > i), None)
        if below is not None and below < end and (fields := read(lines[below])):
            if not serial:
                return []
            under[i] = fields  # a register's row over the title, its row of names under
    first_row = found[0][1]
    head = lines[:first_row]
    if serial:
        # a register's run declares its first piece: a row of cells over it (the
        # board's '本月共5场　·　…' notice) is the page head's, no piece's lost prose
        head = [ln for ln in head if len(CELL_GAP_OR_BAR.split(ln.strip())) < 2]
    if prose_chars(head, _SENTENCE) >= MIN_BODY_CHARS:
        return []
    # a register's compound code numbering each piece is its document number
    codes = [serial_code(strip[r]) if serial else None for _, r, _ in found]
    return [
        (i, HEADER_IS_TEXT, strip[i], under.get(i, {}) | ({"doc_number": code} if code else {}))
        for (i, _, _), code in zip(found, codes, strict=True)
    ]


def serial_titles(lines: list[str], read: Reader) -> list[tuple[int, str, str, dict[str, str]]]:
    """:func:`titles_under_rows` where the rows number the pieces by a register's serial
    run (:func:`~cleaner.stages.row_serials.register_run`), else []: the run declares the
    pieces before any reading of the rows under the titles (:func:`split_titles.titled_run`
    would take those rows for the headers and lose the register's row over each title).

    >>> def read(s):
    ...     return {"published": s[-10:]} if "发布于" in s else None
    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["No.2021-031　发布于 2021-03-09", "甲县通知", body,
    ...         "No.2021-032　发布于 2021-03-19", "乙县通知", body]
    >>> [(i, m) for i, _, _, m in serial_titles(page, read)]
    [(1, {'doc_number': '2021-031'}), (4, {'doc_number': '2021-032'})]
    >>> serial_titles([s.replace("032", "035") for s in page], read)  # no run
    []
    """
    title = title_lines(lines)
    if title.count(True) < 2:
        return []
    got = _titles_under_rows(lines, read, 1)
    rows = [next(j for j in range(i - 1, -1, -1) if lines[j].strip()) for i, *_ in got]
    if not got or not register_run([lines[r].strip() for r in rows]):
        return []
    # a title line right over every serial row: the rows stand under their titles (a
    # deck under each row is no title), and the generic finders read them so
    above = [next((j for j in range(r - 1, -1, -1) if lines[j].strip()), None) for r in rows]
    if all(j is not None and title[j] for j in above):
        return []
    return got
