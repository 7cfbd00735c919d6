"""Rows of cells over each piece's title stay for the split although the site's profile
learned their shape (cell_head_rows.py).  Invented wording throughout."""

from __future__ import annotations

from cleaner.stages.cell_head_rows import cell_head_rows

PROSE = [
    "河堤上的柳树一夜之间发了新芽，早起散步的人都停下来看，说今年春天来得早。",
    "码头的货船排成一列，工人们从清晨忙到傍晚，把一箱箱橘子搬上岸。",
    "图书馆延长了周末的开放时间，借书的队伍一直排到了门外的台阶上。",
    "山里的小学新修了操场，孩子们第一次在塑胶跑道上比赛，笑声传得很远。",
]


def _page(rows: list[str], titles: list[str]) -> list[str]:
    out: list[str] = []
    for row, title, prose in zip(rows, titles, PROSE, strict=False):
        out += [row, title, prose, ""]
    return out


def test_variants_are_kept() -> None:
    # half-width bars, a Han date; a broken bar and slashed dates with four cells; a
    # fullwidth bar with a blank line between row and title
    a = _page(
        ["甲类 | 2021年3月4日 | 东区", "乙类 | 2021年3月9日 | 西区"], ["柳树发芽", "货船靠岸"]
    )
    b = _page(
        [
            "No.7 ¦ 2019/07/08 ¦ 晴 ¦ 北站",
            "No.8 ¦ 2019/07/11 ¦ 雨 ¦ 南站",
            "No.9 ¦ 2019/07/15 ¦ 阴 ¦ 东站",
        ],
        ["图书馆开门", "操场启用", "柳树发芽"],
    )
    c = ["T1　｜　2022-10-01 08:00　｜　三号线", "", "地铁延时", PROSE[0], ""]
    c += ["T2　｜　2022-10-03 21:30　｜　五号线", "", "公交加班", PROSE[1]]
    assert cell_head_rows(a, {0, 4}) == {0, 4}
    assert cell_head_rows(b, {0, 4, 8}) == {0, 4, 8}
    assert cell_head_rows(c, {0, 5}) == {0, 5}


def test_look_alikes_stay_the_sites() -> None:
    menu = _page(["首页 | 新闻 | 关于", "首页 | 图片 | 联系"], ["柳树发芽", "货船靠岸"])  # no date
    footer = [*PROSE, "主办 | 2020-01-01 | 某市文化馆", "", "协办 | 2020-02-02 | 某区图书馆"]
    once = _page(["甲类 | 2021年3月4日 | 东区"], ["柳树发芽"])
    same = _page(
        ["甲类 | 2021年3月4日 | 东区", "甲类 | 2021年3月4日 | 东区"], ["柳树发芽", "货船靠岸"]
    )
    assert cell_head_rows(menu, {0, 4}) == set()
    assert cell_head_rows(footer, {4, 6}) == set()
    assert cell_head_rows(once, {0}) == set()
    assert cell_head_rows(same, {0, 4}) == set()
    # a row not learned by the site is not this module's to keep
    assert (
        cell_head_rows(_page(["甲 | 2021-03-04 | 东", "乙 | 2021-03-09 | 西"], ["A题", "B题"]), {0})
        == set()
    )
