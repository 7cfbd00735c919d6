"""A list of short items under one of the page's own headings: the text's, though the site
repeats some of its items.

A profile page lists its subject's facts in short items under a heading of the page
(``学历`` over ``某某大学医学系``, ``经历`` over ``某某医院住院医师``; ``获奖`` over the
awards of a writer).  Many subjects share an item (the same school, the same training
hospital), so the site profile learns it and the boilerplate stage would delete it from
the middle of the text: a loss no reader sees, the heading left over nothing.
:func:`heading_item` keeps such a line: it stands between the body's first line and its
last prose line, in a run of short items glued under a heading the page keeps (one of its
own headings or a list label, nobody's claim, no chrome cue: ``相关阅读`` heads the
site's list; not the page's first line, its headline), every line of the run a phrase
with no sentence mark, no colon and no chrome cue, and the run a block of its own: a
blank line, a heading, a list label or the page's end under it.  A learned
line with a mark in it (a disclaimer, a prompt) is never an item here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

__all__ = ["ITEM_MAX_CHARS", "heading_item"]

#: An item is a phrase of at most this many characters (a school, a post, an award).
ITEM_MAX_CHARS = 30
#: Runs longer than this under one heading are no item list of a profile (a link list).
RUN_MAX_LINES = 12
#: A mark of a sentence, a clause or a label: an item holds none.
_MARK = re.compile(r"[。！？!?；;，,：:、…]")
#: A list's own label in a text page: a short line ending in a colon ('经历：').
_LABEL = re.compile(r"^[^，。；！？,;!?：:\s]{1,8}[：:]$")


def _item(s: str, cued: Callable[[str], bool]) -> bool:
    return 0 < len(s) <= ITEM_MAX_CHARS and _MARK.search(s) is None and not cued(s)


def heading_item(
    stripped: list[str],
    i: int,
    hits: Mapping[int, object],
    claimed: Collection[int],
    headings: Collection[str],
    cued: Callable[[str], bool],
) -> bool:
    """Line ``i`` is an item of a list glued under one of the page's own headings
    (module doc); ``cued``: a line holding a chrome cue word.

    >>> page = ["某某", "学历", "甲大学医学系", "乙大学研究所硕士", "经历", "丙医院住院医师",
    ...         "说的话", "看病要有耐心，也要和病人一起商量，这是一句完整的话。"]
    >>> heads = ("学历", "经历", "说的话")
    >>> [heading_item(page, k, {3: 1, 5: 1}, set(), heads, lambda s: False) for k in (3, 5)]
    [True, True]

    The heading claimed or cued, an item with a mark, a heading the page does not
    print as one: no item.

    >>> heading_item(page, 5, {5: 1}, {4}, heads, lambda s: False)
    False
    >>> heading_item(page, 5, {5: 1}, set(), heads, lambda s: s == "经历")
    False
    >>> heading_item(["经历", "欢迎扫码关注，谢谢"], 1, {}, set(), heads, lambda s: False)
    False
    >>> heading_item(["丙医院住院医师", "丁医院主治医师"], 1, {1: 1}, set(), heads, lambda s: False)
    False
    >>> no = lambda s: False  # noqa: E731 - no cue word
    >>> heading_item(["标题", "某站 · 站名", "站的口号，很长"], 1, {1: 1}, set(), ("标题",), no)
    False
    >>> tagged = ["某站", "标题", "某站 · 站名", "站的口号，很长"]
    >>> heading_item(tagged, 2, {2: 1}, set(), ("标题",), no)
    False
    """
    if not _item(stripped[i], cued):
        return False
    j = i - 1
    while j >= 0 and stripped[j] and stripped[j] not in headings:
        if i - j > RUN_MAX_LINES or not _item(stripped[j], cued):
            if not _LABEL.match(stripped[j]):
                return False
            break
        j -= 1
    if j < 0 or not stripped[j] or j in claimed or j in hits:
        return False
    head = stripped[j]
    if not (head in headings or _LABEL.match(head)) or cued(head):
        return False
    if not any(stripped[:j]):
        return False  # the page's first line: its headline, not a list's heading
    k = i + 1  # the run's end: a blank, a heading or a line that is no item
    while k < len(stripped) and stripped[k] and stripped[k] not in headings:
        if k - j > RUN_MAX_LINES:
            return False
        if not _item(stripped[k], cued):
            # a text line glued under the run: no list block of its own (a site's name
            # over its tagline), unless a list label opens the next block
            return _LABEL.match(stripped[k]) is not None
        k += 1
    return True
