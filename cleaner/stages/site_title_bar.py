"""A site's title bar: the same ``栏目 | 站名`` line at the head of every page of a site.

A text page saved from a site opens with its ``<title>``: the piece's title dressed with
the site's name (``某事 | 某站``), a line of its own on every page.  Some sites title
every page of a column with the column's name alone (``天象预告 | 某协会``): the line is
then printed word for word at the head of most pages of the site, and it names no
piece.  :func:`title_bar` tells such a line by its shape and its count: a short head and,
after a title bar's separator, a suffix the site repeats on its titles
(:func:`site_judge.title_suffixes`), the whole line seen on the site's pages as often as
any chrome line.  The site-repeat judge then learns it as chrome (``title_bar``), and the
split takes the piece's own headline below it.  A page's own dressed title (its head
differs from page to page) is never counted often enough; a line holding a sentence mark
or a long head (a document's title repeated over the parts of one long text) is no bar.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from cleaner.stages.split_titles import split_suffix

__all__ = ["TITLE_BAR", "title_bar"]

#: the signal a learned title bar carries
TITLE_BAR = "title_bar"
#: a column's name is short: a piece's headline is longer, and stays
HEAD_MAX_CHARS = 10
_SENTENCE = re.compile(r"[。，；：！？,;:!?]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def title_bar(line: str, suffixes: Collection[str]) -> bool:
    """Is ``line`` a site's title bar: a short head, a separator, a suffix the site repeats
    (``suffixes``)?  Its count is the caller's.

    >>> title_bar("观测预报 | 某某天文社", {"某某天文社"})
    True
    >>> title_bar("观测预报 - 某某天文社", {"某某天文社"}), title_bar("观测预报 | 某社", set())
    (True, False)
    >>> title_bar("今夜土星合月，傍晚西南方天空看点多 | 某某天文社", {"某某天文社"})
    False
    >>> title_bar("某某天文社", {"某某天文社"})
    False
    """
    s = line.strip()
    if _SENTENCE.search(s):
        return False
    parts = split_suffix(s)
    if parts is None:
        return False
    head, site = parts
    return site in suffixes and 2 <= len(head) <= HEAD_MAX_CHARS and bool(_HAN.search(head))
