"""Published days of a compilation's pieces that no labelled date row gives (metadate3):
each class as small invented pages, variants in other wordings and scripts, and
look-alikes that must date nothing.

* the compilation's title line naming its day, leading (``2021年3月9日（星期二）天气快讯``,
  a page title ``2021年3月9日某某日报_栏目_站名``) or bracketed at its end
  (``某某日报（2021年3月9日　星期二）``): every piece's day (``dated_titles``); a sentence
  opening with a day, a span of days (a week's schedule) date nothing;
* the head's time row of what the pieces record, under a label no field table reads
  (``会议时间：…``, ``比赛日期：…``, a bare ``时间：``): every piece's day; a label of an
  end or a booking (``报名截止时间``) dates nothing (``time_rows``);
* a time row under each piece's header, under one label in every piece: each piece's own
  day, over the head's; one piece's row alone, or rows under different labels, are the
  text's mentions.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.dated_titles import dated_title
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.time_rows import own_time_days, time_row
from tests.stages.stage_runs import split

P = MetaParser()


def _piece(n: str, row: str | None = None) -> list[str]:
    lines = [f"第{n}篇：测试标题{n}号关于河道清淤的情况"]
    if row is not None:
        lines.append(row)
    return [
        *lines,
        "今年以来，各镇街围绕河道清淤开展了大量工作，取得了明显成效，群众满意度不断提高。",
        "下一步将继续推进相关工作，确保按期完成各项任务。",
    ]


def _page(head: list[str], rows: tuple[str | None, ...] = (None, None, None)) -> list[str]:
    return head + [ln for n, r in zip("一二三", rows, strict=True) for ln in _piece(n, r)]


# ---- the compilation's dated title line


@pytest.mark.parametrize(
    "head",
    [
        ["某某市气象台", "2021年3月9日（星期二）天气快讯　共3报"],
        ["某某市场", "蔬菜批发价格日报（2021年3月9日　星期二）"],
        ["2021年3月9日价格日报_价格行情_某某市场", "价格日报"],
        ["某某市場", "蔬菜批發價格日報（2021年3月9日）"],  # traditional letters
        ["某某电台", "2021-03-09 节目单"],
    ],
)
def test_a_compilations_dated_title_dates_every_piece(head: list[str]) -> None:
    arts = split(_page(head))
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == ["2021-03-09"] * 3
    assert all(head[-1] not in a.text for a in arts)  # the head is no piece's text


@pytest.mark.parametrize(
    "head",
    [
        ["某某县政府", "2021年3月9日上午，县长主持召开常务会议，研究了有关事项。"],
        ["某某电视台", "本周看点（2021年3月8日—3月14日）"],
        ["某某法院", "开庭排期公告（2021年3月8日至3月12日）"],
        ["某某网", "关于2021年3月9日与3月10日停电的说明汇总"],
    ],
)
def test_a_sentence_a_span_or_a_mention_dates_no_piece(head: list[str]) -> None:
    arts = split(_page(head))
    assert len(arts) == 3
    assert all("published" not in a.meta for a in arts)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("2019年1月28日（星期一）天气快讯　共4报", "2019-01-28"),
        ("2019年1月28日 周一 快讯", "2019-01-28"),
        ("价格日报（2018年5月6日　星期日）", "2018-05-06"),
        ("价格日报（2018-05-06）　第 41 期", "2018-05-06"),
        ("2021年3月9日", None),  # a bare date line: a dated row's, read by the rows
        ("2021年3月9日至3月12日排期", None),
        ("价格日报（2018年5月6日 至 5月8日）", None),
        ("2021年3月9日下午，某某来到某处调研", None),
        ("2021年3月9日与2021年4月1日两次会议纪要", None),  # two days: none the page's
        ("某某日报（第41期）", None),
    ],
)
def test_dated_title_shapes(line: str, day: str | None) -> None:
    assert dated_title(line) == day


# ---- the head's time row of what the pieces record


@pytest.mark.parametrize(
    "head",
    [
        [
            "某某社区居民委员会",
            "某某社区第5次居民议事会议纪要",
            "会议时间：2021年3月9日（星期二）19:00　地点：社区服务中心",
        ],
        [
            "某某区排球协会",
            "协会杯排球联赛　第3轮赛果",
            "比赛日期：2021/3/9（二）　地点：某某体育馆",
        ],
        [
            "某某區排球協會",
            "協會盃排球聯賽　第3輪賽果",
            "比賽日期：2021/3/9（二）　地點：某某體育館",
        ],
        ["某某读书会", "共读活动回顾", "时间：2021年3月9日 14:00—16:30　地点：某某书店"],
    ],
)
def test_the_heads_time_row_dates_every_piece(head: list[str]) -> None:
    arts = split(_page(head))
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == ["2021-03-09"] * 3


@pytest.mark.parametrize(
    "row",
    [
        "报名截止时间：2021年3月9日",
        "截止日期：2021年3月9日",
        "活动时间：2021年3月9日至3月12日",  # a span of days
        "下次会议时间：2021年3月9日",
        "导出时间：2021-03-09 11:46",  # an export's stamp: the copy's day
        "打印日期：2021年3月9日",
        "时间：3月9日 19:00",  # no year: no day of its own
    ],
)
def test_an_end_a_booking_or_a_span_dates_no_piece(row: str) -> None:
    arts = split(_page(["某某人才网", "岗位汇总", row]))
    assert len(arts) == 3
    assert all(a.meta.get("published") != "2021-03-09" for a in arts)


def test_a_single_notices_event_row_is_no_publish_date() -> None:
    page = [
        "关于召开居民议事会议的通知",
        "会议时间：2031年5月1日 19:00　地点：社区服务中心",
        "请各位居民代表准时参加，如有特殊情况请提前向社区居委会请假。",
        "会议将讨论楼道清理、停车位改建等事项，欢迎居民提前提出意见和建议。",
    ]
    arts = split(page)
    assert len(arts) == 1
    assert "published" not in arts[0].meta
    assert page[1] in arts[0].text  # the row stays the notice's text


# ---- each piece's own time row


ROWS = ("时间：2021年3月4日 15:00—17:30", "时间：2021年3月8日 9:00", "时间：2021年3月9日 14:00")


@pytest.mark.parametrize(
    "rows",
    [
        ROWS,
        tuple(r.replace("时间", "🕘 时间") for r in ROWS),
        tuple(r.replace("时间", "活动时间") for r in ROWS),
        tuple(r.replace("时间", "時間") for r in ROWS),
    ],
)
def test_each_pieces_own_time_row_dates_it_over_the_heads(rows: tuple[str, ...]) -> None:
    head = ["某某学堂｜第5期培训回顾", "编辑：某某人力资源部　2021年3月10日"]
    arts = split(_page(head, rows))
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == ["2021-03-04", "2021-03-08", "2021-03-09"]
    for a, r in zip(arts, rows, strict=True):
        assert r in a.text  # read, not removed


@pytest.mark.parametrize(
    "rows",
    [
        (ROWS[0], None, None),  # one piece's row alone: a mention
        (ROWS[0], ROWS[1].replace("时间", "日期"), ROWS[2]),  # labels differ
        (None, None, None),
    ],
)
def test_time_rows_not_in_every_piece_under_one_label_keep_the_heads_day(
    rows: tuple[str | None, ...],
) -> None:
    head = ["某某学堂｜第5期培训回顾", "编辑：某某人力资源部　2021年3月10日"]
    arts = split(_page(head, rows))
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == ["2021-03-10"] * 3


def test_own_time_days_by_header() -> None:
    lines = _page([], ROWS)
    heads = [i for i, ln in enumerate(lines) if ln.startswith("第")]
    ends = [*heads[1:], len(lines)]
    assert own_time_days(lines, heads, ends, P.field_of) == dict(
        zip(heads, ["2021-03-04", "2021-03-08", "2021-03-09"], strict=True)
    )
    assert time_row("发布时间：2021年3月9日", P.field_of) is None  # a field: its table's


def test_time_rows_after_the_posts_day_are_a_schedule() -> None:
    # the post announces sessions to come: their days date no piece
    head = ["某某学堂｜下期培训预告", "编辑：某某人力资源部　2021年3月10日"]
    rows = ("时间：2021年3月4日 15:00", "时间：2021年3月12日 9:00", "时间：2021年3月19日 14:00")
    arts = split(_page(head, rows))
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == ["2021-03-10"] * 3


def test_a_pieces_labelled_date_stays_over_its_time_row() -> None:
    # announcements of defences to come: each piece's posting date is its own
    head = ["某某学院", "答辩公告汇总"]
    pieces: list[str] = []
    for n, (posted, held) in zip("一二三", [("1", "20"), ("5", "18"), ("7", "24")], strict=True):
        pieces += [
            f"第{n}篇：测试论文{n}号关于河道淤积的研究",
            f"发布时间：2016年12月{posted}日",
            f"答辩时间：2016年12月{held}日　08:30",
            "答辩地点：某某楼302室，欢迎师生旁听，旁听请提前十分钟入场。",
        ]
    arts = split(head + pieces)
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == ["2016-12-01", "2016-12-05", "2016-12-07"]
