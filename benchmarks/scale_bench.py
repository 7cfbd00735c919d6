"""Issue 15's two scale lines, never measured before: RSS flat in the input size, and a
100k-page run against its parts (prints figures, not a test).

**rss**: peak RSS of a full default ``cleaner run`` (site learning, repair, split,
in-batch dedup, one process) on ``--sizes`` MB of clean bench pages
(``bench_run.make_batch``), one fresh ``python -m cleaner run`` per size (its own
``VmHWM``, written as it exits, and its CPU seconds; ``memory_bench.py`` samples the RSS
over a run).  Flat means the largest size's peak stays within ``--flat`` (1.25×) of the
smallest's; the issue's ceiling is 600 MiB.

**pages**: ``--pages`` (100,000) small pages cut from the bench pool
(``/work/shared/bench/pool.jsonl.gz``: a window of 1–3 paragraphs, 80–400 characters,
of a random text; 4 % exact and 4 % near copies of an earlier page, so in-batch dedup
has work), run three ways, each a fresh process, in one bench run:

* ``full``: ``cleaner run PAGES`` with the default settings (in-batch dedup on);
* ``core``: ``cleaner run PAGES`` with ``[boilerplate] site_repeat = false`` and
  ``[dedup] enabled = false`` (read, boilerplate, repair, split, write);
* ``dedup``: ``cleaner dedup`` of the ``core`` run's ``articles.jsonl`` (dedup alone on
  the same articles).

The acceptance line is ``full ≤ 2 × (core + dedup)``; the ratio is printed from CPU
seconds (user + sys of the child, robust on a shared machine) and from wall seconds.
``--rounds`` > 1 alternates the three and takes medians.  ``CLEANER_CACHE_DIR`` is set to
one private temporary folder (the regex cache is shared by every tree on a machine
otherwise), warmed by a run of 200 pages before the clock starts::

    CLEANER_BENCH=/work/shared/bench python benchmarks/scale_bench.py \\
        [--part rss pages] [--sizes 10 50 100 200] [--pages 100000] [--rounds 1]
        [--data /tmp/scalebench]   # batches kept and reused between calls

Figures at ca5dd150 (session 27, load 4 to 17 on 2 shared cores: read the CPU columns):

* pages, 100,000 small pages (23.8 MB; 99,997 articles, 86,016 kept, 13,981 duplicates):
  ``full`` 178.8 s CPU (457 s wall), ``core`` 151.0 s (869 s), ``dedup`` 49.8 s (364 s):
  full / (core + dedup) = **0.89x CPU**, 0.37x wall: the line is met (goal <= 2x); a full
  run costs less than its parts run apart, each part paying start-up, reading and
  writing again.  Peak RSS (then the children's ``ru_maxrss``, before the ``VmHWM``
  wrapper; the core run's 163 MiB bounds what the bench's own size could add): full run
  408 MiB, core 163 MiB, ``cleaner dedup`` of the 100k articles **1026 MiB**: over the
  issue's 600 MiB, and the full run's 408 MiB at 24 MB of small pages against 218 MiB at
  10 MB of bench pages says its memory grows with the page count (site learning, the
  in-batch dedup index), not with the bytes.
* rss: 10 MB (4,035 pages) 218 MiB, 22.8 s CPU (0.44 MB/s); 200 MB (81,705 pages) 277 MiB,
  360.5 s CPU (0.55 MB/s): 1.27x the 10 MB peak, just over this script's 1.25x line,
  far under 600 MiB (its ``VmHWM`` read from ``/proc`` while it ran: 267 MiB at 25k pages
  written, 274 MiB from 55k to 75k, 277 at the end: the last few MiB are the dedup's
  decisions and writing).  50 MB was not reached in the session.
* rss again at a0deeeff (session 30, ``memory_bench.py --sizes 10 200 --trace``): 10 MB
  207 MiB (19.1 s CPU), 200 MB 264 MiB (331.4 s CPU): 1.28x; the parts of the difference
  (a dedup batch's working set, the reading pass's pinned heap) in that script's
  docstring.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_run import POOL, make_batch, text_source  # noqa: E402

CORE = "[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n"


def small_pages(path: Path, n: int, *, seed: int = 11) -> None:
    """``n`` small pages (JSONL ``id``, ``text``) cut from the bench pool, with exact and
    near copies of earlier pages mixed in."""
    text_source()
    rng = random.Random(seed)
    with gzip.open(POOL, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    texts = [t for t in texts if sum("\u4e00" <= c <= "\u9fff" for c in t[:200]) > 60]
    made: list[str] = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            roll = rng.random()
            if made and roll < 0.04:
                text = rng.choice(made)  # exact copy
            elif made and roll < 0.08:
                base = rng.choice(made)
                k = rng.randrange(len(base))
                text = base[:k] + "的" + base[k + 1 :]  # near copy: one character changed
            else:
                paras = [p for p in rng.choice(texts).split("\n") if p.strip()]
                start = rng.randrange(len(paras))
                text = ""
                for para in paras[start : start + rng.randint(1, 3)]:
                    text = f"{text}\n{para}" if text else para
                    if len(text) >= 80:
                        break
                text = text[:400]
            made.append(text)
            rec = {"id": f"s{i}", "text": text, "url": f"https://site{i % 50}.example.cn/{i}"}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


# ``python -m cleaner ARGS`` that writes its own peak RSS (``VmHWM``, KiB) to the file
# $SCALE_BENCH_HWM as it exits.  Not ru_maxrss: on Linux it survives fork+exec, so a child
# of this bench (which holds the pool while it cuts the small pages) would report the
# bench's size, not its own (bench_run.PEAK_RSS).
CLEANER_CHILD = """
import atexit, os, runpy, sys

