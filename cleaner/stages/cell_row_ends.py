"""A row of labelled cells is a whole line: its end is no sentence cut.

A record's card row sets two or more ``label：value`` cells across the line, parted by a
bar or a wide gap (``编号：A-17　｜　承办单位：某公司　｜　地点：某市``).  Its last value
may end in a Han character, and the line under it may open with a Han character (often a
label of its own: ``简介：…``), so the page-break join of
:mod:`cleaner.stages.paragraph_joins` would read it as a sentence cut; but no sentence runs
through a row of cells.  Only a page mark standing between the row and a line that opens
with no label of its own may still mark a cut row.
"""

from __future__ import annotations

import re

from cleaner.stages.cell_gaps import BARS
from cleaner.stages.repair_tables import HAN
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_END

# cells apart by a bar (spaced or not), a tab, two ideographic spaces or three spaces
_CELL_GAP = re.compile(rf"[ \t\u3000]*[{BARS}][ \t\u3000]*|\t+|\u3000{{2,}}| {{3,}}")
# a cell's label: a short run of letters without punctuation, then a colon
_LABEL = re.compile(r"^[^\s，。；;！？!?：:、,（）()《》“”]{1,8}[：:]\S")
# a comma clause: a cell's value holds none (a row's last cell that does is a sentence);
# a comma grouping an amount's digits ('4,500.00') parts no clause
_CLAUSE = re.compile(r"，|,(?!\d{3}(?!\d))|(?<!\d),")
_DIGIT = re.compile(r"\d")
_HAN = re.compile(f"[{HAN}]")
# a line opened by a label of its own ('简介：…', '主要内容：…')
_OWN_LABEL = re.compile(r"^[^\s，。；;！？!?：:、,（）()《》“”]{1,8}[：:]\S")


def labelled_cell_row(line: str) -> bool:
    """Is ``line`` a row of two or more cells, each opened by its ``label：``, parted by a
    bar or a wide gap, with no sentence end in it?

    >>> labelled_cell_row("编号：A-17　｜　承办单位：某某公司　｜　地点：青石镇")
    True
    >>> labelled_cell_row("登记号:QZ-2020-8|主办方:某某协会|场地:东湖公园")
    True
    >>> labelled_cell_row("批次：第三批　　　申报单位：某某学校　　　项目地：北岭乡")
    True
    >>> labelled_cell_row("地点：青石镇，活动期间请大家注意安全并听从现场指挥")
    False
    >>> labelled_cell_row("编号：A-17　｜　会上，大家讨论了方案。")
    False
    >>> labelled_cell_row("买方：某公司　　　卖方：某厂，经协商一致，就设备采购")  # runs on
    False
    """
    core = line.strip()
    if not core or _SENTENCE_END.search(core):
        return False
    cells = [c for c in _CELL_GAP.split(core) if c]
    if cells and _CLAUSE.search(cells[-1]):
        return False  # the last value runs on in comma clauses: a sentence, cut
    return len(cells) >= 2 and all(_LABEL.match(c) for c in cells)


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_GAP.split(line.strip()) if c]


def _numbered_shape(cells: list[str]) -> tuple[bool, ...] | None:
    """Which cells hold a digit: the shape of a table's row (a serial, an amount, a time),
    or None for a row of words only (a flowed list, verse, a keyword line)."""
    shape = tuple(_DIGIT.search(c) is not None for c in cells)
    return shape if any(shape) else None


def _fellow(line: str, n: int) -> bool:
    """Is ``line`` a row of a table whose rows set ``n`` cells: two or more cells, one
    more or one fewer than ``n`` still a fellow row (an empty cell drops its gap)?"""
    k = len(_cells(line))
    return k >= 2 and abs(k - n) <= 1


