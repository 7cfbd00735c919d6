"""A piece's opening row over the heading the markup declares: the heading titles it.

A compilation may open each piece with a row of tags or codes (``〔类〕编码 AB0102　／
第二组　／　序1``) standing straight over the piece's own heading (an ``<h3>``).  A finder
of generic headers takes the row for the header and its text for the title; the heading
the page's markup sets apart is the piece's title, the row the piece's row (it goes as
the header, the heading stays the piece's first line of text).  Told by structure only:
every header of the run (two at least) is a generic row, the next non-blank line under
each is one of the page's own headings (not the page's ``<h1>``), those headings differ
from piece to piece, and none is a numbered section head (``一、基本情况``, ``（二）…``,
``第三章 …``): a row over a section head is a document's own title over its parts, whose
headers stand as found.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cleaner.stages.split_clock import TITLE_IS_TEXT

__all__ = ["titles_under_headings"]

#: a heading opening with a section's number: a part of one document, no piece's title
_SECTION = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节部分篇条编]"
    r"|[一二三四五六七八九十百]{1,3}[、.．]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}(?:\.\d{1,2})*[、.．\s](?!\d))"
)

Header = tuple[int, str, str]


def titles_under_headings(
    lines: Sequence[str], headers: Sequence[Header], headings: Collection[str]
) -> list[Header]:
    """``headers`` retitled by the heading under each row (module docstring), or unchanged.

    >>> body = "本校今年计划招收新生两百人，报名请在规定时间内登录平台填写信息。"
    >>> page = ["〔甲类〕编码 A01　／　序1", "东湖小学招生简章", body,
    ...         "〔甲类〕编码 A02　／　序2", "西湖小学招生简章", body]
    >>> hs = [(0, "generic:K〔甲类〕", "编码 A01　／　序1"), (3, "generic:K〔甲类〕", "编码 A02")]
    >>> titles_under_headings(page, hs, {"东湖小学招生简章", "西湖小学招生简章"})
    [(0, 'keyed:clock', '东湖小学招生简章'), (3, 'keyed:clock', '西湖小学招生简章')]
    >>> titles_under_headings(page, hs, {"东湖小学招生简章"}) == hs  # one not a heading
    True
    >>> sec = [page[0], "一、基本情况", body, page[3], "二、存在问题", body]
    >>> titles_under_headings(sec, hs, {"一、基本情况", "二、存在问题"}) == hs
    True
    """
    own = set(headings)
    if len(headers) < 2 or not own or not all(h[1].startswith("generic") for h in headers):
        return list(headers)
    ends = [h[0] for h in headers[1:]] + [len(lines)]
    titles: list[str] = []
    for h, end in zip(headers, ends, strict=True):
        below = next((j for j in range(h[0] + 1, end) if lines[j].strip()), None)
        if below is None or below > h[0] + 2:
            return list(headers)
        title = lines[below].strip()
        if title not in own or title == lines[h[0]].strip() or _SECTION.match(title):
            return list(headers)
        titles.append(title)
    if len(set(titles)) < len(titles):
        return list(headers)  # one heading over every piece: a label, no title
    return [(h[0], TITLE_IS_TEXT, t) for h, t in zip(headers, titles, strict=True)]
