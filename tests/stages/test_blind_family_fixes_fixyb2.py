"""Three classes from held-out set yb's donation lists, on invented text:

* a data table flattened to rows of wide-gap cells (a head row or ordered numbers over a
  column of figures) is content as a whole: the line model never deletes some of its rows
  because a cell names a chrome-sounding word (:mod:`cleaner.stages.gap_tables`);
* a contact line the site prints in one wording with another number on every page, under
  the notice's last sentence, is the notice's own (``block_rows.own_contact``): a site's
  own hotline, the same number on every page, still goes;
* a label-less row under the title, a date, a bare department and a page counter
  (``2021-03-09 10:20　联络部　阅读 12``) is the page's metadata: kept from the line
  model for the split, which reads its date and its origin (``split_desks.dated_desk``).
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.gap_tables import table_rows
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_desks import dated_desk

PREAMBLE = "为了公开透明，接受社会监督，现将本年度第三季度各项补助资金的发放情况列表公布如下："
CLOSE = "以上款项均已按规定程序审核发放，如有疑问请在公布之日起十日内向本单位反映情况。"

TABLES = {
    "head_row": [
        "编号　　受助人　　补助金额（元）　　发放渠道　　类别",
        "1　　陈某某　　2,400.00　　微信转账　　助学",
        "2　　李某某　　1,800.50　　银行卡　　助医",
        "3　　王某某　　3,100.00　　微信转账　　助残",
        "4　　赵某某　　900.00　　现金　　济困",
    ],
    "numbered_two_spaces": [
        "1  东湖小学  12000  微信扫码  教具",
        "2  西山中学  8600  对公转账  图书",
        "3  南岭幼儿园  4300  微信扫码  玩具",
    ],
    "head_row_ideographic": [
        "区域　户数　金额　备注",
        "一区　25　5,000　已扫码分享确认",
        "二区　31　6,200　已扫码分享确认",
        "三区　18　3,600　待核",
    ],
}


def _run(lines: list[str]) -> str:
    page = [
        "某县民政服务中心补助资金发放公示",
        PREAMBLE,
        *lines,
        CLOSE,
        "",
        "版权所有 某县民政服务中心",
    ]
    raw = RawInput("p.txt", ("\n".join(page) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return "\n".join(a.text for a in res.articles)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_row_of_a_gap_parted_table_stays(name: str) -> None:
    rows = TABLES[name]
    # numbered rows with no head row need a text line introducing them (gap_tables)
    assert sorted(table_rows(["前言如下：", *rows, "结语。"])) == list(range(1, len(rows) + 1))
    out = _run(rows)
    for row in rows[1:]:
        assert row.split()[1] in out  # its name cell


def test_rows_of_a_site_s_chrome_are_no_table() -> None:
    foot = [
        "电话：0571-1234567　　传真：0571-7654321　　邮编：310000",
        "电话：0571-2234567　　传真：0571-8654321　　邮编：310001",
        "电话：0571-3234567　　传真：0571-9654321　　邮编：310002",
    ]
    comments = [
        "网友甲　　2021-03-09　　回复",
        "网友乙　　2021-03-10　　回复",
        "网友丙　　2021-03-11　　回复",
    ]
    menu = ["首页　｜　概况　｜　动态", "首页　｜　概况　｜　动态", "首页　｜　概况　｜　动态"]
    numbered_out_of_order = ["1　甲　10", "3　乙　20", "2　丙　30"]
    for rows in (foot, comments, menu, numbered_out_of_order):
        assert table_rows(rows) == set()


NOTICE = "关于某小区{n}号楼外墙维修的公告"
BODY = "经业主大会表决通过，{n}号楼外墙将于下月开始维修，施工期间请住户关好门窗，注意出行安全。"


def _site_pages(close: str, numbers: list[str], foot: str) -> list[RawInput]:
    pages = []
    for k, num in enumerate(numbers):
        text = "\n".join(
            [
                "某某物业服务有限公司",
                "首页　｜　公告　｜　服务",
                "",
                NOTICE.format(n=k + 1),
                BODY.format(n=k + 1),
                "施工单位将做好防护措施，给大家带来的不便敬请谅解。",
                close.format(num=num),
                "",
                foot,
            ]
        )
        pages.append(RawInput(f"s/p{k}.txt", (text + "\n").encode(), site="wuye"))
    return pages


#: a site's pages: a profile learns a line that repeats on this many of them
PAGES = 6


@pytest.mark.parametrize(
    ("close", "numbers"),
    [
        ("举报电话：{num}", [f"0571-860{k}0001" for k in range(PAGES)]),
        ("监督热线：{num}", [f"0755-234{k}0011" for k in range(PAGES)]),
        ("联系电话：{num}", [f"1380000000{k}" for k in range(PAGES)]),
    ],
)
def test_a_notice_s_own_number_under_its_text_stays(close: str, numbers: list[str]) -> None:
    raws = _site_pages(close, numbers, "客服热线：400-800-1234　版权所有")
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    for k, raw in enumerate(raws):
        out = "\n".join(a.text for a in pipe.process(raw, k).articles)
        assert numbers[k] in out
        assert "400-800-1234" not in out


def test_a_site_s_own_number_on_every_page_still_goes() -> None:
    same = ["0571-86010001"] * PAGES
    raws = _site_pages("服务热线：{num}", same, "版权所有　某某物业")
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = "\n".join(a.text for a in pipe.process(raws[1], 1).articles)
    assert "0571-86010001" not in out


INFO_ROWS = {
    "2021-03-09 10:20　　联络部　　阅读 12": ("2021-03-09", "联络部"),
    "2020-11-02　档案室　浏览：88次": ("2020-11-02", "档案室"),
    "2019-05-06 08:00 | 宣传处 | 点击 305": ("2019-05-06", "宣传处"),
}


@pytest.mark.parametrize("row", sorted(INFO_ROWS))
def test_a_label_less_dated_row_under_the_title_gives_date_and_origin(row: str) -> None:
    day, desk = INFO_ROWS[row]
    page = [
        "某某协会2021年度会员大会顺利召开",
        row,
        "",
        "本次大会听取并审议了理事会工作报告和财务报告，选举产生了新一届理事会成员。",
        "与会代表围绕协会今后一个时期的发展方向进行了热烈讨论，提出了许多宝贵意见。",
        "",
        "版权所有 某某协会",
    ]
    res = Pipeline(PipelineConfig()).process(
        RawInput("p.txt", ("\n".join(page) + "\n").encode()), 0
    )
    assert len(res.articles) == 1
    art = res.articles[0]
    assert art.meta.get("published") == day
    assert art.meta.get("origin") == desk
    assert desk not in art.text


@pytest.mark.parametrize(
    "row",
    [
        "2021-03-09　林小丽　阅读 12",  # a person's name: no desk
        "2021-03-09　第一部　阅读 12",  # an ordinal: no desk
        "2021-03-09　联络部　统计组　阅读 12",  # two desks: none is the row's
    ],
)
def test_rows_that_name_no_desk_give_no_origin(row: str) -> None:
    assert dated_desk(row, "2021-03-09", normalise_date, ("科", "股", "组")) is None


# a printed issue's running head and its folio on two lines where a page turned mid-sentence
# (set yb's gazette); the one-line head with its folio is folio_heads' own case
HEAD_TOP = "某市政府公報\n2030年第4期　　2030年4月8日（星期一）\n\n"
CUT_A = "二、委託市文化局負責協調各相關單位的籌備工作，並於每年年底前向"
CUT_B = "市政府提交工作報告。\n三、本決定自公佈之日起生效。\n"
TWO_LINE_HEADS = {
    "folio_over_head": "\n\n318\n某市政府公報　　2030年第4期　　2030年4月8日\n\n",
    "folio_under_head": "\n\n2030年第4期　　2030年4月8日　　某市政府公報\n318\n\n",
    "dashed_head": "\n\n318\n某市政府公報 — 第一組　　第4期　　2030年4月8日\n\n",
}


@pytest.mark.parametrize("name", sorted(TWO_LINE_HEADS))
def test_a_two_line_running_head_is_crossed_and_the_sentence_joined(name: str) -> None:
    from tests.stages.stage_runs import repair

    out = repair(HEAD_TOP + CUT_A + TWO_LINE_HEADS[name] + CUT_B)
    assert CUT_A + "市政府提交工作報告。" in out
    assert "318" not in out


def test_a_number_over_a_dated_line_that_is_no_head_stays() -> None:
    from tests.stages.stage_runs import repair

    # the dated line names nothing the page prints elsewhere, nor the number
    page = HEAD_TOP + CUT_A + "\n\n318\n北站　　2030年4月8日\n\n" + CUT_B
    out = repair(page)
    assert "318" in out and "北站" in out


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("設立「青年議事會」,負責收集意見。", "設立「青年議事會」，負責收集意見。"),
        ("參照《某某條例》;另行規定細則。", "參照《某某條例》；另行規定細則。"),
        ("由市文化局（主辦單位）:負責協調。", "由市文化局（主辦單位）：負責協調。"),
    ],
)
def test_a_half_width_mark_after_a_cjk_closing_mark_is_repaired(damaged: str, fixed: str) -> None:
    from tests.stages.stage_runs import repair

    assert repair(damaged + "\n").strip() == fixed


@pytest.mark.parametrize("line", ["He wrote “好”, then left.", "見「附表」,1至3項"])
def test_a_half_width_mark_before_no_han_letter_stays(line: str) -> None:
    from tests.stages.stage_runs import repair

    assert "," in repair(line + "\n")
