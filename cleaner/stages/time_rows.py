"""A report's own time row: the day a meeting, a match or a session took place.

Minutes, a round's results, a training's review print the day of what they report in a
row labelled by a time word (``会议时间：2019年8月4日（星期日）19:00　地点：…``,
``比賽日期：2020/10/28（三）``, ``🕘 时间：2023年5月4日 15:00—17:30``), a label no field table
reads: a bare ``时间`` / ``日期``, or a label naming an event (``会议时间``, ``比赛日期``:
``[meta] event_words``; on a single notice such a day is the event's, not the page's,
:func:`~cleaner.stages.posted_desk.event_date_row`).  A stamp's label (``导出时间``,
``打印日期``) dates the copy, no event: never read.  On a
compilation the row says when what the pieces record happened, and that is the day they
are dated by:

- in the compilation's head (:func:`head_time_day`), the day of every piece that prints
  no date of its own (read by :meth:`~cleaner.stages.split_meta_lines.MetaLines.head_date`
  after the dated rows and titles);
- in every piece, under the same label each time (:func:`own_time_days`), the piece's
  own day, over the head's: the site's slot for each piece's day.  One piece's row
  alone, or rows under different labels, are the text's own mentions.

A label naming an end or a booking (``截止时间``, ``报名日期``: ``[meta] span_end_words``)
is never read, nor a row whose day opens a span (``2021年3月9日至4月8日``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import HAN_YMD, YMD_DAY, normalise_date

# an icon or a bullet before the label ('🕘 时间：'), then the label, a colon, the day
_ROW = re.compile(
    r"^[^\w\u4e00-\u9fff]{0,3}\s*"
    r"(?P<label>(?:[\u4e00-\u9fff]\s?){0,6}(?:时\s?间|時\s?間|日\s?期))\s*[:：]\s*"
    rf"(?P<day>{HAN_YMD}|{YMD_DAY})"
    r"(?P<after>.*)$"
)
# a span's link right after the day: the row names a period, not one day
_SPAN = re.compile(r"^\s*(?:[（(][^）)]{0,4}[）)])?\s*(?:至|到|[—–~～－-]\s*\d{1,4}\s*[年月/.-])")
# how far under a piece's header its time row may stand (its title, a kicker, the row)
OWN_ROW_DEPTH = 6


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of an event (``[meta] event_words``) and of an end or a booking
    (``[meta] span_end_words``) of ``cleaner/rules/headers.toml``."""
    meta = load_table("headers")["meta"]
    return tuple(meta["event_words"]), tuple(meta["span_end_words"])


def time_row(line: str, field_of: Callable[[str], str | None]) -> tuple[str, str] | None:
    """``(label, YYYY-MM-DD)`` of a row opening with a time label no field table reads and
    one full date, or None.

    >>> known = {"发布时间": "published"}.get
    >>> time_row("会议时间：2019年8月4日（星期日）19:00　地点：某中心", known)
    ('会议时间', '2019-08-04')
    >>> time_row("🕘 时间：2023年5月4日 15:00—17:30", known)
    ('时间', '2023-05-04')
    >>> time_row("发布时间：2023-05-04", known)  # a field's label: its table reads it
    >>> time_row("导出时间：2023-02-24 11:46", known)  # an export's stamp, no event
    >>> time_row("报名截止时间：2023年5月4日", known)
    >>> time_row("征集时间：2021年3月9日至4月8日", known)
    >>> time_row("时间：5月4日 15:00", known)  # no year: no day of its own
    """
    m = _ROW.match(line.strip())
    if m is None:
        return None
    label = re.sub(r"\s", "", m["label"])
    events, ends = _words()
    if field_of(label) is not None or any(w in label for w in ends):
        return None
    if len(label) > 2 and not any(w in label for w in events):
        return None  # a stamp's label ('导出时间', '打印日期'): the page's copy, no event
    if _SPAN.match(m["after"]):
        return None
    day = normalise_date(m["day"])
    return None if day is None else (label, day)


def head_time_day(head: Sequence[str], field_of: Callable[[str], str | None]) -> str | None:
    """The day a compilation's head row gives what its pieces record (the first of
    ``head``'s lines that is a :func:`time_row`), or None.

    >>> head_time_day(["某某社区议事会议纪要", "会议时间：2019年8月4日　地点：某处"], {}.get)
    '2019-08-04'
    """
    for line in head:
        if (row := time_row(line, field_of)) is not None:
            return row[1]
    return None


def own_time_days(
    lines: Sequence[str],
    heads: Sequence[int],
    ends: Sequence[int],
    field_of: Callable[[str], str | None],
) -> dict[int, str]:
    """Each piece's own day: the :func:`time_row` in the first lines under each header
    (``heads[k]``, the piece running to ``ends[k]``), when every piece (two or more)
    has one under the same label; ``{header line: day}``, else empty.

    >>> lines = ["课程一", "时间：2023年5月4日 15:00", "正文。"]
    >>> lines += ["课程二", "时间：2023年5月8日", "正文。"]
    >>> own_time_days(lines, [0, 3], [3, 6], {}.get)
    {0: '2023-05-04', 3: '2023-05-08'}
    >>> own_time_days(lines[:4] + ["正文。"], [0, 3], [3, 5], {}.get)
    {}
    """
    if len(heads) < 2:
        return {}
    found: dict[int, tuple[str, str]] = {}
    for at, end in zip(heads, ends, strict=True):
        below = [i for i in range(at + 1, end) if lines[i].strip()][:OWN_ROW_DEPTH]
        row = next((r for i in below if (r := time_row(lines[i], field_of))), None)
        if row is None:
            return {}
        found[at] = row
    if len({label for label, _ in found.values()}) != 1:
        return {}
    return {at: day for at, (_, day) in found.items()}
