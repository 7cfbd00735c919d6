"""Numbers and dates as metadata prints them: Chinese numerals (``二十一``, ``叁``) and
dates in any of the forms sites use (``2003年8月13日``, ``2021/3/5``, ``21-03-05``,
``二〇二三年五月六日``), read into ints and ``YYYY-MM-DD``.  Split from
:mod:`cleaner.stages.split_meta` (which re-exports both) to keep modules small.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import forms, simplify_map

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    # the financial numerals ('壹', '贰' … '拾'): contracts, formal lists, cheques
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
    # their traditional forms ('貳', '參', '陸') and the traditional '兩'
    "貳": 2,
    "參": 3,
    "陸": 6,
    "兩": 2,
}


_CN_UNITS = {"百": 100, "佰": 100, "千": 1000, "仟": 1000}


def cn_number(s: str) -> int | None:
    """Parse ``'3'``, ``'三'``, ``'十二'``, ``'二十一'``, ``'一百零三'`` into an int.

    >>> cn_number("二十一"), cn_number("12"), cn_number("十"), cn_number("叁")
    (21, 12, 10, 3)
    >>> cn_number("一百零三"), cn_number("一千二百"), cn_number("两千")
    (103, 1200, 2000)
    >>> cn_number("貳"), cn_number("參"), cn_number("拾陸")
    (2, 3, 16)
    """
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _CN_DIGITS:
            cur = _CN_DIGITS[ch]
        elif ch in "十拾":
            total += (cur or 1) * 10
            cur = 0
        elif ch in _CN_UNITS:
            total += (cur or 1) * _CN_UNITS[ch]
            cur = 0
        else:
            return None
    return total + cur


#: The readers' shared date vocabulary (regular-expression source to build on): a full
#: date in figures, year first, its parts apart by ``-``, ``.``, ``/``, ``／`` or the words
#: 年 and 月, spaces allowed round each mark: ``2021-03-05``, ``2021/3/5``, ``2021 年 3 月 5``.
#: Readers that want another date say why beside their own pattern (a year of this century
#: or the last alone, no spaces inside a stamp, a two-digit year, the Han form only).
YEAR_SEP = r"\s*[-年./／]\s*"
MONTH_SEP = r"\s*[-月./／]\s*"
YMD = rf"\d{{4}}{YEAR_SEP}\d{{1,2}}{MONTH_SEP}\d{{1,2}}"
#: ... with its closing 日 when it prints one.
YMD_DAY = rf"{YMD}\s*日?"
#: A full date written with the words 年, 月 and 日: ``2021年3月9日``, ``2021 年 3 月 9 日``.
HAN_YMD = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
#: a weekday in any of its words (simplified and traditional), ``星期三``, ``週五``, ``礼拜天``
WEEKDAY = r"(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]"
#: :data:`YMD` with its year, month and day as groups 1, 2 and 3.
DATE = re.compile(rf"(\d{{4}}){YEAR_SEP}(\d{{1,2}}){MONTH_SEP}(\d{{1,2}})")
# a field value that is only a date with a two-digit year ('21-03-05'): sites print the
# short form in their metadata; read only as a whole value (a bare '21-03-05' inside prose
# may be a score or a code), the century from the year (< 70: 20xx)
_SHORT_DATE = re.compile(r"^\s*(\d{2})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})\s*$")
# a date in Chinese numerals, as documents sign them: '二〇二三年五月六日'
_CN_DATE = re.compile(
    r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)


# an English date as English pages print it: 'November 3, 2022', 'Nov. 3, 2022',
# '3 November 2022', '3 Nov 2022' (a month's name, its day and a four-digit year)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6})\.?"
# a blog platform's stamp names the weekday between the day and the year ('Dec 19 Tue 2017')
_WEEKDAY_EN = (
    r"(?:Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?"
    r"|Sun(?:day)?)\.?"
)
EN_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:{_WEEKDAY_EN},?\s+)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"{_MONTH.replace('mon', 'mon2')},?\s+)(?P<y>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


def english_date(value: str) -> str | None:
    """An English date in ``value`` as ``YYYY-MM-DD``, or None.

    >>> english_date("November 3, 2022"), english_date("3 Nov 2022"), english_date("Sept. 9, 2021")
    ('2022-11-03', '2022-11-03', '2021-09-09')
    >>> english_date("Mayor 3, 2022"), english_date("Nov 3 people")
    (None, None)
    >>> english_date("Mar 09 Tue 2021 20:15"), english_date("Mar 9 Tuesday 2021")
    ('2021-03-09', '2021-03-09')
    >>> english_date("Mar 9 Tune 2021"), english_date("Mar 9 Sunny 2021")
    (None, None)
    """
    m = EN_DATE.search(value)
    if m is None:
        return None
    name = (m["mon"] or m["mon2"]).lower()
    full = ("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december")  # fmt: skip
    if name[:3] not in _MONTHS:
        return None
    mo = _MONTHS.index(name[:3]) + 1
    if len(name) > 3 and name not in (full[mo - 1], "sept"):
        return None  # 'Mayor' is no month
    d = int(m["d1"] or m["d2"])
    return f"{int(m['y']):04d}-{mo:02d}-{d:02d}" if 1 <= d <= 31 else None


ROC_OFFSET = 1911

# a date the era word names the Republic of China's (民國 / 民国: year 1 is 1912), its
# year counted in Chinese numerals or digits: '民國一百零九年五月十六日', '民国109年5月16日'
# (Taiwan's sign-offs and archives); the era word makes it no other reading
ROC_CN_DATE = (
    r"(?:中華|中华)?民[國国]\s*[一二三四五六七八九十百零〇○\d]{1,6}\s*年\s*"
    r"[一二三四五六七八九十\d]{1,3}\s*月\s*[一二三四五六七八九十\d]{1,3}\s*日"
)
_ROC_CN = re.compile(
    r"(?:中華|中华)?民[國国]\s*(?P<y>[一二三四五六七八九十百零〇○\d]{1,6})\s*年\s*"
    r"(?P<m>[一二三四五六七八九十\d]{1,3})\s*月\s*(?P<d>[一二三四五六七八九十\d]{1,3})\s*日"
)


# a date with the year last ('23/03/2021', '3/23/2021'): an English page's, read only
# when one of the first two numbers is above 12 (the day); '09/03/2021' says neither
_DAY_FIRST = re.compile(
    r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)


def _day_first(a: int, b: int, y: int) -> str | None:
    """``a/b/y`` as a date when only one reading is a date (the day above 12).

    >>> _day_first(23, 3, 2021), _day_first(3, 23, 2021), _day_first(9, 3, 2021)
    ('2021-03-23', '2021-03-23', None)
    """
    if 12 < a <= 31 and 1 <= b <= 12:
        return f"{y:04d}-{b:02d}-{a:02d}"
    if 12 < b <= 31 and 1 <= a <= 12:
        return f"{y:04d}-{a:02d}-{b:02d}"
    return None


def normalise_date(value: str) -> str | None:
    """``'2003年8月13日'`` → ``'2003-08-13'``; ``None`` when no date is found.

    >>> normalise_date("二〇二三年五月六日"), normalise_date("二〇一九年十二月二十日")
    ('2023-05-06', '2019-12-20')
    >>> normalise_date("21-03-05"), normalise_date("2021/3/5"), normalise_date("见21-03-05")
    ('2021-03-05', '2021-03-05', None)
    >>> normalise_date("民國一百零九年五月十六日"), normalise_date("民国98年12月1日")
    ('2020-05-16', '2009-12-01')
    >>> normalise_date("Nov. 3, 2022")
    '2022-11-03'
    """
    m = DATE.search(value) or _SHORT_DATE.match(value)
    if not m and "民" in value and (r := _ROC_CN.search(value)) is not None:
        y = cn_number(r["y"].replace("○", "〇"))
        mo, d = cn_number(r["m"]) or 0, cn_number(r["d"]) or 0
        if y and 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y + ROC_OFFSET:04d}-{mo:02d}-{d:02d}"
        return None
    if not m:
        c = _CN_DATE.search(value) if "年" in value else None
        if c is None:
            if (dmy := _DAY_FIRST.match(value)) is not None:
                return _day_first(*(int(g) for g in dmy.groups()))
            return english_date(value) if value.isascii() else None
        year = "".join(str(cn_number(ch.replace("○", "〇"))) for ch in c[1])
        y, mo, d = int(year), cn_number(c[2]) or 0, cn_number(c[3]) or 0
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    y, mo, d = (int(g) for g in m.groups())
    if y < 100:
        y += 2000 if y < 70 else 1900
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# a labelled cell's value that is a date in Chinese numerals ('发布：二〇二〇年五月五日'):
# the label's colon, then the date
_CELL_START = re.compile(r"\u3000|\s{2,}|[|｜]")
_CELL_CN_DATE = re.compile(r"(?<=[：:])([ \t\u3000]*)(" + _CN_DATE.pattern + ")")


def cell_digit_dates(line: str, label: Callable[[str], bool] | None = None) -> str:
    """``line`` with every labelled cell's date in Chinese numerals written in figures
    (``'发布：二〇二〇年五月五日'`` → ``'发布：2020年5月5日'``), so the row readers that know
    the figures' form read it too; a date in the text of a cell, or not right after a
    label's colon, stays as it is.

    >>> cell_digit_dates("发布：二〇二〇年五月五日　　点击：31")
    '发布：2020年5月5日　　点击：31'
    >>> cell_digit_dates("日期: 二〇一九年十二月二十日｜来源：某报")
    '日期: 2019年12月20日｜来源：某报'
    >>> cell_digit_dates("他说二〇二〇年五月五日开会")  # no label's colon before it
    '他说二〇二〇年五月五日开会'
    >>> cell_digit_dates("时间：二〇二〇年十三月五日")  # no such day: as printed
    '时间：二〇二〇年十三月五日'

    ``label`` (given) judges each cell's label (the text from the cell gap before it to
    its colon): a date under a label it refuses stays as printed.
    """
    if "年" not in line or ("：" not in line and ":" not in line):
        return line

    def figures(m: re.Match[str]) -> str:
        if label is not None and not label(_CELL_START.split(line[: m.start() - 1])[-1].strip()):
            return m[0]
        day = normalise_date(m[2])
        if day is None:
            return m[0]
        y, mo, d = (int(x) for x in day.split("-"))
        return f"{m[1]}{y}年{mo}月{d}日"

    return _CELL_CN_DATE.sub(figures, line)


# a date in the Republic of China era (民國: year 1 is 1912), as Taiwan's government sites
# print it: '110-03-09', '110/3/9', '110年3月9日', '110.03.09 14:22'; a whole value only
_ROC = re.compile(
    r"^\s*(?:(?:中華)?民國\s*)?(?P<y>\d{2,3})\s*(?P<s>[-年./／])\s*(?P<m>\d{1,2})\s*[-月./／]\s*"
    r"(?P<d>\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)


def roc_date(value: str, *, traditional: bool = False) -> str | None:
    """A date field's whole value read in the ROC era (``'110-03-09'`` → ``'2021-03-09'``),
    or None.  A three-digit year has no other reading; a two-digit one ('99年3月9日') is
    the ROC era only on a traditional-Chinese label (``traditional``), else a short year
    (:func:`normalise_date`).  Call it only for a value a date label names: a bare
    '110-03-09' in prose may be a code.

    >>> roc_date("110-03-09"), roc_date("105年8月23日"), roc_date("99年3月9日", traditional=True)
    ('2021-03-09', '2016-08-23', '2010-03-09')
    >>> roc_date("99-03-09"), roc_date("2021-03-09"), roc_date("110-13-09")
    (None, None, None)
    """
    m = _ROC.match(value)
    if m is None or (len(m["y"]) == 2 and not traditional) or m["y"].startswith("0"):
        return None
    y, mo, d = int(m["y"]) + ROC_OFFSET, int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


@lru_cache(maxsize=1)
def _label_chars() -> tuple[dict[int, str], dict[str, str]]:
    """The traditional -> simplified map of the label tables' characters, and for each
    simplified character its class of forms: the generated map of every rule character
    (``han_forms.toml``) with ``headers.toml``'s ``[meta] traditional`` over it."""
    pairs = load_table("headers")["meta"].get("traditional", [])
    simple = dict(simplify_map())
    simple.update(str.maketrans({tc: p[0] for p in pairs for tc in p[1:]}))
    classes = {s: s + "".join(f for f in fs if f != s) for s, fs in forms().items()}
    classes.update({p[0]: p for p in pairs})
    return simple, classes


