"""A link list whose rows are a series' part titles (review 19d #1).

Class: **a site's link-list heading (``相关文章``, ``推荐阅读`` ...) over rows that each read
as a piece header (``第一篇：…``, ``篇一：…``, ``【范文1】…``, ``作文三：…``) with no body under
any of them**: a run of headers with nothing between is a list of titles and goes with the
heading.  Look-alike: the same heading over headers that each have a prose body (a
compilation) stops at the first header, which stays (tests/stages/
test_related_list_stops_at_piece.py).  Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import boil

_BODY = [
    "山脚下的小镇每到周末就有集市，卖竹编的老人把篮子挂满了整面墙，价钱也很公道。",
    "镇上的石板路被雨水冲得发亮，沿街的茶馆里总有人慢慢喝茶、聊着一年的收成。",
]


@pytest.mark.parametrize(
    ("heading", "rows", "tail"),
    [
        (
            "相关文章",
            [
                "第一篇：竹编手艺入门（一）：选料",
                "第二篇：竹编手艺入门（二）：破篾",
                "第三篇：竹编手艺入门（三）：起底",
            ],
            [],
        ),
        (
            "推荐阅读",
            ["篇一：小镇集市见闻", "篇二：小镇茶馆见闻", "篇三：小镇石桥见闻"],
            ["上一篇：小镇集市（五）"],
        ),
        ("相关阅读：", ["【范文1】我眼中的小镇", "【范文2】小镇的清晨"], []),
        ("相關文章", ["作文一：家乡的集市", "", "作文二：家乡的茶馆"], ["下一篇：家鄉的石橋"]),
    ],
    ids=[
        "numbered-parts",
        "pian-rows-then-nav",
        "bracketed-colon-heading",
        "traditional-blank-gap",
    ],
)
def test_a_list_of_series_titles_goes_with_its_heading(
    heading: str, rows: list[str], tail: list[str]
) -> None:
    page = ["某某手艺网", *_BODY, heading, *rows, *tail]
    out = boil(page)
    assert _BODY[0] in out and _BODY[1] in out
    assert heading not in out
    for row in rows:
        if row:
            assert row not in out


def test_a_header_with_a_body_after_the_titles_still_stops_the_list() -> None:
    # titles first, then a compilation's piece whose header has a body: the piece stays
    page = [
        "某某范文站",
        "相关阅读",
        "篇一：小镇集市见闻",
        "篇二：小镇茶馆见闻",
        "篇三：竹编的篮子",
        _BODY[0],
    ]
    out = boil(page)
    assert "篇三：竹编的篮子" in out and _BODY[0] in out
    assert "相关阅读" not in out
