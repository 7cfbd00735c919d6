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

Many small edits of one rule in one step (a page's blank-line runs, its half-width commas)
are recorded as one *compact* change (:func:`compact_runs`): ``start``/``end`` span the
first to the last edit, ``before``/``after`` are the edits' texts concatenated, and ``ref``
lists each edit as ``gap,len(before),len(after)`` (the gap from the previous edit's end, or
from ``start``) after the prefix ``runs:``.  :func:`expand` turns such a row back into the
one-change-per-edit rows it stands for; replay and rebuild accept either form.

>>> cs = [Change("p", "repair", "w", "replace", 1, 3, "__", "_", step=0),
...       Change("p", "repair", "w", "replace", 4, 6, "__", "_", step=0)]
>>> row = compact_runs(cs)
>>> (row.start, row.end, row.before, row.after, row.ref)
(1, 6, '____', '__', 'runs:0,2,1;1,2,1')
>>> expand([row]) == cs
True
>>> rebuild("a_b_c", [row])
'a__b__c'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import accumulate, chain, groupby
from operator import add, sub
from typing import Any, NamedTuple

from cleaner.model import Change

#: Actions that record a decision, not an edit of the text.
NON_EDITS = frozenset({"split", "drop", "flag"})

#: ``ref`` prefix of a compact change: one row standing for many edits of one rule.
RUNS = "runs:"


def is_compact(c: Change) -> bool:
    """Whether ``c`` is a compact row standing for several edits (see the module doc)."""
    return c.ref is not None and c.ref.startswith(RUNS) and c.action not in NON_EDITS


def edit_count(c: Change) -> int:
    """How many edits (or decisions) the row ``c`` records: 1, or a compact row's count."""
    if is_compact(c):
        assert c.ref is not None
        return c.ref.count(";") + 1
    return 1


def compact_runs(changes: Sequence[Change]) -> Change:
    """One compact row for ``changes``: edits of one rule and action in one step, in
    text order, not overlapping, none empty (``start < end``), without score or ref."""
    first = changes[0]
    runs: list[str] = []
    prev = first.start
    for c in changes:
        runs.append(f"{c.start - prev},{len(c.before)},{len(c.after)}")
        prev = c.end
    return replace(
        first,
        end=changes[-1].end,
        before="".join(c.before for c in changes),
        after="".join(c.after for c in changes),
        ref=RUNS + ";".join(runs),
    )


class Runs(NamedTuple):
    """A compact row's run list as columns: the edits' gaps (from the previous edit's end,
    or from the row's ``start``) and the lengths of their ``before`` and ``after``."""

    gaps: list[int]
    blens: list[int]
    alens: list[int]


class _RunNums(dict[str, tuple[int, int, int]]):
    """A run's text ``"gap,before,after"`` → its three numbers (``int`` of each): a page's
    compact rows repeat few runs, and a look-up costs a fraction of three ``int`` calls.
    Raises ``ValueError`` for a run that is not three numbers.  Emptied when it holds
    ``RUN_CACHE`` runs."""

    def __missing__(self, run: str) -> tuple[int, int, int]:
        parts = run.split(",")
        if len(parts) != 3:
            raise ValueError(run)
        if len(self) >= RUN_CACHE:
            self.clear()
        nums = self[run] = (int(parts[0]), int(parts[1]), int(parts[2]))
        return nums


RUN_CACHE = 20_000
_RUN_NUMS = _RunNums()


def parse_runs(c: Change) -> Runs:
    """The run list of the compact row ``c``, checked against its texts and span.

    Raises :class:`ProvenanceError` when it is malformed or does not fit.
    """
    assert c.ref is not None
    runs = c.ref[len(RUNS) :]
    try:  # parsed in C: each run's numbers from a per-process table, no loop per edit
        triples = map(_RUN_NUMS.__getitem__, runs.split(";"))
        gaps, blens, alens = map(list, zip(*triples, strict=True))
        nums = [*gaps, *blens, *alens]
    except ValueError:  # not every run is three numbers: read as before
        try:
            nums = list(map(int, runs.replace(";", ",").split(",")))
        except ValueError:
            raise ProvenanceError(f"compact change {c.rule} at {c.start}: bad run list") from None
        gaps, blens, alens = nums[0::3], nums[1::3], nums[2::3]
    if (
        len(nums) % 3
        or min(nums) < 0
        or sum(blens) != len(c.before)
        or sum(alens) != len(c.after)
        or c.start + sum(gaps) + sum(blens) != c.end
    ):
        raise ProvenanceError(f"compact change {c.rule} at {c.start}: runs do not fit its text")
    return Runs(gaps, blens, alens)


def _pieces(text: str, lens: list[int]) -> list[str]:
    """``text`` cut into consecutive pieces of the given lengths."""
    cuts = list(accumulate(lens, initial=0))
    return list(map(text.__getitem__, map(slice, cuts, cuts[1:])))


def runs_of(c: Change) -> list[tuple[int, int, str, str]]:
    """The edits of a compact row as ``(start, end, before, after)``, in text order.

    Raises :class:`ProvenanceError` when the run list does not fit the row's texts.
    """
    gaps, blens, alens = parse_runs(c)
    # end of edit i = start + sum of gaps and before-lengths up to i
    ends = list(accumulate(map(add, gaps, blens), initial=c.start))[1:]
    starts = list(map(sub, ends, blens))
    return list(zip(starts, ends, _pieces(c.before, blens), _pieces(c.after, alens), strict=True))


def invert_compact(text: str, c: Change) -> str:
    """Undo the one compact row ``c`` that makes up a whole step (the common case: one
    rule, one step), slicing in C instead of a Python loop per edit.

    In the step's output the row's region reads: gap text, an edit's ``after``, gap
    text, … so its afters are checked at once (their concatenation is ``c.after``) and
    the gaps are kept between the befores.
    """
    gaps, blens, alens = parse_runs(c)
    pairs = chain.from_iterable(zip(gaps, alens, strict=True))
    bounds = list(accumulate(pairs, initial=c.start))
    cut = list(map(text.__getitem__, map(slice, bounds, bounds[1:])))
    if "".join(cut[1::2]) != c.after or bounds[-1] > len(text):
        raise ProvenanceError(f"cannot invert {c.rule} at {c.start}: text differs")
    befores = _pieces(c.before, blens)
    middle = chain.from_iterable(zip(cut[0::2], befores, strict=True))
    return "".join([text[: c.start], *middle, text[bounds[-1] :]])


def expand(changes: Iterable[Change], *, strict: bool = True) -> list[Change]:
    """The ledger with every compact row replaced by the rows it stands for, in the
    order they were recorded one by one (each step's edits by position).

    A compact row whose run list does not fit its texts raises
    :class:`ProvenanceError`, or with ``strict=False`` is kept as it is (a replay of
    its page then fails, where that is reported).
    """

    out: list[Change] = []
    step: list[Change] = []  # consecutive edit rows of one page and step
    has_compact = False

    def flush() -> None:
        nonlocal has_compact
        if has_compact:
            rows: list[Change] = []
            for c in step:
                if not is_compact(c):
                    rows.append(c)
                    continue
                try:
                    runs = runs_of(c)
                except ProvenanceError:
                    if strict:
                        raise
                    rows.append(c)
                    continue
                rows += [
                    replace(c, start=s, end=e, before=b, after=a, ref=None) for s, e, b, a in runs
                ]
            rows.sort(key=lambda c: (c.start, c.end))
            out.extend(rows)
        else:
            out.extend(step)
        step.clear()
        has_compact = False

    for c in changes:
        if c.action in NON_EDITS:
            flush()
            out.append(c)
            continue
        if step and (c.step != step[0].step or c.page_id != step[0].page_id):
            flush()
        step.append(c)
        has_compact = has_compact or is_compact(c)
    flush()
    return out


class ProvenanceError(ValueError):
    """The recorded changes do not match the text they claim to describe."""


def expand_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Ledger rows (``changes.jsonl`` objects) one per edit: :func:`expand` on rows."""
    return [c.to_row() for c in expand(map(Change.from_row, rows))]


def _edits(changes: Iterable[Change]) -> list[Change]:
    return [c for c in expand(changes) if c.action not in NON_EDITS]


def apply_step(text: str, changes: Sequence[Change]) -> str:
    """Apply the changes of one step (non-overlapping, offsets into ``text``)."""
    out: list[str] = []
    pos = 0
    for c in sorted(expand(changes), key=lambda c: (c.start, c.end)):
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
    for c in sorted(expand(changes), key=lambda c: (c.start, c.end)):
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
