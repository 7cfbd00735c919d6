"""Differential: ``cleaner run --engine ray`` writes what the local ``cleaner run`` writes.

Same pages, articles (every column), ledger and duplicate decisions up to row order, same
quarantine and stored originals, same summary counters; ``cleaner rebuild`` works on the
Ray output.  Runs on the local Ray of ``tests/conftest_ray.py``; skipped without Ray.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

pytest.importorskip("ray")

from cleaner.cli import app
from cleaner.config import OutputConfig, PipelineConfig
from cleaner.corpus.store import SITE_PROFILES, CorpusStore
from cleaner.engines.ray_io import Staging
from cleaner.engines.ray_process import batch_closes as _batch_closes
from cleaner.engines.ray_run import run_ray
from cleaner.errors import OutputError
from cleaner.ingest.records import ReadOptions
from cleaner.runner import DEDUP_BATCH, rebuild_page, run
from cleaner.stages.site_profile import SiteProfiles
from tests.conftest import SAMPLES
from tests.conftest_ray import (
    assert_same_table,
    ray_session_fixture,  # noqa: F401 - the shared fixture
)

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "corpus"
pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings
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
    # issue 13: an archive with skipped records and a corrupt member, a JSON array
    from tests.test_warc_arc import every_type, members

    parts = members(2)
    bad = parts[1][:40] + b"\xff" * 8 + parts[1][48:]
    (d / "crawl.warc.gz").write_bytes(every_type(gz=True) + bad + parts[0])
    (d / "batch.json").write_text(
        json.dumps([{"id": "j1", "text": "数组里的第一条记录，内容完整。"}], ensure_ascii=False),
        encoding="utf-8",
    )
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
    assert_same_table(lo, ro, table)


def test_the_comparison_covers_every_path(outputs) -> None:
    _, ro, local, _ = outputs
    arts = pl.read_parquet(ro / "articles.parquet")
    kinds = set(arts.filter(pl.col("status") == "duplicate")["dup_kind"].to_list())
    assert {"exact", "near"} <= kinds or {"exact", "contained"} <= kinds
    assert local["changes_by_rule"].get("boilerplate.site_repeat", 0) > 0  # profiles matter
    assert local["stored_originals"] >= 1
    assert local["read"]["skipped"]["response 302"] == 1  # archive records counted
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
    assert [p.name for p in ro.glob(".gen-*")] == [os.readlink(ro / ".current")]


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
        (["--corpus", str(tmp_path / "none")], "not a corpus"),
        (["--format", "jsonl"], "writes Parquet only"),
        (["--add"], "--add needs --corpus"),
    ):
        res = CliRunner().invoke(
            app, ["run", str(SAMPLES), "--out", str(out), "--engine", "ray", *extra]
        )
        assert res.exit_code == 2
        assert msg in res.output and "Traceback" not in res.output


@pytest.fixture(scope="module")
def with_corpus(ray_session, inputs: list[Path], tmp_path_factory) -> dict[str, Any]:
    """Both engines on the same inputs against twin copies of the sample corpus, --add."""
    tmp = tmp_path_factory.mktemp("ray_corpus")
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    for name in ("c_local", "c_ray"):
        shutil.copytree(CORPUS, tmp / name)
    before = len(CorpusStore.open(tmp / "c_local"))
    local = run(inputs, tmp / "local", config=cfg, corpus=tmp / "c_local", add_to_corpus=True)
    calls: list[tuple[int, int, str]] = []
    remote = run_ray(
        inputs,
        tmp / "ray",
        config=cfg,
        range_bytes=3000,
        corpus=tmp / "c_ray",
        add_to_corpus=True,
        progress=lambda pages, in_bytes, phase="cleaning": calls.append((pages, in_bytes, phase)),
    )
    return {"tmp": tmp, "local": local, "ray": remote, "before": before, "calls": calls}


def test_run_against_a_corpus_equals_local(with_corpus) -> None:
    tmp = with_corpus["tmp"]
    for table in ("articles", "changes"):
        assert_same_table(tmp / "local", tmp / "ray", table)
    arts = pl.read_parquet(tmp / "ray" / "articles.parquet")
    corpus_ids = set(pl.read_parquet(CORPUS / "parts" / "docs-000001.parquet")["id"].to_list())
    of_corpus = arts.filter(pl.col("dup_of").is_in(list(corpus_ids)))
    assert of_corpus.height >= 4  # the sample corpus's reprints are found
    assert set(of_corpus["cluster"].to_list()) <= corpus_ids
    local, remote = with_corpus["local"], with_corpus["ray"]
    assert remote["dedup"]["corpus"] == str(tmp / "c_ray")
    same = {k: v for k, v in local["dedup"].items() if k != "corpus"}
    assert {k: v for k, v in remote["dedup"].items() if k != "corpus"} == same  # kinds, added
    written = json.loads((tmp / "ray" / "summary.json").read_text("utf-8"))
    assert written["dedup"] == remote["dedup"]  # rewritten after the add


def test_run_add_extends_the_corpus_as_the_local_engine(with_corpus) -> None:
    tmp, local = with_corpus["tmp"], with_corpus["local"]
    added = local["dedup"]["added"]
    kept = local["articles_by_status"]["kept"]
    assert added["added"] == kept > 10 and added["skipped"] == 0
    assert added["docs"] == with_corpus["before"] + kept
    by_ray = CorpusStore.open(tmp / "c_ray")
    rep = by_ray.verify()
    assert rep.ok, rep.problems
    assert len(by_ray) == added["docs"]
    for kind in ("docs", "bands"):  # part by part: the sample corpus's part is schema 1
        mine = sorted((tmp / "c_local" / "parts").glob(f"{kind}-*.parquet"))
        theirs = sorted((tmp / "c_ray" / "parts").glob(f"{kind}-*.parquet"))
        assert [f.name for f in mine] == [f.name for f in theirs]
        for fa, fb in zip(mine, theirs, strict=True):
            a, b = pl.read_parquet(fa), pl.read_parquet(fb)
            assert a.sort(a.columns).equals(b.sort(b.columns)), fa.name
    assert CorpusStore.open(tmp / "c_ray").manifest["schema_version"] == 3  # upgraded
    # the site profiles the run applied are stored the same by both engines
    stored = (tmp / "c_ray" / SITE_PROFILES).read_text("utf-8")
    assert stored == (tmp / "c_local" / SITE_PROFILES).read_text("utf-8")
    assert local["dedup"]["site_profiles"]["saved"] == len(SiteProfiles.from_json(stored)) >= 2
    # one new part for the whole run, not one per page
    assert len(list((tmp / "c_ray" / "parts").glob("docs-*.parquet"))) == 2


def test_run_progress_reports_phases_and_pages(with_corpus) -> None:
    calls, remote = with_corpus["calls"], with_corpus["ray"]
    phases = [c[2] for c in calls]
    order = ["counting", "cleaning", "dedup", "writing", "adding to the corpus"]
    assert [p for p in order if p in phases] == order
    assert phases == sorted(phases, key=order.index)  # phases never go back
    cleaning = [c for c in calls if c[2] == "cleaning"]
    assert len(cleaning) >= 3  # moves as units finish, not once at the end
    pages = [c[0] for c in cleaning]
    assert pages == sorted(pages) and pages[-1] == remote["pages"]
    assert cleaning[-1][1] == remote["input_bytes"]


def test_failed_run_adds_nothing_to_the_corpus(
    ray_session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CORPUS, tmp_path / "c")
    manifest = (tmp_path / "c" / "manifest.json").read_bytes()

    def broken(self, *args, **kwargs):
        raise OutputError(f"{self.out_dir}: cannot write output: disk full")

    monkeypatch.setattr(Staging, "commit", broken)
    with pytest.raises(OutputError):
        run_ray([SAMPLES], tmp_path / "out", corpus=tmp_path / "c", add_to_corpus=True)
    assert (tmp_path / "c" / "manifest.json").read_bytes() == manifest
    assert sorted(p.name for p in (tmp_path / "c" / "parts").iterdir()) == sorted(
        p.name for p in (CORPUS / "parts").iterdir()
    )
    out = tmp_path / "out"  # no generation but the (empty) published one
    assert [p.name for p in out.glob(".gen-*")] == [os.readlink(out / ".current")]
    assert not (out / "articles.parquet").exists()


def test_cli_run_takes_uris_on_ray_only(ray_session, tmp_path: Path) -> None:
    uri = SAMPLES.resolve().as_uri()  # file:///…/corpora/sample
    res = CliRunner().invoke(app, ["run", uri, "--out", str(tmp_path / "lo")])
    assert res.exit_code == 2
    assert "URIs need --engine ray" in res.output and "Traceback" not in res.output
    out = tmp_path / "ray"
    res = CliRunner().invoke(app, ["run", uri, "--out", str(out), "--engine", "ray"])
    assert res.exit_code == 0, res.output
    assert "13 pages" in res.output
    assert json.loads((out / "summary.json").read_text("utf-8"))["inputs"] == [uri]


def test_run_on_the_dedup_set_equals_local(ray_session, tmp_path: Path) -> None:
    """The issue's 10k dedup set (our own set without ../shared) through ``run``: pages,
    articles with every duplicate decision and cluster, and the ledger equal the local
    engine's; several dedup batches of 5,000 articles are crossed."""
    from tests.test_ray_dedup import _dedup_set

    data = _dedup_set(tmp_path)
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    local = run([data], tmp_path / "local", config=cfg)
    remote = run_ray([data], tmp_path / "ray", config=cfg, range_bytes=2_000_000)
    for k in set(local) - {"seconds"}:
        assert remote[k] == local[k], k
    for table in ("articles", "pages", "changes"):
        assert_same_table(tmp_path / "local", tmp_path / "ray", table)
    arts = pl.read_parquet(tmp_path / "ray" / "articles.parquet")
    dup = arts.filter(pl.col("status") == "duplicate")
    assert dup.height > arts.height // 10  # the comparison covers many decisions
    assert dup["cluster"].n_unique() > 10


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


