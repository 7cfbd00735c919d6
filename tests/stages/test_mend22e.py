"""Regressions of the fixyb2 classes (review22c), on invented text:

* a lone number (a count, an order number, a year, a score) over or under a line of a
  place and a day is no printed page's running head: the head names the issue the
  page's header prints, or its masthead, or repeats beside rising folios (folio_heads);
* a row the line model keeps for the split (a dated row under the title) still weighs in
  the loss budget: the model's other guesses on a short page do not pass on its share;
* a site's widget set as gap-parted rows (a comment list, a hot list, a download list, a
  thread list, a pager row) is no data table (gap_tables);
* a hotline the site's footer prints with another number per branch or day stays chrome,
  unless glued under the notice's last sentence or inviting objections (block_rows);
* only a counter's word makes a dated row's closing figure chrome, and a room named by its
  use is a place, no desk (split_desks).
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.folio_heads import folio_head
from cleaner.stages.gap_tables import table_rows
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_desks import dated_desk


def _clean(text: str) -> str:
    raw = RawInput("p.txt", (text.strip("\n") + "\n").encode())
    return "\n".join(a.text for a in Pipeline(PipelineConfig()).process(raw, 0).articles)


# -- N1: a lone number beside a dated line ------------------------------------------------

NOT_HEADS = {
    "attendance": (
        "湖畔队主场迎战山谷队",
        "2022年5月8日　　湖畔体育中心",
        "48000",
        "湖畔体育中心　　2022年5月8日",
    ),
    "order": ("网上购票须知", "2023-06-01　　星光影城", "56789", "星光影城　　2023-06-01"),
    "year_entry": (
        "公司发展历程",
        "2018年4月2日　　青禾科技有限公司",
        "2016",
        "青禾科技成立　　2018年4月2日",
    ),
    "score_under": (
        "春季运动会男子百米决赛",
        "2024年4月20日　　东操场",
        "东操场　　2024年4月20日",
        "12",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_HEADS))
def test_a_lone_number_beside_a_place_and_day_is_no_running_head(name: str) -> None:
    title, info, first, second = NOT_HEADS[name]
    text = "\n".join(
        [
            title,
            info,
            "",
            "比赛开始后双方展开激烈争夺，主队在第十分钟",
            "",
            first,
            second,
            "",
            "现场气氛十分热烈，大家纷纷鼓掌。",
            "",
        ]
    )
    for line in (first, second):
        assert not folio_head(line, text)
    out = _clean(text)
    assert first in out and second in out
    assert "第十分钟现场" not in out


def test_a_head_repeated_beside_rising_folios_is_a_running_head() -> None:
    head = "某县教育简报　　2031年9月1日"
    text = "\n".join(
        [
            "封面",
            "2031年9月1日",
            "",
            "前文写到",
            "",
            "12",
            head,
            "",
            "后文接上。",
            "再写到",
            "",
            "13",
            head,
            "",
            "又接上。",
        ]
    )
    assert folio_head("12", text) and folio_head(head, text)


def test_a_head_naming_the_masthead_is_a_running_head() -> None:
    text = "\n".join(
        [
            "某区政务通讯",
            "2031年9月1日",
            "",
            "前文写到",
            "",
            "7",
            "某区政务通讯　　2031年9月1日",
            "",
            "后文。",
        ]
    )
    assert folio_head("7", text)


# -- N2: the loss budget with a row held for the split ------------------------------------

BUDGET_PAGES = {
    "bus": (
        "春节值班班车安排",
        [
            "06:50　　东门　　北站",
            "07:20　　北站　　东门",
            "17:40　　东门　　北站",
            "18:10　　北站　　东门",
        ],
    ),
    "ferry": (
        "渡口夏季开航时刻",
        ["08:15　　南岸　　北岸", "09:45　　北岸　　南岸", "15:30　　南岸　　北岸"],
    ),
    "shifts": (
        "下周值班安排",
        ["周一　　张某　　李某", "周二　　王某　　赵某", "周三　　钱某　　孙某"],
    ),
}


@pytest.mark.parametrize("name", sorted(BUDGET_PAGES))
def test_rows_under_a_held_dated_row_are_not_lost(name: str) -> None:
    title, rows = BUDGET_PAGES[name]
    row = "2021-02-01　　后勤部　　点击 301"
    out = _clean("\n".join([title, row, "", *rows, "", "版权所有 某某学校"]))
    for row in rows:
        assert row in out


# -- N3: widgets set as gap-parted rows ---------------------------------------------------

WIDGETS = {
    "comments": [
        "昵称　　发表时间　　回复",
        "游客甲　　2022-01-02 09:10　　回复(2)",
        "游客乙　　2022-01-02 10:30　　回复(0)",
        "游客丙　　2022-01-02 11:45　　回复(5)",
    ],
    "hot_numbered": [
        "1　　新建图书馆开放　　人气 8812",
        "2　　老街改造启动　　人气 7710",
        "3　　秋季运动会开幕　　人气 6605",
    ],
    "hot_bare_numbered": [
        "1　　新建图书馆开放　　8812",
        "2　　老街改造启动　　7710",
        "3　　秋季运动会开幕　　6605",
    ],
    "downloads": [
        "资料名称　　文件大小　　下载量",
        "报名表.doc　　56KB　　311",
        "指南.pdf　　1.1MB　　208",
        "须知.docx　　24KB　　97",
    ],
    "en_files": [
        "Name    Size    Downloads",
        "a.zip    2 MB    10",
        "b.zip    3 MB    20",
        "c.zip    4 MB    30",
    ],
    "threads": [
        "标题　　楼主　　回复　　查看",
        "求助帖　　甲　　3　　40",
        "经验帖　　乙　　9　　120",
        "闲聊帖　　丙　　1　　15",
    ],
    "pager": ["上一条　　下一条　　返回", "1　　2　　3", "2　　3　　4", "3　　4　　5"],
    "phones": [
        "科室　　值班人　　手机",
        "内科　　张某　　13900000001",
        "外科　　李某　　13900000002",
        "儿科　　王某　　13900000003",
    ],
}


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_a_widget_set_as_gap_parted_rows_is_no_table(name: str) -> None:
    assert table_rows(["正文最后一句。", "", *WIDGETS[name]]) == set()


DATA_TABLES = {
    "fees": [
        "年级　　人数　　费用（元）",
        "一年级　　120　　3,600.00",
        "二年级　　115　　3,450.00",
        "三年级　　98　　2,940.00",
    ],
    "grants_numbered": ["1　　红星村　　15,000", "2　　青山村　　12,500", "3　　白石村　　9,800"],
    "schedule_introduced": [
        "节次　　时间　　课程",
        "第1节　　08:00　　数学",
        "第2节　　09:00　　语文",
        "第3节　　10:00　　英语",
    ],
}


@pytest.mark.parametrize("name", sorted(DATA_TABLES))
def test_a_data_table_is_still_one(name: str) -> None:
    rows = DATA_TABLES[name]
    got = table_rows(["经研究，现将有关安排公布如下：", *rows, "特此公告。"])
    assert sorted(got) == list(range(1, len(rows) + 1))


# -- N4: a hotline rotating in the footer -------------------------------------------------

SITE_PAGES = 6


def _site(close: str, *, glued: bool) -> list[RawInput]:
    raws = []
    for k in range(SITE_PAGES):
        lines = ["某某连锁超市", "首页　｜　门店　｜　促销", "", f"第{k + 1}分店周末促销活动开始"]
        lines += [
            f"本周末第{k + 1}分店全场生鲜八折，会员另享积分翻倍。",
            "活动期间请顾客注意排队秩序。",
        ]
        lines += ([] if glued else [""]) + [close.format(num=f"0571-8{k}8{k}000{k}")]
        lines += ["营业时间：8:00-22:00", "版权所有 某某连锁超市"]
        raws.append(RawInput(f"s/p{k}.txt", ("\n".join(lines) + "\n").encode(), site="shop"))
    return raws


@pytest.mark.parametrize("close", ["服务热线：{num}", "门店电话：{num}", "咨询热线 {num}"])
def test_a_footer_hotline_after_a_blank_line_goes(close: str) -> None:
    raws = _site(close, glued=False)
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for k in (1, 3):
        out = "\n".join(a.text for a in pipe.process(raws[k], k).articles)
        assert f"0571-8{k}8{k}000{k}" not in out
        assert "会员另享积分翻倍" in out


def test_an_objection_number_after_a_blank_line_stays() -> None:
    raws = _site("公示期间如有异议，请致电：{num}", glued=False)
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = "\n".join(a.text for a in pipe.process(raws[2], 2).articles)
    assert "0571-82820002" in out


# -- N5: counters and rooms in a dated row ------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "2021-03-09　　后勤部　　领取 120",  # a figure of the row's own, no counter
        "2021-03-09　　二楼会议室",  # a meeting's place
        "2021-03-09　　物理实验室　　阅读 5",  # a lab, even under a counter
        "2021-03-09　　车站售票处",  # a ticket office
    ],
)
def test_a_row_s_own_figure_or_a_room_gives_no_desk(row: str) -> None:
    assert dated_desk(row, "2021-03-09", normalise_date, ("科", "股", "组")) is None


@pytest.mark.parametrize(
    "row", ["2021-03-09　　后勤部　　浏览量 120", "2021-03-09　　档案室　　转发 3"]
)
def test_a_counter_closing_the_row_leaves_the_desk(row: str) -> None:
    assert dated_desk(row, "2021-03-09", normalise_date, ("科",)) in {"后勤部", "档案室"}


def test_items_of_a_list_page_under_a_held_row_are_not_lost() -> None:
    items = ["关于开展春季体检的通知", "2022-04-01　　工会　　浏览 60", "关于清明节放假的安排"]
    text = ["公告栏", "2022-04-06　　综合部　　浏览 33", *items, "", "版权所有 某某中心"]
    out = _clean("\n".join(text))
    assert "关于开展春季体检的通知" in out and "关于清明节放假的安排" in out
