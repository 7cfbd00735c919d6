"""Metadata fixes of session 17 (branch ``fixmeta17``): an origin row that opens a
piece's own labelled body form (split_form_rows) stays text.  Invented wording
throughout, with look-alikes that must stay as they were."""

from __future__ import annotations

from tests.stages.stage_runs import split

TITLE = "云岭红茶三号"
DATED = "发布日期：2021-05-06"
FORM = [
    "制作工艺：采摘后摊晾六小时，再经杀青、揉捻和烘干制成，成品条索紧结。",
    "冲泡建议：水温八十五度左右，第一泡十秒出汤，此后逐泡延长五秒。",
    "储存方法：密封避光，置于阴凉干燥处，开封后宜在三个月内饮完。",
]
PROSE = "这款茶产自高山茶园，茶园常年云雾缭绕，采摘时只取一芽一叶，做工十分讲究。"


def test_an_origin_row_over_the_pieces_labelled_rows_is_text() -> None:
    row = "原料来源：本地山茶与外购滇红拼配"
    (art,) = split([TITLE, DATED, row, *FORM])
    assert art.meta.get("published") == "2021-05-06"
    assert "origin" not in art.meta
    assert row in art.text and all(f in art.text for f in FORM)
    assert DATED not in art.text


def test_a_body_named_as_source_over_labelled_rows_stays_the_source() -> None:
    row = "稿件来源：云岭县融媒体中心"
    (art,) = split([TITLE, DATED, row, *FORM])
    assert art.meta.get("origin") == "云岭县融媒体中心"
    assert row not in art.text and all(f in art.text for f in FORM)


def test_an_origin_row_over_plain_prose_or_one_labelled_line_is_read() -> None:
    row = "原料来源：本地山茶与外购滇红拼配"
    (art,) = split([TITLE, DATED, row, PROSE, PROSE])
    assert art.meta.get("origin") == "本地山茶与外购滇红拼配"
    assert row not in art.text
    # one labelled line under it is no form yet
    (one,) = split([TITLE, DATED, row, FORM[0], PROSE])
    assert one.meta.get("origin") == "本地山茶与外购滇红拼配"


def test_an_origin_in_a_row_of_several_cells_is_read() -> None:
    row = "来源：本地山茶　作者：李晓岚"
    (art,) = split([TITLE, DATED, row, *FORM])
    assert art.meta.get("origin") == "本地山茶"
    assert row not in art.text


# ---- a letter box: the page's copy of the title, the box's label, the headline, then
# a row no table names over a row that reads


ASK = "您好！我家楼下的路灯坏了快一个月，晚上出门很不方便，希望有关部门尽快修好。"
REPLY_ROW = "回复单位：青溪区城管局　　回复时间：2022-09-14 10:05"
ANSWER = "您好！您反映的路灯问题已转交维修班组，现已修复，感谢您的监督与支持。"


def _letter(headline: str, *, row: str, number: str) -> list[str]:
    return [headline, "来件详情", headline, row, number, ASK, REPLY_ROW, ANSWER]


def test_a_letter_boxs_head_and_rows_are_metadata_the_text_stays() -> None:
    head = "青溪路口的路灯坏了没人修"
    row = "写信人：钟**　　写信时间：2022-09-08 21:40"
    number = "受理号：QX2022090812345　　分类：求助"
    (art,) = split(_letter(head, row=row, number=number))
    assert art.title == head
    assert art.meta.get("doc_number") == "QX2022090812345"
    assert art.meta.get("published") == "2022-09-14"  # the reply's day, not the letter's
    lines = art.text.splitlines()
    assert lines.count(head) == 1 and "来件详情" not in lines
    assert row not in lines and number not in lines
    assert ASK in lines and ANSWER in lines


def test_a_headline_with_figures_under_the_box_label_still_opens_the_rows() -> None:
    head = "8路公交末班车太早"
    (art,) = split(
        _letter(
            head,
            row="写信人：网友　　写信时间：2022-09-08 21:40",
            number="受理号：QX2022090899881　　分类：建议",
        )
    )
    assert art.meta.get("doc_number") == "QX2022090899881"
    assert art.text.splitlines().count(head) == 1


def test_a_row_of_unnamed_cells_over_prose_stays_text() -> None:
    facts = "集合时间：周六上午八点　　集合地点：青溪公园北门"
    body = "本次健步走活动全程约八公里，沿途设有补给点，请参加的同事穿运动鞋。"
    (art,) = split(["青溪区秋季健步走活动通知", facts, body, body])
    assert facts in art.text and body in art.text


def test_a_short_line_between_two_copies_of_a_title_stays_without_a_row() -> None:
    body = ["暮色落在檐下，山风吹过竹林。", "我提着灯慢慢走回小院。"]
    (art,) = split(["山居晚归", "林某", "山居晚归", *body])
    assert "林某" in art.text.splitlines()
    assert all(b in art.text for b in body)
