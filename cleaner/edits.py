"""A small helper that turns a stage's edits into recorded, replayable steps.

Stages describe edits as :class:`Edit` tuples against the text they see; :class:`Editor`
applies one batch of them as one *step* and records a :class:`~cleaner.model.Change` per
edit.  Keeping every rule in its own step means rules never have to agree on offsets.

Many edits of one rule in one step are recorded as one compact row
(:func:`cleaner.provenance.compact_runs`): a Chinese page of the bench set has ~130
blank-line runs and ~15 half-width commas, and a row per edit made the ledger, and the
time spent building, checking and writing it, grow with trivial edits.  ``ledger`` holds
the rows as recorded (and written); ``changes`` gives them one row per edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate
from operator import add, itemgetter, sub
from typing import NamedTuple

from cleaner.model import Action, Change
from cleaner.provenance import RUNS, expand


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
_START, _END, _AFTER = itemgetter(0), itemgetter(1), itemgetter(2)
_RULE, _ACTION, _SCORE, _REF = itemgetter(3), itemgetter(4), itemgetter(5), itemgetter(6)


class _Runs(dict[tuple[int, int, int], str]):
    """``(gap, len before, len after)`` → its run text ``"gap,before,after"``: a page's
    compact rows repeat few triples (one-character marks, short gaps), and a look-up
    costs a fifth of formatting one.  Emptied when it holds ``RUNS_CACHE`` triples."""

    def __missing__(self, key: tuple[int, int, int]) -> str:
        if len(self) >= RUNS_CACHE:
            self.clear()
        text = self[key] = "{},{},{}".format(*key)
        return text


RUNS_CACHE = 20_000
_RUN_TEXT = _Runs()

#: From this many edits of one rule (same action, no score or ref, none empty) in one
#: step on, they are recorded as one compact row instead of a row each.
COMPACT_MIN = 2


class Editor:
    """Holds a page's current text and the changes made to it so far."""

    def __init__(self, page_id: str, text: str, *, step: int = 0) -> None:
        self.page_id = page_id
        self.text = text
        self.step = step
        #: the rows as recorded: compact rows for many edits of one rule in a step
        self.ledger: list[Change] = []

    @property
    def changes(self) -> list[Change]:
        """Every change so far, one row per edit (:func:`cleaner.provenance.expand`)."""
        return expand(self.ledger)

    def apply(self, stage: str, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits as one step; return how many were applied.

        Edits that would change nothing are skipped; overlapping edits keep the first.
        """
        ordered = sorted(edits, key=_SPAN)
        if not ordered:  # most rules on most pages: nothing to set up
            return 0
        text = self.text
        kept: list[Edit] = []
        befores: list[str] = []
        out: list[str] = []
        pos = 0
        last_end = -1
        # the same result as provenance.apply_step on the kept changes, built in this one
        # pass: the edits are sorted and checked here already
        keep, keep_before, piece = kept.append, befores.append, out.append
        for e in ordered:
            start, end, after = e[0], e[1], e[2]
            before = text[start:end]
            if before == after or start < last_end:
                continue
            keep(e)
            keep_before(before)
            piece(text[pos:start])
            piece(after)
            pos = last_end = end
        if kept:
            out.append(text[pos:])
            self.text = "".join(out)
            self._record_step(stage, kept, befores)
            self.step += 1
        return len(kept)

    def _record_step(self, stage: str, kept: list[Edit], befores: list[str]) -> None:
        """The rows of one applied step: a compact row per rule with enough edits (placed
        where its first edit is), a plain row for every other edit."""
        page_id, step, rows = self.page_id, self.step, self.ledger
        n = len(kept)
        # the common case, checked in C: every edit of the step by one rule, compactable
        # (counts of the first edit's rule and action and of empty scores and refs)
        if (
            n >= COMPACT_MIN
            and list(map(_RULE, kept)).count(kept[0][3]) == n
            and list(map(_ACTION, kept)).count(kept[0][4]) == n
            and list(map(_SCORE, kept)).count(None) == n
            and list(map(_REF, kept)).count(None) == n
            and "" not in befores
        ):
            rows.append(_compact_row(page_id, stage, step, kept, befores))
            return
        groups: dict[tuple[str, str], list[int]] = {}
        for i, e in enumerate(kept):
            if e.score is None and e.ref is None and befores[i]:
                groups.setdefault((e.rule, e.action), []).append(i)
        firsts = {g[0]: g for g in groups.values() if len(g) >= COMPACT_MIN}
        compacted = {i for g in firsts.values() for i in g}
        for i, e in enumerate(kept):
            g = firsts.get(i)
            if g is not None:
                rows.append(
                    _compact_row(
                        page_id, stage, step, [kept[j] for j in g], [befores[j] for j in g]
                    )
                )
            elif i not in compacted:
                rows.append(
                    Change(
                        page_id, stage, e.rule, e.action, e.start, e.end, befores[i], e.after,
                        e.score, e.ref, step,
                    )
                )  # fmt: skip

    def record(self, change: Change) -> None:
        """Record a decision that does not edit the text (split, drop, flag)."""
        self.ledger.append(change)


def _compact_row(
    page_id: str, stage: str, step: int, edits: list[Edit], befores: list[str]
) -> Change:
    """:func:`cleaner.provenance.compact_runs` of ``edits`` (applied, in text order),
    built column by column in C rather than edit by edit."""
    e0 = edits[0]
    starts = list(map(_START, edits))
    ends = list(map(_END, edits))
    afters = list(map(_AFTER, edits))
    gaps = map(sub, starts, [starts[0], *ends[:-1]])
    triples = zip(gaps, map(len, befores), map(len, afters), strict=True)
    runs = ";".join(map(_RUN_TEXT.__getitem__, triples))
    return Change(
        page_id,
        stage,
        e0.rule,
        e0.action,
        starts[0],
        ends[-1],
        "".join(befores),
        "".join(afters),
        None,
        RUNS + runs,
        step,
    )


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
