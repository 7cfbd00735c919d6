#!/usr/bin/env python3
"""Dedup on the hard cases of issue 14: template fills, versions, containment.

Builds a set with ``tests/dedup_hard_cases.py`` from base texts of the shared bench pool
(``../shared/bench/pool.jsonl.gz``, or ``CLEANER_BENCH``; nothing is copied into the
repository), runs ``cleaner dedup`` on it with the default settings and with
``--contained``, and prints the goals' shares::

    python benchmarks/dedup_hard_bench.py --cases 200 --seed 1
    python benchmarks/dedup_hard_bench.py --cases 200 --engine ray

Goals (issue 14): template pairs linked ≤ 1 %; versions recognised ≥ 90 %; containment
recall ≥ 0.90 with precision ≥ 0.98 (with ``--contained``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.dedup_hard_cases import distinct, make_hard_set, score  # noqa: E402

BENCH = Path(os.environ.get("CLEANER_BENCH") or ROOT.parent / "shared" / "bench")


def bases(n: int, seed: int, min_chars: int = 400) -> list[str]:
    """``n`` random pool units of at least ``min_chars`` characters (CJK and English) that
    share no passage (:func:`~tests.dedup_hard_cases.distinct`: the pool has no near
    duplicates, but a unit can quote another, and the cases' truth needs them apart)."""
    with gzip.open(BENCH / "pool.jsonl.gz", "rt", encoding="utf-8") as fh:
        texts = [t for line in fh if len(t := json.loads(line)["text"]) >= min_chars]
    return distinct(random.Random(seed).sample(texts, min(len(texts), 2 * n)), n)


def run(docs_path: Path, out: Path, extra: list[str], engine: str) -> list[dict]:
    cmd = [sys.executable, "-m", "cleaner", "dedup", str(docs_path), "--out", str(out), "-q"]
    cmd += ["--engine", engine, *extra]
    subprocess.run(cmd, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if (out / "articles.jsonl").exists():
        with (out / "articles.jsonl").open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]
    import polars as pl

    # a file (local), or a folder of parts (ray)
    return pl.read_parquet(out / "articles.parquet").to_dicts()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cases", type=int, default=200, help="cases of each kind")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--engine", default="local")
    a = ap.parse_args()
    n = a.cases
    docs, truth = make_hard_set(
        bases(n + 2 * n + 4 * n + n + 2 * n, a.seed),
        seed=a.seed,
        templates=n,
        versions=n,
        contained=n,
        unrelated=n,
        histories=n,
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hard.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        rows = []
        for name, extra in (("default", []), ("--contained", ["--contained"])):
            t0 = time.perf_counter()
            recs = run(path, Path(tmp) / name.strip("-"), extra, a.engine)
            s = score(recs, truth)
            s.update(settings=name, docs=len(docs), wall_s=round(time.perf_counter() - t0, 1))
            rows.append(s)
            print(json.dumps(s), file=sys.stderr)
    cols = [
        "settings", "docs", "template_linked", "version_recognised", "history_recognised",
        "containment_recall",
        "containment_precision", "containment_predicted", "wall_s",
    ]  # fmt: skip
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r[c]) for c in cols) + " |")


if __name__ == "__main__":
    main()
