"""A line the site repeats, inside a run of the page's own verse: the verse's, no chrome.

Lyrics, poems and game records are short lines, and their lines recur: a song's chorus,
a stock phrase of a genre, a move every game of an opening plays.  A site of such pages
sees the same line on several of them and learns it as its own (``boilerplate.
site_repeat``); cut out of the run, the text loses a line.  :func:`verse_lines` lets go
of a learned line that stands inside a run of verse (the shape of :mod:`cleaner.stages.
verse`, ``verse_*`` of ``repair.toml``: at least ``min_lines`` short lines of like length
glued one under the other, few with punctuation inside) whose other lines the site did
not learn: a menu or a list of the site's links is learned whole, a verse run only here
and there.  A learned line with a cue of chrome (a prompt's, a menu's word) is no verse.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Collection, Mapping, Sequence

from cleaner.stages.verse import VerseShape

__all__ = ["holds_verse", "verse_lines"]

_PUNCT = set("，。、；：！？,.;:!?…—")
# a tab, a wide gap or a digit: a row of cells or of figures, no line of verse
_CELLS = re.compile(r"\t|\u3000|  |\d")
#: at most this share of a run's lines may be the site's (learned or claimed)
LEARNED_SHARE = 0.34


def _short(s: str, shape: VerseShape) -> bool:
    """A line that may be verse: short, no tab or wide gap (a row of cells) and no
    figure (a price, a date, a counter)."""
    return bool(s) and len(s) <= shape.max_len and _CELLS.search(s) is None


def _runs(
    stripped: Sequence[str], shape: VerseShape, wanted: Collection[int] | None = None
) -> list[range]:
    """The runs of like lines: glued short lines (none longer than ``max_len``), cut
    where a line's length leaves ``spread`` of the median of its glued block (a title,
    a credit row or a note glued over or under the verse stays out of it).  With
    ``wanted``, only the runs of the glued blocks holding one of those lines (each
    block found from its wanted line, the rest of the page not read).

    >>> from cleaner.stages.verse import VerseShape
    >>> vs = VerseShape(24, 4, 2.0, 0.3, 0.34)
    >>> page = ["一行短句", "又一短句", "", "一段很长很长的正文，" * 4, "再一短句", "末一短句"]
    >>> _runs(page, vs)
    [range(0, 2), range(4, 6)]
    >>> _runs(page, vs, {5}), _runs(page, vs, {3}), _runs(page, vs, {0, 1, 5})
    ([range(4, 6)], [], [range(0, 2), range(4, 6)])
    """
    out: list[range] = []
    if wanted is None:
        k = 0
        while k < len(stripped):
            if not _short(stripped[k], shape):
                k += 1
                continue
            end = k + 1
            while end < len(stripped) and _short(stripped[end], shape):
                end += 1
            out += _block_runs(stripped, k, end, shape)
            k = end
        return out
    done = 0  # the end of the last block read: a wanted line below it opens the next
    for w in sorted(wanted):
        if w < done or not 0 <= w < len(stripped) or not _short(stripped[w], shape):
            continue
        k, end = w, w + 1
        while k > done and _short(stripped[k - 1], shape):
            k -= 1
        while end < len(stripped) and _short(stripped[end], shape):
            end += 1
        out += _block_runs(stripped, k, end, shape)
        done = end
    return out


def _block_runs(stripped: Sequence[str], k: int, end: int, shape: VerseShape) -> list[range]:
    """The runs of like lines of the glued block ``stripped[k:end]`` (see :func:`_runs`)."""
    out: list[range] = []
    mid = statistics.median(len(stripped[i]) for i in range(k, end))
    start = None
    for i in range(k, end + 1):
        like = (
            i < end
            and mid <= len(stripped[i]) * shape.spread
            and len(stripped[i]) <= mid * shape.spread
        )
        if like and start is None:
            start = i
        elif not like and start is not None:
            out.append(range(start, i))
            start = None
    return out


def _verse_run(run: Sequence[str], shape: VerseShape) -> bool:
    if len(run) < shape.min_lines:
        return False
    inner = sum(1 for s in run if any(c in _PUNCT for c in s[:-1]))
    return inner <= shape.inner_share * len(run)


def verse_lines(
    stripped: Sequence[str],
    hits: Mapping[int, object],
    claimed: Collection[int],
    cued: Collection[int],
    shape: VerseShape,
) -> set[int]:
    """The ``hits`` (learned lines) that stand inside a verse run of the page's own
    lines, none of ``cued`` (hits with a chrome cue).

    >>> from cleaner.stages.verse import VerseShape
    >>> vs = VerseShape(24, 4, 2.0, 0.3, 0.34)
    >>> page = ["某歌", "", "河水慢慢流过桥", "桥下的人在等谁", "风吹过了山坡", "河水慢慢流过桥",
    ...         "灯还亮着", "我还在唱", "这是一段很长的创作手记，讲的是这首歌写成的经过。"]
    >>> verse_lines(page, {2: 0, 5: 0}, set(), set(), vs)
    {2, 5}
    >>> menu = ["首页新闻", "体育频道", "财经频道", "娱乐频道"]
    >>> verse_lines(menu, {0: 0, 1: 0, 2: 0, 3: 0}, set(), set(), vs)
    set()
    >>> card = ["某剧", "时间\t周二", "场馆\t某厅", "票价\t90元", "立即购票　想看 76", "剧目介绍"]
    >>> verse_lines(card, {4: 0}, set(), set(), vs)  # rows of cells: no verse
    set()
    >>> verse_lines(page, {2: 0, 5: 0}, set(), {5}, vs)
    {2}
    """
    out: set[int] = set()
    # only a learned line no cue marks and no rule claimed can be let go: the glued
    # blocks without one are not measured (most pages: every block)
    free = {i for i in hits if i not in cued and i not in claimed}
    if not free:
        return out
    for run in _runs(stripped, shape, free):
        learned = [i for i in run if i in hits or i in claimed]
        if (
            learned
            and len(learned) <= LEARNED_SHARE * len(run)
            and _verse_run([stripped[i] for i in run], shape)
        ):
            out |= {i for i in learned if i in hits and i not in cued and i not in claimed}
    return out


def holds_verse(lines: Sequence[str], shape: VerseShape) -> bool:
    """``lines`` (stripped) hold a run of verse: an entry's text that is a song or a
    poem, no prose sentence in it.

    >>> from cleaner.stages.verse import VerseShape
    >>> vs = VerseShape(24, 4, 2.0, 0.3, 0.34)
    >>> holds_verse(["河水慢慢流过桥", "桥下的人在等谁", "风吹过了山坡", "灯还亮着"], vs)
    True
    >>> holds_verse(["甲", "乙", "丙"], vs)
    False
    >>> holds_verse(["价格：12元", "产地：某地", "规格：1kg", "库存：3"], vs)
    False
    """
    return any(_verse_run([lines[i] for i in run], shape) for run in _runs(lines, shape))
