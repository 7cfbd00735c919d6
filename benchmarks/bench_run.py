"""Throughput and memory of `cleaner run` on generated batches (prints figures; not a test).

Builds JSONL batches of Chinese pages from the real text pool in ../shared/bench (or, if it
is absent, from our own sample pages): *clean* pages, and the same text with the artifacts
the pipeline repairs (site chrome lines, 第N篇 headers with metadata blocks, half-width
punctuation, stray '?', page-break splits, redaction placeholders).  Each batch is run in a
fresh process (`python -m cleaner run`) and we report MB/s of input and the child's peak RSS.
Sizes 10 and 50 MB show whether memory stays flat in the input size.

    python benchmarks/bench_run.py [--sizes 10 50] [--repeat 3] [--variants ...]

Variants, measured side by side in one run: the core stages (read, boilerplate, repair,
split, write) without site learning and dedup, and the full default run, each on 1 and 2
worker processes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# CLEANER_BENCH: the bench folder when ../shared/bench is not beside the checkout (a worktree).
# Without the pool a benchmark refuses to run: figures from two sample pages repeated are not the
# figures the issue asks for, and they once passed unnoticed. ``CLEANER_BENCH_SAMPLE=1`` runs on
# the sample pages on purpose (a smoke run), and every table then says so.
POOL = Path(os.environ.get("CLEANER_BENCH") or ROOT.parent / "shared" / "bench") / "pool.jsonl.gz"
SAMPLE_OK = os.environ.get("CLEANER_BENCH_SAMPLE") == "1"


def text_source() -> str:
    """Where the batches' text comes from; exits with one line when the pool is missing."""
    if POOL.exists():
        return str(POOL)
    if SAMPLE_OK:
        return "corpora/sample (CLEANER_BENCH_SAMPLE=1: a smoke run, not a measurement)"
    sys.exit(
        f"bench: {POOL}: no text pool here; set CLEANER_BENCH to the bench folder "
        "(e.g. CLEANER_BENCH=/work/shared/bench), or CLEANER_BENCH_SAMPLE=1 for a smoke run "
        "on the two sample pages"
    )


