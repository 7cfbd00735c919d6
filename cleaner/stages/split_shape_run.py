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
sentence (a notice over the list) may stand.  A contents block (a label line over item
lines whose titles come back further down as lines of their own: :func:`listed_run`)
cuts the page at those lines when no row did; a count stated on a short line anywhere
(``本页共2则``) confirms two pieces as the head's count does.

The page is cut before each occurrence; each row goes as the piece's header (with the
fields the metadata reader finds in it), the title line stays its first line of text.
Every decision is returned with its score (:class:`ShapeRun`) for the stage to record
(rule ``split.shape_run``); a candidate that passes every test but one is ``unsure``:
the page stays whole, flagged.  Self-contained (standard library only) so that a replay
benchmark can graft it onto an older tree (``benchmarks/shape_run_replay.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

__all__ = ["ShapeMemo", "ShapeRun", "coarse_of", "shape", "shape_run"]

Reader = Callable[[str], dict[str, str] | None]

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

_TOKEN = re.compile(
    r"\d+|[\u3400-\u9fff]+|[A-Za-z]+(?:[ '\-][A-Za-z]+)*|\s+|(.)\1*",
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
    for m in _TOKEN.finditer(line.strip()):
        tok = m.group(0)
        if tok.isspace():
            continue
        if tok[0].isdecimal():
            out.append("N")
        elif _HAN.match(tok):
            out.append("W" if coarse else "H" + _bucket(len(tok)))
        elif tok[0].isascii() and tok[0].isalpha():
            out.append("W" if coarse else "L")
        else:
            out.append(tok[0])
    return "".join(out)


def _prose_line(s: str) -> bool:
    han = len(_HAN.findall(s))
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
    if sum(c.isdecimal() for c in s) * 3 >= len(s):
        return False  # a row of numbers (a date, a serial)
    return bool(_HAN.search(s)) or len(_LATIN.findall(s)) >= 2


def _row_like(s: str, prose: Callable[[str], bool] = _prose_line) -> bool:
    """A line that may be a piece's header row: short, no sentence, and more than an
    article's numbered heading (a digit or a symbol past any leading enumerator)."""
    if not 2 <= len(s) <= ROW_MAX_CHARS or _SENTENCE_END.search(s) or prose(s):
        return False
    rest = s[m.end() :] if (m := _ENUM.match(s)) else s
    if m and not rest:
        return False
    return bool(re.search(r"\d", rest)) or bool(_SYMBOL_OK.search(rest))


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

    def __init__(self, read: Reader | None) -> None:
        self.read = read
        self._prose: dict[str, bool] = {}
        self._title: dict[str, bool] = {}
        self._shapes: dict[str, tuple[str, str]] = {}
        self._rowish: list[int] | None = None

    def rowish(self, strip: Sequence[str], filled: list[int]) -> list[int]:
        """The row-like lines of the page (:func:`_row_like`), found once."""
        if self._rowish is None:
            self._rowish = [i for i in filled if _row_like(strip[i], self.prose)]
        return self._rowish

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


#: the page's memo of line tests, as the stage makes one to share with the prefilter
ShapeMemo = _Tests


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


def _values_vary(strip: Sequence[str], rows: list[int]) -> bool:
    """Do the rows differ in two values or more, or in one code (:func:`_row_values`)?"""
    return _row_values(strip, rows) != "one"


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


def _segment(
    strip: Sequence[str], filled: list[int], at: int, end: int, t: _Tests
) -> tuple[int | None, int]:
    """Under the row at ``filled[at]``, up to line ``end``: the title line (or None)
    and the number of prose lines below it."""
    idx = [i for i in filled[at + 1 :] if i < end]
    title = next((i for i in idx[:TITLE_WITHIN] if t.title(strip[i])), None)
    if title is None and idx and _paired_headline(strip[idx[0]], [strip[i] for i in idx[1:]], t):
        title = idx[0]
    if title is None:
        return None, 0
    if any(t.prose(strip[i]) for i in idx if i < title):
        return None, 0  # prose over the "title": it is a line of the text
    return title, sum(1 for i in idx if i > title and t.prose(strip[i]))


#: a two-clause headline is this much shorter than the shortest sentence under it
HEADLINE_SHARE = 0.8
_CLAUSE_MARKS = re.compile(r"[，,；;。！？!?：:]")


def _paired_headline(s: str, below: Sequence[str], t: _Tests) -> bool:
    """``s``, right under a row, is a headline of two clauses (``某某回落，某某加力``)
    that the prose test took for a sentence: Han, one comma and no other clause mark,
    no sentence end, and clearly shorter than every sentence-ended prose line under it
    (a hard-wrapped paragraph's lines are all of one width, and its line ends no
    sentence where the next runs on).

    >>> memo = _Tests(None)
    >>> body = ["事件：某地出台了新一轮的支持政策，相关指标同比增长两成，环比亦有所改善。"]
    >>> _paired_headline("某某增速小幅回落，稳增长政策仍需继续加力", body, memo)
    True
    >>> wrapped = ["某某增速小幅回落，稳增长政策仍需继续加力"] * 3
    >>> _paired_headline("某某增速小幅回落，稳增长政策仍需继续加力", wrapped, memo)
    False
    >>> _paired_headline("某某增速小幅回落，稳增长政策仍需加力。", body, memo)
    False
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
    return len(s) <= HEADLINE_SHARE * min(len(b) for b in prose)


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


def _titles_above(strip: Sequence[str], filled: list[int], at: int, t: _Tests) -> int | None:
    """The top line of the title-like lines right over the row at ``filled[at]`` (a
    title and its translation over a byline row), or None."""
    top = None
    for k in range(at - 1, max(at - 1 - TITLE_WITHIN, -1), -1):
        if not t.title(strip[filled[k]]):
            break
        top = k
    return filled[top] if top is not None else None


def _judge(
    strip: Sequence[str], filled: list[int], rows: list[int], tests: _Tests, *, under: bool
) -> tuple[float, list[int | None], list[int], dict[str, object]]:
    """Score a candidate run: the share of its rows opening a titled piece of prose
    (a title under the row, or, ``under``, over it), the title lines, where each piece
    starts, and the other checks."""
    pos = {i: k for k, i in enumerate(filled)}
    titles: list[int | None] = []
    if under:
        titles = [_titles_above(strip, filled, pos[r], tests) for r in rows]
        if titles and titles[0] == filled[0]:
            titles[0] = None  # the page's own heading over the first row: no piece's title
        starts = [t if t is not None else r for t, r in zip(titles, rows, strict=True)]
        for n, st in enumerate(starts):
            k = pos[st] - 1  # a banner row right over the title: the piece's header
            if titles[n] is not None and k >= 0 and _row_like(strip[filled[k]], tests.prose):
                if not tests.title(strip[filled[k]]) and (n == 0 or filled[k] > rows[n - 1]):
                    starts[n] = filled[k]
    else:
        starts = list(rows)
    ends = [*starts[1:], len(strip)]
    good = 0
    for n, (r, e) in enumerate(zip(rows, ends, strict=True)):
        if under:
            t = titles[n]
            prose = sum(1 for i in filled if r < i < e and tests.prose(strip[i]))
        else:
            t, prose = _segment(strip, filled, pos[r], e, tests)
            titles.append(t)
        good += t is not None and prose >= 1
    gaps = [pos[b] - pos[a] for a, b in itertools.pairwise(starts)]
    spread = min(gaps) >= 3 if gaps else False
    values = _row_values(strip, rows)
    differ = len({strip[r] for r in rows}) == len(rows) and values != "one"
    leads = sum(1 for i in filled if i < starts[0] and tests.prose(strip[i]))
    # one lead sentence (a notice over a list of records) over 3+ rows numbered by a
    # code: the code makes each row a record's, no section of the lead's article
    head_prose = leads > (values == "code" and len(rows) >= MIN_REPEATS)
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
    return score, titles, starts, checks


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
    shapes = {c: [tests.shape(strip[i], coarse=c) for i in rowish] for c in (False, True)}
    for coarse, under in ((False, False), (True, False), (False, True), (True, True)):
        groups: dict[str, list[int]] = {}
        for i, sig in zip(rowish, shapes[coarse], strict=True):
            groups.setdefault(sig, []).append(i)
        for sig, rows in groups.items():
            if len(rows) < 2:
                continue
            score, titles, starts, checks = _judge(strip, filled, rows, tests, under=under)
            passed = [bool(v) for k, v in checks.items() if k not in ("segments", "code_rows")]
            failed = sum(1 for v in passed if not v) + (score < 1.0)
            evidence: dict[str, object] = {
                "shape": sig,
                "rows": [r + 1 for r in rows],
                "title_place": "over" if under else "under",
                "score": round(score * sum(passed) / len(passed), 3),
                **checks,
            }
            if (failed == 0 and len(rows) < MIN_REPEATS) or (
                failed == 1 and not checks["no_head_prose"]
            ):
                # two pieces, or prose over the first: split when the head states them
                head = "\n".join(strip[i] for i in filled if i < starts[0])
                named = [strip[t] for t in titles if t is not None]
                notes = _notes(strip, filled, {*rows, *(t for t in titles if t is not None)}, tests)
                if score == 1.0 and _stated(head, named, len(rows), notes):
                    failed, evidence["stated"] = 0, True
                elif failed == 0 and _bylined(strip, filled, titles, tests):
                    evidence["bylined"] = True  # a fields row under each title confirms
            confirmed = evidence.get("stated") or evidence.get("bylined")
            if failed == 0 and (len(rows) >= MIN_REPEATS or confirmed):
                keyed = [
                    (s, t, strip[t], (read(strip[r]) or {}) if read else {})
                    for s, r, t in zip(starts, rows, titles, strict=True)
                    if t is not None
                ]
                run = ShapeRun(keyed, "split", evidence)
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
        if closed.verdict == "split" or (closed.verdict == "unsure" and best.verdict == "none"):
            return closed
    return best


#: the Han measure words a head counts its pieces in (``3篇``, ``五条``, ``两家``); a
#: Latin count is a number and any plural noun (``4 stories``)
COUNT_WORDS = "篇家条则项位份封个"
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


def _stated(head: str, titles: Sequence[str], pieces: int, notes: Sequence[str] = ()) -> bool:
    """Does the page state its pieces: their count in its head (``共3篇``, ``4 stories``)
    or as a total on a short line of its own anywhere (``notes``: ``本期共3篇``), or
    every title in its head (a contents line, or a contents block one title a line)?"""
    if titles and all(t in head for t in titles):
        return True
    if any(_number(m.group(1)) == pieces for m in _STATED.finditer(head.lower())):
        return True
    for note in notes:
        for m in _TOTAL.finditer(note.lower()):
            tok = next(g for g in m.groups() if g)
            if _number(tok) == pieces:
                return True
    return False


def _notes(strip: Sequence[str], filled: list[int], skip: set[int], t: _Tests) -> list[str]:
    """Short lines of the page that may state its count (none of ``skip``: the rows and
    the titles), for :func:`_stated`."""
    return [
        strip[i]
        for i in filled
        if i not in skip and len(strip[i]) <= NOTE_MAX_CHARS and not t.prose(strip[i])
    ]


def _common_edge(texts: Sequence[str]) -> str:
    """The literal prefix (or suffix) the rows share, whichever is longer."""
    pre = texts[0]
    for t in texts[1:]:
        while not t.startswith(pre):
            pre = pre[:-1]
    suf = texts[0]
    for t in texts[1:]:
        while not t.endswith(suf):
            suf = suf[1:]
    return max(pre.strip(), suf.strip(), key=len)


def _labelled(edge: str) -> bool:
    """A constant part worth a row's label: two Han, a bracketed word, or 4+ letters."""
    return len(_HAN.findall(edge)) >= 2 or len(re.sub(r"[^A-Za-z]", "", edge)) >= 4


_LEAD_LABEL = re.compile(r"^[^\s】\]）)〕》：:｜|]{2,10}[】\]）)〕》：:｜|]")


def _prose_label(texts: Sequence[str]) -> bool:
    """Prose rows close pieces only under a constant label they all open with (``【摘要】``,
    ``Summary:``), short against the rows."""
    pre = texts[0]
    for t in texts[1:]:
        while not t.startswith(pre):
            pre = pre[:-1]
    pre = pre.strip()
    cut = max((m.end() for m in re.finditer(r"[】\]）)〕>》｜|:：]", pre)), default=0)
    label = pre[:cut]
    return bool(label) and _labelled(label) and 2 * len(label) <= min(map(len, texts))


def _headline(s: str, tests: _Tests) -> bool:
    """A title line under a closing row: title-like, or a Latin headline with a comma
    (``Meet Ann, who …``) that ends in no sentence mark."""
    if tests.title(s):
        return True
    return (
        not _HAN.search(s)
        and s[:1].isupper()
        and len(s) <= 2 * TITLE_MAX_CHARS
        and not _SENTENCE_END.search(s)
        and not s.endswith((":", ",", ";", "."))
        and s.count(",") <= 1
        and len(_LATIN.findall(s)) >= 3
    )


def _closing_title(strip: Sequence[str], idx: list[int], tests: _Tests) -> int | None:
    """The title of a piece under a closing row (``idx``: the piece's lines): the first
    or second line, a headline with prose right under it.  When both lines are
    headlines, the second, longer one is the title and the first its kicker (a column's
    name ``VOLUNTEER SPOTLIGHT`` over ``Meet Ann, who …``, whose comma reads as prose)."""
    found = [
        idx[k]
        for k in range(min(2, len(idx) - 1))
        if _headline(strip[idx[k]], tests)
        and tests.prose(strip[idx[k + 1]])
        and not any(tests.prose(strip[i]) for i in idx[:k])
    ]
    if found and found[0] == idx[0] and len(idx) >= 3:
        a, b, c = (strip[i] for i in idx[:3])
        if _headline(b, tests) and len(b) > len(a) and tests.prose(c) and _SENTENCE_END.search(c):
            return idx[1]
    return found[0] if found else None


def closing_run(
    strip: Sequence[str], filled: list[int], read: Reader | None, tests: _Tests | None = None
) -> ShapeRun:
    """Rows of one shape each CLOSING a piece (a sign-off, a source line, a summary
    line under a constant label): each later piece opens right under the row above with
    a title (at most one header line between), every piece has prose under its title,
    the rows share a constant label (``Reported by``, ``【摘要】``) and differ.  The first
    piece's title is the title line right over its first prose.  Prose above it, or
    two pieces only, pass only when the page's head states the pieces (their count or
    their titles); otherwise the page is flagged ``unsure``."""
    tests = tests or _Tests(read)  # shape_run hands over the page's memo
    best = ShapeRun()
    best_key: tuple[float, ...] = (-1.0,)
    pos = {i: k for k, i in enumerate(filled)}
    for coarse in (False, True, None):
        groups: dict[str, list[int]] = {}
        for i in filled:
            if not 2 <= len(strip[i]) <= 2 * ROW_MAX_CHARS:
                continue
            if coarse is None:  # rows under one label, whatever follows it ('【摘要】…')
                if m := _LEAD_LABEL.match(strip[i]):
                    groups.setdefault(m.group(0), []).append(i)
            else:
                groups.setdefault(tests.shape(strip[i], coarse=coarse), []).append(i)
        for sig, rows in groups.items():
            if len(rows) < 2 or not _labelled(_common_edge([strip[r] for r in rows])):
                continue
            if len({strip[r] for r in rows}) < len(rows):
                continue  # a repeated line (a divider, a button) closes nothing
            texts = [strip[r] for r in rows]
            sentences = any(tests.prose(t) and _SENTENCE_END.search(t) for t in texts)
            if sentences and not _prose_label(texts):
                continue  # paragraphs alike, or one sentence over and over (a template)
            tail = [i for i in filled if i > rows[-1]]
            if any(
                tests.title(strip[a]) and any(tests.prose(strip[b]) for b in tail[k + 1 :])
                for k, a in enumerate(tail[:TITLE_WITHIN])
            ):
                continue  # a titled piece under the last row: the rows OPEN the pieces
            bounds = [-1, *rows]
            titles: list[int | None] = []
            starts: list[int] = []
            good = 0
            for a, b in itertools.pairwise(bounds):
                idx = [i for i in filled if a < i < b]
                if a < 0:  # the first piece: the last title line right over prose
                    t = next(
                        (
                            idx[k - 1]
                            for k in range(len(idx) - 1, 0, -1)
                            if tests.prose(strip[idx[k]]) and tests.title(strip[idx[k - 1]])
                        ),
                        None,
                    )
                else:  # a title right under the row above, or under one header line
                    t = _closing_title(strip, idx, tests)
                titles.append(t)
                st = t
                if t is not None and a >= 0 and pos[t] - pos[a] == 2:
                    st = filled[pos[t] - 1]  # the one line between: the piece's header
                starts.append(st if st is not None else b)
                good += t is not None and any(tests.prose(strip[i]) for i in idx if i > t)
            score = good / len(rows)
            title_set = [strip[t] for t in titles if t is not None]
            distinct = len(set(title_set)) == len(title_set)
            head = "\n".join(strip[i] for i in filled if i < starts[0])
            head_prose = any(tests.prose(strip[i]) for i in filled if i < starts[0])
            notes = _notes(strip, filled, {*rows, *(t for t in titles if t is not None)}, tests)
            stated = _stated(head, title_set, len(rows), notes)
            evidence: dict[str, object] = {
                "shape": sig,
                "rows": [r + 1 for r in rows],
                "title_place": "closing",
                "segments": round(score, 3),
                "titles_differ": distinct,
                "no_head_prose": not head_prose,
                "stated": stated,
            }
            if score < 1.0 or not distinct:
                if score >= 0.5 and len(rows) >= MIN_REPEATS and (1.0, len(rows)) > best_key:
                    best, best_key = ShapeRun([], "unsure", evidence), (1.0, len(rows))
                continue
            if (head_prose or len(rows) < MIN_REPEATS) and not stated:
                if (1.0, len(rows)) > best_key:
                    best, best_key = ShapeRun([], "unsure", evidence), (1.0, len(rows))
                continue
            keyed = [
                (s, t, strip[t], (read(strip[s]) or {}) if read and s != t else {})
                for s, t in zip(starts, titles, strict=True)
                if t is not None
            ]
            closers = [(r, (read(strip[r]) or {}) if read else {}) for r in rows]
            key = (2.0, len(rows), not coarse)
            if key > best_key:
                best, best_key = ShapeRun(keyed, "split", evidence, closers), key
    return best


#: a contents item's list mark (``1.``, ``（2）``, ``③``, ``·``) and its dot leader to a
#: page number (``甲事 …… 3``), both no part of the title
_ITEM_MARK = re.compile(
    r"^(?:[（(\[［【]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）\]］】.．、]"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫]|[·•▪■□◆◇●○>》\-–—*])\s*"
)
_LEADER = re.compile(r"\s*(?:[.…·．_—-]{2,}|\s{2,})\s*\d{1,3}$")
#: a contents label is at most this long
LABEL_MAX_CHARS = 20


