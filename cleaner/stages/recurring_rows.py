"""Rows that recur down one page with that page's own figures, kept from the site's
memory of repeated lines.

A compilation repeats its pieces' shape: each piece opens with a row of its own
figures (``▍某日 08:00 ┃ 某站 ┃ 水位 24.54 m ┃ …``) and a title of the series' wording
with its own figure (``某站超警戒0.54米``).  When the site prints such pages day after
day, the site profile learns the row and the title as SHAPES (the words the same, the
figures masked) and the site-repeat pass deletes every piece's row and title as chrome:
the split then finds one article where the page holds several.

Such a shape is told from the site's chrome on the page itself: it matches several lines
of this ONE page, no two of them the same text, each standing over lines of its own
(content between them, not a table's glued rows), and the figures that differ from one
to the next are measures, not only a day, a clock time or a counter.  The site's own
rows under every piece vary only in those (``分享到 … 2023-09-07``, ``发布时间：…　浏览：123次``,
a vote's counts ``有用（79）`` or ``有用 78　没用 8``, any row of reader counters, a link's
address or a file's size, a running head with its page number ``某刊 · 第 3 页``); a bar
repeated word for word is no shape hit at all.  Such rows stay the site's.

The last piece of such a page ends below the body's last sentence: its list rows and
closing rows (``43:12　某段``, ``本期提到：《某书》``) stand where the site's foot starts, and the
site-repeat pass, which keeps a learned row only between the body's first line and its
last sentence, deleted them though the same rows of the pieces above stay.  A learned
line below that sentence, in the same form as a line the page kept above it
(:func:`echoed_piece_row`), with no line deleted between that sentence and it, is the last
piece's: kept.  The foot starts at the first line the pass or a rule deletes there.

A row may also CLOSE each piece with the page's own words in the site's form (a
programme's rerun, ``重播：某日 12:45　某频道``; a talk's replay; a clinic's next visit):
its figures are a day and a time only, so no measure tells it from the site's info row,
but its words change from piece to piece, or from page to page where the site learned
the form in several wordings (:func:`_closing_runs`).  Each such row stands straight
under its piece's own text; none is a row the split reads fields from (a posting row)
or one counting readers.  Kept: content the site's memory had taken.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, lru_cache

from cleaner.rules.han_forms import widen
from cleaner.stages.counted_rows import counter_words
from cleaner.stages.foot_lines import prose
from cleaner.stages.site_judge import LearnedLine
from cleaner.stages.split_dates import HAN_YMD, YMD
from cleaner.stages.split_shape_lines import shape

__all__ = ["MIN_BETWEEN", "echoed_piece_row", "recurring_rows", "row_form"]

#: lines of the page's own between two rows of one shape, at least (no two glued: a
#: table's rows follow one another)
MIN_BETWEEN = 2

_DIGITS = re.compile(r"\d+")
#: a line with a letter or a figure (a rule of box-drawing marks has none)
_WORD = re.compile(r"[^\W_]")
#: spans of a day or a clock time: '2023-09-07', '2023.09.07', '2023年9月7日', '9月7日',
#: '08:00', '8时30分', '10点' (a decimal's point is none: '24.54'); a bare '号' is a day's
#: only for 1 to 31 and never after a bracket closing a year ('某〔2022〕38号': a serial)
_DAY_OR_TIME = re.compile(
    rf"{HAN_YMD}|{YMD}|\d{{1,2}}\s*[-月/／]\s*\d{{1,2}}\s*[日号]?|\d{{1,2}}\s*[:：]\s*\d{{2}}"
    r"(?:\s*[:：]\s*\d{2})?|\d{1,2}\s*[时點点]\s*(?:\d{1,2}\s*分)?|\d{4}\s*年|\d{1,2}\s*[月日]"
    r"|(?<![\d〕］\]】）)])(?:3[01]|[12]\d|0?[1-9])\s*号"
)
#: a count's unit after its number: times, people, items, pages, floors ('123次', '第3页')
_COUNT_UNIT = re.compile(r"^\s*(?:人次|次|人|条|则|页|頁|版|楼|樓|篇|期|回|位)")
#: an ordinal's or a total's word before its number ('第 3', '共4', 'P.3', 'No.', '#')
_ORDINAL = re.compile(r"(?:第|共|[Pp]\.?|[Pp]age|No\.?|№|#|＃)\s*$")


#: a bare number in brackets: a vote's or a reply's count ('有帮助（79）', '赞 (12)')
_BRACKETED = re.compile(r"[（(\[【]\s*$")
_CLOSED = re.compile(r"^\s*[）)\]】]")


#: a link's address or a file's size: no measure of the piece ('…/t20160910_3082.html',
#: '[PDF 2.7MB]')
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:html?|php|aspx?|jsp|pdf)\b")
#: a count's cell: a bare whole number right after a short word opening the cell, the
#: cell closing after it ('有用 78　没用 8', '👍 有用 146　💬 追问'); a measure has its
#: point or its unit ('水位 24.54 m', '39分钟')
_CELL_WORD = re.compile(r"(?:^|[\s｜|·•┃/]|[^\w\s])[^\W\d_]{1,4}\s*[：:]?\s*$")
_CELL_END = re.compile(r"^(?:$|[\s｜|·•┃/])")
_SIZE_UNIT = re.compile(r"^\s*(?:[KMGkmg]i?[Bb]|字节|千字节)")


@cache
def _counter_words() -> re.Pattern[str]:
    """A reader or feedback counter's word, in either script ('浏览', '讚', 'Views')."""
    words = "|".join(re.escape(w) for w in sorted(counter_words(), key=len, reverse=True))
    return re.compile(widen(f"(?:{words})"), re.IGNORECASE)


