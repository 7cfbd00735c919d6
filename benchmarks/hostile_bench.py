"""Peak memory and time of ``cleaner run`` on hostile inputs (issue 17), default settings.

Each case is one hostile input beside a good page, made here streaming (nothing large is
held in memory or written uncompressed); ``cleaner run`` runs on it in a subprocess
whose peak RSS comes from ``os.wait4`` (that child alone).  The target is ≤ 1 GB per
case with no option or ``[read]`` setting changed.  Then the read speed of a
``.jsonl.gz`` against ``gzip -dc`` on the same file: decompression and line splitting
(``open_stream`` + ``readline``), and the whole JSONL reader (JSON parsing and records),
both with the ratio budget lifted since the file is very repetitive.

    python benchmarks/hostile_bench.py [--only NAME] [--repeat 3]
    python benchmarks/hostile_bench.py --baseline /path/to/other/checkout

(the checkout this script is in is the one measured, whatever the working folder).

``--baseline`` also times the same reads with another checkout's code (its
``cleaner/`` on ``PYTHONPATH``), side by side, with a time limit.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MB = 1 << 20
GOOD = "第一段正文，内容完整。\n第二段正文，说明办理流程和时间安排。\n"


def _zstd_frame(path: Path, parts: list[bytes], repeat: int, head: bytes = b"") -> None:
    import zstandard

    c = zstandard.ZstdCompressor(level=1).compressobj()
    with path.open("wb") as fh:
        fh.write(c.compress(head))
        for _ in range(repeat):
            for p in parts:
                fh.write(c.compress(p))
        fh.write(c.flush())


def zstd_bomb(d: Path) -> Path:
    """33 KB of zstd expanding to 1 GB of zeros (the issue's first row)."""
    p = d / "bomb.txt.zst"
    _zstd_frame(p, [bytes(MB)], 1024)
    return p


def jsonl_zst_line(d: Path) -> Path:
    """``.jsonl.zst`` with one line of 1 GB between two good lines."""
    p = d / "line.jsonl.zst"
    good = json.dumps({"text": GOOD}, ensure_ascii=False).encode() + b"\n"
    import zstandard

    c = zstandard.ZstdCompressor(level=1).compressobj()
    with p.open("wb") as fh:
        fh.write(c.compress(good + b'{"text": "'))
        block = b"a" * MB
        for _ in range(1024):
            fh.write(c.compress(block))
        fh.write(c.compress(b'"}\n' + good))
        fh.write(c.flush())
    return p


def parquet_gz_zeros(d: Path) -> Path:
    """``PAR1`` + 20 GB of zeros as ``.parquet.gz`` (gzip members of 64 MB repeated)."""
    p = d / "zeros.parquet.gz"
    member = gzip.compress(bytes(64 * MB), compresslevel=1)
    with p.open("wb") as fh:
        fh.write(gzip.compress(b"PAR1"))
        for _ in range(20 * 16):
            fh.write(member)
    return p


def parquet_cell(d: Path) -> Path:
    """A Parquet file of ~30 KB whose one cell holds 315 MB of text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = d / "cell.parquet"
    huge = "a" * (315 * MB)
    pq.write_table(pa.table({"text": [GOOD, huge]}), p, compression="zstd")
    return p


def nested_divs(d: Path) -> Path:
    """2.9 million nested ``<div>`` (~100 KB gzipped)."""
    p = d / "deep.html.gz"
    with gzip.open(p, "wb", compresslevel=9) as fh:
        fh.write(b"<html><body>")
        for _ in range(29):
            fh.write(b"<div>" * 100_000)
        fh.write(b"x")
    return p


def gzip_bomb(d: Path) -> Path:
    """gzip of 2 GB of zeros (2 MB)."""
    p = d / "bomb.jsonl.gz"
    member = gzip.compress(bytes(64 * MB), compresslevel=9)
    p.write_bytes(member * 32)
    return p


def text_30mb(d: Path) -> Path:
    """A 30 MB plain-text page of short varied lines (under the 32 MB page limit): the
    slowest page the count budgets let through."""
    import random

    rng = random.Random(7)
    words = "经济 发展 城市 建设 文化 教育 科技 创新 农业 生产 改革 服务 管理 项目 资金".split()
    p = d / "big.txt"
    with p.open("w", encoding="utf-8") as fh:
        size = 0
        while size < 30 * MB:
            line = "，".join(rng.choice(words) for _ in range(rng.randint(4, 30))) + "。\n"
            fh.write(line)
            size += len(line.encode())
    return p


CASES: dict[str, Callable[[Path], Path]] = {
    "zstd_bomb_1gb": zstd_bomb,
    "jsonl_zst_1gb_line": jsonl_zst_line,
    "parquet_gz_20gb_zeros": parquet_gz_zeros,
    "parquet_cell_315mb": parquet_cell,
    "nested_divs_2.9m": nested_divs,
    "gzip_bomb_2gb": gzip_bomb,
    "text_30mb_page": text_30mb,
    "text_30mb_page_budget_1s": text_30mb,
}
#: ``[read]`` settings of a case (the others run with the defaults): processing the 30 MB
#: page takes ~2 s of CPU (the rest of the run is reading, site learning, dedup, writing)
CONFIGS = {"text_30mb_page_budget_1s": "[read]\nmax_page_cpu_seconds = 1\n"}


def run_case(name: str, make: Callable[[Path], Path], root: Path) -> dict[str, object]:
    d = root / name / "in"
    d.mkdir(parents=True)
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    # made in a child: a child's peak RSS starts from its parent's at fork (Linux), so
    # this process must stay small for the cleaner's own peak to be measured
    subprocess.run([sys.executable, __file__, "--make", name, str(d)], check=True, cwd=root)
    (bad,) = (p for p in d.iterdir() if p.name != "good.txt")
    out = root / name / "out"
    cmd = [sys.executable, "-m", "cleaner", "run", str(d), "--out", str(out), "-q"]
    if name in CONFIGS:
        (root / name / "cleaner.toml").write_text(CONFIGS[name], encoding="utf-8")
        cmd += ["--config", str(root / name / "cleaner.toml")]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, env=env, cwd=root)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace").strip().splitlines()
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    codes = []
    if (out / "quarantine.jsonl").is_file():
        codes = [json.loads(x)["code"] for x in (out / "quarantine.jsonl").open()]
    good = (out / "pages.jsonl").is_file() and str(d / "good.txt") in (
        out / "pages.jsonl"
    ).read_text("utf-8")
    return {
        "case": name,
        "input": f"{bad.stat().st_size / 1024:.0f} KB",
        "exit": code,
        "codes": ",".join(codes) or "-",
        "good_page": good,
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "seconds": round(seconds, 1),
        "stderr": err[-1][:100] if code not in (0, 4) and err else "",
    }


# -- .jsonl.gz read speed -----------------------------------------------------------------

_LINES = """
import sys, time
from cleaner.ingest.compression import open_stream
t = time.perf_counter()
with open(sys.argv[1], "rb") as fh:
    kw = {}
    try:
        from cleaner.ingest.compression import Budget
        kw["budget"] = Budget(max_bytes=1 << 40, max_ratio=1 << 30)
    except ImportError:
        pass
    s, _ = open_stream(fh, **kw)
    n = 0
    while s.readline(32 << 20):
        n += 1
print(time.perf_counter() - t, n)
"""

_READER = """
import sys, time
from pathlib import Path
from cleaner.ingest.readers import read_inputs
from cleaner.ingest.records import ReadOptions
kw = {}
try:
    from cleaner.ingest.limits import ReadConfig
    kw["limits"] = ReadConfig(max_ratio=1 << 30)
except ImportError:
    pass
t = time.perf_counter()
n = sum(1 for _ in read_inputs([Path(sys.argv[1])], options=ReadOptions(**kw)))
print(time.perf_counter() - t, n)
"""


def make_jsonl_gz(path: Path, target: int = 4_700_000) -> int:
    """A repetitive ``.jsonl.gz`` of about ``target`` bytes (forum dumps repeat a lot:
    quoted posts, signatures); returns its decompressed size."""
    sentence = "本站发布的信息仅供参考，转载请注明出处。这是一段重复的论坛签名和引用内容。"
    size = 0
    with gzip.open(path, "wb", compresslevel=6) as fh:
        i = 0
        while path.stat().st_size < target:
            text = f"第{i}帖：" + sentence * 200
            line = json.dumps({"id": str(i), "text": text}, ensure_ascii=False).encode()
            fh.write(line + b"\n")
            size += len(line) + 1
            i += 1
            if i % 2000 == 0:
                fh.flush()
    return size


def timed(cmd: list[str], env: dict[str, str] | None, limit: float, cwd: Path) -> float | None:
    # run from a neutral folder: ``python -c`` puts the working folder first on sys.path,
    # which would shadow the checkout named by PYTHONPATH
    t0 = time.perf_counter()
    try:
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.PIPE, timeout=limit, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - t0


def read_speed(root: Path, repeat: int, baseline: str | None, limit: float) -> None:
    f = root / "batch.jsonl.gz"
    raw = make_jsonl_gz(f)
    print(
        f"\n.jsonl.gz read: {f.stat().st_size / MB:.1f} MB → {raw / MB:.0f} MB, "
        f"median of {repeat} (seconds, and × gzip -dc)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    rows: list[tuple[str, list[str], dict[str, str] | None]] = [
        ("gzip -dc", ["sh", "-c", f"gzip -dc '{f}' > /dev/null"], None),
        ("lines (this)", [sys.executable, "-c", _LINES, str(f)], env),
        ("reader (this)", [sys.executable, "-c", _READER, str(f)], env),
    ]
    if baseline:
        benv = {**env, "PYTHONPATH": str(Path(baseline).resolve())}
        rows += [
            ("lines (baseline)", [sys.executable, "-c", _LINES, str(f)], benv),
            ("reader (baseline)", [sys.executable, "-c", _READER, str(f)], benv),
        ]
    ref = None
    for label, cmd, e in rows:
        times = [timed(cmd, e, limit, root) for _ in range(repeat)]
        if any(t is None for t in times):
            print(f"  {label:18} > {limit:.0f} s (stopped)")
            continue
        med = statistics.median(t for t in times if t is not None)
        ref = ref or med
        print(f"  {label:18} {med:7.2f} s  {med / ref:6.1f}×")


# -- the per-page CPU budget: its cost on ordinary pages -------------------------------------


def budget_overhead(repeat: int) -> None:
    """What ``[read] max_page_cpu_seconds`` costs a normal page: the bundled sample and
    ``corpora/reprints.jsonl`` pages (×20) processed with the budget (default, 60 s) and without
    (0), alternately, median of ``repeat``; then the budget's own cost per page, entered
    and left 20,000 times in the main thread (SIGPROF timer) and in another thread (the
    watchdog Ray workers use)."""
    import threading
    from dataclasses import replace

    from cleaner.config import PipelineConfig
    from cleaner.ingest.limits import ReadConfig
    from cleaner.ingest.readers import read_inputs
    from cleaner.pageguard import page_budget
    from cleaner.pipeline import Pipeline, process_item

    root = Path(__file__).resolve().parents[1] / "corpora"
    raws = list(read_inputs([root / "sample", root / "reprints.jsonl"])) * 20
    cfg = PipelineConfig()
    off = replace(cfg, read=ReadConfig(max_page_cpu_seconds=0))
    # each setting twice (A/A): the spread between copies is the noise floor
    pipes = {
        "60 s": Pipeline(cfg),
        "off": Pipeline(off),
        "60 s (2)": Pipeline(cfg),
        "off (2)": Pipeline(off),
    }
    times: dict[str, list[float]] = {k: [] for k in pipes}
    for r in range(repeat):
        order = list(pipes.items())
        for label, pipe in order if r % 2 else order[::-1]:  # alternately first
            t0 = time.process_time()
            for i, raw in enumerate(raws):
                process_item(pipe, raw, i)
            times[label].append(time.process_time() - t0)
    print(f"\npage budget: {len(raws)} ordinary pages, median of {repeat} (CPU ms a page)")
    for label, ts in times.items():
        print(f"  budget {label:9} {statistics.median(ts) / len(raws) * 1000:8.3f}")

    def enter_leave(n: int = 20_000) -> float:
        t0 = time.perf_counter()
        for _ in range(n):
            with page_budget(60):
                pass
        return (time.perf_counter() - t0) / n * 1e6

    got: list[float] = []
    main_us = statistics.median(enter_leave() for _ in range(3))
    t = threading.Thread(target=lambda: got.extend(enter_leave() for _ in range(3)))
    t.start()
    t.join()
    print(
        f"  the budget alone: {main_us:.1f} µs a page (main thread, SIGPROF timer), "
        f"{statistics.median(got):.1f} µs (other thread, watchdog)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="Run only this case (repeatable).")
    ap.add_argument("--repeat", type=int, default=3, help="Timing repeats for the read test.")
    ap.add_argument("--baseline", help="Another checkout to time the reads with.")
    ap.add_argument("--limit", type=float, default=120, help="Seconds before a read is stopped.")
    ap.add_argument("--no-speed", action="store_true", help="Skip the .jsonl.gz read test.")
    ap.add_argument("--no-budget", action="store_true", help="Skip the page budget's cost.")
    ap.add_argument("--make", nargs=2, metavar=("CASE", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.make:
        CASES[args.make[0]](Path(args.make[1]))
        return
    root = Path(tempfile.mkdtemp(prefix="hostile_bench_"))
    try:
        print(f"{'case':24} {'input':>9} {'exit':>4} {'codes':12} good {'RSS MB':>7} {'s':>6}")
        for name, make in CASES.items():
            if args.only and name not in args.only:
                continue
            r = run_case(name, make, root)
            ok = "≤1GB" if int(r["peak_rss_mb"]) <= 1024 else "OVER"  # type: ignore[call-overload]
            print(
                f"{r['case']:24} {r['input']:>9} {r['exit']:>4} {r['codes']:12} "
                f"{'yes ' if r['good_page'] else 'NO  '} {r['peak_rss_mb']:>7} {r['seconds']:>6} "
                f"{ok} {r['stderr']}"
            )
            shutil.rmtree(root / name, ignore_errors=True)
        if not args.no_speed:
            read_speed(root, args.repeat, args.baseline, args.limit)
        if not args.no_budget:  # last: it loads the pipeline into this process
            budget_overhead(max(args.repeat, 5))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
