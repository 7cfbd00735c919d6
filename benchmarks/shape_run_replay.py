"""First-sight replay of the split stage's shape-run fallback (issue 12, item 3).

Grafts :mod:`cleaner.stages.split_shape_run` (read from THIS tree, standard library only,
with its sibling modules: :data:`SIBLINGS`) onto the split stage of another tree (a
throwaway worktree at the commit before a blind set was fixed), as the last resort after
``titles_under_blocks`` (the last reader there), and runs families page by page as
``family_figures`` does (profiles learned from the family's own pages).  A page where
the fallback split is run again without it, so each family's figures are given
before/after from the same run::

    python benchmarks/shape_run_replay.py --tree /tmp/sr_zj --families sealed_zj_shiwu
    python benchmarks/shape_run_replay.py --tree /tmp/sr_zj --all   # false splits too

Reported per family: pages, counts and titles before/after, pages split by the fallback,
and FALSE splits (a page the truth holds as one article that the fallback cut), plus the
pages it only flagged (``unsure``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]


#: the modules ``split_shape_run`` imports from, in the order they import each other
SIBLINGS = (
    "cell_gaps",
    "split_shape_lines",
    "split_shape_closing",
    "split_shape_listed",
    "split_shape_marks",
    "split_shape_titled",
    "split_record_form",
)


def _load_file(key: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(key, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[key] = mod
    spec.loader.exec_module(mod)
    return mod


def _load_shape_run() -> Any:
    """THIS tree's ``split_shape_run``: each sibling is read from this tree and registered
    under its ``cleaner.stages`` name first, so the entry's imports find them there and the
    other tree (which may hold none of them, or older ones) is never asked for them."""
    stages = HERE / "cleaner" / "stages"
    for name in SIBLINGS:
        _load_file(f"cleaner.stages.{name}", stages / f"{name}.py")
    return _load_file("shape_run_graft", stages / "split_shape_run.py")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", required=True, help="the tree whose pipeline runs")
    ap.add_argument("--families", default="", help="comma-separated family names")
    ap.add_argument("--all", action="store_true", help="every family with a truth")
    ap.add_argument("--fams-root", default=str(HERE / "tests" / "families"))
    ap.add_argument("--json", default="", help="write the per-page log here")
    ap.add_argument("--dump", default="", help="print the split stage's lines of PAGE")
    args = ap.parse_args()
    tree = Path(args.tree).resolve()
    sys.path.insert(0, str(tree))
    graft = _load_shape_run()
    import cleaner

    assert Path(cleaner.__file__).resolve().is_relative_to(tree), cleaner.__file__
    import cleaner.stages.split as split_mod
    from cleaner.config import PipelineConfig
    from cleaner.ingest.readers import read_inputs
    from cleaner.pipeline import Pipeline
    from cleaner.stages.profile_counter import build_profiles
    from cleaner.stages.split_clock import HEADER_IS_TEXT, TITLE_IS_TEXT

    spec = importlib.util.spec_from_file_location(
        "bench", tree / "benchmarks" / "boilerplate_bench.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)

    state: dict[str, Any] = {"on": True, "log": None}
    orig = split_mod.titles_under_blocks

    def wrapper(lines: Any, reader: Any, *rest: Any) -> Any:
        keyed, run = orig(lines, reader, *rest)
        if keyed or not state["on"]:
            return keyed, run
        sr = graft.shape_run(lines, reader)
        if state.get("dump"):
            Path("/tmp/shape_run_dump.json").write_text(json.dumps(list(lines)), "utf-8")
            for n, ln in enumerate(lines):
                print(f"{n + 1:4d} {graft.shape(ln, coarse=True)[:30]:30s} | {ln[:100]}")
        if sr.verdict != "none" and state["log"] is not None:
            state["log"].append({"verdict": sr.verdict, **sr.evidence})
        if sr.verdict == "split":
            return [
                (s, TITLE_IS_TEXT if s != ti else HEADER_IS_TEXT, t, m) for s, ti, t, m in sr.keyed
            ], run
        return keyed, run

    split_mod.titles_under_blocks = wrapper
    root = Path(args.fams_root)
    if args.all:
        names = sorted(p.name for p in root.iterdir() if (p / "truth.jsonl").exists())
    else:
        names = [n for n in args.families.split(",") if n]
    rows = []
    pages_log = []
    for name in names:
        fam = root / name
        truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
        raws = list(read_inputs([fam / "pages"]))
        profiles = build_profiles(raws)
        pipe = Pipeline(PipelineConfig(), profiles=profiles)
        before, after = [], []
        fired = false = unsure = 0
        for i, (raw, truth) in enumerate(zip(raws, truths, strict=True)):
            state["on"], state["log"] = True, []
            state["dump"] = args.dump and truth["page"] == args.dump
            res = pipe.process(raw, i)
            log = state["log"]
            after.append({"source": raw.source, "articles": res.articles})
            split = any(e["verdict"] == "split" for e in log)
            if split:
                state["on"], state["log"] = False, None
                res0 = pipe.process(raw, i)
                before.append({"source": raw.source, "articles": res0.articles})
                fired += 1
                false += len(truth["articles"]) == 1
            else:
                before.append(after[-1])
            unsure += any(e["verdict"] == "unsure" for e in log)
            if log:
                pages_log.append(
                    {
                        "family": name,
                        "page": truth["page"],
                        "truth_articles": len(truth["articles"]),
                        "got": len(after[-1]["articles"]),
                        "log": log,
                    }
                )
        fb = bench.figures(bench.score(truths, before))
        fa = bench.figures(bench.score(truths, after))
        compiled = sum(len(t["articles"]) > 1 for t in truths)
        rows.append((name, len(truths), compiled, fb, fa, fired, false, unsure))
        print(
            f"{name:28s} pages {len(truths):2d} compiled {compiled:2d} "
            f"counts {fb['counts']:.3f}->{fa['counts']:.3f} "
            f"titles {fb['titles']:.3f}->{fa['titles']:.3f} "
            f"meta {fb['metadata']:.3f}->{fa['metadata']:.3f} "
            f"split {fired} FALSE {false} unsure {unsure}",
            flush=True,
        )
    tot_false = sum(r[6] for r in rows)
    single_pages = sum(r[1] - r[2] for r in rows)
    print(f"TOTAL families {len(rows)} false splits {tot_false} over {single_pages} single pages")
    print(f"fallback split pages {sum(r[5] for r in rows)}, unsure {sum(r[7] for r in rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps(pages_log, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
