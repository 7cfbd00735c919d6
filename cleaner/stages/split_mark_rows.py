"""Numbered rows over the pieces' titles: a compilation that counts its pieces in a row
of their own ABOVE each title (``⑵ 某公司（600001）｜年报问询`` over ``关于…的问询函``).

The row is the piece's header (a count mark, then cells parted by a bar or a wide gap:
a short name, a code, a kind), the line under it the piece's bare title, kept as text
(:data:`split_clock.TITLE_IS_TEXT`: the row goes as the piece's header, its title
stays).  Proof that the page compiles rests on structure alone:

* two rows at least, their marks of one shape numbering 1, 2, 3 … in page order;
* every row short, no sentence, and two cells at least after its mark (a section head
  ``⑴ 基本情况`` is one cell: a document's own numbering);
* the line right under every row a title-shaped line that is no row and no numbered
  line itself (a list's items follow one another; a section's text is prose);
* every piece holds prose, and no prose stands above the first row (a sentence the site
  prints at the head of its pages, ``head_notes``, is the site's standfirst: no prose of
  the page's).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Container

from cleaner.stages.head_repeat import printed_at_head
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_above import title_lines
from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_page import MIN_BODY_CHARS, nonempty, prose_chars, stripped
from cleaner.stages.split_shape_lines import stated_count as _stated

__all__ = ["mark_number", "mark_rows", "rows_kept", "table_rows_over", "titles_under_marks"]

#: Mark blocks of Unicode whose code points count 1, 2, 3 …: (first, last, shape).
_BLOCKS = (
    (0x2474, 0x2487, "paren"),  # ⑴ … ⒇
    (0x2460, 0x2473, "circled"),  # ① … ⑳
    (0x2488, 0x249B, "full_stop"),  # ⒈ … ⒛
    (0x3220, 0x3229, "paren_han"),  # ㈠ … ㈩
)
#: A written mark: a number in brackets (``（3）``, ``[3]``, ``(三)``).
_WRITTEN = re.compile(
    r"^(?P<o>[（(\[［〔])\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）\]］〕]"
)
#: The code points every block of :data:`_BLOCKS` lies within, and the brackets a
#: written mark opens with (:data:`_WRITTEN`): a line opening with neither has no mark.
_BLOCKS_SPAN = (min(b[0] for b in _BLOCKS), max(b[1] for b in _BLOCKS))
_WRITTEN_OPENERS = frozenset("（([［〔")
#: Every character a line with a mark (:func:`mark_number`) opens with.
#: a line a number opens (``一、…``, ``3. …``): an item of a list, no bare title
_COUNTED = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[、.．)）]")
#: brackets and quotes open a title or a tag, never a row's mark
_BRACKETS = frozenset("（([［〔【《〈「『“‘\"'")
_MARK_OPENERS = _WRITTEN_OPENERS | frozenset(
    chr(c) for first, last, _ in _BLOCKS for c in range(first, last + 1)
)
#: The cells of a row after its mark are parted by a bar, a dot, a tab, a wide space
#: or two spaces (cell_gaps.CELL_GAP_OR_SPACED_BAR with a dot).
_CELL_GAP = re.compile(r"\s*[|｜·•丨]\s*|\t+|\u3000+| {2,}")
#: A row is at most this long.
ROW_MAX_CHARS = 80


def mark_number(line: str) -> tuple[int, str, str] | None:
    """``(number, shape, rest)`` of a line opening with a count mark, else None.

    >>> mark_number("⑶ 某某（600001）｜问询"), mark_number("（2）乙方"), mark_number("甲方")
    ((3, 'paren', '某某（600001）｜问询'), (2, '（d', '乙方'), None)
    """
    s = line.strip()
    if not s:
        return None
    c = ord(s[0])
    if _BLOCKS_SPAN[0] <= c <= _BLOCKS_SPAN[1]:
        for first, last, shape in _BLOCKS:
            if first <= c <= last:
                return c - first + 1, shape, s[1:].strip()
    if s[0] not in _WRITTEN_OPENERS:  # most lines: no bracket opens them (issue 15)
        return None
    m = _WRITTEN.match(s)
    if m is None:
        return None
    n = cn_number(m["n"])
    if not n:
        return None
    return n, m["o"] + ("d" if m["n"].isdigit() else "h"), s[m.end() :].strip()


def _row_cells(rest: str) -> int:
    """How many cells the rest of a row holds (0 when it is no row: a sentence, too long)."""
    if not rest or len(rest) > ROW_MAX_CHARS or _SENTENCE.search(rest):
        return 0
    return len([c for c in _CELL_GAP.split(rest) if c])


def mark_rows(
    lines: list[str], head_notes: Container[str] = frozenset()
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(row line, TITLE_IS_TEXT, title, {})`` per piece of a compilation whose pieces
    each open with a numbered row over their title (see the module docstring), else [].

    >>> body = "本函要求公司就下列事项逐项作出书面说明，并在收函后十日内报送本所。"
    >>> page = ["某所 · 平台", "⑴ 甲公司（000001）｜问询", "关于甲公司的函", body,
    ...         "⑵ 乙公司（000002）｜问询", "关于乙公司的函", body]
    >>> [(i, t) for i, _, t, _ in mark_rows(page)]
    [(1, '关于甲公司的函'), (4, '关于乙公司的函')]

    A document's own numbered sections (one cell after the mark), a list of items one
    under the other, or a count out of order: no pieces.

    >>> mark_rows(["⑴ 基本情况", "总体安排", body, "⑵ 存在问题", "主要困难", body])
    []
    >>> mark_rows(["⑴ 甲｜一", "⑵ 乙｜二", "⑶ 丙｜三", body])
    []
    >>> mark_rows([page[4], page[5], page[6], page[1], page[2], page[3]])
    []
    """
    filled, strip = nonempty(lines), stripped(lines)
    counted = not _MARK_OPENERS.isdisjoint({s[:1] for s in strip})
    title: list[bool] | None = None  # the page's title-shaped lines, read at the first row
    rows: list[tuple[int, int]] = []  # (row line, title line)
    shape = None
    for k, i in enumerate(filled[:-1] if counted else ()):  # no count mark: none (issue 15)
        got = mark_number(strip[i])
        if got is None or _row_cells(got[2]) < 2:
            continue
        n, sh, _ = got
        if n != len(rows) + 1 or (shape is not None and sh != shape):
            continue  # another count (a list inside a piece) is no row of the run
        t = filled[k + 1]
        if title is None:
            title = title_lines(lines)
        if not title[t] or mark_number(strip[t]) is not None or cn_number(strip[t][:1]):
            return []  # a numbered row over no title: the run is no run of pieces
        shape = sh
        rows.append((i, t))
    if len(rows) < 2:
        rows = _bulleted(strip, filled)
        if len(rows) < 2:
            return []
        head = "\n".join(strip[: rows[0][0]])
        stated = _stated(head, [strip[t] for _, t in rows], len(rows))
        if not stated and not _serial([strip[r] for r, _ in rows]):
            return []  # the head's count of pieces or the rows' own serials prove the run
        if not stated and prose_chars(_own_head(lines, rows[0][0], head_notes), _SENTENCE) >= (
            MIN_BODY_CHARS
        ):
            return []  # serials under opening prose: sections of one text (no count given)
        ends = [*(r for r, _ in rows[1:]), len(lines)]
        for (_, t), end in zip(rows, ends, strict=True):
            if prose_chars(lines[t + 1 : end], _SENTENCE) < MIN_BODY_CHARS:
                return []
        return [(r, TITLE_IS_TEXT, strip[t], {}) for r, t in rows]
    ends = [*(r for r, _ in rows[1:]), len(lines)]
    for (_, t), end in zip(rows, ends, strict=True):
        if prose_chars(lines[t + 1 : end], _SENTENCE) < MIN_BODY_CHARS:
            return []
    if prose_chars(_own_head(lines, rows[0][0], head_notes), _SENTENCE) >= MIN_BODY_CHARS:
        return []
    return [(r, TITLE_IS_TEXT, strip[t], {}) for r, t in rows]


