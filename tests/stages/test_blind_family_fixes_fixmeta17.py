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
