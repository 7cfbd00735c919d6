"""A site's one-line menu bar opened by its home link (real-page audit).

A page read alone (a crawl's text field, one page of a site in a batch) has no other
page of its site for the profile to learn the menu from: the bar ``首页　机构概况　政务公开
…`` stayed and became the page's title.  ``boilerplate.rule.generic.home_menu`` takes it
as the page's first line, whatever the channel names and the gap or bar between them (a
bar under a masthead is left to the site profile).
Our own invented pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.edits import Editor
from tests.stages.stage_runs import boil, plain_stage

TITLE = "关于2023年第三季度空气质量的通报"
P1 = "今年第三季度，全市环境空气质量优良天数比例为百分之九十二，同比上升三个百分点。"
P2 = "细颗粒物平均浓度为每立方米二十六微克，同比下降百分之七，臭氧浓度基本持平。"


@pytest.mark.parametrize(
    "menu",
    [
        "首页\u3000机构概况\u3000政务公开\u3000环境质量\u3000环评审批\u3000互动交流",
        "网站首页｜本馆概况｜展览资讯｜典藏精品｜学术研究｜参观服务",
        "首页 | 要闻 | 本地 | 视频 | 专题",
        "本站首页 · 学院概况 · 人才培养 · 科学研究 · 招生就业",
        "主页 新闻中心 通知公告 联系我们",
    ],
    ids=["ideographic-gaps", "full-width-bars", "spaced-bars", "middle-dots", "single-spaces"],
)
def test_a_home_opened_menu_bar_over_the_text_goes(menu: str) -> None:
    out = boil([menu, TITLE, P1, P2])
    assert menu not in out
    assert TITLE in out and P1 in out and P2 in out


@pytest.mark.parametrize(
    "line",
    [
        "首页改版方案",  # a heading that opens with the word
        "首页 设计规范",  # one name after it
        "首页\u3000第3版\u3000要闻",  # a newspaper's page label with a number
        "主页：个人简介　研究方向",  # a labelled row
        "首页 改版 方案说明。",  # a sentence mark
    ],
)
def test_look_alikes_over_the_text_stay(line: str) -> None:
    out = boil([line, TITLE, P1, P2])
    assert line in out


def test_a_menu_described_in_the_text_stays() -> None:
    """Below the first prose line the same words list the channels a text describes."""
    menu = "首页　机构概况　政务公开　互动交流"
    out = boil([TITLE, P1, menu, P2])
    assert menu in out


def test_a_bar_under_a_masthead_is_left_to_the_site_profile() -> None:
    """Not the first line: the rule leaves it (a site's head block is learned whole)."""
    menu = "首页\u3000机构概况\u3000政务公开\u3000互动交流"
    lines = ["某市生态环境局", menu, TITLE, P1, P2]
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    assert "boilerplate.rule.generic.home_menu" not in {c.rule for c in ed.changes}


def test_a_single_page_gets_its_own_title(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    pages = {
        "a.txt": ["首页\u3000学校概况\u3000教育教学\u3000招生就业\u3000联系我们", TITLE, P1, P2],
        "b.txt": ["网站首页｜消费警示｜投诉指南｜比较试验", "老码头改造完成　周末起向市民开放", P1],
    }
    for name, lines in pages.items():
        (src / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--quiet", "--no-dedup"])
    assert r.exit_code == 0, r.output
    arts = {
        Path(a["source"]).name: a
        for a in map(json.loads, (out / "articles.jsonl").read_text("utf-8").splitlines())
    }
    assert arts["a.txt"]["title"] == TITLE
    assert arts["b.txt"]["title"] == "老码头改造完成　周末起向市民开放"
    assert "学校概况" not in arts["a.txt"]["text"] and P2 in arts["a.txt"]["text"]
    changes = (out / "changes.jsonl").read_text("utf-8")
    assert "boilerplate.rule.generic.home_menu" in changes
