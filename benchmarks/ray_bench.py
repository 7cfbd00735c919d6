"""``cleaner dedup|run --engine ray`` on a two-node Ray cluster on one machine.

Starts a Ray head and a second worker node as separate processes (``ray start --head
--block``, ``ray start --address --block``; each node has ``--num-cpus 1``), then runs the
command with ``--ray-address`` on a dedup set (default: generate the 10k set into /tmp
with ../shared/bench/make_dedup_set.py):

* throughput at 1 worker process (the head only) and 2 (plus the second node), the local
  engine beside it, and the driver's own peak RSS (``wait4`` of the driver process);
* a killed-worker run: one Ray worker process running a task of this cluster is killed
  (SIGKILL) mid-run; the output must equal the clean run's exactly.

    python benchmarks/ray_bench.py [--n 10000] [--input FILE.jsonl] [--repeat 1]
                                   [--commands dedup,run]

Nodes are stopped by process id (the ``ray start --block`` process and its descendants,
SIGTERM then SIGKILL), never with ``ray stop``, which would stop every Ray on the machine.

Auth: Ray 2.60 enables token authentication for clusters started by ``ray start``, and a
driver started later failed with ``InvalidAuthToken`` whether or not ``--temp-dir`` was
custom (``~/.ray/auth_token`` was the same file).  This loopback-only benchmark runs the
nodes and the driver with ``RAY_AUTH_MODE=disabled`` and ``--node-ip-address 127.0.0.1``.

Prints figures; no assertion but the killed-worker equality.  Medians over ``--repeat``.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BIN = Path(sys.executable).parent
SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench"
PORT = 6391
ADDRESS = f"127.0.0.1:{PORT}"
_HELPER = re.compile(r"IDLE|Agent|Actor\b|Actor\.|Coordinator|Tracker")
ENV = {**os.environ, "RAY_AUTH_MODE": "disabled"}


def _children() -> dict[int, list[int]]:
    out = subprocess.run(["ps", "-eo", "pid=,ppid="], capture_output=True, text=True).stdout
    kids: dict[int, list[int]] = {}
    for line in out.splitlines():
        pid, ppid = map(int, line.split())
        kids.setdefault(ppid, []).append(pid)
    return kids


def descendants(pid: int) -> list[int]:
    kids, out, todo = _children(), [], [pid]
    while todo:
        p = todo.pop()
        for c in kids.get(p, []):
            out.append(c)
            todo.append(c)
    return out


class Cluster:
    """A head and ``nodes - 1`` worker nodes, 1 CPU each, started and stopped by pid."""

    def __init__(self, nodes: int) -> None:
        self.procs: list[subprocess.Popen] = []
        base = [str(BIN / "ray"), "start", "--num-cpus=1", "--disable-usage-stats", "--block"]
        base.append("--node-ip-address=127.0.0.1")
        self._start([*base, "--head", f"--port={PORT}", "--include-dashboard=false"])
        for _ in range(nodes - 1):
            self._start([*base, f"--address={ADDRESS}"])
        self._wait_cpus(nodes)

    def _start(self, args: list[str]) -> None:
        self.procs.append(
            subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        )
        time.sleep(3)

    def _wait_cpus(self, cpus: int, timeout: float = 90) -> None:
        probe = (
            "import ray,sys; ray.init(address=sys.argv[1], logging_level='ERROR'); "
            "print(int(ray.cluster_resources().get('CPU', 0)))"
        )
        t0 = time.time()
        while time.time() - t0 < timeout:
            r = subprocess.run(
                [sys.executable, "-c", probe, ADDRESS], capture_output=True, text=True, env=ENV
            )
            if r.returncode == 0 and r.stdout.strip().splitlines()[-1:] == [str(cpus)]:
                return
            time.sleep(2)
        self.stop()
        raise SystemExit(f"cluster did not reach {cpus} CPUs")

    def raylets(self) -> list[int]:
        out = []
        for p in self.procs:
            for d in descendants(p.pid):
                try:
                    cmd = Path(f"/proc/{d}/cmdline").read_bytes().split(b"\0")[0]
                except OSError:
                    continue
                if cmd.endswith(b"/raylet"):
                    out.append(d)
        return out

    def task_workers(self) -> list[int]:
        """Worker processes of this cluster that are running a task or actor method."""
        pids = []
        for r in self.raylets():
            for d in descendants(r):
                try:
                    title = Path(f"/proc/{d}/cmdline").read_bytes().split(b"\0")[0].decode()
                except OSError:
                    continue
                # Ray Data's task processes (MapBatches(...), MapWorker(...), shuffle
                # reduce/map tasks), not the idle pool nor Ray's own helper actors
                if title.startswith("ray::") and not _HELPER.search(title):
                    pids.append(d)
        return pids

    def stop(self) -> None:
        """SIGTERM every process of each node, then SIGKILL what is left (``ray start
        --block`` does not exit on SIGTERM)."""
        for p in reversed(self.procs):
            tree = [*descendants(p.pid), p.pid]
            for sig in (signal.SIGTERM, signal.SIGKILL):
                for pid in tree:
                    try:
                        os.kill(pid, sig)
                    except ProcessLookupError:
                        pass
                time.sleep(3)
            p.wait()
        self.procs = []


def kill_one(cluster: Cluster, after: float, killed: list[str], match: str) -> None:
    """SIGKILL one task process of ``cluster`` whose title matches ``match``, the first
    seen ``after`` seconds into the run (polling for up to 60 s more); note which."""
    time.sleep(after)
    t0 = time.time()
    while time.time() - t0 < 60:
        for pid in cluster.task_workers():
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0].decode()
            except OSError:
                continue
            if re.search(match, title):
                os.kill(pid, signal.SIGKILL)
                killed.append(f"{pid} {title[:70]}")
                return
        time.sleep(0.2)


def run_cli(cmd: str, src: Path, out: Path, engine: str) -> tuple[float, float]:
    """Wall seconds and the driver process's peak RSS (MiB) of one ``cleaner`` command."""
    args = [str(BIN / "cleaner"), cmd, str(src), "--out", str(out), "-q"]
    if engine == "ray":
        args += ["--engine", "ray", "--ray-address", ADDRESS]
    else:
        args += ["--format", "parquet"]
    t0 = time.perf_counter()
    p = subprocess.Popen(args, stderr=subprocess.DEVNULL, env=ENV)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 4):
        raise SystemExit(f"{' '.join(args)}: exit {p.returncode}")
    return time.perf_counter() - t0, ru.ru_maxrss / 1024


