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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_page import nonempty

__all__ = ["rows_above"]

Reader = Callable[[str], dict[str, str] | None]


def rows_above(
    lines: list[str], heads: Sequence[int], read: Reader
) -> dict[int, tuple[int, dict[str, str]]]:
    """``{header line: (row line, fields)}`` for a run of headers each under its own
    metadata row (see the module docstring), else ``{}``.

    >>> def read(s):
    ...     return {"published": s[3:]} if s.startswith("日期 ") else None
    >>> page = ["日期 2020-01-02", "1 甲文", "正文一。", "", "日期 2021-03-04", "2 乙文", "正文。"]
    >>> rows_above(page, [1, 5], read)
    {1: (0, {'published': '2020-01-02'}), 5: (4, {'published': '2021-03-04'})}

    One header alone, or a first header with no row above it: nothing moves.

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
        if below is not None and read(lines[below]):
            return {}  # the piece's row is below its header: the one above is not its
        signatures.add(row_signature(lines[above]))
        out[h] = (above, parsed)
        prev = h
    return out if len(signatures) == 1 else {}
