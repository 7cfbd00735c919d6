"""The page title's copy over a head of short rows and the headline under them.

An HTML reader puts the page's ``<title>`` (its site dressing cut) in front of the body
when it does not find the headline among the body's first lines: a site's name, a menu,
a live figures bar stand above it.  Once the boilerplate stage has taken the menu and the
bars, the page opens with the title's copy, then a few short rows (the site's name, a
column's tag and a date row), then the headline itself, the same line again.  Everything
between the two copies is the page's head, none of it the document's: the document
opens at its own headline.  The copy goes as ``split.page_title``, the rows between as
``split.page_prefix`` (every one on the ledger), and a row that dates the page gives the
page's date (``某栏 · 2031/5/6``: the day the column filed the piece under).

Found by structure alone (the same line twice, short rows between), no wording: a page
whose top line is not repeated, or whose rows between read as sentences, keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["COPY_REACH", "head_rows", "row_date"]

#: At most this many rows stand between the title's copy and the headline.
COPY_REACH = 3
#: A head row is at most this long (a site's name, a tag and a date).
ROW_MAX = 40
# what a sentence holds (a standfirst, a lead): never a head row
_SENTENCE = re.compile(r"[。！？!?；;，,：:]")
# a day, numbered ('2031/5/6', '2031-05-06', '2031年5月6日')
_DAY = re.compile(r"(?:19|20)\d{2}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?")


def head_rows(top: Sequence[str]) -> int | None:
    """The index ``k`` of the headline when the first of the page's filled lines ``top``
    is its copy: ``top[k]`` is ``top[0]`` again, ``1 <= k - 1 <= COPY_REACH`` rows
    between, each short and no sentence; else None.

    >>> head_rows(["某馆春季开放", "某某基金会　某馆", "活动 · 2031/5/6", "某馆春季开放", "正文。"])
    3
    >>> head_rows(["某馆春季开放", "某某基金会　某馆", "某馆春季开放", "正文。"])
    2
    >>> head_rows(["某馆春季开放", "某馆春季开放", "正文。"]) is None  # nothing between
    True
    >>> head_rows(["某馆春季开放", "今年的开放，从五月开始。", "某馆春季开放"]) is None
    True
    >>> head_rows(["某馆春季开放", "甲", "乙", "丙", "丁", "某馆春季开放"]) is None
    True
    """
    if not top:
        return None
    first = top[0].strip()
    if len(first) < 4:
        return None
    for k in range(2, min(len(top), COPY_REACH + 2)):
        row = top[k - 1].strip()
        if not row or len(row) > ROW_MAX or _SENTENCE.search(row) or row == first:
            return None
        if top[k].strip() == first:
            return k
    return None


def row_date(row: str) -> str | None:
    """The one day a head row holds (``某栏 · 2031/5/6``), as written, else None (none,
    or two: a span of days dates an event, not the page).

    >>> row_date("活动 · 2031/5/6"), row_date("某某基金会"), row_date("2031/5/6-2031/5/9")
    ('2031/5/6', None, None)
    """
    days = _DAY.findall(row)
    return days[0] if len(days) == 1 else None
