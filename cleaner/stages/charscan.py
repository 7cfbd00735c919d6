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

import _sre  # type: ignore[import-not-found]
import importlib
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

_p: Any = importlib.import_module("re._parser")  # no public API exposes the parse tree

_CATEGORIES = {
    _p.CATEGORY_DIGIT: r"\d",
    _p.CATEGORY_NOT_DIGIT: r"\D",
    _p.CATEGORY_SPACE: r"\s",
    _p.CATEGORY_NOT_SPACE: r"\S",
    _p.CATEGORY_WORD: r"\w",
    _p.CATEGORY_NOT_WORD: r"\W",
}
#: a piece of a class: (regex source of a class body, case-insensitive)
_Piece = tuple[str, bool]


def _class_body(items: list[tuple[Any, Any]]) -> str | None:
    """Body of ``[...]`` for the items of an IN node (``None`` for negated classes)."""
    out: list[str] = []
    for op, av in items:
        if op is _p.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is _p.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _p.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # NEGATE, unknown categories
            return None
    return "".join(out)


def _first(seq: Any, *, icase: bool) -> tuple[list[_Piece], bool] | None:
    """Pieces the first consumed character belongs to, and whether ``seq`` may be empty."""
    pieces: list[_Piece] = []
    for op, av in seq:
        if op in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
            continue  # zero width: the first character comes later
        if op is _p.LITERAL:
            return [*pieces, (re.escape(chr(av)), icase)], False
        if op is _p.IN:
            body = _class_body(av)
            if body is None:
                return None
            return [*pieces, (body, icase)], False
        if op in (_p.MAX_REPEAT, _p.MIN_REPEAT, _p.POSSESSIVE_REPEAT):
            lo, _, item = av
            sub = _first(item, icase=icase)
            if sub is None:
                return None
            pieces += sub[0]
            if lo >= 1 and not sub[1]:
                return pieces, False
            continue
        if op is _p.SUBPATTERN:
            _, add, rm, item = av
            sub = _first(item, icase=_icase(add, rm, icase=icase))
            if sub is None:
                return None
            pieces += sub[0]
            if not sub[1]:
                return pieces, False
            continue
        if op is _p.BRANCH:
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


def _icase(add: int, rm: int, *, icase: bool) -> bool:
    if add & re.IGNORECASE:
        return True
    if rm & re.IGNORECASE:
        return False
    return icase


def _render(pieces: list[_Piece]) -> str:
    plain = "".join(body for body, ic in pieces if not ic)
    folded = "".join(body for body, ic in pieces if ic)
    parts = ([f"[{plain}]"] if plain else []) + ([f"(?i:[{folded}])"] if folded else [])
    return "|".join(parts)


def _parse(pattern: re.Pattern[str]) -> tuple[Any, bool]:
    tree = _p.parse(pattern.pattern, pattern.flags)
    return tree, bool(tree.state.flags & re.IGNORECASE)


def first_class(pattern: re.Pattern[str]) -> str | None:
    """A class every match of ``pattern`` starts with (``None``: no such guarantee).

    >>> first_class(re.compile(r"(?<=[a-z])x+|(?i:y)z"))
    '[x]|(?i:[y])'
    >>> first_class(re.compile(r"a?b*")) is None  # may match the empty string
    True
    """
    try:
        tree, icase = _parse(pattern)
        got = _first(tree, icase=icase)
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    if got is None or got[1] or not got[0]:
        return None
    return _render(got[0])


def _no_newline(items: list[tuple[Any, Any]]) -> bool:
    """The items of an IN node cannot match a line break."""
    for op, av in items:
        if op is _p.LITERAL:
            if av == 10:
                return False
        elif op is _p.RANGE:
            if av[0] <= 10 <= av[1]:
                return False
        elif op is _p.CATEGORY:
            # digits and word characters are never a line break; \\s, \\S, \\D, \\W may
            if av not in (_p.CATEGORY_DIGIT, _p.CATEGORY_WORD):
                return False
        else:  # NEGATE and anything unknown
            return False
    return True


