"""A row of labelled cells closing each piece of a compilation, one a date
(:mod:`cleaner.stages.split_dated_cells`).

Class: **a closing row of two or more labelled cells apart by a bar or a wide gap, the
unit that handled the piece and the day it was done, under site-specific labels**.  The
row is the piece's metadata (issuer and origin, publish date), not its text.  Variants
differ in the labels, the separator and the date's writing; the look-alikes stay text:
a row with no date, a row with a cell whose label names no field.  Every word is
invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import split
from tests.stages.test_split_offset import BODIES, TITLES

_UNITS = ["城西服务站", "北湖服务站", "南岭服务站"]
#: a piece's later paragraphs: a closing row is read under a body of some length
_MORE = [
    "居民们说，这样的变化就发生在身边，看得见也摸得着。",
    "编辑部欢迎大家继续来稿，讲讲自己身边的故事。",
]


def _page(row: str) -> list[str]:
    out = ["城南社区通讯　第九期", "本期刊登居民来稿3篇，文责自负。", ""]
    for n, (title, body, unit) in enumerate(zip(TITLES, BODIES, _UNITS, strict=True)):
        out += [f"No.{n + 1}　{title}", *body, *_MORE, row.format(unit=unit, d=n + 3), ""]
    return out


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("承办单位：{unit}　｜　办结时间：2021/4/{d}", "2021-04-0{d}"),
        ("受理机构：{unit}　　完成于：2022-05-0{d}", "2022-05-0{d}"),
        ("经手单位：{unit} | 归档：2019年6月{d}日", "2019-06-0{d}"),
    ],
    ids=["bar-slashes", "wide-gap-dashes", "ascii-bar-han-date"],
)
def test_a_closing_row_of_dated_cells_is_each_piece_s_metadata(row: str, day: str) -> None:
    arts = split(_page(row))
    assert [a.title for a in arts] == TITLES
    for n, (art, unit) in enumerate(zip(arts, _UNITS, strict=True)):
        assert art.meta.get("published") == day.format(d=n + 3), art.meta
        assert art.meta.get("origin") == unit
        assert unit not in art.text  # the row went to the metadata
        assert BODIES[n][1] in art.text


@pytest.mark.parametrize(
    "row",
    ["承办单位：{unit}　｜　满意度：很高", "联系人：{unit}　｜　办结时间：2021/4/{d}"],
    ids=["no-date", "unknown-label"],
)
def test_look_alike_rows_stay_text(row: str) -> None:
    arts = split(_page(row))
    assert len(arts) == 3
    for art, unit in zip(arts, _UNITS, strict=True):
        assert unit in art.text, art.text
        assert "published" not in art.meta or "2021-04" not in art.meta["published"]
