"""Ray ``run`` units: small files grouped into one unit, and the cheaper counting pass.

``plan_units(..., group_files=N)`` puts consecutive small files into one unit of at most
``range_bytes`` of input and ``N`` files (big files, JSONL byte ranges and missing paths
stay alone); :func:`count_items` counts a unit's items without parsing what it can count
otherwise.  Both must leave every output exactly the local engine's: a folder of 300
small pages of several kinds is run by both engines with a small ``range_bytes`` (several
groups, ranges and a missing path between them), with and without site learning, and
compared column for column.  The planning and counting tests need no Ray.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.config import OutputConfig, PipelineConfig
from cleaner.engines.ray_read import GROUP_FILES, count_items, plan_units, read_unit
from cleaner.ingest.records import ReadOptions
from cleaner.runner import run
from tests.conftest_ray import (
    assert_same_table,
    ray_session_fixture,  # noqa: F401 - the shared fixture
)

pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings
_WORDS = "经济 发展 城市 建设 文化 教育 科技 创新 农业 生产 改革 服务 管理 项目 资金".split()
_TOP = "示例政务网 | 首页 | 政务公开 | 联系我们"
_END = "主办单位：示例市人民政府办公室 版权所有"
RANGE = 4000  # bytes per unit in the runs: groups of ~6-10 small pages


def _body(rng: random.Random) -> str:
    return "，".join(rng.choice(_WORDS) for _ in range(rng.randint(20, 60))) + "。"


def _tree(d: Path) -> list[Path]:
    """297 small inputs in three folders, plus a missing path between two of them.

    ``news/``: text pages with a site's chrome (site profiles matter), exact and near
    copies; ``html/``: HTML pages; ``mixed/``: small JSONL files (blank, whitespace-only,
    CRLF, invalid, non-object and field-less lines), one JSONL file big enough for byte
    ranges, and files the reader quarantines (binary, empty, truncated gzip) or sniffs
    (a gzipped ``.txt``, JSONL content under an unknown name, a ``.txt`` holding JSON)."""
    rng = random.Random(7)
    bodies = [_body(rng) for _ in range(60)]
    news, html, mixed = d / "news", d / "html", d / "mixed"
    for f in (news, html, mixed):
        f.mkdir(parents=True)
    for i in range(170):
        body = bodies[i % 60] if i < 150 else bodies[i - 150][3:] + "特此通知。"
        text = f"{_TOP}\n关于第{i}项工作的通知\n{body}\n{_END}\n"
        (news / f"n{i:03d}.txt").write_text(text, encoding="utf-8")
    for i in range(80):
        (html / f"p{i:03d}.html").write_text(
            f"<html><head><title>公告{i}</title></head><body><nav>{_TOP}</nav>"
            f"<p>{bodies[(i * 7) % 60]}</p><footer>{_END}</footer></body></html>",
            encoding="utf-8",
        )
    for i in range(40):
        recs = [json.dumps({"id": f"m{i}-{j}", "text": bodies[(i + j) % 60]}) for j in range(3)]
        extra = [
            "",
            "   \t",
            '{"id": "broken", "text": ',
            "[1, 2]",
            '{"id": "notext"}',
            recs[0] + "\r",
        ]
        lines = [*recs, extra[i % len(extra)]]
        (mixed / f"r{i:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    big = [json.dumps({"id": f"b{j}", "text": bodies[j % 60] + f"第{j}条"}) for j in range(40)]
    big[10], big[25] = "", '{"bad json'
    (mixed / "r020_big.jsonl").write_text("\n".join(big), encoding="utf-8")  # no final \n
    (mixed / "blob.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)))
    (mixed / "empty.txt").write_bytes(b"")
    cut = gzip.compress("\n".join(f'{{"text": "第{i}行内容"}}' for i in range(300)).encode())
    (mixed / "cut.jsonl.gz").write_bytes(cut[: len(cut) // 2])
    (mixed / "zipped.txt.gz").write_bytes(gzip.compress(f"{bodies[1]}\n".encode()))
    (mixed / "records").write_text(
        "\n".join(json.dumps({"text": bodies[k]}) for k in range(3)) + "\n", encoding="utf-8"
    )
    (mixed / "json_in.txt").write_text('{"text": "看似JSON的文本文件"}\n', encoding="utf-8")
    return [news, d / "missing.txt", html, mixed]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _tree(tmp_path_factory.mktemp("units_in"))


def _names(units: list[dict[str, Any]]) -> list[list[str]]:
    return [[Path(p).name for p in u["paths"]] for u in units]


# -- planning and counting, no Ray -----------------------------------------------------------


def test_groups_close_at_the_byte_limit_and_the_file_cap(tmp_path: Path) -> None:
    sizes = {"a.txt": 30, "b.txt": 70, "c.txt": 1, "d.html": 99, "e.txt": 101, "f.txt": 5}
    sizes |= {f"g{i}.txt": 10 for i in range(7)}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    units = plan_units([tmp_path], ReadOptions(), range_bytes=100, group_files=3)
    assert _names(units) == [
        ["a.txt", "b.txt"],  # 30 + 70 = 100: at the limit, still one group
        ["c.txt", "d.html"],  # 100 + 1 would pass it: c starts a new group
        ["e.txt"],  # over the limit: alone
        ["f.txt", "g0.txt", "g1.txt"],  # the file cap
        ["g2.txt", "g3.txt", "g4.txt"],
        ["g5.txt", "g6.txt"],
    ]
    assert all(u["path"] == u["paths"][0] and u["start"] == -1 for u in units)
    assert [u["unit"] for u in units] == list(range(len(units)))
    flat = [p for u in units for p in u["paths"]]
    assert flat == [u["path"] for u in plan_units([tmp_path], ReadOptions(), range_bytes=100)]
    one = plan_units([tmp_path], ReadOptions(), range_bytes=100, group_files=1)
    assert _names(one) == [[n] for n in sorted(sizes)]  # group_files=1: the old layout


def test_ranges_and_missing_paths_stay_alone(tree: list[Path]) -> None:
    units = plan_units(tree, ReadOptions(), range_bytes=RANGE, group_files=GROUP_FILES)
    n_files = sum(1 for d in tree if d.is_dir() for f in d.rglob("*") if f.is_file())
    assert n_files == 297
    flat = [p for u in units for p in u["paths"]]
    ranges = [u for u in units if u["start"] >= 0]
    assert len(flat) == n_files + 1 + len(ranges) - 1  # + the missing path; a file cut in 3+
    assert len(ranges) >= 3 and all(u["paths"] == [u["path"]] for u in ranges)
    assert {Path(u["path"]).name for u in ranges} == {"r020_big.jsonl"}
    (missing,) = [u for u in units if u["missing"]]
    assert missing["paths"] == [str(tree[1])]
    groups = [u for u in units if len(u["paths"]) > 1]
    assert len(groups) >= 20 and len(units) < n_files / 3  # far fewer units than files
    # a group never spans a range or the missing path: run order is unit order
    ungrouped = plan_units(tree, ReadOptions(), range_bytes=RANGE)
    assert flat == [u["path"] for u in ungrouped]


def test_uri_inputs_group_as_local_paths(tree: list[Path]) -> None:
    local = plan_units(tree, ReadOptions(), range_bytes=RANGE, group_files=GROUP_FILES)
    uris = [p.resolve().as_uri() for p in tree]
    remote = plan_units(uris, ReadOptions(), range_bytes=RANGE, group_files=GROUP_FILES)
    assert _names(local) == _names(remote)
    assert [(u["start"], u["end"]) for u in local] == [(u["start"], u["end"]) for u in remote]


def _counted(u: dict[str, Any], opts: ReadOptions) -> tuple[int, int]:
    lines: list[int] = []
    return sum(1 for _ in read_unit(u, opts, 0, lines)), (lines[0] if lines else 0)


@pytest.mark.parametrize("max_page_bytes", [None, 300])
def test_count_items_equals_reading(tree: list[Path], max_page_bytes: int | None) -> None:
    opts = ReadOptions() if max_page_bytes is None else ReadOptions(max_page_bytes=max_page_bytes)
    units = plan_units(tree, opts, range_bytes=RANGE, group_files=GROUP_FILES)
    for u in units:
        assert count_items(u, opts) == _counted(u, opts), u["paths"][:3]
    assert sum(count_items(u, opts)[0] for u in units) > 400


_LINE = st.one_of(
    st.sampled_from(
        ["", " ", "\t \r", "\r", "{", "[1]", '{"a": 1}', '"x"', "\x0b\x0c", "\u3000", "\x85"]
    ),
    st.builds(lambda t: json.dumps({"text": t}), st.text(max_size=40)),
    st.builds(lambda t: json.dumps({"text": t}, ensure_ascii=False), st.text(max_size=40)),
    st.builds(lambda n: " " * n, st.integers(0, 90)),  # over-long blank lines too
    st.builds(lambda n: '{"text": "' + "长" * n + '"}', st.integers(0, 40)),
)


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(_LINE, max_size=30),
    crlf=st.booleans(),
    final_newline=st.booleans(),
    limit=st.integers(8, 120),
    range_bytes=st.integers(20, 400),
)
def test_count_lines_equals_reading_on_any_jsonl(
    tmp_path_factory: pytest.TempPathFactory,
    lines: list[str],
    crlf: bool,
    final_newline: bool,
    limit: int,
    range_bytes: int,
) -> None:
    """A plain JSONL file cut into byte ranges: the line counter agrees with the reader
    on every range, whatever the lines (blank, over-long, invalid, CRLF, no last \\n)."""
    d = tmp_path_factory.mktemp("jl")
    sep = "\r\n" if crlf else "\n"
    text = sep.join(lines) + (sep if final_newline else "")
    (d / "x.jsonl").write_text(text, encoding="utf-8")
    opts = ReadOptions(max_page_bytes=limit)
    for u in plan_units([d], opts, range_bytes=range_bytes):
        assert count_items(u, opts) == _counted(u, opts)


# -- whole runs on Ray -------------------------------------------------------------------------


@pytest.fixture(scope="module", params=["profiles", "no_profiles"])
def outputs(request, tree: list[Path], tmp_path_factory) -> tuple[Path, Path, dict, dict, bool]:
    request.getfixturevalue("ray_session")  # skips without Ray
    from cleaner.engines.ray_run import run_ray

    tmp = tmp_path_factory.mktemp(f"units_{request.param}")
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    if request.param == "no_profiles":  # the counting pass takes its shortcuts
        cfg = replace(cfg, boilerplate=replace(cfg.boilerplate, site_repeat=False))
    local = run(tree, tmp / "local", config=cfg, read_options=ReadOptions())
    remote = run_ray(tree, tmp / "ray", config=cfg, read_options=ReadOptions(), range_bytes=RANGE)
    return tmp / "local", tmp / "ray", local, remote, request.param == "profiles"


@pytest.mark.parametrize("table", ["articles", "pages", "changes"])
def test_grouped_tables_equal_the_local_run(outputs, table: str) -> None:
    lo, ro, _, _, _ = outputs
    assert_same_table(lo, ro, table)


def test_grouped_summary_quarantine_and_originals_equal(outputs) -> None:
    lo, ro, local, remote, learn = outputs
    for k in set(local) - {"seconds"}:
        assert remote[k] == local[k], k
    assert local["pages"] > 250
    assert set(local["quarantine_reasons"]) >= {
        "binary",
        "empty",
        "invalid_json",
        "missing_field",
        "not_found",
        "truncated",
    }
    assert local["dedup"]["kinds"]["exact"] > 0
    learned = local["changes_by_rule"].get("boilerplate.site_repeat", 0)
    assert (learned > 0) is learn  # the site profiles were learned, and matter
    assert (lo / "quarantine.jsonl").read_text("utf-8") == (ro / "quarantine.jsonl").read_text(
        "utf-8"
    )
    for sub in ("quarantine", "originals"):
        a = sorted(p.name for p in (lo / sub).iterdir()) if (lo / sub).is_dir() else []
        assert a == (sorted(p.name for p in (ro / sub).iterdir()) if (ro / sub).is_dir() else [])
        for name in a:
            x, y = (lo / sub / name).read_bytes(), (ro / sub / name).read_bytes()
            if sub == "originals":  # gzip headers carry a time stamp
                x, y = gzip.decompress(x), gzip.decompress(y)
            assert x == y, name
    parts = list((ro / "pages.parquet").glob("*.parquet"))
    assert 10 < len(parts) < local["pages"] / 3  # a part per unit, not per page


def test_small_inputs_make_enough_units_for_the_cpus(tmp_path: Path) -> None:
    from cleaner.engines.ray_read import MIN_GROUP_BYTES

    for i in range(400):
        (tmp_path / f"p{i:03d}.txt").write_bytes(b"x" * 10_000)  # 4 MB in all
    opts = ReadOptions()
    one = plan_units([tmp_path], opts, group_files=GROUP_FILES)
    assert len(one) == 1  # 4 MB fits one 16 MB group
    many = plan_units([tmp_path], opts, group_files=GROUP_FILES, min_units=8)
    assert len(many) == 8 and all(len(u["paths"]) == 50 for u in many)
    # the order of the files is kept across the units
    flat = [p for u in many for p in u["paths"]]
    assert flat == [p for u in one for p in u["paths"]]
    # never below MIN_GROUP_BYTES per unit, however many CPUs
    capped = plan_units([tmp_path], opts, group_files=GROUP_FILES, min_units=10_000)
    assert len(capped) == -(-4_000_000 // MIN_GROUP_BYTES)
