"""Item counters over the pieces of a list page (fixzc2): a marker line that only counts
the items ('◆ 2/3') numbers the pieces and names none; each piece's
title is the line below it.  Look-alikes stay as they were: a counter whose numbers skip
or whose totals differ, a marker carrying its own title.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.split_headers import item_counters
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import split

BODY = [
    "开放时间：2020年6月3日 09:00至17:00",
    "开放地点：青禾路以东的滨湖步道一带",
    "开放说明：步道护栏整修完成后恢复通行",
]


def _page(marks: list[str], titles: list[str]) -> list[str]:
    out = ["步道开放信息　本期若干条", ""]
    for k, (m, t) in enumerate(zip(marks, titles, strict=True), 1):
        out += [m, t, f"编号：QH20060{k}　｜　发布：2020-06-01", *BODY, ""]
    return out


TITLES = [
    "关于青禾湖东岸步道恢复开放的说明",
    "关于枫林谷栈道恢复开放的说明",
    "关于北坡观景台恢复开放的说明",
]


def test_counter_marks_take_the_title_from_the_line_below() -> None:
    arts = split(_page([f"▌第{k}件／共3件" for k in (1, 2, 3)], TITLES))
    assert [a.title for a in arts] == TITLES
    for a, t in zip(arts, TITLES, strict=True):  # the title line and the body are kept
        assert a.text.startswith(t) and all(b in a.text for b in BODY)
        assert "共3件" not in a.text


def test_slash_counters_read_the_same() -> None:
    assert item_counters(["1/3", "2/3", "3/3"])
    assert item_counters(["第4条／共6条", "第5条／共6条"])  # a list's later page


def test_counters_that_do_not_count_one_list_are_no_counters() -> None:
    assert not item_counters(["第1则／共3则", "第3则／共3则"])  # a number skipped
    assert not item_counters(["第1则／共3则", "第2则／共4则"])  # two totals
    assert not item_counters(["第3则／共2则", "第4则／共2则"])  # beyond the total
    assert not item_counters(["第1则 青禾湖", "第2则 枫林谷"])  # a title of its own
    assert not item_counters(["第1则／共3则"])


def test_tingdian_family_floor() -> None:
    f = family_figures("sealed_zc_tingdian")
    assert f["titles"] >= 0.60, f
