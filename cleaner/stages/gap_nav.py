"""A site's menu set out with wide gaps, opening with its home link (``gap_menu``).

A menu bar printed as cells apart by wide gaps (no bar or arrow between them) opens
with the site's home or another navigation word (``navigation`` words of
``rules/line_model.toml``: '首页', '网站首页' …) and runs on with short items.  Above a
lone page's title it is the page's chrome, not its title nor its text's first line, so
the rows under the title are read as the title's.  A row of names or keywords opens
with no such word: it stays.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table

__all__ = ["gap_menu"]

_GAP = re.compile(r"\u3000+|\t+| {2,}")
#: a menu's item is a short word
ITEM_MAX_CHARS = 8
#: a menu has at least this many items
MIN_ITEMS = 4


@cache
def _nav_words() -> tuple[str, ...]:
    cats = load_table("line_model")["category"]
    return tuple(w for c in cats if c["name"] == "navigation" for w in c["words"])


def gap_menu(line: str) -> bool:
    """``line`` is a menu of short items apart by wide gaps opening with a navigation
    word.

    >>> gap_menu("首页　　概况　　动态　　公告　　联系")
    True
    >>> gap_menu("网站首页  本站概况  工作动态  政策文件")
    True
    >>> gap_menu("张某某　　李某某　　王某某　　赵某某"), gap_menu("首页　　概况")
    (False, False)
    """
    cells = [c for c in _GAP.split(line.strip()) if c]
    if len(cells) < MIN_ITEMS or any(len(c) > ITEM_MAX_CHARS for c in cells):
        return False
    first = cells[0].lower()
    return any(first.endswith(w) for w in _nav_words() if len(w) >= 2)