def simplified_label(label: str) -> str:
    """``label`` with its traditional characters in simplified form, to look it up in
    the tables (``發布單位`` -> ``发布单位``); a value is never mapped.

    >>> simplified_label("發佈日期"), simplified_label("文號"), simplified_label("審定編號")
    ('发布日期', '文号', '审定编号')
    """
    return label.translate(_label_chars()[0])


def label_pattern(label: str) -> str:
    """A regex for ``label`` in either script (``发布`` -> ``[发發][布佈]``)."""
    forms = _label_chars()[1]
    return "".join(f"[{forms[ch]}]" if ch in forms else re.escape(ch) for ch in label)


def label_date(label: str, value: str) -> str | None:
    """The date a date label's value gives: a traditional label ('發布日期') reads an
    ROC-era year first (:func:`roc_date`), any label reads a Western date, then a
    three-digit ROC year.

    >>> label_date("發布日期", "110-03-09"), label_date("发布日期", "2021/3/9")
    ('2021-03-09', '2021-03-09')
    >>> label_date("發布日期", "99-03-09"), label_date("发布日期", "99-03-09")
    ('2010-03-09', '1999-03-09')
    """
    traditional = simplified_label(label) != label
    if traditional:
        roc = roc_date(value, traditional=True)
        if roc is not None:
            return roc
    return normalise_date(value) or roc_date(value)


