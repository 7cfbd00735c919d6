"""``run_ray`` on a folder of many small pages: one unit per file vs grouped units.

Generates ``--n`` small pages (default 5,000: text and HTML, ~0.5-1 KB each, 50 site
folders with shared chrome lines) and runs :func:`cleaner.engines.ray_run.run_ray` on a
local Ray (``ray.init(num_cpus=2)``) with

* ``per-file``: ``group_files=1``, the old layout (a unit, a Ray row, a count task and a
  pipeline call per page);
* ``grouped``: ``group_files=GROUP_FILES`` (small files grouped into units of up to
  ``range_bytes`` of input),

each with site learning on (the counting pass reads every page) and off (the counting pass
counts ``.txt``/``.html`` files without reading them).  Runs alternate (per-file, grouped,
per-file, …) so both see the same load on a shared machine; medians over ``--repeat``;
the ratio is per-file / grouped.  Also checks that both layouts give the same summary.

    python benchmarks/ray_units_bench.py [--n 5000] [--repeat 2] [--learn on,off]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from cleaner.config import OutputConfig, PipelineConfig
from cleaner.engines.ray_read import GROUP_FILES, plan_units
from cleaner.engines.ray_run import run_ray
from cleaner.ingest.records import ReadOptions

_WORDS = "经济 发展 城市 建设 文化 教育 科技 创新 农业 生产 改革 服务 管理 项目 资金".split()
LAYOUTS = {"per-file": 1, "grouped": GROUP_FILES}


def make_pages(root: Path, n: int, *, seed: int = 3) -> None:
    """``n`` small pages in 50 site folders: 2/3 text, 1/3 HTML, each with its site's
    chrome lines, some exact copies."""
    rng = random.Random(seed)
    bodies = [
        "，".join(rng.choice(_WORDS) for _ in range(rng.randint(30, 120))) + "。"
        for _ in range(800)
    ]
    for i in range(n):
        site = root / f"site{i % 50:02d}"
        site.mkdir(parents=True, exist_ok=True)
        top, end = f"站点{i % 50}首页 | 新闻 | 联系我们", f"版权所有 站点{i % 50}"
        body = bodies[(i * 7) % len(bodies)]
        if i % 3 == 2:
            (site / f"p{i:05d}.html").write_text(
                f"<html><head><title>第{i}号</title></head><body><nav>{top}</nav>"
                f"<h1>第{i}号公告</h1><p>{body}</p><footer>{end}</footer></body></html>",
                encoding="utf-8",
            )
        else:
            (site / f"p{i:05d}.txt").write_text(
                f"{top}\n第{i}号公告\n{body}\n{end}\n", encoding="utf-8"
            )


def _config(*, learn: bool) -> PipelineConfig:
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    return replace(cfg, boilerplate=replace(cfg.boilerplate, site_repeat=learn))


def _once(pages: Path, out: Path, *, group_files: int, learn: bool) -> tuple[float, dict[str, Any]]:
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    summary = run_ray([pages], out, config=_config(learn=learn), group_files=group_files)
    return time.perf_counter() - t0, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--learn", default="on,off", help="site learning: on, off or on,off")
    args = ap.parse_args()
    import ray

    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    tmp = Path(tempfile.mkdtemp(prefix="ray_units_bench-"))
    try:
        pages = tmp / "pages"
        make_pages(pages, args.n)
        mb = sum(f.stat().st_size for f in pages.rglob("*")) / 1e6
        n_units = {
            k: len(plan_units([pages], ReadOptions(), group_files=g)) for k, g in LAYOUTS.items()
        }
        print(f"{args.n} pages, {mb:.1f} MB; units: {n_units}")
        _once(pages, tmp / "warm", group_files=GROUP_FILES, learn=False)  # imports, actors
        for learn in [x.strip() == "on" for x in args.learn.split(",")]:
            times: dict[str, list[float]] = {k: [] for k in LAYOUTS}
            summaries: dict[str, dict[str, Any]] = {}
            for _ in range(args.repeat):
                for name, g in LAYOUTS.items():
                    secs, summaries[name] = _once(pages, tmp / name, group_files=g, learn=learn)
                    times[name].append(secs)
                    print(f"  learn={'on' if learn else 'off'} {name}: {secs:.1f} s", flush=True)
            a, b = (summaries[k] for k in LAYOUTS)
            same = all(a[k] == b[k] for k in a if k != "seconds")
            med = {k: statistics.median(v) for k, v in times.items()}
            print(
                f"site learning {'on ' if learn else 'off'}: "
                + ", ".join(f"{k} {v:.1f} s ({args.n / v:.0f} pages/s)" for k, v in med.items())
                + f"; per-file/grouped = {med['per-file'] / med['grouped']:.2f}x"
                + f"; same summary: {same}"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
