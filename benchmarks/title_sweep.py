"""Title sweep: invented layouts of an article's title (``tests/stages/title_layouts.py``):
site suffixes, badges, split lines, subtitles, kicker lines, HTML ``<title>``/``<h1>``/
``<h2>``/breadcrumbs, and look-alikes that must not be taken for the title (a date line, a
byline, a whole breadcrumb, a slogan, a navigation row, a URL, prose).  Each page is run
through the whole pipeline alone (no site profile).

Prints right/wrong per layout (with the title got when wrong) and the total, and how many
look-alikes were kept right.

Usage: python benchmarks/title_sweep.py [--quiet]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.config import PipelineConfig  # noqa: E402
from cleaner.pipeline import Pipeline  # noqa: E402
from tests.stages.title_layouts import LAYOUTS, Layout, run_layout  # noqa: E402


def sweep() -> list[tuple[Layout, dict[str, Any]]]:
    pipe = Pipeline(PipelineConfig())
    return [(lay, run_layout(pipe, lay)) for lay in LAYOUTS]


def main() -> None:
    quiet = "--quiet" in sys.argv
    rows = sweep()
    for lay, res in rows:
        ok = not res["wrong"]
        if quiet and ok:
            continue
        print(f"{'right' if ok else 'WRONG'}  {lay.name}")
        if not ok:
            print(f"        {'; '.join(res['wrong'])}")
    right = sum(not r["wrong"] for _, r in rows)
    look = [r for lay, r in rows if lay.name.startswith("lookalike_")]
    look_ok = sum(not r["wrong"] for r in look)
    print(f"total: {right} right, {len(rows) - right} wrong of {len(rows)}")
    print(f"look-alikes: {look_ok} right of {len(look)}")


if __name__ == "__main__":
    main()
