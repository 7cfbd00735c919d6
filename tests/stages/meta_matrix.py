"""A matrix of metadata layouts × label wordings (``benchmarks/meta_matrix.py`` prints it).

Each cell is one page read alone (no site profile): a title, ONE labelled metadata row in
one layout shape (label and value on one line with a colon, a tab, a wide space or a
bracketed label; label line over value line; several pairs on one row; a two-column table,
a label row over a value row, a definition list in HTML; the row over the title), in one
label wording of one class (published, issuer, doc_number, origin, author), and the page's
text.  Dates come in every common form.  Look-alikes (a sentence holding a label word or a
date, a data table of several value rows, a label inside a paragraph) must stay text.

All wording is invented for this matrix; conventions follow ``meta_layouts.py``.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from tests.stages.meta_layouts import BODY, EN_BODY, EN_FOOT, EN_TITLE, FOOT, TITLE

D = "2021-03-09"
ISS = "槐川区住房和城乡建设局"
ORI = "槐川区融媒体中心"
DOC = "槐建发〔2021〕12号"
AUT = "钟岚"
EN_VALUES = {
    "published": ("9 March 2021", D),
    "issuer": ("Huaichuan Housing Bureau", "Huaichuan Housing Bureau"),
    "doc_number": ("HC-2021-012", "HC-2021-012"),
    "origin": ("Huaichuan Daily", "Huaichuan Daily"),
    "author": ("Lin Mei", "Lin Mei"),
}
CN_VALUES = {
    "published": ("2021-03-09", D),
    "issuer": (ISS, ISS),
    "doc_number": (DOC, DOC),
    "origin": (ORI, ORI),
    "author": (AUT, AUT),
}
# label wordings per class: plain, a second plain, traditional script, letter-spaced,
# bilingual; English labels apart (on an English page)
CN_LABELS = {
    "published": ["发布日期", "公布时间", "發佈日期", "发 布 日 期", "发布日期 / Published"],
    "issuer": ["发布机构", "发布部门", "發文機關", "发 布 单 位", "发布机构 / Issued by"],
    "doc_number": ["文号", "发文字号", "發文字號", "文　　号", "文号 / Ref. No."],
    "origin": ["来源", "信息来源", "來源", "来　　源", "来源 / Source"],
    "author": ["作者", "撰稿", "作　　者", "作者 / Author"],
}
EN_LABELS = {
    "published": ["Published", "Date Published", "Release Date"],
    "issuer": ["Issued by", "Issuer"],
    "doc_number": ["Ref. No.", "Document No."],
    "origin": ["Source"],
    "author": ["Author", "Written by"],
}
DATE_FORMS = [
    "2021-3-9",
    "2021/03/09",
    "2021.03.09",
    "2021年3月9日",
    "二〇二一年三月九日",
    "09 Mar 2021",
    "March 9, 2021",
    "民国110年3月9日",
    "110年3月9日",
]
BRACKETS = ["【】", "［］", "〔〕", "〖〗", "[]"]


@dataclass(frozen=True)
class Cell:
    name: str
    page: str  # the page's text (plain) or markup (``html``)
    expect: dict[str, str]
    absent: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    html: bool = False


def _text(rows: list[str], *, en: bool = False, above: bool = False, foot: bool = False) -> str:
    title, body, tail = (EN_TITLE, EN_BODY, EN_FOOT) if en else (TITLE, BODY, FOOT)
    if above:
        lines = [*rows, title, *body, *tail]
    elif foot:
        lines = [title, *body, *rows, *tail]
    else:
        lines = [title, *rows, *body, *tail]
    return "\n".join(lines) + "\n"


def _html(block: str, *, en: bool = False, above: bool = False) -> str:
    title, body = (EN_TITLE, EN_BODY) if en else (TITLE, BODY)
    paras = "".join(f"<p>{escape(p)}</p>" for p in body)
    head = f"<h1>{escape(title)}</h1>"
    main = f"{block}{head}" if above else f"{head}{block}"
    return f"<html><body><div class='article'>{main}{paras}</div></body></html>"


def _one_line(label: str, value: str) -> dict[str, list[str]]:
    rows = {
        "colon_full": [f"{label}：{value}"],
        "colon_ascii": [f"{label}: {value}"],
        "tab": [f"{label}\t{value}"],
        "wide_space": [f"{label}　{value}"],
        "own_line": [label, value],
        "own_line_colon": [f"{label}：", value],
    }
    for br in BRACKETS:
        rows[f"bracket_{br}"] = [f"{br[0]}{label}{br[1]}{value}"]
    return rows


def _cells_text() -> list[Cell]:
    cells: list[Cell] = []
    for cls, labels in CN_LABELS.items():
        shown, want = CN_VALUES[cls]
        for label in labels:
            for shape, rows in _one_line(label, shown).items():
                cells.append(Cell(f"{cls}|{shape}|{label}", _text(rows), {cls: want}))
            cells.append(
                Cell(f"{cls}|above|{label}", _text([f"{label}：{shown}"], above=True), {cls: want})
            )
    for cls, labels in EN_LABELS.items():
        shown, want = EN_VALUES[cls]
        for label in labels:
            for shape in ("colon_ascii", "own_line", "tab"):
                rows = _one_line(label, shown)[shape]
                cells.append(Cell(f"{cls}|en_{shape}|{label}", _text(rows, en=True), {cls: want}))
    for form in DATE_FORMS:
        cells.append(
            Cell(f"published|date_form|{form}", _text([f"发布日期：{form}"]), {"published": D})
        )
        cells.append(
            Cell(
                f"published|bare_date_issuer|{form}",
                _text([f"{ISS}　{form}"]),
                {"published": D, "issuer": ISS},
            )
        )
    # several pairs on one row
    pairs = [f"发布日期：{D}", f"发布机构：{ISS}", f"文号：{DOC}", f"来源：{ORI}", f"作者：{AUT}"]
    want_all = {"published": D, "issuer": ISS, "doc_number": DOC, "origin": ORI, "author": AUT}
    for sep_name, sep in (("wide", "　　"), ("bar", " | "), ("shu", "丨"), ("slash", " / ")):
        cells.append(Cell(f"multi|row_{sep_name}|", _text([sep.join(pairs)]), want_all))
        cells.append(
            Cell(f"multi|above_{sep_name}|", _text([sep.join(pairs)], above=True), want_all)
        )
    cells.append(Cell("multi|label_lines|", _text(pairs), want_all))
    cells.append(
        Cell("multi|label_over_value|", _text([x for p in pairs for x in p.split("：")]), want_all)
    )
    # value before its label
    cells.append(Cell("published|value_first|", _text([f"{D} 发布"]), {"published": D}))
    cells.append(Cell("issuer|value_first|", _text([f"{ISS} 发布"]), {"issuer": ISS}))
    # English row
    en_pairs = (
        "Published: 9 March 2021 | Issued by: Huaichuan Housing Bureau | Ref. No.: HC-2021-012"
    )
    cells.append(
        Cell(
            "multi|en_row|",
            _text([en_pairs], en=True),
            {"published": D, "issuer": "Huaichuan Housing Bureau", "doc_number": "HC-2021-012"},
        )
    )
    return cells


def _cells_html() -> list[Cell]:
    cells: list[Cell] = []
    items = [
        ("发布日期", D, "published", D),
        ("发布机构", ISS, "issuer", ISS),
        ("文号", DOC, "doc_number", DOC),
        ("来源", ORI, "origin", ORI),
        ("作者", AUT, "author", AUT),
    ]
    want_all = {k: v for _, _, k, v in items}

    def tr(a: str, b: str) -> str:
        return f"<tr><td>{escape(a)}</td><td>{escape(b)}</td></tr>"

    two_col = "<table>" + "".join(tr(a, b) for a, b, _, _ in items) + "</table>"
    head_row = "".join(f"<th>{escape(a)}</th>" for a, _, _, _ in items)
    val_row = "".join(f"<td>{escape(b)}</td>" for _, b, _, _ in items)
    over = f"<table><tr>{head_row}</tr><tr>{val_row}</tr></table>"
    dl = (
        "<dl>"
        + "".join(f"<dt>{escape(a)}</dt><dd>{escape(b)}</dd>" for a, b, _, _ in items)
        + "</dl>"
    )
    spans = (
        "<div class='info'>"
        + "".join(f"<span>{escape(a)}：{escape(b)}</span>" for a, b, _, _ in items)
        + "</div>"
    )
    for name, block in (
        ("two_col", two_col),
        ("label_row_over_values", over),
        ("dl", dl),
        ("spans", spans),
    ):
        cells.append(Cell(f"multi|html_{name}|", _html(block), want_all, html=True))
        cells.append(
            Cell(f"multi|html_{name}_above|", _html(block, above=True), want_all, html=True)
        )
    for cls, labels in CN_LABELS.items():
        shown, want = CN_VALUES[cls]
        for label in labels:
            cells.append(
                Cell(
                    f"{cls}|html_p|{label}",
                    _html(f"<p>{escape(label)}：{escape(shown)}</p>"),
                    {cls: want},
                    html=True,
                )
            )
    return cells


def _lookalikes() -> list[Cell]:
    s1 = "本项目资金来源于区级财政专项，2021年3月9日已拨付到位。"
    s2 = "据发布日期为2021年3月9日的通报，全区已完成排查工作。"
    s3 = "文号按照规定统一编排，作者对文中内容负责，来源请注明出处。"
    table = [
        "<table><tr><th>小区名称</th><th>开工日期</th><th>来源</th></tr>",
        "<tr><td>东苑小区</td><td>2021-03-09</td><td>区财政</td></tr>",
        "<tr><td>西湖苑</td><td>2021-04-12</td><td>市财政</td></tr>",
        "<tr><td>南山里</td><td>2021-05-20</td><td>社会资本</td></tr></table>",
    ]
    data_text = [
        "小区名称　开工日期　来源",
        "东苑小区　2021-03-09　区财政",
        "西湖苑　2021-04-12　市财政",
        "南山里　2021-05-20　社会资本",
    ]
    para = (
        "<p>"
        + escape(
            "各街道请于月底前报送材料，来源：各社区网格员排查台账，发布日期：以区政府通知为准，未按期报送的予以通报。"
        )
        + "</p>"
    )
    mid = [TITLE, *BODY[:2], "来源", "槐川区统计局", *BODY[2:], *FOOT]
    en_note = "Note: the parks open at nine and close at dusk, the city said."
    en_head = "Residents welcomed the new paths along the river."
    extra = [
        Cell(
            "lookalike|en_label_over_sentence|",
            _text(["Source", en_head], en=True),
            {},
            ("origin",),
            (en_head,),
        ),
        Cell(
            "lookalike|en_note_row|",
            _text([en_note], en=True),
            {},
            ("origin", "author", "published"),
            (en_note,),
        ),
        Cell(
            "lookalike|en_date_label_no_date|",
            _text(["Release Date: to be announced"], en=True),
            {},
            ("published",),
        ),
    ]
    return [
        *extra,
        Cell(
            "lookalike|label_over_heading|",
            _text(["来源：", "情况说明"]),
            {},
            ("origin",),
            ("情况说明",),
        ),
        Cell(
            "lookalike|date_label_over_heading|",
            _text(["发布日期", "工作安排"]),
            {},
            ("published",),
            ("工作安排",),
        ),
        Cell("lookalike|pair_mid_body|", "\n".join(mid) + "\n", {}, ("origin",), ("槐川区统计局",)),
        Cell("lookalike|sentence_source_date|", _text([s1]), {}, ("origin", "published"), (s1,)),
        Cell("lookalike|sentence_label_date|", _text([s2]), {}, ("published",), (s2,)),
        Cell(
            "lookalike|sentence_labels|", _text([s3]), {}, ("origin", "author", "doc_number"), (s3,)
        ),
        Cell(
            "lookalike|data_table_text|",
            _text(data_text, foot=True),
            {},
            ("published", "origin"),
            tuple(data_text[1:]),
        ),
        Cell(
            "lookalike|data_table_html|",
            _html("".join(table)),
            {},
            ("published", "origin"),
            ("东苑小区",),
            html=True,
        ),
        Cell(
            "lookalike|label_in_paragraph|", _html(para), {}, ("origin", "published"), (), html=True
        ),
    ]


def _cells_wide() -> list[Cell]:
    """Layouts real Chinese and English sites print that the first matrix lacked: a
    label/value table as ``<th>``/``<td>`` rows, a ``<dl>`` card with colons, a one-row
    strip of ``label | value`` cells, an English byline with its values first, labelled
    cells glued by single spaces, dates with a weekday or dotted, an ambiguous day/month
    date (kept raw: never guessed), and their look-alikes."""
    want_all = {"published": D, "issuer": ISS, "doc_number": DOC, "origin": ORI, "author": AUT}
    items = [("发布日期", D), ("发布机构", ISS), ("文号", DOC), ("来源", ORI), ("作者", AUT)]
    th_td = (
        "<table>"
        + "".join(f"<tr><th>{escape(a)}</th><td>{escape(b)}</td></tr>" for a, b in items)
        + "</table>"
    )
    th_td_pairs = (
        "<table>"
        + "".join(
            "<tr>"
            + "".join(f"<th>{escape(a)}</th><td>{escape(b)}</td>" for a, b in items[k : k + 2])
            + "</tr>"
            for k in range(0, len(items), 2)
        )
        + "</table>"
    )
    dl_colon = (
        "<dl>" + "".join(f"<dt>{escape(a)}：</dt><dd>{escape(b)}</dd>" for a, b in items) + "</dl>"
    )
    cells = [
        Cell("wide|html_th_td|", _html(th_td), want_all, html=True),
        Cell("wide|html_th_td_pairs|", _html(th_td_pairs), want_all, html=True),
        Cell("wide|html_dl_colon|", _html(dl_colon), want_all, html=True),
    ]
    strip = " | ".join(f"{a} | {b}" for a, b in items)
    cells.append(Cell("wide|strip_bar|", _text([strip]), want_all))
    cells.append(
        Cell("wide|strip_tab|", _text(["\t".join(f"{a}\t{b}" for a, b in items)]), want_all)
    )
    glued = f"来源：{ORI} 作者：{AUT} 发布时间：{D}"
    cells.append(
        Cell(
            "wide|glued_one_space|", _text([glued]), {"origin": ORI, "author": AUT, "published": D}
        )
    )
    glued_tight = f"来源：{ORI}　作者：{AUT}　发布时间：2021-03-09 10:32"
    cells.append(
        Cell(
            "wide|glued_time|",
            _text([glued_tight]),
            {"origin": ORI, "author": AUT, "published": D},
        )
    )
    for form in ("2021年3月9日 星期二", "2021年3月9日（星期二）", "2021.03.09", "2021-03-09 周二"):
        cells.append(
            Cell(f"wide|date_weekday|{form}", _text([f"发布日期：{form}"]), {"published": D})
        )
        cells.append(Cell(f"wide|bare_weekday|{form}", _text([form]), {"published": D}))
    en = [
        ("By Lin Mei | March 9, 2021", {"author": "Lin Mei", "published": D}),
        ("By Lin Mei, Huaichuan Daily | 9 March 2021", {"author": "Lin Mei", "published": D}),
        ("Lin Mei | Huaichuan Daily | March 9, 2021", {"published": D}),
        ("March 9, 2021 | By Lin Mei", {"author": "Lin Mei", "published": D}),
        ("Tuesday, March 9, 2021", {"published": D}),
    ]
    for row, want in en:
        cells.append(Cell(f"wide|en_byline|{row}", _text([row], en=True), want))
    # a day and a month that may be either: the date is kept as printed, never guessed
    for row in ("发布日期：09/03/2021", "Published: 09/03/2021"):
        en_row = row.startswith("Published")
        cells.append(
            Cell(f"wide|ambiguous_day|{row}", _text([row], en=en_row), {"published": "09/03/2021"})
        )
    sentence = "这批设备的资金来源于省级专项补助，作者单位已于三月完成验收。"
    en_sentence = "By March 9, 2021, the bureau had repaired every culvert in the old town."
    cells += [
        Cell(
            "wide_lookalike|source_verb_sentence|", _text([sentence]), {}, ("origin",), (sentence,)
        ),
        Cell(
            "wide_lookalike|en_by_date_sentence|",
            _text([en_sentence], en=True),
            {},
            ("published", "author"),
            (en_sentence,),
        ),
        Cell(
            "wide_lookalike|strip_sentence_value|",
            _text(["来源 | 据群众反映，部分路段积水严重，需尽快处理。"]),
            {},
            ("origin",),
            ("据群众反映，部分路段积水严重，需尽快处理。",),
        ),
    ]
    return cells


CELLS: list[Cell] = [*_cells_text(), *_cells_html(), *_lookalikes(), *_cells_wide()]


def _html_raw(page: str) -> RawInput:
    """The HTML page as the reader gives it (main text extracted from the markup)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        raws = [r for r in read_inputs([path]) if isinstance(r, RawInput)]
    return raws[0]


def run_cell(pipe: Pipeline, cell: Cell) -> dict[str, Any]:
    """The page's first article's meta and what is wrong."""
    raw = _html_raw(cell.page) if cell.html else RawInput("matrix/page.txt", cell.page.encode())
    arts = pipe.process(raw, 0).articles
    meta = dict(arts[0].meta) if arts else {}
    text = " ".join(a.text for a in arts)
    lines = {ln.strip() for a in arts for ln in a.text.split("\n")}
    wrong = [
        f"{k}={meta.get(k)!r} (want {v!r})" for k, v in cell.expect.items() if meta.get(k) != v
    ]
    wrong += [f"{k}={meta[k]!r} (want none)" for k in cell.absent if k in meta]
    wrong += [f"lost {ln!r}" for ln in cell.kept if ln not in lines and ln not in text]
    return {"meta": meta, "wrong": wrong}
