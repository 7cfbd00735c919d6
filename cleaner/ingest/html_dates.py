"""The publish date an HTML page declares outside its text.

News and CMS pages declare it in ``<meta>`` tags (``article:published_time``,
``pubdate``, ``DC.date`` … in any letter case), in microdata (``itemprop="datePublished"``,
also as one of several ``itemprop`` tokens and on ``<time>``/``<span>`` elements), in
JSON-LD (``datePublished``, ISO or ``Mon, 18 Nov 2019``), in ``<time datetime>``, or as
the last part of the title (``Headline | Site | 19.01.2020``).  The dates are read in
that order, most specific first.  A page that declares none gets the date of the byline
under its headline, if it has one (:func:`byline_date`).  The tag names are data:
``rules/html_extract.toml`` ``[dates]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from cleaner.rules import load_table

_ISO_DATE = re.compile(r"((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
_COMPACT = re.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})(?:\D|$)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# 'Mon, 18 Nov 2019 16:07:38 -0600' (RFC 2822), '18 November 2019'
_DAY_MONTH = re.compile(rf"(?i)\b(\d{{1,2}})\s+{_MON},?\s+((?:19|20)\d{{2}})\b")
# 'November 18, 2019', 'Nov. 18 2019'
_MONTH_DAY = re.compile(rf"(?i)\b{_MON}\s+(\d{{1,2}}),?\s+((?:19|20)\d{{2}})\b")
# a title part that is a day.month.year date: 'Headline | DW | 19.01.2020'
_TITLE_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$")
_TITLE_SEP = re.compile(r"\s[-–—|｜·]+\s")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{6,40})"')


def _date(y: int, mo: int, d: int) -> str | None:
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def ymd(value: str) -> str | None:
    """``YYYY-MM-DD`` of a declared date, or None.

    >>> ymd("2019-11-18T17:56:27.000Z"), ymd("20191118"), ymd("Mon, 18 Nov 2019 16:07 -0600")
    ('2019-11-18', '2019-11-18', '2019-11-18')
    >>> ymd("November 18, 2019"), ymd("2019年11月18日"), ymd("yesterday"), ymd("2019-13-01")
    ('2019-11-18', '2019-11-18', None, None)
    """
    value = value.strip()
    if m := _ISO_DATE.search(value):
        return _date(*(int(g) for g in m.groups()))
    if m := _COMPACT.match(value):
        return _date(*(int(g) for g in m.groups()))
    if m := _DAY_MONTH.search(value):
        return _date(int(m.group(3)), _MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
    if m := _MONTH_DAY.search(value):
        return _date(int(m.group(3)), _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
    return None


@lru_cache(maxsize=1)
def _meta_names() -> tuple[str, ...]:
    """``<meta>`` names/properties that carry the publish date, lower case, in order."""
    return tuple(n.casefold() for n in load_table("html_extract")["dates"]["meta"])


def meta_values(soup: Any) -> dict[str, str]:
    """Each ``<meta>`` tag's content by its property, name or itemprop (lower case; the
    first tag of a name wins), read once for the date and author readers."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta", attrs={"content": True}):
        for attr in ("property", "name", "itemprop"):
            key = tag.get(attr)
            if key:
                found.setdefault(str(key).strip().casefold(), str(tag["content"]))
    return found


def _from_meta(soup: Any) -> str | None:
    found = meta_values(soup)
    for name in _meta_names():
        if name in found and (date := ymd(found[name])):
            return date
    return None


def declares_article(soup: Any) -> bool:
    """Does the page's head declare it a published article: ``og:type`` ``article`` or a
    publish date in a ``<meta>`` tag (``article:published_time``, ``publishdate`` …)?  A
    news or CMS story says so; a forum thread or a Q&A page, whose replies are its
    content, does not."""
    tag = soup.find("meta", attrs={"property": "og:type"})
    if tag is not None and str(tag.get("content", "")).strip().casefold() == "article":
        return True
    return _from_meta(soup) is not None


def _from_microdata(soup: Any) -> str | None:
    """The first element whose ``itemprop`` tokens include ``datePublished``."""
    for tag in soup.find_all(attrs={"itemprop": True}, limit=2000):
        if "datepublished" not in str(tag.get("itemprop")).casefold().split():
            continue
        for value in (tag.get("content"), tag.get("datetime"), tag.get_text(" ")):
            if value and (date := ymd(str(value))):
                return date
    return None


