"""A family's figures as ``benchmarks/boilerplate_bench.py`` scores them, and
:func:`assert_floors`, the check every ``test_blind_family_fixes_*`` file holds its fixed
families to."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from cleaner.ingest.readers import read_inputs
from cleaner.stages.profile_counter import build_profiles

ROOT = Path(__file__).resolve().parents[2]


def family_figures(name: str, *, pages: int | None = 8) -> dict[str, Any]:
    """Run the family under ``tests/families/<name>`` with profiles learned from its own
    pages, as a new user would, and score it against its ``truth.jsonl`` (``pages``: the
    number of pages the truth must hold, or None)."""
    spec = importlib.util.spec_from_file_location(
        "bench", ROOT / "benchmarks" / "boilerplate_bench.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    fam = ROOT / "tests" / "families" / name
    truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
    if pages is not None:
        assert len(truths) == pages
    profiles = build_profiles(read_inputs([fam / "pages"]))
    figures: dict[str, Any] = bench.figures(
        bench.score(truths, bench.process_family(fam, profiles=profiles))
    )
    return figures


def assert_floors(
    name: str,
    floor: dict[str, float],
    *,
    residue: float | None = None,
    pages: int | None = 8,
) -> dict[str, Any]:
    """Assert the family's figures meet ``floor`` (each figure at least its value; a
    ``residue`` entry in ``floor`` and the ``residue`` argument are ceilings: at most) and
    return the figures for any further check."""
    f = family_figures(name, pages=pages)
    for key, bound in floor.items():
        ok = f[key] <= bound if key == "residue" else f[key] >= bound
        assert ok, (name, key, f)
    if residue is not None:
        assert f["residue"] <= residue, (name, "residue", f)
    return f
