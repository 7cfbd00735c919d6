"""Map every recorded change of a page onto its original and its cleaned text, as HTML.

The change ledger stores each step's offsets relative to the text that step received
(:mod:`cleaner.provenance`).  To highlight changes side by side we replay the steps once,
carrying for every character of the current text where it came from: an index into the
original text, or the change that inserted it.  At the end we know, for each original
character, the first change that removed or replaced it, and for each cleaned character,
the change that wrote it.  This is a per-character origin map (as RapidFuzz's ``Editops``
track source/destination positions), linear in page length × steps.

>>> from cleaner.model import Change
>>> c = Change("p", "repair", "repair.x", "replace", 1, 2, "b", "B", step=0)
>>> a = annotate("abc", [c])
>>> a.final, a.removed_by, a.origin
('aBc', [-1, 0, -1], [0, -1, 2])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from itertools import groupby

from cleaner.model import Change
from cleaner.provenance import NON_EDITS, ProvenanceError, apply_step

#: Characters of step text shown either side of a change in a rule's examples.
CONTEXT = 24


@dataclass(slots=True)
class Annotation:
    """Origin map of one page (see the module docstring)."""

    original: str
    final: str
    edits: list[Change]  # edit changes in ledger order; indices below refer to this list
    removed_by: list[int]  # per original char: index of the change that removed it, or -1
    origin: list[int]  # per final char: original index (>= 0) or -(k + 1) inserted by k


def _steps(edits: list[Change]) -> list[list[int]]:
    order = sorted(range(len(edits)), key=lambda k: edits[k].step)
    return [list(g) for _, g in groupby(order, key=lambda k: edits[k].step)]


def annotate(original: str, changes: Sequence[Change]) -> Annotation:
    """Replay ``changes`` on ``original`` keeping the origin of every character.

    Raises :class:`~cleaner.provenance.ProvenanceError` when a change does not match the
    text of its step (a corrupt or mismatched ledger): never a silently wrong highlight.
    """
    edits = [c for c in changes if c.action not in NON_EDITS]
    text = original
    origin = list(range(len(original)))
    removed_by = [-1] * len(original)
    for step in _steps(edits):
        parts: list[str] = []
        new_origin: list[int] = []
        pos = 0
        for k in sorted(step, key=lambda k: (edits[k].start, edits[k].end)):
            c = edits[k]
            if c.start < pos or text[c.start : c.end] != c.before:
                raise ProvenanceError(f"change {c.rule} at {c.start} does not match the text")
            parts.append(text[pos : c.start])
            new_origin.extend(origin[pos : c.start])
            for v in origin[c.start : c.end]:
                if v >= 0 and removed_by[v] < 0:
                    removed_by[v] = k
            parts.append(c.after)
            new_origin.extend([-(k + 1)] * len(c.after))
            pos = c.end
        parts.append(text[pos:])
        new_origin.extend(origin[pos:])
        text, origin = "".join(parts), new_origin
    return Annotation(original, text, edits, removed_by, origin)


def step_contexts(
    original: str, changes: Sequence[Change], wanted: set[tuple[int, int, str]]
) -> dict[tuple[int, int, str], tuple[str, str]]:
    """Text either side of chosen changes, keyed ``(step, start, rule)``, in their step's text.

    Uses :func:`cleaner.provenance.apply_step` (string operations only): cheap enough to run
    for every page a rule example comes from.
    """
    edits = [c for c in changes if c.action not in NON_EDITS]
    out: dict[tuple[int, int, str], tuple[str, str]] = {}
    text = original
    for _, group in groupby(sorted(edits, key=lambda c: c.step), key=lambda c: c.step):
        step = list(group)
        for c in step:
            key = (c.step, c.start, c.rule)
            if key in wanted:
                out[key] = (
                    text[max(0, c.start - CONTEXT) : c.start],
                    text[c.end : c.end + CONTEXT],
                )
        text = apply_step(text, step)
    return out


def _title(c: Change) -> str:
    before = c.before if len(c.before) <= 80 else c.before[:77] + "…"
    after = c.after if len(c.after) <= 80 else c.after[:77] + "…"
    return f"{c.rule} [{c.action}] {before!r} → {after!r}"


def _runs(n: int, key: Callable[[int], tuple[int, bool]]) -> list[tuple[int, int, int, bool]]:
    """Maximal runs ``(start, end, k, flag)`` of positions with the same key."""
    out: list[tuple[int, int, int, bool]] = []
    start = 0
    for k, g in groupby(range(n), key=key):
        length = sum(1 for _ in g)
        out.append((start, start + length, *k))
        start += length
    return out


def _ws_class(s: str) -> str:
    if s.strip():
        return ""
    return " nl" if "\n" in s else " sp"


def original_html(a: Annotation, cuts: dict[int, int], *, limit: int) -> str:
    """The original text with removed/replaced characters in ``<del>`` (colour = stage).

    ``cuts`` maps an original offset to the number of the article that starts there.
    """
    n = min(len(a.original), limit)
    html: list[str] = []
    for s, e, kk, cut in _runs(n, lambda i: (a.removed_by[i], i in cuts)):
        if cut:
            html.append(f'<span class="cut">✂ article {cuts[s]}</span>')
        seg = a.original[s:e]
        if kk < 0:
            html.append(escape(seg))
        else:
            c = a.edits[kk]
            cls = "rep" if c.after else "rm"
            html.append(
                f'<del class="c {cls} s-{escape(c.stage)}{_ws_class(seg)}" data-k="{kk}" '
                f'title="{escape(_title(c))}">{escape(seg)}</del>'
            )
    if n < len(a.original):
        html.append(f'<span class="trunc">… {len(a.original) - n} more characters</span>')
    return "".join(html)


def cleaned_html(a: Annotation, start: int, end: int, placeholders: list[tuple[int, int]]) -> str:
    """One article (final text ``start:end``): inserted characters in ``<ins>``, placeholder
    runs (``placeholders``, offsets into the article) in ``<mark class="ph">``."""
    ph = [False] * (end - start)
    for s, e in placeholders:
        for i in range(s, min(e, end - start)):
            ph[i] = True
    html: list[str] = []

    def key(i: int) -> tuple[int, bool]:
        v = a.origin[start + i]
        return (-v - 1 if v < 0 else -1, ph[i])

    for s, e, kk, is_ph in _runs(end - start, key):
        seg = escape(a.final[start + s : start + e])
        if is_ph:
            seg = f'<mark class="ph" title="placeholder run">{seg}</mark>'
        if kk >= 0:
            c = a.edits[kk]
            seg = (
                f'<ins class="c s-{escape(c.stage)}" data-k="{kk}" '
                f'title="{escape(_title(c))}">{seg}</ins>'
            )
        html.append(seg)
    return "".join(html)


def article_starts(a: Annotation, lengths: Sequence[int]) -> dict[int, int]:
    """Original offset where each article's first surviving character came from."""
    cuts: dict[int, int] = {}
    pos = 0
    for n, length in enumerate(lengths, 1):
        for i in range(pos, pos + length):
            if a.origin[i] >= 0:
                cuts.setdefault(a.origin[i], n)
                break
        pos += length
    return cuts
