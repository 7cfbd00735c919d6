"""An item of the text's own bulleted list that the site repeats: its stock wordings
(a changelog's ``· 修复若干问题``, a recipe's ``- 盐少许``) recur on the site's pages, so
the site profile learns them, but glued under a line that is this page's own (a version
and date line, a lead sentence, a label) and inside the text they are the text's
(:func:`~cleaner.stages.boilerplate_site.site_repeat` keeps them).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Container

from cleaner.stages.glyph_bars import glyph_bar

#: An item of such a list is at most this long.
ITEM_MAX_CHARS = 40


def bullet(s: str) -> str | None:
    """The mark opening an item (``·``, ``•``, ``-``, ``▪``, ``◇``), then a space or a
    letter; never a bracket, a quote or a digit.

    >>> bullet("· 修复若干问题"), bullet("•提升速度"), bullet("（一）总则"), bullet("-5度")
    ('·', '•', None, None)
    """
    if len(s) < 3 or not (s[1] in " \u3000" or s[1].isalpha()):
        return None
    cat = unicodedata.category(s[0])
    if cat[0] not in "SP" or cat in ("Ps", "Pi", "Pe", "Pf") or s[0] in "\"'#":
        return None
    return s[0]


def own_list_item(
    stripped: list[str],
    i: int,
    hits: Container[int],
    claimed: Container[int],
    cued: Callable[[str], bool],
) -> bool:
    """Is line ``i`` an item of a bulleted list glued (no blank line) under a line the
    site did not learn and nobody claimed, the page's own, and not a list of tools (every
    item with a chrome cue word, ``cued``: ``• 分享到某处``, ``• 打印本页``)?  One item
    with a cue word is the list's all the same (``• 改进字体显示``, ``• 修复下载中断``).
    The caller asks only inside the text (between its first line and its last sentence).

    >>> page = ["V1.2（2020-01-02）", "· 修复若干问题", "· 提升速度", "安装说明"]
    >>> no = lambda s: False
    >>> own_list_item(page, 1, {1, 2, 3}, set(), no), own_list_item(page, 2, {1, 2}, set(), no)
    (True, True)

    Under a learned heading (the site's ``热门推荐`` over its stock links) or a claimed
    line it is the site's; a list whose every item has a cue word is never kept here:

    >>> own_list_item(page, 1, {0, 1, 2}, set(), no), own_list_item(page, 1, {1}, {0}, no)
    (False, False)
    >>> own_list_item(page, 1, {1}, set(), lambda s: "速度" in s)
    True
    >>> own_list_item(page, 1, {1}, set(), lambda s: s.startswith("·"))
    False
    >>> own_list_item(["某工具 1.0", "✓ 免费　✓ 绿色", "简介。"], 1, {1}, set(), no)
    False
    >>> own_list_item(["某期节目", "▶ 播放　00:00 / 52:42", "简介。"], 1, {1}, set(), no)
    False
    """
    mark = bullet(stripped[i])
    if mark is None or len(stripped[i]) > ITEM_MAX_CHARS or glyph_bar(stripped[i]):
        return False  # a bar of cells each opened by the mark is the site's (glyph_bars)
    top = i
    while top > 0 and bullet(stripped[top - 1]) == mark:
        top -= 1
    head = top - 1
    if head < 0 or not stripped[head] or head in hits or head in claimed:
        return False
    end = i
    while end + 1 < len(stripped) and bullet(stripped[end + 1]) == mark:
        end += 1
    run = stripped[top : end + 1]
    if len(run) < 2:
        return False  # one marked line is no list ('▶ 播放　00:00 / 52:42': a player)
    return all(len(s) <= ITEM_MAX_CHARS for s in run) and not all(cued(s) for s in run)
