"""A portal's clock widget at the top of a page (rule ``boilerplate.clock_widget``).

A portal's header prints the time now: today's date with its weekday and the lunar date
(``今天是2024年3月2日 星期六 农历正月廿二``), a running clock (``北京时间 09:41:07``), or the
day's weather beside the date (``2024-03-02 周六 晴 12℃``).  Kept, the bar stands over
the title as text, and a date reader may take it for the day the piece was published.
No site words it alike; its shape tells it:

* every cell of the line is a piece of the widget: a date, a clock time, a weekday, a
  lunar date, a weather word, a temperature or a wind, a lead-in saying "now"
  (``clock_words`` of ``rules/clock_widgets.toml``) or a site's greeting;
* it tells a day or a time, and something a piece's date row never holds: a lead-in
  saying "now", a lunar date, the weather, a time to the second;
* it stands in the page's head (its first few lines, above the first line of prose).

A date with its weekday alone (``2021年3月9日 星期二``) is left to the rule packs: a
newspaper page prints its issue's day so.  Lines of the shape in a run, each with its
weather (a forecast's days: ``3月2日 星期六 晴 8~15℃`` over ``3月3日 星期日 多云 …``),
are the page's own table and stay.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import SENTENCE_END_NO_DOT
from cleaner.stages.split_dates import YMD

__all__ = ["CLOCK_WIDGET", "clock_widget", "clock_widgets"]

#: Rule id of the claim.
CLOCK_WIDGET = "boilerplate.clock_widget"
#: A widget's line is at most this long.
MAX_CHARS = 60
#: A line of prose: this long, or closed by a sentence mark.
PROSE_CHARS = 30

#: a full date (the readers' own, :data:`~cleaner.stages.split_dates.YMD`) closed by 日 or
#: 号, or a month and day with the word (``3月2日``): a widget prints today's day either way
_DATE = rf"(?:{YMD}\s*[日号]?|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号])"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
_WEEKDAY = r"(?:星期|周|礼拜|禮拜)[一二三四五六日天]"  # no 週: keep its matches as they were
_TEMP = r"-?\d{1,2}\s*(?:[~～/至-]\s*-?\d{1,2}\s*)?(?:℃|°C|°|度)"
_WIND = r"(?:[东南西北]{1,2}风|微风)(?:\s*\d{1,2}(?:\s*[-~～至]\s*\d{1,2})?\s*级)?"
#: what parts the cells: a gap, a bar, a middle dot, a comma or a colon after a lead-in
_GAP = r"[\s|｜·•,，:：]*"


@cache
def _parts() -> tuple[re.Pattern[str], int]:
    t = load_table("clock_widgets")["widget"]

    def alt(words: list[str]) -> str:
        return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))

    weather = re.escape(t["weather_letters"])
    n = int(t["max_weather_chars"])
    token = (
        rf"(?P<date>{_DATE})|(?P<time>{_TIME})|(?P<weekday>{_WEEKDAY})"
        rf"|(?P<now>{alt(t['clock_words'])})"
        rf"|(?P<lunar>(?:{alt(t['lunar_words'])})[\u4e00-\u9fff]{{2,12}})"
        rf"|(?P<temp>{_TEMP})|(?P<wind>{_WIND})"
        rf"|(?P<weather>[{weather}]{{1,{n}}})"
        rf"|(?P<greeting>(?:{alt(t['greeting_words'])})[^\s，。！？!?,;；]{{0,16}}[！!]?)"
    )
    return re.compile(rf"{_GAP}(?:{token}){_GAP}"), int(t["head_lines"])


def _kinds(line: str) -> set[str] | None:
    """The kinds of the widget's pieces making up all of ``line``, or None."""
    rx, _ = _parts()
    s, at, kinds = line.strip(), 0, set()
    while at < len(s):
        m = rx.match(s, at)
        if m is None or m.end() == at:
            return None
        kinds.add(next(k for k, v in m.groupdict().items() if v is not None))
        at = m.end()
    return kinds


def clock_widget(line: str) -> bool:
    """``line`` is a clock widget by its shape alone (module doc).

    >>> [clock_widget(s) for s in ("今天是2024年3月2日 星期六 农历正月廿二", "北京时间 09:41:07",
    ...                            "2024-03-02 周六 晴 12℃", "现在时间：2024/03/02 09:41")]
    [True, True, True, True]

    A date and its weekday alone, a piece's dated row, a sentence: no widget.

    >>> [clock_widget(s) for s in ("2021年3月9日 星期二", "发布时间：2024-03-02 09:41",
    ...                            "2024-03-02 09:41", "今天是晴天，气温12℃。")]
    [False, False, False, False]
    """
    s = line.strip()
    if not s or len(s) > MAX_CHARS:
        return False
    kinds = _kinds(s)
    if kinds is None or not kinds & {"date", "time"}:
        return False
    if kinds & {"now", "lunar", "weather", "temp", "wind"}:
        return True
    # a clock to the second: no piece's date row is timed so finely
    return "time" in kinds and re.search(r"\d:\d{2}:\d{2}", s) is not None


def _now(line: str) -> bool:
    """The line says "now" (a lead-in, a lunar date, a clock to the second)."""
    kinds = _kinds(line) or set()
    return bool(kinds & {"now", "lunar"}) or re.search(r"\d:\d{2}:\d{2}", line) is not None


def _weathered(line: str) -> bool:
    kinds = _kinds(line)
    return kinds is not None and bool(kinds & {"weather", "temp", "wind"})


def clock_widgets(stripped: list[str], claimed: Collection[int]) -> list[int]:
    """Indices of the clock widgets in the page's head (module doc).

    >>> page = ["北京时间 09:41:07", "某市图书馆延长开放时间", "从本月起，周末开放到晚上九点。"]
    >>> clock_widgets(page, set())
    [0]
    >>> forecast = ["未来两天天气", "3月2日 星期六 晴 8~15℃", "3月3日 星期日 多云 9~16℃"]
    >>> clock_widgets(forecast, set())  # a forecast's own rows
    []
    >>> prose = "甲地今天发生了一件事情，大家都很关注这件事情的后续进展。"
    >>> clock_widgets([prose, "北京时间 09:41:07"], set())  # under the text's first line
    []
    >>> diary = ["2023年3月2日 星期四 小雪", "检修泵站", prose, "2023年3月5日 星期日 晴", prose]
    >>> clock_widgets(diary, set())  # a diary's dated entries, each with its weather
    []
    """
    _, head = _parts()
    filled = [i for i, s in enumerate(stripped) if s]
    out: list[int] = []
    for k, i in enumerate(filled[:head]):
        s = stripped[i]
        if not clock_widget(s):
            if len(s) >= PROSE_CHARS or s.endswith(SENTENCE_END_NO_DOT):
                break  # the text has begun: a time below it is the text's
            continue
        if i in claimed:
            continue
        if _weathered(s) and any(
            0 <= j < len(filled) and _weathered(stripped[filled[j]]) for j in (k - 1, k + 1)
        ):
            continue  # a forecast's rows, one day each
        if (
            _weathered(s)
            and not _now(s)
            and any(
                j != i and _weathered(stripped[j]) and clock_widget(stripped[j]) for j in filled
            )
        ):
            continue  # a diary's or a log's dated entries, each with its day's weather
        out.append(i)
    return out
