"""Fixes for what set ya's filing notices left (fixya1), each mechanism as a small case in
wordings of its own, with look-alikes that stay:

* a row of two or more ``label：value`` cells parted by a bar or a wide gap is a whole
  line: the page-break join never glues the next line (a label's paragraph) onto it,
  however many such rows make the page look hard-wrapped.

Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import repair

# ---- a labelled cell row is a whole line

ROWS = [
    # a bar spaced by ideographic spaces, the last value a list ending in a Han letter
    (
        "编号：青文备〔2021〕第{n:02d}号　｜　承办单位：北岭文化有限公司"
        "　｜　举办地：青石镇、白水乡",
        "简介：",
    ),
    # an unspaced ASCII bar, half-width colons
    (
        "登记号:QZ-2020-{n}|主办方:东湖区书画艺术研究协会"
        "|场地:湖滨公园南门、北岸文化长廊、西湖美术馆",
        "展览说明:",
    ),
    # cells apart by a wide gap, no bar at all
    (
        "批次：第{n}批　　　申报单位：南江县第一实验学校教育集团"
        "　　　项目地：北岭乡、南江镇、白石街道",
        "项目概述：",
    ),
    # a '丨' bar and another layout of labels
    (
        "证号：甲-{n}丨主管部门：南江县农业农村局种植业管理股丨种植地：白沙村、东坪村、西坡村",
        "主要内容：",
    ),
]
BODY = [
    "一群年轻人回到山村，在困难面前互相扶持，最终把荒坡变成了果园。",
    "几位老人在社区里办起了读书会，吸引了越来越多的邻居加入进来。",
    "一位乡村教师坚持二十年，带出了一届又一届走出大山的学生。",
    "一对姐妹接手了家里的小作坊，在传统手艺中找到了新的出路。",
]


@pytest.mark.parametrize(("row", "label"), ROWS)
def test_a_row_of_labelled_cells_is_never_glued_to_the_next_labelled_line(
    row: str, label: str
) -> None:
    parts = []
    for n, body in enumerate(BODY):
        parts.append(f"《作品{n}》\n{row.format(n=n + 1)}\n{label}{body}")
    text = "\n\n".join(parts) + "\n"
    out = repair(text).replace(":", "：")  # (the repair widens a colon between Han letters)
    for n, body in enumerate(BODY):
        assert f"{row.format(n=n + 1)}\n{label}{body}".replace(":", "：") in out


def test_a_sentence_cut_by_a_page_mark_under_cell_rows_is_still_joined() -> None:
    row = ROWS[0][0]
    cut_a = "在众人的帮助下，主人公终于找到了属于自己的道路，全剧讲述了一"
    cut_b = "个关于坚守和成长的故事，计划周期为六十天。"
    text = (
        f"{row.format(n=1)}\n简介：{BODY[0]}\n{cut_a}\n\n- 2 -\n\n{cut_b}\n\n"
        f"{row.format(n=2)}\n简介：{BODY[1]}\n"
    )
    out = repair(text)
    assert cut_a + cut_b in out  # the look-alike: a prose line cut mid-word is joined
    assert f"{row.format(n=2)}\n简介：" in out
