"""Metadata matrix: layouts × label wordings (``tests/stages/meta_matrix.py``), each page
run through the whole pipeline alone.  Prints right/wrong per cell (``--quiet``: the wrong
only), the pass rate per layout shape and per label class, and the total.

Figures (393 cells, 12 of them look-alikes; same run): main d92389c 253 right (.644);
branch metamatrix 382 (.972); branch metaopen 393 (1.000): a letter-spaced label keeps
the gap before its value, an English 'Published: <date>' stamp the boilerplate stage
removes gives the page's date, English tab pairs, a glossed label alone over its value,
'March 9, 2021' and an ROC year without 民国 beside a body, '某局　发布', an HTML data
table's dates no byline.  Widened by metaopen to 418 cells (22 'wide' and 3 'wide'
look-alikes: <th>/<td> cards, a <dl> with colons, label|value strips, English bylines,
glued rows, dates with a weekday, a day/month date kept raw): main 8cf88f7 on the 418
reads 401 (.959), metaopen 418 (1.000).

Usage: python benchmarks/meta_matrix.py [--quiet]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sweep_report import sweep  # noqa: E402

from tests.stages.meta_matrix import CELLS, run_cell  # noqa: E402


def main() -> None:
    rows = sweep(CELLS, run_cell)
    quiet = "--quiet" in sys.argv
    by_shape: dict[str, list[bool]] = defaultdict(list)
    by_class: dict[str, list[bool]] = defaultdict(list)
    for cell, res in rows:
        ok = not res["wrong"]
        cls, shape, _ = cell.name.split("|", 2)
        by_shape[shape].append(ok)
        by_class[cls].append(ok)
        if quiet and ok:
            continue
        print(f"{'right' if ok else 'WRONG'}  {cell.name}")
        if not ok:
            print(f"        {'; '.join(res['wrong'])}")
            print(f"        got {res['meta']}")
    for title, table in (("shape", by_shape), ("class", by_class)):
        print(f"-- per {title}")
        for key, oks in sorted(table.items()):
            print(f"  {key:28s} {sum(oks):3d}/{len(oks)}")
    right = sum(not r["wrong"] for _, r in rows)
    print(
        f"total: {right} right, {len(rows) - right} wrong of {len(rows)} ({right / len(rows):.3f})"
    )


if __name__ == "__main__":
    main()
