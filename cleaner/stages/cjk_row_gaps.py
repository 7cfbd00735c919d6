"""A dated row's gaps: the cells of a day's row, not a word cut (issue 12, zu).

A log or a diary heads each entry with a row of its day, set out in cells apart by an
ideographic space: the date, the weekday, the weather (``2023年3月2日　星期四　雪``).  A
one-letter cell (``雪``) looks like a letter split off a word; but a full date at the
row's start, then at most three short cells and no sentence, is the row's layout: the
split's own reading of a day's row (:func:`~cleaner.stages.split_dated_rows.dated_row`,
one definition for both stages, review18 #9).  An ASCII space inside such a row is still
judged as any other (the damage this repair undoes is an ASCII space cut into a word).
"""

from __future__ import annotations

from cleaner.stages.split_dated_rows import dated_row

__all__ = ["dated_row_gap"]


def dated_row_gap(line: str, gap: str) -> bool:
    """The ``gap`` (a space run of ``line``) parts the cells of a dated row (module doc).

    >>> dated_row_gap("2023年3月2日　星期四　雪", "\u3000")
    True
    >>> dated_row_gap("2023年3月2日　星期 四　雪", " "), dated_row_gap("他说　晴", "\u3000")
    (False, False)
    >>> dated_row_gap("2019-04-01 周一　晴", "\u3000")  # the split's row, any gaps
    True
    """
    return gap.strip("\u3000") == "" and dated_row(line.strip()) is not None
