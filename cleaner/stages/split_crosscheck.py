"""Check a proposed split against the page's own regularities before it is accepted.

Every header reader of the split stage reads one shape; on a new site one of them takes a
shape wrongly, and the loss is silent: a date span read as "date, separator, title" makes
every piece's "title" a date and deletes the real titles above the first one as the
page's head; a row every piece holds under one label retitles pieces that were titled
already.  The readers are many; what a real compilation satisfies is few.  This module
runs once, after the readers have proposed their headers (boundaries and titles) and
before the stage cuts the page, and checks the proposal against invariants any
compilation holds, whichever reader made it:

* **A title names something** (:func:`no_title`).  A title that is only a date, a span of
  days, a number, a code or a figure is a fact of its piece, not its title.  When every
  header is titled so, the headers are rows inside the pieces' heads: the lines right
  above each of them that echo one another in shape on every piece (:func:`echo_depth`,
  the same count of lines of the same shapes above the first header and at the close of
  every piece before the next) are the pieces' true heads, and the cut moves up to them
  (the header row stays the piece's text); with no such echo, nothing above the first
  header is proven the page's head, and the lines there are kept over the first piece.
* **A retitle keeps a title that was one** (:func:`keeps_titles`).  A reader that
  replaces the headers' titles by a row under them may not replace titles that are the
  pieces' own: each title-shaped, different on every piece, its words before a colon (if
  any) a different name on every piece (a label repeats on every piece: a column of
  fields), with a sentence (two clauses or more, or a closing mark), a date-only line or
  one line repeated word for word on every piece.  The row then stays the piece's text.

When a check fails the safer choice is taken (keep the line as text; keep the title the
piece had) and the reason is returned to be recorded as a ``split.crosscheck.*`` flag.
Nothing here deletes a character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cleaner.stages.serial_rows import serial
from cleaner.stages.split_shape_lines import shape

__all__ = [
    "CHECK",
    "Crosscheck",
    "crosscheck",
    "echo_depth",
    "keeps_titles",
    "no_title",
    "span_of_days",
]

#: the ledger rule prefix of every fallback this module takes
CHECK = "split.crosscheck"

Header = tuple[int, str, str]

#: what a title that names nothing holds besides digits: the units of a date or a time,
#: a weekday's words, separators and brackets (``2024.10.03 — 2025.01.31``,
#: ``2025年2月16日（周日）``, ``No. 12``, ``A-07``)
_NAMELESS = re.compile(
    r"[\d\s\W_年月日号時时分秒点點周星期一二三四五六七日天上下午]|No|[A-Za-z](?![A-Za-z])"
)
#: a clause mark inside a line (a sentence has them; a title rarely more than one)
_CLAUSE = re.compile(r"[，,；;]")
#: a sentence's closing mark
_CLOSE = ("。", "！", "？", "!", "?", "；", ";")
#: a title about a colon: the words before it (a name or a label), the rest after it
_NAMED = re.compile(r"^([^\s：:，,。；;、]{1,16})[：:]")
#: a Han run's length bucket in a fine shape
_RUN = re.compile(r"H\d")
#: how many non-blank lines above a header an echoed head may take
ECHO_MAX = 6
#: a title-shaped line: this long at most (a sentence runs longer)
TITLE_MAX = 60


def no_title(title: str) -> bool:
    """Does ``title`` name nothing: only a date, a span of days, a time, a number, a code
    or a figure, with the units, weekdays and separators around them?

    >>> no_title("2024.10.03 — 2025.01.31"), no_title("2025年2月16日（周日）"), no_title("A-07")
    (True, True, True)
    >>> no_title("2025年春季展"), no_title("甲县小记"), no_title(""), no_title("Room 5")
    (False, False, False, False)
    """
    s = title.strip()
    return bool(s) and any(c.isdigit() for c in s) and not _NAMELESS.sub("", s)


#: a date in a row: a year, then a month and maybe a day (``2024.10.03``, ``2025年2月``)
_DAY = re.compile(r"\d{2,4}\s*[.\-/／年]\s*\d{1,2}(?:\s*[.\-/／月]\s*\d{1,2})?")


def span_of_days(line: str) -> bool:
    """Does ``line`` hold two dates (a run of days: an exhibition's, a campaign's)?  Such a
    row dates no publication: its end lies after the page that announces it.

    >>> span_of_days("2024.10.03 — 2025.01.31"), span_of_days("2024年3月1日至3月9日")
    (True, False)
    >>> span_of_days("2024-10-03"), span_of_days("2024年3月1日—2024年3月9日")
    (False, True)
    """
    return len(_DAY.findall(line)) >= 2


def _sentence(s: str) -> bool:
    """A sentence, no title: it closes like one, runs past a title's length, or holds two
    clause marks.

    >>> _sentence("督导组检查发现，某处投放点整洁，居民投放准确")
    True
    >>> _sentence("某社区：做得好，仍欠缺"), _sentence("关于某事的通知")
    (False, False)
    """
    return s.endswith(_CLOSE) or len(s) > TITLE_MAX or len(_CLAUSE.findall(s)) >= 2


def _own(titles: Sequence[str], read: Callable[[str], object]) -> bool:
    """Are ``titles`` the pieces' own: none empty, a date only, a serial or a field row
    (:func:`read` reads a field from it), all different, and the words before a colon a
    different name on every piece (the same words on every piece are a label)?"""
    if len(set(titles)) < len(titles):
        return False
    names: list[str] = []
    for t in titles:
        if not t or no_title(t) or serial(t) is not None or len(t) > TITLE_MAX or read(t):
            return False
        m = _NAMED.match(t)
        if m is not None:
            names.append(m[1])
    return len(set(names)) == len(names)


def keeps_titles(
    found: Sequence[str], proposed: Sequence[str], read: Callable[[str], object]
) -> str | None:
    """Why the ``proposed`` titles may not replace the ``found`` ones (one per piece), or
    ``None`` when they may: the found titles are the pieces' own (:func:`_own`) and the
    proposed ones are no titles (a date only, a sentence, or one line on every piece).

    >>> found = ["东村：垃圾桶摆放整齐，标识清楚", "西村：投放点无人值守"]
    >>> rows = ["督导组发现，东村投放点整洁，居民投放准确", "督导组发现，西村无人值守，垃圾散落"]
    >>> keeps_titles(found, rows, lambda s: None)
    'sentence'
    >>> keeps_titles(["第1号　类：甲", "第2号　类：乙"], ["修桥", "装路灯"], lambda s: None)
    >>> keeps_titles(["事由：修桥", "事由：装路灯"], ["修桥之事", "装路灯之事"], lambda s: None)
    """
    if len(found) != len(proposed) or len(found) < 2 or list(found) == list(proposed):
        return None
    if not _own([t.strip() for t in found], read):
        return None
    new = [t.strip() for t in proposed]
    if all(no_title(t) for t in new):
        return "date_only"
    if len(set(new)) == 1:
        return "shared"
    if all(_sentence(t) for t in new):
        return "sentence"
    return None


def _kind(line: str) -> str:
    """What an echo compares of a line: its shape (:func:`~cleaner.stages.split_shape_lines.shape`)
    with a run of Han letters of any length one run, a Latin run another.

    >>> _kind("方寸之间——历代玺印"), _kind("织造锦绣——近代丝绸纹样展"), _kind("Show B")
    ('H—H', 'H—H', 'L')
    """
    return _RUN.sub("H", shape(line))


def _above(lines: Sequence[str], at: int, floor: int) -> list[int]:
    """The non-blank lines above line ``at`` down to ``floor``, nearest first."""
    return [j for j in range(at - 1, floor - 1, -1) if lines[j].strip()][:ECHO_MAX]


def echo_depth(lines: Sequence[str], heads: Sequence[int]) -> int:
    """How many non-blank lines right above every header in ``heads`` echo one another:
    line by line, nearest first, of one shape on every piece (the first header's lie in
    the page's head, every other's at the close of the piece before it, which keeps a
    line of its own).  Two headers at least; 0 when the lines differ at once.

    >>> page = ["某馆", "本月展讯", "甲展", "Show A", "展期", "2024.1.1 — 2024.3.1", "甲展说明。",
    ...         "乙展", "Show B", "展期", "2024.2.1 — 2024.4.1", "乙展说明。"]
    >>> echo_depth(page, [5, 10])
    3
    >>> echo_depth(page[:2] + page[4:], [3, 8])  # one title line only above the second
    1
    """
    if len(heads) < 2:
        return 0
    columns = [_above(lines, h, 0 if k == 0 else heads[k - 1] + 1) for k, h in enumerate(heads)]
    depth = 0
    while all(len(c) > depth for c in columns):
        kinds = {_kind(lines[c[depth]]) for c in columns}
        if len(kinds) != 1:
            break
        depth += 1
    # every piece but the last keeps a filled line of its own under its header
    for k, h in enumerate(heads[1:]):
        top = columns[k + 1][depth - 1] if depth else h
        if not any(lines[j].strip() for j in range(heads[k] + 1, top)):
            return 0
    return depth


def _title_in(lines: Sequence[str], block: Sequence[int]) -> str | None:
    """The first title-shaped line of a head ``block``: no date only, no sentence, no
    label row's colon at its end, Han letters in it."""
    for j in block:
        s = lines[j].strip()
        if no_title(s) or _sentence(s) or s.endswith(("：", ":")):
            continue
        if re.search(r"[\u3400-\u9fff]", s) and not re.search(r"\d", s):
            return s
    return None


