"""Line-start scans: a ``^`` pattern (``re.M``) tried only where a match can start.

``re`` finds the next place a pattern can match by its literal prefix or first-character
class; a pattern opening with ``^`` has neither, so ``finditer`` over a page tries it at
every position (~0.02 s a 10 MB batch per pattern).  :class:`LineStartScanner` reads the
pattern's parse tree (:mod:`cleaner.stages.charscan`) for the first character of every
match and scans for a line break followed by it, a literal first, which ``re`` runs at C
speed; the matches are exactly ``finditer``'s (hypothesis tests in
``tests/stages/test_charscan.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.stages.charscan import single_line, start_classes
from cleaner.stages.required_strings import Required

__all__ = ["LineStartScanner", "page_scanner"]


class LineStartScanner:
    """``pattern.finditer``/``search`` for a ``re.M`` pattern opening with ``^`` (or an
    alternation whose branches each open with ``^`` or have a first class): its matches
    start at line starts whose first character is in the anchored branches' first class
    (:func:`~cleaner.stages.charscan.start_classes`), or at a character of the other
    branches' first class, and only those positions are tried.  They are found by one
    scan for a line break followed by the first class (or a character of the other),
    which ``re`` runs at C speed (a literal first), where the pattern itself is tried at
    every position.

    >>> sc = LineStartScanner(re.compile(r"^[ \\t]*\\d+号", re.M))
    >>> [m.span() for m in sc.finditer("1号\\n x\\n 22号 33号\\n4号")]
    [(0, 2), (6, 10), (15, 17)]
    >>> sc = LineStartScanner(re.compile(r"\\f|^\\d+$", re.M))
    >>> [m.span() for m in sc.finditer("1\\na\\f2\\n33")]
    [(0, 1), (3, 4), (6, 8)]
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        anchored, free = start_classes(pattern)
        #: the first character of a match at a line start, and of a match anywhere
        self.first = re.compile(f"{anchored}|{free}" if free else anchored)
        gate = f"\n(?:{anchored})"
        self.gate = re.compile(f"{gate}|{free}" if free else gate)
        #: when every match starts at a line start, none can hold a line break and every
        #: one holds a string without case (:class:`Required`): the scan for it, and only
        #: lines holding it are tried (a first class of Han characters opens nearly every
        #: line of a Chinese page)
        self.lines: re.Pattern[str] | None = None
        if not free and single_line(pattern):
            req = Required.of(pattern)
            if req is not None and req.folded is None and req.chars is None and req.one_line:
                self.lines = req.plain

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text, pos)`` yields, in the same order."""
        if self.lines is not None:
            yield from self._by_line(text, pos, self.lines)
            return
        match, gate = self.pattern.match, self.gate.search
        cand: int | None = 0 if pos == 0 and self.first.match(text) else None
        while True:
            if cand is None:
                # a line start >= pos follows a line break at >= pos - 1; a free branch's
                # first character found at pos - 1 is too early: look again from pos
                at = max(pos - 1, 0)
                while True:
                    g = gate(text, at)
                    if g is None:
                        return
                    j = g.start()
                    cand = j + 1 if text[j] == "\n" else j
                    if cand >= pos:
                        break
                    at = j + 1
            m = match(text, cand)
            if m is None:
                pos = cand + 1
            else:  # never empty (it has a first character): pos moves on
                yield m
                pos = m.end()
            cand = None

    def _by_line(self, text: str, pos: int, lines: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """:meth:`finditer` trying only the starts (at or after ``pos``) of the lines that
        hold a match of ``lines``: a match lies within the line it starts."""
        match, hit = self.pattern.match, lines.search
        while (g := hit(text, pos)) is not None:
            start = text.rfind("\n", 0, g.start()) + 1
            if start >= pos and (m := match(text, start)) is not None:
                yield m
            end = text.find("\n", g.end())
            if end == -1:
                return
            pos = end + 1

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``pattern.search(text, pos)``."""
        return next(self.finditer(text, pos), None)


def page_scanner(pattern: re.Pattern[str]) -> LineStartScanner | re.Pattern[str]:
    """A :class:`LineStartScanner` of ``pattern`` when it is one (a rule from the data
    files may not be), else ``pattern`` itself: both have ``finditer`` and ``search``."""
    try:
        return LineStartScanner(pattern)
    except (ValueError, re.error, TypeError, RecursionError):
        return pattern
