"""The same pages give the same articles wherever they sit and whatever the hash seed.

A page's site is the folder it was read from (``dir:<folder>``, see
:func:`cleaner.stages.site_profile.site_key`), so the folder's path names the site; the
path must change nothing else.  Each run is a fresh interpreter with its own
``PYTHONHASHSEED`` (set and dict orders of strings differ between seeds) that imports
``cleaner`` from this tree (``PYTHONPATH``) while its working directory is elsewhere: the
shared venv's editable install points at another checkout, and a child that picked that
one up would compare two versions of the code, not two paths.

The invented site below repeats a header bar, a crumb trail and a footer on every page
(learned per folder by the site profile) and opens each article with dated source and
number lines (the article's metadata), so the fields that once came out differing are
exercised; the assertions check that they are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

CHILD = """
import sys
import cleaner
from cleaner.cli import app
print("CLEANER_FROM=" + cleaner.__file__, file=sys.stderr)
app(sys.argv[1:], prog_name="cleaner")
"""

#: fields that name the input's path (or are derived from it) and legitimately differ
PATH_FIELDS = ("source", "id", "page_id")

TOPICS = ("苗圃灌溉", "河岸护栏", "社区书架", "夜市照明", "渡口候船亭", "旧桥检修")


def _page(n: int) -> str:
    topic = TOPICS[n]
    body = [
        f"关于{topic}改造方案征求意见的通知",
        f"发布时间：2021-0{n + 1}-1{n}",
        f"来源：青禾县第{n + 2}管理所",
        f"文号：青管〔2021〕{n + 11}号",
        f"为做好{topic}改造工作，现将方案要点通知如下，请各单位结合实际认真研究。",
        f"一、{topic}改造由各片区负责人牵头，按季度报送进度，确保按期完成。",
        "二、改造期间请在现场设置提示牌，方便居民绕行，相关费用由专项资金列支。",
        "特此通知。",
    ]
    chrome = ["青禾县公共服务网 | 首页 | 通知公告 | 办事指南", "当前位置：首页 > 通知公告 > 正文"]
    foot = ["主办单位：青禾县公共服务中心　联系电话：0000-1234567", "版权所有 青禾县公共服务网"]
    return "\n".join([*chrome, "", *body, "", *foot]) + "\n"


def _write_site(folder: Path) -> None:
    folder.mkdir(parents=True)
    for n in range(len(TOPICS)):
        (folder / f"notice_{n:02d}.txt").write_text(_page(n), encoding="utf-8")


def _run(pages: Path, out: Path, seed: str, cwd: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
    res = subprocess.run(
        [sys.executable, "-c", CHILD, "run", str(pages), "--out", str(out), "--no-dedup"],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    used = next(ln for ln in res.stderr.splitlines() if ln.startswith("CLEANER_FROM="))
    assert Path(used.split("=", 1)[1]).resolve().is_relative_to(ROOT.resolve())
    rows = [json.loads(ln) for ln in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    return {"rows": rows, "rules": summary["changes_by_rule"]}


def _comparable(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each article without its path fields, keyed by its file's name."""
    out = []
    for r in rows:
        name = Path(r["source"]).name
        rest = {k: v for k, v in r.items() if k not in PATH_FIELDS}
        out.append((name, json.dumps(rest, ensure_ascii=False, sort_keys=True)))
    return sorted(out)


def test_same_pages_at_two_paths_and_seeds_give_same_articles(tmp_path: Path) -> None:
    short = tmp_path / "a" / "x" / "pages"
    deep = tmp_path / "bb" / "some" / "longer" / "name" / "第二批 pages"
    _write_site(short)
    _write_site(deep)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    first = _run(short, tmp_path / "out1", "0", elsewhere)
    second = _run(deep, tmp_path / "out2", "1", elsewhere)
    third = _run(short, tmp_path / "out3", "1", elsewhere)

    # the run exercised what once differed: learned site chrome and article metadata
    assert first["rules"].get("boilerplate.site_repeat", 0) > 0
    assert len(first["rows"]) == len(TOPICS)
    assert all(r["meta"].get("published") for r in first["rows"])
    assert all(r["meta"].get("doc_number") for r in first["rows"])
    assert not any("当前位置" in r["text"] or "版权所有" in r["text"] for r in first["rows"])

    base = _comparable(first["rows"])
    assert _comparable(second["rows"]) == base
    assert _comparable(third["rows"]) == base
    assert second["rules"] == first["rules"] == third["rules"]


def test_file_name_title_ignores_colons_in_the_folders() -> None:
    """The file-name title (a last resort) is the file's, wherever it sits: a colon in a
    folder's name (a timestamped backup folder) once cut the path there."""
    from cleaner.stages.split_titles import file_title

    name = "关于调整渡口班次的通知"
    for folder in ("docs", "备份/2021-05-01T10:00", "a:b/c", "/abs/x:1"):
        assert file_title(f"{folder}/{name}.txt") == name
    assert file_title(f"批次:3/{name}.jsonl:12") == name  # a record's suffix still goes
    assert file_title(f"表/{name}.parquet:row4") == name
    assert file_title("关于甲事的通知:旧/12.txt") == ""  # a folder never names the page
