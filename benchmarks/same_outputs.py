"""Differential check for a speed-up: a baseline tree and this tree write the same outputs
(prints what differs; exit 1 when anything does).

A change meant to make cleaner cheaper must leave every output byte-identical.  This runs
``cleaner run --no-dedup`` (in-process, the CLI's own path) over each input set, once with
the baseline tree first on the import path and once with this tree, each in its own
process, and compares ``articles.jsonl``, ``changes.jsonl`` and ``pages.jsonl`` set by
set.  The input sets: every family's ``pages/`` folder under ``tests/families`` (the
held-out sets a brief names are skipped with ``--skip``), ``corpora/sample`` and each
folder of the real pages under ``../shared/corpora/real``::

    git archive BASE | tar -x -C /tmp/base      # a frozen copy of the baseline
    python benchmarks/same_outputs.py --base /tmp/base --work /tmp/same [--reuse-base]

Both sides read the same input paths (a page's id hashes its source), taken from
``--inputs`` (default: the baseline tree, so both sides see the same pages even when this
tree adds families).  ``--reuse-base`` keeps the baseline's outputs of an earlier call
(the baseline does not change between calls).  The outputs stay under ``--work`` for
``diff``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("articles.jsonl", "changes.jsonl", "pages.jsonl")

CHILD = """
import sys
from pathlib import Path
import cleaner
from cleaner.cli import app

print(Path(cleaner.__file__).resolve().parent, file=sys.stderr)
work = Path(sys.argv[1])
for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
    name, src = line.split("\\t")
    try:
        app(["run", src, "--out", str(work / name), "--no-dedup", "--quiet"],
            standalone_mode=False)
    except SystemExit as e:
        if e.code:
            print(f"{name}: exit {e.code}", file=sys.stderr)
"""


def input_sets(inputs: Path, skip: list[str], real: Path) -> list[tuple[str, Path]]:
    """(name, folder) of every input set: family pages, the sample corpus, real pages."""
    sets: list[tuple[str, Path]] = []
    fams = inputs / "tests" / "families"
    for fam in sorted(p for p in fams.iterdir() if (p / "pages").is_dir()):
        if not any(fam.name.startswith(s) for s in skip):
            sets.append((f"fam_{fam.name}", fam / "pages"))
    sets.append(("sample", inputs / "corpora" / "sample"))
    if real.is_dir():
        sets += [(f"real_{p.name}", p) for p in sorted(real.iterdir()) if p.is_dir()]
    return sets


def run_side(tree: Path, sets: list[tuple[str, Path]], work: Path) -> None:
    """Write every set's outputs under ``work`` with ``tree`` first on the import path."""
    work.mkdir(parents=True, exist_ok=True)
    listing = work / "sets.tsv"
    listing.write_text("".join(f"{n}\t{p}\n" for n, p in sets), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tree))
    res = subprocess.run(
        [sys.executable, "-c", CHILD, str(work), str(listing)],
        env=env,
        cwd=work,  # not a checkout: `-c` puts the working directory on sys.path
        capture_output=True,
        text=True,
    )
    where = res.stderr.splitlines()[0] if res.stderr else ""
    if Path(where) != (tree / "cleaner").resolve():
        sys.exit(f"{tree}: imported {where!r}\n{res.stderr[-2000:]}")
    if res.returncode:
        sys.exit(f"{tree}: failed\n{res.stderr[-2000:]}")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "missing"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="the baseline tree")
    ap.add_argument("--work", type=Path, required=True, help="folder for both sides' outputs")
    ap.add_argument("--inputs", type=Path, help="tree whose families and sample are read")
    ap.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "corpora" / "real")
    ap.add_argument("--skip", action="append", default=[], help="family name prefix to skip")
    ap.add_argument("--reuse-base", action="store_true")
    args = ap.parse_args()
    real = args.real if args.real.is_dir() else Path("/work/shared/corpora/real")
    sets = input_sets((args.inputs or args.base).resolve(), args.skip, real)
    base, new = args.work / "base", args.work / "new"
    if not (args.reuse_base and (base / "sets.tsv").exists()):
        run_side(args.base.resolve(), sets, base)
    run_side(ROOT, sets, new)
    bad = 0
    for name, _ in sets:
        for out in OUTPUTS:
            a, b = digest(base / name / out), digest(new / name / out)
            if a != b:
                bad += 1
                print(f"DIFFERS {name}/{out}")
    print(f"{len(sets)} input sets, {len(sets) * len(OUTPUTS)} outputs: {bad} differ")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