def test_mixed_folder_templates_equal_local(ray_session, tmp_path: Path) -> None:
    """Issue 12: a folder of three invented templates is split the same way on Ray (pages
    of one folder read by several units) as locally: same profiles, sites and outputs."""
    from tests.template_pages import write_mixed

    folder = tmp_path / "mixed"
    write_mixed(folder, ["wenku", "news", "portal"], per=7)
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    local = run([folder], tmp_path / "local", config=cfg)
    remote = run_ray([folder], tmp_path / "ray", config=cfg, range_bytes=3000)
    for k in set(local) - {"seconds"}:
        assert remote[k] == local[k], k
    for table in ("articles", "pages", "changes"):
        assert_same_table(tmp_path / "local", tmp_path / "ray", table)
    sites = pl.read_parquet(tmp_path / "ray" / "pages.parquet")["site"].to_list()
    assert sites.count(f"dir:{folder.as_posix()}#t2") == 7
    assert sites.count(f"dir:{folder.as_posix()}#t3") == 7
    assert local["changes_by_rule"].get("boilerplate.site_repeat", 0) >= 60


def test_run_keep_newest_equals_local(ray_session, tmp_path: Path) -> None:
    """Issue 14: ``run --keep newest`` on Ray reads the articles' ``meta.published`` (the
    page's publish date) as the local engine does, and keeps the same members."""
    rng = random.Random(5)
    words = "的 是 在 了 和 有 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 作 地".split()
    folder = tmp_path / "dated"
    folder.mkdir()
    for g in range(12):
        base = "".join(rng.choice(words) for _ in range(300))
        for k in range(3):
            text = base[rng.randint(0, 20) :] if k else base
            day = f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 2)}"
            (folder / f"p{g:02d}-{k}.html").write_text(
                f'<html><head><meta property="article:published_time" content="{day}">'
                f"</head><body><p>{text}</p></body></html>",
                "utf-8",
            )
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    cfg = replace(cfg, dedup=replace(cfg.dedup, keep="newest"))
    for name in ("c_local", "c_ray"):  # both add to a new corpus: the dates are stored
        CorpusStore.init(tmp_path / name)
    local = run([folder], tmp_path / "local", config=cfg, corpus=tmp_path / "c_local",
                add_to_corpus=True)  # fmt: skip
    remote = run_ray([folder], tmp_path / "ray", config=cfg, range_bytes=3000,
                     corpus=tmp_path / "c_ray", add_to_corpus=True)  # fmt: skip
    for k in set(local) - {"seconds"}:
        if k == "dedup":  # the two corpora's paths differ
            local[k].pop("corpus"), remote[k].pop("corpus")
        assert remote[k] == local[k], k
    for table in ("articles", "pages", "changes"):
        assert_same_table(tmp_path / "local", tmp_path / "ray", table)
    arts = pl.read_parquet(tmp_path / "ray" / "articles.parquet")
    assert arts.filter(pl.col("dup_detail").str.contains('"keep":"newest"')).height >= 4
    a = pl.read_parquet(tmp_path / "c_local" / "parts" / "docs-000001.parquet")
    b = pl.read_parquet(tmp_path / "c_ray" / "parts" / "docs-000001.parquet")
    assert a.height == 12 and a["published"].null_count() == 0
    assert a.sort("row").equals(b.sort("row"))