def _own_head(lines: list[str], end: int, head_notes: Container[str]) -> list[str]:
    """The page's own lines above line ``end``: a sentence the site prints at the head of
    its pages (``head_notes``, :func:`~cleaner.stages.head_repeat.printed_at_head`: a
    column's standing note to its readers) is the site's standfirst, no opening prose of
    the page's (blanked).

    >>> note = "本栏刊登的声明均由刊登人提供，本报仅作形式审查。"
    >>> _own_head(["某报", note, "⑴ 甲｜一"], 2, {note})
    ['某报', '']
    """
    return ["" if printed_at_head(x, head_notes) else x for x in lines[:end]]


def _bulleted(strip: list[str], filled: list[int]) -> list[tuple[int, int]]:
    """``(row line, title line)`` per row of a run of rows that open with one and the
    same mark that counts nothing (``⊞``, ``■``, ``▶``: a symbol, no letter, digit or
    bracket), each two cells or more after its mark, all with one count of cells, every
    line of the page that opens with that mark a row of the run, and the line right under
    every row a title-shaped line of its own (no row, no field, no sentence, no numbered
    line, different on every piece); else [].  With no count in the marks the caller
    asks the page's head to state the count of pieces.

    >>> page = ["■ 甲-01 · 首次 · 类 1", "甲型喷雾器", "正文。"]
    >>> page += ["■ 乙-02 · 变更 · 类 2", "乙型割草机"]
    >>> _bulleted(page, list(range(len(page))))
    [(0, 1), (3, 4)]
    >>> _bulleted(["■ 甲 · 一", "要点：一", "■ 乙 · 二", "要点：二"], [0, 1, 2, 3])
    []
    >>> framed = ["〓 第 1 则 〓", "甲型喷雾器", "正文。", "〓 第 2 则 〓", "乙型割草机"]
    >>> _bulleted(framed, [0, 1, 2, 3, 4])
    []
    """
    # the rows each first character opens, in one pass (a scan of the page per mark was
    # quadratic on a page whose lines open with many different symbols)
    by_first: dict[str, list[int]] = {}
    for k, i in enumerate(filled):
        by_first.setdefault(strip[i][:1], []).append(k)
    for mark in sorted(by_first):
        if not mark or unicodedata.category(mark)[0] not in "SP" or mark in _BRACKETS:
            continue
        opened = by_first[mark]
        if len(opened) < 2 or opened[-1] == len(filled) - 1:
            continue
        # a mark closing the row again frames it (``〓 第 1 则 〓``): no cell of its own
        cells = {_row_cells(strip[filled[k]][1:].rstrip(mark).strip()) for k in opened}
        if len(cells) != 1 or min(cells) < 2:
            continue
        rows = [(filled[k], filled[k + 1]) for k in opened]
        titles = [strip[t] for _, t in rows]
        if len(set(titles)) < len(titles):
            continue
        if all(
            4 <= len(t) <= 40
            and not _SENTENCE.search(t)
            and not any(c in t for c in "：:|｜")
            and t[:1] != mark
            and mark_number(t) is None
            and not _COUNTED.match(t)
            for t in titles
        ):
            return rows
    return []


