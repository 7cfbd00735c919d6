"""Metadata a compilation prints in each piece's own slot, by class (metalow2).

Classes: **a product's registration number** (a register's short name in Han letters
closed by an approving word, then digits: ``某械注准20172140488``) is a document number by
its shape in a piece's head row, read once the row's title moves under it, and a
**closing row of the same labels under every piece** (``批准日期：…　有效期至：…``) is the
pieces' own row, its date their ``published``; **a bare credit closing a piece** (a
writer's word, or in a compilation a maker's, a gap, a name: ``策展人　某某``) gives its
author; **an event's credit row amid a piece's text** (``主办：…　承办：…``) is read whole,
its host the origin; **a template caption's credit row** (``▲ 抓拍画面　采集：某大队　…``)
closing every piece is a framed slot row; **a party row the boilerplate stage removed under
one piece** is read when every sibling keeps (or the split read) a row of the same labels
at that slot.  Look-alikes: a site's filing numbers (``某ICP备…号``, ``某公网安备…号``),
a maker's word closing a single article, a contact's word, captions that differ, a
removed row whose siblings print other rows.  All text invented.
"""

from __future__ import annotations

from functools import partial

import pytest

from cleaner.stages.dropped_rows import read_parties
from cleaner.stages.party_cells import party_cells
from cleaner.stages.split_cell_marks import cn_doc_number
from cleaner.stages.split_closing_slots import closing_slots, slot_fields, slot_row
from cleaner.stages.split_gap_credit import gap_credit
from cleaner.stages.split_meta import MetaParser
from tests.stages.stage_runs import split

_P = MetaParser()
_NEAR = partial(_P.shaped_row, near_title=True)

_BODY = "该产品由外壳、电路板和传感器组成，适用于医疗机构日常使用，具体以注册证载明的内容为准。"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("国械注准20153460123", True),
        ("某械注进20162221234", True),
        ("国药准字H20003263", True),
        ("某府发〔2021〕35号", True),
        ("某ICP备0747620号", False),  # a site's filing number, in its foot
        ("某公网安备11010502030143号", False),
        ("邮编430094", False),
        ("批准20170101", False),  # no register's name before the approving word
    ],
)
def test_a_registration_number_is_a_document_number_by_its_shape(value: str, want: bool) -> None:
    assert cn_doc_number(value) is want


def test_a_head_row_with_a_registration_number_reads_it() -> None:
    got = _NEAR("⊞ 某械注准20172140488　·　首次注册　·　分类编码 14-14")
    assert got == {"doc_number": "某械注准20172140488"}
    assert "doc_number" not in (_NEAR("网站标识码：430000080　某ICP备0747620号") or {})


def _registry(n: int) -> list[str]:
    # the head states the count: the proof that the marked rows count pieces
    lines = [f"依据有关规定，现将本期批准的注册证信息公告如下（共{n}件）。", ""]
    names = ["医用冷敷贴", "电子血压计", "一次性使用输液贴"]
    for k in range(n):
        lines += [
            f"⊞ 某械注准2017214{k:04d}　·　首次注册　·　分类编码 14-1{k}",
            names[k],
            "注册人名称：某某医疗器械有限公司",
            "注册人住所：某省某市工业园区长泰路59号",
            "型号规格：A型、B型",
            f"结构及组成：{_BODY}",
            f"适用范围：{_BODY}",
            f"批准日期：2017-01-1{k}　　有效期至：2022-01-0{k + 1}",
            "",
        ]
    return lines


def test_each_piece_reads_its_number_over_it_and_its_day_under_it() -> None:
    drafts = split(_registry(3))
    assert [d.title for d in drafts] == ["医用冷敷贴", "电子血压计", "一次性使用输液贴"]
    assert [d.meta.get("doc_number") for d in drafts] == [
        f"某械注准2017214{k:04d}" for k in range(3)
    ]
    assert [d.meta.get("published") for d in drafts] == [f"2017-01-1{k}" for k in range(3)]
    assert not any("批准日期" in d.text for d in drafts)  # the rows are metadata
    assert all(_BODY in d.text for d in drafts)  # the text stays


