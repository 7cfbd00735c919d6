"""Where ``cleaner run --jobs N`` spends CPU: parent threads and each worker (prints figures).

On a shared machine wall-clock speed-ups cannot be measured, so this counts CPU seconds
instead (issue 15, cores).  Each run happens in a fresh process; just before the worker
pool shuts down, the CPU seconds of every worker (``/proc/<pid>/stat``) and of every thread
of the parent (``/proc/self/task/<tid>/stat``: the main thread, and the pool's task and
result handler threads that pickle and unpickle) are read.  The speed-up ``--jobs N``
can reach on an idle machine is then bounded by::

    bound = total CPU of --jobs 1 / max(parent CPU, busiest worker CPU)

(the parent's threads share the GIL, so the parent is one serial lane), and the CPU that
``--jobs N`` adds over ``--jobs 1`` (pickling, IPC, forking) is reported as overhead.

With ``--base DIR`` both trees are measured, alternately, and every output
(articles, pages, changes) is compared byte for byte across trees and job counts::

    python benchmarks/jobs_cpu_bench.py [--batch FILE | --mb 10] [--artifacts]
        [--rounds 3] [--jobs 2] [--base /work/wt/base] [--config core|full]

``--config full`` measures the default run (site learning and dedup, whose own worker
processes are counted with the others).  There the bound is optimistic: site learning
reads every page in the parent before any worker starts, a serial phase the formula
does not see.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_run import make_batch  # noqa: E402

CORE = "[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n"

CHILD = r"""
import json, os, resource, sys, threading, time
import multiprocessing.pool as mpp
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def stat_cpu(path):
    with open(path, encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


WORKERS = {}
THREADS = {}
SEEN = []


def threads():
    # the parent's threads, once, while the pool's threads still run
    if SEEN:
        return
    SEEN.append(True)
    names = {t.native_id: t.name for t in threading.enumerate()}
    for tid in os.listdir("/proc/self/task"):
        try:
            cpu = stat_cpu(f"/proc/self/task/{tid}/stat")
        except OSError:
            continue
        name = names.get(int(tid), "other")
        name = "main" if name == "MainThread" else name.split(" ")[0]
        THREADS[name] = THREADS.get(name, 0.0) + cpu


import multiprocessing.process as mproc
_base_join = mproc.BaseProcess.join


def patched_join(self, timeout=None):
    threads()
    pid = self.pid
    if pid is not None and self._popen is not None and self._popen.returncode is None:
        try:  # wait for the exit without reaping: a zombie's stat holds its final times
            if timeout is None:
                os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
            WORKERS[pid] = stat_cpu(f"/proc/{pid}/stat")
        except (OSError, ChildProcessError):
            pass
    return _base_join(self, timeout)


_exit = mpp.Pool.__exit__
_terminate = mpp.Pool.terminate


def pool_workers(pool):
    # a Pool reaps its workers itself (is_alive() before join): read them while idle
    threads()
    for p in pool._pool:
        try:
            WORKERS[p.pid] = stat_cpu(f"/proc/{p.pid}/stat")
        except OSError:
            pass


def patched_exit(self, *a):
    pool_workers(self)
    return _exit(self, *a)


def patched_terminate(self):
    pool_workers(self)
    return _terminate(self)


mproc.BaseProcess.join = patched_join
mpp.Pool.__exit__ = patched_exit
mpp.Pool.terminate = patched_terminate

import cleaner
from cleaner.config import load_config
from cleaner.runner import run

if __name__ == "__main__":
    batch, out, cfg, jobs = sys.argv[1:5]
    config = load_config(Path(cfg)) if cfg != "-" else None
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t = time.perf_counter()
    run([Path(batch)], Path(out), config=config, jobs=int(jobs))
    wall = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "where": str(Path(cleaner.__file__).parent),
        "wall": wall,
        "parent": r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime,
        "children": kids.ru_utime + kids.ru_stime,
        "workers": list(WORKERS.values()),
        "threads": THREADS,
    }))
