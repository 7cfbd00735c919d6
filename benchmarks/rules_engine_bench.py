"""Which engine for user rule packs: Python ``re``, ``regex`` with a timeout, or RE2?

Prints, for each engine: how many of the built-in packs' patterns it compiles, the time
to match every rule against every short line of the sample corpus (median of 5), whether
it agrees with ``re`` on every (rule, line), and how long the catastrophic patterns of
issue 17 take on growing inputs (``re`` is skipped past 24 characters: it doubles per
character).  Usage: ``python benchmarks/rules_engine_bench.py [FOLDER]``.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

import regex

from cleaner.rules import load_packs

try:
    import re2  # type: ignore[import-not-found]
except ImportError:  # pip install google-re2
    re2 = None

ROOT = Path(__file__).resolve().parent.parent


def lines_of(folder: Path) -> list[str]:
    out: list[str] = []
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            try:
                text = p.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            out += [s.strip() for s in text.splitlines() if 0 < len(s.strip()) <= 200]
    return out


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpora" / "sample"
    lines = lines_of(folder)
    pats = [r.pattern.pattern for p in load_packs() for r in p.rules if r.pattern is not None]
    print(f"{len(pats)} built-in rule patterns, {len(lines)} short lines of {folder}")
    engines: dict[str, object] = {"re": re.compile, "regex": regex.compile}
    if re2 is not None:
        engines["re2"] = re2.compile
    base: list[list[bool]] | None = None
    for name, comp in engines.items():
        compiled, failed = [], 0
        for p in pats:
            try:
                compiled.append(comp(p))  # type: ignore[operator]
            except Exception:
                compiled.append(None)
                failed += 1
        kw = {"timeout": 0.05} if name == "regex" else {}
        times, res = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            res = [
                [c is not None and c.match(s, **kw) is not None for c in compiled] for s in lines
            ]
            times.append(time.perf_counter() - t0)
        agree = "" if base is None else f", agrees with re: {res == base}"
        base = base or res
        print(
            f"{name:6s} compiles {len(pats) - failed}/{len(pats)}; "
            f"match all: {statistics.median(times) * 1e3:.1f} ms{agree}"
        )
    for pat, unit in (("^(a+)+$", "a"), ("(x+x+)+y", "x")):
        for n in (20, 24, 41, 1000):
            s = unit * n + "!"
            row = [f"{pat} on {n + 1} chars:"]
            for name, comp in engines.items():
                if name == "re" and n > 24:
                    row.append("re: skipped")
                    continue
                c = comp(pat)  # type: ignore[operator]
                t0 = time.perf_counter()
                try:
                    c.search(s, **({"timeout": 1.0} if name == "regex" else {}))
                    row.append(f"{name}: {(time.perf_counter() - t0) * 1e3:.2f} ms")
                except TimeoutError:
                    row.append(f"{name}: timed out (1 s)")
            print("  ".join(row))


def stage_cost(folder: Path) -> None:
    """The boilerplate stage on the sample pages with the built-in packs loaded as ours
    (``re``, one alternation a pack) and as user packs (``regex``, rule by rule, timeout)."""
    from cleaner.edits import Editor
    from cleaner.rules import RULES_DIR, _load_pack
    from cleaner.stages.boilerplate import BoilerplateStage

    files = sorted(RULES_DIR.glob("boilerplate_*.toml"))
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]
    for label, user in (("built-in (re, combined)", False), ("user (regex, per rule)", True)):
        stage = BoilerplateStage([_load_pack(f, user=user) for f in files])
        times, removed = [], 0
        for _ in range(5):
            t0 = time.perf_counter()
            removed = 0
            for t in texts:
                ed = Editor("p", t)
                stage(ed)
                removed += sum(c.action == "delete" for c in ed.changes)
            times.append(time.perf_counter() - t0)
        print(f"stage, {label}: {statistics.median(times) * 1e3:.1f} ms, {removed} deletions")


if __name__ == "__main__":
    main()
    stage_cost(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpora" / "sample")
