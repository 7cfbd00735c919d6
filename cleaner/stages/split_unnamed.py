"""The rows of a metadata card whose labels no table names, read as the card's cells.

A card of field rows over or under a title (``证券代码：…`` / ``证券简称：…`` / ``某某日期：…``
/ ``报告类型：…``) is one record: the block reader (:meth:`split_meta.MetaParser.meta_block`)
takes its rows whose labels no table names (``_unnamed_rows``, ``_kin_row``) with the rows
that read, so they leave the text.  What they hold must not leave with them unread: their
cells are read together as one card's (:func:`split_cell_rows.read_cells` with ``card``),
by the SHAPE of their values, so the next site's unknown date label is still the record's
date when it is the card's only one:

* the card's one date, under a date label that names no deadline (``[label_class]``
  ``published_by_ending`` ``unless``), is its publish date when no row of the block read
  one (a date the tables name, or the card's own dated row, comes first);
* nothing else is taken from them here (a name or an organisation under an unknown label
  may be anyone's: the cell-row reader weighs those beside a date or a code).

The fields found go into the row that printed the value (its ledger entry records them).
"""

from __future__ import annotations

import re

from cleaner.stages.split_cell_marks import Fields, dated_cell
from cleaner.stages.split_cell_rows import read_cells

# a card's row: a short Han label, its colon, a short value without a sentence mark
_ROW = re.compile(
    r"^(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff／/]{1,7})\s*[：:]\s*"
    r"(?P<value>[^\s。！？；;!?][^。！？；;!?]{0,39})$"
)
#: the fields a row of the block already gives that say the card has its date
_DATED = ("published", "effective", "expires")


def card_dates(
    lines: list[str], rows: list[tuple[list[int], dict[str, str]]], field_of: Fields
) -> list[tuple[list[int], dict[str, str]]]:
    """``rows`` of a metadata block with the card's date read from its unnamed rows.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> page = ["编号：AB-12", "登录日期：2021-03-09", "类别：综合"]
    >>> rows = [([0], {"doc_number": "AB-12"}), ([1], {}), ([2], {"category": "综合"})]
    >>> card_dates(page, rows, f)[1]
    ([1], {'published': '2021-03-09'})

    A deadline's date stays unread; a block that has its date keeps it; two dates: none.

    >>> page[1] = "报名截止日期：2021-03-09"
    >>> card_dates(page, [([0], {"doc_number": "AB-12"}), ([1], {})], f)[1]
    ([1], {})
    >>> page[1] = "登录日期：2021-03-09"
    >>> card_dates(page, [([0], {"published": "2020-01-02"}), ([1], {})], f)[1]
    ([1], {})
    >>> page = ["编号：AB-12", "登录日期：2021-03-09", "核对日期：2021-03-19"]
    >>> [r[1] for r in card_dates(page, [([0], {"doc_number": "AB-12"}), ([1], {}), ([2], {})], f)]
    [{'doc_number': 'AB-12'}, {}, {}]
    """
    read = [r for r in rows if r[1]]
    if not read or any(k in r[1] for r in read for k in _DATED):
        return rows  # a card that reads nothing is no card; one that has its date keeps it
    cells: list[tuple[str | None, str]] = []
    spots: list[int] = []
    for j, (idx, got) in enumerate(rows):
        if got or len(idx) != 1:
            continue
        m = _ROW.match(lines[idx[0]].strip())
        if m is not None and field_of(m["label"]) is None:
            cells.append((m["label"], m["value"].strip()))
            spots.append(j)
    if not cells:
        return rows
    found = read_cells(cells, field_of, card=True).get("published")
    if found is None:
        return rows
    dated = [j for j, (_, v) in zip(spots, cells, strict=True) if dated_cell(v)]
    if len(dated) != 1:
        return rows
    out = list(rows)
    out[dated[0]] = (rows[dated[0]][0], {"published": found})
    return out
