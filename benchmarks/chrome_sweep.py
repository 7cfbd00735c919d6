"""Chrome in wordings of its own, by kind, and look-alike content that must stay (issue 12).

The lines are in ``tests/stages/chrome_sweep_data.py`` (invented).  Two placements:

* ``single``: each chrome kind on a page alone (no site profile: only the rule packs and
  the generic line model can act); each look-alike group set between the paragraphs of a
  page alone;
The boilerplate stage runs, then the repair stage (page numbers and pager lines are
its to remove).

* ``site``: five pages of one site, every chrome kind repeated on each (the site profile
  learns them), the look-alikes spread over the five articles, each once.

Prints, per chrome kind, lines removed/left, and per look-alike group, kept/lost, for both
placements; ``--lines`` also lists every chrome line left and every look-alike lost.

Usage: python benchmarks/chrome_sweep.py [--lines]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stages.chrome_sweep_data import (  # noqa: E402
    BODIES,
    CHROME,
    LOOKALIKES,
    body_with,
    chrome_page,
)
from tests.stages.stage_runs import boil, repair, site_stage  # noqa: E402


def _out_lines(text: str) -> set[str]:
    return {ln.strip() for ln in text.split("\n") if ln.strip()}


def single_runs() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(kind -> chrome lines left, group -> look-alikes lost) with every page alone."""
    left: dict[str, list[str]] = {}
    for i, kind in enumerate(CHROME):
        out = _out_lines(repair(boil(chrome_page([kind], BODIES[i % len(BODIES)]))))
        left[kind] = [ln for ln in CHROME[kind][1] if ln in out]
    lost: dict[str, list[str]] = {}
    for i, (group, lines) in enumerate(LOOKALIKES.items()):
        out = _out_lines(repair(boil(body_with(BODIES[i % len(BODIES)], list(lines)))))
        lost[group] = [ln for ln in lines if ln not in out]
    return left, lost


def site_pages() -> list[tuple[list[str], list[str]]]:
    """(page lines, look-alikes on the page) of the five pages of one site."""
    flat = [(g, ln) for g, lines in LOOKALIKES.items() for ln in lines]
    pages = []
    for i, body in enumerate(BODIES):
        mine = [ln for j, (_, ln) in enumerate(flat) if j % len(BODIES) == i]
        pages.append((chrome_page(list(CHROME), body, mine), mine))
    return pages


def site_runs() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(kind -> chrome lines left on any page, group -> look-alikes lost) on the site."""
    pages = site_pages()
    stage = site_stage([p for p, _ in pages])
    group_of = {ln: g for g, lines in LOOKALIKES.items() for ln in lines}
    left: dict[str, list[str]] = {k: [] for k in CHROME}
    lost: dict[str, list[str]] = {g: [] for g in LOOKALIKES}
    for page, mine in pages:
        out = _out_lines(repair(boil(page, stage, site="s")))
        for kind, (_, lines) in CHROME.items():
            left[kind] += [ln for ln in lines if ln in out and ln not in left[kind]]
        for ln in mine:
            if ln not in out:
                lost[group_of[ln]].append(ln)
    return left, lost


def main(argv: list[str]) -> int:
    show = "--lines" in argv
    s_left, s_lost = single_runs()
    t_left, t_lost = site_runs()
    print(f"{'chrome kind':<14}{'n':>4}  {'single rm/left':>15}  {'site rm/left':>13}")
    tot = [0, 0, 0]
    for kind, (_, lines) in CHROME.items():
        n, a, b = len(lines), len(s_left[kind]), len(t_left[kind])
        tot[0] += n
        tot[1] += a
        tot[2] += b
        print(f"{kind:<14}{n:>4}  {n - a:>8}/{a:<6}  {n - b:>6}/{b:<6}")
    n, a, b = tot
    print(f"{'ALL':<14}{n:>4}  {n - a:>8}/{a:<6}  {n - b:>6}/{b:<6}")
    print()
    print(f"{'look-alikes':<16}{'n':>4}  {'single kept/lost':>17}  {'site kept/lost':>15}")
    tot = [0, 0, 0]
    for group, lines in LOOKALIKES.items():
        n, a, b = len(lines), len(s_lost[group]), len(t_lost[group])
        tot[0] += n
        tot[1] += a
        tot[2] += b
        print(f"{group:<16}{n:>4}  {n - a:>10}/{a:<6}  {n - b:>8}/{b:<6}")
    n, a, b = tot
    print(f"{'ALL':<16}{n:>4}  {n - a:>10}/{a:<6}  {n - b:>8}/{b:<6}")
    if show:
        print()
        for name, d in (("single left", s_left), ("site left", t_left)):
            for kind, lines in d.items():
                for ln in lines:
                    print(f"{name:<12} {kind:<14} {ln}")
        for name, d in (("single LOST", s_lost), ("site LOST", t_lost)):
            for group, lines in d.items():
                for ln in lines:
                    print(f"{name:<12} {group:<14} {ln}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
