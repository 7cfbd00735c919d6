"""A site's menu set out with wide gaps, opening with its home link (``gap_menu``).

A menu bar printed as cells apart by wide gaps (no bar or arrow between them) opens
with the site's home or another navigation word (``navigation`` words of
``rules/line_model.toml``: '首页', '网站首页' …) and runs on with short items.  Above a
lone page's title it is the page's chrome, not its title nor its text's first line, so
the rows under the title are read as the title's.  A row of names or keywords opens
with no such word: it stays.

The first cell must BE a navigation word (``打印``, ``返回``), or end in a home word
(``网站首页``, ``返回首页``): a table's head whose first field merely ends in one
(``安装位置``, ``常用字体``, ``3D打印``) is no menu.  Nor is a row over a row of as many
cells (a grid's head over its first data row: a menu has no grid under it).
"""

from __future__ import annotations

from functools import cache

from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.line_features import vocabulary

__all__ = ["gap_menu"]

#: a menu's item is a short word
ITEM_MAX_CHARS = 8
#: a menu has at least this many items
MIN_ITEMS = 4
#: a first cell ending in one of these opens a menu with its home link ('网站首页')
_HOME_ENDS = ("首页", "主页", "home")


@cache
def _nav_words() -> frozenset[str]:
    """The ``navigation`` prompt words of ``line_model.toml`` (lower-cased, as the first
    cell is), through :func:`~cleaner.stages.line_features.vocabulary`."""
    return frozenset(w for name, words in vocabulary() if name == "navigation" for w in words)


def gap_menu(line: str, under: str = "") -> bool:
    """``line`` is a menu of short items apart by wide gaps opening with a navigation
    word; ``under`` is the line under it, if known.

    >>> gap_menu("首页　　概况　　动态　　公告　　联系")
    True
    >>> gap_menu("网站首页  本站概况  工作动态  政策文件")
    True
    >>> gap_menu("张某某　　李某某　　王某某　　赵某某"), gap_menu("首页　　概况")
    (False, False)

    A grid's head whose first field ends in a navigation word, or any row over a row
    of as many cells:

    >>> gap_menu("摆放位置　　高度　　宽度　　材质"), gap_menu("推荐字号　　正文　　标题　　注释")
    (False, False)
    >>> gap_menu("打印　　关闭　　字号　　纠错", "甲　　乙　　丙　　丁")
    False
    """
    cells = [c for c in CELL_GAP.split(line.strip()) if c]
    if len(cells) < MIN_ITEMS or any(len(c) > ITEM_MAX_CHARS for c in cells):
        return False
    if under.strip() and len([c for c in CELL_GAP.split(under.strip()) if c]) == len(cells):
        return False  # a grid's head over its first row of values
    first = cells[0].lower()
    return first in _nav_words() or first.endswith(_HOME_ENDS)