"""


def run_child(root: Path, batch: Path, out: Path, cfg: str, jobs: int) -> dict:
    """One ``run()`` in a fresh process: its CPU figures (see :data:`CHILD`)."""
    res = subprocess.run(
        [sys.executable, "-c", CHILD, str(batch), str(out), cfg, str(jobs)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(root)),
        cwd=batch.parent,  # not a checkout: `-c` puts the working directory on sys.path
        check=True,
    )
    fig = json.loads(res.stdout.strip().splitlines()[-1])
    if Path(fig["where"]).resolve() != root / "cleaner":
        raise SystemExit(f"imported cleaner from {fig['where']}, not from {root}")
    return fig


def digest(out: Path) -> str:
    """Hash of the three tables and the quarantine, byte for byte, and of the summary
    (all but its wall-clock ``seconds``)."""
    h = hashlib.sha256()
    for name in ("articles.jsonl", "pages.jsonl", "changes.jsonl", "quarantine.jsonl"):
        h.update((out / name).read_bytes())
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    summary.pop("seconds", None)
    h.update(json.dumps(summary, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", type=Path, help="a JSONL batch (default: generated)")
    ap.add_argument("--mb", type=int, default=10, help="size of the generated batch")
    ap.add_argument("--artifacts", action="store_true", help="generate pages with artifacts")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--config", choices=["core", "full"], default="core")
    ap.add_argument("--base", type=Path, help="a baseline checkout to compare with")
    args = ap.parse_args()
    sides = {"new": ROOT}
    if args.base is not None:
        sides = {"base": args.base.resolve(), "new": ROOT}
    print("sides: " + ", ".join(f"{k} = {v}" for k, v in sides.items()))
    print(f"load average at start: {os.getloadavg()[0]:.1f}; config {args.config}")
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        cfg = "-"
        if args.config == "core":
            (tmp / "core.toml").write_text(CORE, encoding="utf-8")
            cfg = str(tmp / "core.toml")
        batch = args.batch
        if batch is None:
            batch = tmp / "batch.jsonl"
            make_batch(batch, args.mb, artifacts=args.artifacts)
        print(f"batch {batch} ({batch.stat().st_size / 1e6:.1f} MB)")
        figs: dict[tuple[str, int], list[dict]] = {}
        digests: dict[tuple[str, int], str] = {}
        for r in range(args.rounds):
            order = list(sides) if r % 2 == 0 else list(reversed(sides))
            for side in order:
                for jobs in (1, args.jobs):
                    out = tmp / f"out_{side}_{jobs}"
                    figs.setdefault((side, jobs), []).append(
                        run_child(sides[side], batch, out, cfg, jobs)
                    )
                    digests[(side, jobs)] = digest(out)
        med = statistics.median
        print(f"\nCPU seconds, median of {args.rounds} rounds (wall only for orientation)")
        print(
            "j1: run() in one process.  jN: parent = run() in the parent process (rusage),"
            " of which\n'helpers' = the pool's helper threads; workers = each worker process"
            " (/proc stat);\noverhead = CPU jN adds; bound = j1 / max(parent, busiest worker,"
            " all jN CPU / N cores)"
        )
        print(
            f"{'':<6}{'j1':>7}{'parent':>8}{'helpers':>8}{'workers':>16}{'jN':>7}"
            f"{'overhead':>9}{'bound':>7}{'wall j1/jN':>11}"
        )
        for side in sides:
            one, many = figs[(side, 1)], figs[(side, args.jobs)]
            total1 = med(f["parent"] for f in one)
            parent = med(f["parent"] for f in many)
            helpers = med(
                sum(v for k, v in f["threads"].items() if k.startswith("Thread-")) for f in many
            )
            nw = min(len(f["workers"]) for f in many)
            ranked = [sorted(f["workers"], reverse=True) for f in many]
            workers = "/".join(f"{med(r[i] for r in ranked):.2f}" for i in range(nw))
            busiest = med(r[0] if r else 0.0 for r in ranked)
            totaln = med(f["parent"] + f["children"] for f in many)
            bound = total1 / max(parent, busiest, totaln / args.jobs)
            wall = med(f["wall"] for f in one) / med(f["wall"] for f in many)
            print(
                f"{side:<6}{total1:>7.2f}{parent:>8.2f}{helpers:>8.2f}{workers:>16}{totaln:>7.2f}"
                f"{(totaln - total1) / total1:>+9.0%}{bound:>6.2f}x{wall:>10.2f}x"
            )
        same = len(set(digests.values())) == 1
        print(
            "\noutputs (tables, quarantine, summary) byte-identical across trees and jobs: "
            + ("yes" if same else f"NO {digests}")
        )


if __name__ == "__main__":
    main()
