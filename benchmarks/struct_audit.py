"""Structure audit: every title miss and count miss on the invented families, classified.

For each family under ``tests/families`` (the held-out blind sets being written are skipped:
``BANNED``) the pipeline of the code on ``PYTHONPATH`` cleans the family's pages as one batch
(site profiles built first, as ``scorefam.py`` does) and each page is laid beside its truth.

Title misses (article ``n`` of the output against article ``n`` of the truth), one class each:

- ``no_piece``: fewer pieces than true articles, nothing at this index;
- ``empty``: the piece has no title;
- ``marker_above``: the title taken is a line standing above the true title in the page (a
  code row, a status stamp, a table row: a marker of the piece, not its title);
- ``line_below``: the title taken is a line below the true title (the true title was missed:
  a bold paragraph, an underlined heading, a line with no heading element);
- ``page_heading``: the title taken is the same for several pieces of the page (the page's
  own heading);
- ``glued`` / ``cut``: the true title is inside the title taken / the title taken is inside
  the true title (a suffix or prefix kept, or a wrapped title half);
- ``other_piece``: the title taken is another true article's title (pieces shifted);
- ``other``: none of these.

Each title miss also says where the true title stands in the output (``as_line:K``: line K
of the piece, ``elsewhere``, ``absent``).

Count misses, one class per page: ``merged`` (fewer pieces; the true titles found inside a
piece's body are listed: what marked them is the line above) or ``split`` (more pieces; the
first line of each surplus piece and the line above it) or ``shifted`` (same number, but
a boundary in the wrong place).

Families are split in two halves by a hash of their name (``half``): ``design`` (tune on
these) and ``validation``.

Usage: PYTHONPATH=<code> python benchmarks/struct_audit.py [PREFIX ...] [--root TREE]
       [-jN] [--rows] [--half design|validation]
``--root``: the tree whose ``tests/families`` are read (default: this file's tree), so an
older checkout's code can be run on today's families.  ``--rows`` prints one row per miss.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from cleaner.ingest.readers import read_inputs  # the code on PYTHONPATH, imported first
from cleaner.stages.profile_counter import build_profiles

ROOT = Path(__file__).resolve().parent.parent
#: blind sets being written while this runs: never read
BANNED = re.compile(r"(sealed|blind)_x[ab]_")


def half(name: str) -> str:
    """``design`` or ``validation``: a stable coin from the family's name."""
    return "design" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "validation"


def fold(text: str) -> str:
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return text.rstrip("?")


def page_lines(fam: Path, page: str) -> list[str]:
    """The folded non-empty lines of a page as written (markup tags dropped)."""
    src = fam / "pages" / page.split(":")[0]
    try:
        raw = src.read_text("utf-8", errors="replace")
    except OSError:
        return []
    if ":" in page:  # a pages.jsonl batch: line N
        rows = [r for r in raw.splitlines() if r.strip()]
        n = int(page.split(":")[1])
        rec = json.loads(rows[n]) if n < len(rows) else {}
        raw = str(rec.get("text") or rec.get("html") or rec.get("content") or "")
    raw = re.sub(
        r"<(br|/p|/div|/h\d|/li|/tr|/td|/th|p|div|h\d|li|tr)\b[^>]*>", "\n", raw, flags=re.I
    )
    raw = re.sub(r"<[^>]+>", "", raw)
    return [f for f in (fold(x) for x in raw.splitlines()) if f]


def where(lines: list[str], key: str) -> int:
    """First index of the line holding ``key`` (whole line first, then inside), -1 if none."""
    for i, ln in enumerate(lines):
        if ln == key:
            return i
    for i, ln in enumerate(lines):
        if key and key in ln:
            return i
    return -1


def title_class(
    got: Any, n: int, true: list[dict[str, Any]], arts: list[Any], src: list[str]
) -> tuple[str, str]:
    want = fold(true[n]["title"])
    if got is None:
        return "no_piece", "-"
    body = [fold(x) for x in got.text.split("\n") if x.strip()]
    k = where(body, want)
    place = f"as_line:{k}" if k >= 0 and body[k] == want else ("inside" if k >= 0 else "")
    if not place:
        other = [fold(x) for a in arts for x in a.text.split("\n")]
        place = "elsewhere" if where(other, want) >= 0 else "absent"
    t = fold(got.title)
    if not t:
        return "empty", place
    if want in t:
        return "glued", place
    if t in want:  # (before page_heading: two chapters may share a name)
        return "cut", place
    if sum(fold(a.title) == t for a in arts) > 1:
        return "page_heading", place
    if any(fold(o["title"]) == t for m, o in enumerate(true) if m != n):
        return "other_piece", place
    pos_t, pos_w = where(src, t), where(src, want)
    if pos_t >= 0 and pos_w >= 0:
        return ("marker_above" if pos_t < pos_w else "line_below"), place
    if k > 0 and where(body[:k], t) >= 0:
        return "marker_above", place
    if k >= 0:
        return "line_below", place
    return "other", place


