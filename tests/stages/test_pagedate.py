"""A compilation's page date (pagedate): the page's one info bar over its pieces dates
every piece under any finder (:func:`cleaner.stages.split_page_ends._one_bar_date`); the
rows over the titles of a shape run are no piece's banners when the last piece ends on a
row of their shape (closing credits) or when only the first title has one (the page's
info bar) (:func:`cleaner.stages.split_shape_run._closing_rows`); a piece's removed dated
row replaces the page bar's date (:func:`cleaner.stages.dropped_rows.read_rows`); a
listing verb's date label (``列入日期``, ``纳入日期``) is the publish date.  Look-alikes
that must not fire: two info bars, a piece's own date, banner rows over every title with
no closing row, a deadline's label.  Every word is invented."""

from __future__ import annotations

from functools import partial

import pytest

from cleaner.edits import Editor
from cleaner.stages.dropped_rows import publish_labelled, read_rows
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split import SplitStage
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_shape_run import shape_run

PARSER = MetaParser()
PROSE = [
    "清晨的菜市场还没完全醒来，摊主们已经把新鲜的青菜一捆一捆码得整整齐齐。",
    "附近的老住户说，这条街从他们小时候起就是这个样子，只是招牌换了好几次。",
    "到了中午，卖豆花的推车准时出现在路口，排队的人总会一直排到巷子尾。",
    "街道办打算明年把雨棚统一翻新，摊位的位置和租金都会保持不变。",
]


def _events(titles: list[str], row: str, close: str | None, head: list[str]) -> list[str]:
    out = list(head)
    for n, title in enumerate(titles):
        out += [title, row.format(n=n + 1), PROSE[n % 4], PROSE[(n + 1) % 4]]
        if close is not None:
            out.append(close.format(n=n + 1, who="林一二三四"[n]))
    return out


EVENTS = ["江北社区义诊活动", "东湖小学健康讲座", "滨江广场便民服务日"]
CASES = [
    # a blood drive's week, a clinic's schedule, a library's talks: a kind row under each
    # title, a credit row closing each piece, the page's dated bar over the first title
    (
        "◈ 义诊 ◈ 03/1{n}（二）09:30～11:30 ◈ 地点{n}号 ◈ 已报名 {n}2 人",
        "（主办单位：某某第{n}卫生站　　联系人：{who}某）",
        ["活动预告（2021年第10周）", "发布日期：2021年3月8日　发布：服务科"],
        "2021-03-08",
    ),
    (
        "【讲座】 第{n}场 ｜ 04/2{n} 14:00 ｜ 报告厅{n}",
        "（承办：某某图书馆第{n}分馆，联络人：{who}某）",
        ["读者活动一览", "更新时间：2020-04-19　来源：阅读推广部"],
        "2020-04-19",
    ),
    (
        "№{n} · 巡诊 · 05/0{n} · 车号{n}号",
        "［组织：某某镇第{n}村委会　电话：0571-8800{n}{n}{n}{n}］",
        ["巡诊安排", "发稿日期：2019年5月1日　编辑：医务科"],
        "2019-05-01",
    ),
]


@pytest.mark.parametrize(("row", "close", "head", "day"), CASES)
def test_closing_credit_rows_are_no_banners_and_the_head_bar_dates_every_piece(
    row: str, close: str, head: list[str], day: str
) -> None:
    lines = _events(EVENTS, row, close, head)
    run = shape_run(lines)
    assert run.verdict == "split"
    # each piece starts at its title, not at the credit row closing the piece above
    assert [k[0] for k in run.keyed] == [lines.index(t) for t in EVENTS]
    ed = Editor("p", "\n".join(lines) + "\n")
    arts = SplitStage()(ed)
    assert [a.title for a in arts] == EVENTS
    assert [a.meta.get("published") for a in arts] == [day] * 3
    # no credit row went as the next piece's header
    heads = [c.before for c in ed.changes if c.rule == "split.article_header"]
    assert not any(close.split("{")[0] in h for h in heads)


@pytest.mark.parametrize(("row", "close", "head", "day"), CASES)
def test_a_row_over_the_first_title_alone_is_the_pages_head(
    row: str, close: str, head: list[str], day: str
) -> None:
    lines = _events(EVENTS, row, None, head)
    run = shape_run(lines)
    assert run.keyed[0][0] == lines.index(EVENTS[0])
    arts = SplitStage()(Editor("p", "\n".join(lines) + "\n"))
    assert [a.meta.get("published") for a in arts] == [day] * 3


