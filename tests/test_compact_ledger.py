"""The compact ledger: many edits of one rule in one step are one row that replays,
rebuilds and expands exactly like the one-row-per-edit ledger it replaces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner.edits as edits_mod
from cleaner.edits import Edit, Editor
from cleaner.model import Change
from cleaner.provenance import (
    ProvenanceError,
    edit_count,
    expand,
    expand_rows,
    is_compact,
    rebuild,
    replay,
)
from cleaner.readback import rebuild_text

RULES = ["r.a", "r.b", "r.c"]


@st.composite
def steps(draw: st.DrawFn) -> tuple[str, list[list[Edit]]]:
    """A text and a few steps of edits as rules propose them (overlaps, no-ops, inserts,
    scored edits), each step's offsets drawn against the text that step will see."""
    text = draw(st.text(alphabet="ab \n中，,", max_size=60))
    plan: list[list[tuple[int, int, str, str, bool]]] = []
    for _ in range(draw(st.integers(1, 4))):
        n = draw(st.integers(0, 12))
        plan.append(
            [
                (
                    draw(st.integers(0, 80)),
                    draw(st.integers(0, 4)),
                    draw(st.sampled_from(["", "\n", "，", "xy"])),
                    draw(st.sampled_from(RULES)),
                    draw(st.booleans()),
                )
                for _ in range(n)
            ]
        )
    return text, plan  # type: ignore[return-value]


def _run(text: str, plan: list, page: str = "p") -> Editor:
    ed = Editor(page, text)
    for k, step in enumerate(plan):
        n = len(ed.text)
        es = []
        for a, ln, after, rule, scored in step:
            start = min(a, n)
            end = min(start + ln, n)
            es.append(Edit(start, end, after, rule, score=50.0 if scored else None))
        ed.apply(f"s{k}", es)
        if k == 1:
            ed.record(Change(page, "split", "split.flag", "flag", 0, 0, "", "", step=ed.step))
    return ed


@settings(max_examples=300, deadline=None)
@given(case=steps())
def test_compact_ledger_replays_rebuilds_and_expands(case: tuple[str, list]) -> None:
    text, plan = case
    compact = _run(text, plan)
    edits_mod.COMPACT_MIN = 10**9  # one row per edit, as before
    try:
        verbose = _run(text, plan)
    finally:
        edits_mod.COMPACT_MIN = 2
    assert compact.text == verbose.text
    assert expand(compact.ledger) == verbose.ledger
    assert sum(map(edit_count, compact.ledger)) == len(verbose.ledger)
    assert replay(text, compact.ledger) == compact.text
    assert rebuild(compact.text, compact.ledger) == text
    assert rebuild_text([compact.text], compact.ledger) == text
    # rows survive the round trip through the written form
    rows = [c.to_row() for c in compact.ledger]
    assert expand_rows(rows) == [c.to_row() for c in verbose.ledger]


def test_blank_line_runs_are_one_row() -> None:
    text = "\n\n".join(f"第{i}段。" for i in range(100))
    ed = Editor("p", text)
    ed.apply(
        "repair",
        [Edit(i, i + 2, "\n", "repair.whitespace.blank_lines") for i in _find(text, "\n\n")],
    )
    assert len(ed.ledger) == 1 and is_compact(ed.ledger[0])
    assert edit_count(ed.ledger[0]) == 99
    assert len(ed.changes) == 99
    assert rebuild_text([ed.text], ed.ledger) == text


def _find(text: str, sub: str) -> list[int]:
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + len(sub))
    return out


def test_single_edits_and_scored_edits_keep_their_own_rows() -> None:
    ed = Editor("p", "a,b,c")
    ed.apply("s", [Edit(1, 2, "，", "r.x"), Edit(3, 4, "，", "r.y", score=90.0)])
    assert [c.ref for c in ed.ledger] == [None, None]
    assert ed.ledger == ed.changes


@pytest.mark.parametrize(
    "ref",
    ["runs:0,2,1;2,2", "runs:0,2,1;x,2,1", "runs:0,2,1;2,3,1", "runs:0,2,1;-1,2,1", "runs:"],
)
def test_a_run_list_that_does_not_fit_is_an_error(ref: str) -> None:
    row = Change("p", "repair", "w", "replace", 1, 6, "____", "__", ref=ref)
    with pytest.raises(ProvenanceError):
        rebuild_text(["a_b_c"], [row])
    with pytest.raises(ProvenanceError):
        expand([row])
    assert expand([row], strict=False) == [row]  # kept as it is, for a report note


def test_a_compact_row_whose_text_differs_does_not_rebuild() -> None:
    good = Change("p", "repair", "w", "replace", 1, 6, "____", "__", ref="runs:0,2,1;1,2,1")
    assert rebuild_text(["a_b_c"], [good]) == "a__b__c"
    with pytest.raises(ProvenanceError):
        rebuild_text(["a_bXc"], [good])
    with pytest.raises(ProvenanceError):
        rebuild_text(["a_b"], [good])
