"""Rows of an HTML metadata table read by their shape, whatever their labels say.

An information-disclosure portal prints a document's facts as a ``<table>`` of label
cells and value cells (the HTML layer joins a row's cells with tabs:
:mod:`cleaner.ingest.html_layout`).  Each portal words its labels its own way (with or
without a colon, letter-spaced, ``信息分类`` or ``主题分类``), and a cell may be empty
(the layout drops it, so a label stands before the next label or at the row's end).  A
row that reads nothing by its labels is still one of that table's rows when it has the
table's shape: :mod:`split_meta` takes it only next to a row of the table that reads.
"""

from __future__ import annotations

import re

# sentence marks: a cell holding one is text, not a value of a fact row
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE

# a label cell: a short Han word, maybe letter-spaced, maybe closed by a colon
_LABEL = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]{0,4}){1,5}[\u4e00-\u9fff][ \u3000]*[:：]?")
#: a value cell longer than this is text (a title is the longest fact a table holds)
MAX_VALUE_CHARS = 80


def _label(cell: str) -> bool:
    return _LABEL.fullmatch(cell) is not None


def _colon(cell: str) -> bool:
    return cell.endswith((":", "："))


def tab_label_row(line: str) -> bool:
    """Line is one row of a label/value table: cells parted by tabs, a label cell (a
    short Han word, letter-spaced or not, colon or not) first and before every value; a
    label closed by a colon may stand with no value (its empty cell left out), when
    another label follows it or it ends the row.

    >>> tab_label_row("公开方式\\t主动公开\\t关 键 词：")
    True
    >>> tab_label_row("名\\u3000称\\t某市某局关于某事的通知")
    True
    >>> tab_label_row("文件编号：\\t发布时间：\\t2017-10-05")
    True
    >>> tab_label_row("甲队\\t3\\t乙队\\t2"), tab_label_row("说明\\t本条已废止。")
    (True, False)
    >>> tab_label_row("某某\\t某某某"), tab_label_row("2021年\\t产量")
    (False, False)
    """
    if "\t" not in line:
        return False
    cells = [c.strip() for c in line.strip().split("\t")]
    if any(not c for c in cells):
        return False
    k, pairs, colons = 0, 0, 0
    while k < len(cells):
        if not _label(cells[k]):
            return False
        colons += _colon(cells[k])
        nxt = cells[k + 1] if k + 1 < len(cells) else None
        if nxt is None or (_colon(cells[k]) and _colon(nxt) and _label(nxt)):
            if not _colon(cells[k]):
                return False  # a bare word alone at the end is no label
            k += 1
            continue
        if len(nxt) > MAX_VALUE_CHARS or _SENTENCE.search(nxt):
            return False
        pairs += 1
        k += 2
    # two bare words ('某某\t某某某') may be any two cells: a colon or two pairs say labels
    return pairs >= 1 and (colons > 0 or pairs >= 2 or len(cells[1]) > 6)
