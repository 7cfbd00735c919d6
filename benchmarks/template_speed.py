"""What template clustering (issue 12) costs the reading pass that learns site profiles.

Prints (not a test), same run, alternating, medians of ``--rounds``: the seconds of
:func:`cleaner.readahead.read_once` (decode, count site profiles, keep the pages) with
template clustering and with it switched off, on

* ``pool``: ``--mb`` MB of JSONL pages drawn from ../shared/bench/pool.jsonl.gz
  (``bench_run.make_batch``; real-ish pages, no URL: one ``dir:`` key, one template or
  none, so the cost is the signatures and the clustering that finds nothing to split);
* ``mixed``: ``--pages`` pages of the three invented templates of
  ``tests/template_pages.py`` in one JSONL file (the folder splits and is recounted).

With ``--run`` the whole ``cleaner run`` (default configuration, one process) is timed
the same way, so the reading pass's cost is seen against everything else a run does.

Usage: python benchmarks/template_speed.py [--mb 10] [--pages 3000] [--rounds 3] [--run]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from cleaner.ingest.readers import read_inputs  # noqa: E402
from cleaner.readahead import read_once  # noqa: E402
from cleaner.stages import site_templates  # noqa: E402


def _mixed(path: Path, pages: int) -> None:
    import random

    from tests.template_pages import TEMPLATES

    rng = random.Random(4)
    names = list(TEMPLATES)
    with path.open("w", encoding="utf-8") as fh:
        for n in range(pages):
            text, _, _ = TEMPLATES[names[n % 3]](rng, n)
            fh.write(json.dumps({"id": f"m{n}", "text": text}, ensure_ascii=False) + "\n")


def _once(path: Path, *, templates: bool, whole: bool = False) -> tuple[float, int, int]:
    saved = site_templates.TemplateFinder.observe, site_templates.TemplateFinder.split
    if not templates:
        site_templates.TemplateFinder.observe = lambda *a, **k: None  # type: ignore[method-assign]
        site_templates.TemplateFinder.split = lambda *a, **k: {}  # type: ignore[method-assign]
    try:
        t0 = time.perf_counter()
        if whole:
            from cleaner.runner import run

            with tempfile.TemporaryDirectory() as out:
                summary = run([path], Path(out) / "o")
            return time.perf_counter() - t0, summary["pages"], -1  # sites: not in a summary
        profiles, pages = read_once(read_inputs([path]))
        n = sum(1 for _ in pages)
        return time.perf_counter() - t0, n, len(profiles)
    finally:
        site_templates.TemplateFinder.observe, site_templates.TemplateFinder.split = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=int, default=10)
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--run", action="store_true", help="time the whole cleaner run")
    args = ap.parse_args()
    from bench_run import make_batch

    with tempfile.TemporaryDirectory() as d:
        batches = {"pool": Path(d) / "pool.jsonl", "mixed": Path(d) / "mixed.jsonl"}
        make_batch(batches["pool"], args.mb, artifacts=False)
        _mixed(batches["mixed"], args.pages)
        print(f"{'batch':8}{'pages':>8}{'sites':>7}{'off s':>9}{'on s':>9}{'cost':>8}")
        for name, path in batches.items():
            off, on = [], []
            sites = n = 0
            for _ in range(args.rounds):
                t, n, _ = _once(path, templates=False, whole=args.run)
                off.append(t)
                t, n, sites = _once(path, templates=True, whole=args.run)
                on.append(t)
            a, b = statistics.median(off), statistics.median(on)
            shown = "-" if sites < 0 else str(sites)
            print(f"{name:8}{n:>8}{shown:>7}{a:>9.2f}{b:>9.2f}{(b / a - 1) * 100:>7.1f}%")


if __name__ == "__main__":
    main()
