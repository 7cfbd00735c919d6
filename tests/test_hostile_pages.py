"""Hostile pages (issue 17, "budgets on every page"): a page that stalls a stage is stopped
by its CPU budget and quarantined (``timeout``), a page that runs out of memory is
quarantined (``out_of_memory``) unless memory is short for every page, which stops the
run (one line, exit 3, nothing published).  Each test checks the reason code, the exit
code and that the good pages beside it were written, byte for byte as without it.
"""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import cleaner.pipeline as pipeline_mod
from cleaner.cli import app
from cleaner.config import load_config
from cleaner.errors import ConfigError
from cleaner.ingest.limits import ReadConfig
from cleaner.pageguard import OOM, PageTimeout, page_budget

# The budget's exception is raised wherever the page's thread is when its time is up.
# If that is inside a gc callback or a finalizer (hypothesis installs a gc callback in
# the worker once one of its tests has run), Python prints it as "Exception ignored" and
# the budget raises it again at the next tick, which stops the page; pytest would turn
# that printed warning into a failure.
pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")

GOOD = "第一段正文，内容完整。\n第二段正文，说明办理流程和时间安排。\n"
EXIT_FAILED, EXIT_QUARANTINED = 3, 4
MARK = "病态页面"


def invoke(*args: Any) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args])


def rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]


