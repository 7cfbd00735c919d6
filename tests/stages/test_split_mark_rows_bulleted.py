"""Rows of cells that open with one mark counting nothing (``⊞``, ``■``, ``▶``) over each
piece's bare title, the page's head stating the count of pieces (issue 12, set yt,
ytpiece): the page splits at the rows as it does at numbered rows (:mod:`split_mark_rows`),
the line under each row is the piece's title and the rows go as the headers even where
the line model guessed one of them chrome.  Look-alikes stay whole: bulleted rows with no
count in the head, a count that does not match, bullets over fields or over sentences,
bullets of one cell (a plain list).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_mark_rows import mark_rows

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _page(mark: str, head: str, sep: str, titles: list[str]) -> list[str]:
    page = ["松涧市农机鉴定站", head, ""]
    for k, t in enumerate(titles):
        page += [f"{mark} 松农鉴{2021 + k}0{k + 3}号{sep}新品鉴定{sep}类别 0{k + 1}", t]
        page += ["申请单位：松涧农机厂", (P1, P2, P3)[k % 3], ""]
    return page


TITLES = ["手扶式插秧机", "小型履带收割机", "一次性育秧盘"]

CASES = [
    ("⊞", "现将本批通过鉴定的农机产品公示如下（共3件）。", "　·　"),
    ("■", "本期公布鉴定结果，共计3项，详见下文。", "｜"),
    ("▶", "现将3款产品的鉴定信息予以公示。", "  "),
]


@pytest.mark.parametrize(("mark", "head", "sep"), CASES)
def test_bulleted_rows_over_titles_split_the_page(mark: str, head: str, sep: str) -> None:
    page = _page(mark, head, sep, TITLES)
    assert [t for _, _, t, _ in mark_rows(page)] == TITLES
    res = _run(page)
    assert [a.title for a in res.articles] == TITLES
    for a in res.articles:
        assert a.text.startswith(a.title) and mark not in a.text


def test_no_count_in_the_head_splits_nothing() -> None:
    page = _page("■", "本站近期工作动态如下。", "｜", TITLES)
    assert mark_rows(page) == []


def test_a_count_that_does_not_match_splits_nothing() -> None:
    page = _page("■", "现将本批通过鉴定的农机产品公示如下（共5件）。", "｜", TITLES)
    assert mark_rows(page) == []


def test_bullets_over_fields_or_sentences_split_nothing() -> None:
    head = "现将本批通过鉴定的农机产品公示如下（共3件）。"
    fields = _page("■", head, "｜", ["申请单位：甲厂", "申请单位：乙厂", "申请单位：丙厂"])
    assert mark_rows(fields) == []
    prose = _page("■", head, "｜", [P1, P2, P3])
    assert mark_rows(prose) == []


def test_one_cell_bullets_are_a_list() -> None:
    head = "现将本批通过鉴定的农机产品公示如下（共3件）。"
    page = ["松涧市农机鉴定站", head, ""]
    for t, p in zip(TITLES, (P1, P2, P3), strict=True):
        page += ["■ 新品鉴定", t, p]
    assert mark_rows(page) == []


def test_the_same_title_under_every_row_splits_nothing() -> None:
    head = "现将本批通过鉴定的农机产品公示如下（共3件）。"
    page = _page("■", head, "｜", ["鉴定结论", "鉴定结论", "鉴定结论"])
    assert mark_rows(page) == []


def _ads(first: int, step: int) -> list[str]:
    page = [
        "松涧日报　C4版：分类信息",
        "本版信息由刊登人提供并对其真实性负责，本报仅作形式审查。",
        "",
    ]
    names = ["柏志成挂失启事", "松涧市安和商贸有限公司清算公告", "褚小梅挂失启事"]
    for k, (t, p) in enumerate(zip(names, (P1, P2, P3), strict=True)):
        page += [f"◆ No.{first + k * step:03d} ◆　启事", t, p, "刊登人：某某　2021年5月3日", ""]
    return page


def test_rows_with_serials_counting_on_split_without_a_head_count() -> None:
    page = _ads(31, 1)
    titles = [t for _, _, t, _ in mark_rows(page)]
    assert titles == [page[4], page[9], page[14]]
    assert [a.title for a in _run(page).articles] == titles


def test_rows_with_serials_that_skip_split_nothing() -> None:
    assert mark_rows(_ads(31, 2)) == []


def test_a_framed_serial_of_one_cell_is_no_row_of_cells() -> None:
    head = "现将本批通过鉴定的农机产品公示如下（共3件）。"
    page = ["松涧市农机鉴定站", head, ""]
    for k, (t, p) in enumerate(zip(TITLES, (P1, P2, P3), strict=True)):
        page += [f"〓　第 {k + 1} 件　〓", t, p]
    assert mark_rows(page) == []
