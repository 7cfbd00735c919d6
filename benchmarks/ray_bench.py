"""``cleaner dedup|run --engine ray`` on a two-node Ray cluster on one machine.

Starts a Ray head and a second worker node as separate processes (``ray start --head
--block``, ``ray start --address --block``; each node has ``--num-cpus 1``), then runs the
command with ``--ray-address`` on a dedup set (default: generate the 10k set into /tmp
with ../shared/bench/make_dedup_set.py):

* throughput at 1 worker process (the head only) and 2 (plus the second node), the local
  engine beside it (its outputs are the reference), and the driver's memory: peak RSS
  (``wait4``'s ``maxrss``) and, sampled from ``/proc/<pid>`` every 0.2 s by a thread, its
  peak USS (private pages), PSS, anonymous and shared-memory (object store) pages;
* a killed-worker run: one Ray worker process running a task of this cluster is killed
  (SIGKILL) mid-run; the output must equal the clean run's exactly.

The outputs are compared in a child process: ``subprocess`` starts children with
``vfork``, and ``exec`` folds the parent's high-water RSS into the child's ``maxrss``, so
a benchmark that had grown by comparing 100k outputs (~840 MiB) reported that as the
driver's peak.  ``--tracemalloc DIR`` runs the Ray drivers under ``tracemalloc`` and
writes the Python allocations alive at the traced peak, by line of ``cleaner/``.

    python benchmarks/ray_bench.py [--n 10000] [--input FILE.jsonl] [--repeat 2]
                                   [--commands dedup,run] [--nodes 1,2] [--port 6391]
                                   [--no-kill] [--log FILE.jsonl] [--tracemalloc DIR]

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
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

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


class MemSampler(threading.Thread):
    """Peak memory of one process, read from ``/proc/<pid>`` every ``every`` seconds.

    ``rss``: resident pages; ``uss``: pages no other process maps (``Private_Clean +
    Private_Dirty`` of ``smaps_rollup``); ``pss``: proportional share; ``anon``: anonymous
    (heap) pages; ``shmem``: resident shared-memory pages (Ray's object store is a file in
    ``/dev/shm`` that every process of a node maps); ``hwm``: the kernel's own high-water
    mark of the process's RSS (``VmHWM``, exact, unlike the samples); ``children``: the
    largest RSS of any child process seen (``wait4``'s ``maxrss`` includes them), and
    ``child``: its command line.  Each is the largest value seen."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak = dict.fromkeys(("rss", "uss", "pss", "anon", "shmem", "hwm", "children"), 0.0)
        self.child = ""
        self._done = threading.Event()

    def sample(self) -> None:
        kb: dict[str, int] = {}
        try:
            for f in ("smaps_rollup", "status"):
                for line in Path(f"/proc/{self.pid}/{f}").read_text().splitlines():
                    name, _, rest = line.partition(":")
                    if rest.strip().endswith("kB"):
                        kb[name] = int(rest.split()[0])
        except (OSError, ValueError):
            return
        now = {
            "rss": kb.get("Rss", 0),
            "uss": kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0),
            "pss": kb.get("Pss", 0),
            "anon": kb.get("RssAnon", 0),
            "shmem": kb.get("RssShmem", 0),
            "hwm": kb.get("VmHWM", 0),
        }
        for d in self._kids():
            try:
                rss = int(Path(f"/proc/{d}/statm").read_text().split()[1]) * os.sysconf(
                    "SC_PAGESIZE"
                )
                cmd = Path(f"/proc/{d}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except (OSError, ValueError, IndexError):
                continue
            if rss / 2**20 > self.peak["children"]:
                self.peak["children"], self.child = rss / 2**20, cmd[:120]
        for k, v in now.items():
            self.peak[k] = max(self.peak[k], v / 1024)

    def _kids(self) -> list[int]:
        """Child processes (of every thread), without starting ``ps``."""
        kids: list[int] = []
        try:
            for t in os.listdir(f"/proc/{self.pid}/task"):
                kids += map(int, Path(f"/proc/{self.pid}/task/{t}/children").read_text().split())
        except OSError:
            pass
        return kids

    def run(self) -> None:
        while not self._done.is_set():
            self.sample()
            self._done.wait(self.every)

    def stop(self) -> dict[str, Any]:
        self._done.set()
        self.join()
        return {**self.peak, "child": self.child}


# run under ``--tracemalloc``: the Python allocations alive at the driver's traced peak,
# by the innermost frame inside cleaner/ (Arrow and Ray's C++ buffers are not traced)
_TRACE = """
import atexit, sys, threading, time, tracemalloc
from cleaner.cli import app
best = [0, None]
def watch():
    while True:
        cur, _ = tracemalloc.get_traced_memory()
        if cur > best[0] + (32 << 20):
            best[:] = [cur, tracemalloc.take_snapshot()]
        time.sleep(0.5)
trace_out = sys.argv.pop(1)
def report():
    if best[1] is None:
        return
    out = [f"traced peak {best[0] / 2**20:.0f} MiB"]
    for st in best[1].statistics("traceback")[:12]:
        fr = [f for f in st.traceback if "/cleaner/" in f.filename] or list(st.traceback)[-1:]
        out.append(f"{st.size / 2**20:8.1f} MiB {st.count:9d}  {fr[-1].filename}:{fr[-1].lineno}")
    open(trace_out, "w").write("\\n".join(out) + "\\n")
threading.Thread(target=watch, daemon=True).start()
atexit.register(report)
sys.argv[0] = "cleaner"
app()
"""


def run_cli(
    cmd: str, src: Path, out: Path, engine: str, trace: Path | None = None
) -> dict[str, Any]:
    """Wall seconds and the driver process's peak memory (MiB: ``maxrss`` from ``wait4``,
    the rest from :class:`MemSampler`) of one ``cleaner`` command."""
    args = [str(BIN / "cleaner"), cmd, str(src), "--out", str(out), "-q"]
    if engine == "ray":
        args += ["--engine", "ray", "--ray-address", ADDRESS]
    else:
        args += ["--format", "parquet"]
    if trace is not None:
        args[:1] = [sys.executable, "-X", "tracemalloc=25", "-c", _TRACE, str(trace)]
    t0 = time.perf_counter()
    p = subprocess.Popen(args, stderr=subprocess.DEVNULL, env=ENV)
    mem = MemSampler(p.pid)
    mem.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    peak = mem.stop()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 4):
        raise SystemExit(f"{' '.join(args)}: exit {p.returncode}")
    return {"wall": wall, "maxrss": ru.ru_maxrss / 1024, **peak}


