"""A/B throughput of the core stages: a baseline checkout against this tree (prints figures).

The machine is shared, so the two sides run alternately in fresh processes, round after
round, and we report the median MB per CPU second of each side and their ratio (CPU,
not wall: a wall figure also measures the other processes on the machine).  Two
measurements:

* ``process``: ``Pipeline.process`` alone over a pre-read batch (boilerplate, repair, split,
  the rebuild check), with no site learning and no dedup;
* ``run``: the whole ``run()`` with the same config (read, process, write parquet).

Batches (clean pages and pages with artifacts) come from ``bench_run.make_batch``.  Make a
baseline with ``git worktree add /tmp/h6_base HEAD`` and then::

    python benchmarks/ab_core.py --base /tmp/h6_base [--mb 5] [--rounds 5] [--modes process run]

Each child prints its own seconds; the script also checks that both sides write the same
articles and changes (a speed-up must not change any output).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_run import make_batch  # noqa: E402

CONFIG = (
    '[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n[output]\nformat = "{fmt}"\n'
)

CHILD = """
import sys, time
from pathlib import Path
from cleaner.config import load_config
from cleaner.pipeline import Pipeline
from cleaner.ingest.readers import Quarantined, read_inputs
from cleaner.runner import run

import cleaner
print(Path(cleaner.__file__).parent)
mode, batch, cfg_path, out = sys.argv[1:5]
cfg = load_config(Path(cfg_path))
if mode == "process":
    p = Pipeline(cfg)
    raws = [r for r in read_inputs([Path(batch)]) if not isinstance(r, Quarantined)]
    t = time.process_time()
    for i, r in enumerate(raws):
        p.process(r, i)
    print(time.process_time() - t)
else:
    t = time.process_time()
    run([Path(batch)], Path(out), config=cfg)
    print(time.process_time() - t)
"""


def child(root: Path, mode: str, batch: Path, cfg: Path, out: Path) -> float:
    """CPU seconds of one measurement with ``root`` first on the import path (CPU, not
    wall: on the shared machine a wall figure measured the other agents' load)."""
    env = dict(os.environ, PYTHONPATH=str(root))
    res = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(batch), str(cfg), str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=batch.parent,  # not this checkout: `-c` puts the working directory on sys.path
    )
    where, secs = res.stdout.split()[-2:]
    if Path(where).resolve() != root / "cleaner":
        raise SystemExit(f"imported cleaner from {where}, not from {root}")
    return float(secs)


def digest(out: Path) -> str:
    """Hash of the written articles, pages and ledger (JSONL output; the ledger one row
    per edit, so a compact ledger compares equal to the edits it stands for)."""
    from speed_bench import digest as full_digest

    return full_digest(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="baseline checkout (worktree)")
    ap.add_argument("--new", type=Path, default=ROOT, help="tree under test (default: this one)")
    ap.add_argument("--mb", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--modes", nargs="+", default=["process", "run"])
    args = ap.parse_args()
    sides = {"base": args.base.resolve(), "new": args.new.resolve()}
    print(f"base = {sides['base']}  new = {sides['new']}  rounds = {args.rounds}")
    head = f"{'base MB/cpu-s':>15}{'new MB/cpu-s':>14}{'new/base':>10}"
    print(f"{'batch':<10}{'mode':<9}{'MB':>5}{head}")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        cfg_parquet = t / "parquet.toml"
        cfg_parquet.write_text(CONFIG.format(fmt="parquet"), encoding="utf-8")
        cfg_jsonl = t / "jsonl.toml"
        cfg_jsonl.write_text(CONFIG.format(fmt="jsonl"), encoding="utf-8")
        for kind in ("clean", "artifacts"):
            batch = t / f"{kind}.jsonl"
            make_batch(batch, args.mb, artifacts=kind == "artifacts")
            mb = batch.stat().st_size / 1e6
            # same output on both sides (JSONL, compared byte for byte)
            digests = {}
            for name, root in sides.items():
                child(root, "run", batch, cfg_jsonl, t / f"out_{name}")
                digests[name] = digest(t / f"out_{name}")
            same = "same output" if digests["base"] == digests["new"] else "OUTPUT DIFFERS"
            for mode in args.modes:
                times: dict[str, list[float]] = {"base": [], "new": []}
                for r in range(args.rounds):
                    order = ["base", "new"] if r % 2 == 0 else ["new", "base"]
                    for name in order:
                        out = t / f"run_{name}"
                        times[name].append(child(sides[name], mode, batch, cfg_parquet, out))
                rate = {k: mb / statistics.median(v) for k, v in times.items()}
                print(
                    f"{kind:<10}{mode:<9}{mb:>5.1f}{rate['base']:>15.2f}{rate['new']:>14.2f}"
                    f"{rate['new'] / rate['base']:>10.3f}  {same}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