def _single_line(seq: Any) -> bool:
    """No character ``seq`` consumes can be a line break (lookarounds may see one)."""
    for op, av in seq:
        if op in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
            continue  # zero width: consume nothing
        if op is _p.LITERAL:
            if av == 10:
                return False
        elif op is _p.IN:
            if not _no_newline(av):
                return False
        elif op in (_p.MAX_REPEAT, _p.MIN_REPEAT, _p.POSSESSIVE_REPEAT):
            if not _single_line(av[2]):
                return False
        elif op is _p.SUBPATTERN:
            if not _single_line(av[3]):
                return False
        elif op is _p.BRANCH:
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
        tree, _ = _parse(pattern)
    except (re.error, TypeError, ValueError, RecursionError):
        return False
    return _single_line(tree)


def _alternatives(seq: list[Any]) -> list[list[Any]]:
    """The top-level alternatives of ``seq``, an alternation or group that is a whole
    alternative (a group without flags of its own) opened into its own: ``(?:x|^a)|(?:^b)``
    is ``x|^a|^b``, so a pattern joined from ``^`` patterns keeps its anchors (``re``
    parses such a group as a nested BRANCH, a capturing one as a SUBPATTERN)."""
    if len(seq) == 1 and seq[0][0] is _p.BRANCH:
        alts = [list(alt) for alt in seq[0][1][1]]
    else:
        alts = [seq]
    out: list[list[Any]] = []
    for alt in alts:
        if len(alt) == 1 and alt[0][0] is _p.BRANCH:
            out += _alternatives(alt)
        elif len(alt) == 1 and alt[0][0] is _p.SUBPATTERN and not alt[0][1][1] | alt[0][1][2]:
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
    tree, icase = _parse(pattern)
    branches = _alternatives(list(tree.data))
    anchored: list[_Piece] = []
    free: list[_Piece] = []
    for alt in branches:
        alt = list(alt)
        got = _first(alt, icase=icase)
        if got is None or got[1] or not got[0]:
            raise ValueError(f"a branch may start anywhere: {pattern.pattern!r}")
        if alt and alt[0] == (_p.AT, _p.AT_BEGINNING):
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


#: classes up to this size join literal runs ('下[载載]' → '下载', '下載') or stand as a
#: rule's required characters (a trail rule's twelve arrows: '›»>＞≫⟫⟩⇢⤳⇨▸►'); past it a
#: class is too common to rule lines out and the rule, and its whole pack, has no filter
_MAX_CLASS = 16
#: literal runs are cut when they would expand to more strings than this
_MAX_STRINGS = 16

#: the most strings of a condition reduced to those holding no other (a check per pair)
_MAX_REDUCE = 2_000

#: a required string: (text, case-insensitive)
_Lit = tuple[str, bool]


class _Fold(dict[int, int]):
    """``str.translate`` table: each character to one of the characters ``re`` takes as
    the same under IGNORECASE (its simple lower case, or the least of it and the extra
    cases ``re`` adds: 'ı' for 'i', 'ſ' for 's'), built as characters are met.  Two
    strings of the same length fold alike exactly when ``(?i:)`` matches one by the other."""

    def __missing__(self, ch: int) -> int:
        low = _sre.unicode_tolower(ch)
        self[ch] = folded = min((low, *_EXTRA_CASES.get(low, ())))
        return folded


_FOLD = _Fold()


def fold(s: str) -> str:
    """``s`` with each character as :class:`_Fold` folds it (same length).

    >>> fold("Share ſ İ"), fold("分享") == "分享"
    ('share s i', True)
    """
    return s.translate(_FOLD)


def _trie(strings: Sequence[str]) -> str:
    """An alternation matching, at any position, exactly where one of ``strings`` (not
    empty) starts: ``['上一', '上传文档', '下载']`` → ``上(?:一|传文档)|下载``.  A string
    that another one starts with stands for both (the other adds no start)."""
    groups: dict[str, list[str]] = {}
    for s in strings:
        groups.setdefault(s[0], []).append(s[1:])
    parts = []
    for head, rests in sorted(groups.items()):
        if "" in rests:
            parts.append(re.escape(head))
        elif len(rests) == 1:
            parts.append(re.escape(head + rests[0]))
        else:
            parts.append(f"{re.escape(head)}(?:{_trie(rests)})")
    return "|".join(parts)


def _cased(ch: str) -> bool:
    # str's full case mappings differ from a character wherever re's simple ones do
    return ch.lower() != ch or ch.upper() != ch


def _literal_chars(op: Any, av: Any) -> list[str] | None:
    """The characters a one-character item (literal, small class) can match, else None."""
    if op is _p.LITERAL:
        return [chr(av)]
    if op is not _p.IN:
        return None
    out: list[str] = []
    for o, a in av:
        if o is _p.LITERAL:
            out.append(chr(a))
        elif o is _p.RANGE and a[1] - a[0] < _MAX_CLASS:
            out += [chr(x) for x in range(a[0], a[1] + 1)]
        else:  # NEGATE, categories, wide ranges
            return None
    return out if len(out) <= _MAX_CLASS else None


