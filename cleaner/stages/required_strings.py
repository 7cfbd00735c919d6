"""The strings every match of a pattern must hold, read from its parse tree.

:class:`Required` is a cheap necessary condition for a match of a rule's regex anywhere
in a line: every match contains one of a set of strings (or a character of a small
class) read from the pattern, so a line holding none is ruled out at C speed without
trying the regex.  :func:`fold` folds case as ``re``'s IGNORECASE does, so
case-insensitive strings are looked for with one case-sensitive scan.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from bisect import bisect_right
from collections.abc import Sequence
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

from cleaner.stages.regex_tree import class_body, ignore_case, ops, parse_tree

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


def _minimal(strings: list[str]) -> list[str]:
    """The distinct ``strings`` that hold none of the others, in their order: each
    string's proper substrings looked up in a set (a few dozen per short string) instead
    of a check against every other string (quadratic in their number: the rule gate's
    ~900 strings cost ~0.04 s of every process's start-up, now ~1 ms).

    >>> _minimal(["上一", "上一篇", "上一页", ":", "单位:", "下载"])
    ['上一', ':', '下载']
    >>> _minimal(["", "a", "ab"])
    ['']
    """
    present = set(strings)
    if "" in present:
        return [""]
    out = []
    for s in strings:
        n = len(s)
        if not any(s[i:j] in present for i in range(n) for j in range(i + 1, n + 1 if i else n)):
            out.append(s)
    return out


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
    if op is ops.LITERAL:
        return [chr(av)]
    if op is not ops.IN:
        return None
    out: list[str] = []
    for o, a in av:
        if o is ops.LITERAL:
            out.append(chr(a))
        elif o is ops.RANGE and a[1] - a[0] < _MAX_CLASS:
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
    if not all(o is ops.LITERAL or o is ops.RANGE for o, _ in av):
        return None
    body = class_body(av)
    if body is None:
        return None
    cls = _Class(f"[{body}]")
    cls.size = sum(1 if o is ops.LITERAL else a[1] - a[0] + 1 for o, a in av)
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
        if chars is None and op is ops.IN and not icase:
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
            if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT) and av[0] >= 1:
                cand = _required(av[2], icase=icase)
            elif op is ops.SUBPATTERN:
                _, add, rm, item = av
                cand = _required(item, icase=ignore_case(add, rm, icase=icase))
            elif op is ops.ASSERT:
                # a lookahead or lookbehind's text is in the string the match is in
                cand = _required(av[1], icase=icase)
            elif op is ops.BRANCH:
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
            tree, icase = parse_tree(pattern)
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
            exact = _minimal(exact)
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
