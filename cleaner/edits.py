"""A small helper that turns a stage's edits into recorded, replayable steps.

Stages describe edits as :class:`Edit` tuples against the text they see; :class:`Editor`
applies one batch of them as one *step* and records a :class:`~cleaner.model.Change` per
edit.  Keeping every rule in its own step means rules never have to agree on offsets.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate
from operator import add, itemgetter
from typing import NamedTuple

from cleaner.model import Action, Change


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``after`` (``""`` deletes).

    A named tuple: rules yield one per edit (a Chinese page with half-width punctuation
    yields hundreds), and a tuple is made in a fifth of the time of a frozen dataclass.
    """

    start: int
    end: int
    after: str
    rule: str
    action: Action = "replace"
    score: float | None = None
    ref: str | None = None


_SPAN = itemgetter(0, 1)  # (start, end)


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
        text = self.text
        page_id, step = self.page_id, self.step
        kept: list[Change] = []
        out: list[str] = []
        pos = 0
        last_end = -1
        # the same result as provenance.apply_step on the kept changes, built in this one
        # pass: the edits are sorted and checked here already
        append, piece = kept.append, out.append
        for start, end, after, rule, action, score, ref in sorted(edits, key=_SPAN):
            before = text[start:end]
            if before == after or start < last_end:
                continue
            append(
                Change(page_id, stage, rule, action, start, end, before, after, score, ref, step)
            )
            piece(text[pos:start])
            piece(after)
            pos = last_end = end
        if kept:
            out.append(text[pos:])
            self.text = "".join(out)
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
    return split_lines(text)[1]


def split_lines(text: str) -> tuple[list[str], list[tuple[int, int, int]]]:
    """The lines of ``text`` (without newlines) and their :func:`line_spans`, in one pass.

    >>> split_lines("ab\\n\\nc\\n")
    (['ab', '', 'c'], [(0, 2, 3), (3, 3, 4), (4, 5, 6)])
    """
    if not text:
        return [], []
    lines = text.split("\n")
    # offsets by C-level accumulation: a Python loop per line costs more than the split
    lens = list(map(len, lines))
    starts = list(accumulate(map((1).__add__, lens), initial=0))
    spans = list(zip(starts, map(add, starts, lens), starts[1:], strict=False))
    if text.endswith("\n"):  # split() leaves an empty piece after the last newline
        lines.pop()
        spans.pop()
    else:  # the last line has no newline
        s, e, _ = spans[-1]
        spans[-1] = (s, e, e)
    return lines, spans
