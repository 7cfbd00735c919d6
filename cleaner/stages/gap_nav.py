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

import re
from collections.abc import Collection, Sequence
from functools import cache

from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.line_features import vocabulary

__all__ = ["COLUMN_MENU", "column_menu", "gap_menu"]

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


#: The rule id of a menu set out one item a line at a plain-text page's head.
COLUMN_MENU = "boilerplate.shape.column_menu"
#: A column menu's home line is among the page's first lines (a site name or a bar may
#: stand over it) and its items lie above the first prose line.
HEAD_REACH = 3
#: A line this long, or one holding a sentence mark, is prose: the head ends there.
PROSE_MIN_CHARS = 30
_PROSE_MARKS = frozenset("。！？；，!?;,：:")
#: A column menu with no home line has at least this many items, one of them a
#: navigation word or a line a rule took ('联系我们').
BARE_MIN_ITEMS = 4
#: ... and at least this many of its lines are navigation words or lines a rule took.
BARE_MIN_CUES = 2


#: a date ('2024-01-05', '2024年1月5日'): a row under a short title
_DATE = re.compile(r"\d{2,4}[ \t]*[-年./][ \t]*\d{1,2}")


def _home_line(line: str) -> bool:
    """A lone home link ('首页', '网站首页', '返回首页', 'Home')."""
    low = line.lower()
    return len(low) <= 6 and low.isalpha() and low.endswith(_HOME_ENDS)


def _item(line: str) -> bool:
    """A channel's name: two to eight letters (no digit, mark or space)."""
    return 2 <= len(line) <= ITEM_MAX_CHARS and line.isalpha()


def column_menu(stripped: Sequence[str], claimed: Collection[int] = ()) -> list[int]:
    """The lines of a menu printed one item a line at the head of a plain-text page:
    a home link ('首页') and the short channel names under it, or (with no home line) a
    run of at least BARE_MIN_ITEMS names at the page's top, BARE_MIN_CUES of them
    navigation words or lines a rule took, over a title shaped as no name.  Read alone
    a page has no site profile to learn the menu from; kept, its home link became the
    page's title and the real title lost its protection.  The run stops at the first
    line that is no name (the title with its figures, a blank line after a gap of two);
    a name right above the first prose line is the page's short title, not the menu's
    last item: it stays.  Only above the first prose line: lower down short lines are a
    list of the text's.  ``claimed`` lines (a rule's) may lie inside the run; they are
    not returned.

    >>> column_menu(["首页", "新闻中心", "通知公告", "联系我们", "某校举行2023届典礼", "正文。"])
    [0, 1, 2, 3]
    >>> column_menu(["首页", "新闻中心", "春节放假通知", "正文，很长的一句话。"])
    [0, 1]
    >>> column_menu(["首页", "新闻中心", "春节放假通知", "（2024年1月5日）", "正文。"])
    [0, 1]
    >>> column_menu(["春节放假通知", "放假时间", "值班安排", "注意事项", "正文，很长。"])
    []
    >>> column_menu(["春节放假通知", "放假时间", "值班安排", "注意事项", "联系我们", "正文。"], {4})
    []
    >>> column_menu(["新闻中心", "通知公告", "关于我们", "联系我们", "某校2023届典礼", "正文。"])
    [0, 1, 2, 3]
    >>> column_menu(["春节放假通知", "放假时间", "值班安排", "联系我们", "电话咨询", "正文。"], {3})
    []
    """
    nonblank = [i for i, s in enumerate(stripped) if s]
    end = next(
        (
            k
            for k, i in enumerate(nonblank)
            if len(stripped[i]) >= PROSE_MIN_CHARS or any(c in _PROSE_MARKS for c in stripped[i])
        ),
        len(nonblank),
    )
    if end == len(nonblank):
        return []  # no prose: a page of short lines is a list, not a head
    head = nonblank[:end]
    home = next(
        (k for k in range(min(HEAD_REACH, len(head))) if _home_line(stripped[head[k]])), None
    )
    start = home if home is not None else 0
    run = [start] if home is not None else []
    for k in range(start + (home is not None), len(head)):
        i = head[k]
        if k > start and head[k] - head[k - 1] > 2:
            break  # a wide gap ends the menu
        if i in claimed or _item(stripped[i]):
            run.append(k)
            continue
        break
    # the name right above the prose, a short line or a date row is the page's short
    # title: a menu's last item stands over a title longer than a name
    if run and run[-1] != home and head[run[-1]] not in claimed:
        nxt = stripped[head[run[-1] + 1]] if run[-1] + 1 < end else ""
        if not nxt or len(nxt) <= ITEM_MAX_CHARS or _DATE.search(nxt):
            run.pop()
    if home is None:
        names = [k for k in run if head[k] not in claimed]
        # two chrome cues at least, and no home line lower down (the lines over it are
        # a masthead's, not the menu's)
        cues = sum(head[k] in claimed or stripped[head[k]].lower() in _nav_words() for k in run)
        cue = cues >= BARE_MIN_CUES and not any(_home_line(stripped[head[k]]) for k in run)
        # and a title of its own under it, shaped as no name (a short title opening a
        # list of the text's short lines has a name or the prose right under the list)
        titled = bool(run) and run[-1] + 1 < end and not _item(stripped[head[run[-1] + 1]])
        if len(run) < BARE_MIN_ITEMS or not cue or not names or not titled:
            return []
    return [head[k] for k in run if head[k] not in claimed]