def same_output(a: Path, b: Path, cmd: str) -> bool:
    """Whether the tables of outputs ``a`` and ``b`` hold the same rows, compared in a child
    process: loading a 100k output makes a process grow by ~600 MiB, and a process this one
    starts afterwards would report that in its ``maxrss`` (``subprocess`` starts children
    with ``vfork``, and ``exec`` folds the parent's high-water RSS into the child's)."""
    r = subprocess.run([sys.executable, __file__, "--compare", str(a), str(b), cmd])
    if r.returncode not in (0, 1):
        raise SystemExit(f"comparing {a} with {b} failed")
    return r.returncode == 0


def _compare(a: Path, b: Path, cmd: str) -> bool:
    import polars as pl

    tables = ("articles",) if cmd == "dedup" else ("articles", "pages", "changes")
    for t in tables:
        x = pl.read_parquet(a / f"{t}.parquet")
        y = pl.read_parquet(b / f"{t}.parquet")
        x, y = x.sort(x.columns, nulls_last=True), y.sort(y.columns, nulls_last=True)
        if not x.equals(y, null_equal=True):
            return False
    return True


COLUMNS = (
    "command", "engine", "nodes", "wall s", "docs/s",
    "driver peak RSS MiB", "driver peak USS MiB", "anon MiB", "shmem MiB", "same as local", "runs",
)  # fmt: skip


def table(rows: list[dict[str, Any]], docs: int) -> str:
    """Markdown table of the medians of each (command, engine, nodes) over its runs."""
    groups: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault((r["cmd"], r["engine"], r["nodes"]), []).append(r)
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for (cmd, engine, nodes), rs in groups.items():
        keys = ("wall", "maxrss", "uss", "anon", "shmem")
        med = {k: statistics.median(r[k] for r in rs) for k in keys}
        same = {r["same"] for r in rs}
        cells = [
            cmd, engine, str(nodes) if engine == "ray" else "-",
            f"{med['wall']:.1f}", f"{docs / med['wall']:,.0f}", f"{med['maxrss']:,.0f}",
            f"{med['uss']:,.0f}", f"{med['anon']:,.0f}", f"{med['shmem']:,.0f}",
            "" if engine == "local" else ("True" if same == {True} else "False"), str(len(rs)),
        ]  # fmt: skip
        lines.append(f"| {' | '.join(cells)} |")
    return "\n".join(lines)


