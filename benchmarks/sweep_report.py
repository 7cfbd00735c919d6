"""The run and the printout the layout sweeps share (``meta_sweep.py``, ``title_sweep.py``):
each invented layout's page through one pipeline alone, then right/wrong per layout (what
was wrong, and what was got when the sweep names a key) and the totals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cleaner.config import PipelineConfig
from cleaner.pipeline import Pipeline


def sweep(
    layouts: Sequence[Any], run_layout: Callable[[Pipeline, Any], dict[str, Any]]
) -> list[tuple[Any, dict[str, Any]]]:
    """Each layout with its result (``wrong``: what it read wrong, empty when right)."""
    pipe = Pipeline(PipelineConfig())
    return [(lay, run_layout(pipe, lay)) for lay in layouts]


def report(
    rows: list[tuple[Any, dict[str, Any]]],
    *,
    quiet: bool,
    got_key: str | None = None,
    lookalike_prefix: str | None = None,
) -> None:
    """Print right/wrong per layout (``quiet``: the wrong only) and the totals; ``got_key``:
    the result's key printed under a wrong layout; ``lookalike_prefix``: the names of the
    look-alikes, counted apart."""
    for lay, res in rows:
        ok = not res["wrong"]
        if quiet and ok:
            continue
        print(f"{'right' if ok else 'WRONG'}  {lay.name}")
        if not ok:
            print(f"        {'; '.join(res['wrong'])}")
            if got_key:
                print(f"        got {res[got_key]}")
    right = sum(not r["wrong"] for _, r in rows)
    print(f"total: {right} right, {len(rows) - right} wrong of {len(rows)}")
    if lookalike_prefix:
        look = [r for lay, r in rows if lay.name.startswith(lookalike_prefix)]
        look_ok = sum(not r["wrong"] for r in look)
        print(f"look-alikes: {look_ok} right of {len(look)}")
