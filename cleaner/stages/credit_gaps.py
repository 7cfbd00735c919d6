"""A space inside a credit row's maker cell is the row's layout, never a word cut.

A catalogue's credit row (:func:`split_credit_rows.credit_row`: bar-parted cells, one
crediting the maker, ``Some Title｜导演 某某｜某地｜2020｜90 min``) spaces its maker's
cell as a card does: a gap between the label and the name, and inside a name written with
one (a Japanese or a Korean name, family name and given name apart: ``高桥 明``).  The
repair stage's CJK-space rule keeps those gaps (:func:`credit_gap`) only on a row of a
confirmed catalogue (:func:`split_credit_rows.catalogue_lines`: two or more titled entries
under rows of one shape): an ordinary info bar (``作者：本报记者 张 伟｜来源：…``) is no
card, and its cut name is judged as before, as is a gap in any other cell.
"""

from __future__ import annotations

from functools import cache, lru_cache

from cleaner.stages.split_meta_labels import MetaLabels

__all__ = ["credit_gap"]

_BARS = "｜|丨"


@cache
def _labels() -> MetaLabels:
    return MetaLabels()


@lru_cache(maxsize=4)
def _catalogue_rows(text: str) -> frozenset[str]:
    """The lines of ``text`` a confirmed credit catalogue reads (titles, rows)."""
    from cleaner.stages.split_credit_rows import catalogue_lines

    lines = text.split("\n")
    return frozenset(lines[i].strip() for i in catalogue_lines(lines))


def credit_gap(text: str, line: str, at: int) -> bool:
    r"""Does offset ``at`` of ``line`` (a line of the page ``text``) lie inside the maker
    cell of a credit row of a catalogue?

    >>> body = "一段足够长的介绍文字，讲述了片中的故事与人物。"
    >>> row = "Quiet Hills｜导演 高桥 明｜日本｜2021｜90 min"
    >>> other = "Sea Wind｜导演 林某｜中国｜2020｜80 min"
    >>> page = "\n".join(["静山", row, body, "", "海风", other, body])
    >>> credit_gap(page, row, row.index(" 高")), credit_gap(page, row, row.index(" 明"))
    (True, True)
    >>> credit_gap(page, row, row.index(" min")), credit_gap(row, row, row.index(" 明"))
    (False, False)
    """
    if sum(line.count(b) for b in _BARS) < 3:
        return False  # no row of four cells (nearly every line ends here)
    from cleaner.stages.split_credit_rows import credit_row

    row = credit_row(line, _labels().field_of)
    if row is None or line.strip() not in _catalogue_rows(text):
        return False  # no credit row, or one outside a catalogue (an info bar)
    bar = next(b for b in _BARS if line.count(b) >= 3)
    start = 0
    for k, cell in enumerate(line.split(bar)):
        if k == row[1]:
            return start <= at < start + len(cell)
        start += len(cell) + 1
    return False
