"""A full ``cleaner run`` against its parts measured apart, in CPU seconds (prints figures).

Issue 15: a full local run (site learning, core stages, in-batch dedup) should cost at
most twice the core stages plus dedup measured separately.  Each figure is one call in a
fresh process, CPU seconds of the process and its children (dedup's and ``--jobs``'
worker processes), median of ``--rounds``, all variants alternating:

* ``core``: read, boilerplate without site learning, repair, split, write;
* ``+site``: core plus site learning (``[boilerplate] site_repeat``);
* ``+dedup``: core plus in-batch dedup, no site learning;
* ``full``: the default run (both);
* ``dedup``: ``cleaner dedup`` alone on the articles that ``core`` wrote.

The extra of ``full`` over ``core + dedup`` is split into site learning (``+site`` −
``core``) and what dedup costs inside the run beyond dedup alone (``+dedup`` − ``core`` −
``dedup``).  Use a dedup set from ../shared/bench (``make_dedup_set.py make --n 20000``)::

    python benchmarks/run_parts_bench.py --input /tmp/d20k.jsonl [--rounds 3] [--jobs 1]
        [--base /work/wt/base]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

VARIANTS = {
    "core": "[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n",
    "+site": "[dedup]\nenabled = false\n",
    "+dedup": "[boilerplate]\nsite_repeat = false\n",
    "full": "",
}

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import cleaner

def cpu(who):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime

if __name__ == "__main__":
    what, src, out, cfg, jobs = sys.argv[1:6]
    c0, k0, t = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    if what == "dedup":
        from cleaner.corpus.job import dedup_file
        dedup_file(Path(src), Path(out))
    else:
        from cleaner.config import load_config
        from cleaner.runner import run
        run([Path(src)], Path(out), config=load_config(Path(cfg)), jobs=int(jobs))
    print(json.dumps({
        "where": str(Path(cleaner.__file__).parent),
        "cpu": cpu(resource.RUSAGE_SELF) - c0 + cpu(resource.RUSAGE_CHILDREN) - k0,
        "wall": time.perf_counter() - t,
    }))
"""


def child(root: Path, what: str, src: Path, out: Path, cfg: Path, jobs: int) -> float:
    """CPU seconds of one call (process and children) in a fresh process."""
    res = subprocess.run(
        [sys.executable, "-c", CHILD, what, str(src), str(out), str(cfg), str(jobs)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(root)),
        cwd=out.parent,  # not a checkout: `-c` puts the working directory on sys.path
        check=True,
    )
    fig = json.loads(res.stdout.strip().splitlines()[-1])
    if Path(fig["where"]).resolve() != root / "cleaner":
        raise SystemExit(f"imported cleaner from {fig['where']}, not from {root}")
    return float(fig["cpu"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", type=Path, required=True, help="JSONL pages (id, text)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--base", type=Path, help="a baseline checkout to compare with")
    ap.add_argument(
        "--quick", action="store_true", help="only core, full and dedup (no split of the extra)"
    )
    args = ap.parse_args()
    sides = {"new": ROOT}
    if args.base is not None:
        sides = {"base": args.base.resolve(), "new": ROOT}
    n = sum(1 for _ in args.input.open("rb"))
    print(f"input {args.input}: {n} pages, {args.input.stat().st_size / 1e6:.1f} MB")
    print(f"load average at start: {os.getloadavg()[0]:.1f}; --jobs {args.jobs}")
    names = ["core", "full", "dedup"] if args.quick else [*VARIANTS, "dedup"]
    cpu: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        for name, text in VARIANTS.items():  # core first: dedup reads what it wrote
            (tmp / f"{name}.toml").write_text(text, encoding="utf-8")
        for r in range(args.rounds):
            order = list(sides) if r % 2 == 0 else list(reversed(sides))
            for side in order:
                for name in names:
                    out = tmp / f"out_{side}_{name}"
                    if name == "dedup":  # the articles core wrote
                        src, cfg = tmp / f"out_{side}_core", tmp / "core.toml"
                    else:
                        src, cfg = args.input, tmp / f"{name}.toml"
                    fig = child(sides[side], name, src, out, cfg, args.jobs)
                    cpu.setdefault((side, name), []).append(fig)
    print(f"\nCPU seconds (process + children), median of {args.rounds}")
    print(f"{'':<6}" + "".join(f"{k:>9}" for k in names) + f"{'full/(core+dedup)':>19}")
    for side in sides:
        m = {k: statistics.median(cpu[(side, k)]) for k in names}
        print(
            f"{side:<6}"
            + "".join(f"{m[k]:>9.2f}" for k in names)
            + f"{m['full'] / (m['core'] + m['dedup']):>18.2f}x"
        )
        if args.quick:
            continue
        site = m["+site"] - m["core"]
        in_run = m["+dedup"] - m["core"]
        rest = m["full"] - m["core"] - site - in_run
        print(
            f"{'':<6}extra of full over core+dedup {m['full'] - m['core'] - m['dedup']:.2f} s ="
            f" site learning {site:.2f} + dedup in the run beyond dedup alone"
            f" {in_run - m['dedup']:.2f} + the two together {rest:.2f}"
        )


if __name__ == "__main__":
    main()
