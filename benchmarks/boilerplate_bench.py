"""Boilerplate, split and metadata quality on invented site families with exact ground truth.

Runs the pipeline on every family in ``tests/families`` (regenerate them with
``python -m tests.families.generate``), once with the site profiles built from the batch
(``build_profiles`` → ``boilerplate.site_repeat``) and once without, and prints per role
(``tune`` families, ``heldout`` families) the issue's figures:

* content F1: share of true article text kept (recall) and share of output that is true
  text (precision), by characters of lines, after folding whitespace and punctuation width;
* boilerplate residue: share of chrome lines still present anywhere in the output;
* titles: share of true articles whose title is exactly right;
* counts: share of pages cut into the right number of articles;
* repairs: share of injected artifacts whose repaired line is in the output;
* metadata: share of true metadata fields parsed with the right value.

``--mixed`` adds a mode in which every family's pages are copied into ONE folder (file names
interleaved, as a folder of pages saved from several sites), the profiles are built from
that batch (so site learning has to find the templates itself: no URL, no site, one
``dir:`` key) and each family is scored exactly as in the per-family mode.

Usage: python benchmarks/boilerplate_bench.py [--json] [--mixed] [--sealed]
(``role = "sealed"`` families are scored only with ``--sealed``)
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.config import PipelineConfig  # noqa: E402
from cleaner.ingest.readers import read_inputs  # noqa: E402
from cleaner.pipeline import Pipeline  # noqa: E402
from cleaner.stages.profile_counter import build_profiles  # noqa: E402
from cleaner.stages.site_profile import SiteProfiles  # noqa: E402

FAMILIES = ROOT / "tests" / "families"
_FOLD = str.maketrans(
    {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")", "○": "〇"}
)


def norm(s: str) -> str:
    return re.sub(r"\s+", "", s).translate(_FOLD).rstrip("?")


def cells(line: str) -> list[str]:
    """The units a text line is scored in: its tab-separated cells (a table row's), else
    the line itself.

    >>> cells("品名\t规格"), cells("正文一句。")
    (['品名', '规格'], ['正文一句。'])
    """
    return [c for c in line.split("\t") if c.strip()]


def page_key(fam: Path, page: str) -> str:
    """The source name the reader gives a truth page of ``fam``: its file, or the line of
    a ``pages.jsonl`` batch (``pages.jsonl:N``)."""
    if ":" in page:
        return f"{fam / 'pages' / 'pages.jsonl'}:{page.split(':')[1]}"
    return str(fam / "pages" / page)


def process_family(fam: Path, *, profiles: SiteProfiles | None) -> list[dict[str, Any]]:
    pipe = Pipeline(PipelineConfig(), profiles=profiles)
    results = []
    for i, raw in enumerate(read_inputs([fam / "pages"])):
        res = pipe.process(raw, i)
        results.append({"source": raw.source, "articles": res.articles})
    return results


def process_mixed(fams: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """Every family's pages in one folder, profiled and cleaned as one batch; the results
    regrouped per family in the family's own reading order."""
    tmp = Path(tempfile.mkdtemp(prefix="bp-mixed-"))
    try:
        folder = tmp / "batch"
        folder.mkdir()
        names: dict[str, tuple[str, int]] = {}
        for fam in fams:
            files = sorted((fam / "pages").iterdir())
            for n, f in enumerate(files):
                # interleaved: page n of every family, then page n+1 …
                name = f"{n:03d}_{fam.name}_{f.name}"
                shutil.copyfile(f, folder / name)
                names[name] = (fam.name, n)
        profiles = build_profiles(read_inputs([folder]))
        pipe = Pipeline(PipelineConfig(), profiles=profiles)
        out: dict[str, list[tuple[int, str, dict[str, Any]]]] = {}
        for i, raw in enumerate(read_inputs([folder])):
            name, _, line = Path(raw.source).name.partition(":")
            fam_name, n = names[name]
            res = pipe.process(raw, i)
            out.setdefault(fam_name, []).append(
                (n, line.zfill(9), {"source": raw.source, "articles": res.articles})
            )
        return {k: [r for _, _, r in sorted(v, key=lambda x: x[:2])] for k, v in out.items()}
    finally:
        shutil.rmtree(tmp)


def score(truths: list[dict[str, Any]], results: list[dict[str, Any]]) -> Counter[str]:
    c: Counter[str] = Counter()
    for t, r in zip(truths, results, strict=True):
        arts = r["articles"]
        out_lines = [norm(c) for a in arts for ln in a.text.split("\n") for c in cells(ln)]
        # chrome is looked for in whole lines (a menu row's cells joined) and in titles
        rows = [norm(ln) for a in arts for ln in a.text.split("\n") if ln.strip()]
        out_all = out_lines + rows + [norm(a.title) for a in arts]
        true_lines = Counter(norm(c) for a in t["articles"] for ln in a["lines"] for c in cells(ln))
        avail = Counter(true_lines)
        for ln in out_lines:
            c["out_chars"] += len(ln)
            if avail[ln] > 0:
                avail[ln] -= 1
                c["out_true_chars"] += len(ln)
        c["true_chars"] += sum(len(k) * v for k, v in true_lines.items())
        c["kept_true_chars"] += sum(len(k) * (v - avail[k]) for k, v in true_lines.items())
        truth_all = [*true_lines, *(norm(a["title"]) for a in t["articles"])]
        for ch in t["chrome"]:
            k = norm(ch)
            if any(k in x for x in truth_all):  # e.g. a page title truncating article 1's
                continue
            c["chrome"] += 1
            c["chrome_left"] += any(k and k in o for o in out_all)
        c["pages"] += 1
        c["count_ok"] += len(arts) == len(t["articles"])
        for n, ta in enumerate(t["articles"]):
            c["titles"] += 1
            got = arts[n] if n < len(arts) else None
            c["titles_ok"] += got is not None and got.title == ta["title"]
            for key, val in ta["meta"].items():
                c["meta"] += 1
                c["meta_ok"] += got is not None and got.meta.get(key) == val
        raw_out = {ln.strip() for a in arts for ln in a.text.split("\n")}
        for rep in t["repairs"]:
            c["repairs"] += 1
            c["repairs_ok"] += rep["fixed"] in raw_out
    return c


def figures(c: Counter[str]) -> dict[str, float]:
    def ratio(a: str, b: str) -> float:
        return round(c[a] / c[b], 4) if c[b] else 1.0

    p, r = ratio("out_true_chars", "out_chars"), ratio("kept_true_chars", "true_chars")
    return {
        "pages": c["pages"],
        "content_precision": p,
        "content_recall": r,
        "content_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "residue": ratio("chrome_left", "chrome"),
        "titles": ratio("titles_ok", "titles"),
        "counts": ratio("count_ok", "pages"),
        "repairs": ratio("repairs_ok", "repairs"),
        "metadata": ratio("meta_ok", "meta"),
    }


TARGETS = {
    "content_f1": 0.95,
    "residue": 0.02,
    "titles": 0.95,
    "counts": 0.95,
    "repairs": 0.90,
    "metadata": 0.90,
}


def main() -> None:
    as_json = "--json" in sys.argv
    report: dict[str, Any] = {}
    fams = sorted(p for p in FAMILIES.iterdir() if (p / "truth.jsonl").exists())
    if "--sealed" not in sys.argv:  # sealed families: looked at once, at the end
        fams = [p for p in fams if '"role": "sealed"' not in (p / "truth.jsonl").read_text("utf-8")]
    modes = ["profiles", "no_profiles", *(["mixed"] if "--mixed" in sys.argv else [])]
    for mode in modes:
        by_role: dict[str, Counter[str]] = {}
        per_family: dict[str, dict[str, float]] = {}
        mixed = process_mixed(fams) if mode == "mixed" else {}
        for fam in fams:
            truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
            if mode == "mixed":
                results = mixed[fam.name]
            else:
                pages = read_inputs([fam / "pages"])
                profiles = build_profiles(pages) if mode == "profiles" else None
                results = process_family(fam, profiles=profiles)
            c = score(truths, results)
            per_family[fam.name] = figures(c)
            by_role.setdefault(truths[0]["role"], Counter()).update(c)
        report[mode] = {
            "by_role": {role: figures(c) for role, c in sorted(by_role.items())},
            "by_family": per_family,
        }
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    cols = [
        "pages",
        "content_f1",
        "content_precision",
        "content_recall",
        "residue",
        "titles",
        "counts",
        "repairs",
        "metadata",
    ]
    print(
        "targets: "
        + ", ".join(f"{k} {'≤' if k == 'residue' else '≥'} {v}" for k, v in TARGETS.items())
    )
    for mode, rep in report.items():
        print(f"\n== {mode} ==")
        print(f"{'':28}" + "".join(f"{c[:9]:>10}" for c in cols))
        for name, f in [*rep["by_role"].items(), *rep["by_family"].items()]:
            print(f"{name:28}" + "".join(f"{f[c]:>10}" for c in cols))


if __name__ == "__main__":
    main()
