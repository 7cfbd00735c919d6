"""Fixes for set zw's round-up, ruling and letter families (branch fixzw2), in wordings of
their own, with look-alikes that stay:

* a label naming the body that checked or refuted a claim (``核查机构``, ``查證單位``) is
  the piece's origin, its date label (``核查时间``) the piece's date (``origin_by_check``,
  ``published_by_check`` in ``headers.toml``);
* a short compiled piece (two paragraphs) closed by a row whose every cell is a labelled
  field: the row is the piece's metadata (:func:`split_tail.short_piece_row`);
* a numbered header row of ONE labelled tag cell, the same label on every row and a short
  class word as value (``No.2 ｜ 结论：失实``): the row files the piece, its title is the
  line below (:func:`split_tag_heads.tag_cells`);
* a row no table names closing a document's field block, over the rule drawn under the
  block (removed by the boilerplate stage or still there): the block's
  (:mod:`ruled_rows`);
* a lone document's bare code over its title and its issuer's dated byline under it,
  the date closed by an issuing verb: both metadata (:mod:`split_coded_title`).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_headers import numbered_runs, titles_below
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_tag_heads import tag_cells
from tests.stages.stage_runs import split

META = MetaParser()

P1 = "经过实地走访，相关说法与事实不符，现场并未发现传言中提到的情况，请大家放心。"
P2 = "工作人员提醒，看到来源不明的消息时先查一查权威渠道，不要随手转发给亲友。"
P3 = "据了解，该片区近期只是进行例行的管道检修，预计下周即可全部恢复正常供应。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


# ---- labels of a checking body and its date


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("核查机构", "origin"),
        ("查证单位", "origin"),
        ("核實單位", "origin"),
        ("澄清部门", "origin"),
        ("核查时间", "published"),
        ("查证日期", "published"),
    ],
)
def test_a_checking_body_and_its_date(label: str, field: str) -> None:
    assert META.field_of(label) == field


def test_look_alike_check_labels() -> None:
    assert META.field_of("被核查单位") != "origin"  # the one checked, not the checker
    assert META.field_of("核查截止日期") is None  # a deadline


# ---- a short piece closed by a row of labelled fields


def _digest(closing: list[str]) -> list[str]:
    titles = ["河湾夜市将全面取缔的说法", "槐镇自来水含铅超标的说法", "柳岸公交全线停运的说法"]
    out = ["辟谣周报"]
    for n, (title, row) in enumerate(zip(titles, closing, strict=True), 1):
        out += [f"{n}. {title}", P1, P2, row]
    return out


@pytest.mark.parametrize(
    "rows",
    [
        [
            f"核查机构：河湾{u}　｜　核查时间：2021-05-0{d}"
            for u, d in (("市场所", 6), ("水务站", 4), ("交通局", 2))
        ],
        [
            f"查证单位：河湾{u}　　查证日期：2021年5月{d}日"
            for u, d in (("市场所", 6), ("水务站", 4), ("交通局", 2))
        ],
        [
            f"答复单位：河湾{u} | 答复时间：2021.05.0{d}"
            for u, d in (("市场所", 6), ("水务站", 4), ("交通局", 2))
        ],
    ],
)
def test_a_short_piece_closing_row_is_its_metadata(rows: list[str]) -> None:
    arts = split(_digest(rows))
    assert len(arts) == 3
    assert [a.meta.get("published") for a in arts] == ["2021-05-06", "2021-05-04", "2021-05-02"]
    assert [a.meta.get("origin") for a in arts] == ["河湾市场所", "河湾水务站", "河湾交通局"]
    assert all(P2 in a.text and "：河湾" not in a.text for a in arts)


def test_look_alike_closing_rows_stay_text() -> None:
    rows = [
        "联系人：林某　｜　电话：5550123",
        "联系人：周某　｜　电话：5550456",
        "联系人：吴某　｜　电话：5550789",
    ]
    arts = split(_digest(rows))
    assert sum(a.text.count("联系人：") for a in arts) == 3


# ---- a numbered row of one tag cell over each piece


TAGGED = ["河湾夜市将全面取缔", "槐镇自来水含铅超标", "柳岸公交全线停运检修", "松岭小学下周起停课"]


def _tagged(tags: list[str]) -> list[str]:
    page = ["辟谣周报　第十二期"]
    for tag, title in zip(tags, TAGGED, strict=True):
        page += [tag, title, P1, P2, P3]
    return page


@pytest.mark.parametrize(
    "tags",
    [
        ["01　｜　结论：谣言", "02　｜　结论：谣言", "03　｜　结论：失实", "04　｜　结论：谣言"],
        ["（1）等级：B", "（2）等级：B", "（3）等级：B", "（4）等级：A"],
        ["【1】類別：民生", "【2】類別：民生", "【3】類別：民生", "【4】類別：交通"],
        ["1　|　判定：不实", "2　|　判定：不实", "3　|　判定：不实", "4　|　判定：误导"],
    ],
)
def test_a_tag_row_files_the_piece_titled_below(tags: list[str]) -> None:
    # the class words repeat: read as titles, too few differ for the run to be headers
    page = _tagged(tags)
    run = titles_below(page, numbered_runs(page)[0])
    assert [c.title for c in run] == TAGGED


def test_look_alike_numbered_fields_keep_their_own_titles() -> None:
    page = _tagged(["一、时间：三月", "二、地点：礼堂", "三、人员：全体", "四、事项：总结"])
    run = titles_below(page, numbered_runs(page)[0])
    assert [c.title for c in run] == ["时间：三月", "地点：礼堂", "人员：全体", "事项：总结"]


def test_tag_cells_shape() -> None:
    assert tag_cells(["结论：失实", "结论：谣言"])
    assert not tag_cells(["时间：三月五日", "地点：礼堂"])  # a document's own fields
    assert not tag_cells(["问：夜市什么时候开？", "问：公交几点停？"])  # questions
    assert not tag_cells(["结论：经查，该说法失实", "结论：谣言"])


# ---- a field block's closing row over its rule


def _letter(row: str, rule: str = "━" * 20) -> list[str]:
    return [
        "关于河湾夜市摊位费收取标准的复函",
        "文号：河政函〔2021〕17号　　日期：2021年5月6日　　机关：河湾区政府办公室",
        row,
        rule,
        "一、来函收悉，经研究，现将有关事项答复如下。",
        P1,
        P2,
    ]


@pytest.mark.parametrize(
    "row",
    [
        "适用条款：河湾区摊位管理办法第八条",
        "关联文件：河政发〔2019〕3号",
        "參照法規：河灣區攤位管理辦法第八條",
    ],
)
@pytest.mark.parametrize("rule", ["━" * 20, "-" * 24, "＝" * 18])
def test_a_row_over_the_block_rule_is_the_blocks(row: str, rule: str) -> None:
    got = _run(_letter(row, rule))
    assert len(got.articles) == 1
    art = got.articles[0]
    assert row not in art.text and P2 in art.text and "来函收悉" in art.text
    assert art.meta.get("published") == "2021-05-06"


def test_look_alike_a_labelled_line_with_no_rule_under_it_stays() -> None:
    page = _letter("申请人：河湾某某商贸有限公司")
    del page[3]  # no rule drawn under the block
    art = _run(page).articles[0]
    assert "申请人：河湾某某商贸有限公司" in art.text


def test_look_alike_a_sentence_over_the_rule_stays() -> None:
    row = "要点：摊位费按面积收取，不得另立名目。"
    art = _run(_letter(row)).articles[0]
    assert row in art.text


# ---- a bare code over the title, the dated issuer under it


@pytest.mark.parametrize(
    ("code", "byline", "day"),
    [
        ("HW2021-0042", "河湾海关关税科 · 2021年5月6日作出", "2021-05-06"),
        ("QX-20-118", "河湾区市场监管局　2020-11-08　发布", "2020-11-08"),
        ("AB/2019/07", "槐镇规划委员会　2019年7月2日印发", "2019-07-02"),
    ],
)
def test_a_coded_title_and_its_byline_are_metadata(code: str, byline: str, day: str) -> None:
    title = "关于河湾夜市摊位费收取标准的决定"
    got = _run([title, code, title, byline, P1, P2, P3])
    assert len(got.articles) == 1
    art = got.articles[0]
    assert art.title == title
    assert art.meta.get("doc_number") == code
    assert art.meta.get("published") == day
    assert code not in art.text and byline not in art.text
    assert art.text.count(title) <= 1 and P3 in art.text


def test_look_alike_a_code_with_text_under_the_title_stays() -> None:
    title = "关于河湾夜市摊位费收取标准的决定"
    got = _run(["HW2021-0042", title, P1, P2, P3])
    assert "HW2021-0042" in got.articles[0].text or got.articles[0].meta.get("doc_number")
    assert P1 in got.articles[0].text
