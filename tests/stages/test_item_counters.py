"""Item counters over the pieces of a list page (fixzc2): a marker line that only counts
the items ('◆ 2/3') numbers the pieces and names none; each piece's
title is the line below it.  Look-alikes stay as they were: a counter whose numbers skip
or whose totals differ, a marker carrying its own title.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.paragraph_joins import field_run_end
from cleaner.stages.split_headers import item_counters
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import repair, split

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
    assert f["titles"] >= 0.75 and f["content_f1"] >= 0.91, f


FOOT = "关注青禾湖管理处公众号，步道消息早知道"


def test_a_run_of_field_rows_is_not_joined_across_a_page_mark() -> None:
    pager = "第1页　共3页　首页　上一页　下一页　末页"
    rows = [*BODY, "到访人数：约120人"]
    text = "\n".join([TITLES[0], *rows, "", pager, FOOT, "青禾湖管理处　版权所有", ""])
    out = repair(text)
    assert "到访人数：约120人\n" + FOOT in out  # the rows whole, the mark gone
    assert "约120人" + FOOT not in out and pager not in out


def test_long_labelled_clauses_and_lone_rows_are_no_field_run() -> None:
    long = "工程说明：步道护栏整修工程由青禾湖管理处负责组织实施预计本月中旬全部"
    t = f"{BODY[0]}\n{long}\n"
    assert not field_run_end(t, t.index(long), long)  # a clause, cut: may run on
    t = f"正文一句话到此为止。\n{BODY[1]}\n"
    assert not field_run_end(t, t.index(BODY[1]), BODY[1])  # one row alone
    t = f"{BODY[0]}\n{BODY[1]}\n"
    assert field_run_end(t, t.index(BODY[1]), BODY[1])
