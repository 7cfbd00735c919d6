"""The shape-run fallback's line tests (:mod:`split_shape_run`, issue 12, item 3): each
line's SHAPE (:func:`shape`, :func:`coarse_of`), the prose, title and row tests, the page's
memo of them (:class:`_Tests`, ``ShapeMemo``), the fallback's answer (:class:`ShapeRun`)
and the count a page states of its pieces (:func:`_stated`), shared by the opening-row
mode (:mod:`split_shape_run`), the closing-row mode (:mod:`split_shape_closing`) and the
contents mode (:mod:`split_shape_listed`).  Standard library only (a replay benchmark
grafts it onto an older tree: ``benchmarks/shape_run_replay.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from cleaner.stages.cell_gaps import NAME_GAP
from cleaner.stages.charcount import han_count
from cleaner.stages.split_header_shapes import vocab

__all__ = ["ShapeMemo", "ShapeRun", "coarse_of", "shape", "stated_count"]

Reader = Callable[[str], dict[str, str] | None]
_T = TypeVar("_T")

#: occurrences that declare a compilation (two only flag the page)
MIN_REPEATS = 3
#: a header row is at most this long
ROW_MAX_CHARS = 90
#: a title line is at most this long (Han-ish; Latin titles get twice as much)
TITLE_MAX_CHARS = 50
#: a prose line holds at least this many characters (Han) or twice as many (Latin)
PROSE_MIN_CHARS = 18
#: the title must stand within this many non-empty lines under the row
TITLE_WITHIN = 3

#: a number, with the sign glued before it where one stands at the start of a value (at
#: the line's start, after white space, a bracket or a colon: ``日变幅 -0.49``, ``+0.43``,
#: ``（−3）``): one number token, so rows whose values rise in one and fall in another
#: keep one shape; a dash between digits (``07-11``, ``2020-01-02``) or after a letter
#: (``A-1``) stays a symbol
SIGNED = r"((?<![^\s(（\[【:：])[+\-−±](?=\d)\d+|\d+)"
#: a line's tokens, each caught by its kind's group (digits, a Han run, a Latin run, one
#: symbol repeated; a white space run catches none), so :func:`shape` reads every token
#: from one ``findall`` (issue 15: no match object, no string test per token)
_TOKEN = re.compile(
    SIGNED + r"|([\u3400-\u9fff]+)|([A-Za-z]+(?:[ '\-][A-Za-z]+)*)|\s+|(.)\4*",
)
_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_SENTENCE_END = re.compile(r"[。！!；;]$|[a-z]{2}\.$")
_CLAUSE = re.compile(r"[，。！？；,;]|[a-z]\.(?:\s|$)")
# an article's own enumerated heading ('一、', '（二）', '第三章', '4.', '5.1')
_ENUM = re.compile(
    r"^(?:第[一二三四五六七八九十百\d]+[章节条篇部分]|[（(][一二三四五六七八九十\d]+[)）]"
    r"|[一二三四五六七八九十]+[、.．]|\d+(?:\.\d+)*[、.．)）](?!\d)|\d+(?:\.\d+)+\s"
    r"|\d{1,2}\s+(?=[^\d\s])|[甲乙丙丁戊己庚辛壬癸]\s*[·、.．]|[A-Za-z]\s*[.)）]\s)\s*"
)
_CELL_SEP = re.compile(r"[\s·•｜|/／、,，;；]+")
_LABEL_ROW = re.compile(r"^\S{1,8}[：:]")
_SYMBOL_OK = re.compile(r"[^\w\s，。、；：？！,.;:?!\"'“”‘’（）()《》]")


def _bucket(n: int) -> str:
    return "1" if n == 1 else "2" if n <= 4 else "3" if n <= 12 else "4"


def shape(line: str, *, coarse: bool = False) -> str:
    """A line's shape: digits ``N``, Han runs ``H`` + length bucket, Latin word runs
    ``L`` (when ``coarse``: both one word ``W``), a run of one symbol that symbol once.

    >>> shape("＃0147　某某 提问于 2020-01-02 ｜ 回复 3")
    '＃NH2H2N-N-N｜H2N'
    >>> shape("07 ········ 栏目　COLUMN")
    'N·H2L'
    """
    out = []
    for digits, han, latin, symbol in _TOKEN.findall(line.strip()):
        if digits:
            out.append("N")
        elif han:
            out.append("W" if coarse else _HAN_RUN[min(len(han), HAN_RUN_LONG)])
        elif latin:
            out.append("W" if coarse else "L")
        elif symbol:  # else a run of white space: no token
            out.append(symbol)
    return "".join(out)


#: a Han run's fine shape by its length (any run this long or longer reads as this one)
HAN_RUN_LONG = 13
_HAN_RUN = ["", *("H" + _bucket(n) for n in range(1, HAN_RUN_LONG + 1))]


def _prose_line(s: str) -> bool:
    han = han_count(s)  # len(_HAN.findall(s)), counted at C speed
    if han >= PROSE_MIN_CHARS or (not han and len(s) >= 2 * PROSE_MIN_CHARS):
        return bool(_CLAUSE.search(s))
    return False


def _title_line(s: str, read: Reader | None, prose: Callable[[str], bool] = _prose_line) -> bool:
    limit = TITLE_MAX_CHARS if _HAN.search(s) else 2 * TITLE_MAX_CHARS
    if not 4 <= len(s) <= limit or _SENTENCE_END.search(s) or prose(s):
        return False
    if s.endswith(("：", ":", "，", ",", "、")) or _LABEL_ROW.match(s) or _ENUM.match(s):
        return False
    if read is not None and read(s):
        return False
    if sum(map(str.isdecimal, s)) * 3 >= len(s):
        return False  # a row of numbers (a date, a serial)
    return bool(_HAN.search(s)) or len(_LATIN.findall(s)) >= 2


#: a row's name cell parted from its labelled fields by a wide gap or a bar
#: (:data:`cell_gaps.NAME_GAP`: ``某名　　号：X``, ``某名　｜　号：X``, ``某名 | 号：X``)
_HEAD_GAP = NAME_GAP
#: a name cell is at most this long
HEAD_MAX_CHARS = 30


def row_head(s: str, read: Reader | None) -> str | None:
    """The name a header row opens with, when the row is the piece's title row itself
    (``某名A1　　登记号：X-0001``): a short cell of letters (a name may hold digits), no
    label, no enumerator, no sentence, then after a wide gap labelled fields the metadata
    reader reads.  None for any other row (a row of fields only, a heading, a sentence).

    >>> read = lambda s: {"doc_number": s.split("：")[1]} if s.startswith("登记号：") else None
    >>> row_head("某名A1　　登记号：X-0001", read)
    '某名A1'
    >>> row_head("时间：上午　　登记号：X-0001", read), row_head("某名A1　　备注：无", read)
    (None, None)
    >>> row_head("一、某名　　登记号：X-0001", read), row_head("某名A1 登记号：X-0001", read)
    (None, None)
    """
    parts = head_split(s)
    if read is None or parts is None or not read(parts[1]):
        return None
    return parts[0]


def head_split(s: str) -> tuple[str, str] | None:
    """:func:`row_head`'s test without the reader (the name cell and the labelled rest,
    or None): a necessary condition of it, that the split stage's prefilter asks."""
    parts = _HEAD_GAP.split(s.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    head, rest = parts
    if not 2 <= len(head) <= HEAD_MAX_CHARS or re.search(r"[：:，,。；;！？!?]", head):
        return None
    if _ENUM.match(head) or not (_HAN.search(head) or _LATIN.search(head)):
        return None
    return (head, rest) if _LABEL_ROW.match(rest) else None


def _row_like(s: str, prose: Callable[[str], bool] = _prose_line) -> bool:
    """A line that may be a piece's header row: short, no sentence, and more than an
    article's numbered heading (a digit or a symbol past any leading enumerator), or a
    row of cells in brackets (``（记者 某某 通讯员 某某）``), or a title row (a name,
    then labelled fields after a wide gap: :func:`head_split`)."""
    if not 2 <= len(s) <= ROW_MAX_CHARS or _SENTENCE_END.search(s) or prose(s):
        return False
    rest = s[m.end() :] if (m := _ENUM.match(s)) else s
    if m and not rest:
        return False
    if re.search(r"\d", rest) or _SYMBOL_OK.search(rest):
        return True
    return bool(_CELLS_IN_BRACKETS.match(s)) or head_split(s) is not None


#: a row of two cells or more in one pair of brackets, nothing outside them
_CELLS_IN_BRACKETS = re.compile(r"^[（(][^（）()]*\S\s+\S[^（）()]*[）)]$")


#: a fine shape's Han and Latin runs (``H`` and its bucket, ``L``): each is ``W`` coarse
_FINE_RUN = re.compile(r"H[1-4]|L")


def coarse_of(fine: str) -> str:
    """The coarse shape of a line from its fine shape: the same tokens, each Han run
    (``H`` and its length bucket) and each Latin run (``L``) written ``W``.  Exact: in a
    fine shape ``H`` is always a Han run's and followed by its bucket, ``L`` always a
    Latin run's (a symbol token is never an ASCII letter nor a digit: those open a
    Latin run or a number ``N``).

    >>> line = "＃0147　某某 提问于 2020-01-02 ｜ Reply 3"
    >>> coarse_of(shape(line)) == shape(line, coarse=True)
    True
    """
    return _FINE_RUN.sub("W", fine)


class _Tests:
    """A page's line tests, each judged once per distinct line: they are pure (``read``
    is the stage's memoised row reader), and the passes and candidates of
    :func:`shape_run` (and its page prefilter, :mod:`split_prefilter`) ask them of the
    same lines again and again.  A line is tokenised once for both its shapes.  One
    memo serves one page (its row-like lines are remembered)."""

    def __init__(self, read: Reader | None, endings: tuple[str, ...] = ()) -> None:
        self.read = read
        #: the document kinds a title ends with (the split's ``title_endings``)
        self.endings = endings
        self._prose: dict[str, bool] = {}
        self._row: dict[str, bool] = {}
        self._title: dict[str, bool] = {}
        self._shapes: dict[str, tuple[str, str]] = {}
        self._rowish: list[int] | None = None
        self._memo: dict[tuple[str, str], object] = {}

    def rowish(self, strip: Sequence[str], filled: list[int]) -> list[int]:
        """The row-like lines of the page (:func:`_row_like`), found once."""
        if self._rowish is None:
            row_like = self.row_like
            self._rowish = [i for i in filled if row_like(strip[i])]
        return self._rowish

    def row_like(self, s: str) -> bool:
        """:func:`_row_like` of ``s`` (with this memo's prose test), judged once per
        line: the prefilter's :meth:`rowish` and the piece finder ask it of the same
        lines of a page (issue 15)."""
        got = self._row.get(s)
        if got is None:
            got = self._row[s] = _row_like(s, self.prose)
        return got

    def shape(self, s: str, *, coarse: bool = False) -> str:
        """:func:`shape` of ``s`` (fine, or ``coarse``)."""
        got = self._shapes.get(s)
        if got is None:
            fine = shape(s)
            got = self._shapes[s] = (fine, coarse_of(fine))
        return got[coarse]

    def prose(self, s: str) -> bool:
        got = self._prose.get(s)
        if got is None:
            got = self._prose[s] = _prose_line(s)
        return got

    def title(self, s: str) -> bool:
        got = self._title.get(s)
        if got is None:
            got = self._title[s] = _title_line(s, self.read, self.prose)
        return got

    def once(self, test: Callable[[str], _T], s: str) -> _T:
        """``test(s)`` judged once per page (a pure line test of a sibling module:
        :func:`split_shape_marks.mark_kind`, asked by the prefilter and the mark mode)."""
        key = (test.__name__, s)
        if key not in self._memo:
            self._memo[key] = test(s)
        return cast("_T", self._memo[key])


#: the page's memo of line tests, as the stage makes one to share with the prefilter
ShapeMemo = _Tests


@dataclass
class ShapeRun:
    """The fallback's answer: ``keyed`` (where the piece starts: its header row or its
    title line, the title line, the title, the row's fields) when it split, the
    verdict (``split``, ``unsure`` or ``none``) and the evidence with its score."""

    keyed: list[tuple[int, int, str, dict[str, str]]] = field(default_factory=list)
    verdict: str = "none"
    evidence: dict[str, object] = field(default_factory=dict)
    #: rows CLOSING each piece (the closing mode, :func:`closing_run`), with their fields
    closers: list[tuple[int, dict[str, str]]] = field(default_factory=list)


#: the Han measure words a head counts its pieces in (``3篇``, ``五条``, ``两家``, and
#: the words that count cases or incidents: ``4起``, ``两例``, ``三宗``, ``5件``); a
#: Latin count is a number and any plural noun (``4 stories``).  ``一起`` (together)
#: never confirms: a compilation has two pieces or more
COUNT_WORDS = "篇家条则项位份封个起例宗件"
#: a count a page's head states of its pieces: a number and a counter word
#: (``共3篇``, ``本期五条``, ``4 stories``, ``two items``)
_HAN_NUM = "一二两三四五六七八九十"
_STATED = re.compile(
    rf"(\d{{1,2}}|[{_HAN_NUM}]{{1,3}})\s*(?:[{COUNT_WORDS}]|(?:[a-z]+\s)?[a-z]{{2,}}s\b)"
)


def _number(tok: str) -> int:
    """``3`` or a Han count up to 99 (``三``, ``十二``, ``二十三``) as a number."""
    if tok.isdecimal():
        return int(tok)
    digit = {c: n for n, c in enumerate("一二三四五六七八九", 1)} | {"两": 2, "十": 10}
    vals = [digit[c] for c in tok]
    if "十" not in tok:
        return vals[0] if len(vals) == 1 else -1
    tens, _, ones = tok.partition("十")
    return (vals[0] if tens else 1) * 10 + (vals[-1] if ones else 0)


#: a count stated away from the head (a footer's ``本期共3篇``, ``5 items in all``): a
#: total's word at the count, on a short line of its own
_TOTAL = re.compile(
    rf"[共计]\s*(\d{{1,2}}|[{_HAN_NUM}]{{1,3}})\s*[篇条则项份封]"
    r"|\b(\d{1,2})\s+[a-z]{2,}s\s+(?:in all|in total)\b|\btotal:?\s+(\d{1,2})\b"
)
#: a line stating the count away from the head is at most this long
NOTE_MAX_CHARS = 24
#: a total the head states in any measure word (``共4报``, ``计3帖``): the total's word
#: and a number, then one Han letter that counts the page's own parts
_ANY_TOTAL = re.compile(rf"[共计]\s*(\d{{1,2}}|[{_HAN_NUM}]{{1,3}})\s*([\u4e00-\u9fff])")
#: measure words of a total that counts no pieces: pages and sheets (a folio's
#: ``共4页``), times and spans, money, weights and lengths, ages
NOT_PIECE_UNITS = "页頁张張次回遍天日月年周週时時分秒元角岁歲米斤克吨噸"
#: a count the head states in ANY measure word, no total's word before it, in a sentence
#: that publishes or compiles (``compile_cues`` in ``headers.toml``: ``现将拟认定的3株予以
#: 公示``, ``现将5户名单公布如下``): a number standing alone (no ordinal
#: ``第`` before it, no longer number or figure it ends), then one Han letter that is no
#: unit of time, money, size or order (:data:`NOT_PIECE_UNITS`, :data:`NOT_COUNT_WORDS`)
#: and no numeral; only the exact number of pieces confirms them
_ANY_COUNT = re.compile(
    rf"(?<![\d.．:：/\-第{_HAN_NUM}])(\d{{1,2}}|[{_HAN_NUM}]{{1,3}})\s*([\u4e00-\u9fff])"
)
#: Han letters after a number that name no count of things: ranks, floors, folds and
#: shares, numbers and clock points, grades and degrees, parts of a text, areas and
#: lengths (``3亩``, ``5公里``, ``2寸``)
NOT_COUNT_WORDS = "号號倍成度级級层層楼樓路点點届屆批期版章节節段部栋棟室座排亩畝公寸尺丈升"
#: the head's sentences, where a count and its publishing words must stand together
_HEAD_SENTENCE = re.compile(r"[。！？!?；;\n]")


def _stated(head: str, titles: Sequence[str], pieces: int, notes: Sequence[str] = ()) -> bool:
    """Does the page state its pieces: their count in its head (``共3篇``, ``4 stories``)
    or as a total on a short line of its own anywhere (``notes``: ``本期共3篇``), or
    every title in its head (a contents line, or a contents block one title a line)?"""
    if titles and all(t in head for t in titles):
        return True
    if any(_number(m.group(1)) == pieces for m in _STATED.finditer(head.lower())):
        return True
    for m in _ANY_TOTAL.finditer(head):
        if m.group(2) not in NOT_PIECE_UNITS and _number(m.group(1)) == pieces:
            return True
    cues = vocab().compile_cues
    for clause in _HEAD_SENTENCE.split(head):
        # a count in any measure word only in a sentence that publishes or compiles
        # (``现将…予以公示``, ``通报如下``): elsewhere a number counts what the text is about
        if not any(w in clause for w in cues):
            continue
        for m in _ANY_COUNT.finditer(clause):
            word = m.group(2)
            if word in NOT_PIECE_UNITS or word in NOT_COUNT_WORDS or word in _HAN_NUM + "零百千万":
                continue
            if _number(m.group(1)) == pieces:
                return True
    for note in notes:
        for m in _TOTAL.finditer(note.lower()):
            tok = next(g for g in m.groups() if g)
            if _number(tok) == pieces:
                return True
    return False


#: the public name of :func:`_stated` (split_mark_rows asks it of an unnumbered run)
stated_count = _stated


def _notes(strip: Sequence[str], filled: list[int], skip: set[int], t: _Tests) -> list[str]:
    """Short lines of the page that may state its count (none of ``skip``: the rows and
    the titles), for :func:`_stated`."""
    return [
        strip[i]
        for i in filled
        if i not in skip and len(strip[i]) <= NOTE_MAX_CHARS and not t.prose(strip[i])
    ]