@pytest.mark.parametrize(
    ("line", "headed", "want"),
    [
        ("策展人　邵某某", True, {"author": "邵某某"}),
        ("执笔　邵某某", False, {"author": "邵某某"}),
        ("记者 邵某某", False, {"author": "邵某某"}),
        ("策展人　邵某某", False, None),  # a maker closing a single article: the work's
        ("联系人　邵某某", True, None),  # a contact is no writer
        ("执笔　某某县水利局", True, None),  # a body, no person
        ("执笔：邵某某", True, None),  # labelled: the foot-row reader's
        ("策展人　邵某某　电话 12345", True, None),  # a second cell
    ],
)
def test_a_bare_credit_closing_a_piece(
    line: str, headed: bool, want: dict[str, str] | None
) -> None:
    assert gap_credit(line, headed=headed) == want


def test_a_curator_closing_every_preview_is_its_author() -> None:
    lines = ["本月展览预告", ""]
    shows = (("方寸之间——玺印展", "邵某某"), ("织造锦绣——丝绸展", "钱某某"), ("山海有灵", "阮某某"))
    for title, who in shows:
        lines += [
            f"【{title}】",
            f"某博物院将于下月推出“{title}”，展览分为四个部分，遴选展品九十余件（套），"
            "带领观众走近古人的生活。",
            "参观信息：展览免费开放，观众须提前实名预约，开幕当天上午十时举行开幕式。",
            f"策展人　{who}",
            "",
        ]
    drafts = split(lines)
    assert [d.meta.get("author") for d in drafts] == ["邵某某", "钱某某", "阮某某"]
    assert not any("策展人" in d.text for d in drafts)


def test_an_event_credit_amid_the_text_gives_its_host() -> None:
    meta: dict[str, str] = {}
    text = "甲赛\n比赛时间：3月25日　比赛地点：某公园\n主办：某某区体育局　承办：某某市田径协会"
    assert party_cells(text, meta, _P.field_of) == {"origin": "某某区体育局"}
    meta = {}  # a handler's cell alone ('承办：') stays the reader's as before
    party_cells("甲案\n承办：某某市田径协会", meta, _P.field_of)
    assert meta.get("origin") != "某某区体育局"


def test_a_template_caption_frames_a_closing_slot_row() -> None:
    rows = [
        f"▲ 抓拍画面　采集：{b}　2019年6月1{k}日 18:4{k}"
        for k, b in enumerate(["城东大队", "高新大队"])
    ]
    assert slot_row(rows[0]) == (("▲抓拍画面", "采集", "#date"), True)
    assert slot_fields(rows[1]) == {"origin": "高新大队"}
    body = "执勤民警现场发现一辆小型轿车闯红灯，随即调取视频、固定证据。"
    page = ["甲事", body, rows[0], "", "乙事", body, rows[1], ""]
    assert sorted(closing_slots(page, [(0, 4), (4, 8)])) == [2, 6]
    # captions that differ describe each piece's picture: no template, no slot
    other = [
        "甲事",
        body,
        "▲ 市民在公园晨练　摄影：王某某",
        "",
        "乙事",
        body,
        "▲ 夜市灯火通明　摄影：李某某",
    ]
    assert closing_slots(other, [(0, 4), (4, 7)]) == set()


def _foot(rows: list[list[str]]) -> list[dict[str, list[str]]]:
    return [{"under_title": [], "over_title": [], "foot": r} for r in rows]


def test_a_removed_party_row_is_read_where_its_siblings_print_the_same_slot() -> None:
    removed = _foot([[], ["主办：某某市体育局　承办：某某市篮球协会"], []])
    texts = [
        "甲赛\n正文一。\n主办：某某区体育局　承办：某某市田径协会",
        "乙赛\n正文二。\n咨询电话：0830-1234567",
        "丙赛\n正文三。",  # its row read by the split (held), out of its text
    ]
    held = ["主办：某某市总工会　承办：某某市羽毛球协会"]
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert read_parties(removed, metas, _NEAR, texts, held) == "foot"
    assert metas[1] == {"origin": "某某市体育局"}
    # without the split's row a sibling prints no such slot: nothing read
    metas = [{}, {}, {}]
    assert read_parties(removed, metas, _NEAR, texts) is None
    assert metas == [{}, {}, {}]


def test_a_removed_row_beside_rows_of_other_labels_is_not_read() -> None:
    removed = _foot([["主办：某某市体育局　承办：某某市篮球协会"], []])
    texts = ["甲赛\n正文一。\n咨询电话：0830-1234567", "乙赛\n正文二。\n报名截止：3月19日"]
    metas: list[dict[str, str]] = [{}, {}]
    assert read_parties(removed, metas, _NEAR, texts) is None
    assert metas == [{}, {}]
