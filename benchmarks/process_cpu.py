"""A whole ``cleaner run`` process, start-up included (prints figures, not a test).

``speed_bench.py`` times ``run()`` inside a process that imported cleaner before the
clock started, so what every fresh process pays first (importing the stage modules,
compiling their module-level patterns) is in none of its throughput rows; this script
counts it.  Each round runs ``python -m cleaner run BATCH --out TMP`` once per tree,
the trees alternating, and reads the child's wall seconds and CPU seconds
(``RUSAGE_CHILDREN``), then the CPU seconds of ``import cleaner.runner`` alone in a
fresh process.  Medians of ``--rounds``; quote ratios, not seconds, on a shared
machine::

    python benchmarks/process_cpu.py BATCH.jsonl --base /tmp/startwt [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

IMPORT_CHILD = "import time; import cleaner.runner; print(time.process_time())"


def _child(root: Path, cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """(wall s, CPU s, stdout) of one fresh process running ``cmd`` with ``root`` first
    on the path."""
    env = dict(os.environ, PYTHONPATH=str(root))
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    res = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
    return wall, cpu, res.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", type=Path)
    ap.add_argument("--base", type=Path, required=True, help="the tree to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    sides = {"base": args.base.resolve(), "new": ROOT}
    batch = args.batch.resolve()
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in sides}
    imports: dict[str, list[float]] = {k: [] for k in sides}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.rounds):
            for side, root in sides.items():
                out = Path(tmp) / f"out_{side}"
                cmd = [sys.executable, "-m", "cleaner", "run", str(batch), "--out", str(out)]
                wall, cpu, _ = _child(root, cmd, Path(tmp))
                runs[side].append((wall, cpu))
                _, _, got = _child(root, [sys.executable, "-c", IMPORT_CHILD], Path(tmp))
                imports[side].append(float(got.split()[-1]))
    mb = batch.stat().st_size / 1e6
    print(f"{batch.name} ({mb:.1f} MB), median of {args.rounds}, sides alternating")
    print(f"{'':30}{'base':>10}{'new':>10}{'new/base':>10}")
    rows = {
        "cleaner run, wall s": {k: statistics.median(w for w, _ in v) for k, v in runs.items()},
        "cleaner run, CPU s": {k: statistics.median(c for _, c in v) for k, v in runs.items()},
        "import cleaner.runner, CPU s": {k: statistics.median(v) for k, v in imports.items()},
    }
    for label, med in rows.items():
        ratio = med["new"] / med["base"]
        print(f"{label:<30}{med['base']:>10.3f}{med['new']:>10.3f}{ratio:>10.2f}")


if __name__ == "__main__":
    main()
