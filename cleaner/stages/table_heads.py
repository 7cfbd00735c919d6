"""A data table's caption and head row inside a text are the table's, not chrome.

A statistics bulletin, an annual report or a price notice prints its table as rows of
short cells parted by wide gaps (``稻谷　万吨　12.5　3.1``), under a head row of column
names (``品名　单位　数量　增减``) and a caption (``表2　某年主要产品产量``).  Every page of
such a site carries the same table shape, so the site profile learns the caption (its
digits masked) as a repeated line, and the line model, seeing a short row of words next
to other short rows, guesses the head row is a bar.  Deleting them leaves the rows
without their names: silent loss (issue 12, blind set r).

Shapes only, no wording:

* :func:`table_caption`: a line glued over a head row that is itself glued over a row of
  as many cells (two rows of the table at least), the line ending no sentence, short, not
  a row of as many cells itself and no chrome cue word;
* :func:`release_rows`: the line model's claims on rows of cells, released from the
  table's unclaimed end inwards: a row glued to a row of as many cells that stays is a row
  of the same table (:func:`cleaner.stages.block_rows.row_of_list`), so releasing one row
  may release its neighbour, until none changes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, MutableMapping
from typing import Any

from cleaner.stages.block_rows import _cells, row_of_list
from cleaner.stages.keep import keep_table
from cleaner.stages.sentence_marks import CLAUSE_END

__all__ = ["release_rows", "table_caption"]

#: A caption is at most this long (a table's number and its name).
CAPTION_MAX_CHARS = 40


def table_caption(stripped: list[str], i: int, claimed: Collection[int]) -> bool:
    """Line ``i`` is the caption of the table glued under it (module doc).

    >>> page = ["正文。", "表3　某乡作物面积", "作物　单位　面积", "稻谷　亩　12", "豆类　亩　5"]
    >>> table_caption(page, 1, set()), table_caption(page, 1, {2})
    (True, False)
    >>> table_caption(["正文。", "收藏　分享　打印", "一　二　三"], 1, set())
    False
    """
    s = stripped[i]
    if not s or len(s) > CAPTION_MAX_CHARS or s.endswith(CLAUSE_END):
        return False
    if i + 2 >= len(stripped) or i + 1 in claimed:
        return False
    head = _cells(stripped[i + 1])
    if head < 2 or _cells(stripped[i + 2]) != head or _cells(s) == head:
        return False  # no table under it, or a row of that table itself
    keep = keep_table()
    return not keep.cues(s) and not keep.cues(stripped[i + 1])


def release_rows(
    stripped: list[str],
    soft: Collection[int],
    claimed: MutableMapping[int, Any],
    also: Callable[[int], bool] = lambda i: False,
) -> None:
    """Unclaim the ``soft`` claims (the line model's) on rows of a table that stays, and
    on the caption over it, until no claim changes (module doc); ``also(i)``: another
    reason to release line ``i`` (tried in the same rounds)."""
    todo = [i for i in sorted(soft) if i in claimed]
    changed = True
    while changed and todo:
        changed = False
        for i in list(todo):
            if row_of_list(stripped, i, claimed) or table_caption(stripped, i, claimed) or also(i):
                del claimed[i]
                todo.remove(i)
                changed = True
