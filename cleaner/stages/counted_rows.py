r"""A page's own dated row of a date and its counters only: ``发布：2020年5月5日　　点击：31``.

Over a text page's title a site prints the piece's day beside a counter of its readers
(``日期：…　浏览：88次``, ``时间 2020.5.6 | 阅读 77``).  The row's shape repeats on every
page of the site (its figures masked), so the boilerplate stage learns it and removes it
with the menus; its day is still the page's publish date, as an info bar's is
(:meth:`cleaner.pipeline.Pipeline._dropped_row` reads it from the record).  A row holding
anything but the day and counters (a poster's name, the weather, a place) is no such row:
a comment's stamp or a listing's line.

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
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.split_dates import cell_digit_dates

#: a counter's cell: a short label, a colon or a space, a number, an optional unit of
#: readers or times ('点击：31', '浏览 88 次', '阅读量:1,024', '瀏覽人次：204')
_COUNT_CELL = re.compile(r"^[^\s\d：:]{1,6}\s*[：:]?\s*[\d,]{1,9}\s*[次人]?$")
#: a day's cell: a short label or none, then a date in figures (the row readers' form)
_DATE_CELL = re.compile(
    r"^(?:[^\s\d：:]{1,6}\s*[：:]?\s*)?\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def counted_date_row(line: str, fields: Mapping[str, str]) -> bool:
    """Is ``line`` (read as ``fields``) one day's cell and counters' cells only, the
    day the row's only field?  Its Chinese-numeral date is read in figures first
    (:func:`~cleaner.stages.split_dates.cell_digit_dates`)."""
    if set(fields) != {"published"}:
        return False
    cells = [c.strip() for c in CELL_GAP_OR_BAR.split(cell_digit_dates(line.strip()))]
    cells = [c for c in cells if c]
    if len(cells) < 2:
        return False
    dates = [c for c in cells if _DATE_CELL.match(c)]
    counts = [c for c in cells if _COUNT_CELL.match(c)]
    return len(dates) == 1 and len(dates) + len(counts) == len(cells)
