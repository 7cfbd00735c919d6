"""Article headers keyed by a value instead of a number: a date or a document number.

Two compilation shapes carry no numbering the generic layer (:mod:`split_headers`) can
read, yet say plainly where each piece starts:

* a **dated run**: every piece opens with ``<date><separator><title>`` (``2021-10-23｜标题``,
  ``2021/10/23 - 标题``); the dates of the run all ascend or all descend (a digest lists
  by date), every title is title-shaped and every piece holds a body of prose.  The date
  is the piece's ``published``.  A date list inside prose has no body of its own under
  each line, or its lines read as sentences: no split.
* a **document-number line** repeated before each piece: a line that is only a label and
  a value whose label names the document number (``公告编号：2021-017``, by the metadata
  tables, not a list of sites), then a title-shaped line, then the body.  The line must
  open every piece (two at least) with distinct numbers; a number cited in a sentence is
  no line of its own.  The value is the piece's ``doc_number``, the next line its title.
* a **row-keyed run**: header lines of one shape, a key (a number in any order, or a
  bracketed identifier) between a short opening and a delimiter, then the title
  (``Part 7 ▸ 标题``, ``（之二）标题``, ``◆ 公告（2）标题``, ``[AB-2021-07] 标题``,
  ``▶ 第12期 · 标题``, ``No.12｜标题``), each followed at once by a metadata row (its
  own issuer, number or date: :meth:`MetaParser.below_title`).  The row under every
  header is the evidence, so the keys need not run 1, 2, 3 (episode or project numbers
  do not).  A Heavenly Stem is a key too (``甲 · 标题``, ``乙 · 标题``), counted 1, 2, 3
  from ``甲``: a stem is also a word (``甲：`` a party, ``乙 · 丙`` names), so the stems
  of a run must run 甲, 乙, 丙 … in page order from the first, and a stem is a key only
  before a mark.  A count word may follow the number (``1号稿　标题``, ``3则 · 标题``).
  Numbered items of one document (``推荐1：…``, ``包2：…``, a ``1. 《书名》`` list) have
  no metadata row under each: no split.  A header of the run's shape whose row was lost
  is one of the run when the keys count on through it (``一, 二, 三``); otherwise the
  page is not sure and stays whole.  Prose above the first header (a piece whose own
  header was lost) keeps the page whole: the text before the first header is never an
  article.  A bracketed identifier (letters and digits) is the piece's ``doc_number``,
  not part of its title.

:func:`keyed_headers` returns the headers as the split stage takes them, with each
header's metadata.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Collection

from cleaner.stages.linescan import LineStartScanner
from cleaner.stages.split_cell_heads import cell_head
from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_dates import cn_number, normalise_date
from cleaner.stages.split_page import nonempty, stripped
from cleaner.stages.split_piece_gates import (
    _SENTENCE,
    _bodies_ok,
    _prose_above,
    first_header_limit,
    unasked,
)
from cleaner.stages.split_tags import tag_serial

__all__ = ["keyed_headers", "lone_dated", "row_run", "titled_run", "unasked"]

# a date, a separator (a bar, a dash, a colon or a wide space) and a title; the date may
# sit in brackets ('[2021.3.9] 标题': the bracket is its separator) and carry its day of
# the week ('2021-03-09 周二 | 标题', '2021年3月9日 星期二 ｜ 标题'), as blogs and
# archives print an entry's header
_WEEKDAY = r"(?:[（(]\s*)?(?:星期|周|礼拜)[一二三四五六日天](?:\s*[）)])?"
_DATED = re.compile(
    r"^(?:(?P<open>[\[【〔［（(])\s*)?"
    r"(?P<date>\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?)"
    rf"(?(open)\s*(?:{_WEEKDAY}\s*)?[\]】〕］）)]\s*[|｜:：\-—–·•]*"
    rf"|(?:\s*{_WEEKDAY})?\s*(?:[|｜:：\-—–·•]+|\u3000+|\s{{2,}}))"
    r"\s*(?P<title>\S.{1,58})$"
)
# a label and a value alone on a line ('公告编号：2021-017')
_KEY_LINE = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<v>[^\s:：]{2,30})$")


#: a day's row (:func:`_day_cells`): at most this many cells after the date, each at most
#: this long, over a title-shaped line at most this long
_DAY_CELLS = 3
_DAY_CELL_CHARS = 4
_TITLE_BELOW_CHARS = 30


def _title_shaped(s: str) -> bool:
    return 2 <= len(s) <= 60 and not _SENTENCE.search(unasked(s))


def _labelled(title: str, field_of: Callable[[str], str | None] | None) -> bool:
    """``title`` is a metadata label and its value (``稿源：某乡茶办``, ``作者：某某``): the
    rest of a date-led metadata row, not a title.

    >>> _labelled("来源：甲县农办", lambda k: "origin" if k.endswith("来源") else None)
    True
    >>> _labelled("会议纪要：三项议题", lambda k: None)
    False
    """
    m = _KEY_LINE.match(title)
    return m is not None and field_of is not None and field_of(m["k"]) is not None


def _day_cells(rest: str, below: str) -> bool:
    """Is a dated row's ``rest`` a day's cells (a weekday, the weather: ``星期一``,
    ``多云``), the title being the heading ``below`` the row?  Each cell is short, and
    the line under the row is a title-shaped line of its own: a diary's or a
    travelogue's day over what happened that day, no dated header.

    >>> _day_cells("多云", "洱海骑行"), _day_cells("星期一　小雨", "接口联调")
    (True, True)
    >>> _day_cells("甲县小记", "上午我们来到县里，看了三个村的水渠，情况良好。")
    False
    """
    cells = [c for c in re.split(r"[\s\u3000|｜·•]+", rest) if c]
    if not cells or len(cells) > _DAY_CELLS or any(len(c) > _DAY_CELL_CHARS for c in cells):
        return False
    b = below.strip()
    return _title_shaped(b) and len(b) <= _TITLE_BELOW_CHARS and not b[:4].isdigit()


def dated_run(
    lines: list[str], field_of: Callable[[str], str | None] | None = None
) -> list[tuple[int, str, str, dict[str, str]]]:
    """The dated headers of a page (see the module docstring), or [].  A date followed by
    a metadata label and its value (``2021.05.09 · 稿源：某乡茶办``) is a metadata row, no
    header (:func:`_labelled`), and so is a day's row over a heading (:func:`_day_cells`:
    ``2023年5月2日　多云`` over ``洱海骑行``; the weather is no title)."""
    found: list[tuple[int, str, str]] = []
    filled = nonempty(lines)
    below = {i: lines[j] for i, j in itertools.pairwise(filled)}
    for i, raw in enumerate(lines):
        s = raw.strip()
        if len(s) < 12 or not s.lstrip("[【〔［（(")[:4].isdigit():
            continue
        m = _DATED.match(s)
        if m is None or not _title_shaped(m["title"].strip()):
            continue
        if _labelled(m["title"].strip(), field_of):
            continue
        if _day_cells(s[m.start("date") :][len(m["date"]) :], below.get(i, "")):
            return []  # a day's row over its heading: a diary's days, no dated headers
        date = normalise_date(m["date"])
        if date is not None:
            found.append((i, date, m["title"].strip()))
    if len(found) < 2:
        return []
    dates = [d for _, d, _ in found]
    if dates != sorted(dates) and dates != sorted(dates, reverse=True):
        return []
    if len({t for *_, t in found}) < len(found):
        return []  # one title under several dates: a schedule, not pieces
    if not _bodies_ok(lines, [i for i, *_ in found], 1):
        return []
    return [(i, "keyed:date", t, {"published": d}) for i, d, t in found]


def lone_dated(
    lines: list[str], names: Callable[[str, str], bool]
) -> list[tuple[int, str, str, dict[str, str]]]:
    """A single piece's dated header (``2021-03-09 周二 | 标题``: a blog entry's page),
    or [].

    One dated line opens no run, and a date and a title may be any row of a page; it is
    the piece's header only when a line above it names its title (``names(line,
    title)``: the page's title line, ``标题 - 某博客``), no prose lies above it and a
    body of prose follows.  Its date is the piece's ``published``; the lines above are
    the page's head.

    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["甲县小记 - 某博客", "2021-03-05 周五 | 甲县小记", body]
    >>> lone_dated(page, lambda line, t: line.startswith(t))
    [(1, 'keyed:date', '甲县小记', {'published': '2021-03-05'})]
    >>> lone_dated(page[1:], lambda line, t: line.startswith(t))
    []
    """
    filled = nonempty(lines)
    for k, i in enumerate(filled[:6]):
        s = lines[i].strip()
        if len(s) < 12 or not s.lstrip("[【〔［（(")[:4].isdigit():
            continue
        m = _DATED.match(s)
        if m is None:
            continue
        title, date = m["title"].strip(), normalise_date(m["date"])
        if date is None or not _title_shaped(title) or _prose_above(lines, i):
            return []
        if not any(names(lines[j].strip(), title) for j in filled[:k]):
            return []
        if not _bodies_ok(lines, [i], 1):
            return []
        return [(i, "keyed:date", title, {"published": date})]
    return []


def number_run(
    lines: list[str], field_of: Callable[[str], str | None]
) -> list[tuple[int, str, str, dict[str, str]]]:
    """The document-number lines that open each piece, titles from the line below."""
    found: list[tuple[int, str, str]] = []
    filled = nonempty(lines)
    for k, i in enumerate(filled[:-1]):
        s = lines[i].strip()
        if len(s) > 40 or ("：" not in s and ":" not in s):
            continue
        m = _KEY_LINE.match(s)
        if m is None or field_of(m["k"]) != "doc_number" or not re.search(r"\d", m["v"]):
            continue
        title = lines[filled[k + 1]].strip()
        if _title_shaped(title) and _KEY_LINE.match(title) is None:
            found.append((i, m["v"], title))
    if len(found) < 2 or len({v for _, v, _ in found}) < len(found):
        return []
    if not _bodies_ok(lines, [i for i, *_ in found], 2):
        return []
    return [(i, "keyed:doc_number", t, {"doc_number": v}) for i, v, t in found]


# a keyed header: a short opening (a glyph or bracket, a Latin word, 第, one Han word
# before a Chinese numeral: '卷二', '周二'; a two-character word and its bracket, '（之'),
# the key, its closing (a count word, a bracket), a delimiter and the title; the key is
# a number (or 'n/m'), an enclosed numeral ('②', '㈡': its own delimiter) or an
# identifier of letters and digits; the delimiter is any run of marks (a Unicode
# punctuation or symbol that opens no title and ends no sentence; '丨', a Han stroke
# sites print as a bar) or a space
_ENCLOSED = "\u2460-\u2473\u2474-\u2487\u3220-\u3229\u3280-\u3289"
_ROMAN_KEYS = "\u2160-\u216b"  # 'Ⅱ' … 'Ⅻ', one character each
#: the ten Heavenly Stems: a series of items counted 甲, 乙, 丙 … (1, 2, 3 …)
STEMS = "甲乙丙丁戊己庚辛壬癸"
# what may close a number before the delimiter: a count word or two ('期', '号稿', '则'),
# the words that count issues, episodes, drafts and items (general vocabulary, no site's)
_COUNT_WORDS = "期集话号篇讲稿项则件份条"
_ROW_HEAD = re.compile(
    r"^(?P<pre>[^\w\s]{0,2}\s*(?:[A-Za-z]{1,10}\.?\s*(?=\d)|(?P<di>第)|[\u4e00-\u9fff]{2}\s*[（(]"
    r"|之|[\u4e00-\u9fff](?=[一二三四五六七八九十]{1,3}\s*[^\w\s]))?)"
    r"(?P<key>\d{1,4}\s*/\s*\d{1,4}(?![\d.:/-])|\d{1,4}(?![\d.:/-])|[一二三四五六七八九十]{1,3}"
    rf"|[{_ENCLOSED}]|[{_ROMAN_KEYS}]|[{STEMS}](?=\s*[^\w\s])"
    r"|(?=[-A-Za-z0-9_/]*\d)(?=[-A-Za-z0-9_/]*[A-Za-z])[A-Za-z0-9][-A-Za-z0-9_/]{3,30})"
    rf"(?P<post>\s*(?(di)[\u4e00-\u9fff]?|[{_COUNT_WORDS}]{{0,2}})\s*[）)\]】〕］]?)"
    r"(?P<delim>\s*(?:[^\w\s（(《“「『【〔\[{‘\"'。，,、；;！!？?]|丨)+\s*|\s+"
    rf"|(?<=[）)\]】〕］{_ENCLOSED}]))"
    r"(?P<title>\S.{1,58})$"
)
_ID = re.compile(r"[A-Za-z]")
_ENCLOSED_KEY = re.compile(f"[{_ENCLOSED}]")
_CN_KEY = re.compile("[一二三四五六七八九十]+")


def _row_shape(m: re.Match[str]) -> str:
    """What surrounds the key, spaces squeezed: every header of a run repeats it."""
    kind = "i" if _ID.search(m["key"]) else "n"
    return re.sub(r"\s+", "", f"{m['pre']}|{kind}|{m['post']}|{m['delim']}")


def _key_number(key: str) -> int | None:
    """The number a header's key counts (``2``, ``二``, ``2/3``, ``②``, ``Ⅱ``), or None
    for an identifier."""
    head = key.split("/")[0].strip()
    if len(head) == 1 and head in STEMS:
        return STEMS.index(head) + 1
    if head.isdecimal():  # not isdigit: int("①") fails
        return int(head)
    if len(head) == 1 and not head.isascii() and unicodedata.numeric(head, -1) > 0:
        return int(unicodedata.numeric(head))
    return cn_number(head) if _CN_KEY.fullmatch(head) else None


def row_run(
    lines: list[str], below_title: Callable[[str], bool]
) -> list[tuple[int, str, str, dict[str, str]]]:
    """The row-keyed headers of a page (see the module docstring), or [].

    >>> row = lambda s: s.startswith("发布日期：")
    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["[AB-01] 甲县通知", "发布日期：2021-03-05", body,
    ...         "[AB-07] 乙县通知", "发布日期：2021-04-05", body]
    >>> [(i, t, m) for i, _, t, m in row_run(page, row)]
    [(0, '甲县通知', {'doc_number': 'AB-01'}), (3, '乙县通知', {'doc_number': 'AB-07'})]
    >>> row_run([ln for ln in page if not ln.startswith("发布")], row)
    []
    """
    filled, strip = nonempty(lines), stripped(lines)
    by_shape: dict[str, list[tuple[int, str, str, int]]] = {}  # …, the line below
    limit = first_header_limit(lines)
    for k, i in enumerate(filled[:-1]):
        if i >= limit and not by_shape:
            return []  # any header from here has prose above it (the last test below)
        s = strip[i]
        if len(s) > 80 or s[:1].isspace():
            continue
        m = _ROW_HEAD.match(s)
        if m is None:
            continue
        # '3 标题' or '2021 年…': a bare number opens prose as often as a title; an
        # enclosed numeral ('㈡') is its own delimiter
        enclosed = _ENCLOSED_KEY.fullmatch(m["key"]) is not None
        if not (m["pre"].strip() or m["post"].strip() or m["delim"].strip() or enclosed):
            continue
        title = m["title"].strip()
        if (entry := cell_head(s)) is not None:
            title = entry[1]  # '12／某类／某项目': the category cell is no word of the title
        if not _title_shaped(title):
            continue
        by_shape.setdefault(_row_shape(m), []).append((i, m["key"], title, filled[k + 1]))
    # a run wants rows under two headers of its shape: a shape seen once is never read
    rowed_shapes = [
        [(i, key, t, below_title(lines[j])) for i, key, t, j in r]
        for r in by_shape.values()
        if len(r) >= 2
    ]
    runs = [r for r in rowed_shapes if sum(x[3] for x in r) >= 2]
    if len(runs) != 1:
        return []  # none, or two shapes that each claim the page: not sure, no split
    if any(k in STEMS for _, k, _, _ in runs[0]):
        # a stem counts nothing by itself: the series must run 甲, 乙, 丙 … down the page
        if [_key_number(k) for _, k, _, _ in runs[0]] != list(range(1, len(runs[0]) + 1)):
            return []
    found = [(i, k, t) for i, k, t, rowed in runs[0] if rowed]
    if len(found) < len(runs[0]):
        # a header of the run's shape without its row (a piece whose row was lost): one of
        # the run when the keys count on through it (一, 二, 三), else not sure, no split
        numbers = [_key_number(k) for _, k, _, _ in runs[0]]
        first = numbers[0]
        if first is None or numbers != list(range(first, first + len(numbers))):
            return []
        found = [(i, k, t) for i, k, t, _ in runs[0]]
    numbers = [_key_number(k) for _, k, _ in found]
    # serial chapters counting on (59, 60, 61) may share a name: the count tells them apart
    counted = numbers[0] is not None and numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )
    if len({k for _, k, _ in found}) < len(found) or (
        len({t for *_, t in found}) < len(found) and not counted
    ):
        return []  # one key or one title twice: a table of rows, not pieces
    if not _bodies_ok(lines, [i for i, *_ in found], 2):
        return []
    if _prose_above(lines, found[0][0]):
        return []  # prose above the first header: a piece whose header is lost, keep whole
    return [(i, "keyed:row", t, {"doc_number": k} if _ID.search(k) else {}) for i, k, t in found]


# a line with a cell separator or a crumb's arrow is a row, a bar or a trail, no title
_NOT_TITLE = re.compile(r"[|｜／/·•_›»>\t\u3000]| {2}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGITS = re.compile(r"\d+")


def titled_run(
    lines: list[str],
    below_title: Callable[[str], bool],
    signature: Callable[[str], tuple[str, ...]] = row_signature,
    records: Collection[str] = (),
) -> list[tuple[int, str, str, dict[str, str]]]:
    """Bare titles, each over a metadata row of one signature (the same labels in the
    same order: ``Date: … · Time: …`` under every piece), or [].

    A compilation need not number its pieces: the rows say where they start.  A title
    is short, holds Han and no sentence mark, no cell separator, no key (a keyed header
    :func:`row_run` left is not sure) and is no row itself;
    two at least, distinct, each piece with a body of prose, no prose above the first.
    Rows of other signatures (a thread's opening row and its reply floors) are no run,
    and a row must hold two cells at least: a lone date under every line is how a
    changelog or a timeline reads (``2021年 8月11日`` / ``网站上线`` …), not pieces.  A
    row of one LABELLED cell (``发布日期：2021/3/9``) is a piece's row when the titles
    over it share one wording apart from their figures (a series: ``某应用 3.1.0 版说明``
    / ``某应用 3.0.0 版说明``, a version history's releases).

    >>> row = lambda s: s.startswith("Date:")
    >>> sig = lambda s: ("Date", "Time")
    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["甲县通知", "Date: 2021-03-05 · Time: 9 min", body,
    ...         "乙县通知", "Date: 2021-04-05 · Time: 7 min", body]
    >>> [(i, t) for i, _, t, _ in titled_run(page, row, sig)]
    [(0, '甲县通知'), (3, '乙县通知')]
    >>> titled_run(page[:3] + ["乙县通知", body], row, sig)
    []
    >>> one = lambda s: ("Date",)
    >>> series = ["某应用 3.1 版说明", "Date: 2021-03-05", body,
    ...           "某应用 3.0 版说明", "Date: 2021-02-05", body]
    >>> [(i, t) for i, _, t, _ in titled_run(series, row, one)]
    [(0, '某应用 3.1 版说明'), (3, '某应用 3.0 版说明')]
    >>> titled_run(page, row, one)  # one labelled cell under titles of other wordings
    []

    Prose above the first title is no lost piece when the HTML page heads every piece's
    container with its title (``records``: html_record_heads): it lies outside them all.
    Such a title may hold a comma (``某事，另一事？``): the markup says it is one.

    >>> lead = "本期选登的来信与答复如下，请各位读者留意其中的办理情况说明，谢谢阅读。"
    >>> titled_run([lead, *page], row, sig)
    []
    >>> [t for _, _, t, _ in titled_run([lead, *page], row, sig, records=("甲县通知", "乙县通知"))]
    ['甲县通知', '乙县通知']
    """
    filled, strip = nonempty(lines), stripped(lines)
    found: list[tuple[int, str, tuple[str, ...]]] = []
    limit = first_header_limit(lines) if not records else len(lines) + 1
    for k, i in enumerate(filled[:-1]):
        if i >= limit and not found:
            return []  # any title from here has prose above it (the last test below)
        s = strip[i]
        if records:  # the page's markup heads each record with its title: those only,
            # commas or not (the run must find every one of them and nothing else)
            if s not in records or not 2 <= len(s) <= 60 or not _HAN.search(s):
                continue
        elif not 2 <= len(s) <= 40 or _SENTENCE.search(unasked(s)) or not _HAN.search(s):
            continue
        nxt = lines[filled[k + 1]]
        if _NOT_TITLE.search(s) or _ROW_HEAD.match(s) or tag_serial(s):
            continue  # a keyed header is row_run's to take or leave; a tag is no title
        sig = signature(nxt)  # cheaper than reading the row: asked first
        if len(sig) < 2 and sig[:1] in ((), ("_",)):
            continue  # a lone date under each line is a timeline's or a changelog's
        if not below_title(nxt) or below_title(s):
            continue
        found.append((i, s, sig))
    if len(found) < 2 or len({sig for *_, sig in found}) != 1:
        return []
    if len(found[0][2]) < 2 and len({_DIGITS.sub("0", t) for _, t, _ in found}) != 1:
        return []  # one labelled cell: only under a series' titles of one wording
    if len({t for _, t, _ in found}) < len(found):
        return []  # one title twice: a table of rows, not pieces
    if not _bodies_ok(lines, [i for i, *_ in found], 2):
        return []
    headed = bool(records) and [t for _, t, _ in found] == list(records)  # none lost
    if not headed and _prose_above(lines, found[0][0]):
        return []  # prose above the first title: a piece whose title is lost, keep whole
    return [(i, "keyed:titled", t, {}) for i, t, _ in found]


# whole-page gates (one C-speed scan each): most pages hold neither shape twice; the
# dated one's LineStartScanner tries it only at line starts opening with a digit or a
# space (re alone tries a '^' pattern at every position: ~0.02 s per 10 MB batch)
_DATED_GATE = LineStartScanner(
    re.compile(
        r"^[ \t\u3000]*[\[【〔［（(]?\s*\d{4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?"
        rf"\s*(?:{_WEEKDAY}\s*)?(?:[|｜:：\-—–·•\]】〕］）)]|\u3000|\s\s)",
        re.M,
    )
)
# every document-number label of the tables ends in 号 (编号, 文号, 字号, 案号)
_KEY_GATE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{1,5}号)\s*[:：]\s*[^\s:：]*\d", re.M)
# what every match of _KEY_GATE holds: a literal first, so re scans for it at C speed
# (the gate itself is tried at every position: ~0.02 s a 10 MB batch, and most pages
# have no '号：' at all)
_KEY_HINT = re.compile(r"号\s*[:：]")


def keyed_headers(
    text: str, lines: list[str], field_of: Callable[[str], str | None]
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(line, rule, title, meta)`` of the keyed headers of a page (``text``, split into
    ``lines``), or []."""
    dated = _DATED_GATE.search(text)
    if dated and _DATED_GATE.search(text, dated.end()):
        found = dated_run(lines, field_of)
        if found:
            return found
    keys = 0
    for m in _KEY_GATE.finditer(text) if _KEY_HINT.search(text) else ():
        keys += field_of(m[1]) == "doc_number"
        if keys >= 2:
            return number_run(lines, field_of)
    return []
