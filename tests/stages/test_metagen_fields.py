"""Metadata fields on pages that meet every other goal (issue 12, metagen): each class of
miss as small invented pages, variants in other wordings, and look-alikes that must give
no value (or keep the one they gave):

* a compilation's piece closed by its credit or source row (``（资料来源：某局）``,
  ``（供稿单位：某中心）``, ``——某所供稿``): the unit that supplied the piece is its
  issuer and where it comes from, its origin (as the other readers of a piece's credit
  row give it, :func:`cleaner.stages.split_foot.supplier`); a single article keeps the
  issuer alone;
* the pieces of an issue (a gazette's, a bulletin's) whose head prints the issue's number
  beside its date (``第 21 期　2021年5月20日``): published that day, whatever day each
  piece's sign-off says it was signed (:mod:`cleaner.stages.issue_days`); a head date
  with no issue's number leaves each piece its own sign-off date;
* the day of an HTML page read from the rows around its headline: a row labelled as an
  event's day or a deadline (``活动时间：…``) or as another day of the document
  (``生效日期<TAB>…``) is no byline (no date rather than a wrong one), while a section's
  dated row right over the headline (``健康资讯　·　2023/10/16``) dates the page;
* an author's value that is a unit, a gap and a person's name (``某某管理部　林某某``):
  the person.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.ingest.html_dates import byline_date, kicker_date
from cleaner.ingest.html_page_facts import text_facts
from cleaner.stages.issue_days import issue_day
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_values import names_only
from tests.stages.stage_runs import split

# ---- a compilation's pieces closed by their credit rows

_CASES = [
    ("水泥厂", "某县", "甲县住建局"),
    ("码头", "某区", "乙区交通局"),
    ("仓库", "某市", "丙市应急局"),
]


def _briefing(credit: str) -> list[str]:
    lines = ["典型安全事故通报（第五期）", "请各单位认真组织学习，举一反三，切实做好防范工作。"]
    for n, (place, area, unit) in enumerate(_CASES):
        lines += [
            "◆ 领域：工贸行业",
            f"{area}某{place}“{n + 3}·1{n}”机械伤害事故",
            f"发生时间：2020年{n + 3}月1{n}日　发生地点：{area}　伤亡情况：1人死亡",
            "一、事故经过",
            f"2020年{n + 3}月1{n}日上午，{area}某{place}一名工人在检修设备时未切断电源，"
            f"造成1人死亡，直接经济损失约{n + 80}万元。",
            "二、原因分析",
            "企业安全管理制度不落实，现场作业缺少监护，隐患排查流于形式。",
            credit.format(unit),
            "· · · · · ·",
        ]
    return lines


@pytest.mark.parametrize("credit", ["（资料来源：{}）", "（供稿单位：{}）", "——{}供稿"])
def test_a_compilations_credit_row_names_each_pieces_origin(credit: str) -> None:
    arts = split(_briefing(credit))
    assert [a.title[:6] for a in arts] == ["某县某水泥厂", "某区某码头“", "某市某仓库“"]
    for art, (_, _, unit) in zip(arts, _CASES, strict=True):
        assert art.meta.get("issuer") == unit
        assert art.meta.get("origin") == unit
        assert credit.format(unit) not in art.text  # the credit row is metadata


def test_a_single_articles_credit_row_names_its_issuer_alone() -> None:
    arts = split(
        [
            "关于开展秋季消防安全检查的通知",
            "各单位：为做好秋季消防安全工作，现就开展消防安全检查有关事项通知如下。",
            "一、检查范围为辖区内各类生产经营单位，重点检查疏散通道和消防设施。",
            "二、各单位要在本月底前完成自查，并将自查报告报送街道办事处。",
            "（资料来源：某街道应急办）",
        ]
    )
    assert len(arts) == 1
    assert arts[0].meta.get("issuer") == "某街道应急办"
    assert "origin" not in arts[0].meta


# ---- the pieces of an issue are published on the issue's day


def _gazette(head: list[str]) -> list[str]:
    lines = [*head, "────────────────", "目　录"]
    lines += [
        "甲司司长办公室：第 12/2021 号甲司司长批示",
        "乙司司长办公室：第 40/2021 号乙司司长批示",
    ]
    lines += ["────────────────", ""]
    for office, number, day, signer in [
        ("甲司司长办公室", "12/2021", "二零二一年五月十一日", "甲司司长　林某某"),
        ("乙司司长办公室", "40/2021", "二零二一年五月十四日", "乙司司长　何某某"),
    ]:
        lines += [
            office,
            f"第 {number} 号{office[:2]}司长批示",
            f"{office[:2]}司长行使第 3/2019 号行政法规第五条赋予的职权，作出本批示：",
            "一、设立社区康复服务工作小组，负责统筹相关部门的工作。",
            "二、本批示自公布翌日起生效。",
            day,
            signer,
            "",
            "＊　＊　＊",
            "",
        ]
    return lines


@pytest.mark.parametrize(
    "head",
    [
        ["某湾特别行政区公报", "第 21 期　2021年5月20日（星期四）"],
        ["某湾特别行政区公报　第二组", "第二十一期　　2021年5月20日"],
    ],
)
def test_an_issues_pieces_take_the_issues_day(head: list[str]) -> None:
    arts = split(_gazette(head))
    assert [a.meta.get("doc_number") for a in arts] == ["第 12/2021 号", "第 40/2021 号"]
    assert [a.meta.get("published") for a in arts] == ["2021-05-20", "2021-05-20"]
    assert [a.meta.get("issuer") for a in arts] == ["甲司司长办公室", "乙司司长办公室"]


def test_a_head_date_without_an_issue_leaves_each_piece_its_sign_off_day() -> None:
    arts = split(_gazette(["某湾特别行政区批示汇编", "2021年5月20日（星期四）"]))
    assert [a.meta.get("published") for a in arts] == ["2021-05-11", "2021-05-14"]


def _day(line: str) -> str | None:
    return normalise_date(line.split("　")[-1].split("（")[0])


def test_issue_day_needs_the_issues_number_beside_that_very_date() -> None:
    assert issue_day(["某某简讯", "第3卷　2022年1月5日"], "2022-01-05", _day) == "2022-01-05"
    # a document's number is no issue's; another date on the issue's row is not the head's
    assert issue_day(["第 8/2022 号通告　2022年1月5日"], "2022-01-05", _day) is None
    assert issue_day(["某某简讯", "第3期　2022年1月6日"], "2022-01-05", _day) is None
    assert issue_day(["某某简讯", "第3期　2022年1月5日"], None, _day) is None


# ---- the day around an HTML page's headline

_HEAD = "重阳节敬老义诊活动周六举行"
_LEAD = "为弘扬尊老敬老的传统美德，本中心将开展敬老义诊活动，为老年人提供免费的健康检查。"


def _visible(over: str, under: list[str]) -> str:
    return "\n".join(
        ["某某社区卫生服务中心", "首页｜中心简介｜健康资讯", over, _HEAD, _LEAD, *under]
    )


@pytest.mark.parametrize(
    "row",
    [
        "活动时间：2023年10月21日上午八时至十一时",
        "報名截止：2023-10-19",
        "生效日期\t2023年10月21日",
    ],
)
def test_an_event_or_effective_day_under_the_headline_is_no_byline(row: str) -> None:
    visible = _visible("", [row, "活动地点：社区文化广场"])
    assert byline_date(visible, _HEAD) is None
    declared: dict[str, str] = {}
    text_facts(declared, _HEAD + " - 健康资讯", visible, (), ())
    assert "published" not in declared


@pytest.mark.parametrize(
    "row",
    ["发布时间：2023-10-16　来源：中心办公室", "2023-10-16 10:20", "开始时间\t2023-10-16"],
)
def test_a_byline_or_a_grids_day_under_the_headline_still_dates_the_page(row: str) -> None:
    assert byline_date(_visible("", [row]), _HEAD) == "2023-10-16"


@pytest.mark.parametrize(
    ("over", "want"),
    [
        ("健康资讯　·　2023/10/16", "2023-10-16"),
        ("中心动态 | 2023-10-16", "2023-10-16"),
        ("2023年10月16日", "2023-10-16"),
        # look-alikes: a linked title beside its day, a window of two days, a deadline
        ("上一篇：秋季流感疫苗开始接种 2023-10-09", None),
        ("2023-10-09 至 2023-10-16", None),
        ("报名截止：2023-10-19", None),
        ("Vol 3 · 2023-10-16", None),
    ],
)
def test_a_sections_dated_row_over_the_headline(over: str, want: str | None) -> None:
    visible = _visible(over, ["活动地点：社区文化广场"])
    assert kicker_date(visible, _HEAD) == want
    declared: dict[str, str] = {}
    text_facts(declared, _HEAD, visible, (), ())
    assert declared.get("published") == want


# ---- a unit before the author's name


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("仓储运营中心　林晓川", "林晓川"),
        ("某某大学文学院 王某", "王某"),
        ("财务管理部\u3000欧阳疏桐", "欧阳疏桐"),
        # look-alikes: a role before a name, two names, a unit alone
        ("房东 宁先生", "房东 宁先生"),
        ("林晓川　王某某", "林晓川\u3000王某某"),
        ("某某大学文学院", "某某大学文学院"),
    ],
)
def test_a_unit_before_the_authors_name_is_no_part_of_it(value: str, want: str) -> None:
    assert names_only({"author": value}).get("author") == want