def _from_json_ld(soup: Any) -> str | None:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}, limit=5):
        m = _LD_DATE.search(script.string or "")
        if m and (date := ymd(m.group(1))):
            return date
    return None


def _from_time(soup: Any) -> str | None:
    t = soup.find("time", attrs={"datetime": True})
    return ymd(str(t["datetime"])) if t is not None else None


def _from_title(title: str | None) -> str | None:
    """A day.month.year date as the title's last part (``… | DW | 19.01.2020``)."""
    parts = _TITLE_SEP.split(title or "")
    m = _TITLE_DATE.match(parts[-1].strip()) if len(parts) > 1 else None
    return _date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def published(soup: Any, title: str | None = None) -> str | None:
    """The page's declared publish date as ``YYYY-MM-DD`` (see the module doc), or None."""
    for find in (_from_meta, _from_microdata, _from_json_ld, _from_time):
        if date := find(soup):
            return date
    return _from_title(title)


@lru_cache(maxsize=1)
def _script_var() -> re.Pattern[str]:
    """A script's assignment or JSON-ish key of a publish-time variable
    (``[dates] script_vars``) to a quoted or bare value: unix seconds or milliseconds, or
    a written date."""
    names = load_table("html_extract")["dates"].get("script_vars", ())
    alt = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.$])[\"']?(?:{alt})[\"']?\s*[:=]\s*(?P<q>[\"']?)"
        r"(?P<v>\d{13}|\d{10}|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2})(?!\d)"
    )


#: a unix time this early or late is no publish time (2000-01-01, 2100-01-01 UTC)
_UNIX_SPAN = (946684800, 4102444800)
#: the zone a unix time is read in: China's (UTC+8), where these pages are published
_ZONE_HOURS = 8


def _unix_day(value: str) -> str | None:
    """``YYYY-MM-DD`` of unix seconds or milliseconds in China's time, or None.

    >>> _unix_day("1709512200"), _unix_day("1709512200000"), _unix_day("0000000001")
    ('2024-03-04', '2024-03-04', None)
    """
    from datetime import datetime, timedelta, timezone

    secs = int(value) // (1000 if len(value) == 13 else 1)
    if not _UNIX_SPAN[0] <= secs < _UNIX_SPAN[1]:
        return None
    return datetime.fromtimestamp(secs, timezone(timedelta(hours=_ZONE_HOURS))).strftime("%Y-%m-%d")


def script_date(soup: Any) -> str | None:
    """The publish day a page's inline script holds in a publish-time variable
    (``var ct = "1709512200"``, ``createTime: '2024-03-04'``), when all such variables
    agree on one day; None for none or for two days (a list of items, each dated).

    >>> from bs4 import BeautifulSoup
    >>> page = '<script>var publish_time = "" || ""; var ct = "1709512200";</script>'
    >>> script_date(BeautifulSoup(page, "html.parser"))
    '2024-03-04'
    >>> two = '<script>var list = [{"createTime": 1709512200}, {"createTime": 1609512200}]</script>'
    >>> script_date(BeautifulSoup(two, "html.parser")) is None
    True
    >>> script_date(BeautifulSoup('<script>var act = "1709512200";</script>', "html.parser"))
    """
    days: set[str] = set()
    for script in soup.find_all("script", limit=60):
        if script.get("src"):
            continue
        for m in _script_var().finditer(script.string or ""):
            v = m["v"]
            day = _unix_day(v) if v.isdigit() else ymd(v)
            if day:
                days.add(day)
    return days.pop() if len(days) == 1 else None


#: How many visible lines after the headline a byline with the date may sit.
BYLINE_LINES = 6
#: A byline is short and not a sentence ('2019-09-26 12:11 来源：某报', '发表于2014-08-24').
BYLINE_MAX_CHARS = 80
#: A clause mark: a line holding one is prose, no byline row.
BYLINE_CLAUSE = re.compile(r"[，。；！？]|[,;!?]\s")


#: A headline line may carry a label this long in front (a forum's ``[经验分享]`` type).
LABEL_MAX_CHARS = 14


def _heads(line: str, want: str) -> bool:
    """``line`` is the headline ``want``, or it with a short label in front."""
    return line == want or (line.endswith(want) and len(line) - len(want) <= LABEL_MAX_CHARS)


