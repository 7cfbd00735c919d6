"""Artifact repairs on generated cases, before → after, per kind and per half.

Generates the cases of ``tests/families/repair_cases.py`` (stray ``?``, spaces inside CJK
words, letter-spaced headings, paragraphs broken by page breaks, truncated titles; each in
many forms, split into ``tune``, ``heldout`` and ``blind`` halves by form), writes them as
text pages, runs the whole pipeline on them with the code of a base commit (default
``7b45a1d``, extracted with ``git archive``) and with this tree, in the same run, and prints:

* ``repair``: share of injected artifacts whose repaired line is a line of the output
  (truncated titles: the article's title is the full title);
* ``false``: share of lines that were right (trap lines: real question marks, spaces that
  separate a label, a name, a verse, a paragraph that really ends at a page break …) that
  are not a line of the output any more.

Lines are compared after folding half-/full-width punctuation (as the issue's evaluation
does) but not spaces.

With ``--speed N`` it also times the repair stage alone (real pool texts from
``../shared/bench/pool.jsonl.gz`` when present, plus the cases), each tree in a fresh
process, N rounds alternating, and prints the medians and their ratio.

Usage: python benchmarks/repair_bench.py [--base REV] [--per-form N] [--form PREFIX] [--show]
[--speed N]
[--blind] (the blind forms are left out unless asked for)
"""

from __future__ import annotations

