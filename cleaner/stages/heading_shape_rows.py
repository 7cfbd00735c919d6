"""A compilation's per-piece header row of cells over each heading, whatever its labels.

:func:`~cleaner.stages.heading_rows.rows_by_headings` keeps the learned rows over (or
under) a compilation's headings that the split's metadata reader reads.  A piece's header
row may hold no field that reader knows: a bullet, the piece's category, an arrow and a
period (``▲变更　>>　有效期 2021.3.1-2021.3.31``).  Each piece's row differs in words
and figures, so the site profile learns it as a shape, and deleting the first one costs
the first piece its header (the split then takes the piece for the page's head).

:func:`cell_rows_by_headings` keeps such rows by shape only: rows of two cells or more
(wide gaps, bars or arrows between them), a figure in them, no sentence punctuation, at
least two of them, each right over (or each right under) one of the page's headings with
a line of the piece's own text between one row and the next, one cell signature for all
(:func:`~cleaner.stages.split_cells.row_signature`), no cue word (the run rules of
:func:`rows_by_headings`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from cleaner.stages.heading_rows import _Hit, rows_by_headings
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE

__all__ = ["cell_row", "cell_rows_by_headings"]

#: a header row is short
ROW_MAX_CHARS = 60
_GAP = re.compile(r"\t+|\u3000+| {2,}|\s*[|｜→>»]+\s*|\s+[·•]\s+")
_DIGIT = re.compile(r"\d")


def cell_row(s: str) -> bool:
    """``s`` is a short row of two cells or more holding a figure, no sentence.

    >>> cell_row("▲变更　>>　有效期 2021.3.1-2021.3.31"), cell_row("■ 甲类 | 2019-05-06")
    (True, True)
    >>> cell_row("本期共刊登3则公告，请注意查阅。"), cell_row("甲类　乙类")
    (False, False)
    """
    s = s.strip()
    if len(s) > ROW_MAX_CHARS or _SENTENCE.search(s) or not _DIGIT.search(s):
        return False
    return len([c for c in _GAP.split(s) if c.strip()]) >= 2


def cell_rows_by_headings(
    stripped: Sequence[str],
    hits: Mapping[int, _Hit],
    claimed: Collection[int],
    headings: Collection[str],
) -> list[int]:
    """The learned lines (``hits``) that are a run of :func:`cell_row` rows over (or
    under) the page's ``headings`` (:func:`~cleaner.stages.heading_rows.rows_by_headings`).

    >>> from types import SimpleNamespace as NS
    >>> row = NS(kind="shape", key="x", signals=())
    >>> page = ["周报", "▲变更　>>　有效期 2021.3.1-2021.3.31", "甲事", "正文一。",
    ...         "▲注销　>>　有效期 2021.2.1-2021.2.28", "乙事", "正文二。"]
    >>> cell_rows_by_headings(page, {1: row, 4: row}, (), ("甲事", "乙事"))
    [1, 4]
    >>> cell_rows_by_headings(page, {1: row}, (), ("甲事",))  # one piece proves nothing
    []
    """
    return rows_by_headings(stripped, hits, claimed, headings, cell_row)
