"""A gap-parted table cut by a printed page's mark stays one table (gap_tables): the rows
under the mark are kept with the rows over it (sweep22: a menu's rows after ``- 2 -`` were
deleted by the line model once its first rows were kept as a table)."""

from __future__ import annotations

import pytest

from cleaner.stages.gap_tables import table_rows

HEAD = "品名　　规格　　单价　　备注"


@pytest.mark.parametrize(
    "mark",
    [
        ["", "- 2 -", ""],  # a dashed number between blank lines
        ["第 2 页"],  # a worded page number, no blank line
        ["", "—3—"],  # a long-dash number after a blank line
        ["", "［4］", ""],  # a bracketed number
    ],
)
def test_rows_under_a_page_mark_stay_in_the_table(mark: list[str]) -> None:
    rows_over = ["红茶　　一盒　　45元　　新品", "绿茶　　一罐　　60元　　热销"]
    rows_under = ["白茶　　一饼　　120元　　限量", "花茶　　一袋　　18元　　家常"]
    page = ["店内茶叶价目", HEAD, *rows_over, *mark, *rows_under]
    found = table_rows(page)
    under = [page.index(r) for r in rows_under]
    assert set(under) <= found
    assert page.index(HEAD) in found


def test_a_mark_joins_only_rows_of_the_same_table() -> None:
    # rows under the mark with another cell count are no rows of the table over it
    page = [
        HEAD,
        "红茶　　一盒　　45元　　新品",
        "绿茶　　一罐　　60元　　热销",
        "",
        "- 2 -",
        "",
        "电话：1234567　　传真：7654321",
        "地址：某市某路1号　　邮编：100000",
    ]
    found = table_rows(page)
    assert found == {0, 1, 2}


def test_a_mark_opens_no_table_on_its_own() -> None:
    # a mark between two rows, no table over it: nothing is bridged into a table
    page = ["某某公司简介", "", "- 2 -", "", "甲　　乙　　丙", "丁　　戊　　己"]
    assert table_rows(page) == set()
