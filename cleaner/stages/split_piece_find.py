"""The generic piece finder (issue 12, item 3): a compilation's pieces found from the
page's own structure, tried after every reader of a known header form and after the
shape fallback (:mod:`split_shape_run`) left the page whole.

A piece of a compilation is announced by a ROW of one shape printed over (or under)
each piece's title: a number line (``—— 某字第0168号 ——``), a counter (``议题 ② ／ 共 3
项``), a row of labelled cells (``〈二〉甲：某　｜　乙：某``).  The row's words are the
site's; its SHAPE is not (:func:`row_key`: digit runs, circled numbers and Han runs
abstracted, symbols kept, white space dropped); a strip of cells (``№01 ┃ 某项 ┃ 某组
┃ 某日 ┃ 某地``, ``【某类】　量 N 吨　·　价 X 元``, ``D3 ‖ 某日 ‖ 某值 837.4万``: any lone
mark spaced between its cells parts them) whose cells differ in shape from strip to
strip (a figure of another width, a venue of more words) is one shape by its cell
skeleton (:func:`cell_key`: its first cell's shape, its bars and its number of cells;
a strip led by its mark, ``◈ 某类 ◈ …``, may open with a bare word).  A strip's one
full date no reader read dates its piece.  A shape that comes back ``k >= 2`` times opens the
pieces when every occurrence

* has a title-shaped line next to it (:func:`_titled`: the shape fallback's title test,
  or a headline of two clauses, its figures few or one long number: an issue's
  ``某某第2018046期公告``), on the same side each time (under the row, or over
  it), then prose at once or under one row (a byline, a proposer's row);
* is followed by substantial body before the next occurrence: several lines of prose,
  several sentences, or in sentences run on by commas as many Han letters (a list of
  items in one article, a table's rows, a Q&A pair, a roster or a stanza has a line or
  two under each row, never paragraphs);
* differs from the others (values change: a scene break printed again is no row) in
  more than a counter (``第一·某某``, ``第二·某某`` number an article's own parts) unless
  it states the total (``② ／ 共 3 项`` over three pieces), under titles that differ too;

and the occurrences are spread at a regular spacing (no piece three times as long as
another), no more than one line of prose stands over the first one (an article's own
opening over its sections keeps the page whole), and the run is confirmed: three rows
or more, or a running number in the rows (1, 2, 3 …; ①②③; 〈一〉〈二〉), or a row of
one shape closing every piece (:func:`closing_shape`: a date line, a credit row), or
pieces built alike (:func:`_one_build`: a row of another shape once in every piece, a
reply's byline, a posting row, a table's header; :func:`_one_form`: three labels).  With
a running number one title may be missing (the site dropped it): the piece still starts
at its row.

The page is cut at each row; the row goes as the piece's header (its fields read as the
piece's metadata), the title line stays the piece's first line of text.

When no row opens the pieces, a row of one shape CLOSING each (a date line under a
sign-off: :func:`_judge_closing`) cuts the page after each occurrence, when the next
piece's title follows it at once (past a rule line), the first piece's title stands
over the first, no prose follows the last (else the rows open pieces), and the run is
confirmed (three rows, a count, or titles of one kind: a shared first or last word).

A page the generic layer's numbered lines, its header blocks or the page's headings
split is re-judged by the finder (:func:`refines`): its split stands instead when it
holds more pieces, each under a row of one shape, and every cut of the reader's is one
of its own (a strip of another wording the blocks missed, a heading whose row the
boilerplate stage took: it adds cuts, it moves none).  On an HTML page a heading the
markup declares (``<h2>``–``<h6>``) is a title whatever its shape (a question).

Beside the finder, :func:`rows_over_headers` reads the same rows over the headers
another reader found (a page's HTML headings): rows counting the pieces from one over
all headers but the first few tell that those first headers are the page's own heading
(its lines the page's head), not pieces.  Every verdict
is returned with its evidence (:class:`~split_shape_lines.ShapeRun`) for the stage to
record (rule ``split.piece_find``); a candidate failing one test only is ``unsure`` and
the page stays whole.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cleaner.stages.cell_gaps import TABLE_CELLS
from cleaner.stages.dated_rows_titles import titles_apart
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE
from cleaner.stages.split_dates import HAN_YMD, YMD_DAY, normalise_date
from cleaner.stages.split_page import LineCount, filled_between, filled_within
from cleaner.stages.split_shape_lines import (
    SIGNED,
    Reader,
    ShapeMemo,
    ShapeRun,
)

__all__ = [
    "PieceRun",
    "cell_key",
    "closing_shape",
    "one_document",
    "opens_piece",
    "page_refs",
    "piece_find",
    "refines",
    "row_key",
    "running",
]


@dataclass
class PieceRun(ShapeRun):
    """:class:`ShapeRun` plus the rows that stand UNDER their titles (the title over
    the row: the piece starts at its title, the row is its metadata), with their fields."""

    rows_under: list[tuple[int, dict[str, str]]] = field(default_factory=list)


#: a row is at most this long (a number line, a counter, a row of a few cells)
ROW_MAX = 60
#: a strip of cells (:func:`cell_key`: three cells or more parted by bars or wide gaps)
#: may be longer: each of its five or six cells holds a label and a value
#: (``▍某日 08:00 ┃ 某站 ┃ 水位 24.07 m ┃ 日变幅 -0.49 m ┃ 警戒 24.00 m``)
STRIP_MAX = 90
#: the prose lines and sentences each piece's body must hold at least
BODY_PROSE_LINES = 2
BODY_SENTENCES = 3
#: or, in fewer sentences, this many Han letters (three sentences' worth)
BODY_HAN = 80
_HAN_LETTER = re.compile(r"[\u3400-\u9fff]")
#: no piece may be this many times as long (in lines) as another
SPREAD_MAX = 3.0

_CIRCLED = {
    **{chr(0x2460 + i): i + 1 for i in range(20)},  # ①..⑳
    **{chr(0x2776 + i): i + 1 for i in range(10)},  # ❶..❿
    **{chr(0x2780 + i): i + 1 for i in range(10)},  # ➀..➉
    **{chr(0x2474 + i): i + 1 for i in range(20)},  # ⑴..⒇
}
_CIRCLED_RE = re.compile("[" + "".join(_CIRCLED) + "]")
_HAN_NUM = "零〇一二两三四五六七八九十"
_TOKEN = re.compile(SIGNED + r"|([\u3400-\u9fff]+)|([A-Za-z]+)|\s+|(.)\4*")
#: a counter: a digit run, a circled number, or a Han numeral alone in brackets or
#: after 第 (``〈二〉``, ``（三）``, ``第四``)
_COUNTER = re.compile(
    r"(\d{1,3})(?!\d)|([" + "".join(_CIRCLED) + r"])"
    r"|(?:(?<=第)|(?<=[〈（(【［\[<《〔]))(["
    + _HAN_NUM
    + r"]{1,3})(?=[〉）)】］\]>》〕]|$|[^"
    + _HAN_NUM
    + r"])"
)


def row_key(s: str) -> str:
    """A row's shape with its variable parts abstracted: each digit run or circled
    number ``N``, each Han run ``W``, each Latin run ``L``, a run of one symbol that
    symbol once, white space dropped.

    >>> row_key("—— 某字第0168号 ——")
    '—WNW—'
    >>> row_key("议题 ② ／ 共 3 项") == row_key("议题 ③ ／ 共 3 项")
    True
    """
    out = []
    for digits, han, latin, symbol in _TOKEN.findall(_CIRCLED_RE.sub("0", s.strip())):
        if digits:
            out.append("N")
        elif han:
            out.append("W")
        elif latin:
            out.append("L")
        elif symbol:
            out.append(symbol)
    return "".join(out)


#: a strip holds at least this many cells (two cells are a label and its value)
STRIP_CELLS = 3
#: a cell that is a lone mark between wide gaps (``　·　``): a separator, no cell
_MARK_CELL = re.compile(r"^[^\w\s]$")


def cell_key(s: str) -> str | None:
    """A strip's cell skeleton: the :func:`row_key` of its first cell (a counter, a
    bracketed label, a code: what the strip is keyed by), the bars or marks parting its
    cells and how many cells it holds, so strips whose cells' texts differ in shape
    (``男子100米`` in one, ``女子组`` in the next) are one shape.  Cells are cut as a
    table's are (:data:`~cleaner.stages.cell_gaps.TABLE_CELLS`: a tab, a wide gap, a bar
    or a box-drawing rule); a lone mark between gaps (``　·　``) parts cells too.  None for
    a line of fewer than :data:`STRIP_CELLS` cells, and for one whose first cell is bare
    words (a table's row, a head line of names: no key of its own).

    >>> cell_key("№01 ┃ 田径 ┃ 男子100米 ┃ 4月16日 总决赛 ┃ 县体育场")
    '№N┃×5'
    >>> cell_key("№02 ┃ 乒乓球 ┃ 女子组 ┃ 10月8日 决赛 ┃ 县全民健身中心")
    '№N┃×5'
    >>> cell_key("【水产】　上市量 38 吨　·　均价 9.03 元/公斤　·　环比 ↑3.0%")
    '【W】·×4'
    >>> cell_key("作者：某某　日期：2021-03-05") is None
    True
    >>> cell_key("白菜　　本地　　1.20　　0.90") is None
    True
    """
    s = s.strip()
    bars = {m.group().strip() for m in TABLE_CELLS.finditer(s)}
    cells = []
    for c in TABLE_CELLS.split(s):
        c = c.strip()
        if _MARK_CELL.match(c):
            bars.add(c)
        elif c:
            cells.append(c)
    lead = ""
    if len(cells) < STRIP_CELLS and (spaced := _spaced_cells(s)) is not None:
        lead, mark, cells = spaced
        bars = {mark}
    first = row_key(cells[0]) if len(cells) >= STRIP_CELLS else ""
    if lead and first:
        first = lead + ("W" if first.replace("W", "") == "" else first)
    if first.replace("W", "") == "":
        return None  # a first cell of bare words keys nothing (a table's row, a name)
    return first + "".join(sorted(bars)) + f"×{len(cells)}"


#: a lone mark with white space on both sides, or leading the line before a space
#: (``D3 ‖ 某日 ‖ 某值``, ``◈ 某类 ◈ 某日 ◈ 某地``): whatever the mark, the strip's bar
#: when it parts three cells or more; no sentence mark, bracket or quote (a spaced
#: ``：`` or ``（`` is a sloppy line's punctuation, no bar)
_NO_BAR = "，。、；：:,;！？!?（）()《》〈〉「」『』“”‘’\"'"
_SPACED_MARK = re.compile(rf"(?:^|\s+)([^\w\s{_NO_BAR}])(?:\s+|$)")


def _spaced_cells(s: str) -> tuple[str, str, list[str]] | None:
    """A strip parted by a spaced lone mark (:data:`_SPACED_MARK`, the mark most often
    spaced in the line): the mark when it also leads the line (a bullet over the strip:
    its first cell may be bare words, ``◈ 某类 ◈ …``; else ``""``), the mark, the cells.
    None for fewer than :data:`STRIP_CELLS` cells.

    >>> _spaced_cells("D3 ‖ 2017.10.11 WED ‖ 大盘 1.59亿 ‖ 院线 837.4万")
    ('', '‖', ['D3', '2017.10.11 WED', '大盘 1.59亿', '院线 837.4万'])
    >>> _spaced_cells("◈ 某类 ◈ 08/14（三）14:30 ◈ 某地")[0]
    '◈'
    >>> _spaced_cells("2016 - 2017 年度") is None
    True
    """
    marks = [m.group(1) for m in _SPACED_MARK.finditer(s)]
    if not marks:
        return None
    mark = max(dict.fromkeys(marks), key=marks.count)
    bar = re.compile(rf"(?:^|\s+){re.escape(mark)}(?:\s+|$)")
    cells = [c.strip() for c in bar.split(s) if c.strip()]
    if len(cells) < STRIP_CELLS:
        return None
    return (mark if bar.match(s) else ""), mark, cells


def _counter(s: str) -> int | None:
    """The row's first counter's value (see :data:`_COUNTER`), or None."""
    m = _COUNTER.search(s)
    if m is None:
        return None
    digits, circled, han = m.groups()
    if digits:
        return int(digits)
    if circled:
        return _CIRCLED[circled]
    return _han_value(han)


def _han_value(s: str) -> int | None:
    vals = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = vals.get(tens, 0) if tens else 1
        o = vals.get(ones, 0) if ones else 0
        return 10 * t + o
    if len(s) == 1:
        return vals.get(s)
    return None


def running(rows: Sequence[str]) -> bool:
    """Do the rows carry a number running 1, 2, 3 … (from any start, one by one)?
    Two rows count from 1 only (``2, 3`` of two codes is chance)."""
    nums = [_counter(r) for r in rows]
    if any(n is None for n in nums):
        return False
    if len(nums) == 2 and nums[0] != 1:
        return False
    return all(b == a + 1 for a, b in itertools.pairwise(nums))  # type: ignore[operator]


#: a time of day or a clock reading (``14:46``, ``9:00``, ``00:12:30``)
_CLOCK = r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
#: a year (``2008``), a year and month or a date (``2008.12``, ``2008年3月``, ``2008-03-05``)
_YEARISH = r"(?:1[5-9]|20)\d{2}(?:\s*[.\-/年]\s*\d{1,2}(?:\s*[.\-/月]\s*\d{1,2}日?)?月?)?"
_WHEN = re.compile(rf"(?<!\d)(?:{_CLOCK}|{_YEARISH})(?!\d)")
#: a reference to a page of a source (``〔p.181〕``, ``（第12页）``, ``P35``, ``181页``)
_PAGE_REF = re.compile(r"(?i)(?<![a-z])pp?\.?\s*\d+|第?\s*\d+\s*页")
#: a part counter and the total (``[1/4]``, ``2 / 5``)
_PART_OF = re.compile(r"(\d{1,3})\s*[/／]\s*(\d{1,3})")


def _when(s: str) -> tuple[int, ...] | None:
    """The row's first time of day, year or date as a sortable tuple, or None."""
    m = _WHEN.search(s)
    if m is None:
        return None
    return tuple(int(n) for n in re.findall(r"\d+", m.group()))


def one_document(rows: Sequence[str]) -> str | None:
    """Why rows of one shape are ONE document's own parts, not pieces, or None:

    * ``chronology``: what the rows carry beyond a counter and words they share is a
      time of day, a clock reading, a year or a date (a range too), each row its own
      (rising down the page, a live blog's newest first, or a transcript's quotes
      grouped by topic): a timeline, a live blog, a transcript, the time slots of
      minutes, the periods of a life;
    * ``part_counter``: the rows are nothing but a count of the total (``[1/4]``), no
      word of their own: one page's sections numbered.

    >>> one_document(["◆ 2008.12", "◆ 2010.07", "◆ 2012.06"])
    'chronology'
    >>> one_document(["议题一（9:00—9:50）", "议题二（10:00—10:50）"])
    'chronology'
    >>> one_document(["[1/3]", "[2/3]", "[3/3]"])
    'part_counter'
    >>> one_document(["来稿 No.0123 ｜ 作者 某甲", "来稿 No.0124 ｜ 作者 某乙"]) is None
    True
    >>> one_document(["—— 第0412号　2021.03 ——", "—— 第1187号　2021.05 ——"]) is None
    True
    """
    if len(rows) < 2:
        return None
    whens = [_when(r) for r in rows]
    if all(w is not None for w in whens):
        # beyond the time: a counter (a digit run, a Han numeral) and words all share
        counter = re.compile(rf"(?<!\d)\d{{1,2}}(?!\d)|[{_HAN_NUM}]+")
        rest = {counter.sub("#", _WHEN.sub("@", r)) for r in rows}
        # each row its own moment: in page order, newest first, or grouped by topic
        if len(rest) == 1 and len(set(whens)) == len(whens):
            return "chronology"
    parts = [_PART_OF.fullmatch(re.sub(r"[^\d/／]", "", r)) for r in rows]
    if all(parts) and not any(re.search(r"[\u3400-\u9fffA-Za-z]", r) for r in rows):
        return "part_counter"
    return None


def page_refs(rows: Sequence[str]) -> bool:
    """Are the rows references to pages of a source (``〔p.181〕``): a reading note's
    citations close its passages, not pieces."""
    return all(_PAGE_REF.search(r) and len(_PAGE_REF.sub("", r)) <= 6 for r in rows)


#: a whole line in one pair of brackets: a note or a credit (``（某课　某某　撰稿）``)
_BRACKETED = re.compile(r"^[（(〔［\[【].*[）)〕］\]】]$")
#: a headline's most characters, when it has a clause mark
HEADLINE_MAX = 32


def _titled(s: str, tests: ShapeMemo, marked: frozenset[str] = frozenset()) -> bool:
    """Is ``s`` a piece's title: a heading the page's markup declares (``marked``: its
    ``<h2>``–``<h6>``, a question that ends a sentence too), a title-shaped line (the shape
    fallback's test), or a headline of two clauses (``甲回升，宜防乙``) that the prose
    test takes for a sentence but that ends none and holds no label.  A line in
    brackets is none."""
    if _BRACKETED.match(s):
        return False
    if s in marked or tests.title(s):
        return True
    return (
        4 <= len(s) <= HEADLINE_MAX
        and not _SENTENCE.search(s)
        and not s.endswith(("。", "，", ",", "、", "：", ":"))
        and len(re.findall(r"[，,]", s)) <= 1
        and (not re.search(r"[：:]", s) or _subtitled(s, tests))
        and bool(re.search(r"[\u3400-\u9fff]", s))
        and (sum(map(str.isdecimal, s)) * 3 < len(s) or _figure_light(s))
    )


#: a title holding a long figure (an issue's, a period's, a model's number) has at
#: least this many Han letters for each run of digits (the issue title of a draw, four
#: letters of kind and name about one number, is the shortest seen)
HAN_PER_FIGURE = 4


def _figure_light(s: str) -> bool:
    """Do words outweigh the figures of ``s``, each run of digits counted once (an
    issue number is one figure, ``某某第2018046期公告``; a date is three, a table's row
    one per cell)?

    >>> _figure_light("某某第2018046期开奖公告"), _figure_light("2021年3月9日")
    (True, False)
    >>> _figure_light("一等奖　14　6,293,484")
    False
    """
    runs = len(re.findall(r"\d+", s))
    return runs > 0 and len(_HAN_LETTER.findall(s)) >= HAN_PER_FIGURE * runs


#: a title over its subtitle (``某某新生：街区的十个现场``): two Han phrases about one
#: colon, no space in either (a field row spaces its cells)
_SUBTITLED = re.compile(r"^(?P<main>[^：:\s]{2,})[：:](?P<sub>[^：:\s]{4,})$")


def _label_column(
    strip: Sequence[str], titles: list[int | None], marked: frozenset[str] = frozenset()
) -> list[int | None]:
    """``titles`` without the lines whose words before a colon another title repeats:
    one label over every piece (``上课时间：每周二`` under each row) is a column of
    fields, no title and its subtitle (:func:`_subtitled`); a markup heading stays.

    >>> page = ["甲地风物：某某某某", "乙地风物：某某某某", "甲地风物：另外某某", "丙丁"]
    >>> _label_column(page, [0, 1, 2, 3, None])
    [None, 1, None, 3, None]
    """
    heads = [
        m["main"]
        if t is not None and strip[t] not in marked and (m := _SUBTITLED.match(strip[t]))
        else None
        for t in titles
    ]
    seen = [h for h in heads if h is not None]
    return [
        None if h is not None and seen.count(h) > 1 else t
        for t, h in zip(titles, heads, strict=True)
    ]


def _subtitled(s: str, tests: ShapeMemo) -> bool:
    """Is ``s`` a title and its subtitle about one colon, no label and its value: the
    row reader reads no field from it (``作者：某某`` is a field), the part before the
    colon is no short label (a word of one to three characters, ``备注：…``) and the part
    after it is words, not a value (a date, a number, a name's few characters).

    >>> t = ShapeMemo(lambda s: {"author": s[3:]} if s.startswith("作者：") else None)
    >>> _subtitled("老街新生：城区保存的十个现场", t), _subtitled("作者：某某某某某某", t)
    (True, False)
    >>> _subtitled("备注：请于周五前交回", t), _subtitled("开放时间：2023年1月5日起", t)
    (False, False)
    >>> _subtitled("馆藏地点　总馆：三楼东侧书架", t)
    False
    """
    m = _SUBTITLED.match(s)
    if m is None or len(m["main"]) < 4:
        return False
    sub = m["sub"]
    if len(re.findall(r"[\u3400-\u9fff]", sub)) < 4 or re.search(r"\d", sub):
        return False
    return not (tests.read is not None and tests.read(s))


#: a labelled line of body (``释义：比喻……。``): a short label, then a value that ends
#: a sentence; a record's field (``姓名：某某``) ends none
_LABELLED = re.compile(r"^([\u3400-\u9fff]{1,6})[：:]\s*(\S.*)$")
_SENTENCE_END = re.compile(r"[。！？!?]$")
LABELLED_MIN_HAN = 6


def _labelled(s: str) -> str | None:
    """The label of a labelled line of body (:data:`_LABELLED`), or None."""
    m = _LABELLED.match(s)
    if m is None or not _SENTENCE_END.search(s):
        return None
    if len(re.findall(r"[\u3400-\u9fff]", m.group(2))) < LABELLED_MIN_HAN:
        return None
    return m.group(1)


def _body(s: str, tests: ShapeMemo) -> bool:
    """A line of a piece's body: prose, or a labelled line of body (a dictionary
    entry's ``释义：……。``, a notice's ``说明：……。``)."""
    return tests.prose(s) or _labelled(s) is not None


def _prose_follows(
    strip: Sequence[str],
    after: int,
    nxt: Callable[[int, int], int | None],
    tests: ShapeMemo,
    marked: frozenset[str] = frozenset(),
) -> bool:
    """Does prose follow the line ``after`` at once, or under one row that is no title
    (a byline or a proposer's row under a heading)?"""
    j = nxt(after, 1)
    if j is None:
        return False
    if _body(strip[j], tests):
        return True
    if _titled(strip[j], tests, marked) or _SENTENCE.search(strip[j][-1:]):
        return False
    k = nxt(after, 2)
    return k is not None and _body(strip[k], tests)


def opens_piece(strip: Sequence[str], filled: Sequence[int], n: int, tests: ShapeMemo) -> bool:
    """Does the ``n``-th filled line of the page stand over a titled piece: the line
    under it a piece's title (:func:`_titled`), prose under the title at once or under
    one row?  A row closing a piece (a caption, a sign-off) has the next piece's row
    or the page's foot under it, no title.

    >>> strip = ["【甲类】　量 11 吨　·　价 6.5 元", "甲类到货增加"]
    >>> strip.append("今日甲类到货增加，价格有所回落，全天成交平稳。")
    >>> opens_piece(strip, [0, 1, 2], 0, ShapeMemo(None))
    True
    >>> opens_piece(strip, [0, 1, 2], 1, ShapeMemo(None))  # prose under it: no title
    False
    """

    def nxt(i: int, k: int = 1) -> int | None:
        m = filled.index(i) + k
        return filled[m] if 0 <= m < len(filled) else None

    t = nxt(filled[n])
    return t is not None and _titled(strip[t], tests) and _prose_follows(strip, t, nxt, tests)


def _beyond_counter(rows: Sequence[str]) -> bool:
    """Do the rows change in more than their counter (a name, a code, a cell's value),
    or state their total (``② ／ 共 3 项`` over three pieces)?  Rows that change in a
    counter alone (``第一·某某``, ``第二·某某``) number an article's own parts."""
    rest = []
    for r in rows:
        m = _COUNTER.search(r)
        rest.append(r[: m.start()] + "#" + r[m.end() :] if m else r)
    if len(set(rest)) > 1:
        return True
    total = [int(n) for n in re.findall(r"\d+", rest[0])]
    total += [v for h in re.findall("[" + _HAN_NUM + "]+", rest[0]) if (v := _han_value(h))]
    return len(rows) in total


def _substantial(body: Sequence[str]) -> bool:
    """Is a piece's body (its lines of prose) substantial: several paragraphs, with
    several sentences or, in paragraphs of long sentences (a report's, clauses run on
    by commas), as many Han letters as several sentences hold?  A list's item, a
    table's row, a Q&A pair or a stanza has a line or two under each row, never this."""
    if len(body) < BODY_PROSE_LINES:
        return False
    if sum(_sentences(p) for p in body) >= BODY_SENTENCES:
        return True
    return sum(len(_HAN_LETTER.findall(p)) for p in body) >= BODY_HAN


def _sentences(s: str) -> int:
    return len(_SENTENCE.findall(s)) + (not _SENTENCE.search(s[-1:]) and s.endswith("。"))


def closing_shape(
    strip: Sequence[str], filled: Sequence[int], starts: Sequence[int], tests: ShapeMemo
) -> list[int]:
    """The rows of one shape closing every piece (``starts``: each piece's first line):
    the last line with a letter or digit of each piece but the last, and the first line
    of that shape in the last piece.  Their texts must not all be one (a sign-off printed
    again is a mark, not a row of values).  Empty when there is none."""
    ends = [*starts[1:], len(strip)]
    closers: list[int] = []
    for a, b in zip(starts[:-1], ends[:-1], strict=True):
        inside = [i for i in filled_between(filled, a, b) if re.search(r"\w", strip[i])]
        if not inside:
            return []
        closers.append(inside[-1])
    keys = {row_key(strip[j]) for j in closers}
    if len(keys) != 1 or any(tests.prose(strip[j]) for j in closers):
        return []
    key = keys.pop()
    if not re.search(r"[N\W]", key.replace("W", "")) and "N" not in key:
        return []  # a bare Han line (a sign-off's name) has no shape of its own
    last = [i for i in filled if i > starts[-1] and row_key(strip[i]) == key]
    if not last:
        return []
    closers.append(last[0])
    if len({strip[j] for j in closers}) < 2:
        return []
    return closers


class _Bodies:
    """What the judges count in a piece of the page, for every filled line at once
    (prefix sums: :class:`split_page.LineCount`): its body lines (:func:`_body`), their
    sentences (:func:`_sentences`) and its prose lines (``tests.prose``).  Each judge
    asked them of every piece of every candidate, walking the page once per piece:
    quadratic on a long page (a novel's contents of 5,000 rows).  The tests are pure, so
    the counts are those of the walks."""

    __slots__ = ("body", "han", "prose", "sentences")

    def __init__(self, strip: Sequence[str], filled: Sequence[int], tests: ShapeMemo) -> None:
        body = [_body(strip[i], tests) for i in filled]
        self.body = LineCount(filled, body)
        self.sentences = LineCount(
            filled, [_sentences(strip[i]) if b else 0 for i, b in zip(filled, body, strict=True)]
        )
        self.prose = LineCount(filled, [tests.prose(strip[i]) for i in filled])
        self.han = LineCount(
            filled,
            [
                len(_HAN_LETTER.findall(strip[i])) if b else 0
                for i, b in zip(filled, body, strict=True)
            ],
        )

    def bodied(self, a: int, b: int) -> bool:
        """Does the piece between lines ``a`` and ``b`` (both outside) hold enough body:
        :func:`_substantial` of its body lines, from the counts?"""
        if self.body.between(a, b) < BODY_PROSE_LINES:
            return False
        if self.sentences.between(a, b) >= BODY_SENTENCES:
            return True
        return self.han.between(a, b) >= BODY_HAN


def _counts(
    bodies: _Bodies | Callable[[], _Bodies] | None,
    strip: Sequence[str],
    filled: Sequence[int],
    tests: ShapeMemo,
) -> _Bodies:
    """The page's counts a judge was given (or the function that makes them once for
    every candidate of the page), else made for this judge alone."""
    if isinstance(bodies, _Bodies):
        return bodies
    return bodies() if bodies is not None else _Bodies(strip, filled, tests)


def piece_find(
    lines: Sequence[str],
    read: Reader | None,
    tests: ShapeMemo,
    headings: frozenset[str] = frozenset(),
) -> PieceRun:
    """Rows of one shape each opening a titled piece (see the module's doc);
    ``headings``: the lines the page's markup declares headings (no ``<h1>``), titles
    whatever their shape."""
    strip = [ln.strip() for ln in lines]
    filled = [i for i, s in enumerate(strip) if s]
    if len(filled) < 8:
        return PieceRun()
    pos = {i: n for n, i in enumerate(filled)}
    groups: dict[str, list[int]] = {}
    strips: dict[str, list[int]] = {}
    for i in filled:
        s = strip[i]
        if len(s) > STRIP_MAX or not tests.row_like(s):
            continue
        cells = cell_key(s)
        if cells is None and len(s) > ROW_MAX:
            continue
        key = row_key(s)
        if key.replace("W", "") == "":  # nothing but words: a title, not a row
            continue
        groups.setdefault(key, []).append(i)
        if cells is not None:  # a strip of cells: its skeleton too
            strips.setdefault(cells, []).append(i)
    for cells, rows in strips.items():  # strips whose cells differ in shape: one run
        if rows not in groups.values():
            groups[cells] = rows
    best = PieceRun()
    best_key: tuple[float, ...] = (-1.0,)
    # counted once, when the first candidate a judge has not refused on its rows and
    # titles alone needs them (a judge walked the page once per piece; most candidates
    # are refused before: issue 15)
    bodies = functools.cache(functools.partial(_Bodies, strip, filled, tests))
    for key, rows in groups.items():
        if len(rows) < 2:
            continue
        for under in (True, False):  # the title under the row, or over it
            run = _judge(
                strip, filled, pos, key, rows, tests, read, headings, under=under, bodies=bodies
            )
            if run.verdict == "none":
                continue
            rank = (2.0 if run.verdict == "split" else 1.0, len(rows), float(under))
            if rank > best_key:
                best, best_key = run, rank
    if best.verdict == "split":
        return best
    for key, rows in groups.items():  # no row opens the pieces: a row closing each one
        if len(rows) < 2:
            continue
        run = _judge_closing(strip, filled, pos, key, rows, tests, read, headings, bodies)
        rank = (2.0 if run.verdict == "split" else 1.0, len(rows), -1.0)
        if run.verdict != "none" and rank > best_key:
            best, best_key = run, rank
    return best


def refines(run: PieceRun, starts: Sequence[int]) -> bool:
    """Does the finder's split (``run``) say more than an earlier reader's whose pieces
    start at ``starts`` (their header lines), so that the finder re-judges the page:
    more pieces than the reader found, each under a row of one shape, and every header
    of the reader's at or under the finder's first piece one of the finder's own (its
    row, its title line).  The finder then only adds cuts the reader missed (a row of
    another wording, a heading the boilerplate stage left no row under), it moves none;
    a header above its first piece (the page's own heading) goes to the page's head.

    >>> run = PieceRun([(3, 4, "甲", {}), (11, 12, "乙", {}), (18, 19, "丙", {})], "split")
    >>> refines(run, [1, 4])
    True
    >>> refines(run, [1, 4, 8])  # a cut the finder does not make: the reader's split
    False
    >>> refines(run, [1, 4, 12])  # as many pieces: nothing stronger
    False
    """
    if run.verdict != "split" or len(run.keyed) <= len(starts):
        return False
    first = run.keyed[0][0]
    own = {i for s, t, _, _ in run.keyed for i in (s, t)} | {r for r, _ in run.rows_under}
    return all(h in own for h in starts if h >= first)


def _affix(titles: Sequence[str]) -> bool:
    """Do the titles share a first or last word of two letters or more (``悼念甲``,
    ``悼念乙``: pieces of one kind)?"""
    return len(titles) >= 2 and (
        len(_common(titles)) >= 2 or len(_common([t[::-1] for t in titles])) >= 2
    )


def _common(texts: Sequence[str]) -> str:
    first, last = min(texts), max(texts)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _judge_closing(
    strip: Sequence[str],
    filled: Sequence[int],
    pos: dict[int, int],
    key: str,
    rows: list[int],
    tests: ShapeMemo,
    read: Reader | None,
    marked: frozenset[str] = frozenset(),
    bodies: _Bodies | Callable[[], _Bodies] | None = None,
) -> PieceRun:
    """Rows of one shape each CLOSING a piece (a date line, a sign-off row): each but
    the last followed at once by the next piece's title and its prose; the first
    piece's title is the first titled line over prose above the first row.  ``bodies``:
    makes the page's counts (:class:`_Bodies`), made here when not given."""

    def nxt(i: int, k: int = 1) -> int | None:
        n = pos[i] + k
        return filled[n] if 0 <= n < len(filled) else None

    def opens(t: int | None) -> bool:
        if t is None or t in rows or not _titled(strip[t], tests, marked):
            return False
        return _prose_follows(strip, t, nxt, tests, marked)

    first = next((i for i in filled if i < rows[0] and opens(i)), None)

    def worded(r: int) -> int | None:  # the next line past any rule line (``┄┄┄``)
        k = 1
        while (j := nxt(r, k)) is not None and not re.search(r"\w", strip[j]):
            k += 1
        return j

    titles = [first, *(worded(r) for r in rows[:-1])]
    if first is None or not all(opens(t) for t in titles):
        return PieceRun()
    starts = [t for t in titles if t is not None]
    ends = [r + 1 for r in rows]
    if any(not a < b for a, b in zip(starts, ends, strict=True)):
        return PieceRun()
    counts = _counts(bodies, strip, filled, tests)
    bodies_ok = [counts.bodied(a, b) for a, b in zip(starts, ends, strict=True)]
    sizes = [filled_within(filled, a, b) for a, b in zip(starts, ends, strict=True)]
    texts = [strip[r] for r in rows]
    named = [strip[t] for t in starts]
    run_num = running(texts)
    checks: dict[str, object] = {
        "bodies": all(bodies_ok),
        "spread": max(sizes) <= SPREAD_MAX * min(sizes),
        "rows_differ": len(set(texts)) >= 2,
        "titles_differ": len(set(named)) == len(named),
        "no_head_prose": counts.prose.between(-1, starts[0]) <= 1,
        # the last row closes the last piece: no prose after it (else the rows open the
        # pieces, and a row is no piece's end)
        "closed": counts.prose.between(rows[-1], len(strip)) <= 1,
        # three pieces, or two whose rows count or whose titles are of one kind
        "confirmed": len(rows) >= 3 or run_num or _affix(named),
        # page or source references close a reading note's passages, not pieces
        "not_page_refs": not page_refs(texts),
    }
    failed = [k for k, v in checks.items() if not v]
    evidence: dict[str, object] = {
        "shape": key,
        "rows": [r + 1 for r in rows],
        "title_place": "closing",
        "running": run_num,
        **checks,
    }
    if not failed:
        keyed: list[tuple[int, int, str, dict[str, str]]] = [(t, t, strip[t], {}) for t in starts]
        return PieceRun(keyed, "split", evidence)
    if len(failed) == 1 and failed[0] in ("confirmed", "no_head_prose", "spread", "not_page_refs"):
        return PieceRun([], "unsure", evidence)
    return PieceRun()


def _judge(
    strip: Sequence[str],
    filled: Sequence[int],
    pos: dict[int, int],
    key: str,
    rows: list[int],
    tests: ShapeMemo,
    read: Reader | None,
    marked: frozenset[str] = frozenset(),
    *,
    under: bool,
    bodies: _Bodies | Callable[[], _Bodies] | None = None,
) -> PieceRun:
    def nxt(i: int, k: int = 1) -> int | None:
        n = pos[i] + k
        return filled[n] if 0 <= n < len(filled) else None

    texts = [strip[r] for r in rows]
    titles: list[int | None] = []
    for r in rows:
        t = nxt(r, 1 if under else -1)
        ok = t is not None and t not in rows and _titled(strip[t], tests, marked)
        if ok and t is not None:
            ok = _prose_follows(strip, t if under else r, nxt, tests, marked)
        titles.append(t if ok else None)
    titles = _label_column(strip, titles, marked)
    if sum(t is None for t in titles) >= 2 or len(set(texts)) != len(texts):
        # two titles missing ("titled" fails, and an unsure verdict needs all titles
        # but one) or two rows alike ("rows_differ"): no verdict but none can follow,
        # so the page's counts are not asked for this candidate (issue 15)
        return PieceRun()
    starts = [r if under or t is None else t for r, t in zip(rows, titles, strict=True)]
    # a row of another shape over every title (a row under it): the piece's head row
    heads = [] if under else _head_rows(strip, filled, nxt, rows, titles, tests)
    starts = heads or starts
    if any(b <= a for a, b in itertools.pairwise(starts)):
        return PieceRun()
    ends = [*starts[1:], len(strip)]
    counts = _counts(bodies, strip, filled, tests)
    bodies_ok = [counts.bodied(a, b) for a, b in zip(starts, ends, strict=True)]
    sizes = [filled_within(filled, a, b) for a, b in itertools.pairwise(starts)]
    spread = len(sizes) < 2 or max(sizes) <= SPREAD_MAX * min(sizes)
    head_prose = counts.prose.between(-1, starts[0])
    run_num = running(texts)
    named = [strip[t] for t in titles if t is not None]
    missing = len(rows) - len(named)
    closers = closing_shape(strip, filled, starts, tests) if not missing else []
    if closers and all(_labelled_block(strip, filled, pos, j) for j in closers):
        closers = []  # the last of each record's labelled lines: its text, no closing row
    one_form = not missing and _one_form(strip, filled, starts)
    built = not missing and _one_build(strip, filled, starts, {*rows, *titles}, tests)
    bare_ok = all(
        (j := nxt(r)) is not None and tests.prose(strip[j])
        for r, t in zip(rows, titles, strict=True)
        if t is None
    )
    checks: dict[str, object] = {
        # one title the site dropped, when the rows count: its row over prose at once
        "titled": missing == 0 or (missing == 1 and run_num and bare_ok),
        "bodies": all(bodies_ok),
        "spread": spread,
        "rows_differ": len(set(texts)) == len(texts) and _beyond_counter(texts),
        # (a digest's dated issues may repeat a headline: their rows tell them apart)
        "titles_differ": titles_apart(named, texts),
        "no_head_prose": head_prose <= 1,
        "confirmed": len(rows) >= 3 or run_num or bool(closers) or one_form or built,
        # a chronology or a part counter: one document's own sections
        "one_document": one_document(texts) is None,
    }
    failed = [k for k, v in checks.items() if not v]
    evidence: dict[str, object] = {
        "shape": key,
        "rows": [r + 1 for r in rows],
        "title_place": "under" if under else "over",
        "running": run_num,
        "closers": [j + 1 for j in closers],
        "heads": [h + 1 for h in heads],
        "one_form": one_form,
        "one_build": built,
        **checks,
    }
    if not failed:
        keyed = [
            (
                s,
                t if t is not None else s,
                strip[t] if t is not None else "",
                _row_fields(strip[r], read),
            )
            for s, r, t in zip(starts, rows, titles, strict=True)
        ]
        closed = [(j, _fields(strip[j], read)) for j in closers]
        below = [] if under else [(r, _fields(strip[r], read)) for r in rows]
        keyed = [
            (s, t, title, fields or _fields(strip[s], read) if heads else fields)
            for s, t, title, fields in keyed
        ]
        return PieceRun(keyed, "split", evidence, closed, below)
    if (
        len(failed) == 1
        and failed[0] not in ("rows_differ", "bodies")
        and sum(t is not None for t in titles) >= max(2, len(rows) - 1)
    ):
        return PieceRun([], "unsure", evidence)
    return PieceRun()


#: a line's label (``释义：``, ``近义词：``): a short Han word before a colon
_LABEL = re.compile(r"^([\u3400-\u9fff]{1,6})[：:]")
#: a head row over a title holds at most this many Han letters
HEAD_ROW_HAN = 4
#: the labels every piece of one form repeats, at least
FORM_LABELS = 3


def _one_form(strip: Sequence[str], filled: Sequence[int], starts: Sequence[int]) -> bool:
    """Are the pieces records of one form: three labels or more (``释义：``, ``出处：``,
    ``用法：``) in every piece's lines, in one order, each once in each piece (an
    interview's ``问：``/``答：`` run again and again is one dialogue, not a form), and
    their values differ from piece to piece under three labels or more (one text
    printed again under each piece is no set of records)?"""
    ends = [*starts[1:], len(strip)]
    seqs: list[dict[str, str]] = []
    for a, b in zip(starts, ends, strict=True):
        labelled = [
            (m.group(1), strip[i])
            for i in filled_between(filled, a, b)
            if (m := _LABEL.match(strip[i]))
        ]
        if len({k for k, _ in labelled}) != len(labelled):
            return False
        seqs.append(dict(labelled))
    common = set(seqs[0]).intersection(*seqs[1:])
    if len(common) < FORM_LABELS:
        return False
    if len({tuple(x for x in q if x in common) for q in seqs}) != 1:
        return False
    return sum(len({q[k] for q in seqs}) == len(seqs) for k in common) >= FORM_LABELS


def _one_build(
    strip: Sequence[str],
    filled: Sequence[int],
    starts: Sequence[int],
    skip: set[int | None],
    tests: ShapeMemo,
) -> bool:
    """Are the pieces built alike: besides its opening row and its title, every piece
    holds a row of one shape (:func:`row_key`, whatever its words and numbers: a
    posting row, a reply's byline, a table's header (words in cells: by their number),
    a credit) once and only once, none of it prose?  Pieces of one build are a
    compilation's records; two sections of one document seldom repeat a row of their
    own each."""
    ends = [*starts[1:], len(strip)]
    shared: set[str] | None = None
    for a, b in zip(starts, ends, strict=True):
        counts: dict[str, int] = {}
        for i in filled_between(filled, a, b):
            s = strip[i]
            if i in skip or len(s) > ROW_MAX or tests.prose(s):
                continue
            key = row_key(s)
            if key.replace("W", "") == "":  # nothing but words: a title, no row ...
                n = sum(1 for c in TABLE_CELLS.split(s) if c.strip())
                if n < STRIP_CELLS:
                    continue
                key = f"cells×{n}"  # ... unless in cells: a table's header row
            counts[key] = counts.get(key, 0) + 1
        once = {k for k, n in counts.items() if n == 1}
        shared = once if shared is None else shared & once
        if not shared:
            return False
    return bool(shared)


def _labelled_block(
    strip: Sequence[str], filled: Sequence[int], pos: dict[int, int], j: int
) -> bool:
    """Is line ``j`` labelled (``近义词：某某``) under another labelled line: the last of
    a record's labelled lines, not a row closing the piece (a date, a credit)?"""
    n = pos[j] - 1
    return n >= 0 and bool(_LABEL.match(strip[j])) and bool(_LABEL.match(strip[filled[n]]))


def _plain_key(s: str) -> str:
    """:func:`row_key` of ``s`` with its letters' accents dropped (a pinyin reading,
    ``yǎn ěr``, is one Latin run a word, whatever its tones)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return row_key(plain)


def _head_rows(
    strip: Sequence[str],
    filled: Sequence[int],
    nxt: Callable[[int, int], int | None],
    rows: Sequence[int],
    titles: Sequence[int | None],
    tests: ShapeMemo,
) -> list[int]:
    """The lines of one shape standing over every title whose row is under it (a
    number and a reading over a dictionary's head word): each piece starts at its
    line.  No prose, all different, a number in the shape and few Han letters,
    and none of that shape after the last title (a line of it there closes the pieces:
    a date line under each piece, :func:`closing_shape`).  Empty when there is none."""
    if any(t is None for t in titles):
        return []
    heads = [nxt(t, -1) for t in titles if t is not None]
    if any(h is None or h in rows for h in heads):
        return []
    texts = [strip[h] for h in heads if h is not None]
    keys = {_plain_key(x) for x in texts}
    if len(keys) != 1 or len(set(texts)) != len(texts):
        return []
    key = keys.pop()
    # a number in it, few Han letters (a reading, a code: a kicker over a headline is
    # the piece's text, no row)
    if "N" not in key or any(
        len(x) > ROW_MAX
        or _body(x, tests)
        or _SENTENCE.search(x)
        or len(re.findall(r"[\u3400-\u9fff]", x)) > HEAD_ROW_HAN
        for x in texts
    ):
        return []
    last = titles[-1]
    if any(i > last and _plain_key(strip[i]) == key for i in filled):  # type: ignore[operator]
        return []
    return [h for h in heads if h is not None]


def _fields(s: str, read: Reader | None) -> dict[str, str]:
    got = read(s) if read is not None else None
    return dict(got) if got else {}


#: a full date in a strip's cell (``2017.10.11``, ``2017-10-11``, ``2017年10月11日``)
_STRIP_DATE = re.compile(rf"(?<!\d)(?:{YMD_DAY}|{HAN_YMD})(?!\d)")


def _row_fields(s: str, read: Reader | None) -> dict[str, str]:
    """:func:`_fields` of a piece's row; a strip of cells (:func:`cell_key`) no reader
    reads a date from, holding one full date, dates its piece (``D3 ‖ 2017.10.11 WED ‖
    …``: a day's strip), as a header block's one date does (:mod:`split_blocks`).

    >>> _row_fields("D3 ‖ 2017.10.11 WED ‖ 大盘 1.59亿 ‖ 院线 837.4万", None)
    {'published': '2017-10-11'}
    >>> _row_fields("第3期 2017.10.11", None)
    {}
    """
    fields = _fields(s, read)
    if "published" in fields or cell_key(s) is None:
        return fields
    dates = _STRIP_DATE.findall(s)
    if len(dates) == 1 and (day := normalise_date(dates[0])):
        fields["published"] = day
    return fields


def rows_over_headers(
    lines: Sequence[str], heads: Sequence[int], tests: ShapeMemo
) -> tuple[int, list[int]]:
    """The pieces' own rows over the headers another reader found (``heads``: the
    headers' lines): a row of one shape (:func:`row_key`) on the line over each header
    from the ``m``-th on (``m >= 1``), its values differing and counting from one (1, 2,
    3 …; ①②③).  Returns ``m`` and the rows: the headers before ``m`` carry no such row,
    the count says no piece comes before the first row, and they open no piece of prose
    (a page's own heading over the pieces' run: its lines are the page's head), so the
    stage drops them; the rows are the pieces' header rows, not the text of the piece
    over them.  ``(0, [])`` when there is none."""
    strip = [ln.strip() for ln in lines]
    filled = [i for i, s in enumerate(strip) if s]
    pos = {i: n for n, i in enumerate(filled)}
    over: list[int | None] = []
    for h in heads:
        n = pos.get(h, 0) - 1
        j = filled[n] if n >= 0 and h in pos else None
        ok = j is not None and len(strip[j]) <= ROW_MAX and tests.row_like(strip[j])
        over.append(j if ok else None)
    keyed = [row_key(strip[j]) if j is not None else None for j in over]
    if keyed[-1] is None:
        return 0, []
    m = len(heads)
    while m > 0 and keyed[m - 1] == keyed[-1]:
        m -= 1
    rows = [j for j in over[m:] if j is not None]
    texts = [strip[j] for j in rows]
    if len(rows) < 2 or len(set(texts)) != len(texts) or keyed[-1].replace("W", "") == "":
        return 0, []
    # the rows count the pieces from one: the headers before the first are none of
    # them (rows counting from 2 leave the header before them its piece: no cut)
    if m == 0 or not running(texts) or _counter(texts[0]) != 1:
        return 0, []
    # a row of the shape after the last header, its count running on, closes the last
    # piece: the rows are captions under each piece, not rows over the next one
    tail = [strip[i] for i in filled if i > heads[-1] and row_key(strip[i]) == keyed[-1]]
    if tail and running([*texts, tail[0]]):
        return 0, []
    # a header dropped must open no piece of prose: at most one line of it before the
    # first row (more would be a piece of its own, never a page's head)
    if m and sum(1 for i in filled if i < rows[0] and tests.prose(strip[i])) > 1:
        return 0, []
    return m, rows
