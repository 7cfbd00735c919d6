"""The first branch of an alternation that matches a line, trying only the branches whose
required strings the line holds.

A built-in rule pack is matched as one alternation with a named group per rule
(:func:`combine`); ``re`` tries every branch on a line in
turn, and the ``.{0,80}…`` branches cost ~0.5 µs each, ~25 µs a line for the generic
pack, on the lines its required strings let through (a pack's strings are those of all
its rules: a line holding one of them holds, on a Chinese page, one or two rules'
strings at most).  :class:`BranchGate` reads each branch's own required strings
(:mod:`cleaner.stages.required_strings`), finds which of them the line holds in one scan, and
matches only those branches, in their order: the first that matches is the branch the
alternation matches (a branch that holds none of its strings cannot match), so the
result is :meth:`re.Pattern.match` of the alternation's, group name and span alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaner.stages.regex_tree import ops
from cleaner.stages.required_strings import Required, _cased, _Class, _Lit, _required, _trie, fold

if TYPE_CHECKING:
    from cleaner.rules import LineRule, RulePack

__all__ = ["BranchGate", "branch_rules", "gate_of", "rule_groups"]

# a group referred to by its number (a backreference, a conditional): in the alternation
# the number counts the groups of the branches before, so a branch alone is not the same
# pattern (a name means the same group in both: a branch that names another's does not
# compile alone)
_REFERS = re.compile(r"\\[1-9]|\(\?\(\d")


class BranchGate:
    """``combined.match(s)`` for ``combined = re.compile("|".join(f"(?P<{name}>{src})"))``
    over ``branches`` (``(name, src)`` in order), trying only the branches that may
    match ``s``.

    >>> g = BranchGate.of([("a", "^.{0,9}下载"), ("b", "(?i:^.{0,9}share)"), ("c", "^第")])
    >>> [m and (m.lastgroup, m.span()) for m in map(g.match, ["第一下载", "第二", "SHARE", "x"])]
    [('a', (0, 4)), ('c', (0, 1)), ('b', (0, 5)), None]
    """

    def __init__(self, sources: list[str], always: list[int]) -> None:
        #: each branch alone, ``(?P<name>src)``, compiled the first time a line may match
        #: it (most branches of a pack are never tried in a run: a compile each costs
        #: ~1.5 ms at start-up); the parse that found its strings proved it compiles
        self.sources = sources
        self.solos: list[re.Pattern[str] | None] = [None] * len(sources)
        self.always = frozenset(always)
        #: the alternation's :class:`~cleaner.stages.required_strings.Required`, from its
        #: branches' strings (every match of it holds one of some branch's strings)
        self.required: Required | None = None
        #: first character → (string, its exact-start check or None, branch) for the
        #: strings without case (and those whose first character has none)
        self.by_first: dict[str, list[tuple[str, re.Pattern[str] | None, int]]] = {}
        self.starts: re.Pattern[str] | None = None
        #: one-character strings without case → their branches, found by one class scan
        #: of the line (``findall`` in C: a set intersection hashes every character of
        #: the line, ~2 µs a line where the scan costs ~0.5)
        self.singles: dict[str, set[int]] = {}
        self.single_chars: frozenset[str] = frozenset()
        self.single_scan: re.Pattern[str] | None = None
        self.classes: list[tuple[re.Pattern[str], int]] = []
        self.any_class: re.Pattern[str] | None = None
        #: the case-insensitive strings, folded (:func:`fold`): one case-sensitive scan of
        #: the folded line finds where they start (``re`` has no fast scan for a
        #: case-insensitive pattern: it tries every branch at every position), and
        #: folded first character → (folded string, branch)
        self.fold_starts: re.Pattern[str] | None = None
        self.fold_first: dict[str, list[tuple[str, int]]] = {}

    @classmethod
    def of(cls, branches: Sequence[tuple[str, str]]) -> BranchGate | None:
        """The gate of ``branches``; ``None`` when a branch cannot be matched on its own
        as it is in the alternation (a backreference) or does not compile alone."""
        sources: list[str] = []
        always: list[int] = []
        every: list[_Lit] | None = []
        exact: list[tuple[str, int]] = []
        partial: list[tuple[str, int]] = []
        folded: list[tuple[str, int]] = []
        classes: dict[int, list[str]] = {}
        for k, (name, src) in enumerate(branches):
            if _REFERS.search(src):
                return None
            solo = f"(?P<{name}>{src})"
            try:
                tree = ops.parse(solo, 0)  # what re.compile(solo) parses: errors and all
                lits = _required(tree, icase=bool(tree.state.flags & re.IGNORECASE))
            except (re.error, TypeError, ValueError, RecursionError, OverflowError):
                return None
            sources.append(solo)
            # the alternation's strings: its branches' together, none if one has none
            every = None if lits is None or every is None else every + lits
            if not lits or any(s == "" for s, _ in lits):
                always.append(k)  # no string every match holds: always tried
                continue
            for s, ic in lits:
                if isinstance(s, _Class):
                    classes.setdefault(k, []).append(s)
                elif not ic or not any(map(_cased, s)):
                    exact.append((s, k))
                elif not _cased(s[0]):
                    partial.append((s, k))
                else:
                    folded.append((fold(s), k))
        gate = cls(sources, always)
        gate.required = Required.of_strings(every)
        alts: list[tuple[str, str]] = []
        multi = []
        for s, k in exact:
            if len(s) == 1:
                gate.singles.setdefault(s, set()).add(k)
            else:
                multi.append(s)
                gate.by_first.setdefault(s[0], []).append((s, None, k))
        gate.single_chars = frozenset(gate.singles)
        if gate.singles:
            gate.single_scan = re.compile(
                "[" + "".join(re.escape(c) for c in sorted(gate.singles)) + "]"
            )
        for s, k in partial:
            rx = f"{re.escape(s[0])}(?i:{re.escape(s[1:])})"
            gate.by_first.setdefault(s[0], []).append((s, re.compile(rx), k))
            alts.append((s[0], rx))
        if multi or alts:
            gate.starts = re.compile(start_scan(sorted(set(multi)), alts))
        for s, k in folded:
            gate.fold_first.setdefault(s[0], []).append((s, k))
        if folded:
            gate.fold_starts = re.compile(_trie(sorted({s for s, _ in folded})))
        gate.classes = [(re.compile("|".join(v)), k) for k, v in classes.items()]
        if classes:
            gate.any_class = re.compile("|".join(c for v in classes.values() for c in v))
        return gate

    def candidates(self, s: str) -> set[int]:
        """The branches that may match somewhere in ``s`` (by index)."""
        found = set(self.always)
        if self.single_scan is not None:
            singles = self.singles
            for ch in set(self.single_scan.findall(s)):
                found |= singles[ch]
        if self.starts is not None:
            search, by_first, pos = self.starts.search, self.by_first, 0
            # every position a string starts at, overlapping ones too
            while (m := search(s, pos)) is not None:
                p = m.start()
                for text, rx, k in by_first[s[p]]:
                    if (s.startswith(text, p) if rx is None else rx.match(s, p)) and k not in found:
                        found.add(k)
                pos = p + 1
        if self.fold_starts is not None and (s.lower() != s or s.upper() != s):
            t = fold(s)
            search, fold_first, pos = self.fold_starts.search, self.fold_first, 0
            while (m := search(t, pos)) is not None:
                p = m.start()
                for text, k in fold_first[t[p]]:
                    if k not in found and t.startswith(text, p):
                        found.add(k)
                pos = p + 1
        if self.any_class is not None and self.any_class.search(s) is not None:
            found.update(k for rx, k in self.classes if rx.search(s) is not None)
        return found

    def match(self, s: str) -> re.Match[str] | None:
        """The alternation's ``match(s)``: the first branch, in order, that matches."""
        solos = self.solos
        for k in sorted(self.candidates(s)):
            solo = solos[k]
            if solo is None:
                solo = solos[k] = re.compile(self.sources[k])
            m = solo.match(s)
            if m is not None:
                return m
        return None

    def first(self, s: str, patterns: Sequence[re.Pattern[str]]) -> int | None:
        """The index of :meth:`match`'s branch (``None``: no branch matches), matching
        ``patterns[k]`` for branch ``k``: the branch compiled on its own without its
        group name (a rule's own pattern, compiled when its pack was loaded), so that no
        branch is compiled a second time.  A match of the branch is a match of its
        pattern and the other way round (the group spans the whole branch)."""
        for k in sorted(self.candidates(s)):
            if patterns[k].match(s) is not None:
                return k
        return None


