"""Article structure, titles and metadata: main's code beside this tree's, same run.

Issue 12's split-stage figures on the invented families under ``tests/families`` (the
families of ``generate.py`` and ``structure_families.py``), per role (``tune`` vs
``heldout``), each computed by a worker process whose ``PYTHONPATH`` is one source tree:

* titles: share of true articles whose title is exactly right;
* counts: share of pages cut into the right number of articles;
* metadata: share of true metadata fields parsed with the right value;
* content F1: characters of true article lines kept vs output lines that are true.

``--real`` adds the real HTML pages of ``../shared/corpora/real`` (scrapinghub-aeb, gne,
magic-html forum, trafilatura cache): how many get ``meta.published`` and how many titles
still end in a site suffix.  Those pages carry no title or date ground truth, so the
figures are *blind* counts, not accuracies.  ``--speed`` times the split stage alone
(after boilerplate and repair, outside the timer) on every family page, median of 5.

Usage::

    python benchmarks/structure_bench.py                       # /work/main vs this tree
    python benchmarks/structure_bench.py --before PATH --real --speed [--sealed]

``role = "sealed"`` families are scored only with ``--sealed``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ROOT / "tests" / "families"
_FOLD = str.maketrans(
    {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")", "○": "〇"}
)
# a title that still ends in a separator and a short name ("…_澎湃新闻", "… - Site")
_SUFFIXED = re.compile(r"\s*(?:[_|｜–—]|\s-\s)\s*[^_|｜–—]{2,20}$")


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s).translate(_FOLD).rstrip("?")


def score(truths: list[dict[str, Any]], results: list[list[dict[str, Any]]]) -> Counter[str]:
    c: Counter[str] = Counter()
    for t, arts in zip(truths, results, strict=True):
        out_lines = [norm(ln) for a in arts for ln in a["text"].split("\n") if ln.strip()]
        true_lines = Counter(norm(ln) for a in t["articles"] for ln in a["lines"])
        avail = Counter(true_lines)
        for ln in out_lines:
            c["out_chars"] += len(ln)
            if avail[ln] > 0:
                avail[ln] -= 1
                c["out_true_chars"] += len(ln)
        c["true_chars"] += sum(len(k) * v for k, v in true_lines.items())
        c["kept_true_chars"] += sum(len(k) * (v - avail[k]) for k, v in true_lines.items())
        c["pages"] += 1
        c["count_ok"] += len(arts) == len(t["articles"])
        for n, ta in enumerate(t["articles"]):
            got = arts[n] if n < len(arts) else None
            c["titles"] += 1
            c["titles_ok"] += got is not None and got["title"] == ta["title"]
            for key, val in ta["meta"].items():
                c["meta"] += 1
                c["meta_ok"] += got is not None and got["meta"].get(key) == val
    return c


def figures(c: Counter[str]) -> dict[str, float]:
    def ratio(a: str, b: str) -> float:
        return round(c[a] / c[b], 3) if c[b] else 1.0

    p, r = ratio("out_true_chars", "out_chars"), ratio("kept_true_chars", "true_chars")
    return {
        "pages": c["pages"],
        "titles": ratio("titles_ok", "titles"),
        "counts": ratio("count_ok", "pages"),
        "metadata": ratio("meta_ok", "meta"),
        "content_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
    }


def real_html(shared: Path) -> list[Path]:
    out = sorted((shared / "scrapinghub-aeb" / "html").glob("*.html.gz"))
    out += sorted((shared / "gne" / "tests").glob("*/*.html"))
    out += sorted((shared / "magic-html" / "benchmark" / "data" / "forum" / "htmls").glob("*"))
    out += sorted((shared / "trafilatura" / "tests" / "cache").glob("*.html"))
    return out


# -- the worker: runs with PYTHONPATH = one tree -------------------------------------------
def worker(args: argparse.Namespace) -> dict[str, Any]:
    from cleaner.config import PipelineConfig
    from cleaner.ingest.readers import read_inputs
    from cleaner.pipeline import Pipeline
    from cleaner.stages.profile_counter import build_profiles

    report: dict[str, Any] = {"families": {}}
    for fam in sorted(p for p in FAMILIES.iterdir() if (p / "truth.jsonl").exists()):
        truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
        if truths[0]["role"] == "sealed" and not args.sealed:
            continue  # looked at once, at the end of the work that tunes on the others
        raws = list(read_inputs([fam / "pages"]))
        pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
        results = []
        for i, raw in enumerate(raws):
            res = pipe.process(raw, i)
            results.append(
                [{"title": a.title, "text": a.text, "meta": dict(a.meta)} for a in res.articles]
            )
        report["families"][fam.name] = {
            "role": truths[0]["role"],
            "counter": dict(score(truths, results)),
        }
    if args.real:
        shared = ROOT.parent / "shared" / "corpora" / "real"
        if not shared.is_dir():
            shared = Path("/work/shared/corpora/real")
        files = real_html(shared)
        pipe = Pipeline(PipelineConfig())
        dated = suffixed = titled = 0
        examples = []
        for i, raw in enumerate(read_inputs(files)):
            res = pipe.process(raw, i)
            if not res.articles:
                continue
            a = res.articles[0]
            titled += bool(a.title)
            dated += bool(a.meta.get("published"))
            suffixed += bool(_SUFFIXED.search(a.title))
            examples.append((raw.source[-40:], a.title[:60], a.meta.get("published")))
        report["real"] = {
            "pages": len(files),
            "with_title": titled,
            "with_published": dated,
            "title_with_suffix": suffixed,
            "examples": examples,
        }
    return report


def speed(before: Path, shared: Path, reps: int = 30) -> dict[str, dict[str, float]]:
    """The split stage alone, both trees loaded in this one process and run in turn on
    the same texts (what boilerplate and repair left of each page), best of ``reps``
    CPU times: interleaving and the minimum keep a busy machine's noise out."""
    import importlib

    def load(tree: Path) -> tuple[Any, Any]:
        for name in [m for m in sys.modules if m == "cleaner" or m.startswith("cleaner.")]:
            del sys.modules[name]
        sys.path.insert(0, str(tree))
        try:
            return (
                importlib.import_module("cleaner.stages.split"),
                importlib.import_module("cleaner.edits"),
            )
        finally:
            sys.path.remove(str(tree))

    sets: dict[str, list[str]] = {}
    load(ROOT)
    from cleaner.config import PipelineConfig
    from cleaner.edits import Editor
    from cleaner.ingest.readers import read_inputs
    from cleaner.pipeline import Pipeline, page_kind, site_key

    pipe = Pipeline(PipelineConfig())
    fams = [p / "pages" for p in sorted(FAMILIES.iterdir()) if (p / "pages").is_dir()]
    inputs = {"families+sample": [*fams, ROOT / "corpora" / "sample"]}
    if shared.is_dir():
        inputs["real_html"] = real_html(shared)
    for name, paths in inputs.items():
        texts = []
        for i, raw in enumerate(read_inputs(paths)):
            ed = Editor(f"p{i}", pipe.decode(raw).text)
            pipe.boilerplate(ed, site=site_key(raw))
            pipe.repair(ed, kind=page_kind(raw))
            texts.append(ed.text)
        sets[name] = texts
    split_b, edits_b = load(before)
    split_a, edits_a = load(ROOT)
    stages = {
        "before": (split_b.SplitStage(), edits_b.Editor),
        "after": (split_a.SplitStage(), edits_a.Editor),
        "after_without_generic": (
            split_a.SplitStage(split_a.SplitConfig(generic_headers=False, clean_titles=False)),
            edits_a.Editor,
        ),
    }
    out: dict[str, dict[str, float]] = {}
    for name, texts in sets.items():
        best = {k: float("inf") for k in stages}
        for _ in range(reps):
            for k, (stage, editor) in stages.items():
                t0 = time.process_time()
                for j, text in enumerate(texts):
                    stage(editor(f"s{j}", text))
                best[k] = min(best[k], time.process_time() - t0)
        out[name] = {**best, "pages": len(texts)}
    return out


