"""Issue 17 on the Ray engine: its outputs are the local engine's output folder (owned,
locked, published with one rename), its ``--add`` re-checks the batch against corpus parts
committed after its snapshot, and its workers stop a page at its CPU budget.

Runs on the local Ray of ``tests/conftest_ray.py`` (the ``ray_session`` fixture keeps
these tests in the suite's one Ray group under ``pytest -n``); skipped without Ray.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

pytest.importorskip("ray")

import cleaner.engines.ray_run as ray_run_mod
from cleaner.cli import app
from cleaner.corpus.store import CorpusStore
from cleaner.engines.ray_run import run_ray
from cleaner.errors import ConfigError
from cleaner.outdir import MARKER, OutputFolder
from tests.conftest_ray import ray_session_fixture  # noqa: F401 - the shared fixture

pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings
GOOD = "第一段正文，内容完整。\n第二段正文，说明办理流程和时间安排。\n"


def invoke(*args: Any) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args])


def _distinct(i: int) -> str:
    """A text sharing no 5-gram with the others."""
    chars = [chr(0x4E00 + (i * 7919 + k * 131) % 20000) for k in range(300)]
    return "".join("".join(chars[j : j + 30]) + "。\n" for j in range(0, 300, 30))


TEXTS = [_distinct(i) for i in range(6)]


def texts_folder(path: Path, tag: str) -> Path:
    path.mkdir(parents=True)
    for i, t in enumerate(TEXTS):
        (path / f"{tag}{i}.txt").write_text(t, encoding="utf-8")
    return path


def test_a_ray_run_writes_an_owned_folder_the_local_engine_shares(
    ray_session: Any, tmp_path: Path
) -> None:
    src = texts_folder(tmp_path / "in", "a")
    out = tmp_path / "out"
    run_ray([src], out)
    assert (out / MARKER).exists() and (out / ".current").is_symlink()
    gen = os.readlink(out / ".current")
    assert [p.name for p in out.glob(".gen-*")] == [gen]
    assert os.readlink(out / "articles.parquet") == ".current/articles.parquet"
    assert pl.read_parquet(out / "articles.parquet").height == len(TEXTS)
    # the local engine takes the folder over, and the Ray engine back
    assert invoke("run", src, "--out", out).exit_code == 0
    assert (out / "articles.jsonl").is_symlink() and not (out / "articles.parquet").exists()
    run_ray([src], out)
    assert not (out / "articles.jsonl").exists()
    assert pl.read_parquet(out / "articles.parquet").height == len(TEXTS)
    assert len(list(out.glob(".gen-*"))) == 1


def test_a_second_run_on_a_locked_out_fails_at_once(ray_session: Any, tmp_path: Path) -> None:
    src = texts_folder(tmp_path / "in", "a")
    out = tmp_path / "out"
    for cmd in (["run", src], ["dedup", _articles(tmp_path, src)]):
        with OutputFolder(out) as first:  # a run in progress: lock held, generation open
            (first.tmp / "articles.parquet").write_bytes(b"half written")
            r = invoke(*cmd, "--out", out, "--engine", "ray")
            assert r.exit_code == 3, r.output
            lines = r.output.strip().splitlines()
            assert len(lines) == 1 and "in use" in lines[0] and f"pid {os.getpid()}" in lines[0]
            assert (first.tmp / "articles.parquet").read_bytes() == b"half written"


def _articles(tmp_path: Path, src: Path) -> Path:
    f = tmp_path / "articles.jsonl"
    if not f.exists():
        f.write_text(
            "".join(
                json.dumps({"id": p.stem, "text": p.read_text("utf-8")}, ensure_ascii=False) + "\n"
                for p in sorted(src.iterdir())
            ),
            encoding="utf-8",
        )
    return f


def test_a_folder_cleaner_did_not_write_is_refused(ray_session: Any, tmp_path: Path) -> None:
    src = texts_folder(tmp_path / "in", "a")
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work", encoding="utf-8")
    (out / "quarantine").mkdir()  # a name cleaner uses, holding the user's files
    (out / "quarantine" / "notes.txt").write_text("mine", encoding="utf-8")
    for cmd in (["run", src], ["dedup", _articles(tmp_path, src)]):
        r = invoke(*cmd, "--out", out, "--engine", "ray")
        assert r.exit_code == 2, r.output
        assert "did not write" in r.output and "Traceback" not in r.output
    with pytest.raises(ConfigError):
        run_ray([src], out)
    assert sorted(p.name for p in out.iterdir()) == ["quarantine", "thesis.tex"]
    assert (out / "quarantine" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_run_add_rechecks_parts_committed_after_its_snapshot(
    ray_session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run adds the same texts (other ids) after this one deduplicated against the
    empty corpus and before it adds: none of this run's articles may be added."""
    corpus = tmp_path / "c"
    CorpusStore.init(corpus)
    src = texts_folder(tmp_path / "in", "a")
    real = ray_run_mod.add_kept

    def concurrent_then_add(*args: Any, **kwargs: Any) -> int:
        CorpusStore.open(corpus).add([f"other{i}" for i in range(len(TEXTS))], TEXTS)
        return real(*args, **kwargs)

    monkeypatch.setattr(ray_run_mod, "add_kept", concurrent_then_add)
    out = tmp_path / "out"
    summary = run_ray([src], out, corpus=corpus, add_to_corpus=True)
    assert summary["articles_by_status"]["kept"] == len(TEXTS)  # the snapshot was empty
    assert summary["dedup"]["added"]["added"] == 0
    assert summary["dedup"]["added"]["skipped"] == len(TEXTS)
    store = CorpusStore.open(corpus)
    assert len(store) == len(TEXTS) and store.verify().ok
    assert sorted(store.ids().to_list()) == [f"other{i}" for i in range(len(TEXTS))]
    # the summary rewritten after the add is the published one
    published = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert published["dedup"]["added"]["skipped"] == len(TEXTS)
    assert (out / "summary.json").is_symlink()