#: first characters per group of :func:`start_scan`
SCAN_GROUP = 16


def _chars(chars: Sequence[str]) -> str:
    return "[" + "".join(map(re.escape, chars)) + "]"


def start_scan(strings: Sequence[str], partial: Sequence[tuple[str, str]] = ()) -> str:
    """A pattern that matches wherever one of ``strings`` (two characters or more) starts,
    or one of the ``partial`` patterns matches (``(its first character, the pattern)``,
    the pattern opening with that character, literal), and at a few more places:
    :meth:`BranchGate.candidates` checks each string at each place found
    (``startswith``), so a place where none starts only costs that check.

    One trie of all the strings (:func:`~cleaner.stages.required_strings._trie`) has one
    branch per distinct first character, and ``re`` tries them one by one at every
    character that may open one (the generic pack: ~250 branches at ~9 characters of an
    average line: most of :meth:`BranchGate.candidates`; issue 15).  Here the first
    characters go in groups of :data:`SCAN_GROUP`, one branch per group: the group's
    characters as a class, then the trie of what follows them in the group's strings
    (a place where one character is followed by what another one's strings hold
    matches too: the few more places).  A look-ahead for any first character lets
    ``re`` pass the other characters at once.  With few first characters (a small
    pack), the trie alone: ``re`` skips to a first character by itself there.

    >>> strings = ["上一", "下载", "分享"] + [chr(0x4E00 + k) + "甲" for k in range(40)]
    >>> rx = re.compile(start_scan(strings, [(" ", r"\\ (?i:more)")]))
    >>> [m.start() for m in rx.finditer("上载分享到 MORE 下一")]  # 上载: one place more
    [0, 2, 5, 11]
    >>> [m.start() for m in re.finditer(start_scan(["上一", "下载"]), "上载 下载")]
    [3]
    """
    firsts = sorted({s[0] for s in strings})
    if len(firsts) <= 2 * SCAN_GROUP:  # few branches: the trie alone (re skips the rest)
        return "|".join([*([_trie(strings)] if strings else []), *(rx for _, rx in partial)])
    alts = []
    for at in range(0, len(firsts), SCAN_GROUP):
        group = set(firsts[at : at + SCAN_GROUP])
        rests = sorted({s[1:] for s in strings if s[0] in group})
        alts.append(f"{_chars(sorted(group))}(?:{_trie(rests)})")
    heads = set(firsts) | {first for first, _ in partial}
    return f"(?={_chars(sorted(heads))})(?:{'|'.join([*alts, *(rx for _, rx in partial)])})"


