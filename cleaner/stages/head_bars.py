"""A control bar repeated under every section heading (rule ``boilerplate.head_bar``).

A reference work's entry prints a link under each numbered section heading (an edit link,
a back-to-top link), the same short words every time.  No vocabulary names it: its place
does.  A short line with no sentence mark that stands, every time it occurs (twice at
least), right under a numbered heading (``1 历史``, ``2.3 Sources``) and never anywhere
else is the page's control, not its text.  A line that also stands elsewhere (a refrain
of a poem, a label of the text) or under headings that are not numbered is left.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE

#: Rule id of the claim.
HEAD_BAR = "boilerplate.head_bar"
#: A bar is at most this long; it must occur at least HEAD_BAR_MIN times.
HEAD_BAR_MAX_CHARS = 8
HEAD_BAR_MIN = 2

#: a numbered section heading: a number (dotted levels allowed), a mark or a gap, a short
#: head opening with a letter and holding no sentence mark ('1 历史', '2.3 Sources')
_NUMBERED_HEAD = re.compile(
    r"^(\d{1,2}(?:\.\d{1,2}){0,2})(?:[.、．][ \t\u3000]*|[ \t\u3000]+)"
    r"[^\d\s。！？!?，,；;：:/\-][^。！？!?，,；;]{0,30}$"
)


def head_bars(stripped: list[str]) -> list[int]:
    """Indices of the bar lines under numbered section heads (module doc).

    >>> page = ["某山", "1 地理", "编辑", "山高千米，林木茂盛。", "2 历史", "编辑", "古称某岭。"]
    >>> head_bars(page)
    [2, 5]
    >>> head_bars(page + ["编辑"])  # also elsewhere: a word of the text
    []
    >>> head_bars(["号码", "12345/2018", "备注", "67890/2019", "备注"])  # numbers, no heads
    []
    >>> head_bars(["第一段。", "1 地理", "山高千米，林木茂盛。", "2 历史", "古称某岭。"])
    []
    """
    filled = [s for s in stripped if s]
    if HEAD_BAR_MIN >= 2 and len(set(filled)) == len(filled):
        return []  # no line stands twice (most pages): no bar repeats (issue 15)
    where: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(stripped):
        if s and len(s) <= HEAD_BAR_MAX_CHARS and not _SENTENCE.search(s):
            where[s].append(i)
    out: list[int] = []
    for s, at in where.items():
        if len(at) < HEAD_BAR_MIN or any(c.isdigit() for c in s):
            continue
        heads = [_above(stripped, i) for i in at]
        if all(heads) and _in_order([h for h in heads if h is not None]):
            out += at
    return sorted(out)


def _above(stripped: list[str], i: int) -> tuple[int, ...] | None:
    """The number of the numbered heading over line ``i`` (blank lines skipped), or None
    when the line over it is none."""
    k = i - 1
    while k >= 0 and not stripped[k]:
        k -= 1
    m = _NUMBERED_HEAD.match(stripped[k]) if k >= 0 else None
    return tuple(int(p) for p in m.group(1).split(".")) if m else None


def _in_order(numbers: list[tuple[int, ...]]) -> bool:
    """The heads' numbers rise through the page (1, 2, 2.1, 3 …): a section numbering."""
    return all(a < b for a, b in pairwise(numbers))