@cache
def _counter_label() -> re.Pattern[str]:
    """A counter's label ending right before its number ('浏览：', '阅读 (')."""
    return re.compile(rf"{_counter_words().pattern}\w{{0,2}}\s*[：:（(\[【]?\s*$", re.IGNORECASE)


def _kinds(s: str) -> list[tuple[int, bool]]:
    """The numbers of ``s`` in order: (value, a day's, a time's or a counter's)."""
    days = [m.span() for m in _DAY_OR_TIME.finditer(s)]
    days += [m.span() for m in _ADDRESS.finditer(s)]
    label = _counter_label()
    out = []
    for m in _DIGITS.finditer(s):
        a, b = m.span()
        slot = (
            any(x <= a and b <= y for x, y in days)
            or bool(_COUNT_UNIT.match(s[b:]) or _SIZE_UNIT.match(s[b:]))
            or bool(_ORDINAL.search(s[:a]))
            or bool(label.search(s[:a]))
            or bool(_BRACKETED.search(s[:a]) and _CLOSED.match(s[b:]))
            or (s[a - 1 : a] != "." and bool(_CELL_WORD.search(s[:a]) and _CELL_END.match(s[b:])))
        )
        out.append((int(m.group()[:12]), slot))
    return out


def own_figures(texts: Sequence[str]) -> bool:
    """Do ``texts`` (the lines of one shape on a page, in page order) differ in some
    figure that is neither a day, a clock time nor a counter, nor a number counting
    up the page one by one (a page's or a piece's number)?

    >>> own_figures(["某站 水位 24.54 m", "某站 水位 24.98 m"])
    True
    >>> own_figures(["分享到 微信 2023-09-07", "分享到 微信 2023-09-08"])
    False
    >>> info = ["发布时间：2023-09-07 10:00　浏览：123次", "发布时间：2023-09-08 09:00　浏览：98次"]
    >>> own_figures(info)
    False
    >>> own_figures(["某刊 · 第 3 页", "某刊 · 第 4 页"]), own_figures(["— 3 —", "— 4 —"])
    (False, False)
    >>> own_figures(["对您有用吗？　有用（79）　没用（4）", "对您有用吗？　有用（57）　没用（8）"])
    False
    >>> own_figures(["讚 50　｜　留言 6", "讚 87　｜　留言 9"])  # a counter word, either script
    False
    >>> own_figures(["这样答有用吗？　有用 78　没用 8", "这样答有用吗？　有用 16　没用 6"])
    False
    >>> own_figures(["[PDF 2.7MB]　[HTML]", "[PDF 2.0MB]　[HTML]"])  # a file's size
    False
    >>> own_figures(["link: https://x.example/201609/t20160910_3082.html", "link: https://x.example/201609/t20160902_2682.html"])
    False
    """
    if any(_counter_words().search(s) for s in texts):
        return False  # a row of reader counters under each piece: the site's info row
    rows = [_kinds(s) for s in texts]
    if len(rows) < 2 or len({len(r) for r in rows}) != 1:
        return False
    for col in zip(*rows, strict=True):
        values = [v for v, _ in col]
        if len(set(values)) == 1 or any(slot for _, slot in col):
            continue
        if all(b - a == 1 for a, b in itertools.pairwise(values)):
            continue  # counting up the page: a page's or a piece's number
        return True
    return False