@lru_cache(maxsize=32)
def gate_of(branches: tuple[tuple[str, str], ...]) -> BranchGate | None:
    """:meth:`BranchGate.of`, built once per process for the same branches (~0.05 s for
    the generic pack; a gate is read-only once built)."""
    return BranchGate.of(branches)


def taker(
    pack: RulePack,
    combined: re.Pattern[str] | None,
    by_group: dict[str, LineRule],
    s: str,
    gate: BranchGate | None = None,
    branch_rules: Sequence[LineRule] = (),
    patterns: Sequence[re.Pattern[str]] = (),
) -> str | None:
    """The name of the rule of built-in ``pack`` that takes line ``s``: the first, in pack
    order, whose pattern matches it within its ``max_len`` (``None``: none does).
    ``gate``: the branches of ``combined``, matched as it matches them (with a gate,
    ``combined`` is not needed); ``branch_rules``: the rule of each branch
    (:func:`branch_rules`) and its pattern (``patterns``), which the gate then matches."""
    if gate is not None and patterns:
        k = gate.first(s, patterns)
        if k is None:
            return None
        rule = branch_rules[k]
    else:
        if gate is not None:
            m = gate.match(s)
        elif combined is not None:
            m = combined.match(s)
        else:
            raise ValueError("taker needs the alternation or its gate")
        if m is None:
            return None
        rule = by_group[m.lastgroup or ""]
    if len(s) <= rule.max_len:
        return rule.name
    for r in pack.rules:  # first alternative too long for its rule: try the others
        if r.pattern is not None and len(s) <= r.max_len and r.pattern.match(s):
            return r.name
    return None


def branches(rules: Sequence[LineRule]) -> list[tuple[str, str]]:
    """``(group name, pattern)`` of each rule with a pattern, in order, as
    :func:`combine` joins them."""
    out: list[tuple[str, str]] = []
    for k, rule in enumerate(rules):
        if rule.pattern is None:
            continue
        pat = rule.pattern.pattern
        if pat.startswith("(?i)"):  # global inline flags must become scoped inside |
            pat = f"(?i:{pat[4:]})"
        out.append((f"r{k}", pat))
    return out


def branch_rules(rules: Sequence[LineRule]) -> tuple[LineRule, ...]:
    """The rule of each of :func:`branches`, in order."""
    return tuple(rule for rule in rules if rule.pattern is not None)


def combine(rules: Sequence[LineRule]) -> tuple[re.Pattern[str] | None, dict[str, LineRule]]:
    """Join the rules' patterns into one regex with a named group per rule."""
    parts = [f"(?P<{name}>{pat})" for name, pat in branches(rules)]
    return (re.compile("|".join(parts)) if parts else None), rule_groups(rules)


def rule_groups(rules: Sequence[LineRule]) -> dict[str, LineRule]:
    """The rule of each named group of :func:`combine`'s alternation."""
    return {f"r{k}": rule for k, rule in enumerate(rules) if rule.pattern is not None}
