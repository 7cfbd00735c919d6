"""Stage 1: remove site chrome lines named by rule packs.

Each pack (``cleaner/rules/boilerplate_*.toml``) applies to a page when its ``detect``
patterns match near the top or bottom of the page; its rules then delete whole lines.  A
deleted line takes its newline with it, so the remaining text keeps its paragraph shape.
Scopes: ``line`` (a matching line), ``page_title`` (the first non-empty line), ``tail``
(a matching line and everything after it) and ``list`` (a heading and the short title lines
that follow it), the last following trafilatura's treatment of link lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.edits import Edit, Editor, line_spans
from cleaner.rules import LineRule, RulePack

NAME = "boilerplate"

# A "list" item ends at a line that reads like a sentence rather than a title.
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";")


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Options of the boilerplate stage.

    Attributes
    ----------
    enabled:
        Run the stage at all (default ``True``).
    packs:
        Built-in pack names to use; empty means all of them.
    """

    enabled: bool = True
    packs: tuple[str, ...] = ()


class BoilerplateStage:
    """Delete the lines that the applicable rule packs match."""

    name = NAME

    def __init__(self, packs: Sequence[RulePack]) -> None:
        self.packs = tuple(packs)
        # one alternation per pack: a line is searched once per pack, not once per rule
        self._combined = {p.name: _combine(p.rules) for p in self.packs}

    def __call__(self, editor: Editor) -> None:
        text = editor.text
        spans = line_spans(text)
        lines = [text[s:e] for s, e, _ in spans]
        stripped = [ln.strip() for ln in lines]
        # rules only look at lines up to their max_len: most prose lines are longer, and
        # skipping them up front is what keeps this stage fast on clean text
        limit = max((r.max_len for p in self.packs for r in p.rules), default=0)
        short = [(i, s) for i, s in enumerate(stripped) if s and len(s) <= limit]
        claimed: dict[int, LineRule] = {}
        for pack in self.packs:
            if not pack.applies_to(lines):
                continue
            hits = self._line_hits(pack, short)
            for rule in pack.rules:
                for idx in self._match(rule, stripped, hits.get(rule.name, [])):
                    claimed.setdefault(idx, rule)
        edits: list[Edit] = []
        i = 0
        ordered = sorted(claimed)
        while i < len(ordered):
            idx = ordered[i]
            rule = claimed[idx]
            j = i
            # merge consecutive lines claimed by the same tail/list rule into one change
            while (
                rule.scope in ("tail", "list")
                and j + 1 < len(ordered)
                and ordered[j + 1] == ordered[j] + 1
                and claimed[ordered[j + 1]] is rule
            ):
                j += 1
            start = spans[idx][0]
            end = spans[ordered[j]][2]
            edits.append(Edit(start, end, "", rule.rule_id, "delete", score=100.0))
            i = j + 1
        editor.apply(NAME, edits)

    def _line_hits(self, pack: RulePack, short: list[tuple[int, str]]) -> dict[str, list[int]]:
        """Indices of the lines each rule of ``pack`` matches, in line order."""
        combined, by_group = self._combined[pack.name]
        hits: dict[str, list[int]] = {}
        if combined is None:
            return hits
        for i, s in short:
            m = combined.match(s)
            if m is None:
                continue
            rule = by_group[m.lastgroup or ""]
            if len(s) <= rule.max_len:
                hits.setdefault(rule.name, []).append(i)
                continue
            for r in pack.rules:  # first alternative too long for its rule: try the others
                if r.pattern is not None and len(s) <= r.max_len and r.pattern.match(s):
                    hits.setdefault(r.name, []).append(i)
                    break
        return hits

    @staticmethod
    def _match(rule: LineRule, stripped: list[str], hits: list[int]) -> list[int]:
        lines = stripped
        if rule.scope == "page_title":
            for i, s in enumerate(stripped):
                if s:
                    return [i]
            return []
        if rule.scope == "line":
            return hits
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
                if s and (len(s) > rule.item_max_len or s.endswith(_SENTENCE_END)):
                    break
                out.append(k)
                k += 1
            # do not swallow trailing blank lines into the list
            while out and not stripped[out[-1]] and out[-1] != h:
                out.pop()
        return out


def _combine(rules: Sequence[LineRule]) -> tuple[re.Pattern[str] | None, dict[str, LineRule]]:
    """Join the rules' patterns into one regex with a named group per rule."""
    parts: list[str] = []
    by_group: dict[str, LineRule] = {}
    for k, rule in enumerate(rules):
        if rule.pattern is None:
            continue
        pat = rule.pattern.pattern
        if pat.startswith("(?i)"):  # global inline flags must become scoped inside |
            pat = f"(?i:{pat[4:]})"
        parts.append(f"(?P<r{k}>{pat})")
        by_group[f"r{k}"] = rule
    return (re.compile("|".join(parts)) if parts else None), by_group
