"""Where a full ``cleaner run`` spends its CPU, part by part (prints figures, not a test).

One run in this process, ``--jobs 1``; each part below is wrapped and charged the CPU
time of the calls made into it (outermost call only; a generator rule is charged when
its edits are made, the way ``Editor.apply`` consumes them).  Parts nest, so the shares
do not add up to 100 %.

Why not cProfile: it charges every Python call a fixed overhead, and on this code base
(many small calls per line) that doubles the run and inflates the parts that make many
calls (2.9 s profiled for 1.7 s of CPU on 3 MB of clean bench pages).  Why thread CPU
and not ``time.process_time``: while a page runs, its CPU budget
(:mod:`cleaner.pageguard`) arms ``ITIMER_PROF``, and the process clock then reads in
scheduler ticks: a page's ``process_time`` came out at 0.18 s where its thread spent
1.10 s (the run's totals agree).  The run is single-threaded, so thread CPU is its CPU::

    python benchmarks/stage_cpu.py BATCH.jsonl [--out DIR]

(a batch: ``bench_run.make_batch``, or any JSONL file of ``{"text": …}`` records).

At a0deeeff (session 30, speed8; 3 MB, the first 1,200 clean pages of a 10 MB batch,
load ~8 on 2 cores): 5.51 s of CPU; ``Pipeline.process`` 85 %: split 47.1 %, boilerplate
18.9 % (``line_hits`` 4.6, ``_line_model`` 3.5), repair 9.7 %; ``read_once`` 6.7 %
(``ProfileCounter.finish`` 3.2, ``add`` 2.5, ``SiteProfile.add_page`` 2.4); ``_flush`` 3.3 %
(``Deduper.process`` 2.7).  Inside the split (``split_cpu.py``, cProfile) no reader takes
more than ``read_rows``' 16 % (``meta_block`` 7.5, ``shaped_row`` 5.6),
``draft_piece`` 8.8, ``find_generic_headers`` 8.4 (its per-line gate
``numbered_line`` 4.0), ``may_shape_run`` 6.7; inside boilerplate (cProfile) the rule
gate's ``first`` 9 % of the stage, ``spaced_labels`` 7 %, ``site_repeat`` 2 %: flat, as
the figures above found.

At 2337d5dc (session speed9; 2 MB batches of ``make_batch``, load 9-15 on 2 cores): on
pages with artifacts (every page of one site: its chrome learned) the site-repeat pass
was the largest part outside the split: ``site_repeat`` 24.0 % of 4.18 s (its
``release_own_lines`` 13.5, ``finder_rows`` 8.2, and ``strip_rows`` and ``verse_lines``
keying or measuring every line of the page for the few lines they can give back);
boilerplate 45.9 %, split 19.8 %, repair 14.1 %.  With the readers' gates (a page is
keyed or measured only where a learned line can change the answer) ``site_repeat``
18.8 % of 3.74 s (``finder_rows`` 7.0: its piece finder, ``standing_text`` 2.8).  Side
by side (thread CPU of a full run, base and new alternately, medians): artifacts 3 MB
7.05 -> 6.37 s (0.90x, 4 rounds), 2 MB 4.14 -> 3.64 s (0.88x, 3 rounds); clean pages
4.05 -> 4.08 s (1.01x: ``site_repeat`` is 0.5 % of a clean run, where split 46.5 %,
boilerplate 19.4 %, repair 9.1 %, ``read_once`` 5.5 %).  ``speed_bench.py --mb 3
--rounds 3`` in the same hour (load 11): full run / ftfy CPU 0.14 (clean) and 0.17-0.18
(artifacts) on both trees, outputs the same.

At 23693208 (session speed, issue 15; a sampling profiler, py-spy at 300-400 Hz, run
apart from the project, charges no call overhead): clean 2-6 MB, split ~45 % of the run
and flat inside (``read_rows`` 19.5 % of split: ``piece_end`` and ``meta_block`` ~8.5 %
each; ``draft_piece`` 8.3, ``may_shape_run`` 7.1, ``find_generic_headers`` 7.0,
``shape_run`` 6.2, ``piece_find`` 5.0); no line test is asked twice of one line often
(the pure one-argument line tests of ``cleaner/stages``, wrapped: 1.0-1.3 calls per
distinct line for the costly ones), so a memo across readers pays only where two readers
ask the same test of every line.  Pages with artifacts (4 MB): boilerplate 42 % of
``Pipeline.process``, its ``site_repeat`` 47 % of that, where ``finder_rows`` ran
``piece_find`` on 136 of 224 pages (none split) and ``standing_text`` asked
``sign_off`` of every line's pair.  Three skips (the row test memoised for the prefilter
and the finder; the finder's page counts made only for a candidate its rows and titles
do not refuse; sign-off pairs read only at a date alone): ``piece_find`` 0.184 -> 0.104
s and ``signed_sign_offs`` 0.070 -> 0.009 s on 2 MB with artifacts; a full run's thread
CPU, base and new alternating, median of 5, load 10-14 on 2 cores: clean 2 MB 2.666 ->
2.601 s (0.976x), artifacts 2 MB 3.472 -> 3.175 s (0.914x); outputs byte-identical
(``same_outputs.py``: 316 input sets, 0 of 948 outputs differ).

At 0287a805 (session speed2, issue 15; py-spy at 400 Hz, 2 MB batches): on pages with
artifacts two piece readers walked the whole piece for the few lines that could change
their answer: ``entry_rows`` (``read_rows``' test for a roster's repeated rows) read the
cell signature of every line, though only a run starting at or above the piece's last
row names one (6.0 % of the run), and ``dropped_rows`` (the removed rows beside each
piece) closed the gaps of every line it passed and of the key again on each (3.9 %).
Each reader timed on the calls a run makes into it (same process, its loop as it was
alternating with it, median of 7): ``entry_rows`` 197.5 -> 53.8 ms, ``dropped_rows``
207.0 -> 86.2 ms (672 and 448 calls; neither runs on the clean batch).  A full run's
thread CPU, main and the branch alternating, median of 7, load 13-16 on 2 cores:
artifacts 2 MB 3.691 -> 3.393 s (0.919x), clean 2 MB 3.093 -> 3.031 s (0.98x, noise:
nothing changed runs there); ``same_outputs.py``: 324 input sets, 0 of 972 outputs
differ.  Tried and dropped (no gain measured): a skip of ``titled_run``'s row readings
where no two candidates' rows share a signature (it must still stop at the first-header
limit, where most pages end the reader already: the reader timed 11.5 -> 55.1 ms done
naively), and a ledger skip for ``counted_points`` (every page with artifacts holds a
compact boilerplate row, so the skip never fired).  On clean pages the split is still
~46 % of the run and flat: ``read_rows`` 22 % of it (``meta_block``, ``piece_end``),
``draft_piece`` 10, ``may_shape_run`` 8, ``piece_find`` and ``find_generic_headers``
5.5 each, no other reader above 5 %.

At 816c01f2 (session speed3, issue 15; the readers of ``split.py`` charged their thread
CPU in a full run of the 2 MB clean batch, 788 pages, none split): the readers tried one
after another on a page that stays one article are ~0.7 s of the split's ~1.4 s, the
dearest ``titles_under_blocks`` (7.3 % of the split), ``may_shape_run`` and
``find_generic_headers`` (6 % each), ``shape_run`` 4.4, ``piece_find`` 3.8,
``serial_titles`` 3.3, ``titled_run`` 3.1, the rest under 2.5 each.  Two readers now skip
the row reader (the dear test, a metadata parse) on lines that cannot change their
answer, each proved from the reader's own group test (comments at the skips;
``tests/stages/test_speed3_gates.py`` holds each to the reader with its skip undone on
generated compilations): ``split_blocks.block_run`` reads a line as a title only where
the shape over it stands over another candidate too and it is not one token (or a rule)
over it alone (3,723 of the 4,036 candidates on that batch stand under one bare word, unread;
a size-1 group of one-token blocks changes in one value at most, which ``_judge``
answers "none"), and ``split_above._rows_over_titles`` reads no row where no two rows
over titles share a cell signature.  In the run (3 runs each, alternating):
``titles_under_blocks`` 0.102 -> 0.043 s (0.42x, 7.3 -> 3.2 % of the split),
``serial_titles`` 0.046 -> 0.042 s (0.92x); timed alone on the pages the run handed the
split (captured, warm, median of 3): ``block_run`` clean 69.9 -> 35.4 ms (0.51x), with
artifacts 143.6 -> 123.4 ms (0.86x).  A full run's thread CPU, cand and the branch
alternating, median of 6, load 10-12 on 2 cores: clean 2 MB 2.724 -> 2.755 s (1.01x),
artifacts 2 MB 3.016 -> 2.934 s (0.97x; paired 0.995): the ~0.06 s saved is 2 % of a
run, under this machine's noise.  ``same_outputs.py``: 324 input sets, 0 of 972
outputs differ.  Looked at and left: ``titled_run`` (the same skip was tried and
dropped by speed2: it must stop at the first-header limit), ``paper_run`` (asked twice
only on HTML pages with headings, none in the bench batches), ``may_shape_run`` (a
prefilter already; its closing-group keys are most of it), ``numbered_lines`` (a line
with no figure can still be a lettered or tagged header: no figure-free gate).

At 371f6c10 (session speed4, issue 15; py-spy at 400 Hz, self time by function over
``Pipeline.process`` of the clean 2 MB batch, 788 pages): no function holds 2.5 % of the
run.  The largest: the rule gate's start scan (the search loop of
``BranchGate.candidates``, 2.0 %: one trie of the generic pack's ~250 first characters,
and ``re`` tries its branches one by one at each of ~9 characters of a line that may
open a string), the required strings' page scan (``Required.plain_lines``, 1.8 %), the
mojibake pass's GB18030 round trip (``encoding._candidates``, 1.3 %), then ~1 % each
(``_prose_line``'s Han count, ``jump_links``' pattern, ``parse_meta_line``, ``_credit``,
``_cells``, ``split_lines``, dataclass ``__init__``s).  A page's cost is ~25 % fixed:
a page of one line costs ~0.65 ms, of four ~1.2 ms, the batch's (27 filled lines) ~2.5
ms; the rest is ~90 µs a line spread over ~100 readers, each a test per line.  Work done
again on the same text by several stages is there but small: ~10 whole-page splits and
~1,200 ``str.strip`` calls a page (a dozen readers strip every line for themselves), each
pass a few µs (under 1 % together).  Four changes, each answering as before
(``tests/stages/test_speed4_gates.py`` holds each to its old form on generated lines):
the gate's start scan in groups (``rule_gate.start_scan``: 16 classes of 16 first
characters, each over the trie of what follows them, behind a look-ahead for any first
character; a superset of the places, each checked by ``startswith`` as before:
``candidates`` ~0.6x on the batch's gate lines, 0 of 131,215 lines differ);
``jump_links`` tries its pattern only on a line with an arrow at an end;
``_prose_line`` counts Han characters with ``charcount.han_count`` (C speed, no string
per character: ~0.2x); ``signed_author`` strips only the five lines it reads.
``ab_core.py --mb 2 --rounds 5 --modes process`` (main and the branch alternating, CPU,
medians; load 4-15 on 2 cores): the last three alone clean 1.025x, artifacts 0.993x;
all four, three runs, clean 1.047x, 0.994x, 1.021x, artifacts 1.004x, 1.020x, 1.008x:
~2 %, under this machine's noise and under the 5 % a win must show to be claimed (in
the profile the gate's scan line fell from 2.0 to 1.2 % of the run, the three per-line
tests by ~1 % together).  Outputs the same: ``same_outputs.py`` 332 input sets, 0 of 996
outputs differ; ``scorefam`` identical to main's on its 319 families; the nine real
folders 334 outputs, none changed.  Tried and dropped: the
mojibake candidates read line by line (a never-UTF-8 byte check, then a decode of the
few lines left: the per-line calls cost what the page's replacement decode did);
choosing a rule's required strings away from common characters (``人``, ``第``, ``年``
by ``ZH_HANS`` rank in ``_score``: gate lines 9,308 -> 4,318, but the page scan, which
stopped at a line's first common character, then reads whole lines: ``line_hits``
0.163 -> 0.159 s); a bigram index for the gate (``candidates`` 62 -> 55 ms, the grouped
scan does better); the ``regex`` module's trie and named lists (4-12x slower than
``re``); the grouped scan for ``plain_lines`` too (~0.8x of its 2 %, with a check per
place: not worth a second scan form); ``gc`` (13 collections in the run).  Rule tables
and vocabularies compiled at first use land in the first pages (~2 % of a short run):
moving them to start-up would only move them.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import inspect
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: (module, class or None, function): the parts charged
PARTS = [
    ("cleaner.readahead", None, "read_once"),
    ("cleaner.stages.profile_counter", "ProfileCounter", "add"),
    ("cleaner.stages.profile_counter", "ProfileCounter", "finish"),
    ("cleaner.stages.site_counts", "SiteProfile", "add_page"),
    ("cleaner.stages.near_dups", "NearDups", "sample"),
    ("cleaner.stages.near_dups", "NearDups", "seen"),
    ("cleaner.stages.site_templates", "TemplateFinder", "observe"),
    ("cleaner.pipeline", "Pipeline", "__init__"),
    ("cleaner.pipeline", "Pipeline", "process"),
    ("cleaner.pipeline", None, "mojibake_lines"),
    ("cleaner.pipeline", "Pipeline", "_checked"),
    ("cleaner.stages.boilerplate", "BoilerplateStage", "__call__"),
    ("cleaner.stages.boilerplate_match", "PackMatcher", "line_hits"),
    ("cleaner.stages.boilerplate_site", None, "site_repeat"),
    ("cleaner.stages.site_own_lines", None, "release_own_lines"),
    ("cleaner.stages.finder_rows", None, "finder_rows"),
    ("cleaner.stages.strip_rows", None, "strip_rows"),
    ("cleaner.stages.verse_keeps", None, "verse_lines"),
    ("cleaner.stages.signed_text", None, "standing_text"),
    ("cleaner.stages.boilerplate", "BoilerplateStage", "_line_model"),
    ("cleaner.stages.line_features", "PageLines", "__init__"),
    ("cleaner.stages.repair", "RepairStage", "__call__"),
    ("cleaner.stages.repair", "RepairStage", "_cjk_spaces"),
    ("cleaner.stages.repair", "RepairStage", "_join"),
    ("cleaner.stages.repair", "RepairStage", "_whitespace"),
    ("cleaner.edits", "Editor", "apply"),
    ("cleaner.stages.split", "SplitStage", "__call__"),
    ("cleaner.stages.dedup", "Deduper", "process"),
    ("cleaner.runner", None, "_flush"),
]


def _charge(owner: Any, name: str, label: str, spent: Counter[str], calls: Counter[str]) -> None:
    """Wrap ``owner.name`` so that its outermost calls add their thread CPU to ``spent``."""
    raw = inspect.getattr_static(owner, name)
    func = getattr(owner, name)
    if inspect.isgeneratorfunction(func):
        gen = func

        def func(*a: Any, **k: Any) -> Iterator[Any]:  # made at once, in the charge
            return iter(list(gen(*a, **k)))

    inside = [False]

    @functools.wraps(func)
    def charged(*a: Any, **k: Any) -> Any:
        if inside[0]:
            return func(*a, **k)
        inside[0] = True
        t = time.thread_time()
        try:
            return func(*a, **k)
        finally:
            spent[label] += time.thread_time() - t
            calls[label] += 1
            inside[0] = False

    wrapped: Callable[..., Any] | staticmethod[Any, Any] = charged
    if isinstance(raw, staticmethod):
        wrapped = staticmethod(charged)
    setattr(owner, name, wrapped)
    if inspect.ismodule(owner):  # a function the stages imported by name: theirs too
        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("cleaner.") and mod is not owner:
                if getattr(mod, name, None) is raw:
                    setattr(mod, name, wrapped)


def run_cpu(batch: Path, out: Path | None = None) -> float:
    """Thread CPU seconds of one ``cleaner run`` over ``batch`` (into ``out``, else a
    temporary folder), in this process: what the charged parts are a share of."""
    from cleaner.runner import run

    with tempfile.TemporaryDirectory() as tmp:
        dest = out or Path(tmp) / "out"
        shutil.rmtree(dest, ignore_errors=True)
        t = time.thread_time()
        run([batch], dest)
        return time.thread_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", type=Path)
    ap.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    args = ap.parse_args()
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for module, cls, name in PARTS:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            mod = None
        owner = getattr(mod, cls, None) if cls else mod
        if owner is None or not hasattr(owner, name):  # renamed or moved since the list was written
            print(f"(no {module}.{cls or ''}.{name}: not charged)", file=sys.stderr)
            continue
        _charge(owner, name, f"{cls or module.rsplit('.', 1)[-1]}.{name}", spent, calls)
    total = run_cpu(args.batch, args.out)
    print(f"cleaner run on {args.batch} ({args.batch.stat().st_size / 1e6:.1f} MB): "
          f"{total:.3f} s of CPU")  # fmt: skip
    print(f"{'CPU s':>7} {'share':>6} {'calls':>7}  part")
    for label, sec in spent.most_common():
        print(f"{sec:7.3f} {100 * sec / total:5.1f}% {calls[label]:7d}  {label}")


if __name__ == "__main__":
    main()