def recurring_rows(
    stripped: Sequence[str],
    hits: Mapping[int, LearnedLine],
    claimed: Iterable[int],
    fills: Mapping[str, frozenset[str]] | None = None,
) -> set[int]:
    """The lines of ``hits`` whose learned shape recurs down this page with its own
    figures (see the module): each such shape matching two lines or more, no two alike,
    each pair apart by :data:`MIN_BETWEEN` lines or more that no hit and no claim holds,
    differing in a measure (:func:`own_figures`).

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> row = LearnedLine("▍⟨N⟩ ┃ 水位 ⟨N⟩ m", "shape", "line", 6, 75.0, ())
    >>> body = ["今日水位上涨，请注意防范。", "沿河单位加强巡查。"]
    >>> page = ["▍9月7日 ┃ 水位 24.54 m", *body, "▍9月8日 ┃ 水位 24.98 m", *body]
    >>> sorted(recurring_rows(page, {0: row, 3: row}, ()))
    [0, 3]
    >>> glued = ["▍9月7日 ┃ 水位 24.54 m", "▍9月8日 ┃ 水位 24.98 m", *body]
    >>> sorted(recurring_rows(glued, {0: row, 1: row}, ()))  # a table's rows
    []
    >>> sorted(recurring_rows(page, {0: row}, ()))  # one line of the shape only
    []
    """
    groups: dict[str, list[int]] = {}
    for i, hit in hits.items():
        if hit.kind == "shape":
            groups.setdefault(hit.key, []).append(i)
    taken = set(hits) | set(claimed)
    if not groups:
        return set()
    out: set[int] = set()
    for rows in groups.values():
        rows.sort()
        texts = [stripped[i].strip() for i in rows]
        if len(rows) < 2 or len(set(texts)) != len(texts):
            continue  # the same text twice: the site's, word for word
        if any(
            sum(1 for k in range(a + 1, b) if stripped[k].strip() and k not in taken) < MIN_BETWEEN
            for a, b in itertools.pairwise(rows)
        ):
            continue
        if own_figures(texts):
            out.update(rows)
    out |= _form_runs(stripped, hits, taken - out)
    return out | _closing_runs(stripped, hits, taken - out, fills or {})


#: a row of a piece's run is no sentence
_SENTENCE_END = re.compile(r"[。！？!?；;]")
#: a row of a run is at most this long
ROW_MAX_CHARS = 80


def _row_form(s: str) -> str | None:
    """The coarse form of a line that may be a piece's row (words ``W``, figures ``N``,
    marks kept: :func:`~cleaner.stages.split_shape_lines.shape`), or None for a sentence,
    a long line or a form with no figure or no mark."""
    if not s or len(s) > ROW_MAX_CHARS or _SENTENCE_END.search(s):
        return None
    form = shape(s, coarse=True)  # a figure and a mark besides the words ('〖W〗WN-NW：N-N-N')
    if "N" not in form or not form.replace("W", "").replace("N", ""):
        return None
    return form


def row_form(s: str) -> str | None:
    """The coarse form of a line that may be a piece's row (:func:`_row_form`): the key
    the site's learned wordings are grouped by (:meth:`~cleaner.stages.site_judge.
    Learned.word_fills`)."""
    return _row_form(s)


