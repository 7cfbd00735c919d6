"""The split stage's last resort (issue 12, item 3): a compilation found from the page's
own repetition when no reader of a known header form split it.

Every short line gets a SHAPE (:func:`shape`): each digit run ``N``, each run of Han
``H`` with its length bucketed, each run of Latin words ``L``, runs of one symbol one
symbol, blanks dropped.  A shape that comes back ``k >= 2`` times is a candidate header
row when every occurrence opens a segment of the same structure: a title-shaped line in
its first lines, then prose (sentence-shaped lines of real length).  The occurrences must
be spread over the page (a table's or a contents list's rows stand next to each other),
their texts must differ (a scene break ``* * *`` repeats itself exactly), the row must be
more than an article's own numbered heading (``一、总体要求`` followed by ``（一）…``) and
no prose may stand above the first occurrence (there the page is one article whose
inner rows are its sections: cutting it would drop its opening as the page's head).
A title that opens with a counter (``乙 · …``, ``1.1 …``) is the numbered readers' to
judge: where they declined (the counts out of order), the fallback does not overrule them.

A row that changes in ONE value also passes when that value is a name (a desk's or a
sector's tag over each note, ``某组·专题简评``: :func:`_named`), never a counter.  A
headline of two clauses (``甲回升，乙修复``) that the prose test takes for a sentence is
the title under a row when it ends no sentence and is clearly shorter than the text's
sentences under it (:func:`_paired_headline`).  Two pieces (no count stated) pass when a
fields row of one shape stands under each title (a byline: :func:`_bylined`).

A row that changes in ONE value passes when that value is a code (a serial
``LW-0310-01``, a document number, a 3+ digit number counting up: :func:`_code`) and
the rest of the row is the same: a list of records; over three such rows one lead
sentence (a notice over the list) may stand.  So it may over pieces proven records by
their build, whatever the rows' other cells (:mod:`split_record_form`): a register's
serial in three rows or more (three digits or more, counting up one by one), or one form
of labels in every piece (three labels or more, in one order, their values changing),
which also confirms two pieces.  Two lines of prose over the first row stay an
article's opening.  Two pieces also pass when each holds
one row of one shape carrying a record number of its own (``编号：QX-0412-01　|　…``:
:func:`_numbered_closers`); those rows go as the pieces' closing rows, read for their
metadata.  A contents block (a label line over item
lines whose titles come back further down as lines of their own: :func:`listed_run`)
cuts the page at those lines when no row did; a count stated on a short line anywhere
(``本页共2则``) confirms two pieces as the head's count does.

The page is cut before each occurrence; each row goes as the piece's header (with the
fields the metadata reader finds in it), the title line stays its first line of text.
Every decision is returned with its score (:class:`ShapeRun`) for the stage to record
(rule ``split.shape_run``); a candidate that passes every test but one is ``unsure``:
the page stays whole, flagged.

When none of these split, two last modes are tried: rows that ARE their titles with
one decoration (a date, a tag, an author) or a date or deck row by each title
(:mod:`split_shape_titled`), and one mark line printed again and again over, between
or closing the pieces (``※※※``, ``（完）``: :mod:`split_shape_marks`).

The opening-row mode lives here with the entry :func:`shape_run`; the line tests, the
shapes, the page's memo, the answer and the stated count in :mod:`split_shape_lines`,
the closing-row mode in :mod:`split_shape_closing`, the contents mode in
:mod:`split_shape_listed`.  All six are standard library only, so that a replay
benchmark can graft them onto an older tree (``benchmarks/shape_run_replay.py`` loads
each sibling under its ``cleaner.stages`` name before this module).
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _CLAUSE_MARKS
from cleaner.stages.split_page import LineCount
from cleaner.stages.split_record_form import record_proof
from cleaner.stages.split_shape_closing import _LEAD_LABEL as _LEAD_LABEL
from cleaner.stages.split_shape_closing import _closing_title as _closing_title
from cleaner.stages.split_shape_closing import _labelled as _labelled
from cleaner.stages.split_shape_closing import closing_run
from cleaner.stages.split_shape_confirm import head_byline, head_issue
from cleaner.stages.split_shape_lines import (
    _CELL_SEP,
    _ENUM,
    _HAN,
    _LABEL_ROW,
    _SENTENCE_END,
    MIN_REPEATS,
    TITLE_MAX_CHARS,
    TITLE_WITHIN,
    Reader,
    ShapeMemo,
    ShapeRun,
    _notes,
    _stated,
    _Tests,
    coarse_of,
    head_split,
    row_head,
    shape,
)
from cleaner.stages.split_shape_lines import COUNT_WORDS as COUNT_WORDS
from cleaner.stages.split_shape_lines import PROSE_MIN_CHARS as PROSE_MIN_CHARS
from cleaner.stages.split_shape_lines import ROW_MAX_CHARS as ROW_MAX_CHARS
from cleaner.stages.split_shape_lines import _number as _number
from cleaner.stages.split_shape_listed import _item_title as _item_title
from cleaner.stages.split_shape_listed import _with_closers, listed_run
from cleaner.stages.split_shape_marks import mark_run
from cleaner.stages.split_shape_titled import titled_rows

__all__ = ["ShapeMemo", "ShapeRun", "coarse_of", "shape", "shape_run"]


#: a date or a time (a timeline's day, a schedule's hour): never a code
_DATE_LIKE = re.compile(
    r"^(?:\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}[:：]\d{2}(?::\d{2})?"
    r"|\d{1,2}月\d{1,2}日)$"
)
#: a code's value: letters, digits and a code's joiners, at least 3 digits (a serial
#: ``LW-171002-01``, ``No.0147``, a document number ``某〔2020〕7号``)
_CODE_VALUE = re.compile(r"^(?=(?:\D*\d){3})[\w\-－_/.．#＃№〔〕\[\]［］()（）]{4,30}$")


def _code(vals: Sequence[str]) -> bool:
    """Are ``vals`` (one column's values, all different) codes: a serial or document
    number (letters, or a number in brackets, beside 3+ digits), or digit runs of 3+
    digits counting up one by one (``0147``, ``0148``, ``0149``)?  A bare counter
    (``2``, ``Part 3``), a date or a time is none."""
    vals = [re.split(r"[：:]", v)[-1].strip() for v in vals]
    if not all(_CODE_VALUE.match(v) and not _DATE_LIKE.match(v) for v in vals):
        return False
    if all(re.search(r"[A-Za-z〔\[［(（#＃№]", v) for v in vals):
        return True
    tails = [int(m.group(0)) for v in vals if (m := re.search(r"\d+$", v))]
    return len(tails) == len(vals) and all(b == a + 1 for a, b in itertools.pairwise(tails))


def _row_values(strip: Sequence[str], rows: list[int]) -> str:
    """How the rows differ: ``many`` (two values or more), ``code`` (one value, a code:
    :func:`_code`, the rest of the row the same), ``named`` (one value, a name:
    :func:`_named`) or ``one``.  A row that changes in one
    plain value only (a bare counter ``Part 2``, ``问题 3``, a bare date) is an
    article's section or a timeline's day, no piece's header; a code is a record's."""
    cells = [_CELL_SEP.split(strip[r]) for r in rows]
    cells = [[c for c in row if c] for row in cells]
    if len({len(c) for c in cells}) > 1:
        return "many"  # values of different lengths (a name in one word or two)
    cols = [col for col in zip(*cells, strict=True) if len(set(col)) > 1]
    if len(cols) >= 2:
        return "many"
    if len(cols) == 1 and len(set(cols[0])) == len(rows) and _code(cols[0]):
        return "code"
    if len(cols) == 1 and len(set(cols[0])) == len(rows) and _named(cols[0], cells[0]):
        return "named"
    return "one"


#: a counter word or an ordinal: a value that counts, never a name
_COUNTING = re.compile(r"\d|^第|^[一二三四五六七八九十百]+$|^[甲乙丙丁戊己庚辛壬癸]$")


def _named(vals: Sequence[str], row: Sequence[str]) -> bool:
    """Are ``vals`` (one column's values, all different) names, in a row of a name and
    a fixed label (``电子·行业点评`` over ``汽车·行业点评``: a desk's or a sector's
    tag over each note)?  Each a word of 2-8 letters, no digit, no ordinal or counter
    (``Part 2``, ``第三``, ``乙`` count an article's own sections), in a row of two
    cells or more.

    >>> _named(["电子", "汽车", "有色金属"], ["电子", "行业点评"])
    True
    >>> _named(["第一", "第二"], ["第一", "部分"]), _named(["1.2.3", "1.2.4"], ["v", "1.2.3"])
    (False, False)
    >>> _named(["甲", "乙"], ["甲", "篇"]), _named(["上", "下"], ["上", "篇"])
    (False, False)
    """
    return len(row) >= 2 and all(
        2 <= len(v) <= 8 and v.isalpha() and not _COUNTING.search(v) for v in vals
    )


def _segment(
    strip: Sequence[str], filled: list[int], at: int, end: int, t: _Tests
) -> tuple[int | None, int]:
    """Under the row at ``filled[at]``, up to line ``end``: the title line (or None)
    and the number of prose lines below it."""
    idx = filled[at + 1 : bisect_left(filled, end)]  # the lines after the row, before end
    title = next((i for i in idx[:TITLE_WITHIN] if t.title(strip[i])), None)
    if title is None and idx and _paired_headline(strip[idx[0]], [strip[i] for i in idx[1:]], t):
        title = idx[0]
    if title is None and row_head(strip[filled[at]], t.read):
        # the row is the piece's title row itself (a name, then its fields)
        return filled[at], sum(1 for i in idx if t.prose(strip[i]))
    if title is None:
        return None, 0
    if any(t.prose(strip[i]) for i in idx if i < title):
        return None, 0  # prose over the "title": it is a line of the text
    return title, sum(1 for i in idx if i > title and t.prose(strip[i]))


#: a two-clause headline is this much shorter than the shortest sentence under it
HEADLINE_SHARE = 0.8


def _paired_headline(s: str, below: Sequence[str], t: _Tests) -> bool:
    """``s``, right under a row, is a headline of two clauses (``某某回落，某某加力``)
    that the prose test took for a sentence: Han, one comma and no other clause mark,
    no sentence end, and clearly shorter than the middle one of the prose lines under it,
    all of them sentence-ended (a hard-wrapped paragraph's lines are all of one width, and
    its line ends no sentence where the next runs on; a piece's closing line may be a
    short sentence of its own).

    >>> memo = _Tests(None)
    >>> body = ["事件：某地出台了新一轮的支持政策，相关指标同比增长两成，环比亦有所改善。"]
    >>> _paired_headline("某某增速小幅回落，稳增长政策仍需继续加力", body, memo)
    True
    >>> wrapped = ["某某增速小幅回落，稳增长政策仍需继续加力"] * 3
    >>> _paired_headline("某某增速小幅回落，稳增长政策仍需继续加力", wrapped, memo)
    False
    >>> _paired_headline("某某增速小幅回落，稳增长政策仍需加力。", body, memo)
    False
    >>> closed = [*body, *body, "某某提示，请留意。"]  # a short closing sentence
    >>> _paired_headline("某某增速小幅回落，稳增长政策仍需继续加力", closed, memo)
    True
    """
    if not 8 <= len(s) <= TITLE_MAX_CHARS or _SENTENCE_END.search(s) or not _HAN.search(s):
        return False
    marks = _CLAUSE_MARKS.findall(s)
    if marks not in (["，"], [","]) or _LABEL_ROW.match(s) or _ENUM.match(s):
        return False
    if t.read is not None and t.read(s):
        return False
    prose = [b for b in below if t.prose(b)]
    if not prose or not all(_SENTENCE_END.search(b) for b in prose):
        return False
    return len(s) <= HEADLINE_SHARE * statistics.median_low(len(b) for b in prose)


def _bylined(
    strip: Sequence[str], filled: list[int], titles: Sequence[int | None], t: _Tests
) -> bool:
    """Two pieces confirmed by a second repeated row: right under EACH title a row the
    metadata reader reads as fields (``分析师：某某　执业证书编号：…``, a byline), the
    rows of one shape.  A title over prose alone, or over rows of different shapes (a
    table's lines), confirms nothing.

    >>> memo = _Tests(lambda s: {"author": s.split("：")[1]} if s.startswith("撰稿：") else None)
    >>> strip = ["某题甲", "撰稿：某甲", "正文", "某题乙", "撰稿：某乙", "正文"]
    >>> _bylined(strip, list(range(6)), [0, 3], memo)
    True
    >>> strip[4] = "正文一行"
    >>> _bylined(strip, list(range(6)), [0, 3], memo)
    False
    """
    if t.read is None or not titles or any(x is None for x in titles):
        return False
    pos = {i: k for k, i in enumerate(filled)}
    under = []
    for x in titles:
        k = pos[x] + 1 if x is not None else len(filled)
        if k >= len(filled) or not t.read(strip[filled[k]]):
            return False
        under.append(strip[filled[k]])
    return len({t.shape(u) for u in under}) == 1


def _numbered_closers(
    strip: Sequence[str], filled: list[int], rows: list[int], t: _Tests
) -> list[tuple[int, dict[str, str]]]:
    """Each piece's record-number row: inside every piece (from its row to the next)
    exactly one row the metadata reader reads a document number in, the rows of one
    shape, the numbers all different (each piece a record of its own:
    ``编号：QX-0412-01　|　日期：…``); else none.  They confirm two pieces as a stated
    count does, and go as the pieces' closing rows (their fields the pieces' metadata).

    >>> memo = _Tests(lambda s: {"doc_number": s[3:]} if s.startswith("编号：") else None)
    >>> strip = ["【甲】", "题一", "正文。", "编号：Q-01", "【乙】", "题二", "正文。", "编号：Q-02"]
    >>> _numbered_closers(strip, list(range(8)), [0, 4], memo)
    [(3, {'doc_number': 'Q-01'}), (7, {'doc_number': 'Q-02'})]
    >>> strip[7] = "编号：Q-01"  # one number twice: one record, no two
    >>> _numbered_closers(strip, list(range(8)), [0, 4], memo)
    []
    >>> strip[7] = "编号：Z-2031-07"  # two schemes: two kinds of paper in one record
    >>> _numbered_closers(strip, list(range(8)), [0, 4], memo)
    []
    """
    if t.read is None:
        return []
    out: list[tuple[int, dict[str, str]]] = []
    for r, e in zip(rows, [*rows[1:], len(strip)], strict=True):
        found = [
            (i, f) for i in filled if r < i < e and (f := t.read(strip[i])) and "doc_number" in f
        ]
        if len(found) != 1:
            return []
        out.append(found[0])
    if len({t.shape(strip[i]) for i, _ in out}) != 1:
        return []
    if len({f["doc_number"] for _, f in out}) != len(out):
        return []
    # a list numbers its records in ONE scheme ('WO-0304-11', 'WO-0302-07'): numbers of
    # two prefixes or shapes ('AB-2019-03', 'CD-2022-08') file papers of two kinds
    if len({_SCHEME.sub("#", f["doc_number"]) for _, f in out}) != 1:
        return []
    return out


#: a record number's scheme: its runs of digits stand for any number
_SCHEME = re.compile(r"[0-9０-９]+")


def _titles_above(strip: Sequence[str], filled: list[int], at: int, t: _Tests) -> int | None:
    """The top line of the title-like lines right over the row at ``filled[at]`` (a
    title and its translation over a byline row), or None."""
    top = None
    for k in range(at - 1, max(at - 1 - TITLE_WITHIN, -1), -1):
        if not t.title(strip[filled[k]]):
            break
        top = k
    return filled[top] if top is not None else None


def _under_serials(
    strip: Sequence[str],
    filled: list[int],
    pos: dict[int, int],
    rows: list[int],
    titles: list[int | None],
    tests: _Tests,
) -> list[int | None]:
    """The titles under the pieces' serial lines: when each row has two lines right over
    it, the upper one a line of ONE shape (accents dropped) carrying a number over every
    piece (``〖0115〗 làn yú chōng shù``, ``No.12 · 某栏``: a serial or a code, its text
    its own), no enumerated heading of an article (``第十一章　某某``, ``三、某某``: those
    are the titles), and the lower one a title line of another shape, and the title
    :func:`_titles_above` found is one of the two, the lower line is the piece's title
    (the line the serial attaches to) and the serial opens the piece as its header.
    Otherwise ``titles`` itself.

    >>> from cleaner.stages.split_shape_lines import _Tests
    >>> page = ["〖0115〗 làn yú", "滥竽充数", "色彩：贬义　｜　字数：4",
    ...         "〖0116〗 qǐ rén", "杞人忧天", "色彩：贬义　｜　字数：4"]
    >>> filled = list(range(6)); pos = {i: i for i in filled}
    >>> _under_serials(page, filled, pos, [2, 5], [0, 4], _Tests(None))
    [1, 4]
    >>> heads = ["第十一章　船票", "那一年的冬天", "色彩：贬义　｜　字数：4", "第十二章　冬至",
    ...          "雪夜里的来客", "色彩：褒义　｜　字数：4"]
    >>> _under_serials(heads, filled, pos, [2, 5], [0, 3], _Tests(None))
    [0, 3]
    """
    if len(rows) < 2 or any(t is None for t in titles):
        return titles
    heads: list[int] = []
    out: list[int] = []
    for t, r in zip(titles, rows, strict=True):
        k = pos[r]
        if k < 2 or t not in (filled[k - 1], filled[k - 2]):
            return titles
        heads.append(filled[k - 2])
        out.append(filled[k - 1])
    shapes = {_plain_shape(strip[h], tests) for h in heads}
    shape = next(iter(shapes))
    if len(shapes) != 1 or "N" not in shape or any(_ENUM.match(strip[h]) for h in heads):
        return titles
    if len({strip[h] for h in heads}) < len(heads) or not all(tests.title(strip[t]) for t in out):
        return titles
    if any(_plain_shape(strip[t], tests) == shape for t in out):
        return titles
    moved: list[int | None] = [*out]
    return moved


def _plain_shape(s: str, tests: _Tests) -> str:
    """The coarse shape of ``s`` with its letters' accents dropped (a pinyin reading,
    ``qǐ rén``, is Latin words whatever its tones)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return tests.shape(plain, coarse=True)


def _closing_rows(
    strip: Sequence[str], filled: list[int], banners: list[int], last: int, tests: _Tests
) -> bool:
    """Whether the rows right over the titles close the piece above them rather than head
    the piece under them: the last piece, which has no piece under it, ends on a row of
    one of their shapes too (a credit row closing every piece, ``（组织单位：某院　联络：
    某某）``).  Then no row over a title is a header, the first piece's neither (the page's
    info bar over its first piece).  (A row over the first title alone, none over the
    others, is no banner either: the page's head, :func:`_judge`.)

    >>> from cleaner.stages.split_shape_lines import _Tests
    >>> page = ["（主办：甲院　联络：某甲）", "标题乙", "◈ 10/01 ◈ 甲", "正文。",
    ...         "（主办：乙院　联络：某乙）"]
    >>> _closing_rows(page, list(range(5)), [0], 2, _Tests(None))
    True
    >>> _closing_rows(page[:4], list(range(4)), [0], 2, _Tests(None))
    False
    """
    if not banners:
        return False
    shapes = {tests.shape(strip[b], coarse=True) for b in banners}
    return any(tests.shape(strip[i], coarse=True) in shapes for i in filled if i > last)


def _judge(
    strip: Sequence[str],
    filled: list[int],
    rows: list[int],
    tests: _Tests,
    *,
    under: bool,
    prose_count: LineCount | None = None,
) -> tuple[float, list[int | None], list[int], dict[str, object]]:
    """Score a candidate run: the share of its rows opening a titled piece of prose
    (a title under the row, or, ``under``, over it), the title lines, where each piece
    starts, and the other checks.  ``prose_count``: the page's prose lines counted
    (:func:`_prose_count`), made here when not given."""
    pos = {i: k for k, i in enumerate(filled)}
    count = prose_count or _prose_count(strip, filled, tests)
    titles: list[int | None] = []
    if under:
        titles = [_titles_above(strip, filled, pos[r], tests) for r in rows]
        if titles and titles[0] == filled[0]:
            # the page's own heading over the first row is no piece's title; a title
            # line between it and the row is, over three rows or more (the heading
            # stays the page's head); over two, the pair may be a piece and a stray row
            three = len(rows) >= MIN_REPEATS
            k = pos[rows[0]] - 1  # the title line right over the row
            titles[0] = filled[k] if k >= 1 and three else None
        serials = titles
        titles = _under_serials(strip, filled, pos, rows, titles, tests)
        starts = [t if t is not None else r for t, r in zip(titles, rows, strict=True)]
        banners: dict[int, int] = {}
        for n, st in enumerate(starts):
            k = pos[st] - 1  # a banner row right over the title: the piece's header
            if titles[n] is not None and k >= 0 and tests.row_like(strip[filled[k]]):
                if not tests.title(strip[filled[k]]) and (n == 0 or filled[k] > rows[n - 1]):
                    banners[n] = filled[k]
        if list(banners) != [0] and not _closing_rows(
            strip, filled, list(banners.values()), rows[-1], tests
        ):
            for n, b in banners.items():
                starts[n] = b
        if serials is not titles:  # each piece starts at its serial line, over its title
            starts = [s if s is not None else st for s, st in zip(serials, starts, strict=True)]
    else:
        starts = list(rows)
    ends = [*starts[1:], len(strip)]
    good = 0
    for n, (r, e) in enumerate(zip(rows, ends, strict=True)):
        if under:
            t = titles[n]
            prose = count.between(r, e)
        else:
            t, prose = _segment(strip, filled, pos[r], e, tests)
            titles.append(t)
        good += t is not None and prose >= 1
    gaps = [pos[b] - pos[a] for a, b in itertools.pairwise(starts)]
    spread = min(gaps) >= 3 if gaps else False
    values = _row_values(strip, rows)
    differ = len({strip[r] for r in rows}) == len(rows) and values != "one"
    leads = count.between(-1, starts[0])
    # one lead sentence (a notice over a list of records) over 3+ rows numbered by a
    # code, or over 3+ pieces proven records (a register's serial in the rows, one form
    # of labels in every piece: split_record_form): no section of the lead's article
    # (two pieces: by their form only, which then also confirms two as a stated count
    # does); asked only where one lead line stands: elsewhere the finder judges forms
    proof = record_proof(strip, filled, rows, starts) if leads == 1 and values != "code" else None
    if len(rows) < MIN_REPEATS and proof != "form":
        proof = None
    head_prose = leads > ((values == "code" and len(rows) >= MIN_REPEATS) or proof is not None)
    title_set = [strip[t] for t in titles if t is not None]
    distinct = len(set(title_set)) == len(title_set)
    score = good / len(rows)
    checks: dict[str, object] = {
        "segments": round(score, 3),
        "spread": spread,
        "rows_differ": differ,
        "no_head_prose": not head_prose,
        "titles_differ": distinct,
    }
    if values == "code":
        checks["code_rows"] = True
    if proof is not None:
        checks["records"] = proof
    return score, titles, starts, checks


def _prose_count(strip: Sequence[str], filled: list[int], tests: _Tests) -> LineCount:
    """The page's prose lines (``tests.prose``) among ``filled``, counted between any two
    lines at once: :func:`_judge` asks it of every piece of every candidate run."""
    return LineCount(filled, [tests.prose(strip[i]) for i in filled])


def _keyed(
    strip: Sequence[str], start: int, row: int, title: int, read: Reader | None
) -> tuple[int, int, str, dict[str, str]]:
    """One piece of a split: where it starts, its title line and title, the row's fields;
    a title row (the name, then fields: :func:`row_head`) gives its name as the title and
    the fields after it."""
    if title == row and read is not None and (name := row_head(strip[row], read)):
        rest = strip[row][len(name) :].strip()
        return start, title, name, read(rest) or {}
    return start, title, strip[title], (read(strip[row]) or {}) if read else {}


def _confirmed(strip: Sequence[str], filled: list[int], run: ShapeRun, t: _Tests) -> ShapeRun:
    """A last-resort split (self-titled rows, mark lines) kept only when confirmed
    beyond its repeated line (:mod:`split_shape_confirm`): the page states its pieces,
    its head carries an issue mark, or a fields row stands under every title; never
    when the head credits a writer (one article).  Otherwise it is only flagged."""
    if run.verdict != "split":
        return run
    first = min(k[0] for k in run.keyed)
    head = [strip[i] for i in filled if i < first]
    titles = [k[1] for k in run.keyed]
    if head_byline(head, t.read):
        why = ""
    elif run.evidence.get("stated"):
        why = "stated"
    elif head_issue(head):
        why = "issue"
    elif _bylined(strip, filled, titles, t):
        why = "bylined"
    else:
        why = ""
    if why:
        return ShapeRun(run.keyed, "split", {**run.evidence, "confirmed": why})
    return ShapeRun([], "unsure", {**run.evidence, "confirmed": False})


def shape_run(
    lines: Sequence[str], read: Reader | None = None, tests: _Tests | None = None
) -> ShapeRun:
    """Rows of one shape each opening a titled piece of prose (see the module's doc);
    ``tests``: the page's memo of line tests (made with the same ``read``), shared with
    the prefilter that asked whether to run (:func:`split_prefilter.may_shape_run`)."""
    strip = [ln.strip() for ln in lines]
    filled = [i for i, s in enumerate(strip) if s]
    if len(filled) < 6:
        return ShapeRun()
    best: ShapeRun = ShapeRun()
    best_key: tuple[float, ...] = (-1.0,)
    # the line tests are pure: each line is judged once per page, not once per pass and
    # per candidate (``read`` is the stage's memoised row reader)
    tests = tests or _Tests(read)
    rowish = tests.rowish(strip, filled)
    prose_count: LineCount | None = None  # made for the first candidate judged
    shapes = {c: [tests.shape(strip[i], coarse=c) for i in rowish] for c in (False, True)}
    for coarse, under in ((False, False), (True, False), (False, True), (True, True)):
        groups: dict[str, list[int]] = {}
        for i, sig in zip(rowish, shapes[coarse], strict=True):
            groups.setdefault(sig, []).append(i)
            if coarse and not under and (parts := head_split(strip[i])):
                # title rows of one shape but their names' (a name, then fields)
                groups.setdefault("@" + tests.shape(parts[1], coarse=True), []).append(i)
        for sig, rows in groups.items():
            if len(rows) < 2:
                continue
            if prose_count is None:
                prose_count = _prose_count(strip, filled, tests)
            score, titles, starts, checks = _judge(
                strip, filled, rows, tests, under=under, prose_count=prose_count
            )
            passed = [
                bool(v) for k, v in checks.items() if k not in ("segments", "code_rows", "records")
            ]
            failed = sum(1 for v in passed if not v) + (score < 1.0)
            evidence: dict[str, object] = {
                "shape": sig,
                "rows": [r + 1 for r in rows],
                "title_place": "over" if under else "under",
                "score": round(score * sum(passed) / len(passed), 3),
                **checks,
            }
            if (
                (failed == 0 and len(rows) < MIN_REPEATS)
                or (failed == 1 and not checks["no_head_prose"])
                or (failed == 0 and checks.get("records"))
            ):
                # two pieces, or prose over the first: split when the head states them
                # (asked too where the record proof let the lead stand: a stated count
                # is the stronger proof, recorded so the stage knows the split's ground)
                head = "\n".join(strip[i] for i in filled if i < starts[0])
                named = [strip[t] for t in titles if t is not None]
                notes = _notes(strip, filled, {*rows, *(t for t in titles if t is not None)}, tests)
                if score == 1.0 and _stated(head, named, len(rows), notes):
                    failed, evidence["stated"] = 0, True
                elif failed == 0 and _bylined(strip, filled, titles, tests):
                    evidence["bylined"] = True  # a fields row under each title confirms
            closers = [] if under or failed else _numbered_closers(strip, filled, rows, tests)
            if closers and len(rows) < MIN_REPEATS:
                evidence["numbered"] = True  # a record's own number in each piece confirms
            # two pieces of one form of labels (split_record_form) are two records
            confirmed = (
                evidence.get("stated")
                or evidence.get("bylined")
                or closers
                or checks.get("records")
            )
            if failed == 0 and (len(rows) >= MIN_REPEATS or confirmed):
                keyed = [
                    _keyed(strip, s, r, t, read)
                    for s, r, t in zip(starts, rows, titles, strict=True)
                    if t is not None
                ]
                run = ShapeRun(keyed, "split", evidence, closers)
                key: tuple[float, ...] = (2.0, len(rows), -under, coarse)
            elif failed <= 1 and score >= 0.5 and checks["rows_differ"]:
                run, key = ShapeRun([], "unsure", evidence), (1.0, len(rows))
            else:
                continue
            if key > best_key:
                best, best_key = run, key
    if best.verdict != "split":
        listed = listed_run(strip, filled, tests)
        closed = closing_run(strip, filled, read, tests)
        # a closing row for more pieces than the contents lists: the list is partial
        # (the site cut an item), the closing rows say where every piece ends
        partial = closed.verdict == "split" and len(closed.closers) > len(listed.keyed)
        if listed.verdict == "split" and not partial:
            return _with_closers(strip, filled, listed, closed)
        if listed.verdict == "unsure" and best.verdict == "none":
            best = listed
        if closed.verdict == "split":
            return closed
        if closed.verdict == "unsure" and best.verdict == "none":
            best = closed
        # rows that are their titles (split_shape_titled), one mark line parting the
        # pieces (split_shape_marks): tried last, each only where nothing above split
        # nor doubted (an unsure closing run vetoes them: its rows may be the pieces'
        # ends the extras would cut elsewhere), each called only when still needed
        if closed.verdict == "unsure":
            return best
        extras: tuple[Callable[[], ShapeRun], ...] = (
            lambda: titled_rows(strip, filled, tests, read),
            lambda: mark_run(strip, filled, tests),
        )
        for make in extras:
            extra = _confirmed(strip, filled, make(), tests)
            if extra.verdict == "split":
                return extra
            if extra.verdict == "unsure" and best.verdict == "none":
                best = extra
    return best