def under_headline(
    visible: str, headline: str | None, heads: Callable[[str, str], bool] = str.endswith
) -> list[str] | None:
    """The :data:`BYLINE_LINES` lines under the first line that ``heads`` says is the
    page's headline (by default: a line ending with it), where bylines stand; None for a
    headline under four characters or not found.

    >>> under_headline("Home\\nBridge opens\\nBy Ana\\nText.", "Bridge opens")
    ['By Ana', 'Text.']
    """
    want = (headline or "").strip()
    if len(want) < 4:
        return None
    lines = visible.split("\n")
    at = next((i for i, ln in enumerate(lines) if heads(ln.strip(), want)), None)
    return None if at is None else lines[at + 1 : at + 1 + BYLINE_LINES]


def beside_headline(visible: str, headline: str | None) -> tuple[str, list[str]] | None:
    """``(the line right over, the BYLINE_LINES lines under)`` the first visible line equal
    to the headline, all stripped (``''`` when nothing stands over it), where a byline
    row stands beside it; None for a headline under two characters or not found.

    >>> beside_headline("Home\\n\\nBridge opens\\n By Ana \\nText.", " Bridge opens")
    ('Home', ['By Ana', 'Text.'])
    >>> beside_headline("Home\\nBridge\\nText.", "B"), beside_headline("Home", "Bridge")
    (None, None)
    """
    want = (headline or "").strip()
    if len(want) < 2:
        return None
    lines = [ln.strip() for ln in visible.split("\n")]
    at = next((i for i, ln in enumerate(lines) if ln == want), None)
    if at is None:
        return None
    above = next((ln for ln in reversed(lines[:at]) if ln), "")
    return above, lines[at + 1 : at + 1 + BYLINE_LINES]


def byline_date(visible: str, headline: str | None) -> str | None:
    """The date of the byline under the page's headline, for a page that declares none.

    News and forum pages print the date in a short line just below the headline (the
    extractor often drops it as post metadata).  The headline is the first visible line
    equal to ``headline`` (the ``<h1>``, else the title); the date is the first ``Y-M-D``
    in a short, non-sentence line of the :data:`BYLINE_LINES` after it.

    >>> byline_date("首页\\n某县垃圾分类\\n2019-09-26 12:11 来源：晨报\\n正文。", "某县垃圾分类")
    '2019-09-26'
    >>> byline_date("Home\\nTitle 1\\nOn 2019-09-26, the council met, and it voted.", "Title 1")

    A row of a data table under the headline (its cells parted by tabs, another row as
    wide holding another date: a column of dates) is no byline.

    >>> byline_date("某表\\n甲\\t2021-03-09\\t乙\\n丙\\t2021-04-12\\t丁", "某表")

    A row whose label names an event's day, a deadline or a plan (``活动时间：…``, ``报名
    截止：…``: :func:`~cleaner.stages.split_dated_cells.refused_label`) is the text's fact,
    no byline: its day is the event's, not the page's.

    >>> byline_date("某展开幕\\n活动时间：2022年9月19日上午九时\\n正文。", "某展开幕")
    >>> byline_date("某展开幕\\n报名截止：2022-09-19\\n2022-09-16 来源：某报", "某展开幕")
    '2022-09-16'
    """
    lines = under_headline(visible, headline, _heads)
    if lines is None:
        return None
    for ln in lines:
        s = ln.strip()
        if s and _event_label(s):
            continue
        if s and len(s) <= BYLINE_MAX_CHARS and not BYLINE_CLAUSE.search(s):
            m = _ISO_DATE.search(s)
            if m:
                if _table_dates(s, lines):
                    return None
                return _date(*(int(g) for g in m.groups()))
        if s and len(s) <= BYLINE_MAX_CHARS and (day := _written_date(s)):
            return day
    return None


#: A kicker row over a headline is short: the section's name, a gap, the day.
KICKER_MAX_CHARS = 30


