"""Metadata a piece's own rows name, read where the page sets them (metalow4).

* A compilation's pieces each closed by a two-line sign-off (the signing bodies over the
  date) whose date the piece finder reads as the closing row: the body over the date is
  the piece's issuer (the first of bodies signing jointly), its line kept as text.

Every name, page and word is invented.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import PageResult, Pipeline
from cleaner.stages.split_rows import signer_over_date


def _run(lines: list[str]) -> PageResult:
    raw = RawInput(source="p.txt", data=("\n".join(lines) + "\n").encode())
    return Pipeline(PipelineConfig()).process(raw, 0)


def _batch(n: int, day: str, signer: str) -> list[str]:
    return [
        f"[第{n}批][5个工作日][2户][1.20万元]",
        f"青石县2021年农机购置补贴第{n}批资金兑付公示",
        f"根据县农机补贴资金使用方案，经申请、受理并核实，第{n}批购机者符合兑付条件，现予以公示。",
        "序号　购机者　所在乡镇　机具品目　补贴额（元）",
        "01　王*明　东山镇　微耕机　800",
        "02　李*华　西河乡　插秧机　11200",
        "合计：2户，补贴资金12000元。",
        "公示期为5个工作日。公示期间如有异议，可向县农机站反映。",
        signer,
        day,
    ]


def test_two_pieces_closed_by_signer_over_date_take_the_signer_as_issuer() -> None:
    signer = "青石县农业农村局　青石县财政局"
    lines = [*_batch(3, "2021年5月5日", signer), "- - - - - - - - - - - -"]
    lines += _batch(4, "2021年5月19日", signer)
    arts = _run(lines).articles
    assert [a.meta.get("published") for a in arts] == ["2021-05-05", "2021-05-19"]
    assert [a.meta.get("issuer") for a in arts] == ["青石县农业农村局", "青石县农业农村局"]
    # the signers' line stays the piece's text (a removal would lose it)
    assert all(signer in a.text for a in arts)


def test_a_prose_line_over_the_closing_date_names_no_issuer() -> None:
    lines = [*_batch(3, "2021年5月5日", "以上内容特此公示。"), "- - - - - - - - - - - -"]
    lines += _batch(4, "2021年5月19日", "以上内容特此公示。")
    arts = _run(lines).articles
    assert len(arts) == 2
    assert all("issuer" not in a.meta for a in arts)
    assert [a.meta.get("published") for a in arts] == ["2021-05-05", "2021-05-19"]


def test_signer_over_date_needs_a_bare_date_and_a_line_between_title_and_date() -> None:
    page = ["某事公示", "公示内容。", "甲县农业农村局", "2022年8月11日"]
    assert signer_over_date(page, 3, 0) == "甲县农业农村局"
    assert signer_over_date(page, 3, 2) is None  # the body's line is the title's
    assert signer_over_date([*page[:3], "2022年8月11日上午"], 3, 0) is None


# --- a framed credit row the boilerplate stage removed under the last piece (dropped_rows)


def _read() -> Callable[[str], dict[str, str] | None]:
    from functools import partial

    from cleaner.stages.split_meta import MetaParser

    return partial(MetaParser().shaped_row, near_title=True)


def test_a_removed_framed_credit_closing_the_last_piece_names_its_author() -> None:
    from cleaner.stages.dropped_rows import read_parties

    empty: dict[str, list[str]] = {"under_title": [], "over_title": []}
    rows = [
        {**empty, "foot": []},
        {**empty, "foot": []},
        {**empty, "foot": ["（果樹課　韋明哲　撰稿）"]},
    ]
    texts = ["甲病\n發生現況：甲。", "乙病\n發生現況：乙。", "丙病\n發生現況：丙。"]
    # the split read the siblings' rows of the same frame and verb out of their text
    held = ["（果樹課　石佩蓉　撰稿）", "（植保室　葛若萱　撰稿）"]
    metas: list[dict[str, str]] = [{"author": "石佩蓉"}, {"author": "葛若萱"}, {}]
    assert read_parties(rows, metas, _read(), texts, held) == "foot"
    assert metas[2] == {"author": "韋明哲"}
    # siblings closed by rows of another form: the last piece's removed row stays unread
    metas = [{}, {}, {}]
    other = ["（果樹課　石佩蓉　校對）", "（植保室　葛若萱　校對）"]
    assert read_parties(rows, metas, _read(), texts, other) is None
    assert metas[2] == {}


def test_a_piece_whose_last_line_a_page_mark_cut_finds_its_removed_foot_row() -> None:
    from cleaner.stages.dropped_rows import dropped_rows

    text = (
        "甲病\n發生現況：甲地已出現病害。\n（果樹課　石佩蓉　撰稿）\n"
        "乙病\n發生現況：乙地田區已出現病害，由於近來\n\n某場　第3期　—2—\n\n"
        "降雨頻繁，預估將持續擴大。\n（植保室　葛若萱　撰稿）\n回上頁\n"
    )
    cut = []
    for row in ("（植保室　葛若萱　撰稿）\n", "回上頁\n"):
        a = text.index(row)
        cut.append((a, a + len(row)))
    pieces = [
        "甲病\n發生現況：甲地已出現病害。",
        "乙病\n發生現況：乙地田區已出現病害，由於近來降雨頻繁，預估將持續擴大。",
    ]
    rows = dropped_rows(text, cut, pieces)
    assert rows[1]["foot"] == ["（植保室　葛若萱　撰稿）", "回上頁"]
    assert rows[0]["foot"] == []  # its row stayed in the text


# --- a notice's table of fields under its headline, left out by the extractor (dropped_cards)

_NOTICE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>9號線改道 - 乘客通告 - 青嵐巴士</title></head>
<body><div class="logo">青嵐巴士</div>
<div class="nav"><a href="/a">路線搜尋</a> ｜ <a href="/b">乘客通告</a>
 ｜ <a href="/c">車費表</a></div>
<h1>9號線改道</h1>
<table class="info"><tr><th>生效日期</th><td>2021年3月15日（星期一）</td></tr>
<tr><th>受影響路線</th><td>9</td></tr><tr><th>{label}</th><td>{value}</td></tr></table>
<div class="notice-body">
<p>為配合水管工程，由2021年3月15日（星期一）首班車起，下列路線將作以下改動，為期約一個月：</p>
<ul><li>9號線：往碼頭方向改經長街及河道，不停靠舊街沿線的「市場」站。</li></ul>
<p>受影響車站：「市場」，乘客請改到長街近12號的臨時車站候車。</p>
<p>本公司對乘客因此而帶來的不便，深表歉意。</p><p class="sign">青嵐巴士有限公司謹啟</p></div>
<p>（本通告於2021年3月10日發出）</p>
<p>Copyright 2021 青嵐巴士有限公司　版權所有</p></body></html>"""


