"""Metadata sweep: invented layouts of publish date, issuer, origin, author and document
number around a title (``tests/stages/meta_layouts.py``), each page run through the whole
pipeline alone (no site profile), as a new user's first page of a site would be.

A layout is right when its first article's metadata holds every expected value, none of
the keys a look-alike must not give, and its ``kept`` lines stay in the text.  Prints
right/wrong per layout (with what was got when wrong) and the total.

Figures (69 layouts, 19 of them look-alikes): main 0e246ef 54 right / 15 wrong; branch
metasweep 66 / 3 (open: a bare '日期：…' alone under a title, which an event's '时间：…'
over '地点：…' resembles; a markdown table's rows over the title; two issuers signing);
branch fixmeta 67 / 2 (two issuers signing read: the first named is the issuer); branch
metaopen 68 / 1 (a barred table of fields over the title is no menu).
With a site's head left above every title (the first draft of the sweep, 49 layouts),
main read 27 right: the head's name was glued to the title and the rows under it unread.

Usage: python benchmarks/meta_sweep.py [--quiet]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sweep_report import report, sweep  # noqa: E402

from tests.stages.meta_layouts import LAYOUTS, run_layout  # noqa: E402


def main() -> None:
    report(sweep(LAYOUTS, run_layout), quiet="--quiet" in sys.argv, got_key="meta")


if __name__ == "__main__":
    main()