def kicker_date(visible: str, headline: str | None) -> str | None:
    """The day of the short row right over the page's headline that holds one date
    beside a section's name only (``活动讯息　·　2022/9/16``, ``公告 | 2021-03-09``), for a
    page whose headline has no dated byline under it; None for a longer row, a clause, two
    dates, a label naming an event's day or a deadline (``活动时间：…``), or letters.

    >>> kicker_date("首页\\n活动讯息　·　2022/9/16\\n某事开幕\\n正文。", "某事开幕")
    '2022-09-16'
    >>> kicker_date("首页\\n2022/9/16\\n某事开幕\\n正文。", "某事开幕")
    '2022-09-16'
    >>> kicker_date("报名截止：2022/9/16\\n某事开幕", "某事开幕") is None
    True
    >>> kicker_date("上期：某某活动回顾 2022/9/10\\n某事开幕", "某事开幕") is None
    True
    >>> kicker_date("2022/9/10 至 2022/9/16\\n某事开幕", "某事开幕") is None
    True
    >>> kicker_date("展期 2022/9/20\\n某事开幕\\n正文。", "某事开幕") is None
    True
    """
    beside = beside_headline(visible, headline)
    if beside is None or not beside[0] or len(beside[0]) > KICKER_MAX_CHARS:
        return None
    row = beside[0]
    days = list(_ISO_DATE.finditer(row))
    if len(days) != 1 or BYLINE_CLAUSE.search(row) or _event_label(row):
        return None
    rest = (row[: days[0].start()] + row[days[0].end() :]).strip(" \t\u3000·|｜/／-—:：")
    if len(re.sub(r"\s", "", rest)) > 6 or re.search(r"[A-Za-z0-9]", rest):
        return None  # a title or a line of words beside the day: no section's name
    if re.sub(r"[年月日号\s]", "", rest) and not re.search(r"[·|｜]", row):
        # a word beside the day with no section bar ('展期 2022/9/20', '开幕 …', '生日 …'):
        # an event's fact row, not a section's name (review of metagen)
        return None
    return _date(*(int(g) for g in days[0].groups()))


# a row's own label over its first value ('活动时间：', '報名截止 ')
_ROW_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})(?P<colon>\s*[:：]|\t|\u3000|\s{2,})")
# the fields of a day that is not the page's (the split stage's field table names them)
_OTHER_DAYS = ("effective", "expires", "received")


def _event_label(row: str) -> bool:
    """``row`` opens with a label naming a day that is not the page's: a label the field
    table reads as another day of the document (``生效日期``: when it takes effect,
    ``收稿日期``: when it came in), before a colon, a tab or a wide gap; or, before a colon,
    a label naming an event's day, a deadline or a plan (``活动时间：…``, ``报名截止：…``:
    the text's own fact line).  A grid's cells (``开始时间<TAB>…``, a window the record
    opens on the day it goes up) and a section's name beside its day (``活动讯息　·　…``)
    are no such label.

    >>> _event_label("活動時間：2022年9月19日"), _event_label("发布时间：2022-09-19")
    (True, False)
    >>> _event_label("生效日期\t2018年11月12日"), _event_label("收稿日期　2018-11-12")
    (True, True)
    >>> _event_label("开始时间\t2020-08-03"), _event_label("活动讯息　·　2022/9/16")
    (False, False)
    """
    from cleaner.stages.split_dated_cells import refused_label  # (stage tables, loaded late)
    from cleaner.stages.split_dates import simplified_label

    m = _ROW_LABEL.match(row)
    if m is None:
        return False
    label = simplified_label(m.group(1))
    if _meta_fields().get(label) in _OTHER_DAYS:
        return True
    return m["colon"].strip() in (":", "：") and refused_label(label)


@lru_cache(maxsize=1)
def _meta_fields() -> dict[str, str]:
    """The field each label names (``[meta_fields]`` of headers.toml), read once a
    process (read-only: the callers only look labels up)."""
    fields: dict[str, str] = load_table("headers")["meta_fields"]
    return fields


def _table_dates(row: str, lines: list[str]) -> bool:
    """``row`` is a data table's row: tab-parted cells, and another line as wide (as many
    tabs) holds a date of its own (a column of dates: records, no byline)."""
    tabs = row.count("\t")
    if not tabs:
        return False
    days = {m.group() for m in _ISO_DATE.finditer(row)}
    return any(
        ln.strip().count("\t") == tabs and {m.group() for m in _ISO_DATE.finditer(ln)} - days
        for ln in lines
    )


# an English byline's written-out date, its weekday and ordinal too ('By A. Writer on
# Monday, November 18th, 2019 at 11:04 a.m.', 'Published 18 November 2019')
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_WRITTEN_MD = re.compile(
    rf"(?i)\b{_WEEKDAY}{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b"
)
_WRITTEN_DM = re.compile(
    rf"(?i)\b{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+((?:19|20)\d{{2}})\b"
)
# a byline of a later edit, not of the publication
_UPDATED = re.compile(r"(?i)\b(?:updated|modified|edited|revised)\b")


