"""A link list over a compilation's first piece header (review 19c #8).

Class: **a site's link-list heading (``相关阅读``, ``热门推荐``, ``猜你喜欢`` ...) directly
over, or a few link titles over, the header of the compilation's first piece that names
the kind of piece with its number**: the list stops at that header, which stays for the
split stage.  Look-alike: short numbered link titles (``1、…``) under the heading are
still the list's and go.  Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import boil

_BODY = [
    "清晨的菜市场最热闹，卖菜的阿姨一边吆喝一边把青菜码得整整齐齐，买菜的人来来往往。",
    "傍晚的公园里，老人们在树下下棋，孩子们追着泡泡跑，湖面上倒映着一片晚霞。",
]


@pytest.mark.parametrize(
    ("heading", "links", "header"),
    [
        ("热门推荐", [], "第一篇：热闹的菜市场"),
        ("相关阅读", ["秋天的校园作文三百字…", "一次难忘的春游…"], "【范文1】热闹的菜市场"),
        ("猜你喜欢", ["关于读书的名人名言…"], "篇1 热闹的菜市场"),
        ("推荐阅读：", [], "作文一：热闹的菜市场"),
    ],
    ids=["bare-heading", "links-then-bracketed", "links-then-digit", "colon-heading"],
)
def test_the_link_list_stops_at_a_piece_header(heading: str, links: list[str], header: str) -> None:
    second = header.replace("一", "二").replace("1", "2").replace("热闹的菜市场", "傍晚的公园")
    page = ["某某范文站", heading, *links, header, _BODY[0], second, _BODY[1]]
    out = boil(page)
    assert header in out and second in out
    assert heading not in out
    for link in links:
        assert link not in out


def test_numbered_link_titles_still_go() -> None:
    page = ["某某范文站", "相关阅读", "1、秋天的校园", "2、一次春游", "3、我的小猫", *_BODY]
    out = boil(page)
    assert "秋天的校园" not in out and "我的小猫" not in out
    assert _BODY[0] in out
