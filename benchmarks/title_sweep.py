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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sweep_report import report, sweep  # noqa: E402

from tests.stages.title_layouts import LAYOUTS, run_layout  # noqa: E402


def main() -> None:
    report(sweep(LAYOUTS, run_layout), quiet="--quiet" in sys.argv, lookalike_prefix="lookalike_")


if __name__ == "__main__":
    main()
