"""A compilation's badges: a count standing alone on its line (an ornament, ``第二讲``, an
ornament) over each piece's title, the title set as one of the page's own HTML headings.
The site marks where each piece starts twice, once with the count and once with the
heading: a cue as good as a count in the page's head (a helper of
:func:`~cleaner.stages.split_headers.judge`, which asks it only of a run whose every
title reads as a title and every piece holds prose).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol


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
