"""Ray engine inputs given as URIs (``file://`` here; ``s3://``, ``gs://``… the same way).

A URI input is listed and read through ``pyarrow.fs`` (``cleaner/engines/ray_fs.py``) by
the local readers, so ``cleaner run --engine ray`` and ``cleaner dedup --engine ray`` on
``file:///…/dir`` give what the local engine gives on ``/…/dir``.  Page ids hash the
page's source, and a URI input's source is the file's URI, so the run outputs are
compared after renaming (URI → path, then the URI run's page ids → the local run's,
paired by source); everything else must be equal.  The listing and error tests need no
Ray; the runs use the shared local Ray of ``tests/conftest_ray.py``.
"""

from __future__ import annotations

import gzip
import json
import random
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.config import OutputConfig, PipelineConfig
from cleaner.engines.ray_fs import display, is_uri, open_uri
from cleaner.engines.ray_read import plan_units, read_unit
from cleaner.errors import ConfigError
from cleaner.ingest.readers import RawInput
from cleaner.ingest.records import ReadOptions
from tests.conftest import SAMPLES
from tests.conftest_ray import ray_session_fixture  # noqa: F401 - the shared fixture

pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings
_WORDS = "经济 发展 城市 建设 文化 教育 科技 创新 农业 生产 改革 服务 管理 项目 资金".split()


def _uri(p: Path) -> str:
    return "file://" + str(p.resolve())


