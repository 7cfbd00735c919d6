"""Rows of cells over each piece's title: the split's header rows, not the site's chrome.

A site that lists its reports prints a row of fields over each one (a measure, a date and
time, a place, a figure: ``X　｜　2020-05-06 07:08　｜　某地　｜　9千米``); the site's
profile learns the row's *shape* from every page and claims it as chrome, and with it go
the split's only cut points and the piece's date.  Such a row is the page's own when
(:func:`cell_head_rows`): it is cut into three or more cells by one separator, one cell
holds a date, it stands right over a title-shaped line (short, no sentence) with prose
under that, and the page has two or more such rows whose texts all differ.  A menu bar
(no date), a footer's fields row (no title and prose under it) and a row printed once
stay the site's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cleaner.stages.line_features import is_prose
from cleaner.stages.sentence_marks import SENTENCE_END_NO_DOT
from cleaner.stages.split_page import filled_from

#: the separators one row's cells are cut by
_SEPARATORS = "｜|¦丨"
#: a date in a cell: year, month, day in figures
_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)")
#: the fewest cells a header row has
MIN_CELLS = 3
#: the longest title line under a row
TITLE_MAX_CHARS = 48


def _cells(s: str) -> int:
    """The most cells one separator cuts ``s`` into.

    >>> _cells("A ｜ 2020-01-02 ｜ 某地"), _cells("正文一句话。")
    (3, 1)
    """
    return max(len([c for c in s.split(sep) if c.strip()]) for sep in _SEPARATORS)


def cell_head_rows(stripped: Sequence[str], hits: Collection[int]) -> set[int]:
    """The lines of ``hits`` (the site's learned lines) that are header rows of cells
    over the page's own pieces.

    >>> page = ["X ｜ 2020-01-02 ｜ 东岸", "甲地新闻",
    ...         "今天东岸下了一场大雨，河水上涨了不少，渔船都没有出海。",
    ...         "X ｜ 2020-01-05 ｜ 西岸", "乙地新闻",
    ...         "西岸的渡口重新开放，船只往来如常，码头上又热闹起来。"]
    >>> sorted(cell_head_rows(page, {0, 3})), cell_head_rows(page, {0})
    ([0, 3], set())
    """
    rows: list[int] = []
    for i in sorted(hits):
        s = stripped[i]
        if _cells(s) < MIN_CELLS or not _DATE.search(s):
            continue
        t = filled_from(stripped, i, 1)
        if t is None:
            continue
        title = stripped[t]
        if len(title) > TITLE_MAX_CHARS or title[-1] in SENTENCE_END_NO_DOT or _cells(title) > 1:
            continue
        p = filled_from(stripped, t, 1)
        if p is None or not is_prose(stripped[p]):
            continue
        rows.append(i)
    if len(rows) < 2 or len({stripped[i] for i in rows}) < len(rows):
        return set()
    return set(rows)
