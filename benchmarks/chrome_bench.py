"""Chrome line model on the invented families: the issue's table per role, both layouts.

For every family under ``tests/families`` (regenerate with ``python -m
tests.families.generate``, ``… structure_families``, ``… chrome_families``) the pipeline
runs with site profiles built from the batch, as a new user would run it:

* ``one_folder``: every family's pages copied into ONE folder (text pages of all sites
  share one site key; JSONL pages with URLs keep theirs);
* ``per_family``: each family in its own folder.

and, in the same run, with the line model off (``[boilerplate] line_model = false``: the
pipeline of 7b45a1d, which had no line model) and on.  Printed per role (``tune``,
``heldout``; ``sealed`` only with ``--sealed``): content F1, residue overall and per chrome
kind (families that list kinds: ``chrome_families.py``), titles, counts, repairs,
metadata; then the boilerplate stage's time per page (median of ``--repeat`` runs, model
off vs on, same run).

``--per-family`` adds, for the model on, one row per family (the blind test of a new
family reads its own row: an aggregate over a role hides one family's failures).

The closing lines say what the ``one_folder`` layout ran on (:func:`layout_check`): how
many folders the pages were in (1), and how many site keys the profiles of that mixed
folder gave them.  When the template split puts every family on a key of its own, the
two layouts learn the same chrome and print the same figures.

Usage: python benchmarks/chrome_bench.py [--sealed] [--per-family] [--repeat N] [--json]
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from boilerplate_bench import figures, norm, page_key, score  # noqa: E402

from cleaner.config import PipelineConfig  # noqa: E402
from cleaner.ingest.readers import read_inputs  # noqa: E402
from cleaner.pipeline import Pipeline  # noqa: E402
from cleaner.stages import line_features, line_model  # noqa: E402
from cleaner.stages.profile_counter import build_profiles  # noqa: E402
from cleaner.stages.site_profile import site_key  # noqa: E402

FAMILIES = ROOT / "tests" / "families"
PIPELINE_SECONDS: list[float] = []  # whole pipeline time of each run() (speed section)
KINDS = ("header", "article_header", "notice", "related", "page_number", "bar", "footer")


def kind_residue(truths: list[dict[str, Any]], results: list[dict[str, Any]]) -> Counter[str]:
    """Per chrome kind: ``<kind>`` lines and ``<kind>_left`` lines still in the output."""
    c: Counter[str] = Counter()
    for t, r in zip(truths, results, strict=True):
        arts = r["articles"]
        out_all = [norm(ln) for a in arts for ln in a.text.split("\n") if ln.strip()]
        out_all += [norm(a.title) for a in arts]
        truth_all = [norm(ln) for a in t["articles"] for ln in a["lines"]]
        truth_all += [norm(a["title"]) for a in t["articles"]]
        for kind, line in t.get("chrome_kinds", []):
            k = norm(line)
            if any(k in x for x in truth_all):
                continue
            c[kind] += 1
            c[kind + "_left"] += any(k and k in o for o in out_all)
    return c


class Timed:
    """Wraps the boilerplate stage and adds up the seconds it takes."""

    def __init__(self, stage: Any) -> None:
        self.stage = stage
        self.seconds = 0.0

    def __call__(
        self, editor: Any, *, site: str | None = None, kind: str = "text", **kw: Any
    ) -> None:
        t = time.perf_counter()
        self.stage(editor, site=site, kind=kind, **kw)
        self.seconds += time.perf_counter() - t


def families(*, sealed: bool) -> list[tuple[Path, list[dict[str, Any]]]]:
    out = []
    for fam in sorted(p for p in FAMILIES.iterdir() if (p / "truth.jsonl").exists()):
        truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
        if truths[0]["role"] == "sealed" and not sealed:
            continue
        out.append((fam, truths))
    return out


def run(folders: list[Path], *, model: bool) -> tuple[dict[str, list[Any]], float, int]:
    """Articles of every page by source, the boilerplate seconds, pages.

    The line features' and keep reasons' caches are emptied first: each run starts cold,
    as a new batch does."""
    line_features.clear_caches()
    line_model.clear_caches()
    cfg = PipelineConfig()
    cfg = replace(cfg, boilerplate=replace(cfg.boilerplate, line_model=model))
    raws = list(read_inputs(folders))
    pipe = Pipeline(cfg, profiles=build_profiles(raws))
    timed = Timed(pipe.boilerplate)
    pipe.boilerplate = timed  # type: ignore[assignment]
    t = time.perf_counter()
    out = {raw.source: pipe.process(raw, i).articles for i, raw in enumerate(raws)}
    PIPELINE_SECONDS.append(time.perf_counter() - t)
    return out, timed.seconds, len(raws)


def one_folder(fams: list[tuple[Path, list[dict[str, Any]]]], tmp: Path) -> dict[str, str]:
    """Copy every page into ``tmp``; map each copy's source prefix to its family page."""
    back: dict[str, str] = {}
    for fam, _ in fams:
        for p in sorted((fam / "pages").iterdir()):
            dst = tmp / f"{fam.name}__{p.name}"
            shutil.copyfile(p, dst)
            back[str(dst)] = str(p)
    return back


