#!/usr/bin/env python3
"""Dedup quality and speed: ``cleaner dedup`` vs datasketch MinHashLSH vs datatrove MinHash.

Everything runs in one invocation on the same generated sets, each tool as a subprocess,
scored by ``../shared/bench/eval_dedup.py``; one table is printed at the end::

    python benchmarks/dedup_bench.py --sizes 10000 100000 --runs 3
    python benchmarks/dedup_bench.py --sizes 100000 --incremental 1000000
    git archive HEAD cleaner | tar -x -C /tmp/old   # then old and new code side by side:
    python benchmarks/dedup_bench.py --before-src /tmp/old --incremental 1000000

Wall seconds are medians over ``--runs`` (baselines run ``--baseline-runs`` times, default 1:
datasketch needs minutes at 100k), and so are CPU seconds (user + system, workers included:
they move less than wall time with the load of a shared machine).  Peak RSS is the largest
sum over the process tree (workers included), sampled from /proc every 50 ms.  Sets are
generated into ``--work`` (default /tmp/dedup_bench) with ``make_dedup_set.py``; nothing from
../shared is copied into the repository.  Needs ``pip install datasketch datatrove`` (the
``bench`` extra).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# CLEANER_BENCH: the bench folder when ../shared/bench is not beside the checkout (a worktree)
BENCH = Path(os.environ.get("CLEANER_BENCH") or ROOT.parent / "shared" / "bench")
PY = sys.executable
CLEANER = [PY, "-m", "cleaner"]
CPU_S: list[float] = []  # CPU seconds of every measured command, in order


_TICK = os.sysconf("SC_CLK_TCK")


def _tree_sample(pid: int, cpu: dict[int, float]) -> int:
    """Resident bytes of ``pid`` and all its descendants; their CPU seconds go to ``cpu``.

    CPU is read from /proc per process (the last sample of each pid counts), because
    worker processes started by a forkserver are never reaped into the parent's rusage.
    """
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            cpu[p] = (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(cmd: list[str], *, env: dict[str, str] | None = None) -> tuple[float, int]:
    """(wall seconds, peak tree RSS bytes) of one command; raises if it fails.

    The CPU seconds of the command and its descendants are appended to ``CPU_S``: on a
    shared machine they move less with the load than wall time does.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    cpu: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_sample(proc.pid, cpu))
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    th.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # the reaped total is exact for the command and the descendants it waited for; the
    # samples add the ones it did not (forkserver workers)
    reaped = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    sampled = sum(cpu.values())
    CPU_S.append(max(reaped, sampled))
    if proc.returncode:
        raise RuntimeError(f"{cmd[:4]} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return wall, peak


# datatrove 0.10 hashes str with xxhash, which since xxhash 4 accepts bytes only; this shim
# (loaded as sitecustomize, so datatrove's spawned workers get it too) encodes str first.
# It is applied to the datatrove subprocess only and does not change what is hashed.
_XXHASH_SHIM = """import xxhash
def _wrap(f):
    def g(data, seed=0):
        return f(data.encode("utf-8") if isinstance(data, str) else data, seed)
    return g
xxhash.xxh64_intdigest = _wrap(xxhash.xxh64_intdigest)
xxhash.xxh32_intdigest = _wrap(xxhash.xxh32_intdigest)
"""


def _datatrove_env(work: Path) -> dict[str, str]:
    shim = work / "datatrove_shim"
    shim.mkdir(exist_ok=True)
    (shim / "sitecustomize.py").write_text(_XXHASH_SHIM)
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": f"{shim}{os.pathsep}{path}" if path else str(shim)}


def make_set(work: Path, n: int, seed: int) -> Path:
    name = f"s{n}_{seed}"
    if not (work / f"{name}.jsonl").exists():
        subprocess.run(
            [
                PY,
                str(BENCH / "make_dedup_set.py"),
                "make",
                "--pool",
                str(BENCH / "pool.jsonl.gz"),
                "--out",
                str(work),
                "--name",
                name,
                "--n",
                str(n),
                "--seed",
                str(seed),
            ],
            check=True,
            capture_output=True,
        )
    return work / name


def score(stem: Path, tsv: Path) -> dict:
    out = subprocess.run(
        [PY, str(BENCH / "eval_dedup.py"), "--gt", f"{stem}.gt.jsonl", "--clusters", str(tsv)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def ours_tsv(out_dir: Path, tsv: Path) -> None:
    with (out_dir / "articles.jsonl").open(encoding="utf-8") as fh, tsv.open("w") as o:
        for line in fh:
            r = json.loads(line)
            o.write(f"{r['id']}\t{r['cluster']}\n")


BEFORE_SRC: Path | None = None  # --before-src: a checkout whose cleaner/ runs as "cleaner-before"


def _cleaner_env(tool: str) -> dict[str, str] | None:
    """``cleaner-before`` imports ``cleaner`` from ``--before-src``, ``cleaner`` from this
    checkout (PYTHONPATH wins over the editable install; the tools run in ``--work``, so the
    current directory, first on ``sys.path`` with ``-m``, is no checkout), so old and new
    code are measured in one run on the same load."""
    if tool == "cleaner":
        return {**os.environ, "PYTHONPATH": str(ROOT)}
    if tool != "cleaner-before":
        return None
    if BEFORE_SRC is None:
        sys.exit("cleaner-before needs --before-src DIR")
    return {**os.environ, "PYTHONPATH": str(BEFORE_SRC)}


def run_tool(tool: str, stem: Path, work: Path, runs: int) -> dict:
    res_dir = work / f"{stem.name}.{tool}"
    tsv = work / f"{stem.name}.{tool}.tsv"
    walls, peaks, cpus = [], [], []
    env = _datatrove_env(work) if tool == "datatrove" else _cleaner_env(tool)
    for _ in range(runs):
        shutil.rmtree(res_dir, ignore_errors=True)
        if tool.startswith("cleaner"):
            cmd = [*CLEANER, "dedup", f"{stem}.jsonl", "--out", str(res_dir), "-q"]
        elif tool == "datasketch":
            cmd = [
                PY,
                str(BENCH / "run_datasketch.py"),
                f"{stem}.jsonl",
                "--out",
                str(tsv),
                "--norm",
            ]
        else:
            cmd = [
                PY,
                str(BENCH / "run_datatrove.py"),
                f"{stem}.shards",
                "--work",
                str(res_dir),
                "--out",
                str(tsv),
            ]
        wall, peak = measure(cmd, env=env)
        walls.append(wall)
        peaks.append(peak)
        cpus.append(CPU_S[-1])
    if tool.startswith("cleaner"):
        ours_tsv(res_dir, tsv)
    s = score(stem, tsv)
    return {
        "tool": tool,
        "set": stem.name,
        "runs": runs,
        "pair_P": s["pair_P"],
        "pair_R": s["pair_R"],
        "pair_F1": s["pair_F1"],
        "hardneg_linked": s["hardneg_linked"],
        "wall_s": round(statistics.median(walls), 1),
        "cpu_s": round(statistics.median(cpus), 1),
        "peak_rss_mib": round(max(peaks) / 2**20),
    }


def incremental(work: Path, n_corpus: int, stem: Path, tool: str = "cleaner") -> list[dict]:
    bg = work / f"background-{n_corpus}.jsonl"
    if not bg.exists():
        subprocess.run(
            [
                PY,
                str(BENCH / "make_background.py"),
                "--pool",
                str(BENCH / "pool.jsonl.gz"),
                "--n",
                str(n_corpus),
                "--out",
                str(bg),
            ],
            check=True,
            capture_output=True,
        )
    corpus = work / f"corpus-{n_corpus}"
    env = _cleaner_env(tool)
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run(
        [*CLEANER, "corpus", "init", str(corpus)], check=True, capture_output=True, env=env
    )
    rows = []
    wall, peak = measure([*CLEANER, "corpus", "add", str(corpus), str(bg)], env=env)
    rows.append(
        {
            "tool": tool,
            "step": f"corpus add {n_corpus} (build)",
            "wall_s": round(wall, 1),
            "cpu_s": round(CPU_S[-1], 1),
            "peak_rss_mib": round(peak / 2**20),
        }
    )
    out = work / f"{stem.name}.incremental"
    shutil.rmtree(out, ignore_errors=True)
    wall, peak = measure(
        [*CLEANER, "dedup", f"{stem}.jsonl", "--out", str(out), "--corpus", str(corpus), "-q"],
        env=env,
    )
    ours_tsv(out, work / "inc.tsv")
    s = score(stem, work / "inc.tsv")
    rows.append(
        {
            "tool": tool,
            "step": f"dedup {stem.name} vs corpus",
            "wall_s": round(wall, 1),
            "cpu_s": round(CPU_S[-1], 1),
            "peak_rss_mib": round(peak / 2**20),
            "pair_F1": s["pair_F1"],
            "pair_P": s["pair_P"],
            "hardneg_linked": s["hardneg_linked"],
        }
    )
    wall, peak = measure([*CLEANER, "corpus", "add", str(corpus), str(out)], env=env)
    rows.append(
        {
            "tool": tool,
            "step": f"corpus add {stem.name} kept",
            "wall_s": round(wall, 1),
            "cpu_s": round(CPU_S[-1], 1),
            "peak_rss_mib": round(peak / 2**20),
        }
    )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3, help="runs of cleaner dedup per set")
    ap.add_argument("--baseline-runs", type=int, default=1)
    ap.add_argument("--tools", nargs="+", default=["cleaner", "datasketch", "datatrove"])
    ap.add_argument("--incremental", type=int, default=0, help="corpus size for the scale test")
    ap.add_argument("--work", type=Path, default=Path("/tmp/dedup_bench"))
    ap.add_argument(
        "--before-src",
        type=Path,
        help="folder holding an older cleaner/ package (e.g. from `git archive`): adds the "
        "tool cleaner-before, run the same way, also in the incremental test",
    )
    a = ap.parse_args()
    global BEFORE_SRC
    BEFORE_SRC = a.before_src.resolve() if a.before_src is not None else None
    if a.before_src is not None and "cleaner-before" not in a.tools:
        a.tools.insert(0, "cleaner-before")
    if not BENCH.is_dir():
        sys.exit(f"{BENCH} not found")
    a.work = a.work.resolve()
    a.work.mkdir(parents=True, exist_ok=True)
    os.chdir(a.work)  # with -m the current directory comes first on sys.path
    rows = []
    for n in a.sizes:
        stem = make_set(a.work, n, a.seed)
        for tool in a.tools:
            runs = a.runs if tool.startswith("cleaner") else a.baseline_runs
            rows.append(run_tool(tool, stem, a.work, runs))
            print(json.dumps(rows[-1]), file=sys.stderr)
    cols = [
        "set",
        "tool",
        "pair_P",
        "pair_R",
        "pair_F1",
        "hardneg_linked",
        "wall_s",
        "cpu_s",
        "peak_rss_mib",
        "runs",
    ]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r[c]) for c in cols) + " |")
    if a.incremental:
        stem = make_set(a.work, max(a.sizes), a.seed)
        inc = [
            r
            for tool in a.tools
            if tool.startswith("cleaner")
            for r in incremental(a.work, a.incremental, stem, tool)
        ]
        print()
        print("| tool | step | wall_s | cpu_s | peak_rss_mib | pair_F1 | pair_P | hardneg_linked |")
        print("|---|---|---|---|---|---|---|---|")
        for r in inc:
            print(
                f"| {r['tool']} | {r['step']} | {r['wall_s']} | {r['cpu_s']} | {r['peak_rss_mib']} "
                f"| {r.get('pair_F1', '')} "
                f"| {r.get('pair_P', '')} | {r.get('hardneg_linked', '')} |"
            )


if __name__ == "__main__":
    main()