def _item_title(s: str) -> str:
    """A contents line's title: without its list mark and its dot leader."""
    return _LEADER.sub("", _ITEM_MARK.sub("", s, count=1)).strip()


def listed_run(strip: Sequence[str], filled: list[int], tests: _Tests) -> ShapeRun:
    """A contents block in the page: a short label line (``本期要目``, ``Contents``, the
    issue's name) over two or more item lines straight one under the other, each item's
    title (its list mark and page number dropped) standing again further down as a
    title line of its own, in the same order, each once: each of those lines opens a
    piece, and every piece holds prose.  The page names its pieces before them, as a
    stated count does; a document's own contents (``一、…``, ``第二章 …`` headings, a
    run of links repeated as a footer with no prose under them) fail the title or the
    prose test.  A block whose pieces fail only the prose test for some is ``unsure``."""
    best = ShapeRun()
    best_key: tuple[int, int] = (-1, -1)
    where: dict[str, list[int]] = {}  # each line's text: where it stands
    for i in filled:
        where.setdefault(strip[i], []).append(i)
    k = 1
    while k < len(filled):
        label = strip[filled[k - 1]]
        run: list[str] = []
        j = k
        while j < len(filled):
            title = _item_title(strip[filled[j]])
            later = [i for i in where.get(title, ()) if i > filled[j]]
            if len(later) != 1 or not title or tests.prose(strip[filled[j]]):
                break
            run.append(title)
            j += 1
        if (
            len(run) < 2
            or len(set(run)) < len(run)
            or len(label) > LABEL_MAX_CHARS
            or tests.prose(label)
            or _SENTENCE_END.search(label)
        ):
            k = max(j, k + 1)
            continue
        end = filled[j - 1]
        at: list[int] = []
        for title in run:
            low = at[-1] if at else end
            nxt = next((i for i in where[title] if i > low), None)
            if nxt is None:
                break
            at.append(nxt)
        # prose between the contents and the first listed title: a piece the list does
        # not name (the site cut its item, the list is partial), so the list cannot say
        # where the pieces are: unsure at most, the first piece's title stays its own
        unlisted = bool(at) and any(tests.prose(strip[i]) for i in filled if end < i < at[0])
        if len(at) == len(run) and all(tests.title(strip[i]) for i in at):
            ends = [*at[1:], len(strip)]
            good = sum(
                1
                for a, b in zip(at, ends, strict=True)
                if any(tests.prose(strip[i]) for i in filled if a < i < b)
            )
            evidence: dict[str, object] = {
                "shape": "contents",
                "label": label,
                "contents": [filled[k] + 1, end + 1],
                "rows": [i + 1 for i in at],
                "title_place": "listed",
                "segments": round(good / len(at), 3),
            }
            if unlisted:
                evidence["unlisted_prose"] = True
            if good == len(at) and not unlisted and (2, len(at)) > best_key:
                keyed: list[tuple[int, int, str, dict[str, str]]] = [
                    (i, i, strip[i], {}) for i in at
                ]
                best, best_key = ShapeRun(keyed, "split", evidence), (2, len(at))
            elif 2 * good >= len(at) and (1, len(at)) > best_key:
                best, best_key = ShapeRun([], "unsure", evidence), (1, len(at))
        k = j
    return best


