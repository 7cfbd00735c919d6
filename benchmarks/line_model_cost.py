"""What the generic chrome layer (issue 12) costs the core stages (prints figures; not a test).

Issue 12's speed goal: "the generic layer costs at most 30 % of the core stages'
throughput".  The generic layer's per-page part is the chrome line model
(``[boilerplate] line_model``: :mod:`cleaner.stages.line_model`); its per-batch part is
template clustering in the reading pass that learns site profiles
(:mod:`cleaner.stages.site_templates`).  Measured in one process, on pre-read batches:

* ``core s``: the core stages with the generic layer off: ``Pipeline.process`` over the
  batch (boilerplate with site profiles, repair, split, the rebuild check) with the line
  model off, plus :func:`~cleaner.stages.profile_counter.build_profiles` (the reading pass
  that learns the site profiles) without template clustering (``profile_counter.templated``
  patched to say no);
* ``model %``: the extra time of ``Pipeline.process`` with the line model on, as a share
  of its time with it off;
* ``inside %``: the time spent inside the line model's call in the boilerplate stage
  (``BoilerplateStage._line_model``), as a share of the same: the model's own cost,
  with less noise than a difference of two totals on a shared machine;
* ``tmpl %``: the extra time of ``build_profiles`` with template clustering (pages
  without a URL are signed, clustered, and a folder that splits is counted again per
  template), as a share of ``core s``;
* ``generic %``: both extras together as a share of ``core s``: the figure the goal is
  about.

Rounds alternate (off, on, templates off, templates on); each pass over a batch starts
with the line model's caches empty (as a new batch does), after ``WARM`` warm-up pages
(the other stages' caches are warm, as in a long run).  Times are CPU seconds of the process
(``time.process_time``: the machine is shared, wall time measures the neighbours too);
medians of ``--rounds``.  Small batches are passed over several times per timing
(``PASSES``).  Batches:

* ``chrome``: the pages of the families of ``tests/families/chrome_families.py``;
* ``families``: every family under ``tests/families`` (with a ``truth.jsonl``);
* ``pool``: ``--pages`` pages drawn from ../shared/bench/pool.jsonl.gz by
  ``bench_run.make_batch`` (clean pages; skipped without ../shared);
* ``pool_art``: the same with the chrome and damage ``make_batch`` adds (``--artifacts``).

With ``--base DIR`` (a baseline checkout, e.g. ``git worktree add /tmp/base <commit>``)
each round runs once per tree in fresh child processes, alternately, and both trees'
medians are printed side by side (the script measures whichever ``cleaner`` it imports).

Usage: python benchmarks/line_model_cost.py [--rounds 7] [--pages 1500] [--artifacts]
       [--base DIR] [--batches chrome families pool]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
if "--child" not in sys.argv:  # a child imports the tree its PYTHONPATH names
    sys.path.insert(0, str(ROOT))

FAMILIES = ROOT / "tests" / "families"
COLUMNS = ("core", "model", "inside", "tmpl_off", "tmpl_on")
#: Pages processed (line model on) before the timings, to warm the stages' caches.
WARM = 100
#: Passes over a batch per timing: the families are small (40 and 126 pages).
PASSES = {"chrome": 5, "families": 2}


def clear_caches() -> None:
    """Empty the line model's per-line caches (whichever this tree has)."""
    from cleaner.stages import line_features, line_model

    for mod in (line_features, line_model):
        fn = getattr(mod, "clear_caches", None)
        if fn is not None:
            fn()
    shape = getattr(line_features, "_shape", None)
    if hasattr(shape, "cache_clear"):
        shape.cache_clear()  # type: ignore[union-attr]
    reasons = getattr(line_model, "_REASONS", None)
    if reasons is not None:
        reasons.clear()


