"""HTML compilation and thread fixes for set q's blind HTML families (issue 12, fix12qb),
each kind as a small case in wordings of its own, with look-alikes that must stay:

* a compilation's declared headings over ``[name] date`` datelines cut it;
* the first piece whose row the boilerplate stage took is still a piece;
* a closing bracketed count running 1, 2, 3 (``（专辑之二）``, ``(Part 2)``) is not the title's;
* headings whose pieces each END with a row (``【…date…】``) cut the page, the rows are
  the pieces' metadata;
* the bylines of a thread's posts (``答主：某某　…　date`` under each post's text) are chrome,
  the question's own row under its title is not taken.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.post_bylines import post_bylines
from cleaner.stages.split import SplitStage
from cleaner.stages.split_headings import CLOSED, heading_run, piece_closers
from tests.stages.family_figures import family_figures

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
ROW = SplitStage()._under_header


def test_headings_over_datelines_cut_a_compilation() -> None:
    heads = ("渡口的早晨", "晒谷场的午后", "槐树下的旧事")
    lines = ["本月汇编"]
    for n, h in enumerate(heads):
        lines += [h, f"〔航运科〕 2021-0{n + 3}-09", PROSE, PROSE2]
    got = heading_run(lines, heads, ROW)
    assert [(i, t) for i, _, t, _ in got] == [(1, heads[0]), (5, heads[1]), (9, heads[2])]


def test_a_heading_without_a_dateline_in_prose_stays() -> None:
    heads = ("渡口的早晨", "晒谷场的午后")
    lines = ["本月汇编", heads[0], PROSE, heads[1], PROSE2]
    assert heading_run(lines, heads, ROW) == []


def test_the_first_piece_whose_row_is_gone_is_still_a_piece() -> None:
    heads = ("渡口的早晨（专辑之一）", "晒谷场的午后（专辑之二）")
    lines = ["汇编", heads[0], PROSE, PROSE2, heads[1], "楼主：阿青　2021-03-09 08:00", PROSE]
    got = heading_run(lines, heads, ROW)
    assert [(i, t) for i, _, t, _ in got] == [(1, "渡口的早晨"), (4, "晒谷场的午后")]


def test_prose_above_the_rowless_first_heading_keeps_the_page_whole() -> None:
    heads = ("渡口的早晨", "晒谷场的午后")
    lines = [PROSE2, heads[0], PROSE, PROSE2, heads[1], "楼主：阿青　2021-03-09 08:00", PROSE]
    assert heading_run(lines, heads, ROW) == []


@pytest.mark.parametrize(
    ("titles", "want"),
    [
        (["甲地见闻 (Part 1)", "乙地见闻 (Part 2)"], ["甲地见闻", "乙地见闻"]),
        (["甲地见闻【3】", "乙地见闻【4】"], ["甲地见闻【3】", "乙地见闻【4】"]),  # not from 1
        (["甲地见闻（上）", "乙地见闻（下）"], ["甲地见闻（上）", "乙地见闻（下）"]),  # no number
        (["甲地（2021）", "乙地（2022）"], ["甲地（2021）", "乙地（2022）"]),  # years
    ],
)
def test_a_closing_count_goes_only_when_it_runs_one_two_three(
    titles: list[str], want: list[str]
) -> None:
    lines = ["汇编"]
    for t in titles:
        lines += [t, "楼主：阿青　2021-03-09 08:00", PROSE, PROSE2]
    got = heading_run(lines, tuple(titles), ROW)
    assert [t for _, _, t, _ in got] == want


def test_headings_whose_pieces_end_with_bracketed_rows_cut_the_page() -> None:
    heads = ("渡口的早晨", "晒谷场的午后", "槐树下的旧事")
    lines = ["本周汇编"]
    for n, h in enumerate(heads):
        lines += [h, PROSE, PROSE2, f"（航运科 2021年3月{n + 1}日登载 阅读{n}0次）"]
    lines += ["返回顶部"]
    got = heading_run(lines, heads, ROW)
    assert [(i, r) for i, r, _, _ in got] == [(1, CLOSED), (5, CLOSED), (9, CLOSED)]
    assert piece_closers(lines, [1, 5, 9], ROW) == [4, 8, 12]


def test_headings_with_no_closing_rows_stay_one_page() -> None:
    heads = ("渡口的早晨", "晒谷场的午后")
    lines = ["本周汇编", heads[0], PROSE, "（图为渡口）", heads[1], PROSE2, "返回顶部"]
    assert heading_run(lines, heads, ROW) == []


def _thread(rows: list[str]) -> list[str]:
    out = ["船票能改签吗？", "楼主：阿青　2021-03-09 08:00　阅读 35", "想知道能不能改签。"]
    for r in rows:
        out += [PROSE, r]
    return out


def test_post_bylines_of_a_thread_go() -> None:
    page = _thread(["答主：老李　获赞 12　2021-03-10", "答主：阿月 | 2021-03-11 09:30"])
    assert post_bylines(page) == [4, 6]


def test_a_lone_signed_row_and_the_question_row_stay() -> None:
    assert post_bylines(_thread(["答主：老李　获赞 12　2021-03-10"])) == []
    # rows of no role word (a source and a date) are the pieces' own, not bylines
    assert post_bylines(_thread(["来源：渡口报　2021-03-10", "来源：渡口报　2021-03-11"])) == []
    # a sentence with a role word and a date is text
    said = "答主：老李说，他在2021-03-10那天改签成功了。"
    assert post_bylines(_thread([said, said])) == []


def test_the_blind_html_families_of_set_q_hold_their_floors() -> None:
    wenda = family_figures("sealed_q_wenda")
    assert wenda["content_f1"] >= 0.99 and wenda["residue"] <= 0.04
    assert wenda["titles"] == 1.0 and wenda["counts"] == 1.0 and wenda["metadata"] == 1.0
    yiyuan = family_figures("sealed_q_yiyuan")
    assert yiyuan["content_f1"] >= 0.93 and yiyuan["residue"] <= 0.075
    assert yiyuan["titles"] == 1.0 and yiyuan["counts"] == 1.0
    assert yiyuan["metadata"] >= 0.96
