"""A compilation's badges: a count standing alone on its line (an ornament, ``第二讲``, an
ornament) over each piece's title, the title set as one of the page's own HTML headings.
The site marks where each piece starts twice, once with the count and once with the
heading.  Numbered sections of ONE article are marked just the same ('— 一 —' over a
speech's <h3>, '01' over a post's <h2>, '第1天' over an itinerary's day), so the badges
are a cue (for :func:`~cleaner.stages.split_headers.judge`) only together with each
piece's own field row (a date, speaker or author row under its title,
:func:`badged_pieces`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache
from typing import Protocol

from cleaner.rules import load_table


class _Header(Protocol):
    @property
    def line(self) -> int: ...

    @property
    def title(self) -> str: ...


def _next_filled(lines: Sequence[str], i: int) -> int:
    return next((k for k in range(i + 1, len(lines)) if lines[k].strip()), -1)


def badged_headings(
    lines: Sequence[str], run: Sequence[_Header], headings: Collection[str]
) -> bool:
    """Is every header of ``run`` a badge over a declared heading: the header line holds
    no title of its own and is no heading itself, the first line under it is the piece's
    title, one of ``headings`` (the page's headings, its ``<h1>`` left out), and the
    titles differ?

    >>> from types import SimpleNamespace as NS
    >>> page = ["◆ 第 一 讲 ◆", "甲事", "正文。", "◆ 第 二 讲 ◆", "乙事", "正文。"]
    >>> run = [NS(line=0, title="甲事"), NS(line=3, title="乙事")]
    >>> badged_headings(page, run, ("甲事", "乙事"))
    True
    >>> badged_headings(page, run, ("甲事",))  # one title no heading: no cue
    False
    >>> same = ["◆ 第 一 讲 ◆", "甲事", "正文。", "◆ 第 二 讲 ◆", "甲事", "正文。"]
    >>> badged_headings(same, [NS(line=0, title="甲事"), NS(line=3, title="甲事")], ("甲事",))
    False
    >>> badged_headings(page, run, ("◆ 第 一 讲 ◆", "◆ 第 二 讲 ◆", "甲事", "乙事"))
    False
    """
    if len(run) < 2 or not headings:
        return False
    titles = [c.title.strip() for c in run]
    if len(set(titles)) < len(titles):
        return False
    for c, title in zip(run, titles, strict=True):
        head = lines[c.line].strip()
        if not title or title in head or head in headings:
            return False
        below = _next_filled(lines, c.line)
        if below == -1 or lines[below].strip() != title or title not in headings:
            return False
    return True


# how many filled lines under a piece's title its own field rows may take
_HEAD_ROWS = 4
_STOPS = ("。", "！", "？", "；", "…", ".", "!", "?")


def _own_row(lines: Sequence[str], title_line: int, row: Callable[[str], bool]) -> bool:
    """Does a field row ``row`` reads stand among the first lines under the title at
    ``title_line``, before the piece's first sentence?"""
    k, seen = title_line, 0
    while seen < _HEAD_ROWS:
        k = _next_filled(lines, k)
        if k == -1:
            return False
        text = lines[k].strip()
        # an ornament or pictograph before the label ('🎤 讲师：…') is no part of the row
        bare = text.lstrip("".join(ch for ch in text[:2] if not ch.isalnum() and ch != "（"))
        if row(text) or (bare != text and row(bare.strip())):
            return True
        if text.endswith(_STOPS):
            return False  # the prose has begun: the piece has no row of its own
        seen += 1
    return False


def badged_pieces(
    lines: Sequence[str],
    run: Sequence[_Header],
    headings: Collection[str],
    row: Callable[[str], bool] | None,
) -> bool:
    """Is ``run`` a compilation's badged pieces: every header a badge over a declared
    heading (:func:`badged_headings`) AND every piece carrying its own field row
    (``row``: a date, speaker or author row) under its title?  The badges alone mark the
    numbered sections of one article as well.

    >>> from types import SimpleNamespace as NS
    >>> row = lambda s: s.startswith("主讲：")
    >>> page = ["◆ 1 ◆", "甲事", "主讲：某甲", "正文。", "◆ 2 ◆", "乙事", "主讲：某乙", "正文。"]
    >>> run = [NS(line=0, title="甲事"), NS(line=4, title="乙事")]
    >>> badged_pieces(page, run, ("甲事", "乙事"), row)
    True
    >>> bare = ["◆ 1 ◆", "甲事", "正文。", "主讲：某甲", "◆ 2 ◆", "乙事", "正文。"]
    >>> badged_pieces(bare, [NS(line=0, title="甲事"), NS(line=4, title="乙事")],
    ...               ("甲事", "乙事"), row)  # a section's prose first: one article
    False
    >>> badged_pieces(page, run, ("甲事", "乙事"), None)  # no rows read, no series
    False
    """
    if not badged_headings(lines, run, headings):
        return False
    if row is not None and all(_own_row(lines, _next_filled(lines, c.line), row) for c in run):
        return True
    return _session_series(lines, run)


@cache
def _series() -> tuple[re.Pattern[str], tuple[str, ...]]:
    t = load_table("compilations")["badge_series"]
    units = "".join(t["session_units"])
    return re.compile(rf"第\s*[\d一二三四五六七八九十]{{1,3}}\s*[{units}]"), tuple(
        t["series_words"]
    )


def _session_series(lines: Sequence[str], run: Sequence[_Header]) -> bool:
    """Does every badge count a session ('第二讲', '第 3 场') under a head that names a
    series' round-up ('第8期回顾', '合集') and holds no sentence of one article's (an
    intro, a byline's note)?

    >>> from types import SimpleNamespace as NS
    >>> page = ["某会｜第8期回顾", "◆ 第一讲 ◆", "甲事", "正文。", "◆ 第二讲 ◆", "乙事", "正文。"]
    >>> run = [NS(line=1, title="甲事"), NS(line=4, title="乙事")]
    >>> _session_series(page, run)
    True
    >>> _session_series(["某课程教学大纲", *page[1:]], run)  # no series named
    False
    >>> _session_series(["某会｜第8期回顾", "本期讲了两件事。", *page[1:]],
    ...                 [NS(line=2, title="甲事"), NS(line=5, title="乙事")])
    False
    """
    counted, words = _series()
    if not all(counted.search(lines[c.line]) for c in run):
        return False
    head = [ln.strip() for ln in lines[: run[0].line] if ln.strip()]
    if any(ln.endswith(_STOPS) for ln in head):
        return False
    return any(w in ln or counted.search(ln) for ln in head for w in words)