def count_class(true: list[dict[str, Any]], arts: list[Any], src: list[str]) -> tuple[str, str]:
    want = [fold(a["title"]) for a in true]
    if len(arts) < len(true):
        found = []
        for a in arts:
            body = [fold(x) for x in a.text.split("\n") if x.strip()]
            for w in want:
                k = where(body, w)
                if k > 0:
                    found.append(f"{w[:16]}<-above:{body[k - 1][:16]}")
        return "merged", "; ".join(found)
    if len(arts) > len(true):
        titles = set(want)
        extra = []
        for a in arts:
            first = fold(a.title) or next((fold(x) for x in a.text.split("\n") if x.strip()), "")
            if first not in titles:
                p = where(src, first)
                above = src[p - 1][:16] if p > 0 else "^"
                extra.append(f"{first[:16]}<-above:{above}")
        return "split", "; ".join(extra)
    return "shifted", ""


def one(fam_dir: str) -> dict[str, Any]:
    # after cleaner's modules (top of file): boilerplate_bench puts its own tree first
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import boilerplate_bench as bb

    fam = Path(fam_dir)
    truths = [json.loads(x) for x in (fam / "truth.jsonl").read_text("utf-8").splitlines()]
    profiles = build_profiles(read_inputs([fam / "pages"]))
    res = bb.process_family(fam, profiles=profiles)
    rows: list[tuple[str, ...]] = []
    titles = counts = 0  # true articles, pages
    for t, r in zip(truths, res, strict=True):
        arts = r["articles"]
        src = page_lines(fam, t["page"])
        counts += 1
        if len(arts) != len(t["articles"]):
            cls, what = count_class(t["articles"], arts, src)
            rows.append(("count", cls, t["page"], f"{len(t['articles'])}->{len(arts)}", what))
        for n, ta in enumerate(t["articles"]):
            titles += 1
            got = arts[n] if n < len(arts) else None
            if got is not None and got.title == ta["title"]:
                continue
            cls, place = title_class(got, n, t["articles"], arts, src)
            took = got.title[:24] if got is not None else "-"
            rows.append(("title", cls, t["page"], f"{ta['title'][:24]} | took {took}", place))
    return {"family": fam.name, "titles": titles, "pages": counts, "rows": rows}


def main() -> None:
    args = sys.argv[1:]
    root = ROOT
    if "--root" in args:
        i = args.index("--root")
        root = Path(args[i + 1])
        del args[i : i + 2]
    only = None
    if "--half" in args:
        i = args.index("--half")
        only = args[i + 1]
        del args[i : i + 2]
    jobs = next((int(a[2:]) for a in args if a.startswith("-j")), 2)
    show_rows = "--rows" in args
    prefixes = [a for a in args if not a.startswith("-")] or ["sealed_", "tune_", "heldout_"]
    fams = sorted(
        str(p)
        for p in (root / "tests" / "families").iterdir()
        if (p / "truth.jsonl").exists()
        and not BANNED.match(p.name)
        and any(p.name.startswith(x) for x in prefixes)
        and (only is None or half(p.name) == only)
    )
    table: dict[str, Counter[str]] = {"design": Counter(), "validation": Counter()}
    with ProcessPoolExecutor(jobs) as ex:
        for out in ex.map(one, fams):
            h = half(out["family"])
            c = table[h]
            c["families"] += 1
            c["titles"] += out["titles"]
            c["pages"] += out["pages"]
            for kind, cls, page, what, where_ in out["rows"]:
                c[f"{kind}:{cls}"] += 1
                c[f"{kind}s_missed"] += 1
                if show_rows:
                    print(f"{h[:3]} {out['family']:26} {page:14} {kind}:{cls:13} {what} [{where_}]")
    print(f"{'class':24} {'design':>8} {'validation':>10}")
    keys = sorted({k for c in table.values() for k in c})
    for k in ["families", "pages", "titles", "counts_missed", "titles_missed"]:
        print(f"{k:24} {table['design'][k]:8} {table['validation'][k]:10}")
    for k in keys:
        if ":" in k:
            print(f"{k:24} {table['design'][k]:8} {table['validation'][k]:10}")


if __name__ == "__main__":
    main()