def run_tree(tree: Path, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker"]
    cmd += ["--real"] * args.real + ["--sealed"] * args.sealed
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", type=Path, default=Path("/work/main"))
    ap.add_argument("--real", action="store_true")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--sealed", action="store_true", help="also score the sealed families")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args), ensure_ascii=False))
        return
    reports = {"before": run_tree(args.before, args), "after": run_tree(ROOT, args)}
    cols = ["pages", "titles", "counts", "metadata", "content_f1"]
    print(f"{'':26}{'':8}" + "".join(f"{c[:10]:>11}" for c in cols))
    names = sorted(reports["after"]["families"])
    rows: list[tuple[str, str, Counter[str]]] = []
    for which, rep in reports.items():
        by_role: dict[str, Counter[str]] = {}
        for name in names:
            fam = rep["families"].get(name)
            if fam is None:
                continue
            by_role.setdefault(fam["role"], Counter()).update(fam["counter"])
            rows.append((name, which, Counter(fam["counter"])))
        rows += [(f"[{role}]", which, c) for role, c in by_role.items()]
    for name, which, c in sorted(
        rows, key=lambda r: (not r[0].startswith("["), r[0], r[1] == "after")
    ):
        f = figures(c)
        print(f"{name:26}{which:8}" + "".join(f"{f[k]:>11}" for k in cols))
    if args.speed:
        shared = ROOT.parent / "shared" / "corpora" / "real"
        if not shared.is_dir():
            shared = Path("/work/shared/corpora/real")
        print("\nsplit stage alone (CPU s, best of 30, both trees in one process):")
        for name, t in speed(args.before, shared).items():
            print(
                f"  {name:16} {int(t['pages'])} pages: before {t['before']:.4f}"
                f"  after {t['after']:.4f}  after without the generic layer"
                f" {t['after_without_generic']:.4f}  throughput after/before"
                f" {t['before'] / t['after']:.2f}"
            )
    if args.real:
        for which, rep in reports.items():
            r = rep["real"]
            print(
                f"\nreal HTML pages ({which}, blind: no title/date ground truth): "
                f"{r['pages']} pages, {r['with_title']} titled, "
                f"{r['with_published']} with meta.published, "
                f"{r['title_with_suffix']} titles still ending in a site-like suffix"
            )


if __name__ == "__main__":
    main()
