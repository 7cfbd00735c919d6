"""Fixes for set zz's archive calendar and policy-interpretation pages (fixzz2), each class
in wordings of its own, with look-alikes that must stay:

* a compilation's declared headings each UNDER its piece's row (a date row, a desk and
  date row): the bare heading is the piece's title AND its first line of text, and a
  dash byline under it is still read (:func:`split_headings.heading_run`); a heading cut
  of a count framing it stays the header;
* a bracketed credit row closing a piece that names its source as a work in ``《》``
  and who compiled it: the work is the origin, the compiler the author
  (:mod:`cited_sources`, :func:`split_foot.foot_row`); an interpreter's label
  (``解读人``) names the author; a compiler's word before no name is no credit;
* the last piece's closing row of labelled cells, at the page's foot, stays the piece's
  when the rows above close theirs with the same labels (:func:`echoed_rows.same_labels`);
* a row citing the one document a piece is about by ``《title》`` and number, over or after
  the text: its number is the doc_number, the row metadata (:func:`cited_document`); an
  attachment's row stays text;
* in prose, one Han letter split off right after an opening bracket or quote (``（以
  下简称``) is a word's first letter: the space goes.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.cited_sources import cited_document, cited_work
from cleaner.stages.echoed_rows import echoed_row, same_labels
from cleaner.stages.split import SplitStage
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_headings import heading_run
from tests.stages.meta_matrix import _html_raw
from tests.stages.stage_runs import repair

P1 = "那年秋天，镇上的第一台拖拉机开进了晒谷场，围观的人从早到晚没有断过，孩子们追着车跑。"
P2 = "后来，这台拖拉机一直用到八十年代，如今它静静地停在农机站的院子里，成了大家的念想。"
P3 = "开馆那天下着小雨，排队借书的人还是从门口排到了街角，管理员忙得连水都顾不上喝一口。"
P4 = "头一个月就办出了四百多张借书证，馆里不得不又从外地调来两书架的新书，才够大家借阅。"
STAGE = SplitStage()
FIELDS = STAGE.meta.field_of


def _run_html(html: str):  # type: ignore[no-untyped-def]
    return Pipeline(PipelineConfig()).process(_html_raw(html), 0).articles


def _run_text(text: str):  # type: ignore[no-untyped-def]
    raw = RawInput(source="p.txt", data=text.encode())
    return Pipeline(PipelineConfig()).process(raw, 0).articles


def _calendar(rows: list[str], heads: list[str], tag: str = "h3", under: str = "") -> str:
    parts = ["<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"]
    parts.append("<title>往事钩沉｜某某县情网</title></head><body>")
    parts.append("<h1>往事钩沉</h1>")
    bodies = [(P1, P2), (P3, P4), (P2, P3)]
    for n, (row, head) in enumerate(zip(rows, heads, strict=True)):
        a, b = bodies[n % 3]
        byline = f"<p>{under.format(n=n + 1)}</p>" if under else ""
        parts.append(f"<div class='ev'><div class='row'>{row}</div><{tag}>{head}</{tag}>")
        parts.append(f"{byline}<p>{a}</p><p>{b}</p></div><hr>")
    parts.append("<div class='foot'>本网站由某某县地方志办公室主办</div></body></html>")
    return "\n".join(parts)


# ---- headings under their rows: the title is the piece's first line of text

HEADS = ["镇上开来第一台拖拉机", "县图书馆正式对外借阅", "农机站修起新车库"]


@pytest.mark.parametrize(
    ("rows", "tag"),
    [
        (["1958年4月2日　星期三", "1966年4月2日　星期六", "1975年4月2日　星期三"], "h3"),
        (["〔农机站〕 1958-04-02", "〔文化馆〕 1966-04-02", "〔农机站〕 1975-04-02"], "h2"),
        (
            [
                "发布：1958-04-02　来源：县志办",
                "发布：1966-04-02　来源：县志办",
                "发布：1975-04-02　来源：县志办",
            ],
            "h3",
        ),
    ],
)
def test_a_heading_under_its_row_is_the_pieces_first_line(rows: list[str], tag: str) -> None:
    arts = _run_html(_calendar(rows, HEADS, tag))
    assert [a.title for a in arts] == HEADS
    assert [a.text.split("\n")[0] for a in arts] == HEADS
    assert [a.meta.get("published") for a in arts] == ["1958-04-02", "1966-04-02", "1975-04-02"]
    assert all(row not in a.text for a in arts for row in rows)


def test_a_dash_byline_under_the_text_title_is_read() -> None:
    rows = ["1958年4月2日　星期三", "1966年4月2日　星期六", "1975年4月2日　星期三"]
    arts = _run_html(_calendar(rows, HEADS, "h3", under="——初二（{n}）班　柯小满"))
    assert [a.text.split("\n")[0] for a in arts] == HEADS
    assert [a.meta.get("author") for a in arts] == ["柯小满"] * 3
    assert all("——初二" not in a.text for a in arts)


def test_heading_run_rule_by_shape() -> None:
    row = STAGE._under_header
    lines = ["汇编"]
    for n, h in enumerate(HEADS):
        lines += [f"〔农机站〕 2021-0{n + 3}-09", h, P1, P2]
    assert {r for _, r, _, _ in heading_run(lines, tuple(HEADS), row)} == {HEADER_IS_TEXT}
    # look-alike: a count framing every heading is cut from the title: the heading line
    # is no bare title, it stays the piece's header
    counted = [f"帖{n + 1}　{h}" for n, h in enumerate(HEADS)]
    lines = ["汇编"]
    for n, h in enumerate(counted):
        lines += [f"〔农机站〕 2021-0{n + 3}-09", h, P1, P2]
    got = heading_run(lines, tuple(counted), row)
    assert [t for _, _, t, _ in got] == HEADS
    assert {r for _, r, _, _ in got} != {HEADER_IS_TEXT}


# ---- a credit row naming a work and its compiler


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("（资料来源：馆藏《某县粮食局档案》　整理：柯小满）", {"origin": "某县粮食局档案"}),
        ("(资料来源：《某镇志》第三卷 | 整理人：林小禾)", {"origin": "某镇志"}),
        ("——资料来源：摘自《某某晚报》1987年6月3日　整理：董一苇", {"origin": "某某晚报"}),
        ("（来源：《某某农机》　编辑：舒阿蛮）", {"origin": "某某农机"}),
    ],
)
def test_a_cited_work_is_the_origin_and_the_compiler_the_author(
    row: str, want: dict[str, str]
) -> None:
    got = foot_row(row, FIELDS)
    assert got is not None
    assert got["origin"] == want["origin"]
    assert got["author"] == row.rsplit("：", 1)[1].rstrip("）)")


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("（整理：柯小满　审核：林小禾）", {}),  # persons only: a credit, no field
        ("（资料来源：某县档案馆　整理：柯小满）", {"issuer": "某县档案馆"}),  # a unit supplied it
        ("（整理：先晾干再收进柜子）", None),  # a compiler's word before no name
        ("整理：先晾干再收进柜子", None),
        ("（据《某镇志》记载，此事确有其事）", None),  # a sentence
    ],
)
def test_credit_look_alikes(row: str, want: dict[str, str] | None) -> None:
    assert foot_row(row, FIELDS) == want


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("（发布单位：某某局　解读人：范小舟）", "范小舟"),
        ("(发布机构：某某中心 | 解读专家：邬晓禾)", "邬晓禾"),
        ("解读单位：某某局　　解读人：宁小溪（法规科）　　解读日期：2023年4月5日", "宁小溪"),
    ],
)
def test_an_interpreter_is_the_author(row: str, author: str) -> None:
    got = foot_row(row, FIELDS) or STAGE._row_reader(row) or {}
    assert got.get("author") == author
    assert FIELDS("被解读人") is None  # who is interpreted writes nothing


def test_cited_work_shapes() -> None:
    assert cited_work("馆藏《某某公社档案》") == "某某公社档案"
    assert cited_work("见《某志》卷二") == "某志"
    assert cited_work("某某档案馆") is None
    assert cited_work("《甲集》与《乙集》") is None
    assert cited_work("承蒙某某先生惠赠《某集》") is None  # a longer lead-in


# ---- the last piece's row of labelled cells, at the page's foot


def test_same_labels_and_the_last_pieces_row() -> None:
    a, b = "（来源：甲处　整理：柯小满）", "（来源：乙处　整理：林小禾）"
    assert same_labels(a, b)
    assert same_labels("出处：甲 | 编者：乙 | 日期：1.2", "出处：丙 | 编者：丁 | 日期：1.5")
    assert not same_labels(a, a)  # one line repeated: the site's
    assert not same_labels(a, "（来源：乙处　审核：林小禾）")  # other labels
    assert not same_labels("来源：甲处", "来源：乙处")  # one cell is no row's form

    class Hit:
        kind = "shape"

    page = ["标题", P1, a, "", P3, b, "", "友情链接"]
    assert echoed_row(page, 5, {5: Hit()}, 0)
    lone = ["标题", P1, "", P3, b, "", "友情链接"]
    assert not echoed_row(lone, 4, {4: Hit()}, 0)


# ---- a row citing the document a piece is about


def _interpretation(head_row: str, tail_rows: list[str]) -> str:
    lines = [
        "《某某市门诊费用报销办法》答记者问",
        "答问人：某某处　　日期：2022年9月1日",
        head_row,
        "",
        "一、出台背景",
        "为进一步减轻参保群众门诊就医负担，市医保局制定了本办法，现就有关问题答记者问。",
        "二、主要内容",
        "门诊费用报销比例提高到百分之六十，年度最高支付限额提高到三千元，惠及全市参保群众。",
        "三、施行时间",
        "本办法自2022年10月1日起施行，原有规定与本办法不一致的，以本办法为准。",
        *tail_rows,
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("head_row", "tail_rows", "number"),
    [
        ("依据文件：《某某市门诊费用报销办法》（某医保发〔2022〕7号）", [], "某医保发〔2022〕7号"),
        (
            "",
            ["政策原文：《某某市门诊费用报销办法》　发文字号：某医保发〔2022〕8号"],
            "某医保发〔2022〕8号",
        ),
        ("", ["原件：《某某市门诊费用报销办法》（某医保规〔2022〕2号）"], "某医保规〔2022〕2号"),
    ],
)
def test_a_cited_documents_number_is_the_pieces(
    head_row: str, tail_rows: list[str], number: str
) -> None:
    arts = _run_text(_interpretation(head_row, tail_rows))
    assert len(arts) == 1
    assert arts[0].meta.get("doc_number") == number
    assert "《某某市门诊费用报销办法》（" not in arts[0].text
    assert "发文字号" not in arts[0].text
    assert arts[0].text.split("\n")[-1].startswith("本办法自2022年10月1日起施行")


def test_an_attachments_row_stays_text() -> None:
    row = "附件：《某某市门诊费用报销办法》（某医保发〔2022〕7号）"
    arts = _run_text(_interpretation("", [row]))
    assert row in arts[0].text.split("\n")
    num = STAGE.meta.doc_number
    about = "《某某市门诊费用报销办法》答记者问"
    assert cited_document(row, num, FIELDS, about=about) is None
    related = "相关文件：《某某市门诊费用报销办法》（某医保发〔2022〕7号）"
    assert cited_document(related, num, FIELDS, about=about) is None
    said = "根据《某某市门诊费用报销办法》（某医保发〔2022〕7号）执行。"
    assert cited_document(said, num, FIELDS, about=about) is None


# ---- one letter split off after an opening bracket


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        ("本办法（以 下简称《办法》）自发布之日起施行，各单位遵照执行。", "（以下简称"),
        ("会议由“文 明城市”创建办公室召开，各部门负责人参加了会议。", "“文明城市”"),
        ("请于3月底前将材料报送至「市 民服务中心」窗口办理，逾期不予受理。", "「市民服务"),
        ("本条例所称的从业人员（包 括临时聘用人员）应当持证上岗，违者处罚。", "（包括临时"),
    ],
)
def test_a_letter_split_off_after_an_opening_bracket_is_joined(damaged: str, fixed: str) -> None:
    assert fixed in repair("标题\n" + damaged + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "据悉（记者 张明）本次活动共有三百人参加，现场气氛热烈。",  # a byline's gap
        "参见（图 1）与（表 2）所列数据，本年度指标均已完成。",  # a number after it
        "（甲方 乙方）双方应当在十日内签字确认，逾期视为放弃。",  # two words each side
    ],
)
def test_gaps_in_brackets_that_part_words_stay(line: str) -> None:
    assert line in repair("标题\n" + line + "\n")
