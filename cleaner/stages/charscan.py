"""Cheap pre-filters derived from a rule's regular expression (never hand-listed).

A regex whose first item is a lookbehind or an alternation cannot use ``re``'s fast scan
for its first character, so ``finditer`` tries every alternative at every position.
:func:`first_class` reads the pattern's parse tree (``re._parser``, the parser ``re``
itself uses) and returns a character class that the first character of every match
belongs to; a stage scans for that class (at C speed) and tries the regex only there,
with exactly the same results.  The class is returned as regex source (``None`` when the
pattern gives no such guarantee: a match may be empty or start with any character); its
case-insensitive pieces keep their flag, so they match what the original matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from cleaner.stages.regex_tree import class_body, ignore_case, ops, parse_tree
from cleaner.stages.required_strings import Required

#: a piece of a class: (regex source of a class body, case-insensitive)
_Piece = tuple[str, bool]


def _first(seq: Any, *, icase: bool) -> tuple[list[_Piece], bool] | None:
    """Pieces the first consumed character belongs to, and whether ``seq`` may be empty."""
    pieces: list[_Piece] = []
    for op, av in seq:
        if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
            continue  # zero width: the first character comes later
        if op is ops.LITERAL:
            return [*pieces, (re.escape(chr(av)), icase)], False
        if op is ops.IN:
            body = class_body(av)
            if body is None:
                return None
            return [*pieces, (body, icase)], False
        if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            lo, _, item = av
            sub = _first(item, icase=icase)
            if sub is None:
                return None
            pieces += sub[0]
            if lo >= 1 and not sub[1]:
                return pieces, False
            continue
        if op is ops.SUBPATTERN:
            _, add, rm, item = av
            sub = _first(item, icase=ignore_case(add, rm, icase=icase))
            if sub is None:
                return None
            pieces += sub[0]
            if not sub[1]:
                return pieces, False
            continue
        if op is ops.BRANCH:
            nullable = False
            for alt in av[1]:
                sub = _first(alt, icase=icase)
                if sub is None:
                    return None
                pieces += sub[0]
                nullable = nullable or sub[1]
            if not nullable:
                return pieces, False
            continue
        return None  # ANY, NOT_LITERAL, GROUPREF, atomic groups …: no guarantee
    return pieces, True


def _render(pieces: list[_Piece]) -> str:
    plain = "".join(body for body, ic in pieces if not ic)
    folded = "".join(body for body, ic in pieces if ic)
    parts = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "|".join(parts)


def first_class(pattern: re.Pattern[str]) -> str | None:
    """A class every match of ``pattern`` starts with (``None``: no such guarantee).

    >>> first_class(re.compile(r"(?<=[a-z])x+|(?i:y)z"))
    '[x]|(?i:[y])'
    >>> first_class(re.compile(r"a?b*")) is None  # may match the empty string
    True
    """
    try:
        tree, icase = parse_tree(pattern)
        got = _first(tree, icase=icase)
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    if got is None or got[1] or not got[0]:
        return None
    return _render(got[0])


def _no_newline(items: list[tuple[Any, Any]]) -> bool:
    """The items of an IN node cannot match a line break."""
    for op, av in items:
        if op is ops.LITERAL:
            if av == 10:
                return False
        elif op is ops.RANGE:
            if av[0] <= 10 <= av[1]:
                return False
        elif op is ops.CATEGORY:
            # digits and word characters are never a line break; \\s, \\S, \\D, \\W may
            if av not in (ops.CATEGORY_DIGIT, ops.CATEGORY_WORD):
                return False
        else:  # NEGATE and anything unknown
            return False
    return True


def _single_line(seq: Any) -> bool:
    """No character ``seq`` consumes can be a line break (lookarounds may see one)."""
    for op, av in seq:
        if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
            continue  # zero width: consume nothing
        if op is ops.LITERAL:
            if av == 10:
                return False
        elif op is ops.IN:
            if not _no_newline(av):
                return False
        elif op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
            if not _single_line(av[2]):
                return False
        elif op is ops.SUBPATTERN:
            if not _single_line(av[3]):
                return False
        elif op is ops.BRANCH:
            if not all(_single_line(alt) for alt in av[1]):
                return False
        else:  # ANY, NOT_LITERAL, GROUPREF, atomic groups …: may consume a line break
            return False
    return True


def single_line(pattern: re.Pattern[str]) -> bool:
    """True when no match of ``pattern`` can hold a line break (False: unsure).

    >>> single_line(re.compile(r"(?<=\\n)[ \\t]+\\d+(?=\\n|$)", re.M))
    True
    >>> single_line(re.compile(r"a\\s+b"))  # \\s matches a line break
    False
    """
    try:
        tree, _ = parse_tree(pattern)
    except (re.error, TypeError, ValueError, RecursionError):
        return False
    return _single_line(tree)


def _alternatives(seq: list[Any]) -> list[list[Any]]:
    """The top-level alternatives of ``seq``, an alternation or group that is a whole
    alternative (a group without flags of its own) opened into its own: ``(?:x|^a)|(?:^b)``
    is ``x|^a|^b``, so a pattern joined from ``^`` patterns keeps its anchors (``re``
    parses such a group as a nested BRANCH, a capturing one as a SUBPATTERN)."""
    if len(seq) == 1 and seq[0][0] is ops.BRANCH:
        alts = [list(alt) for alt in seq[0][1][1]]
    else:
        alts = [seq]
    out: list[list[Any]] = []
    for alt in alts:
        if len(alt) == 1 and alt[0][0] is ops.BRANCH:
            out += _alternatives(alt)
        elif len(alt) == 1 and alt[0][0] is ops.SUBPATTERN and not alt[0][1][1] | alt[0][1][2]:
            out += _alternatives(list(alt[0][1][3]))
        else:
            out.append(alt)
    return out


def start_classes(pattern: re.Pattern[str]) -> tuple[str, str | None]:
    """Where a match of a ``re.M`` pattern opening with ``^`` can start: the class of its
    first character at a line start, and (for an alternation whose other branches have a
    first class) the class of a match's first character anywhere, ``None`` if none.

    >>> start_classes(re.compile(r"x|^[ab]c", re.M))
    ('[ab]', '[x]')

    Raises ``ValueError`` for any other pattern (a branch that may be empty, start with
    any character or at a line break; no ``^``; no ``re.M``).
    """
    tree, icase = parse_tree(pattern)
    branches = _alternatives(list(tree.data))
    anchored: list[_Piece] = []
    free: list[_Piece] = []
    for alt in branches:
        alt = list(alt)
        got = _first(alt, icase=icase)
        if got is None or got[1] or not got[0]:
            raise ValueError(f"a branch may start anywhere: {pattern.pattern!r}")
        if alt and alt[0] == (ops.AT, ops.AT_BEGINNING):
            anchored += got[0]
        else:
            free += got[0]
    if not anchored or not pattern.flags & re.M:
        raise ValueError(f"not a line-start pattern: {pattern.pattern!r}")
    if free and re.match(_render(free), "\n"):
        raise ValueError(f"a branch may start at a line break: {pattern.pattern!r}")
    return _render(anchored), _render(free) if free else None


class Scanner:
    """``pattern.finditer`` that tries ``pattern`` only where a match can start.

    ``lines=True`` also skips the lines that cannot hold a match, when the pattern lets
    that be proven (:func:`single_line`, and a required string without case:
    :class:`Required`): a match then lies within one line and holds one of the strings,
    so only lines holding one are scanned.  Worth it for a pattern whose first class is
    common (spaces, digits) and whose required string is rare on a line.

    >>> sc = Scanner(re.compile(r"(?<=[a-z])\\d+"))
    >>> [m.group() for m in sc.finditer("a1 22 b333")]
    ['1', '333']
    >>> sc = Scanner(re.compile(r"(?<=[a-z])\\d+:\\d+"), lines=True)
    >>> [m.group() for m in sc.finditer("a1 22\\nb3:33 c4:4")]
    ['3:33', '4:4']
    """

    def __init__(self, pattern: re.Pattern[str], *, lines: bool = False) -> None:
        self.pattern = pattern
        first = first_class(pattern)
        self.first = re.compile(first) if first else None
        #: the required strings' scan when ``lines`` and it is exact (see the class doc)
        self.line_gate: re.Pattern[str] | None = None
        if lines and self.first is not None and single_line(pattern):
            req = Required.of(pattern)
            if req is not None and req.folded is None and req.one_line:
                self.line_gate = req.plain

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(text)`` yields, in the same order."""
        if self.first is None:
            yield from self.pattern.finditer(text)
            return
        if self.line_gate is not None:
            yield from self._by_line(text, self.line_gate)
            return
        find, match = self.first.search, self.pattern.match
        pos = 0
        while (c := find(text, pos)) is not None:
            # match() at a position sees the text before it (lookbehind, ^ in MULTILINE)
            # exactly as finditer does; a match is never empty (it has a first character)
            m = match(text, c.start())
            if m is None:
                pos = c.start() + 1
            else:
                yield m
                pos = m.end()

    def _by_line(self, text: str, gate: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """:meth:`finditer` over the lines holding a match of ``gate`` only.  Matches lie
        within one line, so a line's are found by scanning it alone (the first class is
        searched up to the line's end; ``match`` still sees the whole text, as
        ``finditer`` does), and lines are visited in order."""
        assert self.first is not None
        find, match, hit = self.first.search, self.pattern.match, gate.search
        n = len(text)
        pos = 0
        while pos < n and (g := hit(text, pos)) is not None:
            start = text.rfind("\n", 0, g.start()) + 1
            end = text.find("\n", g.start())
            end = n if end == -1 else end
            p = max(start, pos)
            while (c := find(text, p, end)) is not None:
                m = match(text, c.start())
                if m is None:
                    p = c.start() + 1
                else:
                    yield m
                    p = m.end()
            pos = end + 1
