"""Where a stage spends its CPU, function by function (prints figures, not a test).

One ``cleaner run`` in this process, ``--jobs 1``; every function the named modules
define and every method of the classes they define is charged the thread CPU of its
outermost calls (:func:`stage_cpu._charge`; ``split_cpu.py`` profiles the split modules;
no cProfile, which inflates this code's many small calls two- to threefold; the charges
cost ~1 µs a call too: read rows with many calls as upper bounds).  Functions that call
one another are charged each, so the rows do not add up::

    python benchmarks/parts_cpu.py BATCH.jsonl cleaner.stages.repair,cleaner.stages.cjk_spaces

Profile of 3 MB of clean bench pages (1,193 pages) at 83b5bdf, run 2.47 s of CPU
(``stage_cpu.py``): boilerplate 0.40 s (``PackMatcher.line_hits`` 0.15, of it the rule
gate's ``candidates`` ~0.08 on the ~6,400 new lines a required string lets through; the
line model's ``decide`` 0.11, of it ``PageLines`` 0.05 on every page though 40 pages get a
decision), repair 0.29 s (``_cjk_spaces`` 0.09, ``_join`` 0.04, ``_whitespace`` 0.02,
``run_marks`` 0.02), reading 0.30 s (``ProfileCounter.add`` 0.13: template signatures
0.05, near-duplicate samples 0.02; ``finish`` 0.12: counting the held pages 0.09).
Regular expressions compiled per process: 0.45 s of CPU (842 patterns, 0.31 s of it
at import; ``re``'s charset optimisation loops over every code point of a range such as
``[\u4e00-\u9fff]``), measured by wrapping ``re._compiler.compile``.
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
    ap.add_argument("modules", help="comma-separated module names (cleaner.stages.repair,…)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for name in args.modules.split(","):
        mod = importlib.import_module(name)
        short = name.rsplit(".", 1)[-1]
        for attr, value in list(vars(mod).items()):
            if inspect.isfunction(value) and value.__module__.startswith("cleaner."):
                _charge(mod, attr, f"{short}:{attr}", spent, calls)
            elif inspect.isclass(value) and value.__module__ == name:
                for meth, raw in list(vars(value).items()):
                    func = raw.__func__ if isinstance(raw, staticmethod) else raw
                    dunder = meth.startswith("__") and meth not in ("__call__", "__init__")
                    if inspect.isfunction(func) and not dunder:
                        _charge(value, meth, f"{value.__name__}.{meth}", spent, calls)
    total = run_cpu(args.batch)
    print(f"cleaner run on {args.batch}: {total:.3f} s of CPU")
    print(f"{'CPU s':>7} {'calls':>7}  function")
    for label, sec in spent.most_common(args.top):
        print(f"{sec:7.3f} {calls[label]:7d}  {label}")


if __name__ == "__main__":
    main()
