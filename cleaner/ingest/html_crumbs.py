"""A page's breadcrumb trail read against its ``<title>`` (``首页 > 栏目 > 标题``): a title
that names the page's channel, not its article (:func:`channel_title`), and a headline
the page prints only as the trail's last crumb (:func:`crumb_headline`).
"""

from __future__ import annotations

import re

from cleaner.ingest.html_head import TITLE_SEP
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _CLAUSE_MARK
from cleaner.stages.split_head import site_name_line

__all__ = ["channel_title", "crumb_headline"]

# the separators of a breadcrumb trail: '首页 > 新闻 > 正文', 'Home / News', '首页 - 通知公告'
_CRUMB_SEP = re.compile(r"\s*(?:[>＞»›→/]|\s-\s|-{1,2}|&gt;)\s*")
#: A breadcrumb line is at most this long, each crumb at most this many characters.
CRUMB_LINE_MAX = 80
CRUMB_MAX_CHARS = 16


def channel_title(title: str | None, dropped: list[str], first: str) -> str | None:
    """The ``<title>``'s head when it names the page's channel, not its article, or None.

    A CMS often titles every page of a section ``频道--站点`` (``通知公告_某市政府``): the
    head is then the last crumb of the breadcrumb trail the page shows (``首页 - 通知公告``,
    among the lines the extractor dropped), and the article's own headline is the first
    kept line (``first``), which the title does not hold.  Such a title is not put in
    front of the text as if it were the headline.

    >>> channel_title("通知公告--某市政府", ["网站首页", "首页 - 通知公告"], "关于停水的通知")
    '通知公告'
    >>> channel_title("关于停水的通知_某市政府", ["首页 > 通知公告"], "关于停水的通知")
    >>> channel_title("通知公告--某市政府", ["通知公告", "联系我们"], "关于停水的通知")
    """
    parts = [p for p in TITLE_SEP.split(title or "") if p.strip()]
    if len(parts) < 2 or not first or first in (title or ""):
        return None
    head = parts[0].strip()
    if not head or len(head) > CRUMB_MAX_CHARS:
        return None
    for line in dropped:
        s = line.strip()
        if len(s) > CRUMB_LINE_MAX:
            continue
        crumbs = [c.strip() for c in _CRUMB_SEP.split(s) if c.strip()]
        if len(crumbs) >= 2 and crumbs[-1] == head and len(crumbs[0]) <= CRUMB_MAX_CHARS:
            return head
    return None


#: The last crumb taken for the headline is at least this many letters long.
CRUMB_HEADLINE_MIN = 8


def crumb_headline(title: str | None, lines: list[str], kept: list[str]) -> str | None:
    """The headline a page prints only as the last item of its breadcrumb trail
    (``首页 > 栏目 > 标题``, among ``lines``: the ones the extractor dropped and the first
    kept), when the ``<title>`` is the site's name alone
    (:func:`~cleaner.stages.split_head.site_name_line`) and no other kept line holds it;
    else None.  A trail ending in a short crumb (``正文``, a channel) names
    no headline.

    >>> crumb_headline("某某新闻网", ["首页 > 要闻 > 江边新桥今天正式通车"], ["正文。"])
    '江边新桥今天正式通车'
    >>> crumb_headline("某某新闻网", ["首页 > 要闻 > 正文"], ["正文。"]) is None
    True
    >>> crumb_headline("江边新桥今天正式通车", ["首页 > 要闻 > 江边新桥今天正式通车"], []) is None
    True
    """
    t = (title or "").strip()
    if not t or not site_name_line(t):
        return None
    for line in lines:
        s = line.strip()
        if len(s) > CRUMB_LINE_MAX + CRUMB_HEADLINE_MIN * 4:
            continue
        crumbs = [c.strip() for c in _CRUMB_SEP.split(s) if c.strip()]
        if len(crumbs) < 3 or any(len(c) > CRUMB_MAX_CHARS for c in crumbs[:-1]):
            continue
        last = crumbs[-1]
        if len(last) < CRUMB_HEADLINE_MIN or _CLAUSE_MARK.search(last):
            continue
        if any(last in k and k.strip() != s for k in kept):
            return None  # a kept line holds the headline (the trail itself aside)
        return last
    return None