#: a row's first number of one to four digits (a serial: ``≡ 046 ≡``, ``■ No.12``)
_FIRST_NUMBER = re.compile(r"(?<!\d)\d{1,4}(?!\d)")


def _serial(rows: list[str]) -> bool:
    """Does the number in each row's first cell after its mark (:data:`_FIRST_NUMBER`, a
    short cell) count on from the row before it (``046``, ``047``, ``048``: a run of
    serials that may open past 1)?  A number in a later cell (a kind's code) counts nothing.

    >>> _serial(["≡ 046 ≡　甲类", "≡ 047 ≡　乙类"]), _serial(["■ 12 · 甲", "■ 15 · 乙"])
    (True, False)
    >>> _serial(["■ 20172140488 · 甲", "■ 20172140489 · 乙"])
    False
    >>> _serial(["■ 甲-7 · 类别 01", "■ 乙-3 · 类别 02"])
    False
    """
    numbers: list[int] = []
    for row in rows:
        cells = [c for c in _CELL_GAP.split(row[1:].strip()) if c]
        m = _FIRST_NUMBER.search(cells[0]) if cells and len(cells[0]) <= 8 else None
        if m is None:
            return False
        numbers.append(int(m[0]))
    return all(b == a + 1 for a, b in itertools.pairwise(numbers))


def rows_kept(lines: list[str]) -> tuple[list[int], list[int]]:
    """The lines of the pieces :func:`mark_rows` finds that are the split's to read (for
    the boilerplate stage, whatever its learned claims guessed of them): each numbered
    row and a document number right under its title (``某证函〔2024〕12号``: the piece's
    metadata row), and each title line.

    >>> body = "本函要求公司就下列事项逐项作出书面说明，并在收函后十日内报送本所。"
    >>> page = ["⑴ 甲公司（000001）｜问询", "关于甲公司的函", "甲证函〔2024〕3号", body]
    >>> rows_kept([*page, "⑵ 乙公司（000002）｜问询", "关于乙公司的函", body])
    ([0, 2, 4], [1, 5])
    """
    from cleaner.stages.split_meta_labels import MetaLabels

    found = mark_rows(lines)
    if not found:
        return [], []
    filled = nonempty(lines)
    labels = MetaLabels()  # one reader for every row (it was built again a row)
    rows: list[int] = []
    titles: list[int] = []
    for r, *_ in found:
        t = next(j for j in filled if j > r)
        rows.append(r)
        titles.append(t)
        under = next((j for j in filled if j > t), None)
        if under is not None and labels.doc_number(lines[under]):
            rows.append(under)
    return rows, titles