def test_dedup_add_rechecks_parts_committed_after_its_snapshot(
    ray_session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cleaner.engines.ray_engine as ray_engine_mod

    corpus = tmp_path / "c"
    CorpusStore.init(corpus)
    src = _articles(tmp_path, texts_folder(tmp_path / "in", "a"))
    real = ray_engine_mod.add_kept

    def concurrent_then_add(*args: Any, **kwargs: Any) -> int:
        CorpusStore.open(corpus).add([f"other{i}" for i in range(len(TEXTS))], TEXTS)
        return real(*args, **kwargs)

    monkeypatch.setattr(ray_engine_mod, "add_kept", concurrent_then_add)
    summary = ray_engine_mod.dedup_file_ray(src, tmp_path / "out", corpus=corpus, add=True)
    assert summary["articles_by_status"] == {"kept": len(TEXTS)}
    assert summary["added_to_corpus"] == 0
    assert len(CorpusStore.open(corpus)) == len(TEXTS)


def test_run_add_without_a_concurrent_writer_adds_everything(
    ray_session: Any, tmp_path: Path
) -> None:
    corpus = tmp_path / "c"
    CorpusStore.init(corpus).add(["old"], ["与本批无关的旧文档。" * 20])  # in the snapshot
    src = texts_folder(tmp_path / "in", "a")
    summary = run_ray([src], tmp_path / "out", corpus=corpus, add_to_corpus=True)
    assert summary["dedup"]["added"]["added"] == len(TEXTS)
    assert len(CorpusStore.open(corpus)) == len(TEXTS) + 1


def test_a_page_over_its_cpu_budget_is_quarantined_on_a_worker(
    ray_session: Any, tmp_path: Path
) -> None:
    """Ray runs tasks off the main thread: the page clock's watchdog stops the page."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a-good.txt").write_text(GOOD, encoding="utf-8")
    rng = random.Random(3)
    words = "经济 发展 城市 建设 文化 教育 科技 创新 农业 生产 改革 服务 管理 项目".split()
    big = "\n".join("，".join(rng.choice(words) for _ in range(12)) + "。" for _ in range(200_000))
    (src / "b-slow.txt").write_text(big, encoding="utf-8")  # ~22 MB: ~2 s of CPU here
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text("[read]\nmax_page_cpu_seconds = 0.3\n", encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out, "--engine", "ray", "--config", cfg)
    assert r.exit_code == 4, r.output
    (rec,) = [json.loads(x) for x in (out / "quarantine.jsonl").read_text("utf-8").splitlines()]
    assert rec["code"] == "timeout" and rec["source"].endswith("b-slow.txt")
    assert (out / rec["copy"]).stat().st_size == (src / "b-slow.txt").stat().st_size
    pages = pl.read_parquet(out / "pages.parquet")
    assert pages["source"].to_list() == [str(src / "a-good.txt")]


def test_memory_short_for_every_page_on_a_worker_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Raised on a worker, a MemoryError would reach the driver as Ray's
    UserCodeException (a traceback): the worker reports it, the driver raises it."""
    import pyarrow as pa

    import cleaner.engines.ray_process as rp
    from cleaner.config import PipelineConfig
    from cleaner.engines.ray_read import plan_units
    from cleaner.ingest.records import ReadOptions

    src = texts_folder(tmp_path / "in", "a")
    opts = ReadOptions()
    units = plan_units([src], opts, group_files=100)
    for u in units:
        u.update(offset=0, line0=0)
    proc = rp.Process(config=PipelineConfig(), profiles=None, folder=str(tmp_path), opts=opts)
    ok = proc(pa.Table.from_pylist(units[:1])).to_pylist()
    assert "out_of_memory" not in json.loads(ok[0]["stats"])

    def oom(*a: Any, **k: Any) -> None:
        raise MemoryError("two pages in a row ran out of memory")

    monkeypatch.setattr(rp, "process_item", oom)
    (row,) = proc(pa.Table.from_pylist(units[:1])).to_pylist()
    assert json.loads(row["stats"]) == {"out_of_memory": "two pages in a row ran out of memory"}
    assert row["files"] == [] and row["unit"] == units[0]["unit"]