def table_row_end(
    cur: str, nxt: str, prev: str = "", after: str = "", *, marked: bool = False
) -> bool:
    """Is the break after ``cur`` the end of a table row?  ``cur`` sets three or more cells
    apart by wide gaps or bars, with no sentence end and no comma clause in its last cell,
    and ``nxt`` sets two or more cells the same way (the next row, or a total row).  No
    sentence runs from one row of a table into the next.

    A flowed list, a keyword line, verse or gap-justified prose sets its words apart the
    same way, and a page mark (``marked``) may cut a word of it: Han both sides of the mark
    is a cut, unless the table shows itself: the line above ``cur`` (``prev``) is a fellow
    row (as many cells, give or take one: an empty cell drops its gap), or ``nxt`` is one
    and so is the line under it (``after``: a header over its rows, a run of three rows),
    or ``nxt`` sets its digits in the same cells as ``cur`` (a spec sheet, a price list).

    >>> row = "3　　某某餐饮有限公司　　22,200.00　　银行转账　　扶老"
    >>> above = "2　　某某书法协会　　1,500.00　　现金　　助学"
    >>> table_row_end(row, "4　　某某律师协会　　75,000.88　　物资折价　　济困")
    True
    >>> table_row_end(row, "合计　　　　275,103.14", above)
    True
    >>> table_row_end(row, "合计　　　　275,103.14", above, marked=True)
    True
    >>> table_row_end(row, "合计　　　　275,103.14")
    True
    >>> head = "站名　　首班　　末班　　备注"
    >>> first = "东站　　6:00　　22:00　　始发"
    >>> table_row_end(head, first, marked=True)  # no row under
    False
    >>> table_row_end(head, first, "", "西站　　6:10　　22:10", marked=True)
    True
    >>> short, full = "李某　　女　　某镇镇长", "赵某　　男　　汉族　　某局"
    >>> table_row_end(short, full, full, marked=True)  # an empty cell: a fellow row
    True
    >>> table_row_end("会议费　　3　　4,500.00", "设备购置　　2　　56,000.00", marked=True)
    True
    >>> table_row_end("某某　　3　　4,5", "后续　　2　　7", marked=True)  # '4,5': a clause
    False
    >>> table_row_end(row, "以上款物均已开具捐赠票据，专款专用。")
    False
    >>> table_row_end("会上，大家讨论了方案　　并决定由某某", "负责　　落实")
    False
    >>> flowed = "某某一中　　某某实验小学　　某某区少年"
    >>> table_row_end(flowed, "宫　　某某职业高中　　某某中心幼儿园", marked=True)
    False
    >>> spec = "型号　　K5　　面积　　60平方米"
    >>> table_row_end(spec, "噪音　　32分贝　　功率　　45瓦", marked=True)
    True
    """
    core = cur.strip()
    if not core or _SENTENCE_END.search(core):
        return False
    cells = _cells(core)
    if len(cells) < 3 or _CLAUSE.search(cells[-1]):
        return False
    under = _cells(nxt)
    if len(under) < 2:
        return False
    if not (marked and _HAN.match(core[-1]) and _HAN.match(nxt.strip()[:1])):
        return True
    # Han both sides of a page mark: a cut word, unless the table shows itself
    n = len(cells)
    if _fellow(prev, n) or (_fellow(nxt, n) and _fellow(after, len(under))):
        return True
    shape = _numbered_shape(cells)
    return shape is not None and shape == _numbered_shape(under)


def cell_row_end(cur: str, nxt: str, *, marked: bool) -> bool:
    """Does the line break after ``cur`` end a row of labelled cells (kept)?  Always when
    no page mark stands between the lines or ``nxt`` opens with its own label; a row cut
    by a page mark whose rest carries no label may still be joined.

    >>> row = "编号：A-17　｜　承办单位：某某公司　｜　地点：青石镇"
    >>> cell_row_end(row, "简介：一群青年回到家乡创业的故事。", marked=False)
    True
    >>> cell_row_end(row, "简介：一群青年回到家乡创业的故事。", marked=True)
    True
    >>> cell_row_end(row, "东侧三号楼", marked=True)
    False
    >>> cell_row_end("会上大家讨论了方案并决定由某某", "简介：下一步工作。", marked=False)
    False
    """
    if not labelled_cell_row(cur):
        return False
    return not marked or _OWN_LABEL.match(nxt.strip()) is not None
