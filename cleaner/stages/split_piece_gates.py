"""Gates every header run of the split stage asks (:mod:`split_keyed`,
:mod:`split_sources`, :mod:`split_papers`, :mod:`split_clock`, :mod:`split_headings`):
prose above the first header (a piece whose header is lost: the page stays whole), a
body of prose under every header, and a title's closing question mark (a question is a
title, a sentence inside one is not).
"""

from __future__ import annotations

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_page import MIN_BODY_CHARS, per_page, prose_chars, stripped


def unasked(title: str) -> str:
    """The title without one closing question or exclamation mark: a question is a
    title (a Q&A compilation's headers are its questions), a sentence inside is not.

    >>> unasked("久坐腰酸怎么办？"), unasked("先吃饭？再睡觉？")
    ('久坐腰酸怎么办', '先吃饭？再睡觉')
    """
    return title[:-1] if title[-1:] in "？?！!" else title


def _prose_above(lines: list[str], end: int) -> bool:
    """``lines[:end]`` hold prose (:data:`MIN_BODY_CHARS` in sentence lines of ten
    characters or more): a run whose first header lies below it has lost a piece's
    header, so the page is kept whole."""
    return prose_chars(stripped(lines)[:end], _SENTENCE) >= MIN_BODY_CHARS


@per_page
def first_header_limit(lines: list[str]) -> int:
    """The first line index with prose above it (:func:`_prose_above`), ``len(lines) + 1``
    when there is none: a run's first header must lie above it, so a scan that has found
    no header by then can stop (most pages open with a sentence or two of prose).

    Read from :func:`_prose_above` itself, not a copy of its rule: prose above grows
    with ``end``, so the limit is found by doubling, then halving (a few calls on a page
    of prose, ``log n`` on a page without).

    >>> body = "正文说明了这一年的全部安排和各项要求，各单位请遵照执行并按时报送。"
    >>> first_header_limit(["甲县通知", body, "乙县通知", body])
    2
    >>> first_header_limit(["甲县通知", "乙县通知"])
    3
    """
    n = len(lines)
    lo, hi = 0, 1  # no prose above lo (nothing above line 0)
    while hi < n and not _prose_above(lines, hi):
        lo, hi = hi, hi * 2
    if hi >= n:
        hi = n
        if not _prose_above(lines, n):
            return n + 1
    while hi - lo > 1:  # no prose above lo, prose above hi
        mid = (lo + hi) // 2
        if _prose_above(lines, mid):
            hi = mid
        else:
            lo = mid
    return hi


def _bodies_ok(lines: list[str], starts: list[int], skip: int) -> bool:
    """Every piece below a header (``skip`` lines of header) holds prose; the last one
    runs to the page end, where the foot chrome may be."""
    ends = [*starts[1:], len(lines)]
    for a, b in zip(starts, ends, strict=True):
        if prose_chars(lines[a + skip : b]) < MIN_BODY_CHARS:
            return False
    return True