def layout_check(fams: list[tuple[Path, list[dict[str, Any]]]]) -> dict[str, Any]:
    """What the ``one_folder`` layout runs on: every page in one folder, the profiles
    built from that mixed folder, and the site key each page gets from them (its
    folder's, a template's found in the folder, or its URL's host).  ``pure``: the
    families whose pages all got one key that no other family's page got; where every
    family is pure, the template split has recovered the families and both layouts'
    figures must agree (issue 12: they printed identical, and that is why)."""
    with tempfile.TemporaryDirectory() as td:
        back = one_folder(fams, Path(td))
        folders = {str(Path(p).parent) for p in back}
        raws = list(read_inputs([Path(td)]))
        profiles = build_profiles(raws)
        keys: dict[str, set[str]] = {}
        owners: dict[str, set[str]] = {}
        for i, raw in enumerate(raws):
            key = profiles.template_of(raw, i) or site_key(raw)
            fam = Path(raw.source.partition(".jsonl:")[0]).name.split("__")[0]
            keys.setdefault(fam, set()).add(key)
            owners.setdefault(key, set()).add(fam)
    pure = [f for f, ks in keys.items() if len(ks) == 1 and len(owners[next(iter(ks))]) == 1]
    return {
        "pages": len(raws),
        "folders": len(folders),
        "families": len(fams),
        "site_keys": len(owners),
        "pure_families": len(pure),
        "mixed_families": sorted(set(keys) - set(pure)),
    }


def evaluate(
    fams: list[tuple[Path, list[dict[str, Any]]]], mode: str, *, model: bool
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as td:
        if mode == "one_folder":
            back = one_folder(fams, Path(td))
            got, secs, n = run([Path(td)], model=model)
            got = {_map(src, back): arts for src, arts in got.items()}
        else:
            got, secs, n = {}, 0.0, 0
            for fam, _ in fams:
                g, s, k = run([fam / "pages"], model=model)
                got.update(g)
                secs, n = secs + s, n + k
    by_role: dict[str, Counter[str]] = {}
    by_family: dict[str, Counter[str]] = {}
    for fam, truths in fams:
        results = []
        for t in truths:
            page = t["page"]
            key = page_key(fam, page)
            results.append({"articles": got[key]})
        c = score(truths, results)
        c.update(kind_residue(truths, results))
        by_role.setdefault(truths[0]["role"], Counter()).update(c)
        by_family[fam.name] = c
    return {"by_role": by_role, "by_family": by_family, "seconds": secs, "pages": n}


def _map(src: str, back: dict[str, str]) -> str:
    path, _, line = src.partition(".jsonl:")
    if line:
        return back[path + ".jsonl"].removesuffix(".jsonl") + ".jsonl:" + line
    return back[src]


def main() -> None:
    sealed = "--sealed" in sys.argv
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    fams = families(sealed=sealed)
    report: dict[str, Any] = {}
    times: dict[str, list[float]] = {"off": [], "on": []}
    whole: dict[str, list[float]] = {"off": [], "on": []}
    for mode in ("one_folder", "per_family"):
        for model in (False, True):
            r = evaluate(fams, mode, model=model)
            rows = {}
            for role, c in sorted(r["by_role"].items()):
                f: dict[str, Any] = figures(c)
                for k in KINDS:
                    f["res_" + k] = round(c[k + "_left"] / c[k], 3) if c[k] else None
                rows[role] = f
            report[f"{mode}/{'on' if model else 'off'}"] = rows
            if model and "--per-family" in sys.argv:
                fam_rows = {}
                for name, c in r["by_family"].items():
                    f = figures(c)
                    for k in KINDS:
                        f["res_" + k] = round(c[k + "_left"] / c[k], 3) if c[k] else None
                    fam_rows[name] = f
                report[f"{mode}/on per family"] = fam_rows
    for _ in range(repeat):  # speed: the same folders, model off and on interleaved
        for model in (False, True):
            PIPELINE_SECONDS.clear()
            r = evaluate(fams, "per_family", model=model)
            key = "on" if model else "off"
            times[key].append(1000 * r["seconds"] / max(r["pages"], 1))
            whole[key].append(1000 * sum(PIPELINE_SECONDS) / max(r["pages"], 1))
    med = {k: statistics.median(v) for k, v in times.items()}
    wmed = {k: statistics.median(v) for k, v in whole.items()}
    report["boilerplate_ms_per_page"] = med
    report["pipeline_ms_per_page"] = wmed
    report["one_folder_layout"] = layout = layout_check(fams)
    if "--json" in sys.argv:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    cols = ["pages", "content_f1", "residue", "titles", "counts", "repairs", "metadata"]
    kcols = ["res_" + k for k in KINDS]
    print(f"{'':26}" + "".join(f"{c[:10]:>11}" for c in cols + kcols))
    for key, rows in report.items():
        if key.endswith("_ms_per_page") or key == "one_folder_layout":
            continue
        if "per family" in key:
            print(key + ":")
        for role, f in rows.items():
            cells = ["-" if f[c] is None else f[c] for c in cols + kcols]
            label = f"{key} {role}" if "per family" not in key else f"  {role}"
            print(f"{label:26}" + "".join(f"{v!s:>11}" for v in cells))
    print(
        f"\none_folder layout: {layout['pages']} pages in {layout['folders']} folder(s), "
        f"profiles from that folder give {layout['site_keys']} site keys; "
        f"{layout['pure_families']} of {layout['families']} families on a key of their own"
        + (f" (mixed: {', '.join(layout['mixed_families'])})" if layout["mixed_families"] else "")
    )
    print(
        f"boilerplate stage, ms/page (median of {repeat}, per_family): "
        f"model off {med['off']:.3f}  on {med['on']:.3f}  "
        f"(+{100 * (med['on'] / med['off'] - 1):.0f} %)"
    )
    print(
        f"whole pipeline, ms/page (same runs): model off {wmed['off']:.3f}  "
        f"on {wmed['on']:.3f}  (+{100 * (wmed['on'] / wmed['off'] - 1):.0f} %)"
    )


if __name__ == "__main__":
    main()