def _titled_under(lines: Sequence[str], heads: Sequence[int]) -> bool:
    """Is the first filled line under every header title-shaped (:func:`_title_in`) and
    different on every piece: the pieces' titles, each under its dated or counted row?

    >>> _titled_under(["【1/2】2016-11-19", "甲会", "正文。", "【2/2】2016-11-12", "乙会"], [0, 3])
    True
    >>> _titled_under(["2024.1.1 — 2024.3.1", "展厅", "甲厅", "2024.2.1 — 3.1", "展厅"], [0, 3])
    False
    """
    ends = [*heads[1:], len(lines)]
    firsts: list[str | None] = []
    for h, end in zip(heads, ends, strict=True):
        under = [j for j in range(h + 1, end) if lines[j].strip()][:1]
        firsts.append(_title_in(lines, under))
    return all(firsts) and len(set(firsts)) == len(firsts)


@dataclass
class Crosscheck:
    """The accepted proposal: ``headers``, whether the lines above the first header are
    kept (``keep_prefix``: nothing proves them the page's head), the header lines whose
    fields are dropped (``unread``: a row the reader read as a header that now stays
    text), and ``notes``, one per failed check (``rule`` suffix → evidence)."""

    headers: list[Header]
    keep_prefix: bool = False
    unread: frozenset[int] = frozenset()
    notes: list[tuple[str, dict[str, object]]] = field(default_factory=list)


