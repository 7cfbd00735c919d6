"""How much of each real page's main text survives a whole ``cleaner run``.

Issue 11's measure: what a new user gets from ``cleaner run`` (every stage, site learning
and dedup on, all pages in one folder), page by page, against the ground truth of the
labelled real pages in ``../shared/corpora/real`` (none of them in this repository):

* ``aeb``: English news/blog pages of scrapinghub's article-extraction-benchmark
  (``articleBody``);
* ``forum``: Chinese forum/Q&A pages of magic-html's benchmark (``content``);
* ``wmb``: the two annotated pages of WebMainBench (``groundtruth_content``);
* ``snippets``: trafilatura's cached pages with its ``evaldata.json`` snippets that must
  be kept (``with``) and must go (``without``).

For every page: token precision, recall and F1 of the kept articles' text against the
truth (Han characters one by one, other words whole, as bags), and how the recall is
distributed: the share of pages that lost more than half of their main text is the
number that matters.  trafilatura (``pip install -e '.[bench]'``) runs beside it on the
same bytes.

Halves: ``aeb`` and ``forum`` pages whose hash starts with 0-7 are the *tune* half, 8-f
the *held-out* half; ``snippets`` are *blind* (not looked at while tuning); ``wmb`` was blind
until session 9, when its two pages were read by eye and the chapter-list loss on one of them
fixed (``html_listing``), so it is *tune* now.

Usage::

    python benchmarks/real_pages_bench.py                   # this tree
    python benchmarks/real_pages_bench.py --compare HEAD~5  # that revision beside this tree
    python benchmarks/real_pages_bench.py --show-worst 5
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_WS = re.compile(r"\s+")


def _prf() -> Callable[[str, str], tuple[float, float, float]]:
    """The token precision/recall/F1 of ``html_extract_bench.py`` (one definition)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import html_extract_bench

    return html_extract_bench.prf


def half(key: str) -> str:
    return "tune" if key[0] in "01234567" else "held-out"


def cases(shared: Path) -> list[dict[str, Any]]:
    """Every labelled page: name, set, half, html bytes, url and truth (or snippets)."""
    out: list[dict[str, Any]] = []
    base = shared / "scrapinghub-aeb"
    if base.is_dir():
        truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
        for f in sorted((base / "html").glob("*.html.gz")):
            key = f.name.split(".")[0]
            if key in truth:
                out.append(
                    {
                        "name": f"aeb_{key[:16]}.html",
                        "set": "aeb",
                        "half": half(key),
                        "data": gzip.decompress(f.read_bytes()),
                        "url": truth[key]["url"],
                        "truth": truth[key]["articleBody"],
                    }
                )
    base = shared / "magic-html" / "benchmark" / "data" / "forum"
    if base.is_dir():
        truth = json.loads((base / "base.json").read_text(encoding="utf-8"))
        for f in sorted((base / "htmls").glob("*.html")):
            if f.stem in truth:
                out.append(
                    {
                        "name": f"forum_{f.stem[:16]}.html",
                        "set": "forum",
                        "half": half(f.stem),
                        "data": f.read_bytes(),
                        "url": truth[f.stem]["url"],
                        "truth": truth[f.stem]["content"],
                    }
                )
    wmb = shared / "webmainbench" / "data" / "WebMainBench_dataset_sample2.jsonl"
    if wmb.is_file():
        for i, line in enumerate(wmb.read_text(encoding="utf-8").splitlines()):
            rec = json.loads(line)
            out.append(
                {
                    "name": f"wmb_{i}.html",
                    "set": "wmb",
                    "half": "tune",
                    "data": rec["html"].encode("utf-8"),
                    "url": rec["url"],
                    "truth": rec["groundtruth_content"],
                }
            )
    base = shared / "trafilatura" / "tests"
    if base.is_dir():
        evald = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
        for url, v in sorted(evald.items()):
            f = base / "cache" / v.get("file", "")
            if f.is_file():
                out.append(
                    {
                        "name": f"snip_{f.name}",
                        "set": "snippets",
                        "half": "blind",
                        "data": f.read_bytes(),
                        "url": url,
                        "with": v.get("with", []),
                        "without": v.get("without", []),
                    }
                )
    return out


def run_cleaner(all_cases: list[dict[str, Any]]) -> dict[str, str]:
    """``cleaner run`` on every page in one folder; the kept text per file name."""
    from cleaner.runner import run

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for c in all_cases:
            (src / c["name"]).write_bytes(c["data"])
        out = Path(tmp) / "out"
        run([src], out)
        texts: dict[str, list[str]] = {}
        by_page: dict[str, str] = {}
        for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            by_page[p["id"]] = Path(p["source"]).name
        for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            if a["status"] == "kept":
                texts.setdefault(by_page[a["page_id"]], []).append(a["text"])
        flags: dict[str, list[str]] = {}
        for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            flags[Path(p["source"]).name] = p.get("flags") or []
    return {k: "\n".join(v) for k, v in texts.items()} | {
        f"__flags__{k}": ",".join(v) for k, v in flags.items() if v
    }


