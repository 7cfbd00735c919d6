"""A row of even cells cut by a page mark between two whole cells (``cell_gap_at_cut``).

A flowed list set out in cells of one length ('张建国　　李红梅　　王志强' over a page
mark, then '钱文静　　孙立新') is cut at a cell's end when the last cell above the mark
and the first cell below it are each as long as every other cell: the join puts the gap
back, so two cells are not glued into one.  A cut inside a cell leaves two shorter parts
('欧阳｜文静' among three-letter cells), and a row of uneven cells gives no sign where its
cells end: both are joined with no gap, as before.

One short leftover can fake evenness: the rows on both sides of the mark must each hold
two cells at least (a lone leftover under the mark, '丁' of a dish or a part that an
earlier edit glued to the next cell, '丁米饭', tells nothing), and a compound surname
closing the row above ('王芳　　李娜　　欧阳' over '晓明　　刘洋', two-letter cells) is a
name cut inside, never a cell of its own.
"""

from __future__ import annotations

import re
from collections import Counter

from cleaner.stages.person_names import compound_surnames

# the gap between cells: a run of ideographic spaces, a tab, 2+ spaces, or a bar
_GAP = re.compile(r"[ \t\u3000]*[|｜丨][ \t\u3000]*|\u3000+|\t+| {2,}")
_HAN_CELL = re.compile(r"[\u3400-\u9fff]+")


def cell_gap_at_cut(cur: str, nxt: str) -> str | None:
    """The gap to put back between ``cur`` (a line ending at a page mark) and ``nxt``
    (the line under the mark) when both are rows of Han cells of one length (two to
    four letters, four cells in all at least) and the cut falls between two of them;
    ``None`` otherwise.

    >>> cell_gap_at_cut("张建国　　李红梅　　王志强", "钱文静　　孙立新")
    '\u3000\u3000'
    >>> cell_gap_at_cut("张建国｜李红梅｜欧阳", "文静｜孙立新") is None
    True
    >>> cell_gap_at_cut("清蒸鲈鱼　　红烧肉　　酸菜", "鱼　　米饭") is None
    True
    >>> cell_gap_at_cut("周洁　　吴昊　　司马", "文涛　　郑宇") is None  # a compound surname
    True
    >>> cell_gap_at_cut("红烧肉　　糖醋鱼　　宫保鸡", "丁米饭") is None  # one leftover under it
    True
    """
    cur, nxt = cur.strip(), nxt.strip()
    gaps = _GAP.findall(cur) + _GAP.findall(nxt)
    if not gaps or not _GAP.search(cur):
        return None
    above, below = _GAP.split(cur), _GAP.split(nxt)
    if len(above) < 2 or len(below) < 2 or above[-1] in compound_surnames():
        return None
    cells = above + below
    if len(cells) < 4 or not all(_HAN_CELL.fullmatch(c) for c in cells):
        return None
    sizes = {len(c) for c in cells}
    if len(sizes) != 1 or not 2 <= next(iter(sizes)) <= 4:
        return None
    if len({g.strip(" \t\u3000") or " " for g in gaps}) != 1:
        return None  # one kind of gap all along the row
    return Counter(_GAP.findall(cur)).most_common(1)[0][0]
