"""A page's own title that the site repeats elsewhere: kept, not chrome.

A site lists its pages' titles on other pages (a ``相关文章`` list of pointers, a version
history), so a document's title line repeats over a few of the site's pages and the
site-repeat learner takes it for chrome.  On its OWN page the line stands as a heading by its
document's dated row: the line right below it is that row (``发布日期：2021/3/9 …``,
``2021-03-09 16:20 …``), or the row stands right above it and a prose line below; a pointer
of a list stands among other pointers, a page mark between two prose lines.  A line learned
word for word is kept only when the site prints it on at most half of its pages (a site's
name over a date row stands on every page: its head, not a title); a learned shape (one
wording, other figures: a series' titles ``某应用 3.1.0 版更新说明``) by the rows alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from cleaner.stages.foot_lines import prose

__all__ = ["MAX_TITLE_SUPPORT", "title_over_text"]


#: A title is repeated on at most this share (0-100) of a site's pages.
MAX_TITLE_SUPPORT = 50.0
#: A title line is at most this long.
MAX_TITLE_CHARS = 40
_SENTENCE_MARK = re.compile(r"[。！？!?，,；;：:]")
# a dated row: a short label, a colon and a date, or a date opening the line
_DATED_ROW = re.compile(
    r"^(?:[^\s:：]{1,10}\s*[:：]\s*)?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)


def title_over_text(
    stripped: list[str],
    i: int,
    support: float,
    hits: Mapping[int, object],
    claimed: Collection[int],
    *,
    shape: bool = False,
) -> int | None:
    """The index of the dated row of line ``i`` when ``i`` (a learned repeat seen on
    ``support`` % of the site's pages; ``shape``: learned as a shape) is this page's
    title: heading-shaped, its dated row right below it, or right above it with a prose
    line below, neither claimed by a rule (``claimed``); else None.  The row is the
    title's metadata: it stays for the split stage to read, though learned.

    >>> page = ["某应用 3.1.0 版更新说明", "发布日期：2021/3/9", "本次更新修正了问题。"]
    >>> title_over_text(page, 0, 25.0, {0: 0}, {})
    1
    >>> title_over_text(page, 0, 100.0, {0: 0}, {})  # word for word on every page
    >>> title_over_text(page, 0, 100.0, {0: 0, 1: 0}, {}, shape=True)  # a series' titles
    1
    >>> above = ["发布日期：2021/3/9", "某应用 3.1.0 版更新说明", "本次更新修正了问题。"]
    >>> title_over_text(above, 1, 100.0, {0: 0, 1: 0}, {}, shape=True)
    0
    >>> rel = ["相关文章", "某应用 3.1.0 版更新说明", "某应用 3.0.0 版更新说明", "版权所有"]
    >>> title_over_text(rel, 1, 25.0, {1: 0, 2: 0, 3: 0}, {})  # a pointer of a list
    >>> marks = ["上文写到这里，", "第1页 共2页 下一页", "下文接着写完。"]  # a page mark
    >>> title_over_text(marks, 1, 100.0, {1: 0}, {}, shape=True)
    """
    s = stripped[i]
    if (support > MAX_TITLE_SUPPORT and not shape) or not s or len(s) > MAX_TITLE_CHARS:
        return None
    if _SENTENCE_MARK.search(s):
        return None
    down = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    if down is None or down in claimed:
        return None
    if _DATED_ROW.match(stripped[down]):
        return down  # the row may be learned too: a row's shape stands on every page
    if up is None or up in claimed or not _DATED_ROW.match(stripped[up]):
        return None
    return up if down not in hits and prose(stripped[down]) else None
