"""Apply and invert recorded changes: the proof that nothing is lost.

A page's changes form *steps*.  Within one step the changes do not overlap and their
offsets refer to the text at the start of that step (this is how ftfy's ``apply_plan`` and
RapidFuzz's ``editops.apply`` stay checkable).  ``replay`` applies steps in order;
``rebuild`` walks them backwards, restoring each ``before``.

>>> from cleaner.model import Change
>>> c = Change("p", "repair", "r", "replace", 1, 2, "b", "X", step=0)
>>> replay("abc", [c])
'aXc'
>>> rebuild("aXc", [c])
'abc'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby

from cleaner.model import Change

#: Actions that record a decision, not an edit of the text.
NON_EDITS = frozenset({"split", "drop", "flag"})


class ProvenanceError(ValueError):
    """The recorded changes do not match the text they claim to describe."""


def _edits(changes: Iterable[Change]) -> list[Change]:
    return [c for c in changes if c.action not in NON_EDITS]


def apply_step(text: str, changes: Sequence[Change]) -> str:
    """Apply the changes of one step (non-overlapping, offsets into ``text``)."""
    out: list[str] = []
    pos = 0
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        if c.start < pos:
            raise ProvenanceError(f"overlapping changes at {c.start} ({c.rule})")
        if text[c.start : c.end] != c.before:
            raise ProvenanceError(f"change {c.rule} at {c.start} does not match the text")
        out.append(text[pos : c.start])
        out.append(c.after)
        pos = c.end
    out.append(text[pos:])
    return "".join(out)


def invert_step(text: str, changes: Sequence[Change]) -> str:
    """Undo one step: ``invert_step(apply_step(t, cs), cs) == t``."""
    out: list[str] = []
    pos = 0
    delta = 0  # output offset minus input offset, accumulated left to right
    for c in sorted(changes, key=lambda c: (c.start, c.end)):
        ostart = c.start + delta
        oend = ostart + len(c.after)
        if ostart < pos or text[ostart:oend] != c.after:
            raise ProvenanceError(f"cannot invert {c.rule} at {c.start}: text differs")
        out.append(text[pos:ostart])
        out.append(c.before)
        pos = oend
        delta += len(c.after) - (c.end - c.start)
    out.append(text[pos:])
    return "".join(out)


def _steps(changes: Iterable[Change]) -> list[list[Change]]:
    ordered = sorted(_edits(changes), key=lambda c: c.step)
    return [list(g) for _, g in groupby(ordered, key=lambda c: c.step)]


def replay(text: str, changes: Iterable[Change]) -> str:
    """Apply every recorded edit, step by step, to the original text."""
    for step in _steps(changes):
        text = apply_step(text, step)
    return text


def rebuild(text: str, changes: Iterable[Change]) -> str:
    """Invert every recorded edit, last step first, to get the original text back."""
    for step in reversed(_steps(changes)):
        text = invert_step(text, step)
    return text
