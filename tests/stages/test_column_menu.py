"""A menu printed one item a line at the head of a plain-text page read alone
(gap_nav.column_menu): a home link ('首页') and the short channel names under it, or a run
of names with a navigation word among them, are the page's chrome (recorded), never its
title; the page title's protection goes to the title under the menu, which the line
model then never deletes (it did when a rule took a chrome line of the menu next to it).

Look-alikes that stay: a short title right above the prose, a short title opening a list
of short lines, a table of contents, a list of short items inside the text.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.gap_nav import COLUMN_MENU, column_menu

BODY = [
    "5月12日上午，某某职业学院第十届运动会在田径场开幕，全院师生三千余人参加开幕式。",
    "院长在致辞中希望全体运动员赛出风格、赛出水平，展现新时代青年的精神风貌。",
    "本届运动会共设田径、球类和趣味项目三十余项，为期三天。",
]


def _run(lines: list[str]) -> tuple[list[tuple[str, str]], list[dict[str, object]]]:
    raw = RawInput("p.txt", ("\n".join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    arts = [(a.title, a.text) for a in res.articles]
    changes = [{"rule": c.rule, "action": c.action, "before": c.before} for c in res.changes]
    return arts, changes


MENUS = [
    # a school's menu with a chrome line a rule takes, a gap before the title
    (
        ["首页", "新闻中心", "通知公告", "学院概况", "师资队伍", "联系我们", ""],
        "某某职业学院举行第10届运动会",
    ),
    # a county portal's menu, no gap
    (["网站首页", "机构设置", "政务公开", "办事服务", "互动交流"], "县政府召开2024年第3次常务会议"),
    # a company's menu under its name, blank lines between the items
    (
        ["某某科技有限公司", "", "首页", "", "产品中心", "", "解决方案", "", "关于我们", ""],
        "我公司荣获2023年度创新企业称号",
    ),
    # a club's menu with no home link: five names, two of them navigation words
    (["社团动态", "活动风采", "会员风采", "关于我们", "联系我们"], "社团举办第5期读书沙龙"),
]


@pytest.mark.parametrize(("menu", "title"), MENUS)
def test_a_column_menu_is_chrome_and_the_title_stays(menu: list[str], title: str) -> None:
    arts, changes = _run([*menu, title, *BODY])
    assert len(arts) == 1, arts
    got_title, text = arts[0]
    # a site's name over the menu is left to the title stages (it may name the page)
    named = menu[0] == "某某科技有限公司"
    assert got_title == title or (named and got_title == menu[0]), arts
    assert title in text and all(b in text for b in BODY), text
    items = [m for m in menu if m and m != "某某科技有限公司"]
    assert not any(line in items for line in text.split("\n")), text
    gone = {c["before"].strip() for c in changes if c["action"] == "delete"}
    assert title not in gone
    menu_rules = {c["rule"] for c in changes if c["before"].strip() in items}
    assert COLUMN_MENU in menu_rules, changes


def test_the_title_next_to_a_chrome_line_is_not_deleted() -> None:
    # the line model took the title beside '联系我们' when '首页' held the protection
    page = ["首页", "新闻中心", "通知公告", "学院概况", "师资队伍", "联系我们", ""]
    arts, changes = _run([*page, "我校举行2023届毕业典礼", "", *BODY])
    assert arts[0][0] == "我校举行2023届毕业典礼"
    assert "我校举行2023届毕业典礼" in arts[0][1]
    assert not any(
        c["rule"].startswith("boilerplate.line_model")
        and "毕业典礼" in c["before"]
        and c["action"] == "delete"
        for c in changes
    )


@pytest.mark.parametrize(
    "under",
    [
        [],  # the prose right under it
        ["（2024年5月12日）"],  # a date row under it
        ["2024-05-12"],
        ["文/张明"],  # a short byline under it
    ],
)
def test_a_short_title_under_the_menu_is_no_menu_item(under: list[str]) -> None:
    arts, changes = _run(["首页", "新闻中心", "通知公告", "春季运动会", *under, *BODY])
    text = "\n".join(t for _, t in arts)
    assert "春季运动会" in text or arts[0][0] == "春季运动会", arts
    gone = {c["before"].strip() for c in changes if c["action"] == "delete"}
    assert "春季运动会" not in gone and "新闻中心" in gone, changes


@pytest.mark.parametrize(
    "lines",
    [
        # a short title opening a list of the text's short lines, a chrome word last
        ["运动会须知", "报名时间", "比赛项目", "注意事项", "联系我们", *BODY],
        # the same with a short name under the list
        ["运动会须知", "报名时间", "比赛项目", "注意事项", "联系我们", "电话咨询", *BODY],
        # a table of contents under a title
        ["某某学院学生手册", "目录", "第一章　总则", "第二章　学籍管理", "第三章　奖励", *BODY],
        # a list of short items inside the text
        [
            "运动会开幕",
            *BODY[:1],
            "首页",
            "田径项目",
            "球类项目",
            "趣味项目",
            *BODY[1:],
        ],
    ],
)
def test_look_alikes_keep_every_line(lines: list[str]) -> None:
    arts, _ = _run(lines)
    text = "\n".join(t for _, t in arts)
    titles = [t for t, _ in arts]
    for line in lines[:4]:
        assert line in text or line in titles, (line, arts)
    assert arts[0][0] == lines[0], arts


def test_reader_direct() -> None:
    page = ["首页", "新闻中心", "通知公告", "联系我们", "某校2023届典礼", "正文。"]
    assert column_menu(page) == [0, 1, 2, 3]
    assert column_menu(page, {3}) == [0, 1, 2]  # a rule's line is the rule's
    assert column_menu(["首页", "新闻中心", "通知公告", "联系我们"]) == []  # no prose
    # a home line lower than the head's first lines is no menu's opening
    far = ["某某学会", "第十届年会", "会议纪要", "首页", "新闻中心", "某校2023届典礼", "正文。"]
    assert column_menu(far) == []
    # no home line: one chrome word among short lines over a title is not enough
    one = ["某某学会", "第十届年会", "会议纪要", "联系我们", "某校2023届典礼", "正文。"]
    assert column_menu(one, {3}) == []
    assert column_menu(
        ["甲乙学会", "会员风采", "关于我们", "联系我们", "某会2023届年会", "正文。"]
    ) == [
        0,
        1,
        2,
        3,
    ]
