"""A periodical's masthead between a document's card of fields and its title.

A portal that shows a document taken from its PDF prints the portal's card of fields
(index number, issuer, date, number) and under it the PDF's own masthead: the
periodical's name, the issue number alone on its line ('第12期') and the office with the
day of issue, then the document's title.  The masthead declares the issue, no line of the
text: its lines are metadata rows (deleted and recorded in the ledger, their date read
when the card gave none), and a copy of the title above the card (the page's <title>
with the site's name after it) is the page's head.

Read only under a card of fields, and only when the issue number stands alone between
two short lines without a sentence mark and a short title line follows: one masthead
over one document, the shape :mod:`split_masthead` does not need to repeat to trust,
because the card above proves the page is a document's page.
"""

from __future__ import annotations

import re

from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_meta_marks import _ISSUE

__all__ = ["issue_head", "issue_masthead"]

_SENTENCE = re.compile(r"[。！？!?；;，,：:]")
# the office and the day it issued the number, apart by a gap ('某某办公室　　2021年3月10日')
_OFFICE_DATE = re.compile(
    r"^(?P<office>[^\s。！？；;，,：:]{2,30})[ \t\u3000]+"
    r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$"
)
#: a masthead's name or a title holds at most this many characters
NAME_MAX = 40


def _short(s: str) -> bool:
    return 2 <= len(s) <= NAME_MAX and _SENTENCE.search(s) is None


def issue_masthead(lines: list[str]) -> tuple[int, str | None] | None:
    """The masthead at the top of ``lines`` (the stripped lines right under a card):
    ``(how many lines it holds, the day of issue or None)``, or None when the lines do
    not open with one.  A name, the issue number alone, an optional office and day row,
    then a short title line.

    >>> issue_masthead(["某某区政务简报", "第7期", "某某区政府办公室　　2020年5月6日",
    ...                 "关于某事的简报", "正文一句。"])
    (3, '2020-05-06')
    >>> issue_masthead(["某某区政务简报", "第7期", "关于某事的简报", "正文一句。"])
    (2, None)
    >>> issue_masthead(["某某区政务简报", "关于某事的简报", "正文一句。"])
    >>> issue_masthead(["我们读了第7期。", "第7期", "关于某事", "正文一句。"])
    >>> issue_masthead(["某某区政务简报", "第7期", "会议指出，要抓紧落实各项任务。"])
    """
    if len(lines) < 3 or not _short(lines[0]) or _ISSUE.match(lines[1]) is None:
        return None
    n, day = 2, None
    m = _OFFICE_DATE.match(lines[2])
    if m is not None:
        n, day = 3, normalise_date(m["date"])
    if len(lines) <= n or not _short(lines[n]):
        return None
    return n, day


def issue_head(
    lines: list[str], content: list[int], bottom: int
) -> tuple[list[int], list[int], str | None]:
    """The masthead under a card whose last row is line ``bottom``: ``(the page-head lines
    above the card, the masthead's lines, its day of issue)``; empty when the lines
    under the card do not open with a masthead (:func:`issue_masthead`).  A line above the
    card is page head only when it is the title below with more after it (the page's
    <title>: '标题-网站名'); any other line above stays.

    >>> page = ["某事的简报-某某网", "索引号：1", "某某区政务简报", "第7期", "某事的简报", "正文。"]
    >>> issue_head(page, [0, 2, 3, 4, 5], 1)
    ([0], [2, 3], None)
    >>> page[0] = "某某网首页"
    >>> issue_head(page, [0, 2, 3, 4, 5], 1)
    ([], [2, 3], None)
    """
    below = [i for i in content if i > bottom]
    found = issue_masthead([lines[i].strip() for i in below[:4]])
    if found is None:
        return [], [], None
    n, day = found
    title = lines[below[n]].strip()
    prefix = [
        i
        for i in content
        if i < bottom and (t := lines[i].strip()).startswith(title) and len(t) > len(title)
    ]
    return prefix, below[:n], day