def base_texts() -> list[str]:
    text_source()
    if POOL.exists():
        with gzip.open(POOL, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        texts = [
            r["text"] for r in rows if sum("\u4e00" <= c <= "\u9fff" for c in r["text"][:200]) > 80
        ]
        return texts
    return [p.read_text("utf-8") for p in (ROOT / "corpora" / "sample").glob("xiexiebang*.txt")]


def with_artifacts(rng: random.Random, texts: list[str]) -> str:
    """A compiled page of 2–4 documents with site chrome and repairable damage."""
    n = rng.randint(2, 4)
    out = [
        "某某工作总结范文（精选）",
        "",
        "时间:2020-03-04 10:11:12下载本文作者:会员上传",
        "简介:写写帮文库小编为你整理了多篇相关的《某某工作总结》,但愿对你工作学习有帮助。",
        "",
    ]
    for i in range(n):
        body = rng.choice(texts)
        body = body.replace("，", ",", 3).replace("：", ":", 1)
        paras = [p for p in body.split("\n") if p.strip()]
        if paras and len(paras[0]) > 40:
            cut = len(paras[0]) // 2
            paras[0:1] = [paras[0][:cut], "", paras[0][cut:]]
        if len(paras) > 2:
            paras[1] = paras[1] + "；?"
            paras.insert(2, "截至×月×日，共投入资金×××万元。")
        out += [
            f"第{'一二三四'[i]}篇:某某文件标题{i}",
            "",
            "【发布单位】某某省 【发布文号】某政发〔2003〕12号 【发布日期】2003-08-13",
            "",
        ]
        for para in paras:
            out += [para, ""]
        out += ["本内容来源于政府官方网站,如需引用,请以正式文件为准。", ""]
    out += [
        "下载某某工作总结word格式文档",
        "点此处下载文档",
        "文档为doc格式",
        "相关范文推荐",
        "某某范文一",
    ]
    return "\n".join(out)


def make_batch(path: Path, mb: int, *, artifacts: bool, seed: int = 7) -> None:
    rng = random.Random(seed)
    texts = base_texts()
    target = mb * 1_000_000
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        i = 0
        while size < target:
            text = with_artifacts(rng, texts) if artifacts else rng.choice(texts)
            line = json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            i += 1


VARIANTS: dict[str, tuple[str, int]] = {
    # name: (cleaner.toml text, jobs)
    "core stages, 1 proc": ("[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n", 1),
    "core stages, 2 procs": ("[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n", 2),
    "full run, 1 proc": ("", 1),
    "full run, 2 procs": ("", 2),
}


# The child's own peak RSS in KiB from ``VmHWM`` (per address space, so it starts afresh at
# exec), not ru_maxrss: on Linux that survives fork+exec (exec records the forked copy of
# the parent's address space), so a child of a bench holding its batches reported the
# bench's own size (1097 MiB at 5 and at 10 MB). Worker processes (--jobs > 1) add their
# largest ru_maxrss.
PEAK_RSS = """
def PEAK_KIB():
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # not Linux: an upper bound
"""


def run_once(batch: Path, out: Path, config: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak RSS MiB of the process tree) of one `cleaner run` in a fresh process."""
    code = (
        "import resource, sys, time\n"
        "from pathlib import Path\n"
        "from cleaner.config import load_config\n"
        "from cleaner.runner import run\n"
        "if __name__ == '__main__':\n"
        "    cfg = load_config(Path(sys.argv[3]))\n"
        "    t = time.perf_counter()\n"
        "    run([Path(sys.argv[1])], Path(sys.argv[2]), config=cfg, jobs=int(sys.argv[4]))\n"
        "    dt = time.perf_counter() - t\n"
        "    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "    print(dt, PEAK_KIB() + (kids if int(sys.argv[4]) > 1 else 0))\n"
    )
    code = PEAK_RSS + code
    script = out.parent / "bench_child.py"
    script.write_text(code, encoding="utf-8")
    res = subprocess.run(
        [sys.executable, str(script), str(batch), str(out), str(config), str(jobs)],
        capture_output=True,
        text=True,
        check=True,
    )
    secs, rss_kb = res.stdout.split()
    return float(secs), int(rss_kb) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 50])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--variants", nargs="+", default=list(VARIANTS))
    args = ap.parse_args()
    print(f"text source: {text_source()}")
    print("MB/s = input MB / wall seconds of run() (median); RSS = peak of the process tree")
    print(
        f"{'batch':<11}{'MB':>6}  {'variant':<22}{'s':>8}{'MB/s':>8}{'MB/s/core':>11}{'RSS MiB':>9}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("clean", "artifacts"):
            for mb in args.sizes:
                batch = Path(tmp) / f"{kind}_{mb}.jsonl"
                make_batch(batch, mb, artifacts=kind == "artifacts")
                real_mb = batch.stat().st_size / 1e6
                for name in args.variants:
                    toml, jobs = VARIANTS[name]
                    cfg = Path(tmp) / "cleaner.toml"
                    cfg.write_text(toml, encoding="utf-8")
                    runs = [
                        run_once(batch, Path(tmp) / "out", cfg, jobs) for _ in range(args.repeat)
                    ]
                    secs = statistics.median(r[0] for r in runs)
                    rss = max(r[1] for r in runs)
                    rate = real_mb / secs
                    print(
                        f"{kind:<11}{real_mb:>6.1f}  {name:<22}{secs:>8.2f}{rate:>8.2f}"
                        f"{rate / jobs:>11.2f}{rss:>9.0f}",
                        flush=True,
                    )
                batch.unlink()


if __name__ == "__main__":
    main()
