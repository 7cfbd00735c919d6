"""A space inside a credit row's maker cell is the row's layout, never a word cut.

A catalogue's credit row (:func:`split_credit_rows.credit_row`: bar-parted cells, one
crediting the maker, ``Some Title｜导演 某某｜某地｜2020｜90 min``) spaces its maker's
cell as a card does: a gap between the label and the name, and inside a name written with
one (a Japanese or a Korean name, family name and given name apart: ``高桥 明``).  The
repair stage's CJK-space rule keeps those gaps (:func:`credit_gap`); a gap in any other
cell, or on a line that is no credit row, is judged as before.
"""

from __future__ import annotations

from functools import cache

from cleaner.stages.split_meta_labels import MetaLabels

__all__ = ["credit_gap"]

_BARS = "｜|丨"


@cache
def _labels() -> MetaLabels:
    return MetaLabels()


def credit_gap(line: str, at: int) -> bool:
    """Does offset ``at`` of ``line`` lie inside the maker cell of a credit row?

    >>> row = "Quiet Hills｜导演 高桥 明｜日本｜2021｜90 min"
    >>> credit_gap(row, row.index(" 高")), credit_gap(row, row.index(" 明"))
    (True, True)
    >>> credit_gap(row, row.index(" min")), credit_gap("导演 高桥 明说了一句话", 2)
    (False, False)
    """
    if sum(line.count(b) for b in _BARS) < 3:
        return False  # no row of four cells (nearly every line ends here)
    from cleaner.stages.split_credit_rows import credit_row

    row = credit_row(line, _labels().field_of)
    if row is None:
        return False
    bar = next(b for b in _BARS if line.count(b) >= 3)
    start = 0
    for k, cell in enumerate(line.split(bar)):
        if k == row[1]:
            return start <= at < start + len(cell)
        start += len(cell) + 1
    return False
