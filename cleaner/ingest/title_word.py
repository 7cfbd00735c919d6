"""A ``<title>`` that glues a word to the page's ``<h1>`` before the site's parts
(``某工具 V2.1下载_工具_某站``, ``某书在线阅读 - 某网``, ``Some Tool Download | Site``):
the h1 is still the page's headline (:func:`~cleaner.reader_hints.page_headline`), as it
is for a plain ``标题_站点`` (:func:`~cleaner.ingest.html_head.headline_of`).
"""

from __future__ import annotations

import re

#: The word glued to the h1: at most four Han characters or one or two Latin words, then a
#: title separator and the site's parts.
_GLUED_WORD = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}|\s?[A-Za-z]{2,12}(?: [A-Za-z]{2,12})?)\s*[-－–—|｜_]+\s*\S"
)
#: The h1 is at least this long: a short h1 ('首页') that a title merely starts with
#: names nothing.
MIN_H1_CHARS = 4


def worded_headline(title: str | None, h1: str | None) -> bool:
    """Is the ``<title>`` the ``<h1>``, a short word glued to it, a separator and more?

    >>> worded_headline("某工具 V2.1 正式版下载_工具_某站", "某工具 V2.1 正式版")
    True
    >>> worded_headline("Some Tool 3.2 Free Download | Soft Site", "Some Tool 3.2")
    True
    >>> worded_headline("江边新桥今日正式通车_某某在线", "江边新桥")  # a longer headline
    False
    >>> worded_headline("某某在线_江边新桥通车", "某某在线")  # the site's name first
    False
    """
    t, h = (title or "").strip(), (h1 or "").strip()
    if len(h) < MIN_H1_CHARS or len(t) <= len(h) or not t.startswith(h):
        return False
    return _GLUED_WORD.match(t[len(h) :]) is not None