def _form_runs(
    stripped: Sequence[str], hits: Mapping[int, LearnedLine], taken: set[int]
) -> set[int]:
    """The shape hits that are rows of a run of one coarse form down the page, its other
    rows in the site's other wording (``〖成交〗编号 A-1　成交日期：…`` learned, ``〖流拍〗编号
    A-2　截止日期：…`` on fewer pages, not): a status word or a label that changes from
    piece to piece breaks no run.  Every row of the form (hit or kept, two at least, no
    two alike) stands over lines of its own (:data:`MIN_BETWEEN` kept lines to the next
    row, and under the last), the lines straight under the rows share one form too and
    differ (each piece's title), and the rows differ in a measure (:func:`own_figures`)
    or, with no day in them, in their words (:func:`_own_words`: a category and a place
    over each piece, its figure a count).

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> row = LearnedLine("〖甲〗编号 ⟨N⟩　日期：⟨N⟩", "shape", "line", 6, 75.0, ())
    >>> body = ["该宗地已按规定公开出让，现予公示。", "公示期为十日，有异议的请书面反映。"]
    >>> page = ["〖甲〗编号 A-017　日期：2023-02-13", "东区1号地块出让结果", *body,
    ...         "〖乙〗编号 A-046　截止：2023-02-15", "西区2号地块出让结果", *body]
    >>> sorted(_form_runs(page, {0: row}, {0}))
    [0]
    >>> foot = [*page[:4], "〖乙〗编号 A-046　截止：2023-02-15", "相关链接", "首页"]
    >>> sorted(_form_runs(foot, {0: row}, {0, 5, 6}))  # nothing of its own under the last
    []
    """
    shaped = [i for i, h in hits.items() if h.kind == "shape" and i in taken]
    if not shaped:
        return set()
    forms: dict[str, list[int]] = {}
    for i, s in enumerate(stripped):
        if (i in hits and hits[i].kind != "shape") or (i in taken and i not in hits):
            continue  # a line the site repeats word for word, or a rule's claim
        form = _row_form(s.strip())
        if form is not None:
            forms.setdefault(form, []).append(i)
    out: set[int] = set()
    for rows in forms.values():
        if len(rows) < 2 or not any(i in shaped for i in rows):
            continue
        texts = [stripped[i].strip() for i in rows]
        if len(set(texts)) != len(texts):
            continue
        ends = [*rows[1:], len(stripped)]
        if any(
            sum(1 for k in range(a + 1, b) if stripped[k].strip() and k not in taken) < MIN_BETWEEN
            for a, b in zip(rows, ends, strict=True)
        ):
            continue
        # (a frame's rule closing the row, letterless, stands between it and the title)
        under = [
            next((k for k in range(i + 1, len(stripped)) if _WORD.search(stripped[k])), -1)
            for i in rows
        ]
        # a title under its row may be a shape the site learned too (one estate's
        # result each month, its batch number masked): the piece's own, kept with its row
        if any(k < 0 or (k in taken and k not in shaped) for k in under):
            continue
        if len({shape(stripped[k].strip(), coarse=True) for k in under}) != 1:
            continue  # each piece's title under its row: one form ...
        if len({stripped[k].strip() for k in under}) != len(under):
            continue  # ... and its own words
        if own_figures(texts) or _own_words(texts):
            out.update(i for i in rows if i in shaped)
            out.update(k for k in under if k in shaped)
    return out


