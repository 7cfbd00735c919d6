"""A small helper that turns a stage's edits into recorded, replayable steps.

Stages describe edits as :class:`Edit` tuples against the text they see; :class:`Editor`
applies one batch of them as one *step* and records a :class:`~cleaner.model.Change` per
edit.  Keeping every rule in its own step means rules never have to agree on offsets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cleaner.model import Action, Change
from cleaner.provenance import apply_step


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``after`` (``""`` deletes)."""

    start: int
    end: int
    after: str
    rule: str
    action: Action = "replace"
    score: float | None = None
    ref: str | None = None


class Editor:
    """Holds a page's current text and the changes made to it so far."""

    def __init__(self, page_id: str, text: str, *, step: int = 0) -> None:
        self.page_id = page_id
        self.text = text
        self.step = step
        self.changes: list[Change] = []

    def apply(self, stage: str, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits as one step; return how many were applied.

        Edits that would change nothing are skipped; overlapping edits keep the first.
        """
        kept: list[Change] = []
        last_end = -1
        for e in sorted(edits, key=lambda e: (e.start, e.end)):
            before = self.text[e.start : e.end]
            if before == e.after or e.start < last_end:
                continue
            kept.append(
                Change(
                    page_id=self.page_id,
                    stage=stage,
                    rule=e.rule,
                    action=e.action,
                    start=e.start,
                    end=e.end,
                    before=before,
                    after=e.after,
                    score=e.score,
                    ref=e.ref,
                    step=self.step,
                )
            )
            last_end = e.end
        if kept:
            self.text = apply_step(self.text, kept)
            self.changes.extend(kept)
            self.step += 1
        return len(kept)

    def record(self, change: Change) -> None:
        """Record a decision that does not edit the text (split, drop, flag)."""
        self.changes.append(change)


def line_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end_of_content, end_including_newline)`` for every line of ``text``.

    >>> line_spans("ab\\nc")
    [(0, 2, 3), (3, 4, 4)]
    """
    spans: list[tuple[int, int, int]] = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl == -1:
            spans.append((pos, n, n))
            break
        spans.append((pos, nl, nl + 1))
        pos = nl + 1
    return spans
