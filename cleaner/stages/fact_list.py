"""A list of labelled facts right under a single page's title: its header, no text.

An event's, a product's or a venue's page sets the thing's facts under its headline, one
``label：value`` row each (or a two-column table whose rows come out as ``label<TAB>value``
or ``label<wide gap>value``): when, where, how much, how long.  No field of the page's
metadata takes them (they are no date of publishing, no author, no source), and they are
no line of the text below: the header of the page, like a card of cells in one row
(:mod:`~cleaner.stages.split_cell_card`).  The split takes them out of the text on the
record (``split.fact_list``, each row's label and value in the ledger).

:func:`fact_list` names them, by shape and place only:

* a run of at least :data:`MIN_ROWS` lines directly under the title (lines read out as
  metadata rows before them do not count), every one a short label (2-6 letters, a
  space inside allowed) and a short value (at most :data:`VALUE_MAX_CHARS`, no
  sentence mark), every label distinct and none a metadata field's (those are the
  header reader's);
* the page's text goes on under the run: a prose line (a sentence mark, or a long line)
  stands below it.

The same rows under a heading inside the text (a cast list under ``演职人员``), a run
of two rows, or rows with no text under them (a page that is nothing but its facts)
stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["FACT_LIST", "fact_list", "fact_row"]

#: Rule id of the removal.
FACT_LIST = "split.fact_list"
#: The fewest rows a fact list has.
MIN_ROWS = 3
#: The longest value of a fact.
VALUE_MAX_CHARS = 32
#: A prose line below the run: at least this long, or with a sentence mark.
PROSE_CHARS = 40
_ROW = re.compile(
    r"^(?P<k>[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,5})"
    r"(?:\s*[:：]\s*|\t+\s*|\u3000+|\s{2,})(?P<v>\S.*)$"
)
_SENTENCE = re.compile(r"[。！？!?；;]")


def fact_row(line: str) -> tuple[str, str] | None:
    """``(label, value)`` of a fact row (module doc), else None.

    >>> fact_row("开放时间：每日 9:00-17:00"), fact_row("门　　票\\t30元")
    (('开放时间', '每日 9:00-17:00'), ('门票', '30元'))
    >>> fact_row("简介：这里是一段介绍的话。"), fact_row("某某某某某某某某：值")
    (None, None)
    """
    m = _ROW.match(line.strip())
    if m is None:
        return None
    value = m["v"].strip()
    if len(value) > VALUE_MAX_CHARS or _SENTENCE.search(value):
        return None
    return re.sub(r"[ \u3000]", "", m["k"]), value


def fact_list(
    content: list[int],
    lines: list[str],
    field_of: Callable[[str], str | None],
) -> list[int]:
    """The lines of the fact list under the title ``lines[content[0]]`` (module doc).

    >>> page = ["某展览", "展　　期：5月1日至6月30日", "展　　厅：二号厅", "票　　价：免费",
    ...         "展览介绍", "本次展览汇集了近百件藏品，其中不少是首次公开展出。"]
    >>> fact_list(list(range(6)), page, lambda k: None)
    [1, 2, 3]
    >>> fact_list([0, 1, 2, 4, 5], page, lambda k: None)  # two rows: no list
    []
    >>> fact_list(list(range(4)), page, lambda k: None)  # no text under the rows
    []
    >>> fact_list(list(range(6)), page, lambda k: "published" if k == "展期" else None)
    []
    """
    if len(content) < MIN_ROWS + 2:
        return []
    run: list[int] = []
    labels: set[str] = set()
    for i in content[1:]:
        row = fact_row(lines[i])
        if row is None:
            break
        label, _ = row
        if label in labels or field_of(label) is not None:
            return []
        labels.add(label)
        run.append(i)
    if len(run) < MIN_ROWS:
        return []
    below = [lines[i].strip() for i in content[1 + len(run) :]]
    if not any(len(s) >= PROSE_CHARS or _SENTENCE.search(s) for s in below):
        return []
    return run


def fact_rows_ahead(rows: list[str], field_of: Callable[[str], str | None]) -> int:
    """How many of ``rows`` (the lines under a headline) open the page as a fact list
    whose labels no metadata field names (module doc; the text under them not asked):
    0 for fewer than :data:`MIN_ROWS`.  A date in them is the event's, no byline's.

    >>> fact_rows_ahead(["展期：5月1日至6月30日", "展厅：二号厅", "票价：免费", "正文。"],
    ...                 lambda k: None)
    3
    >>> fact_rows_ahead(["展期：5月1日", "展厅：二号厅", "正文。"], lambda k: None)
    0
    """
    n = 0
    for s in rows:
        row = fact_row(s)
        if row is None or field_of(row[0]) is not None:
            break
        n += 1
    return n if n >= MIN_ROWS else 0
