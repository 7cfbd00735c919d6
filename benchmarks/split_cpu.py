"""Where the split stage spends its CPU, recogniser by recogniser (prints figures, not a
test).

One ``cleaner run`` in this process, ``--jobs 1``; every function the split stage's
module imports from the package, and every method of the stage's classes and of its
metadata parser, is charged the thread CPU of its calls (:func:`stage_cpu._charge`: no
cProfile, whose per-call overhead inflates this code's many small calls two- to
threefold; the charges cost too, ~1.06 s of split becomes ~1.5 s: read shares).
Recognisers that call one another are charged each, so the rows do not add up to the
stage's total::

    python benchmarks/split_cpu.py BATCH.jsonl [--top 30]

Profile of 3 MB of clean bench pages (1,192 pages, 49.6k lines) at 8cf88f7, thread CPU
charged to the recognisers split.py calls (no nested charges):
split ~1.06 s; meta_block 0.12, titles_under_blocks 0.12, find_generic_headers 0.09 (its
numbered lines 0.05), piece_title 0.07, piece_end 0.07, titles_under_mastheads 0.06,
titles_under_rows 0.05, titled_run 0.04, then a long tail under 0.03 each.  Half the
pages take 68 % of the time: no page class dominates.  The split_facts step (b79998d) took
the three title/masthead/block recognisers from 0.23 to 0.18 s; with 8e87d29 (block
look-ups), 10 MB of clean bench pages, 3 runs alternating with 8cf88f7 (load 10 on 2
cores), thread CPU medians: split 3.99 -> 3.71 s, whole run 10.09 -> 9.40 s.
What is left is flat: each recogniser already gates its lines cheaply; a shared flag
pays only when it is cheaper than those gates (``in`` tests, not a call per line) and
read by two recognisers or more (computed for every line, it cost more than the gates
it replaced when only one read it: measured, then dropped).

The exception was the last resort, ``shape_run`` (~23 % of split at aab1857: its closing
mode shaped every line twice on every page no reader split).  With its page prefilter
(``split_prefilter.may_shape_run``, a proved necessary condition: 291 of the 1,193 pages
pass) and the shared line memo, same 3 MB batch, base aab1857 and the new tree
alternating, 3 rounds each, load ~9 on 2 cores (medians, thread CPU): shape_run plus
its filter 0.454 -> 0.171 s (2.7x; filter 0.102, shape_run 0.069), split 2.00 -> 1.40 s,
whole run 3.79 -> 2.76 s (every other row ran ~20 % faster too in these rounds: read the
shape_run row, not the totals).  speed_bench.py --mb 10 --base (same run, CPU MB/s,
median of 3): clean pages 1.10 -> 1.24 (1.13x), pages with artifacts 1.66 -> 1.68
(1.01x: repair dominates there); outputs identical.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from stage_cpu import _charge, run_cpu  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", type=Path)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    split = importlib.import_module("cleaner.stages.split")
    meta = importlib.import_module("cleaner.stages.split_meta")
    for name, value in list(vars(split).items()):
        if inspect.isfunction(value) and value.__module__.startswith("cleaner."):
            _charge(split, name, name, spent, calls)
    owners = [*split.SplitStage.__mro__, *meta.MetaParser.__mro__]
    for owner in dict.fromkeys(o for o in owners if o.__module__.startswith("cleaner.")):
        for name, raw in list(vars(owner).items()):
            func = raw.__func__ if isinstance(raw, staticmethod) else raw
            if inspect.isfunction(func) and not name.startswith("__"):
                _charge(owner, name, f"{owner.__name__}.{name}", spent, calls)
    _charge(split.SplitStage, "__call__", "(split stage)", spent, calls)
    total = run_cpu(args.batch)
    stage = spent.pop("(split stage)", 0.0)
    print(f"cleaner run on {args.batch}: {total:.3f} s CPU, split stage {stage:.3f} s")
    print(f"{'CPU s':>7} {'of split':>8} {'calls':>7}  recogniser")
    for label, sec in spent.most_common(args.top):
        print(f"{sec:7.3f} {100 * sec / max(stage, 1e-9):7.1f}% {calls[label]:7d}  {label}")


if __name__ == "__main__":
    main()
