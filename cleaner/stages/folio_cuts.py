"""A running folio printed inside a paragraph it cuts: the page turned mid-sentence.

A booklet or a report flattened to text keeps, where each printed page ended, its folio
line: the running title and the page number on one line (``某刊月报 · 3``, ``12｜某某年报``:
:func:`page_folio.folio_number`), set off by blank lines.  When the page turned in the
middle of a sentence the line stands between the two halves of one paragraph: the line
above it is prose broken off (a clause mark in it, no sentence end or closing mark at
its end), the line below goes on with a letter (no list mark, no number, no opening
bracket).  That cut is the evidence, on the page alone: the folio line is the page's
furniture (rule ``boilerplate.page_folio``), and the repair stage then joins the
paragraph across it (:func:`page_folio.folios_taken`).

A titled folio between two whole paragraphs, a heading over the line (no clause in
it), a bare number (:func:`page_folio.folio_lines` reads those by the site's running
head), or a line glued to its neighbours (a table's row, a list's item) stays.
"""

from __future__ import annotations

import re

from cleaner.stages.page_folio import folio_number

__all__ = ["cut_folios"]

#: blank lines at most on either side of the folio
MAX_GAP = 2
#: the broken-off line holds at least this many characters
MIN_PROSE_CHARS = 10

_LONE = re.compile(r"^\d{1,4}$")
_CLAUSE = re.compile(r"[，、；,;。！？]")
# a line that goes on: a letter first (Han, or a Latin letter in lower case)
_GOES_ON = re.compile(r"^[\u4e00-\u9fffa-z]")


def _broken_off(s: str) -> bool:
    """Prose whose last sentence breaks off: a clause mark in it, a letter (or a clause
    mark inside a sentence) at its end."""
    if len(s) < MIN_PROSE_CHARS or not _CLAUSE.search(s):
        return False
    last = s[-1]
    return last.isalnum() or last in "，、,"


def _neighbour(stripped: list[str], i: int, step: int) -> int | None:
    """The nearest filled line from ``i`` towards ``step``, with at least one and at
    most :data:`MAX_GAP` blank lines between (a glued line is a table's neighbour)."""
    j, blanks = i + step, 0
    while 0 <= j < len(stripped) and not stripped[j]:
        j, blanks = j + step, blanks + 1
    if not 0 <= j < len(stripped) or not 1 <= blanks <= MAX_GAP:
        return None
    return j


def cut_folios(stripped: list[str]) -> list[int]:
    """The titled folio lines that cut a paragraph (module docstring).

    >>> page = ["正文的前半段，说到这里还没", "", "某刊月报　·　7", "", "有说完的话。", "",
    ...         "另一段完整的话。", "", "某刊月报　·　8", "", "下一段从头开始。"]
    >>> cut_folios(page)
    [2]
    >>> cut_folios(["第二章 某事的由来", "", "某刊月报 · 7", "", "正文从这里开始，说了一些话。"])
    []
    """
    out: list[int] = []
    for i, s in enumerate(stripped):
        if not s or _LONE.match(s) or folio_number(s) is None:
            continue
        above, below = _neighbour(stripped, i, -1), _neighbour(stripped, i, 1)
        if above is None or below is None:
            continue
        if _broken_off(stripped[above]) and _GOES_ON.match(stripped[below]):
            out.append(i)
    return out
