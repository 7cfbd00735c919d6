"""A page's own title that the site lists on its other pages.

A notice site closes every page with a list of its other notices (``往期通知：`` and three
titles): a notice's title recurs on the pages that list it, and the site profile learns
it as chrome (a footer's item, or with its figures masked a shape).  On the notice's own
page that line is its title, at the top of the body under the site's head.  HTML pages
say so with their headings (:func:`boilerplate._own_heading`); a text page has none, so
:func:`own_title` reads the shape: the first learned line under the head, with only weak
signals (no cue word, no menu separators), that reads as a document's title (it ends in a
document kind, ``title_endings``, and holds no sentence or clause mark).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["own_title"]

#: A document title is at least this long (a menu's '通知公告' is no title).
TITLE_MIN_CHARS = 8
TITLE_MAX_CHARS = 80
_PUNCT = re.compile(r"[，。；！？：,;!?:|｜>»]")


def own_title(
    stripped: list[str],
    hits: Mapping[int, object],
    signals: Mapping[int, tuple[str, ...]],
    claimed: Mapping[int, object],
    endings: tuple[str, ...],
) -> int | None:
    """The line of the page's own title among the learned ``hits``, or None: the first
    non-empty line that no rule claimed below lines all learned or claimed (the site's
    head), a learned line with weak ``signals`` only, titled like a document, once on
    the page, with a line of the page's own (no hit, no claim) somewhere below.

    >>> t = "关于开展秋季体检的通知"
    >>> page = ["某站首页｜通知", t, "各位居民：", "正文。", t]
    >>> own_title(page[:4], {0: 1, 1: 1}, {0: ("menu",), 1: ("short",)}, {}, ("通知",))
    1
    >>> own_title(page, {0: 1, 1: 1, 4: 1}, {0: ("menu",), 1: ("short",)}, {}, ("通知",))
    >>> own_title(page[:4], {0: 1, 1: 1}, {0: ("menu",), 1: ("cue:related",)}, {}, ("通知",))
    """
    for i, s in enumerate(stripped):
        if not s or i in claimed:
            continue
        if i not in hits:
            return None  # the body opens here: no learned line on top of it
        sig = signals.get(i, ())
        if any(x.startswith("cue:") or x == "menu" for x in sig):
            continue  # the site's head
        if not TITLE_MIN_CHARS <= len(s) <= TITLE_MAX_CHARS or not s.endswith(endings):
            continue
        if _PUNCT.search(s) or sum(1 for t in stripped if t == s) > 1:
            return None
        below = range(i + 1, len(stripped))
        if any(stripped[k] and k not in hits and k not in claimed for k in below):
            return i
        return None
    return None
