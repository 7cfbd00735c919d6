"""A table of data the text sets among its paragraphs is the text's, whatever its class
names: a canteen prints its week's dishes in ``<table class="menu">``, a depot its
timetable in ``<table class="nav-times">``, and the whole table went as navigation (and
the paragraphs under it with it, as outside the main block).  A table that leads
elsewhere (a link in a cell), a one-row bar, or a table not set between paragraphs stays
chrome by its name.

Every word is invented."""

from __future__ import annotations

import pytest

from cleaner.ingest.html import extract

LEAD = "本周根据学生反馈调整了部分菜品，坚持营养均衡、荤素搭配的原则，请家长和同学们一起监督。"
AFTER = "营养说明：本周每餐蔬菜供应量不少于一百五十克，欢迎家长提出意见和建议，谢谢大家的支持。"


def page(table: str, *, lead: str = LEAD, after: str = AFTER) -> str:
    before = f"<p>{lead}</p>" if lead else "<div>　</div>"
    below = f"<p>{after}</p>" if after else "<div>联系电话：一二三四五六七</div>"
    return (
        "<html><head><title>第三周午餐安排-后勤-某某学校</title></head><body>"
        "<div class='nav'><a href='/'>学校首页</a> | <a href='/a'>学校概况</a> | "
        "<a href='/b'>后勤服务</a> | <a href='/c'>家校共育</a></div>"
        f"<h1>第三周午餐安排</h1>{before}{table}{below}"
        "<p>版权所有：某某学校　地址：某某路十号</p></body></html>"
    )


def rows(cells: list[list[str]], head: list[str] | None = None) -> str:
    out = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>" if head else ""
    for r in cells:
        out += "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
    return out


DISHES = [
    ["周一", "杂粮饭", "清炒时蔬、红烧豆腐", "冬瓜汤"],
    ["周二", "花卷", "番茄炒蛋、土豆丝", "紫菜汤"],
    ["周三", "米饭", "糖醋排骨、炒青菜", "萝卜汤"],
]
TIMES = [
    ["一号线", "六点半", "二十二点"],
    ["二号线", "七点整", "二十一点半"],
]


@pytest.mark.parametrize(
    ("cls", "cells", "head"),
    [
        ("menu", DISHES, ["日期", "主食", "菜品", "汤品"]),
        ("nav-times", TIMES, ["线路", "首班", "末班"]),
        ("sidebar-table", DISHES, None),
    ],
)
def test_a_data_table_between_paragraphs_is_kept(
    cls: str, cells: list[list[str]], head: list[str] | None
) -> None:
    e = extract(page(f"<table class='{cls}'>{rows(cells, head)}</table>"))
    for r in cells:
        assert r[1] in e.body
    assert AFTER in e.body  # the text under the table stays in the main block
    assert "学校概况" not in e.body  # the site's own menu is still chrome


def test_a_link_table_between_paragraphs_is_still_chrome() -> None:
    linked = [
        [f"<a href='/x{i}'>{r[0]}</a>", f"<a href='/y{i}'>{r[1]}</a>"] for i, r in enumerate(DISHES)
    ]
    e = extract(page(f"<table class='menu'>{rows(linked)}</table>"))
    assert "杂粮饭" not in e.body
    assert LEAD in e.body


def test_a_one_row_bar_is_still_chrome() -> None:
    e = extract(page("<table class='toolbar'><tr><td>打印本页</td><td>关闭窗口</td></tr></table>"))
    assert "打印本页" not in e.body
    assert LEAD in e.body


def test_a_named_table_not_set_between_paragraphs_is_still_chrome() -> None:
    # a div, not a paragraph, follows it
    e = extract(page(f"<table class='menu'>{rows(DISHES)}</table>", after=""))
    assert "杂粮饭" not in e.body
    assert LEAD in e.body
