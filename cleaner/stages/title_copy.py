"""The page's ``<title>`` printed above the document's own title, on a site that dresses
its titles (``标题_某平台``, ``标题 - 某服务网``).

A site's pages open with its title bar: the document's title, a separator, the site's
name.  The site profile learns the name as a title suffix (:func:`cleaner.stages.site_judge.
title_suffixes`: the last part after a separator that many first lines share).  Where the
same title then stands as a line of its own a few lines further down (below a code row,
a credit row), the first line is a copy and chrome (rule ``boilerplate.title_copy``).
A title bar whose title is not repeated below stays: it may be the page's only title.
"""

from __future__ import annotations

from collections.abc import Collection

#: Rule id of the claim.
TITLE_COPY = "boilerplate.title_copy"
#: How many non-empty lines below the title bar the title may stand.
LOOK_AHEAD = 8
_SEPS = "_-|｜—–·"


def title_copy(stripped: list[str], claimed: Collection[int], suffixes: Collection[str]) -> int:
    """Index of the first non-empty line when it is a title bar whose title stands again
    below it, else -1.

    >>> page = ["某事公告_某平台", "证券代码：1", "某事公告", "正文。"]
    >>> title_copy(page, set(), {"某平台"}), title_copy(page, set(), {"别的站"})
    (0, -1)
    >>> title_copy(["汇编：甲等3项_某平台", "甲", "正文。"], set(), {"某平台"})
    -1
    """
    if not suffixes:
        return -1
    filled = [i for i, s in enumerate(stripped) if s]
    if len(filled) < 3 or filled[0] in claimed:
        return -1
    first = stripped[filled[0]]
    for suf in suffixes:
        if len(suf) >= len(first) or not first.endswith(suf):
            continue
        head = first[: -len(suf)].rstrip(" \t\u3000")
        if not head or head[-1] not in _SEPS:
            continue
        head = head.rstrip(_SEPS + " \t\u3000")
        if len(head) >= 4 and any(stripped[i] == head for i in filled[1 : 1 + LOOK_AHEAD]):
            return filled[0]
    return -1
