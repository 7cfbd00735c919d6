"""A page's lines as the split stage's recognisers share them: what several of them
read of every line (the stripped text, which lines hold any) is computed once a page.

Every recogniser takes the page as ``lines: list[str]`` and asks :func:`stripped` or
:func:`nonempty` (or any function wrapped in :func:`per_page`) for what it needs.  The
split stage hands them a :class:`PageLines`, which remembers each answer for the page;
a plain list (a test, another caller) is read afresh on every call, with the same
results.  The memo lives on the page object and dies with it: no module-level cache,
nothing to reset.  Before it, each of six passes stripped every line again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from itertools import accumulate
from typing import Any, TypeVar

__all__ = [
    "MIN_BODY_CHARS",
    "LineCount",
    "PageLines",
    "ProseChars",
    "filled_between",
    "filled_from",
    "filled_within",
    "joined",
    "nonempty",
    "per_page",
    "per_page_by",
    "prose_chars",
    "stripped",
]

#: Prose a compilation's piece must hold, and prose above its first piece that keeps the
#: page whole: characters in sentence lines of ten or more (:func:`prose_chars`).
MIN_BODY_CHARS = 30

T = TypeVar("T")
A = TypeVar("A")


class PageLines(list[str]):
    """The lines of one page (a ``list``), with a memo of :func:`per_page` answers.

    The recognisers only read the lines; a caller that changes them must make a new
    ``PageLines`` (the memo would describe the old lines).

    >>> page = PageLines(["标题", "", " 正文。"])
    >>> stripped(page), nonempty(page), stripped(page) is stripped(page)
    (['标题', '', '正文。'], [0, 2], True)
    """

    __slots__ = ("memo",)

    def __init__(self, lines: Iterable[str] = ()) -> None:
        super().__init__(lines)
        self.memo: dict[Any, Any] = {}  # fn, or (fn, arg): per_page_by


def per_page(fn: Callable[[list[str]], T]) -> Callable[[list[str]], T]:
    """``fn(lines)``, computed once per :class:`PageLines` (every call on a plain list).

    ``fn`` must be a function of the lines alone, and its callers must not change what
    it returns (the next caller gets the same object)."""

    @wraps(fn)
    def once(lines: list[str]) -> T:
        if type(lines) is not PageLines:
            return fn(lines)
        memo = lines.memo
        if fn in memo:
            got: T = memo[fn]
            return got
        memo[fn] = found = fn(lines)
        return found

    return once


def per_page_by(fn: Callable[[list[str], A], T]) -> Callable[[list[str], A], T]:
    """``fn(lines, arg)``, computed once per :class:`PageLines` and ``arg`` (every call on
    a plain list): :func:`per_page` for a question that also takes one hashable argument
    (a reader, a bound method: two recognisers passing the same reader share one answer,
    two readers get one answer each).

    >>> calls = []
    >>> @per_page_by
    ... def longer(lines, n):
    ...     calls.append(n)
    ...     return [i for i, s in enumerate(lines) if len(s) > n]
    >>> page = PageLines(["甲", "甲乙", "甲乙丙"])
    >>> longer(page, 1), longer(page, 1), longer(page, 2), calls
    ([1, 2], [1, 2], [2], [1, 2])
    >>> longer(["甲乙"], 1), calls  # a plain list: read afresh
    ([0], [1, 2, 1])
    """

    @wraps(fn)
    def once(lines: list[str], arg: A) -> T:
        if type(lines) is not PageLines:
            return fn(lines, arg)
        key = (fn, arg)
        memo = lines.memo
        if key in memo:
            got: T = memo[key]
            return got
        memo[key] = found = fn(lines, arg)
        return found

    return once


@per_page
def stripped(lines: list[str]) -> list[str]:
    """Every line without its surrounding white space (read-only)."""
    return [ln.strip() for ln in lines]


def filled_from(stripped: Sequence[str], i: int, step: int) -> int | None:
    """The first line after ``i`` (``step`` 1) or before it (``step`` -1) that holds
    text, in a page's stripped lines, or None.

    >>> filled_from(["甲", "", "乙"], 0, 1), filled_from(["甲", "", "乙"], 2, -1)
    (2, 0)
    >>> filled_from(["甲", ""], 0, 1) is None
    True
    """
    k = i + step
    while 0 <= k < len(stripped) and not stripped[k]:
        k += step
    return k if 0 <= k < len(stripped) else None


@per_page
def nonempty(lines: list[str]) -> list[int]:
    """The indices of the lines that hold more than white space (read-only)."""
    return [i for i, s in enumerate(stripped(lines)) if s]


@per_page
def joined(lines: list[str]) -> str:
    """The lines joined by newlines: one text to ask whether a character occurs on the
    page at all (an exact gate: a recogniser whose every form needs a character the page
    lacks can match no line)."""
    return "\n".join(lines)


def prose_chars(lines: Iterable[str], sentence: re.Pattern[str] | None = None) -> int:
    """The characters of the (stripped) lines of ten or more that hold a ``sentence``
    mark (any line of ten or more without a pattern): how much prose they hold.

    >>> rx = re.compile("[。，]")
    >>> prose_chars(["  一个句子，长度够了吗？  ", "短句。", "没有标点的十个字的一行"], rx)
    11
    >>> prose_chars(["没有标点的十个字的一行", "短"])
    11
    """
    return sum(
        len(s)
        for s in (ln.strip() for ln in lines)
        if len(s) >= 10 and (sentence is None or sentence.search(s))
    )


def filled_between(filled: Sequence[int], a: int, b: int) -> Sequence[int]:
    """The line numbers ``i`` of ``filled`` (ascending) with ``a < i < b``, in order: the
    same as ``[i for i in filled if a < i < b]`` by two bisections and a slice, not a walk
    over the page.

    >>> filled = [0, 2, 3, 5, 8]
    >>> filled_between(filled, 0, 8), filled_between(filled, -1, 3), filled_between(filled, 5, 2)
    ([2, 3, 5], [0, 2], [])
    """
    return filled[bisect_right(filled, a) : bisect_left(filled, b)]


def filled_within(filled: Sequence[int], a: int, b: int) -> int:
    """How many line numbers ``i`` of ``filled`` (ascending) lie in ``a <= i < b``: the
    same as ``sum(1 for i in filled if a <= i < b)`` by two bisections.

    >>> filled = [0, 2, 3, 5, 8]
    >>> filled_within(filled, 0, 8), filled_within(filled, 2, 9), filled_within(filled, 3, 0)
    (4, 4, 0)
    """
    return max(0, bisect_left(filled, b) - bisect_left(filled, a))


class LineCount:
    """How many of a page's ``filled`` lines (line numbers, ascending) pass a test,
    between two line numbers: prefix sums, so each question costs two bisections, not a
    walk over the page (a judge asking it once per piece was quadratic in a long page's
    lines).  ``passes``: the test's answer for each of ``filled``, in order (or any
    count per line, summed the same way: the sentences each line holds).

    >>> filled = [0, 2, 3, 5, 8]
    >>> count = LineCount(filled, [True, False, True, True, False])
    >>> count.between(0, 8), count.between(-1, 9), count.between(3, 3), count.between(5, 2)
    (2, 3, 0, 0)
    >>> LineCount(filled, [2, 0, 1, 3, 1]).between(0, 8)
    4
    """

    __slots__ = ("acc", "filled")

    def __init__(self, filled: Sequence[int], passes: Iterable[int]) -> None:
        self.filled = filled
        self.acc = [0, *accumulate(map(int, passes))]

    def between(self, a: int, b: int) -> int:
        """How many passing lines ``i`` with ``a < i < b`` (their counts' sum)."""
        lo = bisect_right(self.filled, a)
        hi = bisect_left(self.filled, b)
        return self.acc[hi] - self.acc[lo] if hi > lo else 0


class ProseChars:
    """:func:`prose_chars` of any slice of one page's (stripped) lines, from prefix sums:
    ``ProseChars(strip, rx).of(a, b) == prose_chars(strip[a:b], rx)`` for every ``a``,
    ``b`` from 0 to ``len(strip)``, each asked in constant time.

    >>> rx = re.compile("[。，]")
    >>> page = ["一个句子，长度够了吗？", "短句。", "没有标点的十个字的一行"]
    >>> page.append("又一个句子，长度也够了。")
    >>> chars = ProseChars(page, rx)
    >>> [chars.of(0, 4), chars.of(1, 4), chars.of(2, 2), chars.of(3, 1)]
    [23, 12, 0, 0]
    >>> chars.of(0, 4) == prose_chars(page, rx), ProseChars(page).of(0, 4)
    (True, 34)
    """

    __slots__ = ("acc",)

    def __init__(self, strip: Sequence[str], sentence: re.Pattern[str] | None = None) -> None:
        self.acc = [0, *accumulate(prose_chars((s,), sentence) for s in strip)]

    def of(self, a: int, b: int) -> int:
        """``prose_chars(strip[a:b], sentence)`` for ``0 <= a, b <= len(strip)``."""
        return self.acc[b] - self.acc[a] if b > a else 0
