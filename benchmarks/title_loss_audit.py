"""Where did the true title go?  Classify every truth title missing from a run's lines.

For each family ``tests/families/sealed_<set>_*`` the pipeline of the code on ``PYTHONPATH``
(e.g. a throwaway worktree at a set's first-blind commit) is run over its pages
(``python -m cleaner run``); each truth title (folded: NFKC, spaces dropped, trailing ``?``
off) is then looked up in the output of its page:

- ``line``: an article's title or one of its first ``HEAD`` lines; ``line:inside`` /
  ``line:tail``: a whole line further down an article (at its last ``HEAD`` lines: the
  split cut below the title, which closes the piece before);
- ``glued:<how>``: inside a longer kept line (``label`` when the line is ``name: title``,
  ``other`` otherwise: joined with other words);
- ``rule:<name>``: inside the ``before`` text of a deleting change (first such change);
- ``absent``: in none of those (e.g. only in markup the reader drops).

Usage: PYTHONPATH=<code> python benchmarks/title_loss_audit.py SET [SET ...] [--root TREE]
``--root``: the tree whose ``tests/families`` are read (default: this file's tree).
``--graft``: this tree's ``cleaner.stages.title_head`` runs after the other tree's split
stage (``title_head_graft.py``): a first-sight replay of the title pick.
Prints one row per missing title and a count table per class.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: a kept title line this near an article's first line is where a pick would look
HEAD = 3
LABEL = re.compile(r"^[^\s:：]{1,12}\s*[:：]")


def fold(text: str) -> str:
    """The chrome bench's comparison shape: NFKC, no spaces, no trailing question mark."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return text.rstrip("?")


#: ``--graft``: run through title_head_graft.py (this tree's title_head after the split)
GRAFT: list[bool] = [False]


def run(pages: Path, out: Path) -> None:
    head = [str(ROOT / "benchmarks" / "title_head_graft.py")] if GRAFT[0] else ["-m", "cleaner"]
    subprocess.run(
        [sys.executable, *head, "run", str(pages), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=out.parent,  # ``-m`` puts the cwd first on sys.path: a tree root shadows PYTHONPATH
    )


def classify(
    title: str,
    arts: list[list[str]],
    titles: list[str],
    deleted: list[tuple[str, str]],
    at: int = -1,
) -> str:
    """Where truth article ``at``'s title went (``at`` < 0: any article, the old lenient view).

    With ``at``: ``ok`` when output article ``at`` carries it exactly (the chrome bench's
    test); ``taken:near`` when it does up to spaces/width/a trailing ``?``; ``taken:head``
    when it stands among that article's first ``HEAD`` lines but another line was taken
    (``taken:below``: further down that article);
    ``taken:other`` when another output article carries it (counts shifted the pieces)."""
    want = fold(title)
    if not want:
        return "empty"
    if at >= 0:
        if at < len(titles) and titles[at] == title:
            return "ok"
        if at < len(titles) and fold(titles[at]) == want:
            return "taken:near"
        if at < len(arts) and want in [fold(x) for x in arts[at][:HEAD]]:
            return "taken:head"
        if at < len(arts) and want in [fold(x) for x in arts[at]]:
            return "taken:below"
        if want in {fold(t) for t in titles}:
            return "taken:other"
    if want in {fold(t) for t in titles}:
        return "line"
    for art in arts:
        body = [fold(x) for x in art]
        if want in body:
            at = body.index(want)
            if at < HEAD:
                return "line"
            return "line:tail" if at >= len(body) - HEAD else "line:inside"
    lines = [x for art in arts for x in art]
    for line in lines:
        if want in fold(line):
            return "glued:label" if LABEL.match(line.strip()) else "glued:other"
    for rule, before in deleted:
        if want in fold(before):
            return "rule:" + rule
    return "absent"


def audit(family: Path, out: Path) -> list[tuple[str, str, str, str, str]]:
    run(family / "pages", out)
    pages = {}
    for row in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        page = json.loads(row)
        pages[page["id"]] = Path(page["source"]).name
    lines: dict[str, list[list[str]]] = {}
    heads: dict[str, list[str]] = {}
    for row in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(row)
        name = pages[art["page_id"]]
        lines.setdefault(name, []).append(art["text"].splitlines())
        heads.setdefault(name, []).append(art.get("title") or "")
    deleted: dict[str, list[tuple[str, str]]] = {}
    for row in (out / "changes.jsonl").read_text(encoding="utf-8").splitlines():
        change = json.loads(row)
        if change["before"]:
            rule = change["rule"]
            if change["action"] != "delete":
                rule += "/" + change["action"]
            deleted.setdefault(pages[change["page_id"]], []).append((rule, change["before"]))
    rows = []
    for row in (family / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(row)
        name = truth["page"]
        got = heads.get(name, [])
        for at, art in enumerate(truth.get("articles", [])):
            title = art.get("title") or ""
            if not title:
                continue
            how = classify(title, lines.get(name, []), got, deleted.get(name, []), at)
            taken = got[at] if at < len(got) else "<no article>"
            rows.append((family.name, name, title, how, taken))
    return rows


def main(argv: list[str]) -> None:
    root = ROOT
    if "--root" in argv:
        at = argv.index("--root")
        root = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    if "--graft" in argv:
        GRAFT[0] = True
        argv = [x for x in argv if x != "--graft"]
    total: Counter[str] = Counter()
    per_set: dict[str, Counter[str]] = {}
    for name in argv:
        for family in sorted((root / "tests" / "families").glob(f"sealed_{name}_*")):
            with tempfile.TemporaryDirectory() as tmp:
                for fam, page, title, how, taken in audit(family, Path(tmp) / "out"):
                    total[how] += 1
                    per_set.setdefault(name, Counter())[how] += 1
                    if how != "ok":
                        print(f"{fam}\t{page}\t{how}\t{title}\t<- {taken}")
    print()
    for name, count in per_set.items():
        print(name, dict(count.most_common()))
    print("all", dict(total.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