#: a column's label over a piece's title (``【基层经验】``, ``[Notes]``): a bracketed word
_COLUMN_LABEL = re.compile(r"^[【\[［〔<《][^】\]］〕>》]{1,10}[】\]］〕>》]$")


def _with_closers(
    strip: Sequence[str], filled: list[int], listed: ShapeRun, closed: ShapeRun
) -> ShapeRun:
    """The contents block's pieces (``listed``) with what closes and heads them: rows the
    closing mode found (``closed``), one inside each piece in order, go as the pieces'
    closing rows; a column's bracketed label standing right over a title (under the
    piece above's last line) is that piece's header, no line of the piece above."""
    at = [k[1] for k in listed.keyed]
    ends = [*at[1:], len(strip)]
    rows = [r for r, _ in closed.closers] if closed.verdict == "split" else []
    inside = [next((r for r in rows if a < r < b), None) for a, b in zip(at, ends, strict=True)]
    closers = closed.closers if rows and all(inside) and len(rows) == len(at) else []
    taken = {r for r, _ in closers}
    pos = {i: k for k, i in enumerate(filled)}
    keyed = []
    for n, (start, t, title, fields) in enumerate(listed.keyed):
        k = pos[t] - 1
        low = at[n - 1] if n else int(str(listed.evidence["contents"][1])) - 1  # type: ignore[index]
        if k >= 0 and filled[k] > low and filled[k] not in taken:
            if _COLUMN_LABEL.match(strip[filled[k]]):
                start = filled[k]
        keyed.append((start, t, title, fields))
    evidence = dict(listed.evidence)
    if closers:
        evidence["closers"] = [r + 1 for r, _ in closers]
    return ShapeRun(keyed, "split", evidence, closers)