# a date badge's two lines: the day alone, then its month and year ('Jul 2021', '2021-07',
# '2021年7月'), or the other way round
_BADGE_DAY = re.compile(r"^\d{1,2}$")
_BADGE_MONTH = re.compile(
    r"^(?:(?P<en>[A-Za-z]{3,9}\.?,? (?P<y1>(?:19|20)\d{2}))"
    r"|(?P<y2>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*月?)$"
)


def badge_date(first: str, second: str) -> str | None:
    """The date of a two-line date badge (a news list's calendar tile printed over a
    title: the day alone and its month and year, either first), or None.

    >>> badge_date("07", "Apr 2020"), badge_date("2020-04", "7"), badge_date("7", "2020年4月")
    ('2020-04-07', '2020-04-07', '2020-04-07')
    >>> badge_date("07", "Chapter 2020"), badge_date("32", "2020-04"), badge_date("7", "2020")
    (None, None, None)
    """
    a, b = first.strip(), second.strip()
    if not _BADGE_DAY.match(a):
        a, b = b, a
    m = _BADGE_MONTH.match(b)
    if not _BADGE_DAY.match(a) or m is None or not 1 <= int(a) <= 31:
        return None
    if m["en"]:
        return english_date(f"{int(a)} {m['en'].replace(',', '')}")
    return normalise_date(f"{m['y2']}-{int(m['m']):02d}-{int(a):02d}")


