"""A headerless piece's title chosen by the shape of its first lines (issue 12, fix12title:
cleaner/stages/title_shape.py): a row, a number, a crumb, a link, a banner, a lead
sentence or an over-long line over a heading is never the title; look-alikes stay.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_meta import MetaParser
from cleaner.stages.title_shape import NEVER_TITLE, line_shape, title_line
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

P1 = "这片果园在山坡的南面，春天开花的时候，整座山都是白的，蜜蜂从早到晚嗡嗡地飞。"
P2 = "看园的老人说，果树要修枝才结得好，剪下的枝条捆起来，冬天正好拿去烧火取暖。"
T = "青石镇关于整修河堤的公示"
M = MetaParser()


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("（2020）某0102民初569号", "number_row"),
        ("〔2021〕3号", "number_row"),
        ("2018年第24期", "number_row"),
        ("总第356期", "number_row"),
        ("2021-03-09 16:20　青石镇气象站", "date_row"),
        ("2021年3月9日", "date_row"),
        ("类别标记：A", "label_row"),
        ("所属栏目：通知公告", "label_row"),
        ("首页 > 通知公告 > 正文", "breadcrumb"),
        ("https://qingshi.example.cn/a/1.html", "url"),
        ("www.qingshi-example.cn", "url"),
        ("[2021-03-09]", "date_row"),
        ("16:20　青石镇农业站", "date_row"),
        ("2021-03-09 星期二 晴", "date_row"),
        ("No.24", "number_row"),
        ("作者：王某某", "label_row"),  # a credit word (headers.toml [foot_row])
        ("关键词：河堤 整修", "label_row"),
        ("【字号：大 中 小】", "label_row"),
        ("转发到：", "label_row"),
        ("This release fixes a number of issues reported by users.", "sentence"),
        ("青石镇文件汇编（第3-5篇）", "banner"),
        ("本文转自青石镇公众号，仅供参考。", "sentence"),
        ("青" * 70, "long"),
        # look-alikes: a title's shape
        (T, "heading"),
        ("2021年3月9日青石镇会议纪要", "heading"),  # a date opening a title, no gap
        ("青石镇文件汇编", "heading"),  # a compilation's name without a count
        ("专访：青石镇的老园丁", "other"),  # a headline's colon, no field label
        ("一、总体要求", "section"),
        ("Notes From The Slope.", "heading"),  # a Latin headline's full stop, few words
        ("Vol. 24 of the green stone almanac", "heading"),
        ("Orchard Notes From The Southern Slope", "heading"),
    ],
)
def test_line_shapes(line: str, shape: str) -> None:
    assert line_shape(line, M.doc_number, M.field_of) == shape


@pytest.mark.parametrize(
    "lead",
    [
        ["本文转自青石镇公众号，仅供参考。"],
        ["https://qingshi.example.cn/a/1.html", "2021-03-09"],
        ["青石镇文件汇编（第3-5篇）"],
        ["所属栏目：通知公告"],
        ["青" * 70],
        ["（2020）某0102民初569号"],
        ["2021-03-09 16:20　青石镇气象站"],
        ["2018年第24期", "类别标记：A"],
        ["[2021-03-09]"],
        ["作者：王某某"],
        ["转发到："],
        ["This release fixes a number of issues reported by users."],
    ],
)
def test_title_below_rows_of_other_shapes(lead: list[str]) -> None:
    arts = split([*lead, T, P1, P2])
    assert [a.title for a in arts] == [T]


@pytest.mark.parametrize(
    "lead",
    [
        "本文转自青石镇公众号，仅供参考。",
        "https://qingshi.example.cn/a/1.html",
        "青石镇文件汇编（第3-5篇）",
        "青" * 70,
    ],
)
def test_passed_over_lines_stay_text(lead: str) -> None:
    (art,) = split([lead, T, P1, P2])
    assert art.title == T and art.text.startswith(lead + "\n" + T)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["他说明天就到。", P1, P2], "他说明天就到。"),  # nothing heading-shaped below
        # clauses closed by a full stop, nothing heading-shaped below: no title at all, the
        # line kept as text (title_choice.title_from_body, sentitle)
        (["本文转自青石镇公众号，仅供参考。", "一、总体要求", P1], ""),
        (["本文转自青石镇公众号。", "第二句话也是正文。", T, P1], "本文转自青石镇公众号。"),
        (["专访：青石镇的老园丁", P1, P2], "专访：青石镇的老园丁"),
        (["2021年3月9日青石镇会议纪要", P1, P2], "2021年3月9日青石镇会议纪要"),
        (["青石镇文件汇编", T, P1], "青石镇文件汇编"),
    ],
)
def test_look_alikes_stay_titles(lines: list[str], title: str) -> None:
    assert [a.title for a in split(lines)] == [title]


def test_declared_title_wins_whatever_its_shape() -> None:
    lines = ["一个很长的标题，" + "青" * 70, "4个回答", P1]
    assert title_line(lines, 0, declared=(lines[0],)) == 0
    assert title_line(lines, 0) == 1  # undeclared: too long for a title


def test_never_title_shapes_are_named() -> None:
    assert {"sentence", "url", "banner", "label_row", "number_row"} <= NEVER_TITLE


@pytest.mark.parametrize("name", ["sealed_r_kuaixun", "sealed_s_jiage", "sealed_t_kaiting"])
def test_families_keep_their_titles(name: str) -> None:
    assert family_figures(name)["titles"] >= 0.95


def test_a_flattened_table_row_is_no_heading_under_a_long_record_line() -> None:
    # a scraped record of fields joined by '~' over a cell row of the same table: the
    # page has no heading, so the first line stays where the title is looked for
    record = "@品名~青瓷小碗~口径~12厘米~产地~龙泉~年代~清~" * 3
    lines = [record, "~底径~版式甲 120×80毫米  版式乙", "序号", "名称"]
    assert line_shape(lines[1]) == "other"
    assert title_line(lines) == 0
    assert line_shape("青瓷小碗的来历") == "heading"