def main() -> None:
    global ADDRESS, PORT  # --port: one cluster per benchmark process
    if sys.argv[1:2] == ["--compare"]:  # same_output's child process
        a, b, cmd = sys.argv[2:5]
        raise SystemExit(0 if _compare(Path(a), Path(b), cmd) else 1)
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--input", type=Path)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--commands", default="dedup,run")
    ap.add_argument("--nodes", default="1,2", help="cluster sizes to measure")
    ap.add_argument("--no-local", action="store_true", help="skip the local-engine runs")
    ap.add_argument("--kill-after", type=float, default=6.0)
    ap.add_argument("--kill-match", default=r"MapWorker|MapBatches", help="task title regex")
    ap.add_argument("--kill-only", action="store_true", help="only the killed-worker runs")
    ap.add_argument("--no-kill", action="store_true", help="skip the killed-worker runs")
    ap.add_argument("--tracemalloc", type=Path, help="folder: driver traces of the Ray runs")
    ap.add_argument("--port", type=int, default=PORT, help="the head's GCS port")
    ap.add_argument("--log", type=Path, help="append every run's figures here (JSON lines)")
    a = ap.parse_args()
    PORT, ADDRESS = a.port, f"127.0.0.1:{a.port}"
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
    rows: list[dict[str, Any]] = []

    def record(
        cmd: str, engine: str, nodes: int, fig: dict[str, Any], *, same: bool | None
    ) -> None:
        row = {"cmd": cmd, "engine": engine, "nodes": nodes, "input": str(src), **fig}
        row["same"] = same
        rows.append(row)
        print(
            f"{cmd}, {engine}" + (f", {nodes} node(s)" if engine == "ray" else "")
            + f": {fig['wall']:.1f} s, {docs / fig['wall']:.0f} docs/s, driver peak RSS "
            f"{fig['maxrss']:.0f} MiB (sampled {fig['rss']:.0f}), USS {fig['uss']:.0f}, "
            f"PSS {fig['pss']:.0f}, anon {fig['anon']:.0f}, shmem {fig['shmem']:.0f}, "
            f"VmHWM {fig['hwm']:.0f} MiB, largest child {fig['children']:.0f} MiB {fig['child']!r}"
            + ("" if same is None else f", same as local: {same}"),
            flush=True,
        )  # fmt: skip
        if a.log:
            with a.log.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")

    for cmd in cmds:  # the reference outputs (run once and not shown with --no-local)
        for _ in range(1 if a.no_local else a.repeat):
            fig = run_cli(cmd, src, work / f"{cmd}-local", "local")
            if not a.no_local:
                record(cmd, "local", 0, fig, same=None)
    for nodes in (2,) if a.kill_only else [int(x) for x in a.nodes.split(",")]:
        cluster = Cluster(nodes)
        try:
            for cmd in [] if a.kill_only else cmds:
                for i in range(a.repeat):
                    out = work / f"{cmd}-ray{nodes}"
                    trace = None
                    if a.tracemalloc:
                        a.tracemalloc.mkdir(parents=True, exist_ok=True)
                        trace = a.tracemalloc / f"{cmd}-{docs}-ray{nodes}-{i}.txt"
                    fig = run_cli(cmd, src, out, "ray", trace)
                    same = same_output(work / f"{cmd}-local", out, cmd)
                    record(cmd, "ray", nodes, fig, same=same)
            if nodes == 2 and not a.no_kill:  # killed worker: one task process dies mid-run
                for cmd in cmds:
                    killed: list[str] = []
                    th = threading.Thread(
                        target=kill_one, args=(cluster, a.kill_after, killed, a.kill_match)
                    )
                    th.start()
                    out = work / f"{cmd}-killed"
                    fig = run_cli(cmd, src, out, "ray")
                    th.join()
                    print(
                        f"{cmd}, killed worker [{'; '.join(killed) or 'none: no task running'}] "
                        f"after {a.kill_after} s: {fig['wall']:.1f} s, "
                        f"output exact: {same_output(work / f'{cmd}-local', out, cmd)}",
                        flush=True,
                    )
        finally:
            cluster.stop()
    print(f"\n{docs:,} docs, medians of up to {a.repeat} runs (the local engine's peak is the")
    print("whole run's, its worker processes included):\n" + table(rows, docs), flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
