"""Set zq, ``xiangxun`` (fixzq2): an e-newsletter's pieces, each an ``<h3>`` heading whose
date closes it in a bracket pair, then prose, then a credit row (``資料提供：某課``).

A credit row closing every piece is the evidence of a compilation (:data:`CLOSED` in
:mod:`cleaner.stages.split_headings`) as a metadata row is; the date every heading ends
with is the piece's, not its title's.  Invented text, none of the family's.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.pipeline import Pipeline
from cleaner.stages.split_headings import dated_tails, heading_run
from cleaner.stages.split_reply import answer_byline
from tests.stages.meta_matrix import _html_raw

_BODY = [
    "為整修老舊的排水設施，本所近日在河堤步道辦理相關工作，承辦人員表示，工期約兩週，請用路人留意安全。",
    "施工期間部分路段改道，造成不便之處，尚請見諒，詳情請洽本所工務課。",
]


def _page(heads: list[str], credits: list[str]) -> str:
    parts = ["<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"]
    parts.append("<title>某某鄉訊 第9期</title></head><body>")
    parts.append("<h1>某某鄉訊</h1>")
    for n, (h, c) in enumerate(zip(heads, credits, strict=True)):
        body = "".join(f"<p>{p}第{n}則。</p>" for p in _BODY)
        credit = f"<div class='src'>{c}</div>" if c else ""
        parts.append(f"<h3>{h}</h3>\n{body}\n{credit}\n<hr>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _run(html: str):  # type: ignore[no-untyped-def]
    return Pipeline(PipelineConfig()).process(_html_raw(html), 0).articles


def test_credit_rows_close_each_piece() -> None:
    heads = ["河堤步道排水改善（112/03/08）", "圖書室週末延長開放（112/03/02）"]
    arts = _run(_page(heads, ["資料提供：工務課", "資料提供：圖書室"]))
    assert [a.title for a in arts] == ["河堤步道排水改善", "圖書室週末延長開放"]
    assert [a.meta.get("published") for a in arts] == ["2023-03-08", "2023-03-02"]
    assert all("資料提供" not in a.text for a in arts)


def test_headings_without_closing_rows_stay_one() -> None:
    # the same page with no credit rows: a report's sections, not pieces
    heads = ["河堤步道排水改善（112/03/08）", "圖書室週末延長開放（112/03/02）"]
    arts = _run(_page(heads, ["", ""]))
    assert len(arts) == 1


def test_heading_run_closer_unit() -> None:
    body = "正文說明了這一年的全部安排和各項要求，各單位請遵照執行並按時報送，謝謝合作。"
    page = ["甲事", body, body, "資料提供：某課", "乙事", body, body, "資料提供：某所"]
    credit = lambda s: s.startswith("資料提供")  # noqa: E731
    never = lambda s: False  # noqa: E731
    assert [i for i, *_ in heading_run(page, ("甲事", "乙事"), never, credit)] == [0, 4]
    assert heading_run(page, ("甲事", "乙事"), never) == []
    # a credit row above one heading only: no run
    lone = ["甲事", body, body, "乙事", body, body, "資料提供：某所"]
    assert heading_run(lone, ("甲事", "乙事"), never, credit) == []


def test_dated_tails_need_every_title() -> None:
    assert dated_tails(["甲（2021-03-09）", "乙"]) == (["甲（2021-03-09）", "乙"], [None, None])
    assert dated_tails(["甲（第3號）", "乙（第4號）"])[1] == [None, None]
    assert dated_tails(["（2021-03-09）", "乙（2021-03-02）"])[1] == [None, None]


def test_a_letters_reply_row_is_its_metadata() -> None:
    # set zq ``xinxiang``: a mailbox letter (no question mark), then the reply's row
    letter = "我家门前的路灯坏了两个月，晚上出行很不方便，希望有关部门尽快派人修理。"
    reply = "您好，来信收悉。经核实，该路段路灯已于本周更换完毕，感谢您的监督。"
    page = ["路灯坏了没人修", letter, "回复单位：某某区城管局　回复时间：2022-04-03 10:15", reply]
    rows = {page[2]: {"origin": "某某区城管局", "published": "2022-04-03"}}
    assert answer_byline([0, 1, 2, 3], page, rows.get) == [([2], rows[page[2]])]
    # the asker's own row (no answering label) under a letter without a question stays
    asker = "来信人：某某　来信时间：2022-04-01 09:00"
    rows2 = {asker: {"origin": "某某", "published": "2022-04-01"}}
    assert answer_byline([0, 1, 2, 3], [*page[:2], asker, reply], rows2.get) == []
    # a row half of whose labels name no answer stays too
    mixed = "来信人：某某　回复时间：2022-04-03"
    rows3 = {mixed: {"author": "某某", "published": "2022-04-03"}}
    assert answer_byline([0, 1, 2, 3], [*page[:2], mixed, reply], rows3.get) == []


def _letter(label: str, again: str) -> str:
    letter = "我家门前的路灯坏了两个月，晚上出行很不方便，希望有关部门尽快派人修理，谢谢。"
    return "\n".join(
        [
            "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>",
            "<title>路灯坏了没人修</title></head><body>",
            f"<div class='hd'>{label}</div>",
            "<div class='no'>编号：LX20220401　　类型：投诉　　状态：已办结</div>",
            f"<h3>{again}</h3>",
            f"<p>{letter}</p><p>{letter}</p>",
            "</body></html>",
        ]
    )


def test_a_box_label_between_title_copy_and_row() -> None:
    # set zq ``xinxiang``: the <title> copy, the box's label, the number row, the headline
    arts = _run(_letter("信件详情", "路灯坏了没人修"))
    assert arts[0].meta.get("doc_number") == "LX20220401"
    assert "编号：" not in arts[0].text


def test_box_label_look_alike_keeps_its_row() -> None:
    # the headline under the row is not the title's copy: the row is not read as ours
    arts = _run(_letter("信件详情", "另一封信的标题文字"))
    assert arts[0].meta.get("doc_number") != "LX20220401"