def batches(names: list[str], tmp: Path, pages: int) -> dict[str, list[Path]]:
    """Input paths of each batch."""
    from tests.families.chrome_families import FAMILIES as CHROME

    out: dict[str, list[Path]] = {}
    for name in names:
        if name == "chrome":
            out[name] = [FAMILIES / f.name / "pages" for f in CHROME]
        elif name == "families":
            out[name] = sorted(
                p / "pages" for p in FAMILIES.iterdir() if (p / "truth.jsonl").exists()
            )
        elif name in ("pool", "pool_art"):
            from bench_run import POOL, make_batch

            if not POOL.exists():
                print(f"{name}: {POOL} not found, skipped", file=sys.stderr)
                continue
            path = tmp / f"{name}.jsonl"
            make_batch(path, max(1, pages * 4 // 1000), artifacts=name == "pool_art")
            lines = path.read_text("utf-8").splitlines(keepends=True)[:pages]
            path.write_text("".join(lines), encoding="utf-8")
            out[name] = [path]
    return out


def measure(paths: list[Path], rounds: int, first: int = 0, passes: int = 1) -> dict[str, Any]:
    """CPU seconds of each column per round, on one batch, in this process (round
    ``first`` onwards: even rounds run the line model off first, odd ones on first); each
    timing is ``passes`` passes over the batch, each starting with empty caches."""
    from cleaner.config import PipelineConfig
    from cleaner.ingest.readers import Quarantined, read_inputs
    from cleaner.pipeline import Pipeline
    from cleaner.stages import profile_counter
    from cleaner.stages.boilerplate import BoilerplateStage

    raws = [r for r in read_inputs(paths) if not isinstance(r, Quarantined)]
    cfg = PipelineConfig()
    configs = {
        model: replace(cfg, boilerplate=replace(cfg.boilerplate, line_model=model))
        for model in (False, True)
    }
    profiles = profile_counter.build_profiles(raws)
    pipes = {m: Pipeline(c, profiles=profiles) for m, c in configs.items()}
    for i, raw in enumerate(raws[:WARM]):  # warm every stage's caches, load the weights
        pipes[True].process(raw, i)
    templated = profile_counter.templated
    inside = [0.0]  # CPU seconds inside the boilerplate stage's line model call
    call = BoilerplateStage._line_model

    def timed(self: BoilerplateStage, *args: Any, **kwargs: Any) -> None:
        t = time.process_time()
        call(self, *args, **kwargs)
        inside[0] += time.process_time() - t

    BoilerplateStage._line_model = timed  # type: ignore[method-assign]

    def process(*, model: bool) -> float:
        spent = 0.0
        for _ in range(passes):
            clear_caches()
            t = time.process_time()
            for i, raw in enumerate(raws):
                pipes[model].process(raw, i)
            spent += time.process_time() - t
        return spent

    def profile(*, templates: bool) -> float:
        if not templates:
            profile_counter.templated = lambda raw: False  # type: ignore[assignment]
        try:
            t = time.process_time()
            for _ in range(passes):
                profile_counter.build_profiles(raws)
            return time.process_time() - t
        finally:
            profile_counter.templated = templated

    times: dict[str, list[float]] = {c: [] for c in COLUMNS}
    for r in range(first, first + rounds):
        order = (False, True) if r % 2 == 0 else (True, False)
        for m in order:
            inside[0] = 0.0
            times["model" if m else "core"].append(process(model=m))
            if m:
                times["inside"].append(inside[0])
        for tm in order:
            times["tmpl_on" if tm else "tmpl_off"].append(profile(templates=tm))
    return {"pages": len(raws), "times": times}


def shares(times: dict[str, list[float]]) -> dict[str, float]:
    """Medians, and the costs as % (see the module doc)."""
    med = {c: statistics.median(times[c]) for c in COLUMNS}
    core = med["core"] + med["tmpl_off"]
    model = med["model"] - med["core"]
    tmpl = med["tmpl_on"] - med["tmpl_off"]
    return {
        **med,
        "core_all": core,
        "model_pct": 100 * model / med["core"],
        "inside_pct": 100 * med["inside"] / med["core"],
        "tmpl_pct": 100 * tmpl / core,
        "generic_pct": 100 * (model + tmpl) / core,
    }


HEAD = (
    f"{'batch':<10}{'pages':>6}{'core s':>9}{'process':>9}{'model':>8}{'profiles':>9}"
    f"{'tmpl':>7}{'model %':>9}{'inside %':>10}{'tmpl %':>8}{'generic %':>11}"
)


LEGEND = (
    "process = Pipeline.process, line model off; model = the same, on; profiles = "
    "build_profiles, templates off;\ntmpl = the same, on; core s = process + profiles"
)


def row(name: str, pages: int, s: dict[str, float], tree: str = "") -> str:
    return (
        f"{name:<10}{pages:>6}{s['core_all']:>9.3f}{s['core']:>9.3f}{s['model']:>8.3f}"
        f"{s['tmpl_off']:>9.3f}{s['tmpl_on']:>7.3f}{s['model_pct']:>8.1f}%{s['inside_pct']:>9.1f}%"
        f"{s['tmpl_pct']:>7.1f}%{s['generic_pct']:>10.1f}%  {tree}"
    )


def child(root: Path, name: str, paths: list[Path], first: int) -> dict[str, Any]:
    """Round ``first`` of ``root``'s tree in a fresh process."""
    env = dict(os.environ, PYTHONPATH=str(root))
    cmd = [sys.executable, __file__, "--child", name, "--rounds", "1", "--first", str(first)]
    res = subprocess.run(
        [*cmd, *map(str, paths)], capture_output=True, text=True, env=env, check=True
    )
    out: dict[str, Any] = json.loads(res.stdout.splitlines()[-1])
    if Path(out["where"]).resolve() != root.resolve() / "cleaner":
        raise SystemExit(f"imported cleaner from {out['where']}, not from {root}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--pages", type=int, default=1500)
    ap.add_argument("--batches", nargs="+", default=["chrome", "families", "pool"])
    ap.add_argument("--artifacts", action="store_true", help="add the pool_art batch")
    ap.add_argument("--base", type=Path, help="baseline checkout to measure alongside")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--first", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        import cleaner

        out = measure(args.paths, args.rounds, args.first, PASSES.get(args.child, 1))
        print(json.dumps({**out, "where": str(Path(cleaner.__file__).parent)}))
        return
    names = [*args.batches, *(["pool_art"] if args.artifacts else [])]
    with tempfile.TemporaryDirectory() as tmp:
        made = batches(names, Path(tmp), args.pages)
        if args.base is None:
            print(f"medians of {args.rounds} alternating rounds, CPU seconds per timing:")
            print(LEGEND)
            print(HEAD)
            for name, paths in made.items():
                m = measure(paths, args.rounds, passes=PASSES.get(name, 1))
                print(row(name, m["pages"], shares(m["times"])), flush=True)
            return
        trees = {"base": args.base.resolve(), "new": ROOT}
        print(f"base = {trees['base']}  new = {trees['new']}")
        print(f"medians of {args.rounds} rounds, trees alternating in fresh processes:")
        print(LEGEND)
        print(HEAD)
        for name, paths in made.items():
            got: dict[str, dict[str, list[float]]] = {t: {c: [] for c in COLUMNS} for t in trees}
            pages = 0
            for r in range(args.rounds):
                for tree in list(trees) if r % 2 == 0 else list(trees)[::-1]:
                    m = child(trees[tree], name, paths, r)
                    pages = m["pages"]
                    for c in COLUMNS:
                        got[tree][c] += m["times"][c]
            for tree in trees:
                print(row(name, pages, shares(got[tree]), tree), flush=True)


if __name__ == "__main__":
    main()