def crosscheck(lines: Sequence[str], headers: Sequence[Header], *, text_rule: str) -> Crosscheck:
    """Check the proposed ``headers`` (line, rule, title) of one page; ``text_rule`` is the
    header rule under which a header line stays its piece's text.

    Titles that name nothing on every header (:func:`no_title`), and no title right under
    each header (:func:`_titled_under`, which the title chooser takes): the cut moves up
    to the heads that echo one another above the headers (:func:`echo_depth`), each
    titled by its first title-shaped line, which stays the piece's text (the header row
    becomes the piece's row: ``unread``); without such heads, the page's head is kept
    over the first piece (``keep_prefix``).

    >>> page = ["某馆", "本月展讯", "甲展", "Show A", "展期", "2024.1.1 — 2024.3.1", "甲展说明。",
    ...         "乙展", "Show B", "展期", "2024.2.1 — 2024.4.1", "乙展说明。"]
    >>> got = crosscheck(page, [(5, "keyed:date", "2024.3.1"), (10, "keyed:date", "2024.4.1")],
    ...                  text_rule="text")
    >>> got.headers, got.keep_prefix, sorted(got.unread), got.notes[0][0]
    ([(2, 'text', '甲展'), (7, 'text', '乙展')], False, [5, 10], 'untitled')
    >>> lone = ["某馆", "2024.1.1 — 2024.3.1", "甲展说明。", "2024.2.1 — 2024.4.1", "乙展说明。"]
    >>> got = crosscheck(lone, [(1, "k", "2024.3.1"), (3, "k", "2024.4.1")], text_rule="text")
    >>> got.headers == [(1, "k", "2024.3.1"), (3, "k", "2024.4.1")], got.keep_prefix
    (True, True)
    >>> crosscheck(page, [(2, "k", "甲展"), (7, "k", "乙展")], text_rule="text").notes
    []
    """
    out = Crosscheck(list(headers))
    if len(headers) < 2 or not all(no_title(h[2]) for h in headers):
        return out
    heads = [h[0] for h in headers]
    if _titled_under(lines, heads):
        return out  # each title right under its row: the piece's title chooser takes it
    depth = echo_depth(lines, heads)
    blocks = [list(reversed(_above(lines, h, 0)[:depth])) for h in heads] if depth else []
    titles = [_title_in(lines, b) for b in blocks]
    if depth and all(titles) and len(set(titles)) == len(titles):
        out.headers = [(b[0], text_rule, t or "") for b, t in zip(blocks, titles, strict=True)]
        out.unread = frozenset(heads)
        out.notes.append(
            ("untitled", {"rows": [h + 1 for h in heads], "heads": [b[0] + 1 for b in blocks]})
        )
        return out
    out.keep_prefix = True
    out.notes.append(("untitled", {"rows": [h + 1 for h in heads], "heads": []}))
    return out


