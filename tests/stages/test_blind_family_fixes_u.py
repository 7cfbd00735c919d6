"""Fixes for the structure the eighth blind set (sealed_i_*) left (issue 12, fix12u):
titles, article counts and metadata, each kind as a small case in wordings of its own,
with look-alikes that stay:

* a crumb trail drawn with a pointing glyph no rule lists (``甲馆 ⇝ 乙类 ⇝ 丙``) above a
  single page's title is navigation: the title is the line below it; two items, or a
  glyph that does not point, are no trail;
* a run of bracketed labels (``【编号】X【发布】Y``) is a row of cells parted by its
  brackets, so a verb label over a date reads as the publish date;
* ``∣`` parts a row's cells like ``|``; a ``；``-parted row keeps one short bare word
  among labelled cells (a repair glued a label to its value); prose parted by
  semicolons stays prose;
* a compilation's headers opened by any bracket before the number (``❮2❯ 名称``) or
  counted by capital letters (``B. 名称``) split it; options ``A.``/``B.`` with nothing
  between and English after a letter do not;
* ``第2则·标题`` is a numbered header;
* a definition list whose colons stand on lines of their own (label / ``：`` / value) is
  the metadata block; short lines without the colons stay text;
* a row of pictograph facts (``💰 …　📍 …``) over a row that reads is one metadata block;
  alone it is no block.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_cells import cell_row, icon_row
from cleaner.stages.split_headers import numbered_line
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_titles_lines import nav_line
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

P1 = "这件器物的来历很曲折，最早见于一位老乡绅的账簿，后来辗转几家店铺才落到馆里，修复时补了缺口。"
P2 = "馆员在整理旧档时发现了当年的收据，上面写着成交的价钱和经手人的名字，字迹有些模糊了。"
P3 = "展出以后来看的人很多，有人专程从外地赶来，说小时候在外婆家见过一模一样的东西，一直念念不忘。"

_FIELDS = MetaParser().field_of


# ---- trails drawn with a pointing glyph


def test_a_trail_drawn_with_an_unlisted_pointing_glyph_is_navigation() -> None:
    assert nav_line("甲馆 ⇝ 乙类 ⇝ 丙")
    assert nav_line("书评 ⤷ 散文 ⤷ 某书 ⤷ 正文")
    assert nav_line("首页 ▸ 专题 ▸ 正文")  # a triangle pointing on
    assert not nav_line("甲 ▸ 乙 ► 丙")  # not one glyph throughout
    assert not nav_line("甲馆 ⇝ 乙类")  # two items: a pair, not a trail
    assert not nav_line("甲 ◇ 乙 ◇ 丙")  # a diamond does not point on
    assert not nav_line("收入 ⇝ 支出，再 ⇝ 结余")  # a clause mark: prose


def test_a_single_pages_title_is_the_line_below_its_trail() -> None:
    arts = split(["甲馆 ⇝ 乙类 ⇝ 丙", "一只旧铜壶", P1, P2, P3])
    assert len(arts) == 1 and arts[0].title == "一只旧铜壶"


# ---- rows of cells


def test_a_run_of_bracketed_labels_reads_as_cells() -> None:
    assert cell_row("【发布】2019.04.07【状态】在库", _FIELDS) == {"published": "2019-04-07"}
    row = cell_row("【登记号】QX-AB-0412【品类】杂项【发布】2019.04.07", _FIELDS)
    assert row is not None and row.get("doc_number") == "QX-AB-0412"
    assert row.get("published") == "2019-04-07"
    # one bracketed label alone is a note, not a row
    assert cell_row("【提示】2019.04.07", _FIELDS) is None


def test_a_divides_bar_parts_cells_and_a_glued_label_stays_in_a_row() -> None:
    row = cell_row("QX-AB-0412 ∣ 清 ∣ 2019.4.7", _FIELDS)
    assert row == {"doc_number": "QX-AB-0412", "published": "2019-04-07"}
    assert cell_row("QX-AB-0412 ❘ 清 ❘ 2019.4.7", _FIELDS) == row
    glued = cell_row("编号 QX-AB-0412；品类杂项；发布 2019-04-07", _FIELDS)
    assert glued == {"doc_number": "QX-AB-0412", "published": "2019-04-07"}
    # prose parted by semicolons: no labels, nothing read
    assert cell_row("我们在2019-04-07出发；他们随后赶到；大家很高兴", _FIELDS) is None


def test_a_row_of_pictograph_facts_joins_the_row_below_it() -> None:
    assert icon_row("💵 6-9K　🏠 某市·东区　📚 本科")
    assert not icon_row("💵 6-9K　某市")
    arts = split(
        [
            "甲站 ⇝ 乙城 ⇝ 详情",
            "仓库管理员",
            "💵 6-9K　🏠 某市·东区　📚 本科",
            "某某物流有限公司　|　发布于 2019年4月7日",
            P1,
            P2,
        ]
    )
    assert len(arts) == 1 and arts[0].title == "仓库管理员"
    assert arts[0].meta.get("issuer") == "某某物流有限公司"
    assert arts[0].meta.get("published") == "2019-04-07"
    assert "💵" not in arts[0].text
    # a pictograph row over prose is no block: it stays in the text
    alone = split(["仓库管理员", "💵 6-9K　🏠 某市·东区　📚 本科", P1, P2])
    assert len(alone) == 1 and "💵 6-9K" in alone[0].text


def test_a_definition_list_with_lone_colons_is_the_metadata_block() -> None:
    head = [
        "书友 ⇝ 散文 ⇝ 正文",
        "雨天的信",
        "读者",
        "：",
        "阿禾",
        "发表于",
        "：",
        "2019-04-07 10:12",
    ]
    arts = split([*head, P1, P2])
    assert len(arts) == 1 and arts[0].title == "雨天的信"
    assert arts[0].meta.get("published") == "2019-04-07"
    assert "阿禾" not in arts[0].text and P1 in arts[0].text
    # a poem's short lines with no colon between them stay text
    poem = split(["雨天的信", "读者", "阿禾", "发表于", "清晨", P1, P2])
    assert "阿禾" in poem[0].text


# ---- compilation headers


def _compilation(heads: list[str], rows: list[str]) -> list[str]:
    lines = ["馆藏专题（第三辑）"]
    for head, row in zip(heads, rows, strict=True):
        lines += [head, row, P1, P2]
    return [*lines, "版权所有"]


def test_headers_opened_by_any_bracket_split_a_compilation() -> None:
    assert numbered_line("❰2❱ 一只旧铜壶")
    heads = ["❰1❱ 一只旧铜壶", "❰2❱ 青花小碗", "❰3❱ 竹节笔筒"]
    rows = [
        "QX-AB-0412 ∣ 清 ∣ 2019.4.7",
        "QX-AB-0413 ∣ 明 ∣ 2019.5.7",
        "QX-AB-0414 ∣ 元 ∣ 2019.6.7",
    ]
    arts = split(_compilation(heads, rows))
    assert [a.title for a in arts] == ["一只旧铜壶", "青花小碗", "竹节笔筒"]
    assert arts[1].meta.get("doc_number") == "QX-AB-0413"


def test_capital_letters_count_a_compilations_headers() -> None:
    heads = ["A. 一只旧铜壶", "B. 青花小碗", "C. 竹节笔筒"]
    rows = [
        "编号 QX-AB-0412；品类 杂项；发布 2019-04-07",
        "编号 QX-AB-0413；品类 瓷器；发布 2019-05-07",
        "编号 QX-AB-0414；品类 竹木；发布 2019-06-07",
    ]
    arts = split(_compilation(heads, rows))
    assert [a.title for a in arts] == ["一只旧铜壶", "青花小碗", "竹节笔筒"]
    assert arts[2].meta.get("published") == "2019-06-07"


@pytest.mark.parametrize(
    "lines",
    [
        # a question's options: letters with nothing between them
        ["下列哪一件是瓷器？", "A. 铜壶", "B. 青花小碗", "C. 竹节笔筒", "D. 木箱", P1, P2],
        # English after the letters
        ["Notes", "A. apple tree", P1, "B. pear tree", P2, "C. plum tree", P3],
    ],
)
def test_letters_that_are_no_headers_do_not_split(lines: list[str]) -> None:
    assert len(split(lines)) == 1


def test_a_middle_dot_after_the_count_word_is_a_header() -> None:
    lines = ["本周书评"]
    for n, t in enumerate(["雨天的信", "河边的人", "远方来客"], 1):
        lines += [f"第{n}则·{t}", P1, P2]
    assert [a.title for a in split(lines)] == ["雨天的信", "河边的人", "远方来客"]


# ---- the families (before this fix, per family: titles .733/0/.40/.733, counts
# 1.0/.5/1.0/1.0, metadata .68/0/1.0/.733 on bangzhu/cangpin/shuping/zhaopin; what is left
# is chrome: the trails, the tag lines, the bars, fix12v's side)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("sealed_i_bangzhu", {"titles": 0.99, "counts": 0.99, "metadata": 0.99}),
        ("sealed_i_cangpin", {"titles": 0.99, "counts": 0.99, "metadata": 0.99}),
        ("sealed_i_shuping", {"titles": 0.99, "counts": 0.99, "metadata": 0.99}),
        ("sealed_i_zhaopin", {"titles": 0.99, "counts": 0.99, "metadata": 0.99}),
    ],
)
def test_blind_family_u_figures(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor)
