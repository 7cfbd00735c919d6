"""Issue 15's figures in one run: throughput against ftfy, memory, start-up, cores.

Prints (not a test), same run, same pages:

* ``cleaner run`` (the full default run: site learning, repair, split, dedup, JSONL
  output, one process) in MB/s against ftfy alone with the CJK-safe settings the repair
  stage uses (``fix_text`` over every page), on clean Chinese pages and on pages with
  artifacts (``bench_run.make_batch``, from ../shared/bench/pool.jsonl.gz);
* peak RSS of ``cleaner run`` at 10 MB and at ``--mb`` MB (flat in the input size?);
* ``cleaner --help``/``--version``/``-h``/``-V`` and a usage error: median wall and CPU
  seconds of 10 fresh processes against ``python -c pass``;
* the core stages (no site learning, no dedup) on ``--jobs 1`` and ``--jobs 2``: wall
  speed-up and, from CPU seconds, the bound on an idle machine (``jobs_cpu_bench.py``).

With ``--base DIR`` (another checkout, e.g. ``/work/main``) the run and start-up figures
are measured for both trees, alternately, and the outputs are compared byte for byte
(the ledger one row per edit: a compact row counts as the edits it stands for), with the
ledger rows written per page on each side.
The machine is shared: quote ratios and medians, not absolute seconds::

    python benchmarks/speed_bench.py [--mb 40] [--rounds 3] [--base /work/main]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_run import PEAK_RSS, make_batch  # noqa: E402
from jobs_cpu_bench import run_child as cpu_child  # noqa: E402

RUN_CHILD = """
import resource, sys, time
from pathlib import Path
import cleaner
from cleaner.config import load_config
from cleaner.runner import run
if __name__ == "__main__":
    batch, out, cfg, jobs = sys.argv[1:5]
    config = load_config(Path(cfg)) if cfg != "-" else None
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t = time.perf_counter()
    run([Path(batch)], Path(out), config=config, jobs=int(jobs))
    dt = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
    # worker processes (--jobs > 1) only: with one process the children's figure was
    # seen to hold a value from outside the run (4.4 GB on every run, both trees)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if int(jobs) > 1 else 0
    print(Path(cleaner.__file__).parent, dt, cpu, PEAK_KIB() + kids)
"""

# peak RSS from VmHWM, not ru_maxrss: see bench_run.PEAK_RSS
RUN_CHILD = PEAK_RSS + RUN_CHILD

FTFY_CHILD = """
import json, sys, time
import ftfy
from cleaner.stages.repair import FTFY_CONFIG
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
t, c = time.perf_counter(), time.process_time()
for text in texts:
    ftfy.fix_text(text, config=FTFY_CONFIG)
print(time.perf_counter() - t, time.process_time() - c)
"""

CORE = "[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n"


def _env(root: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(root))


def run_child(
    root: Path, batch: Path, out: Path, cfg: str, jobs: int
) -> tuple[float, float, float]:
    """(wall seconds of run(), its CPU seconds in the parent process, peak RSS MiB of the
    process tree) in a fresh process."""
    res = subprocess.run(
        [sys.executable, "-c", RUN_CHILD, str(batch), str(out), cfg, str(jobs)],
        capture_output=True,
        text=True,
        env=_env(root),
        cwd=batch.parent,  # not a checkout: `-c` puts the working directory on sys.path
        check=True,
    )
    where, secs, cpu, rss = res.stdout.split()[-4:]
    if Path(where).resolve() != root / "cleaner":
        raise SystemExit(f"imported cleaner from {where}, not from {root}")
    return float(secs), float(cpu), int(rss) / 1024


def ftfy_child(root: Path, batch: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of ftfy.fix_text over every page of ``batch``."""
    res = subprocess.run(
        [sys.executable, "-c", FTFY_CHILD, str(batch)],
        capture_output=True,
        text=True,
        env=_env(root),
        cwd=batch.parent,
        check=True,
    )
    wall, cpu = res.stdout.split()[-2:]
    return float(wall), float(cpu)


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def machine_speedup(n: int = 3_000_000) -> float:
    """What 2 processes give over 1 right now on a pure-Python loop: the ceiling for
    ``--jobs 2`` on this (shared) machine at this moment."""
    import multiprocessing as mp

    t = time.perf_counter()
    _spin(n)
    _spin(n)
    one = time.perf_counter() - t
    with mp.get_context("fork").Pool(2) as pool:
        t = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - t
    return one / two


