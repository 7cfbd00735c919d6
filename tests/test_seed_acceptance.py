"""The core issue's acceptance checks on the real seed page (read from ../shared, never
copied into the repository; skipped when ../shared is absent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

TITLES = [
    "内蒙古自治区人民政府关于做好今后一个时期非典型肺炎防治工作的意见",
    "四川省人民政府办公厅关于做好防治非典型肺炎有关文件材料收集归档工作的通知",
    "防治非典型肺炎工作阶段性总结",
    "关于加强非典型肺炎防治工作的紧急通知",
    "关于做好当前和今后一个时期促进就业工作的实施意见",
]
CHROME = [
    "写写帮文库",
    "小编为你整理",
    "下载本文作者",
    "word格式文档",
    "将本文档下载到自己电脑",
    "点此处下载文档",
    "文档为doc格式",
    "本文内容由互联网用户自发贡献",
    "@qq.com",
    "相关范文推荐",
    "本内容来源于政府官方网站",
    "第一篇",
    "第二篇",
    "第三篇",
    "第四篇",
    "第五篇",
    "【发布单位】",
    "【发布文号】",
    "【所属类别】",
]


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    from tests.conftest import SEED

    if not SEED.exists():
        pytest.skip("../shared/corpora/seed is not available")
    out = tmp_path_factory.mktemp("seed")
    result = CliRunner().invoke(app, ["run", str(SEED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    arts = [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    return out, arts


def test_five_articles_in_order(seed_run: tuple[Path, list[dict]]) -> None:
    _, arts = seed_run
    assert [a["title"] for a in arts] == TITLES
    assert [a["article_index"] for a in arts] == [1, 2, 3, 4, 5]
    assert all(a["status"] == "kept" for a in arts)


def test_metadata(seed_run: tuple[Path, list[dict]]) -> None:
    _, arts = seed_run
    m1, m2 = arts[0]["meta"], arts[1]["meta"]
    assert m1["issuer"] == "内蒙古自治区"
    assert m1["doc_number"] == "内政字〔2003〕261号"
    assert m1["published"] == "2003-08-13"
    assert m1["category"] == "地方法规"
    assert m1["origin"] == "中国法院网"
    assert "expires" not in m1
    assert (m2["issuer"], m2["doc_number"], m2["published"]) == (
        "四川省",
        "川府办发电[2003]36号",
        "2003-06-06",
    )


def test_no_boilerplate_left(seed_run: tuple[Path, list[dict]]) -> None:
    _, arts = seed_run
    for a in arts:
        for phrase in CHROME:
            assert phrase not in a["text"], (a["article_index"], phrase)


def test_repairs(seed_run: tuple[Path, list[dict]]) -> None:
    _, arts = seed_run
    t = [a["text"] for a in arts]
    assert "?" not in t[1] and "二〇〇三年六月六日" in t[1]
    for s in ("完善推进机制", "《传染性非典型肺炎疫情报告》", "区委、区政府明确要求"):
        assert s in t[2]
    assert "2007-02-06" not in t[2]
    assert "紧急通知" in t[3]
    for text in t:
        assert not re.search(r"[\u4e00-\u9fff][,;:][\u4e00-\u9fff]", text)
        assert "\n\n" not in text
    joined = "\n".join(t)
    for kept in ("2003年8月13日", "4%", "300万元"):
        assert kept in joined
    assert t[0].startswith("内蒙古自治区人民政府\n关于做好今后一个时期")
    assert t[0].endswith("2003年8月13日")


def test_placeholders(seed_run: tuple[Path, list[dict]]) -> None:
    _, arts = seed_run
    assert 40 <= arts[2]["placeholders"] <= 80
    assert [a["placeholders"] for i, a in enumerate(arts) if i != 2] == [0, 0, 0, 0]


def test_rebuild_is_byte_exact(seed_run: tuple[Path, list[dict]]) -> None:
    from tests.conftest import SEED

    out, arts = seed_run
    result = CliRunner().invoke(app, ["rebuild", str(out), arts[0]["page_id"]])
    assert result.exit_code == 0
    assert result.stdout_bytes == SEED.read_bytes()


def test_explain_names_every_stage(seed_run: tuple[Path, list[dict]]) -> None:
    out, arts = seed_run
    result = CliRunner().invoke(app, ["explain", str(out), arts[0]["page_id"]])
    assert result.exit_code == 0
    for part in (
        "[boilerplate]",
        "[repair]",
        "[split]",
        "seo_blurb",
        "repair.zero_circle",
        "split.meta_header",
        "二○○三",
        "二〇〇三",
    ):
        assert part in result.output
