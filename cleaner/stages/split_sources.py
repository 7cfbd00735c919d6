"""A piece's source dateline: a feed's or a paper's name and the piece's date alone on a row.

A reader app's digest or a paper's news roundup prints, with each piece, where it came
from and when: ``某某观察 · 2021-03-09 19:42`` under the title, or ``［某某发布］2021/3/9
19:42`` over it.  Two readings rest on that row:

* **the source** (:func:`source_dateline`): the name is the piece's ``origin``, the date
  its ``published``.  A name is a source only when it is no person (two or three Han
  letters: a byline's author, no key here), no organisation (the row's ``issuer``, as
  the row readers of :mod:`split_cells` read it), no label, and no category or issue
  mark (``【本地新闻】``, ``第十二期``: ``cleaner/rules/source_rows.toml``).
* **the headline** (:func:`headlines_kept`): a bare title over or under its source's
  dateline is the story's headline, a line of the page as any other, kept as the
  piece's text (:data:`split_clock.HEADER_IS_TEXT`); a numbered or framed header
  (``【第2条】标题``) is not bare and goes as before.
* **the order** (:func:`dateline_run`): where every piece opens with its dateline and the
  title stands right BELOW it, the datelines say where the pieces start.  The rows over
  the titles are then read by :func:`split_above.rows_above` (each row its piece's).
  Bare titles over rows are :func:`split_keyed.titled_run`'s; this run is tried after it
  and needs a dateline with a source's name, the same row form on every piece, a
  title-shaped line (short, no sentence mark, no row) under each, prose under each title
  and no prose above the first row.  A timeline's dates over event names carry no source:
  no run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_byline_rows import byline_first
from cleaner.stages.split_cell_marks import _is_org
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_dates import YMD_DAY, normalise_date
from cleaner.stages.split_page import nonempty, stripped
from cleaner.stages.split_piece_gates import _bodies_ok, _prose_above, first_header_limit, unasked

__all__ = ["dateline_run", "headlines_kept", "source_dateline", "source_name"]

_DATE = rf"(?P<date>{YMD_DAY})"
_CLOCK = r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
_PAIRS = {"［": "］", "[": "]", "【": "】", "〔": "〕", "〖": "〗"}
# '［某某发布］2021/3/9 19:42': the name in one pair of brackets, the date right after it
_BRACKETED = re.compile(
    r"^(?P<open>[［\[【〔〖])[ \t\u3000]*(?P<name>[^\s\d\]］】〕〗]{2,16}?)[ \t\u3000]*"
    rf"(?P<close>[\]］】〕〗])[ \t\u3000]*{_DATE}{_CLOCK}$"
)
# '某某观察 · 2021-03-09 19:42', '某某晚报 | 2021-03-09': a mark between name and date (a
# word and a date apart by a space alone may be a diary's line: '出发 2024-08-01')
_PARTED = re.compile(
    r"^(?P<name>[^\s\d\[\]［］【】〔〕〖〗|｜·•/／]{2,16}?)"
    r"[ \t\u3000]*[·•|｜/／—–-][ \t\u3000]*"
    rf"{_DATE}{_CLOCK}$"
)
_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]+$")
_HAN_ORG = re.compile(r"^[\u4e00-\u9fff（）()·]+$")

Fields = Callable[[str], str | None]


@cache
def _tables() -> tuple[int, int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``source_rows.toml``: the name's lengths, category endings, mark openers/endings."""
    t = load_table("source_rows")
    return (
        t["source_name"]["min_chars"],
        t["source_name"]["max_chars"],
        tuple(t["category"]["endings"]),
        tuple(t["category"]["mark_openers"]),
        tuple(t["category"]["mark_endings"]),
    )


def source_name(name: str, field_of: Fields | None = None) -> bool:
    """``name`` reads as a source's name (see the module docstring).

    >>> source_name("某某观察"), source_name("某某交通广播"), source_name("张三")
    (True, True, False)
    >>> source_name("本地新闻"), source_name("第十二期"), source_name("某某县气象局")
    (False, False, False)
    """
    low, high, categories, openers, marks = _tables()
    if not low <= len(name) <= high or not _HAN_NAME.match(name):
        return False
    if name.endswith(categories) or name.startswith(openers) or name.endswith(marks):
        return False
    if _is_org(name):
        return False  # an organisation beside a date is the issuer (split_cells)
    return field_of is None or field_of(name) is None