def bodiless(
    lines: Sequence[str],
    headers: Sequence[Header],
    *,
    text_rule: str,
    own_line: Callable[[Header], bool],
) -> tuple[list[Header], list[int]]:
    """The ``headers`` that head a body, and the lines of those that head none.

    A header heads its lines up to the next header; when none of them holds text (and
    the header line is not its piece's text: ``text_rule``, or ``own_line``, a paper's
    title row), the header heads nothing and is no header: its line stays text (a
    one-line record ``第一篇文章的正文。`` is that record's text, not a compilation's
    header with no body).  A page never splits into nothing.

    >>> bodiless(["第一篇文章的正文。"], [(0, "n", "文章的正文。")], text_rule="t",
    ...          own_line=lambda h: False)
    ([], [0])
    >>> bodiless(["第一篇 甲", "甲文。", "第二篇 乙"], [(0, "n", "甲"), (2, "n", "乙")],
    ...          text_rule="t", own_line=lambda h: False)
    ([(0, 'n', '甲')], [2])
    >>> bodiless(["第一篇 甲", "第二篇 乙", "乙文。"], [(0, "t", "甲"), (1, "n", "乙")],
    ...          text_rule="t", own_line=lambda h: False)
    ([(0, 't', '甲'), (1, 'n', '乙')], [])
    """
    ends = [h[0] for h in headers[1:]] + [len(lines)]
    kept: list[Header] = []
    empty: list[int] = []
    for h, end in zip(headers, ends, strict=True):
        first = h[0] + (h[1] != text_rule and not own_line(h))
        if any(lines[i].strip() for i in range(first, end)):
            kept.append(h)
        else:
            empty.append(h[0])
    return kept, empty
