"""A compilation's pieces, reprinted: repeated lines inside a block of the page's text
(a helper of :func:`~cleaner.stages.boilerplate_site.site_repeat`).

A briefing, a digest or a bulletin prints several pieces, each a block of lines parted
from the next by blank lines: a short title glued over its paragraphs, often closed by a
credit row.  The same piece comes again in another issue, so the site profile sees its
title (and its credit row) on several pages and, a short line with no sentence mark,
learns it as chrome.  Chrome does not stand like that: a site's furniture heads no block
of the page's own running text, and it does not stand among sibling blocks of the same
build.  So a repeated line inside a *piece block* is the page's text:

* the page parts its blocks by blank lines;
* a piece block opens with a heading-shaped line (at most ``HEAD_MAX_CHARS``, no
  sentence or label mark), or with one short row over it (a serial, a row of labelled
  cells: ``〈二〉類別：某類　｜　對象：某物``; the row keeps its own verdict), glued over
  at least ``BODY_MIN`` sentences (``SENTENCE_CHARS``
  long, a sentence's end, no row's wide gaps) that the site does not repeat and no rule
  claimed (the text of this page);
* the page holds at least ``MIN_PIECES`` such blocks, whether or not their heads repeat.

Only lines the site repeats word for word with weak signals are released: a cue word or
menu separators (``cue:…``, ``menu``) still read as chrome wherever they stand, and a
shape (a line the site prints with other figures on each page: a record's code, a stamp)
is no reprinted piece.  The caller flags what
it keeps (``boilerplate.site_repeat.piece``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping

from cleaner.stages.foot_lines import prose

# what a row over a title never holds: a sentence's mark
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_MARK
from cleaner.stages.site_judge import LearnedLine

#: A piece's title is at most this long.
HEAD_MAX_CHARS = 40
#: A piece's body holds at least this many prose lines of the page's own.
BODY_MIN = 2
#: A page of pieces holds at least this many piece blocks.
MIN_PIECES = 2
#: A sentence of a piece's body is at least this long.
SENTENCE_CHARS = 20
_SENTENCE_END = ("。", "！", "？", "!", "?", "”", '"')
#: a row of cells apart by wide gaps ('制定机关  某机关  公布日期  2022.08.27'); not
#: cell_gaps.CELL_GAP: a sentence may hold one ideographic space
_ROW_GAP = re.compile(r"\u3000{2,}| {2,}|\t")
#: What a title line never holds: a sentence end, a label's colon, a menu bar.
_HEAD_BREAKERS = re.compile(r"[。！？!?；;:：|｜>»›]")


def _blocks(stripped: list[str]) -> Iterator[tuple[int, int]]:
    """The runs of non-empty lines, as ``(start, end)`` (end excluded)."""
    i, n = 0, len(stripped)
    while i < n:
        if not stripped[i]:
            i += 1
            continue
        k = i
        while k < n and stripped[k]:
            k += 1
        yield i, k
        i = k


def piece_lines(
    stripped: list[str],
    hits: Collection[int],
    claimed: Collection[int],
    weak: Callable[[int], bool] = lambda _i: True,
) -> list[int]:
    """The repeated lines (``hits``) that stand inside a piece block of the page, whose
    signals are ``weak`` (no cue word, no menu): the page's own text.

    >>> body = ["该局组织人员深入一线核查，逐项登记问题。"]
    >>> body += ["下一步，该局将继续跟进落实，按期公布整改的结果。"]
    >>> page = ["刊头", "", "甲局开展春季巡查", *body, "（甲局来稿）", ""]
    >>> page += ["乙局完成旧桥加固", *body, "（乙局来稿）", ""]
    >>> piece_lines(page, {0, 2, 5}, set())
    [2, 5]

    One block is no compilation; a block whose lines under its head repeat (or were
    claimed) is no text of the page; a head with a label's colon is no title.

    >>> piece_lines(page[:7], {0, 2, 5}, set())
    []
    >>> piece_lines(page, {0, 2, 3, 4, 5}, set())
    []
    >>> labelled = ["联系我们：", *body, "", "乙局完成旧桥加固", *body]
    >>> piece_lines(labelled, {0}, set())
    []

    A hit with a strong signal stays chrome.

    >>> piece_lines(page, {0, 2, 5}, set(), weak=lambda i: i != 5)
    [2]
    """
    if not any(not s for s in stripped):
        return []  # the page parts no blocks
    taken = set(hits) | set(claimed)
    pieces: list[tuple[int, int]] = []
    for start, end in _blocks(stripped):
        at = _head_at(stripped, start, end)
        if at is None or at in claimed:
            continue
        own = sum(1 for k in range(at + 1, end) if k not in taken and sentence(stripped[k]))
        if own >= BODY_MIN:
            pieces.append((at, end))
    if len(pieces) < MIN_PIECES:
        return []
    return [
        k
        for start, end in pieces
        for k in range(start, end)
        if k in hits and k not in claimed and weak(k)
    ]


def _heading(s: str) -> bool:
    """A title's shape: short, no sentence or label mark, no prose."""
    return len(s) <= HEAD_MAX_CHARS and not _HEAD_BREAKERS.search(s) and not prose(s)


def _head_at(stripped: list[str], start: int, end: int) -> int | None:
    """The line of the block's head: its first line when heading-shaped, else its
    second when the first is a row over it (a serial or a row of labelled cells, no
    sentence: ``〈二〉類別：某類　｜　對象：某物`` over the piece's title); None."""
    if _heading(stripped[start]):
        return start
    first = stripped[start]
    if (
        start + 1 < end
        and len(first) <= HEAD_MAX_CHARS
        and not sentence(first)
        and not _SENTENCE_MARK.search(first)
        and _heading(stripped[start + 1])
    ):
        return start + 1
    return None


def sentence(s: str) -> bool:
    """A sentence of running text, no row of cells.

    >>> sentence("该局组织人员深入一线核查，逐项登记问题。"), sentence("问题。")
    (True, False)
    >>> sentence("制定机关  某某机关  公布日期  2022.08.27  类别  某类事项。")
    False
    """
    return (
        len(s) >= SENTENCE_CHARS
        and s.endswith(_SENTENCE_END)
        and prose(s)
        and _ROW_GAP.search(s) is None
    )


def weak_hit(hits: Mapping[int, LearnedLine]) -> Callable[[int], bool]:
    """A hit the site prints word for word (no shape), with no cue word and no menu
    separators among its signals.

    >>> def hit(kind, *sig): return LearnedLine("k", kind, "line", 5, 60.0, ("k",), None, sig)
    >>> f = weak_hit({1: hit("line", "short"), 2: hit("line", "cue:legal"),
    ...               3: hit("line", "menu"), 4: hit("shape", "digits", "short")})
    >>> f(1), f(2), f(3), f(4)
    (True, False, False, False)
    """

    def weak(i: int) -> bool:
        h = hits[i]
        return h.kind == "line" and not any(x.startswith("cue:") or x == "menu" for x in h.signals)

    return weak
