"""A forum thread's floors are no compilation's pieces.

A thread page prints each post under its floor mark (``1楼``, ``第3楼``, ``#4``, ``5#``)
with the poster's row of cells under it (``作者：某某　时间：2024-03-02 12:01``).  To the
split's finders that is a run of short lines, each over a metadata row of one signature:
the shape of a compilation's titled pieces, so the thread came out one article per post,
titled ``1楼``, ``2楼`` …, and each reply's row went as a piece's header.

A floor mark names a place in one conversation, never a piece of its own: a compilation
titles its pieces by what they are about.  :func:`floor_run` tells a header run whose
every title is a floor mark (the ``floor`` pattern of ``rules/post_tails.toml``), alone
or followed by the poster's name in a cell of its own; the stage then keeps the page one
article (the thread) and records why (``split.thread_floors``).  A run with one real
title in it stays the finders' to judge.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from cleaner.rules import load_table

__all__ = ["THREAD_FLOORS", "floor_mark", "floor_run"]

THREAD_FLOORS = "split.thread_floors"
#: a poster's name after a floor mark: one short cell, no sentence mark
_NAME_CELL = r"(?:[ \t\u3000]+[^\s，。！？：:；;,、]{1,16})?"
#: a floor mark a name may follow: one with its floor word ('2楼', '第3楼'), not a bare
#: '#2', which also numbers a list's titles ('#2 春天的诗'), nor a level ('第3层'), which
#: also heads a guide's sections
_WORDED = re.compile(r"(?:第\s*)?\d{1,6}\s*[楼樓]")


@cache
def _floor() -> re.Pattern[str]:
    return re.compile(load_table("post_tails")["post_tail"]["floor"])


def floor_mark(title: str) -> bool:
    """``title`` is a post's floor mark, alone or with the poster's name after a gap.

    >>> [floor_mark(t) for t in ("1楼", "第3楼", "#4", "5#", "2楼　老园丁", "Floor 2")]
    [True, True, True, True, True, True]
    >>> [floor_mark(t) for t in ("#2 春天的诗", "3楼会议室", "二楼的灯", "第3层　展品目录说明")]
    [False, False, False, False]
    """
    s = title.strip()
    if _floor().fullmatch(s):
        return True
    m = _WORDED.match(s)
    return m is not None and re.fullmatch(_NAME_CELL, s[m.end() :]) is not None and m.end() < len(s)


def floor_run(titles: Sequence[str]) -> bool:
    """Two titles or more, every one a floor mark: a thread's posts, not pieces.

    >>> floor_run(["1楼", "2楼", "3楼"]), floor_run(["1楼", "春天的诗"]), floor_run(["2楼"])
    (True, False, False)
    """
    return len(titles) >= 2 and all(floor_mark(t) for t in titles)