def source_dateline(line: str, field_of: Fields | None = None) -> dict[str, str] | None:
    """``{'published', 'origin'}`` of a source's dateline, or None; an organisation's name
    in its place is the row's ``issuer`` (as :func:`split_cells.cell_row` reads it).

    >>> source_dateline("某某观察 · 2021-03-09 19:42")
    {'published': '2021-03-09', 'origin': '某某观察'}
    >>> source_dateline("［某某发布］2021/3/9 19:42")
    {'published': '2021-03-09', 'origin': '某某发布'}
    >>> source_dateline("［某某县气象局］2021/3/9 19:42")
    {'published': '2021-03-09', 'issuer': '某某县气象局'}

    A person's name, a category tag, a sentence or a row with more cells: None.

    >>> source_dateline("张三 · 2021-03-09"), source_dateline("【本地新闻】2021/3/9")
    (None, None)
    >>> source_dateline("我们一起出发 2021-03-09")
    >>> source_dateline("某某观察 · 2021-03-09 · 阅读 3")
    """
    s = line.strip()
    if len(s) > 40 or not s:
        return None
    m = _BRACKETED.match(s)
    if m is not None and _PAIRS.get(m["open"]) != m["close"]:
        m = None
    m = m or _PARTED.match(s)
    if m is None:
        return None
    name = m["name"].strip()
    day = normalise_date(m["date"])
    if day is None:
        return None
    if _is_org(name) and _HAN_ORG.match(name) and (field_of is None or field_of(name) is None):
        return {"published": day, "issuer": name}  # an organisation's dated row: its issuer
    if not source_name(name, field_of):
        return None
    return {"published": day, "origin": name}


def _bracketed(line: str) -> bool:
    return line.strip()[:1] in _PAIRS


