r"""A page's own dated row of a date and its reader counters: ``发布：2020年5月5日　点击：31``.

Over a text page's title a site prints the piece's day beside a counter of its readers
(``日期：…　浏览：88次``, ``时间 2020.5.6 | 阅读 77``).  The row's shape repeats on every
page of the site (its figures masked), so the boilerplate stage learns it and removes it
with the menus; its day is still the page's publish date, as an info bar's is
(:meth:`cleaner.pipeline.Pipeline._dropped_row` reads it from the record).  A row holding
anything but the day and counters (a poster's name, the weather, a place) is no such row:
a comment's stamp or a listing's line.  Its counters count the page's readers (one of them
at least: ``rules/counted_rows.toml``), and its day's label names the page put up or none:
a birth, a founding, a release, an event or a sign-up day beside a quota, a height or a
post count is a fact of the page or of a person, never its publish date.

>>> counted_date_row("发布：2020年5月5日　　点击：31", {"published": "2020-05-05"})
True
>>> counted_date_row("时间 2020.5.6 | 阅读 77 | 评论 3", {"published": "2020-05-06"})
True
>>> counted_date_row("日期：2021-03-09　天气：晴", {"published": "2021-03-09"})
False
>>> counted_date_row("作者：某甲　2022-04-02　点赞：5", {"published": "2022-04-02"})
False
>>> counted_date_row("点击：31", {})  # no day read: nothing
False
>>> counted_date_row("日期：2021-03-09　人数：20人", {"published": "2021-03-09"})  # no readers
False
>>> counted_date_row("注册时间：2021-03-09　浏览：20", {"published": "2021-03-09"})
False
>>> counted_date_row("上线：2021-03-09　播放：20", {"published": "2021-03-09"})
True
>>> counted_date_row("时间：2021-03-09　点赞：20　评论：2", {"published": "2021-03-09"})
True
>>> counted_date_row("2021-03-09　点赞：20　评论：2", {"published": "2021-03-09"})
False
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.line_features import is_prose
from cleaner.stages.split_dates import YMD, cell_digit_dates

#: a counter's cell: a short label, a colon or a space, a number, an optional unit of
#: readers or times ('点击：31', '浏览 88 次', '阅读量:1,024', '瀏覽人次：204')
COUNT_CELL = re.compile(r"^(?P<k>[^\s\d：:]{1,10})\s*[：:]?\s*[\d,]{1,9}\s*[次人]?$")
#: a day's cell: a short label or none, then a date in figures (the row readers' form)
_DATE_CELL = re.compile(
    r"^(?:(?P<k>[^\s\d：:]{1,10})\s*[：:]?\s*)?"
    rf"(?P<d>{YMD})"
    r"\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``counted_rows.toml``: reader and feedback counter words, publish and refused
    day-label words (lower case)."""
    t = load_table("counted_rows")
    c, d = t["counter"], t["date_label"]
    lists = (c["reader"], c["feedback"], d["publish"], d["refused"])
    r, f, p, x = (tuple(w.lower() for w in ws) for ws in lists)
    return r, f, p, x


def counter_words() -> tuple[str, ...]:
    """The reader and feedback counter words (lower case): ``浏览``, ``评论`` …"""
    reader, feedback, _, _ = _words()
    return reader + feedback


def publish_words() -> tuple[str, ...]:
    """The publish day-label words (lower case): ``发布``, ``更新`` …"""
    return _words()[2]


def _has(label: str, words: Iterable[str]) -> bool:
    low = label.lower()
    return any(w in low for w in words)


def publish_label(label: str) -> bool:
    """A day's label naming the page put up or changed, no other day's.

    >>> publish_label("发布日期"), publish_label("更新於"), publish_label("注册时间")
    (True, True, False)
    >>> publish_label("网友甲"), publish_label("出生")
    (False, False)
    """
    _, _, publish, refused = _words()
    return _has(label, publish) and not _has(label, refused)


def _cells(line: str) -> list[str]:
    cells = [c.strip() for c in CELL_GAP_OR_BAR.split(cell_digit_dates(line.strip()))]
    return [c for c in cells if c]


def counted_date_row(line: str, fields: Mapping[str, str]) -> bool:
    """Is ``line`` (read as ``fields``) one day's cell and counters' cells only, the
    day the row's only field, one counter a reader's, the day's label a publish label or
    none?  Its Chinese-numeral date is read in figures first
    (:func:`~cleaner.stages.split_dates.cell_digit_dates`)."""
    if set(fields) != {"published"}:
        return False
    cells = _cells(line)
    if len(cells) < 2:
        return False
    reader, feedback, _, _ = _words()
    dates = [m for c in cells if (m := _DATE_CELL.match(c))]
    counts = [m["k"] for c in cells if (m := COUNT_CELL.match(c))]
    if len(dates) != 1 or len(dates) + len(counts) != len(cells):
        return False
    label = (dates[0]["k"] or "").strip()
    if label and not publish_label(label):
        return False
    if not all(_has(k, reader) or _has(k, feedback) for k in counts):
        return False
    # feedback counters alone ('点赞：5') are a comment's stamp, unless the day is labelled
    # as put up and two or more count the page's feedback ('时间：…　点赞：3　评论：1')
    return any(_has(k, reader) for k in counts) or (bool(label) and len(counts) >= 2)


@cache
def _update_words() -> tuple[str, ...]:
    """The words labelling a day as a change (``[date_label] update`` of counted_rows.toml,
    lower-cased), read once a process."""
    return tuple(w.lower() for w in load_table("counted_rows")["date_label"]["update"])


def update_day(line: str) -> bool:
    """Is the day cell of ``line`` labelled as a change ('更新：2023-01-01'), not a putting
    up?  The same such day on every page of a site is the site's last update.

    >>> update_day("更新：2023-01-01　浏览：8"), update_day("日期：2023-01-01　浏览：8")
    (True, False)
    """
    words = _update_words()
    for c in _cells(line):
        if m := _DATE_CELL.match(c):
            return _has(m["k"] or "", words)
    return False


def row_day(line: str) -> str | None:
    """The day cell's date as printed in figures (``'2021-03-09'`` of
    ``'日期：2021-03-09　浏览：8'``), or None.

    >>> row_day("日期：二〇二一年三月九日　浏览：8"), row_day("浏览：8")
    ('2021年3月9', None)
    """
    for c in _cells(line):
        if m := _DATE_CELL.match(c):
            return re.sub(r"\s+", "", m["d"])
    return None


def above_body(text: str, start: int) -> bool:
    """Does offset ``start`` of ``text`` stand above the page's body: no sentence of
    prose (:func:`~cleaner.stages.line_features.is_prose`) before it?  A row under the
    body (a footer, a comment, a related item) has the body's sentences over it.

    >>> above_body("站名\\n标题\\n日期：2021-03-09　浏览：8\\n今天，我们开会了，很好。\\n", 6)
    True
    >>> page = "站名\\n标题\\n今天，我们在会议室开会了，大家发言踊跃。\\n2021-03-09　浏览：8\\n"
    >>> above_body(page, page.index("2021"))
    False
    """
    return not any(_prose(x.strip()) for x in text[:start].split("\n"))


def _prose(s: str) -> bool:
    """A sentence of the body: Chinese prose, or a long English sentence."""
    return is_prose(s) or (len(s) >= 40 and s.endswith(".") and s.count(" ") >= 5)
