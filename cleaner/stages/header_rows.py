"""A short title line right over a metadata row is an article's header, not chrome.

An article or an item of a compilation opens with its title and, on the next line, the
row of its particulars: a byline, a date, a count (``▶ 第3期 · 标题`` over ``上线
2024.2.2　时长 54:51``, ``标题`` over ``楼主：X　|　发表于 2021-3-5 20:14``, ``TOP 2｜标题``
over ``楼主 X · 2021-3-5 · 回复 12``).  To the chrome line model the title looks like a
menu item or a promoted link (short, a glyph, a separator, digits) and the row below it
like a counter bar; deleting the title leaves the split stage a metadata row without
the header it belongs to (issue 12, blind sets g and h).  The line model asks
:func:`header_over_row` before it deletes a line: a title-shaped line glued over a
metadata row stays.

Both tests are shapes, no wording: a *metadata row* is what the split stage parses as one
(the caller's ``meta`` test) or a short row of fields, one of them a calendar date
(:func:`dated_fields_row`); a *title* is short, ends no sentence or label, holds at most one
field break and some words (:func:`title_like`).  A site's slogan over a clock widget
(``今天是2021-08-05 星期一``) is not protected: the widget is a rule's claim, and a
claimed line is no metadata row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

__all__ = ["dated_fields_row", "header_over_row", "noted_title", "title_like"]

#: A calendar date: year and month at least ('2021-3-5', '2021/3/5', '2012.10.08',
#: '2021年3月'); a bare year ('© 2024') is no date.
_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}(?!\d)")
#: A break between two fields: a bar, a middle dot, a semicolon, a spaced slash, a wide gap.
_FIELD_BREAK = re.compile(r"\s*[|｜·•;；»›>]\s*|\s[/／]\s|／|\u3000+| {2,}|\t+")
_SENTENCE_END = ("。", "！", "？", "；", ";", "!", "?", "，", ",", "：", ":")
_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}")
_LABEL = re.compile(r"^[^\s:：]{1,8}[:：]")
_ADDRESS = re.compile(r"(?i)https?://|www\.|@|\.(?:com|cn|net|org)\b")
#: A metadata row is at most this long (a byline with views and replies: ~60 characters).
ROW_MAX_CHARS = 120
#: A header line is at most this long (titles of tests/families: 6-30 characters).
TITLE_MAX_CHARS = 50


def dated_fields_row(s: str) -> bool:
    """A short row of two or more fields, one of them a calendar date, no sentence.

    >>> dated_fields_row("楼主 某某 · 2022-9-7 · 回复 26")
    True
    >>> dated_fields_row("上线 2024.2.2　时长 54:51")
    True
    >>> dated_fields_row("2021年3月5日，我们一行人出发了。"), dated_fields_row("© 2024　某某网")
    (False, False)
    """
    if len(s) > ROW_MAX_CHARS or "。" in s or not _DATE.search(s):
        return False
    return bool(_FIELD_BREAK.search(s.strip()))


def title_like(s: str) -> bool:
    """A header's shape: short, some words, no sentence or label end, no colon label, no
    address, at most one field break (``EP.7｜标题``, ``▶ 第3期 · 标题``, ``第②道　菜名``);
    a bar or a crumb trail has more, a metadata row is not a title.

    >>> title_like("▶ 第97期 · 某个标题"), title_like("某某骑行路线分享")
    (True, True)
    >>> title_like("首页 » 论坛 » 长途"), title_like("作者：某某"), title_like("这样就好了。")
    (False, False, False)
    """
    if not 2 <= len(s) <= TITLE_MAX_CHARS or s.endswith(_SENTENCE_END):
        return False
    if len(_WORD.findall(s)) < 2 or _LABEL.match(s) or _ADDRESS.search(s) or dated_fields_row(s):
        return False
    return len(_FIELD_BREAK.findall(s)) <= 1


def header_over_row(
    stripped: Sequence[str],
    i: int,
    claimed: Collection[int],
    meta: Callable[[str], bool],
) -> bool:
    """Is line ``i`` a title glued over a metadata row (``meta(row)`` or
    :func:`dated_fields_row`) that no rule claimed?

    >>> page = ["▶ 第3期 · 一座桥", "上线 2024.2.2　时长 54:51", "正文。"]
    >>> header_over_row(page, 0, set(), lambda s: False)
    True
    >>> header_over_row(page, 0, {1}, lambda s: False)
    False
    >>> header_over_row(["订阅　|　分享　|　下载", *page[1:]], 0, set(), lambda s: False)
    False
    """
    nxt = i + 1
    if nxt >= len(stripped) or nxt in claimed or not stripped[nxt]:
        return False
    if not (title_like(stripped[i]) or noted_title(stripped[i])):
        return False
    row = stripped[nxt]
    return dated_fields_row(row) or meta(row)


# a bracketed note set after a title across a gap: a class, a count, a year ('（纪录片 · 6集）')
_NOTE = re.compile(r"[ \t\u3000]+[（(［\[〔][^（）()［\]〔〕。！？!?]{1,30}[）)］\]〕]$")


def noted_title(s: str) -> bool:
    """A title with a bracketed note after it across a gap (a catalogue entry's class and
    count): the note's own dots and gaps are no field breaks of the title.

    >>> noted_title("《青石桥》　　（纪录片 · 6集）"), noted_title("北岭往事　(话剧 · 三幕)")
    (True, True)
    >>> noted_title("首页 » 论坛 » 长途　（12）"), noted_title("《青石桥》（纪录片 · 6集）")
    (False, False)
    """
    m = _NOTE.search(s)
    return m is not None and m.start() > 0 and title_like(s[: m.start()])
