"""Which lines of a page each rule of a boilerplate rule pack matches.

A :class:`PackMatcher` is built once per stage from its packs; per page it answers, for
each pack that applies, the indices of the lines each of its rules matches
(:meth:`PackMatcher.line_hits` for the built-in packs, :meth:`PackMatcher.user_hits` for
user packs), and :meth:`PackMatcher.match` widens those hits to the lines the rule's scope
takes (``line``, ``head``, ``first``, ``page_title``, ``tail``, ``end_tail``, ``list``).

Built-in packs are matched as one alternation per pack, behind a gate that tries only the
rules whose required strings a line holds (:mod:`cleaner.stages.rule_gate`,
:mod:`cleaner.stages.required_strings`), and which rule takes a line is remembered per pack: a
site's chrome lines recur on its pages.  User packs are matched rule by rule, each pattern
with its own groups and a timeout; a rule that times out keeps its line and is flagged
(:data:`RULE_TIMEOUT_FLAG`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from cleaner.rules import LineRule, RulePack, RuleTimeout
from cleaner.stages.foot_lines import end_tail
from cleaner.stages.line_features import is_prose
from cleaner.stages.piece_word_header import piece_header
from cleaner.stages.required_strings import Required
from cleaner.stages.rule_gate import (
    branch_rules,
    branches,
    combine,
    gate_of,
    rule_groups,
    taker,
)
from cleaner.stages.sentence_marks import SENTENCE_END
from cleaner.stages.shape_lines import repeated_below

#: A user rule's pattern ran past its timeout on a line (kept): ``flag``, ``ref`` = the rule.
RULE_TIMEOUT_FLAG = "boilerplate.rule_timeout"
#: Timeouts after which a user rule is not tried again in the process.
MAX_RULE_TIMEOUTS = 3
#: Lines whose rule :meth:`PackMatcher.line_hits` remembers per pack (then it starts
#: again): the chrome lines of many sites, ~0.5 MB it keeps alive (a line is remembered
#: only when it holds a rule's required string: ~3 lines a clean page, ~20 a page of chrome).
TAKEN_LINES = 4096
#: a line :meth:`PackMatcher.line_hits` has not looked up yet (``None``: no rule)
_UNSEEN = "\x00"


class PackMatcher:
    """The lines the rules of ``packs`` match, with what it keeps between pages: each
    built-in pack's compiled gate and alternation, the rule each seen line went to, and
    each user rule's timeouts."""

    def __init__(self, packs: Sequence[RulePack]) -> None:
        self.packs = tuple(packs)
        # one alternation per built-in pack: a line is searched once per pack, not once
        # per rule.  User packs are matched rule by rule, each pattern with its own groups
        # (a backreference means what its author wrote) and a timeout (rules/__init__.py).
        # (compiled on first use, :attr:`_combined`: with a gate it is never matched)
        builtin = [p for p in self.packs if not p.user]
        self._by_group = {p.name: rule_groups(p.rules) for p in builtin}
        # the alternation's match, trying only the rules whose own required strings a
        # line holds (rule_gate.py: one or two rules of a pack, not all of them)
        self._gates = {p.name: gate_of(tuple(branches(p.rules))) for p in builtin}
        # each branch's rule and the rule's own pattern, which the gate matches (a
        # branch compiled again as a named group costs ~1.5 ms a rule tried)
        self._branch_rules = {p.name: branch_rules(p.rules) for p in builtin}
        self._patterns = {
            name: tuple(r.pattern for r in rules) for name, rules in self._branch_rules.items()
        }
        # strings one of which every match contains, read from the patterns: a line
        # without any of them is not tried (the alternation costs ~2.7 µs per line, mostly
        # in its '.{0,80}…' branches; the check ~0.2 µs).  The gate read them from the
        # branches already; without one, from the alternation.
        self._required: dict[str, Required | None] = {}
        for p in builtin:
            gate = self._gates[p.name]
            if gate is not None:
                self._required[p.name] = gate.required
            else:
                combined = self._combined[p.name][0]
                self._required[p.name] = None if combined is None else Required.of(combined)
        self._timeouts: dict[str, int] = {}  # user rule id → timeouts so far
        #: per user rule (by identity): strings one of which every match contains, a
        #: cheap test before its pattern is tried (``None``: no such guarantee)
        self._user_required = {
            id(r): _user_required(r.pattern.pattern)
            for p in self.packs
            if p.user
            for r in p.rules
            if r.pattern is not None
        }
        #: per built-in pack: line → the name of the rule that takes it (``None``: none),
        #: for the lines a required string let through (see :meth:`line_hits`)
        self._taken: dict[str, dict[str, str | None]] = {name: {} for name in self._by_group}
        #: the longest line any rule looks at (once, not per page)
        self.limit = max((r.max_len for p in self.packs for r in p.rules), default=0)

    @cached_property
    def _combined(self) -> dict[str, tuple[re.Pattern[str] | None, dict[str, LineRule]]]:
        """Per built-in pack, one alternation with a named group per rule (a line is
        searched once per pack, not once per rule) and its groups' rules: compiled on
        first use, as only a pack without a gate matches it (~0.06 s for all packs)."""
        return {p.name: combine(p.rules) for p in self.packs if not p.user}

    def user_hits(
        self, pack: RulePack, short: list[tuple[int, str]], timed_out: list[tuple[str, int]]
    ) -> dict[str, list[int]]:
        """:meth:`line_hits` of a user pack: each line goes to the first rule (in pack
        order) that matches it within its ``max_len``, as the alternation does for ours.

        A match that runs past the timeout leaves the line alone and is flagged
        (``boilerplate.rule_timeout``, ``ref`` = the rule); after
        :data:`MAX_RULE_TIMEOUTS` the rule is not tried again in this process, and every
        page its pack applies to is flagged instead."""
        hits: dict[str, list[int]] = {}
        live = []
        for r in pack.rules:
            if r.pattern is None:
                continue
            if self._timeouts.get(r.rule_id, 0) >= MAX_RULE_TIMEOUTS:
                timed_out.append((r.rule_id, -1))
            else:
                live.append(r)
        for i, s in short:
            for r in live:
                if len(s) > r.max_len or self._timeouts.get(r.rule_id, 0) >= MAX_RULE_TIMEOUTS:
                    continue
                req = self._user_required.get(id(r))
                if req is not None and not req.may_match(s):
                    continue
                try:
                    if r.matches(s):
                        hits.setdefault(r.name, []).append(i)
                        break
                except RuleTimeout:
                    self._timeouts[r.rule_id] = self._timeouts.get(r.rule_id, 0) + 1
                    timed_out.append((r.rule_id, i))
        return hits

    def line_hits(
        self,
        pack: RulePack,
        short: list[tuple[int, str]],
        text: str,
        starts: list[int],
    ) -> dict[str, list[int]]:
        """Indices of the lines each rule of built-in ``pack`` matches, in line order."""
        by_group = self._by_group[pack.name]
        required = self._required[pack.name]
        hits: dict[str, list[int]] = {}
        if not by_group:  # no rule with a pattern: no alternation
            return hits
        if required is not None:
            # the lines holding a required string without case, from one scan of the
            # page (most pages: none or a few) instead of a search per short line; the
            # others only if they may hold a case-insensitive one (a line with a cased
            # character, and a page with one at all)
            maybe = required.plain_lines(text, starts)
            if maybe is not None:
                fold = required.may_fold
                if required.folded is None or text.lower() == text == text.upper():
                    short = [(i, s) for i, s in short if i in maybe]
                else:
                    short = [(i, s) for i, s in short if i in maybe or fold(s)]
                required = None
        # which rule takes a line depends on the line alone: a site's chrome lines recur
        # on its pages, and the alternation costs ~8 µs on a line it does not match (its
        # '.{0,80}…' branches), the look-up ~0.1 µs
        taken = self._taken[pack.name]
        gate = self._gates[pack.name]
        combined = None if gate is not None else self._combined[pack.name][0]
        rules, patterns = self._branch_rules[pack.name], self._patterns[pack.name]
        for i, s in short:
            if required is not None and not required.may_match(s):
                continue
            name = taken.get(s, _UNSEEN)
            if name is _UNSEEN:
                name = taken[s] = taker(pack, combined, by_group, s, gate, rules, patterns)
            if name is not None:
                hits.setdefault(name, []).append(i)
        if len(taken) > TAKEN_LINES:  # between pages it holds TAKEN_LINES lines at most
            taken.clear()
        return hits

    @staticmethod
    def match(rule: LineRule, stripped: list[str], hits: list[int]) -> list[int]:
        lines = stripped
        if rule.scope == "page_title":
            for i, s in enumerate(stripped):
                if s:
                    return [i]
            return []
        if rule.scope == "line":
            return hits
        if rule.scope == "end_tail":  # an end mark and the short tail under its last one
            return end_tail(stripped, hits)
        if rule.scope == "first":  # the page's first line only, when it matches
            top = next((i for i, s in enumerate(stripped) if s), -1)
            return [top] if top in hits else []
        if rule.scope == "head":  # above the page's first prose line only
            if not hits:  # most pages: no line to place, so no prose line to look for
                return []
            top = next((i for i, s in enumerate(stripped) if is_prose(s)), len(stripped))
            # a shape the page prints again under its prose, with other words, is its
            # pieces' own row (an event's status chain over each event), not its head
            return [h for h in hits if h < top and not repeated_below(stripped, h, hits, top)]
        if not hits:
            return []
        first = hits[0] if rule.scope == "tail" else None
        if first is not None:
            return list(range(first, len(lines)))
        out: list[int] = []
        for h in hits:
            out.append(h)
            k = h + 1
            while k < len(lines):
                s = stripped[k]
                if s and (len(s) > rule.item_max_len or s.endswith(SENTENCE_END)):
                    break
                if s and piece_header(s) and _has_body(stripped, k + 1, rule.item_max_len):
                    break  # a compilation's piece header ('篇一：…') ends the link list
                out.append(k)
                k += 1
            # do not swallow trailing blank lines into the list
            while out and not stripped[out[-1]] and out[-1] != h:
                out.pop()
        return out


def _has_body(stripped: Sequence[str], start: int, item_max_len: int) -> bool:
    """Whether a prose line comes from ``start`` on before the next piece header or the
    end: a piece header with a body opens a compilation's piece, while a run of such
    headers with nothing between (``第一篇：…``, ``第二篇：…`` under ``相关文章``) is a
    list of a series' titles and stays the link list's."""
    for s in stripped[start:]:
        if not s:
            continue
        if piece_header(s):
            return False
        if len(s) > item_max_len or s.endswith(SENTENCE_END) or is_prose(s):
            return True
    return False


def _user_required(pattern: str) -> Required | None:
    """The strings every match of a user rule's ``pattern`` holds, read as :mod:`re`
    reads it (:class:`Required`), or None when ``re`` cannot parse it."""
    try:
        return Required.of(re.compile(pattern))
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