def _closing_runs(
    stripped: Sequence[str],
    hits: Mapping[int, LearnedLine],
    taken: set[int],
    fills: Mapping[str, frozenset[str]] | None = None,
) -> set[int]:
    """The shape hits that close the page's pieces: rows of one coarse form (a figure
    and a mark besides the words), two at least and no two alike, each straight under a
    line the page keeps and with :data:`MIN_BETWEEN` kept lines or more above it since
    the row before (each piece's own text), whose WORDS differ from row to row once
    their figures, days and clock times are set aside (``重播：某日 12:45　某频道`` under
    one piece, ``重播：某日 14:45　另一频道`` under the next: a programme's rerun, a
    session's room), no reader counter among them and no field the split reads from any
    (the site's info row under each piece, ``发布：…　作者：某某``, changes its author's
    name with its day: the split's to read, the site's to print).  The site learned
    the shape from its pages, yet each row is this page's own words: kept.  Rows of
    one page may share their words (every rerun on one channel) where the site fills
    the form with other words on its other pages (``fills``: the wordings of the
    site's learned shapes by their form, :meth:`~cleaner.stages.site_judge.Learned.
    word_fills`): a slot of the page's own words too.  A share row or an info row
    prints one wording on every page.

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> row = LearnedLine("重播：⟨N⟩　甲台", "shape", "line", 6, 75.0, ())
    >>> body = ["本期节目讲述了一个村庄的变化。", "欢迎收看本期节目。"]
    >>> page = ["节目一", *body, "重播：3月10日 12:45　甲台", "▶ 看直播",
    ...         "节目二", *body, "重播：3月11日 14:45　乙台", "▶ 看直播"]
    >>> sorted(_closing_runs(page, {3: row}, {3, 4, 9}))
    [3]
    >>> same = [*page[:8], "重播：3月11日 14:45　甲台", "▶ 看直播"]  # a day and a time only
    >>> sorted(_closing_runs(same, {3: row, 8: row}, {3, 4, 8, 9}))
    []
    >>> fills = {_row_form(page[3]): frozenset({"重播：月日 :　甲台", "重播：月日 :　乙台"})}
    >>> sorted(_closing_runs(same, {3: row, 8: row}, {3, 4, 8, 9}, fills))
    [3, 8]
    >>> info = [*page[:3], "发布：2023-09-07　作者：张三", "节目二", *body]
    >>> info.append("发布：2023-09-08　作者：李四")
    >>> sorted(_closing_runs(info, {3: row, 7: row}, {3, 7}))  # a row the split reads
    []
    """
    shaped = {i for i, h in hits.items() if h.kind == "shape" and i in taken}
    if not shaped:
        return set()
    forms: dict[str, list[int]] = {}
    for i, s in enumerate(stripped):
        if (i in hits and hits[i].kind != "shape") or (i in taken and i not in hits):
            continue  # a line the site repeats word for word, or a rule's claim
        form = _row_form(s.strip())
        if form is not None:
            forms.setdefault(form, []).append(i)
    out: set[int] = set()
    for rows in forms.values():
        if len(rows) < 2 or not shaped.intersection(rows):
            continue
        texts = [stripped[i].strip() for i in rows]
        if len(set(texts)) != len(texts):
            continue
        starts = [-1, *rows[:-1]]
        if any(
            k < 1
            or not stripped[k - 1].strip()
            or k - 1 in taken
            or sum(1 for j in range(a + 1, k) if stripped[j].strip() and j not in taken)
            < MIN_BETWEEN
            for a, k in zip(starts, rows, strict=True)
        ):
            continue  # each row straight under its piece's own text
        if any(_counter_words().search(t) for t in texts):
            continue  # a row of reader counters under each piece: the site's info row
        worded = {_DIGITS.sub("", t) for t in texts}
        site_worded = (fills or {}).get(_row_form(texts[0]) or "", frozenset())
        if len(worded) < 2 and len(worded | site_worded) < 2:
            continue  # only their days and figures differ: own_figures' to judge
        if any(_fields_read(t) for t in texts):
            continue
        out.update(i for i in rows if i in shaped)
    return out


def _fields_read(row: str) -> bool:
    """Does the split read a field from ``row`` (as right under a title)?"""
    from cleaner.stages.keep import keep_table

    return bool(keep_table().split.meta.shaped_row(row, near_title=True))


def _own_words(texts: Sequence[str]) -> bool:
    """Do ``texts`` (rows of one coarse form) differ in their words, with no day or clock
    time in any of them?  A row over each piece that names its category and its place
    (``【急寻】　某市 · 东区　　已满 7 天``) changes words from piece to piece, its figure a
    mere count; the site's info row under each piece changes its day (and its author's
    name): that is :func:`own_figures`' to judge.

    >>> _own_words(["【甲类】　某市 · 东区　　已满 7 天", "【乙类】　某市 · 西区　　已满 7 天"])
    True
    >>> _own_words(["【甲类】　某市 · 东区　　已满 7 天", "【甲类】　某市 · 东区　　已满 9 天"])
    False
    >>> _own_words(["发布：2023-09-07　作者：张三", "发布：2023-09-08　作者：李四"])
    False
    """
    if any(_DAY_OR_TIME.search(t) for t in texts):
        return False
    return len({_DIGITS.sub("", t) for t in texts}) > 1


# cells parted by a wide gap (an ideographic space, two spaces or more); a clause mark
_WIDE_GAP = re.compile(r"\u3000+|\s{2,}")
_CLAUSE = re.compile(r"[，。；！？,;!?、]")


def _gapped_row(s: str) -> bool:
    """Two cells or more parted by wide gaps, no clause mark anywhere, opened by a word
    (no bullet or badge glyph: a caption's ``▲ 画面　某队　日期`` stays as it was): a row
    of fields however long, no sentence.

    >>> _gapped_row("某某居委会　2020年3月1日　（经办：某某）")
    True
    >>> _gapped_row("▲ 画面　某队　2024年5月6日"), _gapped_row("甲乙，丙丁　戊己")
    (False, False)
    """
    s = s.strip()
    if not s or unicodedata.category(s[0])[0] == "S":
        return False
    return _CLAUSE.search(s) is None and len([c for c in _WIDE_GAP.split(s) if c]) >= 2