import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_FOLD = str.maketrans({"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")"})


def norm(s: str) -> str:
    return s.strip().translate(_FOLD)


def worker(code: str, pages: str, out: str) -> None:
    """Run the pipeline of the tree at ``code`` on every page; write titles and lines."""
    sys.path.insert(0, code)
    from cleaner.config import PipelineConfig
    from cleaner.ingest.readers import read_inputs
    from cleaner.pipeline import Pipeline

    pipe = Pipeline(PipelineConfig())
    res: dict[str, Any] = {}
    for i, raw in enumerate(read_inputs([Path(pages)])):
        r = pipe.process(raw, i)
        res[Path(raw.source).stem] = {
            "titles": [a.title for a in r.articles],
            "lines": [ln for a in r.articles for ln in a.text.split("\n")],
        }
    Path(out).write_text(json.dumps(res, ensure_ascii=False), "utf-8")


# the bench pool as bench_run finds it (CLEANER_BENCH, else ../shared/bench)
POOL = Path(os.environ.get("CLEANER_BENCH") or ROOT.parent / "shared" / "bench") / "pool.jsonl.gz"


def speed_worker(code: str, pages: str, out: str) -> None:
    """Seconds the repair stage of the tree at ``code`` takes over the speed texts."""
    sys.path.insert(0, code)
    from cleaner.edits import Editor
    from cleaner.stages.repair import RepairStage

    texts = json.loads(Path(pages).read_text("utf-8"))
    stage = RepairStage()
    t0 = time.perf_counter()
    for text in texts:
        stage(Editor("p", text))
    Path(out).write_text(json.dumps(time.perf_counter() - t0), "utf-8")


def speed(trees: dict[str, Path], tmp: Path, rounds: int) -> None:
    """The repair stage alone, each tree in a fresh process, rounds alternating; medians."""
    texts: list[str] = []
    print(f"speed texts: {POOL if POOL.exists() else 'no pool (set CLEANER_BENCH)'} + repair cases")
    if POOL.exists():  # real pages (law, essays, tech notes, poetry, English)
        per: Counter[str] = Counter()
        with gzip.open(POOL, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if per[d["src"]] < 400:
                    per[d["src"]] += 1
                    texts.append(d["text"])
    from tests.families.repair_cases import generate

    texts += [c.text for c in generate(12)]
    src = tmp / "speed.json"
    src.write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    secs: dict[str, list[float]] = {n: [] for n in trees}
    for _ in range(rounds):
        for name, code in trees.items():
            out = tmp / f"speed-{name}.json"
            subprocess.run(
                [sys.executable, __file__, "--speed-worker", str(code), str(src), str(out)],
                check=True,
                cwd=str(code),
            )
            secs[name].append(json.loads(out.read_text("utf-8")))
    meds = {n: statistics.median(v) for n, v in secs.items()}
    print(f"\nrepair stage alone, {len(texts)} texts, {mb:.1f} MB, median of {rounds} rounds:")
    for n, v in meds.items():
        print(f"  {n:7} {v:.3f} s  {mb / v:.1f} MB/s")
    if len(meds) == 2:
        a, b = meds.values()
        print(f"  after/before time: {b / a:.3f}")


def run_tree(code: Path, pages: Path, tmp: Path, name: str) -> dict[str, Any]:
    out = tmp / f"{name}.json"
    subprocess.run(
        [sys.executable, __file__, "--worker", str(code), str(pages), str(out)],
        check=True,
        cwd=str(code),
    )
    data: dict[str, Any] = json.loads(out.read_text("utf-8"))
    return data


def score(
    cases: list[Any], res: dict[str, Any], *, show: bool
) -> dict[tuple[str, str], Counter[str]]:
    by: dict[tuple[str, str], Counter[str]] = {}
    for c in cases:
        r = res.get(c.id, {"titles": [], "lines": []})
        lines = {norm(x) for x in r["lines"]} | {norm(t) for t in r["titles"]}
        cnt = by.setdefault((c.half, c.kind), Counter())
        if c.title is not None:
            cnt["n"] += 1
            ok = c.title in r["titles"]
            cnt["ok"] += ok
            if show and not ok:
                print(f"MISS {c.id}: {r['titles'][:2]} != {c.title!r}")
        for f in c.fixed:
            cnt["n"] += 1
            ok = norm(f) in lines
            cnt["ok"] += ok
            if show and not ok:
                near = [x for x in r["lines"] if x and (x[:6] in f or f[:6] in x)][:2]
                print(f"MISS {c.id}: want {f!r}\n      got {near!r}")
        for k in c.keep:
            cnt["keep"] += 1
            bad = norm(k) not in lines
            cnt["false"] += bad
            if show and bad:
                print(f"FALSE {c.id}: {k!r}")
    return by


def main() -> None:
    args = sys.argv[1:]
    if args and args[0] == "--worker":
        worker(*args[1:4])
        return
    if args and args[0] == "--speed-worker":
        speed_worker(*args[1:4])
        return
    base = args[args.index("--base") + 1] if "--base" in args else "7b45a1d"
    per_form = int(args[args.index("--per-form") + 1]) if "--per-form" in args else 12
    only = args[args.index("--form") + 1] if "--form" in args else ""
    show = "--show" in args
    sys.path.insert(0, str(ROOT))
    from tests.families.repair_cases import generate

    cases = [
        c
        for c in generate(per_form)
        if c.form.startswith(only) and (c.half != "blind" or "--blind" in args)
    ]
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        pages = tmp / "pages"
        pages.mkdir()
        for c in cases:
            (pages / f"{c.id}.txt").write_text(c.text, "utf-8")
        trees = {"after": ROOT}
        if base != "none":
            (tmp / "base").mkdir()
            arch = subprocess.run(
                ["git", "-C", str(ROOT), "archive", base, "cleaner"],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(tmp / "base")], input=arch, check=True)
            trees = {"before": tmp / "base", "after": ROOT}
        scores = {
            name: score(cases, run_tree(code, pages, tmp, name), show=show and name == "after")
            for name, code in trees.items()
        }
        report(scores, base, len(cases), blind="--blind" in args)
        if "--speed" in args:
            speed(trees, tmp, int(args[args.index("--speed") + 1]))


def report(
    scores: dict[str, dict[tuple[str, str], Counter[str]]], base: str, n: int, *, blind: bool
) -> None:
    from tests.families.repair_cases import KINDS

    print(f"{n} cases; base {base}; repair = repaired share, false = right lines broken")
    names = list(scores)
    print(
        f"{'half':8}{'kind':17}{'n':>5}"
        + "".join(f"{n + ' repair':>16}{'false':>8}" for n in names)
    )
    for half in ("tune", "heldout", "blind") if blind else ("tune", "heldout"):
        total: dict[str, Counter[str]] = {n: Counter() for n in names}
        for kind in [*KINDS, "all"]:
            cs = {
                n: (total[n] if kind == "all" else scores[n].get((half, kind), Counter()))
                for n in names
            }
            if kind != "all":
                for n in names:
                    total[n].update(cs[n])
            if not cs[names[0]]["n"] and not cs[names[0]]["keep"]:
                continue
            row = f"{half:8}{kind:17}{cs[names[0]]['n']:>5}"
            for n in names:
                c = cs[n]
                rep = c["ok"] / c["n"] if c["n"] else 1.0
                fal = c["false"] / c["keep"] if c["keep"] else 0.0
                row += f"{rep:>16.3f}{fal:>8.3f}"
            print(row)


if __name__ == "__main__":
    main()
