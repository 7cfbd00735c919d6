"""A decision's facts: a banner of bracketed cells over its title, its labelled rows.

Classes: **a banner of bracketed cells printed over a single document's title** (its
number and its date in cells of their own, its kind and its outcome in short word
cells: ``〖第12号〗〖2020.03.09〗〖某类〗〖某结论〗``) is the document's row of facts, not its
title; **a review panel's row naming roles** (``组长 / 主审员 / 参审员``): the 主审员
who drafts the decision is its author, the chair and the other members are not;
**a decision's own number and day** (``决定号``, ``决定日``) are its doc_number and
published, a patent's number beside them is no document's; **a row of labelled cells
no table names** (the parties) between rows that read is the block's, closed by a row
that reads through a later cell.  All text invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_meta import MetaParser

_P = MetaParser()


@pytest.mark.parametrize(
    ("row", "want"),
    [
        (
            "〖第12号〗〖2020.03.09〗〖发明〗〖维持有效〗",
            {"doc_number": "第12号", "published": "2020-03-09"},
        ),
        (
            "【第345号】　【2021-05-06】　【驳回】",
            {"doc_number": "第345号", "published": "2021-05-06"},
        ),
    ],
)
def test_a_banner_of_bracketed_cells_reads_its_number_and_date(
    row: str, want: dict[str, str]
) -> None:
    assert _P.shaped_row(row, near_title=True) == want


@pytest.mark.parametrize(
    "row",
    [
        "【通知】【公告】【2021-05-06】",  # tags and a date: no number
        "〖第3号〗〖2019.09.14〗〖请于本月底前提交全部材料〗",  # a sentence in a cell
    ],
)
def test_a_row_of_tags_is_no_banner(row: str) -> None:
    got = _P.shaped_row(row, near_title=True) or {}
    assert "doc_number" not in got


def test_the_banner_over_the_title_is_no_title() -> None:
    lines = [
        "〖第12号〗〖2020.03.09〗〖发明〗〖维持有效〗",
        "“一种折叠雨伞”发明专利权无效宣告请求审查决定",
        "【决定要点】",
        "判断技术方案是否显而易见，应当从整体上考虑。",
    ]
    got = _P.meta_block(lines, list(range(len(lines))))
    assert got and got[0][0] == [0], got
    assert got[0][1] == {"doc_number": "第12号", "published": "2020-03-09"}


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("主审员", "author"),
        ("主审查员", "author"),
        ("决定号", "doc_number"),
        ("决定日", "published"),
    ],
)
def test_a_decisions_labels(label: str, field: str) -> None:
    assert _P.field_of(label) == field


@pytest.mark.parametrize("label", ["参审员", "合议组组长", "专利号", "截止日", "生日"])
def test_labels_that_are_not_the_decisions(label: str) -> None:
    assert _P.field_of(label) not in ("author", "doc_number", "published")


def test_the_facts_under_the_title_read_as_one_block() -> None:
    lines = [
        "“一种折叠雨伞”发明专利权无效宣告请求审查决定",
        "决定号：第12号　　决定日：2020-03-09",
        "专利号：ZL201500000000.1　　专利类型：发明",
        "无效宣告请求人：某甲　　专利权人：某某伞业有限公司",
        "合议组组长：某乙　　主审员：某丙　　参审员：某丁",
        "【决定要点】",
        "判断技术方案是否显而易见，应当从整体上考虑。",
    ]
    got = _P.meta_block(lines, list(range(len(lines))), headed=True, lead=0)
    taken = [i for r in got for i in r[0]]
    fields: dict[str, str] = {}
    for r in got:
        fields |= {k: v for k, v in r[1].items() if k not in fields}
    assert taken == [1, 2, 3, 4], got
    assert fields["author"] == "某丙" and fields["doc_number"] == "第12号", fields
    assert fields["published"] == "2020-03-09"