class _Class(str):
    """A required class too wide to spell out as strings (regex source ``[...]``): a
    rule's arrows and symbols (``[\\u2190-\\u21ff…]``); ``size``: how many characters."""

    size: int


def _wide_class(av: Any) -> _Class | None:
    """The class of an IN node of literals and ranges (no negation, no category)."""
    if not all(o is _p.LITERAL or o is _p.RANGE for o, _ in av):
        return None
    body = _class_body(av)
    if body is None:
        return None
    cls = _Class(f"[{body}]")
    cls.size = sum(1 if o is _p.LITERAL else a[1] - a[0] + 1 for o, a in av)
    return cls


def _score(lits: list[_Lit]) -> tuple[int, int, int]:
    # a whitespace character is on most lines of a page: any other choice rules out more
    # ('回复|赞|…' before the spaces between them); then strings before a wide class;
    # longer strings are rarer; fewer alternatives are cheaper
    if any(s.isspace() for s, _ in lits if not isinstance(s, _Class)):
        rank = 0
    else:
        rank = 1 if any(isinstance(s, _Class) for s, _ in lits) else 2
    size = sum(s.size if isinstance(s, _Class) else 1 for s, _ in lits)
    return rank, min(1 if isinstance(s, _Class) else len(s) for s, _ in lits), -size


def _required(seq: Any, *, icase: bool) -> list[_Lit] | None:
    """Strings one of which every match of ``seq`` contains (the rarest-looking choice)."""
    best: list[_Lit] | None = None
    run: list[str] = []
    for op, av in seq:
        chars = _literal_chars(op, av)
        cand: list[_Lit] | None = None
        if chars is None and op is _p.IN and not icase:
            run = []
            wide = _wide_class(av)  # a class under IGNORECASE: none
            cand = [(wide, False)] if wide is not None else None
        elif chars is not None:
            # consecutive one-character items: the match contains one of their products
            run = [r + c for r in (run or [""]) for c in chars]
            if len(run) > _MAX_STRINGS:
                run = list(chars)
            cand = [(s, icase) for s in run]
        else:
            run = []
            if op in (_p.MAX_REPEAT, _p.MIN_REPEAT, _p.POSSESSIVE_REPEAT) and av[0] >= 1:
                cand = _required(av[2], icase=icase)
            elif op is _p.SUBPATTERN:
                _, add, rm, item = av
                cand = _required(item, icase=_icase(add, rm, icase=icase))
            elif op is _p.ASSERT:
                # a lookahead or lookbehind's text is in the string the match is in
                cand = _required(av[1], icase=icase)
            elif op is _p.BRANCH:
                cand = []
                for alt in av[1]:
                    sub = _required(alt, icase=icase)
                    if sub is None:
                        cand = None
                        break
                    cand += sub
        if cand and (best is None or _score(cand) > _score(best)):
            best = cand
    return best


