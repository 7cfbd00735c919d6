"""Metadata read where the label is new to the tables (metashape): by the VALUE's shape
in a card, by the label's parts, and from a record's title.

The metadata of every blind set failed first on label words the tables did not hold yet
(a seller's, a drafter's, a host's, a teacher's label; a disclosure card's date label) and
each was fixed by adding the word.  Three general readings take their place:

* a card's rows whose labels no table names give the card's one date (under a date label
  that names no deadline) as its publish date, when no row of the card gave one
  (:mod:`split_unnamed`);
* a credit label is read by its parts: a word of writing, making, presenting or offering
  closed by a word for who does it is the author's label (``label_class``
  ``author_by_maker``), never one who checks, receives, buys or is contacted;
* a record's title opening with a body's full name before a year names its issuer
  (:mod:`split_title_issuer`), only when its head printed fields.

Every word here is invented; look-alikes that must stay are beside each case.
"""

from __future__ import annotations

from typing import Any

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_title_issuer import title_issuer
from tests.stages.family_figures import family_figures

BODY = [
    "本季度某某项目进展顺利，各项指标均按计划完成，相关工作已经通过了内部的检查和评审。",
    "下一阶段将继续完善管理制度，加强日常的监督检查，确保全年的各项目标能够如期实现。",
]


def _first(lines: list[str]) -> tuple[dict[str, str], set[str], str]:
    pipe = Pipeline(PipelineConfig())
    raw = RawInput("metashape/page.txt", ("\n".join(lines) + "\n").encode())
    arts = pipe.process(raw, 0).articles
    text = {ln.strip() for a in arts for ln in a.text.split("\n")}
    return dict(arts[0].meta), text, arts[0].title or ""


def _card(date_row: str) -> list[str]:
    return [
        "某某科技有限公司二〇二〇年度社会责任报告",
        "",
        "登记编号：QX-2020-0117",
        date_row,
        "报告类别：年度报告",
        "",
        *BODY,
    ]


def test_an_unknown_date_label_in_a_card_gives_the_cards_date() -> None:
    meta, text, _ = _card_meta("登载日期：2021-04-12")
    assert meta.get("published") == "2021-04-12"
    assert "登载日期：2021-04-12" not in text  # the row left the text with its date read
    meta, _, _ = _card_meta("入库时间：2021年4月12日")
    assert meta.get("published") == "2021-04-12"


def _card_meta(row: str) -> tuple[dict[str, str], set[str], str]:
    return _first(_card(row))


def test_a_deadline_in_a_card_is_no_publish_date() -> None:
    meta, _, _ = _card_meta("报名截止日期：2021-04-12")
    assert "published" not in meta


def test_the_card_reader_weighs_only_unnamed_rows_beside_read_ones() -> None:
    from cleaner.stages.split_unnamed import card_dates

    f = MetaParser().field_of
    page = ["编号：AB-12", "入库时间：2021-04-12", "核对时间：2021-04-19"]
    rows: list[tuple[list[int], dict[str, str]]] = [([0], {"doc_number": "AB-12"}), ([1], {})]
    assert card_dates(page, rows, f)[1] == ([1], {"published": "2021-04-12"})
    # two dates no label names: which is the card's is unknown, none is taken
    rows3 = [*rows, ([2], {})]
    assert [r[1] for r in card_dates(page, rows3, f)] == [{"doc_number": "AB-12"}, {}, {}]
    # rows that read nothing are no card
    assert card_dates(page, [([1], {}), ([2], {})], f)[0] == ([1], {})


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("撰写人", "author"),
        ("主笔人", "author"),
        ("编导", "author"),
        ("讲述者", "author"),
        ("主讲老师", "author"),
        ("出售者", "author"),
        ("卖家", "author"),
        ("主播", "author"),
        ("講師", "author"),
        # look-alikes: who checks, receives, buys, is contacted, helps or compiles
        ("审稿人", None),
        ("听讲人", None),
        ("代售人", None),
        ("编审人", None),
        ("收件人", None),
        ("买家", None),
        ("联系人", None),
        ("助理主播", None),
        ("编者", None),
        ("承租人", None),
        ("委托撰写人", None),
        ("读者", None),
        # a station's name, a headline's words before its colon
        ("某县交通广播", None),
        ("琴韵远播", None),
        ("编程高手", None),
    ],
)
def test_a_credit_label_is_read_by_its_parts(label: str, field: str | None) -> None:
    assert MetaParser().field_of(label) == field


def test_an_english_byline_parted_by_a_middle_dot_gives_the_author() -> None:
    p = MetaParser()
    got = p.shaped_row("By Ama Quill, Field Officer · 2019/4/12", near_title=True)
    assert got == {"published": "2019-04-12", "author": "Ama Quill"}
    got = p.shaped_row("By Ama Quill · 2019/4/12", near_title=True)
    assert got == {"published": "2019-04-12", "author": "Ama Quill"}
    # words that only open with 'By' are no byline
    assert p.shaped_row("By the way · we met on 2019/4/12", near_title=True) is None


def test_a_headline_with_a_colon_names_no_author() -> None:
    title = "琴韵远播：古代乐器的故事"
    meta, text, got = _first([title, "2021-04-12", "", *BODY])
    assert "author" not in meta
    assert title in text or got == title


def test_a_makers_row_under_the_title_gives_the_author() -> None:
    meta, text, _ = _first(["春季苗木养护的几点做法", "撰写人：柯某某　审稿人：岑某某", "", *BODY])
    assert meta.get("author") == "柯某某"
    assert BODY[0] in text


def test_a_row_naming_a_contact_only_gives_no_author() -> None:
    row = "联系人：柯某某　电话：0000-1234567"
    meta, text, _ = _first(["春季苗木养护的几点做法", row, "", *BODY])
    assert "author" not in meta
    assert BODY[0] in text


def test_a_records_title_names_its_issuer() -> None:
    assert title_issuer("某某环保股份有限公司2020年度社会责任报告") == "某某环保股份有限公司"
    assert title_issuer("某市人民政府2021年政务公开工作年度报告") == "某市人民政府"
    # a story about a year, a person's name, prose: no body
    assert title_issuer("某某某2020年的一次远足") is None
    assert title_issuer("我们公司在2020年做了什么，") is None
    assert title_issuer("2020年度报告") is None


def test_a_card_under_a_titled_filing_gives_date_and_issuer() -> None:
    page = [
        "某某环保股份有限公司2020年度社会责任报告",
        "证券代码：000000",
        "证券简称：某某环保",
        "登载日期：2021-04-12",
        "",
        *BODY,
    ]
    meta, _, _ = _first(page)
    assert meta.get("published") == "2021-04-12"
    assert meta.get("issuer") == "某某环保股份有限公司"


def test_a_bare_headline_of_a_body_and_a_year_names_no_issuer() -> None:
    meta, _, _ = _first(["某某环保股份有限公司2020年的一次远足", "", *BODY])
    assert "issuer" not in meta


def _meta(figures: dict[str, Any]) -> float:
    return float(figures["metadata"])


def test_sealed_zj_esg_reads_its_card_and_issuer_at_first_sight() -> None:
    fig = family_figures("sealed_zj_esg")
    assert _meta(fig) >= 0.95