def run_trafilatura(all_cases: list[dict[str, Any]]) -> dict[str, str] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return {c["name"]: trafilatura.extract(c["data"], url=c["url"]) or "" for c in all_cases}


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def score(all_cases: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    rows = []
    for c in all_cases:
        got = texts.get(c["name"], "")
        row: dict[str, Any] = {"name": c["name"], "set": c["set"], "half": c["half"]}
        if "truth" in c:
            row["p"], row["r"], row["f"] = _prf()(got, c["truth"])
        else:
            ng = _norm(got)
            w, wo = c["with"], c["without"]
            row["r"] = sum(_norm(s) in ng for s in w) / len(w) if w else 1.0
            row["residue"] = sum(_norm(s) in ng for s in wo) / len(wo) if wo else 0.0
        rows.append(row)
    return rows


def q(vals: list[float], p: float) -> float:
    s = sorted(vals)
    return s[min(len(s) - 1, int(p * len(s)))] if s else float("nan")


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(f"{r['set']}/{r['half']}", []).append(r)
        groups.setdefault(r["set"], []).append(r)
        groups.setdefault("all", []).append(r)
    out = {}
    for g, rs in sorted(groups.items()):
        rec = [r["r"] for r in rs]
        f1 = [r["f"] for r in rs if "f" in r]
        res = [r["residue"] for r in rs if "residue" in r]
        out[g] = {
            "pages": len(rs),
            "lost_half": sum(x < 0.5 for x in rec),
            "recall_min": min(rec),
            "recall_p10": q(rec, 0.10),
            "recall_p25": q(rec, 0.25),
            "recall_median": statistics.median(rec),
            "recall_mean": statistics.mean(rec),
            "f1_mean": statistics.mean(f1) if f1 else float("nan"),
            "residue_mean": statistics.mean(res) if res else float("nan"),
        }
    return out


def measure(shared: Path, *, with_trafilatura: bool) -> dict[str, Any]:
    all_cases = cases(shared)
    result: dict[str, Any] = {}
    texts = run_cleaner(all_cases)
    rows = score(all_cases, texts)
    for r in rows:
        r["flags"] = texts.get(f"__flags__{r['name']}", "")
    result["cleaner"] = {"summary": summarise(rows), "rows": rows}
    if with_trafilatura:
        t = run_trafilatura(all_cases)
        if t is not None:
            trows = score(all_cases, t)
            result["trafilatura"] = {"summary": summarise(trows), "rows": trows}
    return result


COLS = (
    ("pages", "{:.0f}"),
    ("lost_half", "{:.0f}"),
    ("recall_min", "{:.2f}"),
    ("recall_p10", "{:.2f}"),
    ("recall_p25", "{:.2f}"),
    ("recall_median", "{:.2f}"),
    ("f1_mean", "{:.3f}"),
    ("residue_mean", "{:.2f}"),
)


def print_table(columns: dict[str, dict[str, Any]]) -> None:
    groups = sorted({g for res in columns.values() for g in res["summary"]})
    head = "| group | tool | " + " | ".join(c for c, _ in COLS) + " |"
    print(head)
    print("|" + "---|" * (len(COLS) + 2))
    for g in groups:
        for tool, res in columns.items():
            s = res["summary"].get(g)
            if s is None:
                continue
            vals = " | ".join(fmt.format(s[c]) for c, fmt in COLS)
            print(f"| {g} | {tool} | {vals} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "corpora" / "real")
    ap.add_argument("--code", type=Path, default=None, help="import cleaner from this tree")
    ap.add_argument("--compare", default=None, help="also measure this git revision")
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument("--show-worst", type=int, default=5)
    ap.add_argument("--no-trafilatura", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code or ROOT))
    if not args.shared.is_dir():
        sys.exit(f"real_pages_bench: {args.shared}: not found")
    columns: dict[str, dict[str, Any]] = {}
    if args.compare:
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.compare],
                check=True,
                capture_output=True,
            )
            try:
                out = Path(tmp) / "before.json"
                cmd = [sys.executable, __file__, "--code", str(tree), "--json", str(out)]
                cmd += ["--shared", str(args.shared), "--no-trafilatura", "--show-worst", "0"]
                subprocess.run(cmd, check=True, env={**os.environ, "PYTHONPATH": str(tree)})
                before = json.loads(out.read_text(encoding="utf-8"))
            finally:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    check=False,
                )
        columns[f"before ({args.compare})"] = before["cleaner"]
    result = measure(args.shared, with_trafilatura=not args.no_trafilatura)
    columns["cleaner"] = result["cleaner"]
    if "trafilatura" in result:
        columns["trafilatura"] = result["trafilatura"]
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    if args.show_worst or not args.json:
        print_table(columns)
    if args.show_worst:
        for tool, res in columns.items():
            worst = sorted(res["rows"], key=lambda r: r["r"])[: args.show_worst]
            print(
                f"worst recall, {tool}: "
                + ", ".join(f"{r['name']} {r['r']:.2f} {r.get('flags', '')}" for r in worst)
            )


if __name__ == "__main__":
    main()