def same_output(a: Path, b: Path, cmd: str) -> bool:
    import polars as pl

    tables = ("articles",) if cmd == "dedup" else ("articles", "pages", "changes")
    for t in tables:
        x = pl.read_parquet(a / f"{t}.parquet")
        y = pl.read_parquet(b / f"{t}.parquet")
        x, y = x.sort(x.columns, nulls_last=True), y.sort(y.columns, nulls_last=True)
        if not x.equals(y, null_equal=True):
            return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--input", type=Path)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--commands", default="dedup,run")
    ap.add_argument("--kill-after", type=float, default=6.0)
    ap.add_argument("--kill-match", default=r"MapWorker|MapBatches", help="task title regex")
    ap.add_argument("--kill-only", action="store_true", help="only the killed-worker runs")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ray_bench_"))
    src = a.input
    if src is None:
        name = f"d{a.n // 1000}k"
        src = Path("/tmp") / f"{name}.jsonl"
        if not src.exists():
            subprocess.run(
                [sys.executable, str(SHARED / "make_dedup_set.py"), "make",
                 "--pool", str(SHARED / "pool.jsonl.gz"), "--out", "/tmp", "--name", name,
                 "--n", str(a.n)],
                check=True, capture_output=True,
            )  # fmt: skip
    mb = src.stat().st_size / 1e6
    docs = sum(1 for _ in src.open(encoding="utf-8"))
    print(f"input {src}: {docs} docs, {mb:.0f} MB", flush=True)
    cmds = a.commands.split(",")
    for cmd in cmds:
        runs = [run_cli(cmd, src, work / f"{cmd}-local", "local") for _ in range(a.repeat)]
        t = statistics.median(x[0] for x in runs)
        print(
            f"{cmd}, local engine: {t:.1f} s, {docs / t:.0f} docs/s, "
            f"peak RSS {max(x[1] for x in runs):.0f} MiB",
            flush=True,
        )
    for nodes in (2,) if a.kill_only else (1, 2):
        cluster = Cluster(nodes)
        try:
            for cmd in [] if a.kill_only else cmds:
                out = work / f"{cmd}-ray{nodes}"
                runs = [run_cli(cmd, src, out, "ray") for _ in range(a.repeat)]
                t = statistics.median(x[0] for x in runs)
                print(
                    f"{cmd}, ray, {nodes} worker process(es): {t:.1f} s, {docs / t:.0f} docs/s, "
                    f"driver peak RSS {max(x[1] for x in runs):.0f} MiB, "
                    f"same as local: {same_output(work / f'{cmd}-local', out, cmd)}",
                    flush=True,
                )
            if nodes == 2:  # killed worker: one task process dies mid-run
                for cmd in cmds:
                    killed: list[str] = []
                    th = threading.Thread(
                        target=kill_one, args=(cluster, a.kill_after, killed, a.kill_match)
                    )
                    th.start()
                    out = work / f"{cmd}-killed"
                    t, _ = run_cli(cmd, src, out, "ray")
                    th.join()
                    print(
                        f"{cmd}, killed worker [{'; '.join(killed) or 'none: no task running'}] "
                        f"after {a.kill_after} s: {t:.1f} s, "
                        f"output exact: {same_output(work / f'{cmd}-local', out, cmd)}",
                        flush=True,
                    )
        finally:
            cluster.stop()


if __name__ == "__main__":
    main()
