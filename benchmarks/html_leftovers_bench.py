"""Leftovers on real HTML pages (issue 12): chrome lines left, titles with a site suffix,
and pages that lost text, this tree beside a revision, in the same run.

Every HTML page of ``../shared/corpora/real`` (gne, scrapinghub-aeb, magic-html,
trafilatura's cache, WebMainBench) goes through one ``cleaner run`` (all pages in one
folder, as a new user would).  Groups: ``tune`` = gne + aeb (looked at while building the
edge gate, the controls rule and the title steps), ``held-out`` = magic-html + trafilatura
+ webmainbench (measured, not tuned on).

Probes (approximate, by shape; read the listed lines by eye):

* chrome line: a kept line of at most 40 characters that is a page control or counter
  (:data:`CHROME`: font size, print, close window, share/scan prompts, vote and comment
  counters, log-in prompts, 'Share', 'Print', 'Comments' …);
* title with a site suffix: the last part after a separator is the page's declared site
  name, a label of its host, or a short part after ``_`` on a Chinese title, or the
  ``<h1>`` is the title's part before a separator (:func:`suffix_left`);
* lost text: kept characters of the page dropped by more than 1 % against the revision.

Usage::

    python benchmarks/html_leftovers_bench.py --compare 26bcd7c [--list]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = {"gne": "tune", "aeb": "tune", "mh": "held-out", "traf": "held-out", "wmb": "held-out"}
CHROME = re.compile(
    r"调整字体|字号|打印|关闭窗口|人参与|^\d+\s*(?:条)?评论|分享到|^扫.{0,2}(?:二维码|码)|"
    r"^\|?\+?1?\s*[顶踩]\s*\d+$|登录.{0,6}(?:发贴|回复|注册)|写评论|发表评论|正文已结束|^\|?回复$|"
    r"(?i:^(?:share|print|e-?mail|comments?|close|read more|learn more|view all.*|"
    r"donate now|subscribe.*|sign (?:in|up).*|log ?in|follow us.*|advertisement|"
    r"\d+\s+comments?)$)"
)
#: A line with clause or sentence marks inside is running text, not a control.
_CLAUSE = re.compile(r"[，。？！；]|[,.?!;]\s")
_SEP = re.compile(r"\s[-–—|｜·]+\s|[_|｜–—]+|-+(?=[^\x00-\x7f])")


def collect(shared: Path, dest: Path) -> None:
    """Every HTML page, named ``<set>_<name>.html``, into ``dest``."""
    dest.mkdir(parents=True)
    for f in sorted((shared / "gne" / "tests").rglob("*.html")):
        (dest / f"gne_{f.parent.name}_{f.name}").write_bytes(f.read_bytes())
    for f in sorted((shared / "scrapinghub-aeb" / "html").glob("*.html.gz")):
        (dest / f"aeb_{f.name[:16]}.html").write_bytes(gzip.decompress(f.read_bytes()))
    for f in sorted((shared / "magic-html").rglob("*.html")):
        (dest / f"mh_{f.stem[:16]}.html").write_bytes(f.read_bytes())
    for f in sorted((shared / "trafilatura" / "tests" / "cache").glob("*.html")):
        (dest / f"traf_{f.name}").write_bytes(f.read_bytes())
    wmb = shared / "webmainbench" / "data" / "WebMainBench_dataset_sample2.jsonl"
    if wmb.is_file():
        for i, line in enumerate(wmb.read_text(encoding="utf-8").splitlines()):
            (dest / f"wmb_{i}.html").write_bytes(json.loads(line)["html"].encode("utf-8"))


def run_tree(src: Path) -> dict[str, Any]:
    """Per page (file name): kept text, first title, container facts."""
    from cleaner.runner import run

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        run([src], out)
        pages: dict[str, dict[str, Any]] = {}
        by_id: dict[str, str] = {}
        for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines():
            p = json.loads(line)
            name = Path(p["source"]).name
            by_id[p["id"]] = name
            c = p.get("container") or {}
            pages[name] = {
                "text": "",
                "title": None,
                "h1": c.get("html_h1"),
                "site_name": c.get("html_site_name"),
                "url": p.get("url"),
            }
        for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            a = json.loads(line)
            page = pages[by_id[a["page_id"]]]
            if a["status"] == "kept":
                page["text"] += a["text"] + "\n"
            if page["title"] is None:
                page["title"] = a["title"]
    return pages


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.casefold())


def suffix_left(page: dict[str, Any]) -> bool:
    """Does the page's title still carry a site suffix (see the module doc)?"""
    title = page["title"] or ""
    parts = [p.strip() for p in _SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return False
    last = _key(parts[-1])
    host = re.sub(r"^https?://", "", page["url"] or "").split("/")[0].removeprefix("www.")
    if page["site_name"] and last == _key(page["site_name"]):
        return True
    if last and any(last == _key(lb) for lb in host.split(".")[:-1]):
        return True
    if "_" in title and re.search(r"[\u4e00-\u9fff]", title) and len(parts[-1]) <= 10:
        return True
    h1 = _key(page["h1"] or "")
    heads = [_key(title[: m.start()]) for m in _SEP.finditer(title)]
    return bool(h1) and h1 in heads


def chrome_lines(text: str) -> list[str]:
    return [
        s
        for s in (ln.strip() for ln in text.split("\n"))
        if s and len(s) <= 40 and CHROME.search(s)
    ]


def measure(pages: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, p in pages.items():
        group = SETS[name.split("_", 1)[0]]
        g = out.setdefault(group, {"pages": 0, "chrome": [], "suffix": []})
        g["pages"] += 1
        g["chrome"] += [f"{name}: {s}" for s in chrome_lines(p["text"])]
        if suffix_left(p):
            g["suffix"].append(f"{name}: {p['title']}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "corpora" / "real")
    ap.add_argument("--compare", default=None, help="also measure this git revision")
    ap.add_argument("--code", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--src", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--list", action="store_true", help="print every line and title counted")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code or ROOT))
    if not args.shared.is_dir():
        sys.exit(f"html_leftovers_bench: {args.shared}: not found")
    with tempfile.TemporaryDirectory() as tmp:
        src = args.src or Path(tmp) / "in"
        if args.src is None:
            collect(args.shared, src)
        if args.json:  # the --compare child: measure and hand the pages back
            args.json.write_text(json.dumps(run_tree(src), ensure_ascii=False), encoding="utf-8")
            return
        columns: dict[str, dict[str, Any]] = {}
        if args.compare:
            tree = Path(tmp) / "tree"
            git = ["git", "-C", str(ROOT), "worktree"]
            subprocess.run(
                [*git, "add", "--detach", str(tree), args.compare], check=True, capture_output=True
            )
            try:
                out = Path(tmp) / "before.json"
                cmd = [
                    sys.executable,
                    __file__,
                    "--code",
                    str(tree),
                    "--src",
                    str(src),
                    "--json",
                    str(out),
                ]
                subprocess.run(
                    [*cmd, "--shared", str(args.shared)],
                    check=True,
                    env={**os.environ, "PYTHONPATH": str(tree)},
                )
                columns[f"before ({args.compare})"] = json.loads(out.read_text(encoding="utf-8"))
            finally:
                subprocess.run([*git, "remove", "--force", str(tree)], check=False)
        columns["this tree"] = run_tree(src)
    print("| group | tree | pages | chrome lines left | titles with site suffix |")
    print("|---|---|---|---|---|")
    results = {tree: measure(pages) for tree, pages in columns.items()}
    for group in ("tune", "held-out"):
        for tree, res in results.items():
            g = res.get(group, {"pages": 0, "chrome": [], "suffix": []})
            print(f"| {group} | {tree} | {g['pages']} | {len(g['chrome'])} | {len(g['suffix'])} |")
    if len(columns) == 2:
        before, after = columns.values()
        lost = []
        for name, p in after.items():
            b = len(before.get(name, {}).get("text", ""))
            if b and len(p["text"]) < 0.99 * b:
                gone = set(before[name]["text"].split("\n")) - set(p["text"].split("\n"))
                lost.append(f"{name}: {b} -> {len(p['text'])} chars; gone: {sorted(gone)}")
        print(f"pages that kept >1 % fewer characters: {len(lost)}")
        for line in lost:
            print("  " + line[: 300 if not args.list else None])
    if args.list:
        for tree, res in results.items():
            for group, g in res.items():
                for kind in ("chrome", "suffix"):
                    for line in g[kind]:
                        print(f"[{tree}] {group} {kind}: {line}")


if __name__ == "__main__":
    main()
