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

A paper bulletin set on a page WITHOUT a card (:func:`issue_rows`) prints the same
masthead over its title: the bulletin's name, the issue row ('2021年第7期'), then one row
naming the bodies that issue it jointly and the hour they issued it ('某省甲厅　某省乙局
2021年3月9日17时'), then the title.  The issue row and the dated issuers' row are read
there as the document's metadata block: the issue is the ``doc_number`` when it names its
year (a bare '第41期' is an issue of no year, no number of a document: no field, as set
zc decided), the first body the ``issuer``, the day ``published``.  The lines above the
issue row are the page's head (:meth:`split_meta.MetaParser.title_below`).
"""

from __future__ import annotations

import re

from cleaner.stages.cell_gaps import CELL_GAP_OR_SPACED_BAR
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_dates import HAN_YMD, normalise_date
from cleaner.stages.split_meta_marks import _ISSUE

__all__ = ["dated_issuers", "issue_head", "issue_masthead", "issue_rows"]

# the office and the day it issued the number, apart by a gap ('某某办公室　　2021年3月10日')
_OFFICE_DATE = re.compile(
    r"^(?P<office>[^\s。！？；;，,：:]{2,30})[ \t\u3000]+"
    rf"(?P<date>{HAN_YMD}|"
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2})$"
)
#: a masthead's name or a title holds at most this many characters
NAME_MAX = 40
#: The day closing an issuers' row, with the hour of issue after it ('2021年3月9日17时',
#: '…日17时30分', '2021-03-09 17:30'): the day is the date.
_DAY_HOUR = re.compile(
    rf"^(?P<date>{HAN_YMD}|"
    r"\d{4}-\d{1,2}-\d{1,2})"
    r"\s*(?:\d{1,2}\s*[时時点](?:\s*\d{1,2}\s*分)?|\d{1,2}:\d{2})?$"
)
#: At most this many bodies issue one bulletin together.
MAX_ISSUERS = 4
#: At most this many lines of the page's head above the issue row (a copy of the title,
#: the bulletin's name, a line of the site's).
MAX_ABOVE = 4
# a year before the issue number: the issue names the document ('2021年第7期')
_YEARED = re.compile(r"^(?:19|20)\d{2}\s*年")


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


def dated_issuers(row: str) -> dict[str, str] | None:
    """``{"issuer": the first body, "published": the day}`` of a row of one to four
    organisation names closed by the day (and maybe the hour) they issued the text,
    cells apart by wide gaps or bars (:data:`cell_gaps.CELL_GAP_OR_SPACED_BAR`); else None.

    >>> dated_issuers("某省甲务厅　某省乙象局　　　2021年3月9日17时")
    {'issuer': '某省甲务厅', 'published': '2021-03-09'}
    >>> dated_issuers("某市丙务局  2020-05-06 09:30")
    {'issuer': '某市丙务局', 'published': '2020-05-06'}
    >>> dated_issuers("某省甲务厅　某省乙象局　｜　2021年3月9日17时")
    {'issuer': '某省甲务厅', 'published': '2021-03-09'}
    >>> dated_issuers("2021年3月9日17时"), dated_issuers("会议指出　2021年3月9日")
    (None, None)
    """
    cells = [c.strip() for c in CELL_GAP_OR_SPACED_BAR.split(row.strip()) if c.strip()]
    if not 2 <= len(cells) <= MAX_ISSUERS + 1:
        return None
    m = _DAY_HOUR.match(cells[-1])
    if m is None or (day := normalise_date(m["date"])) is None:
        return None
    if not all(is_org(c) for c in cells[:-1]):
        return None
    return {"issuer": cells[0], "published": day}


def issue_rows(lines: list[str], idx: list[int]) -> list[tuple[list[int], dict[str, str]]]:
    """The metadata block of a paper bulletin's masthead over its title (module doc):
    ``[(issue line, fields), (issuers' line, fields)]`` when, under at most ``MAX_ABOVE``
    short lines of the page's head, the issue number stands alone on its line, the dated
    issuers' row (:func:`dated_issuers`) right under it, then a short title line and a
    line of text under that; else [].  An issue number inside a sentence is no row.

    >>> page = ["某地旱情快报", "2021年第7期", "某省甲务厅　某省乙象局　　2021年3月9日17时",
    ...         "3月9日旱情通报", "各地要抓紧落实抗旱措施。"]
    >>> for row in issue_rows(page, list(range(5))):
    ...     print(row)
    ([1], {'doc_number': '2021年第7期'})
    ([2], {'issuer': '某省甲务厅', 'published': '2021-03-09'})
    >>> page[1] = "第7期"  # an issue of no year: a row, no document's number
    >>> issue_rows(page, list(range(5)))[0]
    ([1], {})
    >>> page[1] = "本报今年已出第7期。"
    >>> issue_rows(page, list(range(5)))
    []
    """
    for k in range(min(MAX_ABOVE + 1, len(idx) - 3)):
        row = lines[idx[k]].strip()
        if _ISSUE.match(row) is None:
            if not _short(row):
                return []  # a sentence above: no page head over a masthead
            continue
        fields = dated_issuers(lines[idx[k + 1]])
        title = lines[idx[k + 2]].strip()
        if fields is None or not _short(title) or _ISSUE.match(title) or dated_issuers(title):
            return []
        number = {"doc_number": row} if _YEARED.match(row) else {}
        return [([idx[k]], number), ([idx[k + 1]], fields)]
    return []
