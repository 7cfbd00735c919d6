"""A row of label/value pairs over a single document's bare title is its metadata, not a
crumb trail and not its title (issue 12, generic layer; fix12r).

Two shapes of the row, each parted by a symbol a trail could use: the symbol between a
label and its value with pairs apart by a wide gap, or the symbol between pairs each a
short label, a space and a value.  The boilerplate stage leaves the row (it is no trail),
and the split stage reads it as the document's fields instead of taking it for the title.
Look-alikes that must keep their reading: a real trail of names, a trail with one spaced
name, a file card over a title, a row below the title.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.shape_lines import trail_line
from tests.stages.stage_runs import boil, repair, split

TITLE = "关于湖湾街道垃圾分类推进情况的小结"
BODY = [
    "今年以来，街道按照分类投放、分类收运的要求，在十四个小区设置了定时投放点。",
    "一、主要做法",
    "街道组织志愿者在投放点值守，居民的分类准确率逐月提高，混投现象明显减少。",
]
GAP_ROW = "整理科室 ⊸ 湖湾街道城管科\u3000校核日期 ⊸ 2022-11-14"
SPACED_ROW = "报送 2022-11-14 ┊ 科室 湖湾街道城管科 ┊ 经办 小组"


@pytest.mark.parametrize("row", [GAP_ROW, SPACED_ROW])
def test_a_row_of_label_value_pairs_is_no_trail(row: str) -> None:
    assert not trail_line(row)
    assert row in boil(["某某网", row, TITLE, *BODY])


@pytest.mark.parametrize(
    "trail", ["某某网 ⊸ 城管 ⊸ 通知", "首页 ⋄ 街道 动态 ⋄ 湖湾", "站点 ⊳ 栏目 ⊳ 正文"]
)
def test_trails_of_names_still_go(trail: str) -> None:
    assert trail_line(trail)
    assert trail not in boil([trail, TITLE, *BODY])


def test_a_spaced_row_parted_by_another_symbol_is_no_trail_either() -> None:
    assert not trail_line("报送 2022-11-14 ⋄ 科室 湖湾街道城管科 ⋄ 经办 小组")


@pytest.mark.parametrize("row", [GAP_ROW, SPACED_ROW])
def test_a_row_over_a_bare_title_is_read_as_metadata(row: str) -> None:
    (art,) = split([row, TITLE, *BODY])
    assert art.title == TITLE
    assert art.meta.get("published") == "2022-11-14"
    assert row not in art.text and TITLE in art.text


def test_a_file_card_over_a_title_stays_in_the_text() -> None:
    card = "资料种类：小结　格式：doc　大小：2MB　日期：2022-11-14"
    (art,) = split([card, TITLE, *BODY])
    assert art.title == TITLE and card in art.text


def test_a_title_with_its_own_row_below_keeps_the_row_above_in_the_page() -> None:
    below = "发布日期：2022-11-20"
    (art,) = split([GAP_ROW, TITLE, below, *BODY])
    assert art.meta.get("published") == "2022-11-20"


# -- repair: the gap between a label and its value in a row of bar-parted cells ----------

CELL_ROW = "【档案号 QA-WJ-20190093｜整理 青川县档案馆｜入库 2019-04-02】"


def test_a_label_value_gap_in_a_row_of_cells_is_kept() -> None:
    assert repair(f"{CELL_ROW}\n{BODY[0]}\n").strip() == f"{CELL_ROW}\n{BODY[0]}"


@pytest.mark.parametrize(
    "line,fixed",
    [
        # a longer run before the gap is no label: a word cut inside a cell is mended
        (
            "档案号 QA-WJ-20190093｜整理单位青川 县档案馆",
            "档案号 QA-WJ-20190093｜整理单位青川县档案馆",
        ),
        # a letter-spaced word in a cell is mended whole
        ("整 理 青川县档案馆｜档案号 QA-WJ-20190093", "整理青川县档案馆｜档案号 QA-WJ-20190093"),
        # no bars: a word cut in a sentence is still mended
        (
            "组织志愿者在投放点值 守，居民的分类准确率逐月提高。",
            "组织志愿者在投放点值守，居民的分类准确率逐月提高。",
        ),
    ],
)
def test_spaces_that_are_no_cell_gaps_are_still_mended(line: str, fixed: str) -> None:
    assert repair(f"{line}\n").strip() == fixed