def hwm():
    with open("/proc/self/status", encoding="ascii") as fh:
        kib = next(int(ln.split()[1]) for ln in fh if ln.startswith("VmHWM:"))
    with open(os.environ["SCALE_BENCH_HWM"], "w", encoding="ascii") as out:
        out.write(str(kib))

atexit.register(hwm)
sys.argv = ["cleaner", *sys.argv[1:]]
runpy.run_module("cleaner", run_name="__main__", alter_sys=True)
"""


def _child(cmd: list[str], cache: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MiB) of one fresh ``python -m cleaner ...`` (``cmd``)."""
    import subprocess

    hwm = cache / "hwm.txt"
    hwm.unlink(missing_ok=True)
    env = dict(
        os.environ, PYTHONPATH=str(ROOT), CLEANER_CACHE_DIR=str(cache), SCALE_BENCH_HWM=str(hwm)
    )
    assert cmd[1:3] == ["-m", "cleaner"], cmd
    errors = cache / "stderr.txt"  # a file, not a pipe: a long traceback cannot block it
    with errors.open("wb") as err_fh:
        t = time.perf_counter()
        proc = subprocess.Popen(
            [cmd[0], "-c", CLEANER_CHILD, *cmd[3:]],
            cwd=cache,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err_fh,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
    code = proc.returncode = os.waitstatus_to_exitcode(status)
    err = errors.read_text(encoding="utf-8", errors="replace")
    if code not in (0, 1):  # 1: a run that flagged pages still wrote them
        raise SystemExit(f"{' '.join(cmd)}: exit {code}\n{err[-2000:]}")
    peak = int(hwm.read_text(encoding="ascii")) / 1024 if hwm.exists() else float("nan")
    return wall, usage.ru_utime + usage.ru_stime, peak


def part_rss(args: argparse.Namespace, data: Path, tmp: Path) -> None:
    print("\n## rss: full default run (1 process) on clean bench pages, fresh process each")
    print(f"{'MB':>6}{'pages':>9}{'peak MiB':>10}{'CPU s':>9}{'MB/s CPU':>10}")
    peaks: dict[int, float] = {}
    cache = tmp / "cache"
    cache.mkdir(exist_ok=True)
    for mb in args.sizes:
        batch = data / f"clean_{mb}.jsonl"
        if not batch.exists():
            make_batch(batch, mb, artifacts=False)
        with batch.open("rb") as fh:
            pages = sum(1 for _ in fh)
        out = tmp / "out_rss"
        cmd = [sys.executable, "-m", "cleaner", "run", str(batch), "--out", str(out), "-q"]
        runs = []
        for _ in range(args.rounds):
            shutil.rmtree(out, ignore_errors=True)
            runs.append(_child(cmd, cache))
        peak = statistics.median(r[2] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        peaks[mb] = peak
        real = batch.stat().st_size / 1e6
        print(f"{real:>6.0f}{pages:>9}{peak:>10.0f}{cpu:>9.1f}{real / cpu:>10.2f}", flush=True)
    lo, hi = min(args.sizes), max(args.sizes)
    growth = peaks[hi] / peaks[lo]
    verdict = "flat" if growth <= args.flat and peaks[hi] <= 600 else "NOT flat"
    print(
        f"peak at {hi} MB / peak at {lo} MB = {growth:.2f}x (flat: <= {args.flat}x and"
        f" <= 600 MiB): {verdict}"
    )


def part_pages(args: argparse.Namespace, data: Path, tmp: Path) -> None:
    batch = data / f"small_{args.pages}.jsonl"
    if not batch.exists():
        small_pages(batch, args.pages)
    mb = batch.stat().st_size / 1e6
    cfg = tmp / "core.toml"
    cfg.write_text(CORE, encoding="utf-8")
    py = sys.executable
    arts = tmp / "out_core" / "articles.jsonl"
    cmds = {
        "full": [py, "-m", "cleaner", "run", str(batch), "--out", str(tmp / "out_full"), "-q"],
        "core": [
            py,
            "-m",
            "cleaner",
            "run",
            str(batch),
            "--out",
            str(tmp / "out_core"),
            "--config",
            str(cfg),
            "-q",
        ],
        "dedup": [py, "-m", "cleaner", "dedup", str(arts), "--out", str(tmp / "out_dd"), "-q"],
    }
    cache = tmp / "cache"
    cache.mkdir(exist_ok=True)
    warm = tmp / "warm.jsonl"
    with batch.open(encoding="utf-8") as fh:
        warm.write_text("".join(next(fh) for _ in range(200)), encoding="utf-8")
    _child([py, "-m", "cleaner", "run", str(warm), "--out", str(tmp / "out_warm"), "-q"], cache)
    print(f"\n## pages: {args.pages:,} small pages ({mb:.1f} MB), fresh process each")
    figs: dict[str, list[tuple[float, float, float]]] = {k: [] for k in cmds}
    for r in range(args.rounds):
        for d in ("out_full", "out_core", "out_dd"):
            shutil.rmtree(tmp / d, ignore_errors=True)
        for name, cmd in cmds.items():  # dedup reads core's output: keep this order
            figs[name].append(_child(cmd, cache))
            w, c, m = figs[name][-1]
            print(
                f"  round {r + 1} {name:<6} wall {w:8.1f} s  CPU {c:8.1f} s  RSS {m:6.0f} MiB",
                flush=True,
            )
    med = {
        k: (statistics.median(f[0] for f in v), statistics.median(f[1] for f in v))
        for k, v in figs.items()
    }
    with (tmp / "out_full" / "articles.jsonl").open(encoding="utf-8") as fh:
        statuses = [json.loads(line).get("status") for line in fh]
    kept = statuses.count("kept")
    print(f"full run: {len(statuses):,} articles, {kept:,} kept, {len(statuses) - kept:,} not")
    print(f"{'':<8}{'wall s':>10}{'CPU s':>10}{'pages/s CPU':>13}")
    for k, (w, c) in med.items():
        print(f"{k:<8}{w:>10.1f}{c:>10.1f}{args.pages / c:>13.0f}")
    for i, label in ((1, "CPU"), (0, "wall")):
        full, parts = med["full"][i], med["core"][i] + med["dedup"][i]
        print(
            f"{label}: full / (core + dedup) = {full:.1f} / {parts:.1f} = {full / parts:.2f}x"
            f" (goal <= 2x): {'met' if full <= 2 * parts else 'NOT met'}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", nargs="+", default=["rss", "pages"], choices=["rss", "pages"])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 100, 200])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--flat", type=float, default=1.25, help="largest/smallest peak allowed")
    ap.add_argument("--data", type=Path, help="folder for the batches (kept, reused)")
    args = ap.parse_args()
    print(f"tree: {ROOT}; text source: {text_source()}")
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    tmp = Path(tempfile.mkdtemp(prefix="scalebench-"))
    data = args.data or tmp
    data.mkdir(parents=True, exist_ok=True)
    try:
        if "pages" in args.part:
            part_pages(args, data, tmp)
        if "rss" in args.part:
            part_rss(args, data, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