def batch(tmp_path: Path, *, bad: int = 1) -> Path:
    """Good pages around ``bad`` pages holding :data:`MARK`."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-good.txt").write_text(GOOD, encoding="utf-8")
    for i in range(bad):
        (d / f"b-bad{i}.txt").write_text(f"{MARK}{i}\n{GOOD}", encoding="utf-8")
    (d / "c-good.txt").write_text(GOOD.replace("第一", "另一"), encoding="utf-8")
    return d


def config(tmp_path: Path, seconds: float) -> Path:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text(f"[read]\nmax_page_cpu_seconds = {seconds}\n", encoding="utf-8")
    return cfg


def on_marked_pages(monkeypatch: pytest.MonkeyPatch, hook: Any) -> None:
    """``hook()`` runs inside the repair stage of every page that holds :data:`MARK`."""
    real = pipeline_mod.RepairStage.__call__

    def patched(self: Any, ed: Any, **kw: Any) -> Any:
        if MARK in ed.text:
            hook()
        return real(self, ed, **kw)

    monkeypatch.setattr(pipeline_mod.RepairStage, "__call__", patched)


def spin() -> None:
    while True:  # a stage that never ends on this page
        pass


def swallow_and_spin() -> None:
    """A stage whose own ``except Exception`` must not catch the budget."""
    while True:
        try:
            sum(range(10_000))
        except Exception:
            pass


def catastrophic_re() -> None:
    re.match(r"^(a+)+$", "a" * 60 + "b")  # ~2**60 steps inside the C matcher


def good_outputs(out: Path) -> list[dict[str, Any]]:
    return [a for a in rows(out / "articles.jsonl") if MARK not in a["text"]]


# -- the CPU budget -------------------------------------------------------------------------


@pytest.mark.parametrize("hook", [spin, swallow_and_spin, catastrophic_re])
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_that_stalls_is_quarantined_as_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook: Any, jobs: int
) -> None:
    src = batch(tmp_path)
    ref = tmp_path / "ref"
    assert invoke("run", src / "a-good.txt", src / "c-good.txt", "--out", ref).exit_code == 0
    on_marked_pages(monkeypatch, hook)  # inherited by the --jobs 2 workers (fork)
    out = tmp_path / "out"
    t0 = time.monotonic()
    r = invoke("run", src, "--out", out, "--config", config(tmp_path, 0.3), "--jobs", jobs)
    assert r.exit_code == EXIT_QUARANTINED, r.output
    assert time.monotonic() - t0 < 60
    (rec,) = rows(out / "quarantine.jsonl")
    assert rec["code"] == "timeout" and rec["source"].endswith("b-bad0.txt")
    assert "0.3 s of CPU" in rec["reason"] and "max_page_cpu_seconds" in rec["reason"]
    assert (out / rec["copy"]).read_text(encoding="utf-8").startswith(MARK)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["quarantine_reasons"] == {"timeout": 1} and summary["pages"] == 2
    # the pages after it are as they would be without it: nothing of it leaked into them
    want = [a["text"] for a in rows(ref / "articles.jsonl")]
    assert [a["text"] for a in good_outputs(out)] == want


def test_a_real_page_over_its_budget_is_quarantined(tmp_path: Path) -> None:
    """No stage patched: a 22 MB text page (~1.5 s of CPU to process) under a 0.3 s budget."""
    import random

    src = batch(tmp_path, bad=0)
    rng = random.Random(3)
    words = "经济 发展 城市 建设 文化 教育 科技 创新 农业 生产 改革 服务 管理 项目".split()
    big = "\n".join("，".join(rng.choice(words) for _ in range(12)) + "。" for _ in range(200_000))
    (src / "b-slow.txt").write_text(big, encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--config", config(tmp_path, 0.3))
    assert r.exit_code == EXIT_QUARANTINED, r.output
    (rec,) = rows(out / "quarantine.jsonl")
    assert rec["code"] == "timeout" and rec["source"].endswith("b-slow.txt")
    assert (out / rec["copy"]).read_bytes() == (src / "b-slow.txt").read_bytes()
    assert len(rows(out / "pages.jsonl")) == 2


def test_several_stalled_pages_each_stop_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = batch(tmp_path, bad=3)
    on_marked_pages(monkeypatch, spin)
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--config", config(tmp_path, 0.2))
    assert r.exit_code == EXIT_QUARANTINED, r.output
    assert [q["code"] for q in rows(out / "quarantine.jsonl")] == ["timeout"] * 3
    assert len(rows(out / "pages.jsonl")) == 2


def test_the_default_budget_never_stops_ordinary_pages(tmp_path: Path) -> None:
    assert ReadConfig().max_page_cpu_seconds == 60.0
    assert load_config(None).read.max_page_cpu_seconds == 60.0
    src = batch(tmp_path)
    r = invoke("run", src, "--out", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert len(rows(tmp_path / "out" / "pages.jsonl")) == 3


def test_zero_turns_the_budget_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = batch(tmp_path)
    on_marked_pages(monkeypatch, lambda: sum(range(20_000_000)))  # ~0.5 s of CPU
    r = invoke("run", src, "--out", tmp_path / "o", "--config", config(tmp_path, 0))
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("value", ["-1", '"lots"', "1e9", "nan"])
def test_a_nonsense_budget_is_a_one_line_config_error(tmp_path: Path, value: str) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(f"[read]\nmax_page_cpu_seconds = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="max_page_cpu_seconds"):
        load_config(cfg)


def test_the_budget_counts_cpu_not_waiting() -> None:
    with page_budget(0.2):
        time.sleep(0.6)  # asleep: no CPU used, not stopped
    with pytest.raises(PageTimeout), page_budget(0.2):
        spin()


def test_off_the_main_thread_a_watchdog_stops_the_page() -> None:
    """Ray runs its tasks off the main thread, where signals cannot be handled."""
    got: list[str] = []

    def work() -> None:
        try:
            with page_budget(0.2):
                spin()
        except PageTimeout:
            got.append("stopped")
        with page_budget(0.2):  # a page that ends in time is not stopped afterwards
            sum(range(1000))
        time.sleep(1.0)  # the watchdog ticks while nothing is armed
        got.append("after")

    t = threading.Thread(target=work)
    t.start()
    t.join(30)
    assert not t.is_alive() and got == ["stopped", "after"]


def _pages_ending_at_their_budget(n: int, seconds: float) -> int:
    """``n`` pages that each spin for about their budget, so the timer fires around the
    moment they end; then CPU used outside any page, where nothing may be raised."""
    stopped = 0
    for _ in range(n):
        try:
            with page_budget(seconds):
                t0 = time.thread_time()
                while time.thread_time() - t0 < seconds:
                    pass
        except PageTimeout:
            stopped += 1
    t0 = time.thread_time()
    while time.thread_time() - t0 < 0.6:  # past every tick of a forgotten timer
        pass
    return stopped


def test_a_budget_ending_with_its_page_never_fires_later() -> None:
    try:  # main thread: SIGPROF
        stopped = _pages_ending_at_their_budget(150, 0.01)
    except PageTimeout:
        pytest.fail("a page's budget fired after the page had ended")
    assert stopped <= 150


def test_a_watchdog_ending_with_its_page_never_fires_later() -> None:
    got: list[object] = []

    def work() -> None:
        try:
            got.append(_pages_ending_at_their_budget(10, 0.25))
        except BaseException as exc:  # an exception that escaped a page
            got.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(60)
    assert len(got) == 1 and isinstance(got[0], int), got


# -- out of memory ----------------------------------------------------------------------------


def _oom() -> None:
    raise MemoryError


def test_a_page_that_runs_out_of_memory_is_quarantined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = batch(tmp_path)
    on_marked_pages(monkeypatch, _oom)
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out)
    assert r.exit_code == EXIT_QUARANTINED, r.output
    (rec,) = rows(out / "quarantine.jsonl")
    assert rec["code"] == "out_of_memory" and "out of memory" in rec["reason"]
    assert (out / rec["copy"]).read_text(encoding="utf-8").startswith(MARK)
    assert len(good_outputs(out)) == 2


def test_memory_short_for_every_page_stops_the_run_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = batch(tmp_path, bad=2)  # two pages in a row run out
    out = tmp_path / "out"
    assert invoke("run", src / "a-good.txt", "--out", out).exit_code == 0
    before = (out / "articles.jsonl").read_bytes()
    on_marked_pages(monkeypatch, _oom)
    r = invoke("run", src, "--out", out)
    assert r.exit_code == EXIT_FAILED, r.output
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and "out of memory" in lines[0] and "Traceback" not in r.output
    assert (out / "articles.jsonl").read_bytes() == before  # nothing published half-way


def test_no_room_left_after_the_page_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = batch(tmp_path)  # one page runs out, and memory stays short once it is gone
    on_marked_pages(monkeypatch, _oom)
    monkeypatch.setattr(OOM, "probe", 1 << 62)  # cannot be allocated
    r = invoke("run", src, "--out", tmp_path / "out")
    assert r.exit_code == EXIT_FAILED, r.output
    assert "out of memory" in r.output and "Traceback" not in r.output
    assert not (tmp_path / "out" / "articles.jsonl").exists()


def test_an_out_of_memory_page_in_a_worker_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = batch(tmp_path, bad=2)
    on_marked_pages(monkeypatch, _oom)
    r = invoke("run", src, "--out", tmp_path / "out", "--jobs", 2)
    # the two pages may fall to different workers (each quarantines) or one (it stops)
    assert r.exit_code in (EXIT_QUARANTINED, EXIT_FAILED), r.output
    if r.exit_code == EXIT_QUARANTINED:
        codes = [q["code"] for q in rows(tmp_path / "out" / "quarantine.jsonl")]
        assert codes == ["out_of_memory"] * 2
    else:
        assert "out of memory" in r.output and "Traceback" not in r.output
