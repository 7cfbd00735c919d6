"""CPU and peak memory of the run's reading pass, A/B against a baseline tree (prints
figures; not a test).

The reading pass (:func:`cleaner.readahead.read_once`: decode, count the site profiles,
keep the pages) is timed in a fresh child process per measurement: CPU seconds of the
pass (``time.process_time``; the machine is shared, wall time measures the neighbours
too), and the child's peak RSS (``VmHWM``) after the pass and after its pages are
drained.  With ``--run`` the whole ``python -m cleaner run`` of the batch is timed too
(CPU of the child and its workers, ``RUSAGE_CHILDREN``).  With ``--base DIR`` each round
measures this tree and the baseline, alternately (the first tree of a round alternates),
and both trees' medians are printed side by side.  ``--keep-bytes 0`` spills every page
to disk (the pages read back to be counted come from the spill file).

Usage: python benchmarks/reading_pass.py BATCH.jsonl … [--base DIR] [--rounds 5]
       [--keep-bytes N] [--run]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys, time
from pathlib import Path
from cleaner.ingest.readers import read_inputs
import cleaner.readahead as readahead

def hwm():
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return -1.0

keep = int(sys.argv[2])
before = hwm()
t0 = time.process_time()
profiles, pages = readahead.read_once(
    read_inputs([Path(sys.argv[1])]), keep_bytes=None if keep < 0 else keep
)
cpu = time.process_time() - t0
after = hwm()
n = sum(1 for _ in pages)
print(json.dumps({"cpu": cpu, "pages": n, "templates": len(profiles.templates),
                  "sites": len(profiles), "json": hash(profiles.to_json()),
                  "rss0": before, "rss": after, "rss_drained": hwm()}))
"""


def reading(tree: Path, batch: Path, keep: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(batch), str(keep)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def whole_run(tree: Path, batch: Path) -> float:
    """CPU seconds of ``python -m cleaner run`` on ``batch`` (the child and its workers)."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.TemporaryDirectory() as d:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [sys.executable, "-m", "cleaner", "run", str(batch), "--out", f"{d}/out"],
            cwd=tree,
            env=env,
            capture_output=True,
            check=True,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batches", nargs="+", type=Path)
    ap.add_argument("--base", type=Path, help="a baseline checkout to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--keep-bytes", type=int, default=-1, help="spool budget (default: its own)")
    ap.add_argument("--run", action="store_true", help="also time the whole cleaner run")
    args = ap.parse_args()
    trees = {"this": ROOT} | ({"base": args.base.resolve()} if args.base else {})
    for batch in args.batches:
        rows: dict[str, dict[str, list[float]]] = {t: {} for t in trees}
        checks: dict[str, set[tuple[float, ...]]] = {t: set() for t in trees}
        for r in range(args.rounds):
            order = list(trees) if r % 2 == 0 else list(reversed(trees))
            for name in order:
                got = reading(trees[name], batch.resolve(), args.keep_bytes)
                checks[name].add((got["pages"], got["templates"], got["sites"], got["json"]))
                for k in ("cpu", "rss", "rss_drained"):
                    rows[name].setdefault(k, []).append(got[k])
                if args.run:
                    rows[name].setdefault("run", []).append(whole_run(trees[name], batch))
        print(f"{batch.name}: pages, templates, sites, profiles hash per tree: {checks}")
        print(
            f"{'median':14}"
            + "".join(f"{t:>10}" for t in trees)
            + ("   ratio" if args.base else "")
        )
        for k in rows["this"]:
            meds = [statistics.median(rows[t][k]) for t in trees]
            line = f"{k:14}" + "".join(f"{m:>10.3f}" for m in meds)
            if args.base:
                line += f"   {meds[0] / meds[1]:.3f}"
            print(line)
        print(
            "rounds:", {t: {k: [round(x, 3) for x in v] for k, v in rows[t].items()} for t in trees}
        )


if __name__ == "__main__":
    main()