def digest(out: Path) -> str:
    """Hash of the articles, pages and the ledger one row per edit (a compact ledger row,
    issue 15, is compared as the edits it stands for)."""
    from cleaner.jsonl import dumps_lines
    from cleaner.provenance import expand_rows

    h = hashlib.sha256()
    for name in ("articles.jsonl", "pages.jsonl"):
        h.update((out / name).read_bytes())
    with (out / "changes.jsonl").open(encoding="utf-8") as fh:
        h.update(dumps_lines(expand_rows(map(json.loads, fh))).encode("utf-8"))
    return h.hexdigest()[:16]


def ledger_rows(out: Path) -> float:
    """Ledger rows written per page."""
    with (out / "changes.jsonl").open("rb") as fh:
        rows = sum(1 for _ in fh)
    with (out / "pages.jsonl").open("rb") as fh:
        pages = sum(1 for _ in fh)
    return rows / max(1, pages)


def startup(sides: dict[str, Path], tmp: Path, n: int = 10) -> None:
    cmds: dict[str, list[str]] = {"python -c pass": [sys.executable, "-c", "pass"]}
    for a in ("--help", "--version", "-h", "-V"):
        cmds[f"cleaner {a}"] = [sys.executable, "-m", "cleaner", a]
    cmds["usage error"] = [sys.executable, "-m", "cleaner", "no-such-command"]
    res: dict[tuple[str, str], list[tuple[float, float]]] = {}

    def cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    for _ in range(n):
        for side, root in sides.items():
            for name, cmd in cmds.items():
                c0, t0 = cpu(), time.perf_counter()
                subprocess.run(cmd, env=_env(root), cwd=tmp, capture_output=True)
                res.setdefault((side, name), []).append((time.perf_counter() - t0, cpu() - c0))
    print(f"\n## start-up: median of {n} fresh processes (wall s / CPU s)")
    print(f"{'command':<18}" + "".join(f"{s:>20}" for s in sides))
    for name in cmds:
        cells = []
        for side in sides:
            xs = res[(side, name)]
            wall = statistics.median(x[0] for x in xs)
            cpu_s = statistics.median(x[1] for x in xs)
            cells.append(f"{wall:>11.3f} / {cpu_s:.3f}")
        print(f"{name:<18}" + "".join(f"{c:>20}" for c in cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=int, default=40, help="size of the large batches (MB)")
    ap.add_argument("--small", type=int, default=10, help="size of the small batch (MB)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--base", type=Path, help="a baseline checkout to compare with")
    ap.add_argument("--skip", nargs="*", default=[], choices=["ftfy", "rss", "startup", "jobs"])
    args = ap.parse_args()
    sides = {"new": ROOT}
    if args.base is not None:
        sides = {"base": args.base.resolve(), "new": ROOT}
    print("sides: " + ", ".join(f"{k} = {v}" for k, v in sides.items()))
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2 cores)")
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        core = tmp / "core.toml"
        core.write_text(CORE, encoding="utf-8")
        if "startup" not in args.skip:
            startup(sides, tmp)
        batches = {}
        for kind in ("clean", "artifacts"):
            batches[kind] = tmp / f"{kind}_{args.mb}.jsonl"
            make_batch(batches[kind], args.mb, artifacts=kind == "artifacts")
        if "ftfy" not in args.skip:
            print(
                f"\n## cleaner run (full, 1 process, JSONL) vs ftfy alone, median of {args.rounds}"
            )
            print("MB/s of wall time, and of CPU time (robust when the machine is busy)")
            print(
                f"{'pages':<11}{'MB':>6}{'ftfy':>12}"
                + "".join(f"{s:>12}{s + '/ftfy':>14}" for s in sides)
                + "  output"
            )
            for kind, batch in batches.items():
                mb = batch.stat().st_size / 1e6
                times: dict[str, list[tuple[float, float]]] = {s: [] for s in ["ftfy", *sides]}
                for r in range(args.rounds):
                    order = list(sides) if r % 2 == 0 else list(reversed(sides))
                    times["ftfy"].append(ftfy_child(ROOT, batch))
                    for side in order:
                        out = tmp / f"out_{side}"
                        times[side].append(run_child(sides[side], batch, out, "-", 1)[:2])
                same = len({digest(tmp / f"out_{s}") for s in sides}) == 1
                wall = {k: mb / statistics.median(t for t, _ in v) for k, v in times.items()}
                cpu = {k: mb / statistics.median(c for _, c in v) for k, v in times.items()}

                def cell(k: str, w: dict[str, float] = wall, c: dict[str, float] = cpu) -> str:
                    return f"{w[k]:.2f}/{c[k]:.2f}"

                def ratio(k: str, w: dict[str, float] = wall, c: dict[str, float] = cpu) -> str:
                    return f"{w[k] / w['ftfy']:.2f}/{c[k] / c['ftfy']:.2f}"

                rows = "  ledger rows/page " + " → ".join(
                    f"{ledger_rows(tmp / f'out_{s}'):.1f}" for s in sides
                )
                print(
                    f"{kind:<11}{mb:>6.1f}{cell('ftfy'):>12}"
                    + "".join(f"{cell(s):>12}{ratio(s):>14}" for s in sides)
                    + ("  same" if same else "  DIFFERS") * (len(sides) > 1)
                    + rows,
                    flush=True,
                )
        if "rss" not in args.skip:
            print("\n## peak RSS of cleaner run (full, 1 process), MiB")
            small = tmp / f"clean_{args.small}.jsonl"
            make_batch(small, args.small, artifacts=False)
            for side, root in sides.items():
                cells = []
                for batch in (small, batches["clean"]):
                    rss = run_child(root, batch, tmp / "out_rss", "-", 1)[2]
                    cells.append(f"{batch.stat().st_size / 1e6:.0f} MB: {rss:.0f}")
                print(f"{side:<6}" + "   ".join(cells))
        if "jobs" not in args.skip:
            print(f"\n## core stages (no site learning, no dedup), median of {args.rounds}")
            print(f"(2 processes give {machine_speedup():.2f}x on a pure loop right now)")
            batch = batches["artifacts"]
            mb = batch.stat().st_size / 1e6
            print(
                "wall MB/s and speed-up (meaningless on a busy machine), and from CPU seconds"
                " (jobs_cpu_bench.py): the bound on an idle 2-core machine,"
                " j1 CPU / max(parent, busiest worker, jN CPU / 2)"
            )
            for side, root in sides.items():
                secs: dict[int, float] = {}
                figs: dict[int, list[dict]] = {1: [], 2: []}
                for jobs in (1, 2):
                    out = tmp / f"out_j{jobs}"
                    for _ in range(args.rounds):
                        fig = cpu_child(root, batch, out, str(core), jobs)
                        figs[jobs].append(fig)
                    secs[jobs] = statistics.median(f["wall"] for f in figs[jobs])
                med = statistics.median
                one = med(f["parent"] for f in figs[1])
                parent = med(f["parent"] for f in figs[2])
                busiest = med(max(f["workers"] or [0.0]) for f in figs[2])
                both = med(f["parent"] + f["children"] for f in figs[2])
                bound = one / max(parent, busiest, both / 2)
                same = digest(tmp / "out_j1") == digest(tmp / "out_j2")
                print(
                    f"{side:<6}jobs 1: {mb / secs[1]:.2f} MB/s  jobs 2: {mb / secs[2]:.2f} MB/s"
                    f"  speed-up {secs[1] / secs[2]:.2f}x  CPU: j1 {one:.2f} s, j2 parent"
                    f" {parent:.2f} s + workers {both - parent:.2f} s, bound {bound:.2f}x"
                    f"  output {'same' if same else 'DIFFERS'}"
                )


if __name__ == "__main__":
    main()
