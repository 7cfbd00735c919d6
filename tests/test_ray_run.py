"""Differential: ``cleaner run --engine ray`` writes what the local ``cleaner run`` writes.

Same pages, articles (every column), ledger and duplicate decisions up to row order, same
quarantine and stored originals, same summary counters; ``cleaner rebuild`` works on the
Ray output.  Runs on the local Ray of ``tests/conftest_ray.py``; skipped without Ray.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

pytest.importorskip("ray")

from cleaner.cli import app
from cleaner.config import OutputConfig, PipelineConfig
from cleaner.engines.ray_run import _batch_closes, run_ray
from cleaner.ingest.records import ReadOptions
from cleaner.runner import DEDUP_BATCH, rebuild_page, run
from tests.conftest import SAMPLES
from tests.conftest_ray import ray_session_fixture  # noqa: F401 - the shared fixture

pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings
_SORT = {
    "articles": ["id"],
    "pages": ["id"],
    "changes": ["page_id", "stage", "step", "start", "end", "rule", "before", "after"],
}
_CHROME_TOP = "示例资讯网 | 首页 | 联系我们 | 网站地图"
_CHROME_END = "版权所有 示例资讯网 本站内容仅供参考"


def _site_jsonl(path: Path, seed: int = 5) -> None:
    """A site's pages (shared chrome lines for the site profile, exact and near copies),
    plus lines the reader quarantines: invalid JSON, no text field; and blank lines."""
    rng = random.Random(seed)
    words = "经济 发展 城市 建设 文化 教育 科技 创新 农业 生产 改革 服务 管理 项目 资金".split()
    bodies = [
        "，".join(rng.choice(words) for _ in range(rng.randint(40, 90))) + "。" for _ in range(30)
    ]
    lines = []
    for i in range(48):
        body = bodies[i % 30] if i < 40 else bodies[i - 40][5:] + "补充说明。"
        text = f"{_CHROME_TOP}\n第{i}号通知\n{body}\n{_CHROME_END}"
        lines.append(
            json.dumps(
                {"id": f"r{i}", "url": f"https://www.example.org/n{i}.html", "text": text},
                ensure_ascii=False,
            )
        )
        if i == 17:
            lines.append('{"id": "broken", "text": ')
        if i == 23:
            lines.append("")
        if i == 31:
            lines.append(json.dumps({"id": "notext", "body": "没有正文字段"}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("ray_in")
    _site_jsonl(d / "site.jsonl")
    (d / "page.html").write_text(
        "<html><head><title>公告</title></head><body><nav>首页</nav>"
        "<p>本单位定于下月召开年度工作会议，请各部门做好准备。</p></body></html>",
        encoding="utf-8",
    )
    (d / "blob.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)))
    return [SAMPLES, d, d / "missing.txt"]


@pytest.fixture(scope="module")
def outputs(ray_session, inputs: list[Path], tmp_path_factory) -> tuple[Path, Path, dict, dict]:
    tmp = tmp_path_factory.mktemp("ray_out")
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    local = run(inputs, tmp / "local", config=cfg, read_options=ReadOptions())
    # small ranges: site.jsonl is read as several byte ranges by different tasks
    remote = run_ray(inputs, tmp / "ray", config=cfg, read_options=ReadOptions(), range_bytes=3000)
    return tmp / "local", tmp / "ray", local, remote


@pytest.mark.parametrize("table", ["articles", "pages", "changes"])
def test_tables_equal_the_local_run(outputs, table: str) -> None:
    lo, ro, _, _ = outputs
    assert (ro / f"{table}.parquet").is_dir()  # a folder of parts
    a = pl.read_parquet(lo / f"{table}.parquet").sort(_SORT[table], nulls_last=True)
    b = pl.read_parquet(ro / f"{table}.parquet").sort(_SORT[table], nulls_last=True)
    assert a.schema == b.schema
    assert a.height == b.height > 0
    assert a.equals(b, null_equal=True)


def test_the_comparison_covers_every_path(outputs) -> None:
    _, ro, local, _ = outputs
    arts = pl.read_parquet(ro / "articles.parquet")
    kinds = set(arts.filter(pl.col("status") == "duplicate")["dup_kind"].to_list())
    assert {"exact", "near"} <= kinds or {"exact", "contained"} <= kinds
    assert local["changes_by_rule"].get("boilerplate.site_repeat", 0) > 0  # profiles matter
    assert local["stored_originals"] >= 1
    assert set(local["quarantine_reasons"]) >= {
        "binary",
        "invalid_json",
        "missing_field",
        "not_found",
    }


def test_summary_quarantine_and_originals_equal(outputs) -> None:
    lo, ro, local, remote = outputs
    assert remote["engine"] == "ray"
    for k in set(local) - {"seconds"}:
        assert remote[k] == local[k], k
    assert json.loads((ro / "summary.json").read_text("utf-8"))["pages"] == local["pages"]
    assert (lo / "quarantine.jsonl").read_text("utf-8") == (ro / "quarantine.jsonl").read_text(
        "utf-8"
    )
    for sub in ("quarantine", "originals"):
        a = sorted(p.name for p in (lo / sub).iterdir())
        assert a == sorted(p.name for p in (ro / sub).iterdir())
        for name in a:
            x, y = (lo / sub / name).read_bytes(), (ro / sub / name).read_bytes()
            if sub == "originals":  # gzip headers carry a time stamp
                x, y = gzip.decompress(x), gzip.decompress(y)
            assert x == y, name
    assert not list(ro.glob(".tmp-*"))


def test_rebuild_works_on_the_ray_output(outputs) -> None:
    lo, ro, _, _ = outputs
    pages = pl.read_parquet(ro / "pages.parquet")
    assert "stored" in pages["rebuild"].to_list()
    for pid in pages["id"].to_list():
        assert rebuild_page(ro, pid) == rebuild_page(lo, pid)
    res = CliRunner().invoke(app, ["rebuild", str(ro), pages["id"][0]])
    assert res.exit_code == 0
    assert res.stdout_bytes == rebuild_page(lo, pages["id"][0])


def test_cli_run_engine_ray(ray_session, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["run", str(SAMPLES), "--out", str(out), "--engine", "ray"])
    assert res.exit_code == 0, res.output
    assert "13 pages" in res.output
    assert pl.read_parquet(out / "articles.parquet").height == 17
    for extra, msg in (
        (["--corpus", str(tmp_path)], "does not support --corpus"),
        (["--format", "jsonl"], "writes Parquet only"),
    ):
        res = CliRunner().invoke(
            app, ["run", str(SAMPLES), "--out", str(out), "--engine", "ray", *extra]
        )
        assert res.exit_code == 2
        assert msg in res.output and "Traceback" not in res.output


def _closes_reference(counts: list[list[int]]) -> list[int]:
    """``runner.run``'s rule, item by item: a batch closes once it holds DEDUP_BATCH."""
    out, pending, g = [], 0, 0
    for unit in counts:
        for c in unit:
            pending += c
            if pending >= DEDUP_BATCH:
                out.append(g)
                pending = 0
            g += 1
    return out


def test_batch_boundaries_replay_the_local_rule() -> None:
    rng = random.Random(1)
    for _ in range(30):
        counts = [
            [rng.choice([0, 1, 1, 2, 3, 40, 900, 5000, 7000]) for _ in range(rng.randint(0, 60))]
            for _ in range(rng.randint(1, 8))
        ]
        offsets = list(np.cumsum([0] + [len(c) for c in counts[:-1]]))
        processed = [{"arts": np.asarray(c, np.int32).tobytes()} for c in counts]
        assert _batch_closes(processed, offsets).tolist() == _closes_reference(counts)
