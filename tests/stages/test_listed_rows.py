"""Rows under a title that repeat one row's labels for each entry (a defence schedule,
a roster of speakers, a list of hosts) are the page's content, not its header
(``split_listed_rows``): none is deleted as metadata, nor read as the page's author.
A single such row under the title stays the header (the look-alike)."""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import split

TAIL = "请各位同学提前二十分钟到达会场，做好准备工作，评审专家请按时出席并准备好评分表格。"


@pytest.mark.parametrize(
    "rows",
    [
        [
            "答辩人：甲某某　指导老师：乙某　论文题目：某流域水质评价",
            "答辩人：丙某　指导老师：丁某　论文题目：某县产业结构分析",
        ],
        [
            "答辯人：甲某 | 題目：某城老街保護",
            "答辯人：丙某 | 題目：某港物流研究",
            "答辯人：戊某 | 題目：某村水利史",
        ],
        ["作者：甲某　篇名：春日", "作者：丙某　篇名：秋夜"],
        ["主持人：甲某　时段：上午", "主持人：丙某　时段：下午"],
    ],
)
def test_a_roster_under_the_title_stays_text(rows: list[str]) -> None:
    arts = split(["某某学院本周安排", "", *rows, TAIL])
    assert len(arts) == 1
    for row in rows:
        assert row in arts[0].text
    assert "author" not in arts[0].meta


def test_one_row_under_the_title_is_its_header() -> None:
    arts = split(["某某学院答辩公告", "", "答辩人：甲某某　｜　发布：2022-04-05", TAIL])
    assert arts[0].meta.get("author") == "甲某某"
    assert "答辩人：" not in arts[0].text