def titles_under_marks(
    lines: list[str],
    headers: list[tuple[int, str, str]],
    marks: list[tuple[int, str, str, dict[str, str]]] | None = None,
) -> list[tuple[int, str, str]]:
    """``headers`` (the numbered headers another reader found) with each title taken
    from the line under its row, when every header is a numbered row of two cells or
    more over a title-shaped line (the row is the piece's header, the line its title,
    kept as text); else ``headers`` unchanged.  ``marks``: :func:`mark_rows` of these
    ``lines`` when the caller has read it already.

    >>> body = "本函要求公司就下列事项逐项作出书面说明，并在收函后十日内报送本所。"
    >>> page = ["⑴ 甲公司（000001）｜问询", "关于甲公司的函", body]
    >>> page += ["⑵ 乙公司（000002）｜问询", "关于乙公司的函", body]
    >>> titles_under_marks(page, [(0, "generic", "甲公司（000001）｜问询"), (3, "generic", "乙")])
    [(0, 'keyed:clock', '关于甲公司的函'), (3, 'keyed:clock', '关于乙公司的函')]
    >>> marked = ["⊙ 整改中　▏单号 A-01", "关于甲厂的通知", body]
    >>> marked += ["⊙ 已送达　▏单号 A-02", "关于乙厂的通知", body]
    >>> titles_under_marks(marked, [(0, "generic:B⊙", "x"), (3, "generic:B⊙", "y")])
    [(0, 'keyed:clock', '关于甲厂的通知'), (3, 'keyed:clock', '关于乙厂的通知')]
    >>> heads = [(0, "generic", "基本情况"), (3, "generic", "存在问题")]
    >>> doc = ["⑴ 基本情况", "总体安排", body, "⑵ 存在问题", "主要困难", body]
    >>> titles_under_marks(doc, heads) == heads
    True
    """
    if len(headers) < 2:
        return headers
    found = {r: title for r, _, title, _ in (mark_rows(lines) if marks is None else marks)}
    if not found:
        # rows opening with one mark that counts nothing (``⊙ 某状态　▏单号 某　▏限期``):
        # the reader that found the headers proved the run, the rows' shape is enough
        strip = stripped(lines)
        found = {r: strip[t] for r, t in _bulleted(strip, nonempty(lines))}
    if sorted(found) != [h[0] for h in headers]:
        return headers
    return [(i, TITLE_IS_TEXT, found[i]) for i, _, _ in headers]


#: a flattened table's row: a bar opening and closing it, cells parted by bars
_TABLE_ROW = re.compile(r"^[|｜](?:[^|｜\n]+[|｜]){3,}$")


def table_rows_over(lines: list[str], pieces: list[tuple[int, int]]) -> bool:
    """Is each piece's row (``(row line, title line)`` per piece, the row above its
    title) a flattened table's row of one count of cells, framed by bars at both ends
    (``| 01-31 | 周四 | 下午 | 某科 | 调诊 |``), no sentence in it?  Such a row over
    every title is the board's index entry for the piece, its marker: the piece's
    header row, not its text (the piece finder keeps other unread rows as text).

    >>> page = ["| 01-31 | 周四 | 某科 |", "关于甲的通知"]
    >>> page += ["| 02-03 | 周日 | 某科 |", "关于乙的通知"]
    >>> table_rows_over(page, [(0, 1), (2, 3)]), table_rows_over(page, [(1, 1), (2, 3)])
    (True, False)
    >>> prose = ["| 甲说，好 | 乙 | 丙 |", "题", "| 丁 | 戊 | 己 |", "题二"]
    >>> table_rows_over(prose, [(0, 1), (2, 3)])
    False
    """
    if len(pieces) < 2:
        return False
    counts: set[int] = set()
    for row, title in pieces:
        s = lines[row].strip()
        if row >= title or _TABLE_ROW.match(s) is None or _SENTENCE.search(s):
            return False
        counts.add(len([c for c in re.split(r"[|｜]", s) if c.strip()]))
    return len(counts) == 1
