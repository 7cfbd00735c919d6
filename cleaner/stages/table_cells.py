"""An HTML table's cells left in an article are its lines, one per cell.

The HTML reader gives a table row as one line, its cells parted by tabs, so that the
stages can read a row of facts as its cells (a metadata table, a fact box).  What is left
of a table in an article after the split is the article's own data (a notice's table of
parties, a price list); a browser shows each cell as a block of its own, and that is
what the page's visible text is: a line per cell, in page order.  :func:`cell_lines`
turns each tab between two cells of such a row into a line break, after the split, as
one recorded step (rule ``split.table_cells``, a replacement of one character by one:
no offset moves, the ledger gives the row back).

Only pages read from markup (a text page's tabs are its writer's, not a table's), only
lines of the articles, and only between two non-empty cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cleaner.edits import Edit, Editor
from cleaner.stages.split_config import ArticleDraft

__all__ = ["TABLE_CELLS", "cell_lines", "split_row"]

TABLE_CELLS = "split.table_cells"


def split_row(line: str) -> str:
    """The row ``line`` with a line break for each tab between two cells (same length).

    >>> split_row("品名\\t规格\\t单价")
    '品名\\n规格\\n单价'
    >>> split_row("品名\\t\\t单价")  # an empty cell keeps its tabs: no line of its own
    '品名\\t\\t单价'
    >>> split_row("\\t缩进的一行")
    '\\t缩进的一行'
    """
    cells = line.split("\t")
    if len(cells) < 2 or any(not c.strip() for c in cells):
        return line
    return "\n".join(cells)


def cell_lines(editor: Editor, drafts: Sequence[ArticleDraft]) -> list[ArticleDraft]:
    """``drafts`` with their table rows one line per cell, the editor's text alike (one
    step of same-length replacements, recorded as :data:`TABLE_CELLS`).

    >>> ed = Editor("p", "标题\\n甲\\t乙\\n正文。")
    >>> out = cell_lines(ed, [ArticleDraft(0, "标题", "标题\\n甲\\t乙\\n正文。", {})])
    >>> out[0].text, ed.text, [c.rule for c in ed.ledger]
    ('标题\\n甲\\n乙\\n正文。', '标题\\n甲\\n乙\\n正文。', ['split.table_cells'])
    """
    if "\t" not in editor.text or not any("\t" in d.text for d in drafts):
        return list(drafts)
    rows = {
        ln: split_row(ln)
        for d in drafts
        for ln in d.text.split("\n")
        if "\t" in ln and split_row(ln) != ln
    }
    if not rows:
        return list(drafts)
    edits: list[Edit] = []
    pos = 0
    for ln in editor.text.split("\n"):
        if ln in rows:
            edits += [
                Edit(pos + k, pos + k + 1, "\n", TABLE_CELLS)
                for k, ch in enumerate(ln)
                if ch == "\t"
            ]
        pos += len(ln) + 1
    if not edits:
        return list(drafts)
    editor.apply("split", edits)
    return [
        replace(d, text="\n".join(rows.get(ln, ln) for ln in d.text.split("\n")))
        if "\t" in d.text
        else d
        for d in drafts
    ]