def _written_date(line: str) -> str | None:
    """The written-out date of a byline line (one date, the rest no sentence), or None.

    >>> _written_date("By A. Writer on Monday, November 18th, 2019 at 11:04 a.m.")
    '2019-11-18'
    >>> _written_date("Updated: November 19, 2019")
    >>> _written_date("On May 3, 2019, the council met, and it voted.")
    """
    if _UPDATED.search(line):
        return None
    found = [(m, 1, 2, 3) for m in _WRITTEN_MD.finditer(line)]
    found += [(m, 2, 1, 3) for m in _WRITTEN_DM.finditer(line)]
    if len(found) != 1:
        return None
    m, mon, day, year = found[0]
    rest = line[: m.start()] + " " + line[m.end() :]
    if BYLINE_CLAUSE.search(rest):
        return None
    return _date(int(m.group(year)), _MONTHS.index(m.group(mon)[:3].lower()) + 1, int(m.group(day)))


#: A publish-date label of a CMS's info row (发布日期, 发布时间, 发表于, 发稿时间 …), then the
#: date: the row may stand anywhere on the page (above the text, or in a table cell under
#: it).  Updated/modified dates have other labels and are not read.
_LABELLED = re.compile(
    r"(?:^|\s)(?:发布|发表|发稿|刊发|發佈|發表)(?:日期|时间|時間|于|於)\s*[:：]?\s*"
    r"((?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2})"
)


# the same row with a two-digit year, as app-made article pages print it ('发布时间：18-03-08
# 23:16', the time often glued to the day: '18-03-0823:16'); read only after a label
_LABELLED_SHORT = re.compile(
    r"(?:^|\s)(?:发布|发表|发稿|刊发|發佈|發表)(?:日期|时间|時間|于|於)\s*[:：]?\s*"
    r"(\d{2})([-/.])(\d{1,2})\2(\d{2})(?=\s*\d{1,2}:\d{2}|[^\d:]|$)"
)
#: A two-digit year at most this is 20yy, above it 19yy.
SHORT_YEAR_PIVOT = 69


def _short_year(m: re.Match[str]) -> str | None:
    yy = int(m.group(1))
    return _date((2000 if yy <= SHORT_YEAR_PIVOT else 1900) + yy, int(m.group(3)), int(m.group(4)))


def labelled_date(visible: str) -> str | None:
    r"""The date of the page's one labelled publish-date row (``发布日期：2019-03-06 责任编辑：
    某某``), for a page that declares none and prints no byline under its headline; None
    when no short line has one or the rows give different dates (a list of stories).

    >>> labelled_date("正文。\n发布日期：2019-03-06 责任编辑：某某\n相关链接")
    '2019-03-06'
    >>> labelled_date("发布时间：2019-03-06\n发布时间：2019-04-01")
    >>> labelled_date("某号\n发布时间：18-03-0823:16\n正文"), labelled_date("发布时间：10-0812:00")
    ('2018-03-08', None)
    """
    found = set()
    for ln in visible.split("\n"):
        if len(ln) > BYLINE_MAX_CHARS or BYLINE_CLAUSE.search(ln):
            continue
        for m in _LABELLED.finditer(ln):
            if day := ymd(m.group(1)):
                found.add(day)
        for m in _LABELLED_SHORT.finditer(ln):
            if day := _short_year(m):
                found.add(day)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _origin_label() -> re.Pattern[str]:
    """A source label of the split stage's field table (``meta_fields``: 来源, 信息来源 …)
    and its value, up to the next wide gap or bar."""
    names = [k for k, v in load_table("headers")["meta_fields"].items() if v == "origin"]
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{alts})\s*[:：]\s*([^\s|｜]{{2,30}})")


def labelled_origin(visible: str, day: str) -> str | None:
    """The source named on the page's one labelled publish-date row (the row
    :func:`labelled_date` read ``day`` from): ``发布日期：2019-03-06　信息来源：某中心　浏览
    次数：12`` → ``'某中心'``; None when no such row names a source or two rows do.

    >>> labelled_origin("正文。\\n发布日期：2019-03-06　来源：某某中心　浏览：3\\n尾", "2019-03-06")
    '某某中心'
    >>> labelled_origin("发布日期：2019-03-06　浏览：3", "2019-03-06")
    """
    found: set[str] = set()
    for ln in visible.split("\n"):
        if len(ln) > BYLINE_MAX_CHARS or BYLINE_CLAUSE.search(ln):
            continue
        if any(ymd(m.group(1)) == day for m in _LABELLED.finditer(ln)):
            found.update(m.group(1) for m in _origin_label().finditer(ln))
    return found.pop() if len(found) == 1 else None