def _html(page: str) -> PageResult:
    import tempfile
    from pathlib import Path

    from cleaner.ingest.readers import read_inputs

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        raw = next(r for r in read_inputs([path]) if isinstance(r, RawInput))
    return Pipeline(PipelineConfig()).process(raw, 0)


def test_a_dropped_field_table_under_the_headline_gives_the_notices_number() -> None:
    (art,) = _html(_NOTICE.format(label="通告編號", value="PN21044")).articles
    assert art.meta.get("doc_number") == "PN21044"
    # the posting day stays the note's, not the table's effective day
    assert art.meta.get("published") == "2021-03-10"
    assert "PN21044" not in art.text  # the table stays dropped (recorded by the extractor)


def test_a_dropped_table_naming_no_number_gives_nothing() -> None:
    (art,) = _html(_NOTICE.format(label="受影響車站", value="市場")).articles
    assert "doc_number" not in art.meta
    assert art.meta.get("published") == "2021-03-10"


# --- a table's rows flattened under the title, an unnamed label between named ones


def test_a_flattened_table_under_the_title_reads_past_a_row_no_table_names() -> None:
    lines = [
        "9號線改道",
        "生效日期\t2021年3月15日",
        "受影響路線\t9",
        "通告編號\tPN21044",
        "為配合水管工程，由2021年3月15日首班車起，下列路線將作以下改動，為期約一個月。",
        "本公司對乘客因此而帶來的不便，深表歉意。",
    ]
    (art,) = _run(lines).articles
    assert art.meta.get("doc_number") == "PN21044"
    assert art.meta.get("effective") == "2021-03-15"
    # the prose under the table stays whole
    assert "為配合水管工程" in art.text and "深表歉意" in art.text


# --- the issuing body's masthead line over the title, the number alone under it


def test_a_number_under_a_title_under_its_bodys_masthead_line_is_read() -> None:
    lines = [
        "青溪市市场监督管理局",
        "青溪市市场监督管理局关于2021年第3期食品抽检情况的通告",
        "青市监通〔2021〕3号",
        "近期，我局组织抽检了食用农产品等8大类食品96批次样品，其中合格样品93批次。",
        "消费者购买食品时应选择证照齐全的正规经营场所，发现问题可拨打投诉举报热线反映。",
    ]
    (art,) = _run(lines).articles
    assert art.meta.get("doc_number") == "青市监通〔2021〕3号"
    assert "近期，我局组织抽检" in art.text


def test_a_number_shaped_line_under_a_title_under_a_prose_line_stays_text() -> None:
    lines = [
        "今年春天来得格外早。",
        "关于2021年第3期食品抽检情况的通告",
        "青市监通〔2021〕3号",
        "近期，我局组织抽检了食用农产品等8大类食品96批次样品，其中合格样品93批次。",
    ]
    arts = _run(lines).articles
    assert all(a.meta.get("doc_number") != "青市监通〔2021〕3号" for a in arts)
