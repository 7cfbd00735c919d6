"""A data table's head row over its first row of values is the table's, not chrome.

An HTML table reaches the stages as one line per ``<tr>``, its cells parted by tabs (a
text page parts them by wide gaps).  A compilation of notices prints the same table in
every piece (``姓名　住址　面积`` over each piece's own values), so the site profile
learns the head row, printed word for word on every page, as chrome; deleted, the values
under it lose their names: silent loss (issue 12, blind set zu).

Shapes only, no wording (:func:`table_head`): the learned line is a row of two or more
short cells, no sentence punctuation and no chrome cue word, glued over a row of as many
cells that is the page's own (neither learned nor claimed), whose cells end no sentence.
A site's two rows of links (a menu over another menu) are both learned: no table.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.keep import keep_table
from cleaner.stages.sentence_marks import CLAUSE_MARK as _PUNCT
from cleaner.stages.sentence_marks import SENTENCE_END as _END

__all__ = ["table_head"]

#: a head cell names a column: at most this many characters
HEAD_CELL_MAX = 12
#: a value cell holds a name, a place, a figure: at most this many characters
VALUE_CELL_MAX = 40


def _cells(s: str, most: int) -> list[str]:
    cells = [c.strip() for c in CELL_GAP.split(s.strip())]
    if len(cells) < 2 or any(not c or len(c) > most for c in cells):
        return []
    return cells


def table_head(
    stripped: Sequence[str], i: int, learned: Collection[int], claimed: Collection[int]
) -> bool:
    """Line ``i`` (a learned line) heads a table: a row of short cells glued over a row
    of as many cells that is the page's own (not in ``learned`` nor ``claimed``).

    >>> page = ["某公告", "品名\\t规格\\t单价", "大米\\t25千克袋装\\t128.00", "以上价格含税。"]
    >>> table_head(page, 1, {1}, set())
    True
    >>> table_head(page, 1, {1, 2}, set())  # the row under it is learned too: a menu
    False
    >>> table_head(["首页\\t新闻\\t联系", "本站介绍，欢迎访问。"], 0, {0}, set())
    False
    """
    head = _cells(stripped[i], HEAD_CELL_MAX)
    if not head or _PUNCT.search(stripped[i]):
        return False
    j = i + 1
    if j >= len(stripped) or not stripped[j].strip() or j in learned or j in claimed:
        return False
    values = _cells(stripped[j], VALUE_CELL_MAX)
    if len(values) != len(head) or any(v.endswith(_END) for v in values):
        return False
    return not keep_table().cues(stripped[i])