def dateline_run(
    lines: list[str],
    below_title: Callable[[str], bool],
    field_of: Fields | None = None,
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(title line, rule, title, {})`` of bare titles each right under a source's
    dateline (see the module docstring), or [].  The title line stays the piece's text
    (:data:`split_clock.HEADER_IS_TEXT`: a bare headline is a line of the page as any
    other); the rows over the titles are the split stage's (:func:`split_above.rows_above`).

    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["某某速读　第3期", "", "［某某观察］2021/3/9 19:42", "甲县新桥通车", body, "",
    ...         "［某某晚报］2021/3/8 08:10", "乙县新馆开放", body]
    >>> row = lambda s: source_dateline(s) is not None
    >>> [(i, t) for i, _, t, _ in dateline_run(page, row)]
    [(3, '甲县新桥通车'), (7, '乙县新馆开放')]

    A title over its dateline (the row below it), one piece, or prose above: no run.

    >>> dateline_run(["甲县新桥通车", "［某某观察］2021/3/9", body, "乙县新馆开放",
    ...               "［某某晚报］2021/3/8", body], row)
    []
    >>> dateline_run([body, *page], row), dateline_run(page[:5], row)
    ([], [])
    """
    filled, strip = nonempty(lines), stripped(lines)
    limit = first_header_limit(lines)
    found: list[tuple[int, str]] = []
    forms: set[bool] = set()
    for k, i in enumerate(filled[:-2]):
        if i >= limit and not found:
            return []  # prose above: a piece whose dateline was lost, keep whole
        if source_dateline(strip[i], field_of) is None:
            continue
        t = filled[k + 1]
        title = strip[t]
        if not 2 <= len(title) <= 40 or _SENTENCE.search(unasked(title)):
            continue
        if below_title(title) or source_dateline(title, field_of) is not None:
            continue  # a row under a row: no title here
        found.append((t, title))
        forms.add(_bracketed(strip[i]))
    if len(found) < 2 or len(forms) != 1:
        return []
    if len({t for _, t in found}) < len(found):
        return []  # one title twice: a table's rows, not pieces
    if not _bodies_ok(lines, [i for i, _ in found], 1):
        return []
    first_row = max(j for j in filled if j < found[0][0])
    if _prose_above(lines, first_row):
        return []
    return [(i, HEADER_IS_TEXT, t, {}) for i, t in found]


Keyed = list[tuple[int, str, str, dict[str, str]]]


_ROW_DATE = re.compile(r"(?:19|20)\d{2}\s*[-./／年]\s*\d{1,2}\s*[-./／月]\s*\d{1,2}")
# a document or case number: the year in brackets, a code, the serial and 号
# ('（2021）某0101执12号', '〔2021〕7号'), or an issuer's short name before the bracket
_ROW_NUMBER = re.compile(r"[（(〔［\[]\s*(?:19|20)\d{2}\s*[）)〕］\]][^\s，。；]{0,16}?\d{1,6}号")
_ROW_PROSE = re.compile(r"[。！？；，]")


def numbered_row(line: str) -> bool:
    """``line`` is a notice's registry row: its date and its document or case number and
    little else (``2021.03.09 ┃ （2021）某0101执12号``), no sentence.

    >>> numbered_row("2021.03.09 ┃ （2021）某0101执12号"), numbered_row("2021-03-09")
    (True, False)
    >>> numbered_row("本院于2021年3月9日受理（2021）某0101执12号一案。")
    False
    """
    s = line.strip()
    if len(s) > 60 or _ROW_PROSE.search(s):
        return False
    return _ROW_DATE.search(s) is not None and _ROW_NUMBER.search(s) is not None


# a header line's mark before its title: a bracketed tag or serial ('【第2条】', '〔稿三〕'),
# a numbering ('之一、', '3.', 'Q1.', '第2则'): no bare headline, the header goes as before
_MARKED_HEAD = re.compile(
    r"^(?:[【［\[〔〖（(<＜]|之?[一二三四五六七八九十百\d]{1,4}[、.．)）]"
    r"|[A-Za-z]{1,2}\d{1,3}[.、．:：\s]|第[一二三四五六七八九十百\d]{1,4}[条篇则期号])"
)


def headlines_kept(
    lines: list[str],
    keyed: Keyed,
    field_of: Fields | None = None,
    *,
    plain: bool = False,
    headings: frozenset[str] = frozenset(),
) -> Keyed:
    """``keyed`` (bare titles over rows: :func:`split_keyed.titled_run`) with each title
    line kept as its piece's text when every header line is its bare title and every row
    under it a source's dateline (see the module docstring) or a notice's registry row
    (:func:`numbered_row`: a round-up of notices lists each under its own title), or, on
    a ``plain`` text page (no markup sets the title apart), a row opening with who wrote
    the piece (:func:`split_byline_rows.byline_first`: the headline over its byline is a
    line of the page as any other), or when every title line is one of the page's own
    markup ``headings`` (not its h1): each piece's heading is its first line, as a single
    document's heading is, whatever rows sit over or under it; else ``keyed`` unchanged.

    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> page = ["甲县新桥通车", "某某观察 · 2021-03-09", body]
    >>> page += ["乙县新馆开放", "某某晚报 · 2021-03-08", body]
    >>> keyed = [(0, "keyed:titled", "甲县新桥通车", {}), (3, "keyed:titled", "乙县新馆开放", {})]
    >>> [rule for _, rule, _, _ in headlines_kept(page, keyed)]
    ['keyed:counted', 'keyed:counted']
    >>> dated = [*page[:1], "发布日期：2021-03-09", *page[2:4], "发布日期：2021-03-08", body]
    >>> [rule for _, rule, _, _ in headlines_kept(dated, keyed)]
    ['keyed:titled', 'keyed:titled']
    >>> [rule for _, rule, _, _ in headlines_kept(dated, keyed, plain=True)]
    ['keyed:titled', 'keyed:titled']
    >>> bylined = [*page[:1], "作者：林某　2021-03-09", *page[2:4], "作者：周某　2021-03-08", body]
    >>> f = lambda k: "author" if k == "作者" else None
    >>> [rule for _, rule, _, _ in headlines_kept(bylined, keyed, f, plain=True)]
    ['keyed:counted', 'keyed:counted']
    >>> tagged = [(i, r, f"【第{k}条】{t}", m) for k, (i, r, t, m) in enumerate(keyed, 1)]
    >>> page2 = [*bylined]; page2[0], page2[3] = tagged[0][2], tagged[1][2]
    >>> [rule for _, rule, _, _ in headlines_kept(page2, tagged, f, plain=True)]
    ['keyed:titled', 'keyed:titled']
    >>> heads = frozenset({"甲县新桥通车", "乙县新馆开放"})
    >>> [rule for _, rule, _, _ in headlines_kept(dated, keyed, headings=heads)]
    ['keyed:counted', 'keyed:counted']
    >>> [rule for _, rule, _, _ in headlines_kept(dated, keyed, headings=heads - {"甲县新桥通车"})]
    ['keyed:titled', 'keyed:titled']
    """
    if len(keyed) < 2:
        return keyed
    filled, strip = nonempty(lines), stripped(lines)
    if all(strip[i] == title and title in headings for i, _, title, _ in keyed):
        return [(i, HEADER_IS_TEXT, title, meta) for i, _, title, meta in keyed]
    for i, _, title, _ in keyed:
        if strip[i] != title:
            return keyed
        below = next((j for j in filled if j > i), None)
        if below is None:
            return keyed
        if (
            plain
            and not _MARKED_HEAD.match(title)
            and field_of
            and byline_first(strip[below], field_of)
        ):
            continue  # a bare title over its byline row: the headline, a line of the text
        if source_dateline(strip[below], field_of) is None and not numbered_row(strip[below]):
            return keyed
    return [(i, HEADER_IS_TEXT, title, meta) for i, _, title, meta in keyed]