def _pages_jsonl(path: Path, n: int = 60, seed: int = 11) -> None:
    """A site's pages with shared chrome, exact and near copies, a bad line and blanks:
    big enough for several byte ranges at ``range_bytes=3000``."""
    rng = random.Random(seed)
    bodies = [
        "，".join(rng.choice(_WORDS) for _ in range(rng.randint(40, 80))) + "。" for _ in range(25)
    ]
    lines = []
    for i in range(n):
        body = bodies[i % 25] if i < 50 else bodies[i - 50][4:] + "另附说明。"
        text = f"示例网 | 首页 | 联系我们\n第{i}号公告\n{body}\n版权所有 示例网"
        lines.append(json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False))
        if i == 20:
            lines.append('{"id": "broken", "text": ')
        if i == 33:
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of corpora/sample plus inputs that exercise every reader path."""
    d = tmp_path_factory.mktemp("uri_in") / "in"
    shutil.copytree(SAMPLES, d / "sample")
    (d / "site").mkdir()
    _pages_jsonl(d / "site" / "pages.jsonl")
    (d / "site" / "more.jsonl.gz").write_bytes(
        gzip.compress((d / "site" / "pages.jsonl").read_bytes()[:1500].rsplit(b"\n", 1)[0])
    )
    pl.DataFrame(
        {"id": ["q1", "q2"], "text": ["第一条记录的正文内容。", "第二条记录的正文内容。"]}
    ).write_parquet(d / "site" / "rows.parquet")
    (d / "site" / "公告 #1%.html").write_text(
        "<html><head><title>公告</title></head><body><nav>首页</nav>"
        "<p>本单位定于下月召开年度工作会议，请各部门做好准备。</p></body></html>",
        encoding="utf-8",
    )
    (d / "site" / "blob.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)))
    (d / "site" / "img.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))  # reader: binary
    cut = gzip.compress("\n".join(f'{{"text": "第{i}行"}}' for i in range(500)).encode())
    (d / "other").mkdir()  # its own site: the short pages would dilute site/ chrome
    (d / "other" / "cut.jsonl.gz").write_bytes(cut[: len(cut) // 2])  # truncated: corrupt
    (d / "site" / ".hidden.txt").write_text("不应读取。", encoding="utf-8")
    (d / "a").mkdir()
    (d / "a" / "b.txt").write_text("甲乙丙。", encoding="utf-8")  # parts order: a/b < a-c
    (d / "a-c.txt").write_text("丁戊己。", encoding="utf-8")
    return d


# -- listing and reading, no Ray ------------------------------------------------------------


def test_is_uri() -> None:
    assert is_uri("s3://bucket/x") and is_uri("file:///tmp") and is_uri("hdfs://h:8020/a")
    assert not is_uri("corpora/sample") and not is_uri(Path("s3://bucket/x"))
    assert not is_uri("C:\\data") and not is_uri("-")
    assert display("s3://b/k.jsonl?region=x&secret_key=y") == "s3://b/k.jsonl"


@pytest.mark.parametrize(
    "uri",
    ["file:///tmp/a%20b/c.txt", "file:///", "s3://bucket/dir/k.jsonl?region=us-east-1"],
)
def test_paths_are_the_ones_from_uri_gives(uri: str) -> None:
    from pyarrow.fs import FileSystem

    _, expected = FileSystem.from_uri(uri)
    assert open_uri(uri).path.rstrip("/") == expected.rstrip("/")


@pytest.mark.parametrize("glob", [None, "*.txt", "sample/*.txt"])
def test_plan_lists_as_the_local_lister(tree: Path, glob: str | None) -> None:
    opts = ReadOptions(glob=glob)
    local = plan_units([tree], opts, range_bytes=3000)
    remote = plan_units([_uri(tree) + "/"], opts, range_bytes=3000)
    assert len(local) == len(remote) > 3
    root = _uri(tree)
    for a, b in zip(local, remote, strict=True):
        rel = str(Path(a["path"]).relative_to(tree))
        assert open_uri(b["path"]).path == str(tree.resolve() / rel)
        assert (a["start"], a["end"], a["missing"]) == (b["start"], b["end"], b["missing"])
        assert b["path"].startswith(root + "/")
    if glob is None:
        assert sum(u["start"] > 0 for u in remote) >= 2  # pages.jsonl cut into ranges
        names = [Path(u["path"]).name for u in local]
        assert ".hidden.txt" not in names and "公告 #1%.html" in names
        assert names.index("b.txt") < names.index("a-c.txt")


def test_units_read_the_same_items(tree: Path) -> None:
    opts = ReadOptions()
    local = plan_units([tree], opts, range_bytes=3000)
    remote = plan_units([_uri(tree)], opts, range_bytes=3000)
    root = _uri(tree)
    n = 0
    for a, b in zip(local, remote, strict=True):
        xs, ys = list(read_unit(a, opts)), list(read_unit(b, opts))
        assert len(xs) == len(ys)
        for x, y in zip(xs, ys, strict=True):
            assert type(x) is type(y)
            assert y.source.replace(root, str(tree.resolve())) == x.source
            if isinstance(x, RawInput):
                assert isinstance(y, RawInput)
                assert (x.data, x.container, x.text, x.record_id) == (
                    y.data,
                    y.container,
                    y.text,
                    y.record_id,
                )
                n += 1
            else:
                assert (x.reason, x.code, x.line, x.data) == (y.reason, y.code, y.line, y.data)  # type: ignore[union-attr]
    assert n > 60


def test_missing_uri_is_a_missing_input_and_unknown_schemes_fail(tree: Path) -> None:
    units = plan_units([_uri(tree / "nope.txt"), "file:///nowhere/x?opt=1"], ReadOptions())
    assert [u["missing"] for u in units] == [True, True]
    assert units[1]["path"] == "file:///nowhere/x"  # the query is not shown
    (q,) = list(read_unit(units[0], ReadOptions()))
    assert q.code == "not_found" and q.source == _uri(tree / "nope.txt")  # type: ignore[union-attr]
    with pytest.raises(ConfigError, match="foo://x: cannot open"):
        plan_units(["foo://x/y"], ReadOptions())


def test_dedup_local_engine_refuses_uris(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["dedup", "file:///tmp/x.jsonl", "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert "URIs need --engine ray" in res.output and "Traceback" not in res.output


# -- whole runs on Ray ----------------------------------------------------------------------


def _rename(value: Any, subs: list[tuple[str, str]]) -> Any:
    if isinstance(value, str):
        for a, b in subs:
            value = value.replace(a, b)
        return value
    if isinstance(value, list):
        return [_rename(v, subs) for v in value]
    return value


def _rows(out: Path, table: str, subs: list[tuple[str, str]]) -> list[str]:
    rows = pl.read_parquet(out / f"{table}.parquet").to_dicts()
    return sorted(
        json.dumps({k: _rename(v, subs) for k, v in r.items()}, ensure_ascii=False, sort_keys=True)
        for r in rows
    )


def test_run_on_a_uri_equals_the_local_run(ray_session, tree: Path, tmp_path: Path) -> None:
    from cleaner.engines.ray_run import run_ray
    from cleaner.runner import run

    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    local = run([tree, tree / "missing.txt"], tmp_path / "local", config=cfg)
    remote = run_ray(
        [_uri(tree), _uri(tree / "missing.txt")],
        tmp_path / "ray",
        config=cfg,
        range_bytes=3000,
    )
    lo, ro = tmp_path / "local", tmp_path / "ray"
    root, path = _uri(tree), str(tree.resolve())
    # the URI run's page ids → the local run's, paired by source
    by_source = dict(
        zip(
            *pl.read_parquet(lo / "pages.parquet")
            .select("source", "id")
            .to_dict(as_series=False)
            .values(),
            strict=True,
        )
    )
    ids = [
        (i, by_source[s.replace(root, path)])
        for s, i in pl.read_parquet(ro / "pages.parquet").select("source", "id").iter_rows()
    ]
    assert len(ids) == len(by_source) == local["pages"] > 60
    subs = [(root, path), ("file:" + path, path), *ids]
    for table in ("articles", "pages", "changes"):
        assert _rows(ro, table, subs) == _rows(lo, table, [])
    arts = pl.read_parquet(ro / "articles.parquet")
    assert arts["source"].str.starts_with(root).all()
    assert {"exact", "near"} <= set(arts["dup_kind"].drop_nulls().to_list())
    assert local["changes_by_rule"].get("boilerplate.site_repeat", 0) > 0
    assert set(local["quarantine_reasons"]) >= {"binary", "invalid_json", "not_found", "truncated"}
    for k in set(local) - {"seconds", "inputs"}:
        assert remote[k] == local[k], k
    lq = (lo / "quarantine.jsonl").read_text("utf-8")
    assert (ro / "quarantine.jsonl").read_text("utf-8").replace(root, path) == lq
    for sub in ("quarantine", "originals"):
        names = sorted(p.name for p in (lo / sub).iterdir())
        renamed = sorted(_rename(p.name, ids) for p in (ro / sub).iterdir())
        assert names == renamed and names
    for p in (lo / "quarantine").iterdir():
        assert (ro / "quarantine" / p.name).read_bytes() == p.read_bytes()


def test_dedup_on_a_uri_equals_the_local_dedup(
    ray_session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(3)
    bases = ["".join(rng.choice(_WORDS) for _ in range(rng.randint(60, 160))) for _ in range(150)]
    rows = []
    for i, b in enumerate(bases):
        rows.append(b)
        if i % 4 == 0:
            rows.append(b[rng.randint(0, 8) :] + "。")
    src = tmp_path / "in" / "articles.jsonl"
    src.parent.mkdir()
    src.write_text(
        "".join(
            json.dumps({"id": f"a{k:04d}", "text": t}, ensure_ascii=False) + "\n"
            for k, t in enumerate(rows)
        ),
        encoding="utf-8",
    )
    pl.read_ndjson(src).write_parquet(tmp_path / "in" / "articles.parquet", row_group_size=50)
    monkeypatch.setattr("cleaner.engines.ray_engine.RANGE_BYTES", 20_000)  # several ranges
    res = CliRunner().invoke(app, ["dedup", str(src), "--out", str(tmp_path / "local"), "-q"])
    assert res.exit_code == 0, res.output
    # infer the schema from every row: a field such as best_score is null in most of them
    expected = pl.read_ndjson(tmp_path / "local" / "articles.jsonl", infer_schema_length=None)
    for uri in (_uri(src), _uri(tmp_path / "in" / "articles.parquet")):
        out = tmp_path / "ray"
        res = CliRunner().invoke(app, ["dedup", uri, "--out", str(out), "--engine", "ray", "-q"])
        assert res.exit_code == 0, res.output
        got = pl.read_parquet(out / "articles.parquet").sort("id")
        assert got.height == expected.height == len(rows)
        assert (got["status"] == "duplicate").sum() > 10
        for col in ("id", "text", "status", "dup_of", "dup_score", "dup_kind", "cluster"):
            assert got[col].to_list() == expected.sort("id")[col].to_list(), (uri, col)
        summary = json.loads((out / "summary.json").read_text("utf-8"))
        assert summary["input"] == uri


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        (
            "file:///nowhere/articles.jsonl",
            "file:///nowhere/articles.jsonl: no such file or folder",
        ),
        ("foo://x/articles.jsonl", "foo://x: cannot open this filesystem"),
    ],
)
def test_dedup_uri_errors_are_one_line(ray_session, tmp_path: Path, uri: str, message: str) -> None:
    res = CliRunner().invoke(app, ["dedup", uri, "--out", str(tmp_path / "o"), "--engine", "ray"])
    assert res.exit_code == 2
    assert message in res.output and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1