# a closing note saying on which day the document itself was issued ('（本通告於2018年11月7日
# 發出）', '（本公告于2021年3月5日发布）'): 本, the document's kind, 于/於, the date, a verb of
# issuing, the whole line in round brackets
# The note may name who issued it (由 and the body before 于) and close on the document's
# number after a comma ('（本方案由某区教育局于2018年6月19日印发，文号某教发〔2018〕39号。）'):
# a sentence about the document, no part of it, wherever the page prints it.
_ISSUED_NOTE = re.compile(
    r"^[（(]\s*本[\u4e00-\u9fff]{1,6}"
    r"(?:由\s*(?P<body>[\u4e00-\u9fff（）()]{2,30}?)\s*)?(?:于|於)\s*"
    r"(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
    r"(?:发出|發出|发布|發布|發佈|印发|印發|公布|公佈|发表|發表)"
    r"(?:\s*[，,；;]\s*(?:文号|文號|发文字号|發文字號|字号|字號)\s*[:：为為是]?\s*"
    r"(?P<number>[^\s，,。；;（）()]{0,20}[〔［\[(（]\d{4}[〕］\])）]\s*\d{1,5}\s*号|[^\s，,。；;（）()]{2,30}))?"
    r"\s*[。.]?\s*[）)]$"
)


def issued_note(line: str) -> str | None:
    """The day a closing note says the document itself was issued, or None: the note
    is the document's metadata (its publish date), no line of its text.

    >>> issued_note("（本通告於2018年11月7日發出）"), issued_note("（本公告于2021年3月5日发布）")
    ('2018-11-07', '2021-03-05')
    >>> issued_note("本通告於2018年11月7日發出"), issued_note("（本活动于2021年3月5日举行）")
    (None, None)
    >>> issued_note("（该通告于2021年3月5日发布）")
    """
    m = _ISSUED_NOTE.match(line.strip())
    return normalise_date(m["date"]) if m is not None else None


def issued_fields(line: str) -> dict[str, str] | None:
    """:func:`issued_note`'s note read whole: the day, the body that issued it (a verb of
    issuing: the issuer) and the document's number, when it names them; or None.

    >>> issued_fields("（本方案由某区教育局于2018年6月19日印发，文号某教发〔2018〕39号。）")
    {'published': '2018-06-19', 'issuer': '某区教育局', 'doc_number': '某教发〔2018〕39号'}
    >>> issued_fields("（本通告於2018年11月7日發出）")
    {'published': '2018-11-07'}
    >>> issued_fields("（本方案由某区教育局负责解释。）") is None
    True
    """
    m = _ISSUED_NOTE.match(line.strip())
    day = normalise_date(m["date"]) if m is not None else None
    if m is None or day is None:
        return None
    out = {"published": day}
    if m["body"]:
        out["issuer"] = m["body"]
    if m["number"]:
        out["doc_number"] = m["number"]
    return out
