#!/usr/bin/env python3
"""Peak RSS of ``cleaner dedup`` against the article count, side by side for two trees
(prints figures, not a test).

Issue 15: peak resident memory ≤ 600 MiB and flat in the input size.  Each figure is one
fresh ``python -m cleaner dedup SET --out DIR -q`` started from a tree (``PYTHONPATH`` =
the tree); the child reports its own ``VmHWM`` as it exits (not ``ru_maxrss``, which
survives fork+exec) and its CPU seconds.  With ``--base TREE`` both trees run each set,
alternating, ``--rounds`` times (medians printed), and their ``articles.jsonl`` are compared
byte for byte.  Two kinds of set, built once into ``--data`` and reused:

* ``pool``: ``--counts`` articles drawn at random from the bench pool's Chinese texts
  (``bench_run.base_texts``, ~850 characters, ~2.4 kB a line): many exact copies, a few
  near ones;
* ``small``: ``scale_bench.small_pages`` (80–400 characters, 4 % exact and 4 % near
  copies of an earlier page): the "small articles" of earlier sessions.

::

    git archive main cleaner | tar -x -C /tmp/base   # the tree to compare with
    CLEANER_BENCH=/work/shared/bench python benchmarks/dedup_memory_bench.py \\
        --base /tmp/base [--kinds pool small] [--counts 20000 100000 200000] [--rounds 3]

``cleaner dedup`` reads and matches 20,000 articles a batch and sketches the next batch on
a thread while one is matched and written, so from the second batch on two batches are
alive: a set of one batch (20k) peaks lower than any larger one, and from two batches on
the peak should stay where it is.

Figures (session 29, speed7 against main 6edc6593, one process at a time on 2 shared cores
at load 2 to 12; ``hwm.py``-style wrapper, the same measure as this script; medians of 3
rounds, 200k of 2; ``articles.jsonl`` byte-identical in every round):

=========  ======  ===============  ===================  ===================
set        count   main MiB         speed7 MiB           CPU s main/speed7
=========  ======  ===============  ===================  ===================
pool       20k     388              344  (0.89×)         3.0 / 3.2
pool       100k    707              531  (0.75×)         14.6 / 15.1
pool       200k    731              534  (0.73×)         29.9 / 30.2
small      20k     275              278  (1.01×)         (one round)
small      100k    522              498 → 467 with the   (one round)
                                    judge in chunks
=========  ======  ===============  ===================  ===================

Small articles grow for another reason: their run-side candidate pairs grow with the run
(70k, 139k, 207k, 277k pairs for batches 2 to 5 of 100k), and the verified ones were
judged as one Python list of pairs and one of measures (~60 MiB at batch 5); they are
judged ``PAIR_CHUNK`` at a time now (``dedup_batch.judge_pairs``; pool 100k 542 MiB in that
single run, outputs identical).  The pairs' arrays themselves still grow with the run.

main grows 388 → 707 → 731 MiB (20k → 100k → 200k); speed7 344 → 531 → 534: flat from
the second batch on (100k → 200k ×1.005), the step from 20k being the second batch held
while one is matched, now 187 MiB instead of 319, and under the issue's 600 MiB.

What speed7 changed (each byte-identical): a batch's input lines are read again from the
file when written (:class:`cleaner.corpus.batches.LineSpan`) instead of held beside the
parsed rows (two batches' texts twice); the matched batch's sketch, keys and tokens are let
go before it is written, while the next one is sketched (``Deduper.process_batches``), and
the run index copies the rows it views out of a batch's arrays once per batch
(``RunIndex.seal``), not one copy per row; freed heap pages go back to the system after
each written batch (``memtrim.trim``).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_run import base_texts  # noqa: E402
from scale_bench import small_pages  # noqa: E402

# the child's own peak (VmHWM, KiB) and CPU seconds, written to $DEDUP_MEM_OUT as it exits
CHILD = """
import atexit, os, runpy, sys
def _done():
    with open("/proc/self/status", encoding="ascii") as fh:
        hwm = next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:"))
    with open(os.environ["DEDUP_MEM_OUT"], "w") as out:
        out.write(f"{hwm} {sum(os.times()[:2])}")
atexit.register(_done)
sys.argv = ["cleaner", *sys.argv[1:]]
runpy.run_module("cleaner", run_name="__main__", alter_sys=True)
"""


def pool_set(path: Path, n: int, *, seed: int = 7) -> None:
    import json

    texts = base_texts()
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            line = json.dumps({"id": f"p{i}", "text": rng.choice(texts)}, ensure_ascii=False)
            fh.write(line + "\n")


def one(tree: Path, data: Path, out: Path) -> tuple[float, float]:
    """(peak MiB, CPU s) of one ``cleaner dedup`` of ``data`` from ``tree``."""
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.NamedTemporaryFile(prefix="dedupmem-") as rep:
        env = {**os.environ, "PYTHONPATH": str(tree), "DEDUP_MEM_OUT": rep.name}
        cmd = [sys.executable, "-c", CHILD, "dedup", str(data), "--out", str(out), "-q"]
        subprocess.run(cmd, env=env, check=True)
        kib, cpu = Path(rep.name).read_text().split()
    return int(kib) / 1024, float(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tree", type=Path, default=ROOT)
    ap.add_argument("--base", type=Path, help="a second tree, run alternately")
    ap.add_argument("--kinds", nargs="+", default=["pool", "small"], choices=["pool", "small"])
    ap.add_argument("--counts", nargs="+", type=int, default=[20_000, 100_000, 200_000])
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--data", type=Path, default=Path("/tmp/dedup_memory_bench"))
    a = ap.parse_args()
    a.data.mkdir(parents=True, exist_ok=True)
    trees = [("tree", a.tree)] + ([("base", a.base)] if a.base else [])
    rows = []
    for kind in a.kinds:
        for n in a.counts:
            data = a.data / f"{kind}_{n}.jsonl"
            if not data.exists():
                (pool_set if kind == "pool" else small_pages)(data, n)
            got: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in trees}
            same = True
            for _ in range(a.rounds):
                for name, tree in reversed(trees):
                    got[name].append(one(tree, data, a.data / f"out_{name}"))
                    print(f"{kind} {n} {name}: {got[name][-1][0]:.0f} MiB", flush=True)
                if a.base:
                    left, right = (a.data / f"out_{x}" / "articles.jsonl" for x in ("tree", "base"))
                    same = same and left.read_bytes() == right.read_bytes()
            med = {k: (statistics.median(p for p, _ in v), statistics.median(c for _, c in v))
                   for k, v in got.items()}  # fmt: skip
            rows.append((kind, n, med, same))
    head = " ".join(f"{k + ' MiB':>10} {k + ' CPU':>9}" for k, _ in trees)
    print(f"{'set':6} {'count':>7} {head}")
    for kind, n, med, same in rows:
        cells = " ".join(f"{med[k][0]:>10.0f} {med[k][1]:>9.1f}" for k, _ in trees)
        ratio = f"  {med['tree'][0] / med['base'][0]:.2f}x" if a.base else ""
        print(f"{kind:6} {n:>7} {cells}{ratio}{'' if same else '  OUTPUTS DIFFER'}")


if __name__ == "__main__":
    main()