@lru_cache(maxsize=4096)
def _form(s: str) -> str | None:
    """The coarse form of a row that can echo another (:func:`~cleaner.stages.
    split_shape_lines.shape`, coarse: figures ``N``, words ``W``, marks as they are);
    ``None`` for a sentence, for a bare run of words (any two headings share it) and for
    a bare label over what follows (``各位居民：`` and ``以往通知：`` share a form, but the
    one closing a page heads the site's list, no row of a piece).

    >>> _form("12:05　入行的契机") is not None, _form("以往通知：")
    (True, None)

    A long row of cells parted by wide gaps, no clause mark in it (a sign-off with its
    credit, ``某某社区居民委员会　2020年3月1日　（经办：某某）``), is a row, not a sentence:

    >>> _form("某某街道某某社区居民委员会　2020年3月1日　（经办：某某某）") is not None
    True
    >>> _form("该户月人均收入352元，家庭财产状况已逐项核实　调查结果由申请人签字确认") is None
    True
    """
    form = shape(s, coarse=True)
    sentence = prose(s) and not _gapped_row(s)
    if sentence or len(form) < 2 or not any(c != "W" for c in form):
        return None
    if s.rstrip().endswith(("：", ":")):
        return None
    return form


def echoed_piece_row(
    stripped: Sequence[str], i: int, first: int, last: int, deleted: Callable[[int], bool]
) -> bool:
    """Is line ``i``, below the body's last sentence ``last``, a row of the page's last
    piece: in the form of a line between the body's first line ``first`` and ``last``
    that the page keeps (not ``deleted``), with nothing ``deleted`` between ``last``
    and ``i``?  (See the module.)

    >>> page = ["标题", "第一期嘉宾讲了很多。", "时间线", "12:05　入行的契机", "30:10　某段"]
    >>> page += ["第二期嘉宾也讲了很多。", "时间线", "08:48　最难熬的日子", "20:02　入行的契机"]
    >>> page += ["© 2024 某台", "京ICP备1号"]
    >>> kept = lambda k: False
    >>> echoed_piece_row(page, 7, 1, 5, kept), echoed_piece_row(page, 8, 1, 5, kept)
    (True, True)
    >>> echoed_piece_row(page, 9, 1, 5, kept)  # the foot: no such row above
    False
    >>> echoed_piece_row(page, 8, 1, 5, lambda k: k == 7)  # under a deleted line
    False
    >>> echoed_piece_row(page, 8, 1, 5, lambda k: k in (3, 4))  # above: deleted too
    False
    """
    if last < 0 or i <= last or (form := _form(stripped[i])) is None:
        return False
    if any(stripped[k] and deleted(k) for k in range(last + 1, i)):
        return False
    return any(
        stripped[k] and not deleted(k) and _form(stripped[k]) == form
        for k in range(max(first, 0) + 1, last + 1)
    )


def closes_like_pieces(
    stripped: Sequence[str], k: int, first: int, deleted: Callable[[int], bool]
) -> bool:
    """Is line ``k`` a row in the form of a row the page keeps above it, below its first
    line ``first`` (each piece of a compilation closed by its own sign-off row, ``k`` the
    last piece's)?  What stands under it stands below the last piece.

    >>> page = ["标题", "甲户情况。", "某社区居委会　2020年3月1日　（经办：某甲）", "乙户情况。"]
    >>> page += ["某社区居委会　2020年3月9日　（经办：某乙）", "监督电话：某站 0774-1234567"]
    >>> kept = lambda j: False
    >>> closes_like_pieces(page, 4, 0, kept), closes_like_pieces(page, 2, 0, kept)
    (True, False)
    >>> closes_like_pieces(page, 4, 0, lambda j: j == 2)  # the row above deleted: no echo
    False
    """
    if k <= first or (form := _form(stripped[k])) is None:
        return False
    return any(
        stripped[j] and not deleted(j) and _form(stripped[j]) == form
        for j in range(max(first, 0) + 1, k)
    )
