"""Where the split stage spends its CPU, module by module and function by function
(prints figures, not a test).

One ``cleaner run`` in this process, ``--jobs 1``, under cProfile; every function
defined in a split module (``cleaner/stages/split.py`` and the ``split_*.py`` modules it
was cut into, chosen by file name, so no module needs listing) is a row.  A module's own
time is its functions' own time plus that of the built-ins they call (``re`` matching,
``str`` methods); a function's cumulative time includes all it calls, so those rows nest
and do not add up.  The split stage's figure is the cumulative time of
``SplitStage.__call__``.  cProfile charges every call a fixed cost, which inflates this
code's many small calls: timed by thread CPU (right on a loaded machine, a system call
per event) a run of 3 MB of clean bench pages took 16.6 s for 2.2 s unprofiled; with
``--wall`` (the default clock: any other process's turn on the core is charged to the
function running) 4.1 s.  Read the shares, not the seconds, and compare runs of the same
script (the figures below, from before split.py was cut up, were charged without
cProfile: ~1.06 s of split then)::

    python benchmarks/split_cpu.py BATCH.jsonl [--top 30] [--modules 20] [--wall]

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

Profile of the same 3 MB batch at 44f0133, split across its ``split_*`` modules (load ~8
on 2 cores; thread CPU, then ``--wall``, shares of the split stage): own time
``split_shape_lines`` 10.9 / 10.0 %, ``split_blocks`` 4.4 / 3.7 %,
``split_header_shapes`` 4.1 / 4.1 %, ``split_prefilter`` 3.7 / 3.6 %, then modules of
2-3.5 % each; cumulative ``split_piece_rows.read_rows`` 15.5 / 17.2 %,
``split_prefilter.may_shape_run`` 11.1 / 11.2 %, ``split_shape_run.shape_run`` 10.2 /
9.9 %, ``split_meta.meta_block`` 8.2 / 10.6 %, ``split_draft.draft_piece`` 8.9 / 9.9 %.
Those figures also counted the calls other stages make into split modules (boilerplate's
``rows_kept``, the HTML extractor's readers …) against the split stage's time alone, so
rows were inflated and the ``other code`` row could go negative.  The profiler now runs
only inside ``SplitStage.__call__`` (:func:`profiled_split`).  Same 3 MB batch at 7fa23cf
(thread CPU, load ~8 on 2 cores, split 12.0 s profiled): own time ``split_shape_marks``
15.1 %, ``split_shape_lines`` 8.9 %, ``split_blocks`` 3.6 %, ``split_header_shapes``
3.3 %, ``split_prefilter`` 3.1 %, other code the split modules call 10.3 %; cumulative
``split_prefilter.may_shape_run`` 18.9 %, ``split_shape_marks.mark_line`` 15.0 %
(819,948 calls of its generator expression; measured at 7fa23cf, BEFORE a477f31 reworked
``mark_line``, and before ``mark_line`` was memoised per page in ``_Tests.once``: not
rerun since, the figure is stale), ``split_shape_run.shape_run`` 13.7 %,
``split_piece_rows.read_rows`` 12.0 %.

cProfile overstates the readers that make many small calls: at 6719f87 it charged
``split_shape_lines.shape`` 8 % of the split (5 MB of clean bench pages), where timing
the calls themselves gave ~2 %.  Check a row by timing the function on the lines a run
hands it before working on it.  Issue 15's pass at 41d031d (speed18): ``shape`` reads
its tokens from one ``findall``; page gates where a reader cannot fire (no leader run
for ``leader_titles``, no mark opening a line for ``mark_rows``, no star for
``rating_rows``, no repeated line for ``head_bars`` and the prefilter's ``_mark_pair``);
opening-character tests before the anchored patterns (``mark_number``, ``framed_row``,
``_item_title``); the closing rows' common edge from two texts.  ``stage_cpu.py`` on
those 5 MB, 3 runs alternating with 6719f87 (thread CPU, load ~5-9 on 2 cores,
medians): split 1.803 -> 1.585 s (47.9 -> 44.9 % of the run), whole run 3.766 ->
3.527 s; ``speed_bench.py --mb 10 --base`` (CPU MB/s, median of 3, load ~5): clean
pages 1.41 -> 1.51 (0.24 -> 0.26 of ftfy), pages with artifacts 1.85 -> 1.86 (repair
dominates there); outputs identical.  Left (timed by wrappers, shares of the split):
``read_rows`` ~15 % (``meta_block`` ~9 %, its ``_shaped_row`` misses ~5 %),
``may_shape_run`` ~12 % (``_closing_group`` ~5 %), ``draft_piece`` ~8 %, ``shape_run``
~7 %, ``find_generic_headers`` ~6 %: each a sum of many small readers, none dominant.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from stage_cpu import run_cpu  # noqa: E402

#: a pstats key: (file name, first line, function name)
Func = tuple[str, int, str]


def split_module(filename: str) -> str | None:
    """The split module a function's file is (``split``, ``split_titles`` ...), or None.

    >>> [split_module(f"/x/cleaner/stages/{f}") for f in ("split.py", "split_titles.py")]
    ['split', 'split_titles']
    >>> [split_module(f"/x/cleaner/{f}") for f in ("stages/splitter.py", "ingest/split.py")]
    [None, None]
    """
    path = Path(filename)
    if path.suffix != ".py" or path.parent.name != "stages" or path.parent.parent.name != "cleaner":
        return None
    return path.stem if path.stem == "split" or path.stem.startswith("split_") else None


def split_times(
    stats: dict[Func, tuple[Any, ...]],
) -> tuple[float, Counter[str], dict[str, tuple[float, float, int]]]:
    """From raw pstats ``stats``: the split stage's cumulative time, each split module's
    own time (its functions' and the built-ins they call), and each split function's
    ``(cumulative, own, calls)`` keyed ``module.function``."""
    stage = 0.0
    own: Counter[str] = Counter()
    funcs: dict[str, tuple[float, float, int]] = {}
    for (filename, line, name), (_cc, nc, tt, ct, callers) in stats.items():
        module = split_module(filename)
        if module is not None:
            own[module] += tt
            funcs[f"{module}.{name}:{line}"] = (ct, tt, nc)
            if module == "split" and name == "__call__":
                stage += ct
        elif filename == "~":  # a built-in: charged to the split modules calling it
            for (caller_file, _, _), edge in callers.items():
                caller = split_module(caller_file)
                if caller is not None:
                    own[caller] += edge[2]
    return stage, own, funcs


@contextmanager
def profiled_split(prof: cProfile.Profile) -> Iterator[None]:
    """Profile only inside ``SplitStage.__call__``: the split modules' functions that other
    stages call (boilerplate's ``rows_kept``, the HTML extractor's readers …) are then no
    part of the shares, whose denominator is that call's cumulative time."""
    from cleaner.stages.split import SplitStage

    call = SplitStage.__call__

    @functools.wraps(call)
    def wrapped(self: SplitStage, *args: Any, **kwargs: Any) -> Any:
        prof.enable()
        try:
            return call(self, *args, **kwargs)
        finally:
            prof.disable()

    SplitStage.__call__ = wrapped  # type: ignore[method-assign]
    try:
        yield
    finally:
        SplitStage.__call__ = call  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", type=Path)
    ap.add_argument("--top", type=int, default=30, help="function rows")
    ap.add_argument("--modules", type=int, default=20, help="module rows")
    ap.add_argument("--wall", action="store_true", help="time by the wall clock, not thread CPU")
    args = ap.parse_args()
    prof = cProfile.Profile() if args.wall else cProfile.Profile(time.thread_time)
    with profiled_split(prof):
        total = run_cpu(args.batch)
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    stage, own, funcs = split_times(stats)
    share = 100 / max(stage, 1e-9)
    clock = "wall clock" if args.wall else "thread CPU"
    print(f"cleaner run on {args.batch}: {total:.3f} s CPU, profiled")
    print(f"split stage {stage:.3f} s by {clock}, profiled: the 100 % of the shares below")
    print(f"{'own s':>7} {'of split':>8}  module (own: its functions and the built-ins they call)")
    for module, sec in own.most_common(args.modules):
        print(f"{sec:7.3f} {sec * share:7.1f}%  {module}")
    rest = stage - sum(own.values())
    print(f"{rest:7.3f} {rest * share:7.1f}%  (other code the split modules call)")
    print(f"{'cum s':>7} {'of split':>8} {'own s':>7} {'calls':>8}  function (cumulative: nested)")
    rows = sorted(funcs.items(), key=lambda kv: -kv[1][0])
    for label, (ct, tt, nc) in rows[: args.top]:
        print(f"{ct:7.3f} {ct * share:7.1f}% {tt:7.3f} {nc:8d}  {label}")


if __name__ == "__main__":
    main()