class Required:
    """A cheap necessary condition for a match of ``pattern`` anywhere in a string.

    Every match contains one of a set of strings read from the pattern.  Strings that
    start with a character without case are searched by one alternation that ``re``
    scans for at C speed; the case-insensitive rest (``download``, ``share`` …) only on
    strings that contain a cased character at all (a character that matches a cased one
    case-insensitively is itself cased).

    >>> req = Required.of(re.compile(r"(?i)^.{0,40}(版权所有|all rights reserved)$"))
    >>> [req.may_match(s) for s in ("版权所有", "ALL RIGHTS RESERVED", "普通的一行")]
    [True, True, False]
    """

    def __init__(
        self,
        plain: re.Pattern[str] | None,
        folded: re.Pattern[str] | None,
        *,
        one_line: bool = False,
        chars: re.Pattern[str] | None = None,
    ) -> None:
        self.plain = plain
        self.folded = folded
        #: ``folded``'s strings folded (:func:`fold`), one case-sensitive scan of a folded
        #: line (``re`` has no fast scan for a case-insensitive alternation: it tries
        #: every branch at every position); built by :meth:`of`
        self.fold_scan: re.Pattern[str] | None = None
        #: the wide classes, one of whose characters a match may hold instead of a
        #: string (one class: a scan of its own keeps both scans at C speed, where a
        #: class among the strings' alternatives would make ``re`` try every position)
        self.chars = chars
        #: no required string holds a line break (then :meth:`lines` is exact)
        self.one_line = one_line

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Required | None:
        """The condition for ``pattern`` (``None`` when no string is required)."""
        try:
            tree, icase = _parse(pattern)
            lits = _required(tree, icase=icase)
        except (re.error, TypeError, ValueError, RecursionError):
            return None
        return cls.of_strings(lits)

    @classmethod
    def of_strings(cls, lits: list[_Lit] | None) -> Required | None:
        """The condition for a pattern whose required strings (``_required``) are ``lits``:
        an alternation's are its branches' together, read once per branch
        (:mod:`cleaner.stages.rule_gate`) instead of parsing the alternation again."""
        if not lits:
            return None
        classes = sorted({s for s, _ in lits if isinstance(s, _Class)})
        lits = [(s, ic) for s, ic in lits if not isinstance(s, _Class)]
        chars = re.compile("|".join(classes)) if classes else None
        exact = sorted({s for s, ic in lits if not ic or not any(map(_cased, s))})
        if len(exact) <= _MAX_REDUCE:
            # a string holding another holds a match of that one: only the others are
            # searched ('上一' for '上一篇', '上一页' …; ':' for '单位:'), the same lines
            # and strings hold one, and a page scan tries fewer alternatives at each
            # candidate character (the generic pack: 116 strings → 74, its scan ~0.7×)
            exact = [s for s in exact if not any(o in s for o in exact if o != s)]
        # one trie of the strings, not one alternative each: at a candidate character
        # re tries one branch per distinct first character instead of one per string
        # (the generic pack's page scan ~0.7×); a match starts where one of the strings
        # does, exactly as with the flat alternation
        plain = [_trie(exact)] if exact and "" not in exact else list(map(re.escape, exact))
        folded: list[str] = []
        for s, ic in sorted(set(lits)):
            if not ic or not any(map(_cased, s)):
                continue  # in exact
            if not _cased(s[0]):
                plain.append(f"{re.escape(s[0])}(?i:{re.escape(s[1:])})")
            else:
                folded.append(re.escape(s))
        req = cls(
            re.compile("|".join(plain)) if plain else None,
            re.compile(f"(?i:{'|'.join(folded)})") if folded else None,
            one_line=not any("\n" in s for s, _ in lits)
            and (chars is None or chars.match("\n") is None),
            chars=chars,
        )
        cased = sorted({fold(s) for s, ic in lits if ic and any(map(_cased, s)) and _cased(s[0])})
        if cased:
            req.fold_scan = re.compile(_trie(cased))
        return req

    def plain_lines(self, text: str, starts: Sequence[int]) -> set[int] | None:
        """Indices of the lines of ``text`` (starting at ``starts``) that hold one of the
        strings without case: one scan of the page, where a check per line costs a
        Python call each (``None`` when a string may span lines).  The lines on which
        :meth:`may_match` is true are these and those on which :meth:`may_fold` is.

        A line holding such a string holds a match of the scan: a match never crosses a
        line break, so the one that covers or follows that string's start on the line
        starts on it too.  (The case-insensitive strings are left to :meth:`may_fold`:
        ``re`` has no fast scan for a class of cased characters, so a page scan for them
        tries every position.)
        """
        if not self.one_line:
            return None
        found: set[int] = set()
        n = len(starts)
        for scan in (self.plain, self.chars):
            if scan is None:
                continue
            search, pos = scan.search, 0
            while (m := search(text, pos)) is not None:
                i = bisect_right(starts, m.start()) - 1
                found.add(i)
                if i + 1 >= n:
                    break
                pos = starts[i + 1]  # one hit per line is enough: go on from the next line
        return found

    def may_fold(self, s: str) -> bool:
        """False only when no case-insensitive string occurs in ``s``."""
        if self.folded is None or (s.lower() == s and s.upper() == s):
            return False
        if self.fold_scan is not None:
            return self.fold_scan.search(fold(s)) is not None
        return self.folded.search(s) is not None

    def may_match(self, s: str) -> bool:
        """False only when ``pattern`` cannot match anywhere in ``s``."""
        if self.plain is not None and self.plain.search(s) is not None:
            return True
        if self.chars is not None and self.chars.search(s) is not None:
            return True
        return self.may_fold(s)