def test_banner_rows_over_every_title_stay_headers_without_a_closing_row() -> None:
    # look-alike: a banner over each title and nothing closing the last piece
    head = ["南岸社区小报 - 邻里故事", "首页 > 邻里故事"]
    lines = list(head)
    for n, title in enumerate(EVENTS):
        lines += [f"»» {n}7 ~~~~~~ 东郊 NORTH", title, "〔编号 {n}〕 " + PROSE[n], PROSE[n + 1]]
    run = shape_run(lines)
    if run.verdict == "split":
        starts = [k[0] for k in run.keyed]
        assert all(lines[s].startswith("»»") or lines[s] in EVENTS for s in starts)
    arts = SplitStage()(Editor("p", "\n".join(lines) + "\n"))
    assert not any("»»" in a.text for a in arts) or len(arts) == 1


def _register(marks: list[str]) -> list[str]:
    out = ["某某县古树名录公示", "根据管理办法，现将名录予以公示，公示期为十五天。"]
    for n, title in enumerate(["某村古樟", "某镇古银杏", "某乡古榕"]):
        out += [marks[n], title, f"树种：樟树　树龄：{n + 3}00年", PROSE[n], PROSE[n + 1]]
    return out


@pytest.mark.parametrize(
    ("bars", "want"),
    [
        (("发布日期：2022-06-09　信息来源：某办公室",), "2022-06-09"),
        (("发布时间：2022-06-09 10:00　浏览次数：12",), "2022-06-09"),
    ],
)
def test_the_pages_one_info_bar_dates_every_piece_under_any_finder(
    bars: tuple[str, ...], want: str
) -> None:
    marks = ["◎ 北纬24°18′　东经111°43′", "◎ 北纬24°38′　东经111°30′", "◎ 北纬23°58′　东经111°14′"]
    lines = _register(marks)
    hints = PageHints(published="2022-06-09", info_rows=bars)
    arts = SplitStage()(Editor("p", "\n".join(lines) + "\n"), hints=hints)
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == [want] * 3


def test_two_info_bars_date_no_piece_from_the_page() -> None:
    marks = ["◎ 北纬24°18′　东经111°43′", "◎ 北纬24°38′　东经111°30′", "◎ 北纬23°58′　东经111°14′"]
    lines = _register(marks)
    bar = "发布日期：2022-06-09　信息来源：某办公室"
    hints = PageHints(published="2022-06-09", info_rows=(bar, bar))
    arts = SplitStage()(Editor("p", "\n".join(lines) + "\n"), hints=hints)
    assert len(arts) == 3
    assert all(a.meta.get("published") is None for a in arts)


def test_a_removed_row_of_the_piece_replaces_the_page_bars_date() -> None:
    read = partial(PARSER.shaped_row, near_title=True)
    rows = [
        {"under_title": [], "over_title": [], "foot": [f"决定机关：某局　列入日期：2020年1月{d}日"]}
        for d in (11, 16)
    ]
    sure = partial(publish_labelled, field_of=PARSER.field_of)
    metas = [{"published": "2020-01-29"}, {"published": "2020-01-29"}]
    assert read_rows(rows, metas, read, page_day="2020-01-29", labelled=sure) == "foot"
    assert metas == [{"published": "2020-01-11"}, {"published": "2020-01-16"}]
    # look-alike: the piece's own day (not the page's) stays
    metas = [{"published": "2020-01-05"}, {"published": "2020-01-29"}]
    read_rows(rows, metas, read, page_day="2020-01-29", labelled=sure)
    assert metas == [{"published": "2020-01-05"}, {"published": "2020-01-16"}]


@pytest.mark.parametrize(
    "row",
    ["▲ 现场画面　采集：某中队　2018年2月{d}日 17:32", "抓拍时间 2018-02-{d} 09:15　地点：某路口"],
)
def test_an_unlabelled_event_time_leaves_the_page_bars_date(row: str) -> None:
    # look-alike: a capture's time beside each piece, removed as the site's: an event's
    read = partial(PARSER.shaped_row, near_title=True)
    sure = partial(publish_labelled, field_of=PARSER.field_of)
    rows = [{"under_title": [row.format(d=d)], "over_title": [], "foot": []} for d in ("06", "12")]
    metas = [{"published": "2018-03-06"}, {"published": "2018-03-06"}]
    read_rows(rows, metas, read, page_day="2018-03-06", labelled=sure)
    assert metas == [{"published": "2018-03-06"}, {"published": "2018-03-06"}]


@pytest.mark.parametrize(
    ("label", "want"),
    [("列入日期", "published"), ("纳入日期", "published"), ("列入时间", "published")],
)
def test_a_listing_verbs_date_label_is_the_publish_date(label: str, want: str) -> None:
    assert PARSER.field_of(label) == want


@pytest.mark.parametrize("label", ["列入截止日期", "纳入期限届满日期", "列入"])
def test_listing_look_alikes_are_no_publish_date(label: str) -> None:
    assert PARSER.field_of(label) != "published"
