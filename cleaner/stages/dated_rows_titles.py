"""Pieces whose titles repeat, told apart by their dated rows.

A run of rows over (or under) the titles of a compilation's pieces is a split only when
the titles differ: one document's repeated sub-heading under each of its rows (``处理意见``
under every record of one decision) names no piece.  A digest of dated issues repeats
its headline whenever the news does (a daily forecast's ``明天全市森林火险等级为三级`` on
two days of one week, a weekly price bulletin's ``本周价格基本稳定``): its pieces are
told apart by their rows, each naming its own day.  :func:`titles_apart` accepts such a
run: every row holds a full date, no two the same, the days running one way down the
page, and the titles repeat less than they differ (most pieces keep a headline of their
own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a full date: year, month and day in digits ('2022年12月5日', '2022-12-05', '2022/12/5')
_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def _day(row: str) -> tuple[int, int, int] | None:
    """The first full date of ``row`` as ``(year, month, day)``, or None."""
    m = _FULL_DATE.search(row)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def titles_apart(titles: Sequence[str], rows: Sequence[str]) -> bool:
    """The pieces' ``titles`` tell them apart, or their dated ``rows`` do.

    >>> titles_apart(["甲", "乙", "丙"], ["一", "二", "三"])
    True
    >>> rows = ["第244期　2022年12月5日", "第245期　2022年12月6日", "第246期　2022年12月9日"]
    >>> titles_apart(["火险三级", "火险四级", "火险三级"], rows)
    True

    Undated rows, a day twice, days out of order, or titles mostly one: no.

    >>> titles_apart(["处理意见", "处理意见", "办理"], ["记录一", "记录二", "记录三"])
    False
    >>> titles_apart(["甲", "乙", "甲"], [rows[0], rows[0], rows[2]])
    False
    >>> titles_apart(["甲", "乙", "甲"], [rows[1], rows[0], rows[2]])
    False
    >>> titles_apart(["甲", "甲", "甲"], rows)
    False
    """
    if len(set(titles)) == len(titles):
        return True
    if len(set(titles)) * 2 <= len(titles) or len(rows) < 2:
        return False
    days = [_day(r) for r in rows]
    if any(d is None for d in days) or len(set(days)) < len(days):
        return False
    ordered = sorted(d for d in days if d is not None)
    return days == ordered or days == ordered[::-1]
