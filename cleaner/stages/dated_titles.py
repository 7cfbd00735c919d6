"""A compilation's dated title: the day a page of pieces is put together for.

A daily bulletin, a day's digest or a market's price sheet prints its day in its own title
line, not in a labelled byline: the day leads the title (``2019年1月28日（星期一）天气快讯``,
a page title ``2018年5月6日某某日报_栏目_站名``) or closes it in brackets
(``某某日报（2018年5月6日　星期日）``).  Every piece under that head was published that
day unless it prints its own (:meth:`~cleaner.stages.split_meta_lines.MetaLines.head_date`
reads this after its dated rows).

The shape is what transfers, not the words: one full date (year, month, day), at most a
weekday beside it, and a title of words (no clause punctuation: a sentence that opens
with a date, ``2021年10月12日上午，某某主持召开…``, tells of the day's event, and its
writer dates the page elsewhere).  A span of days (``（2019年3月4日—3月10日）``,
``2022年4月4日至4月8日``) dates a week's or a session's schedule, whose pieces carry their
own days: no date is read from it.
"""

from __future__ import annotations

import re

from cleaner.stages.split_dates import HAN_YMD, WEEKDAY, YMD_DAY, normalise_date

# a weekday beside the date, bare or bracketed ('星期一', '（周日）', '禮拜三')
_DAY = rf"(?P<day>{HAN_YMD}|{YMD_DAY})"
_WEEK_CELL = rf"(?:[\s\u3000]*[（(]?\s*{WEEKDAY}\s*[）)]?)?"
# a title's words: Han characters first, then anything but clause punctuation
_WORDS = r"[\u4e00-\u9fff][^，。；！？,;!?]*"
_LED = re.compile(rf"^{_DAY}{_WEEK_CELL}[\s\u3000_·|｜-]*(?P<rest>{_WORDS})$")
_CLOSED = re.compile(
    rf"^(?P<rest>{_WORDS}?)[\s\u3000]*[（(]\s*{_DAY}[\s\u3000]*(?:{WEEKDAY})?\s*[）)]"
    r"(?P<tail>[\s\u3000]*(?:共\s*\d+\s*[报期篇条则项份]|第\s*\d+\s*期)?)$"
)
# a span's link after the first day: '至', '到', a dash, a tilde
_SPAN = re.compile(r"[至到—–~～－-]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月|[至到—–~～－]\s*\d")
# a day's time word opens an event's account, not a title ('2021年10月12日上午')
_TIME_WORDS = ("上午", "下午", "晚上", "晚间", "凌晨", "早上", "中午", "傍晚", "清晨")
# the longest title line read: a longer line is the text's own
TITLE_WIDTH = 60


def dated_title(line: str) -> str | None:
    """The day a compilation's title line names (YYYY-MM-DD), or None.

    >>> dated_title("2019年1月28日（星期一）天气快讯　共4报")
    '2019-01-28'
    >>> dated_title("某某日报（2018年5月6日　星期日）")
    '2018-05-06'
    >>> dated_title("2018年5月6日某某日报_价格行情_某某市场")
    '2018-05-06'
    >>> dated_title("2021年10月12日上午，某某主持召开常务会议，研究了有关事项。")
    >>> dated_title("本周看点（2019年3月4日—3月10日）")
    >>> dated_title("开庭排期公告（2022年4月4日至4月8日）")
    >>> dated_title("2019年1月28日")  # a bare date line: a dated row's (shaped_row)
    """
    s = line.strip()
    if len(s) > TITLE_WIDTH or _SPAN.search(s):
        return None
    m = _LED.match(s) or _CLOSED.match(s)
    if m is None:
        return None
    rest = m["rest"].strip()
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) < 2 or rest.startswith(_TIME_WORDS):
        return None
    if re.search(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日", rest):
        return None  # a second date in the title: no single day names the page
    return normalise_date(m["day"])
