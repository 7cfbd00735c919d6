"""A compilation's pieces each under an ordinal line in a decorative frame, over a bare
title and a row of labels in corner quotes (fixzy1, set zy).

Two general classes, invented text (none of the family's):

- **a framed ordinal line** (:func:`split_header_shapes.unframed`): the piece's number
  alone on its line between one glyph repeated at both ends (``◇ 第2篇 ◇``, ``** 第三例 **``,
  ``== 第1案 ==``) or a mirrored pair (``◀ 第2则 ▶``): the frame decorates the number as
  a bullet does, and the title stands under it.  A folio in dashes (``— 2 —``) stays a
  folio; a rule of glyphs stays no header.
- **a row of labels in corner quotes** (:meth:`split_meta_rows.MetaRows._quoted_items`):
  ``「文号」…　「承办法官」…　「日期」…`` reads as ``【文号】…`` does; corner quotes quote
  words in prose too, so two cells at least, every label one the tables name (or any
  label over a bare date), no value a sentence.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_header_shapes import candidate, unframed, vocab
from cleaner.stages.split_meta_rows import MetaRows

_BODIES = [
    [
        "原告某甲与被告某乙买卖合同纠纷一案，本院已作出判决，判决书已经发生法律效力，被告至今未履行。",
        "被告基本情况：某乙，男，住某县某镇，身份证号码3300001980****0011。",
        "凡知悉被告财产线索的，请与本院联系，本院将依法予以保密并视情给予奖励。",
    ],
    [
        "申请人某丙公司与被申请人某丁公司借款合同纠纷一案，调解书已生效，被申请人未按期支付款项。",
        "被申请人基本情况：某丁公司，统一社会信用代码91330000MA2****X1，住所地某县工业园。",
        "本院已对其采取限制高消费措施，在履行完毕前不得乘坐飞机、高铁一等座。",
    ],
    [
        "申请人某戊与被申请人某己劳动争议一案，仲裁裁决已生效，被申请人拒不支付劳动报酬。",
        "被申请人基本情况：某己，女，住某县城关街道，公民身份号码3300001975****0022。",
        "欢迎社会各界提供其下落，经查证属实的，本院按到位金额的一成给予奖励。",
    ],
]
_TITLES = ["关于某乙的悬赏公告", "关于某丁公司的限高公告", "关于某己的悬赏公告"]


def _page(ordinal: str, card: str | None) -> str:
    lines = [
        "某县法院 · 曝光专栏",
        "首页 > 曝光专栏 > 正文",
        "本期公布以下几名被执行人的情况。",
        "",
    ]
    for n, (title, body) in enumerate(zip(_TITLES, _BODIES, strict=True), start=1):
        lines.append(ordinal.format(n=n, c="一二三"[n - 1]))
        lines.append(title)
        if card is not None:
            lines.append(card.format(n=n))
        lines.extend(body)
        lines.append("")
    lines.append("某县人民法院　版权所有")
    return "\n".join(lines) + "\n"


def _raw(text: str) -> RawInput:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.txt"
        path.write_text(text, encoding="utf-8")
        return next(r for r in read_inputs([path]) if isinstance(r, RawInput))


def _run(text: str):  # type: ignore[no-untyped-def]
    return Pipeline(PipelineConfig()).process(_raw(text), 0).articles


@pytest.mark.parametrize(
    "ordinal",
    [
        "◇　第{n}篇　◇",  # a glyph repeated at both ends, spaced
        "**第{c}例**",  # a run of two asterisks, a Chinese numeral
        "== 第{n}案 ==",  # a run of equals signs, a word of its own
        "◀ 第{n}则 ▶",  # a mirrored pair
    ],
)
def test_framed_ordinals_split_the_pieces(ordinal: str) -> None:
    arts = _run(_page(ordinal, None))
    assert [a.title for a in arts] == _TITLES
    # the frame line is the piece's header, in no piece's text; every body is whole
    assert all(
        ordinal.format(n=k, c="一二三"[k - 1]) not in a.text for k in (1, 2, 3) for a in arts
    )
    for a, body in zip(arts, _BODIES, strict=True):
        assert all(ln in a.text for ln in body)


def test_unframed_lookalikes() -> None:
    # a folio in dashes, a rule of glyphs, quotes and brackets, a one-sided glyph
    assert unframed("— 2 —") == "— 2 —"  # a number alone: a folio or an item mark
    assert unframed("★★★") == "★★★"
    assert unframed("「第2则」") == "「第2则」"
    assert unframed("◇第2篇") == "◇第2篇"
    assert unframed("◇ 某某 ◆") == "◇ 某某 ◆"  # two glyphs: no frame
    # a column's banner: a number and a name in the frame, the piece's title under it
    assert unframed("━━ ❷ 某类用品 ━━") == "━━ ❷ 某类用品 ━━"
    assert unframed("== 第2类　生活用品 ==") == "== 第2类　生活用品 =="
    c = candidate(0, "◇　第2篇　◇", vocab())
    assert c is not None and c.number == 2 and c.title == "" and c.shape.startswith("F◇")


def test_framed_lines_without_numbers_stay_one() -> None:
    # '◇ 某某 ◇' over each part, no number: no numbered run, one document
    arts = _run(_page("◇　要点　◇", None))
    assert len(arts) == 1
    assert all(ln in arts[0].text for body in _BODIES for ln in body)


@pytest.mark.parametrize(
    ("card", "meta"),
    [
        (
            "「文号」（2031）某执{n}号　「承办法官」某法官　「日期」2031-05-0{n}",
            {"doc_number": "（2031）某执{n}号", "author": "某法官", "published": "2031-05-0{n}"},
        ),
        (
            "『来源』某县法院　『刊发』2031年5月{n}日",
            {"origin": "某县法院", "published": "2031-05-0{n}"},
        ),
        (
            "「编号」某执{n}号 「主审法官」某某 「公布」2031/5/{n}",
            {"doc_number": "某执{n}号", "author": "某某", "published": "2031-05-0{n}"},
        ),
    ],
)
def test_quoted_label_rows_are_metadata(card: str, meta: dict[str, str]) -> None:
    arts = _run(_page("◆ 第{n}号 ◆", card))
    assert [a.title for a in arts] == _TITLES
    for n, a in enumerate(arts, start=1):
        for k, v in meta.items():
            assert a.meta.get(k) == v.format(n=n), (k, a.meta)
        assert card.format(n=n) not in a.text


def test_quoted_words_in_prose_stay_text() -> None:
    p = MetaRows()
    assert p._quoted_items("「作者」一词，在本文中指写稿的人。") is None
    assert p._quoted_items("「来源」和「作者」两栏，请如实填写，不得空缺。") is None
    assert p._quoted_items("「来源」某报　「口味」酸甜") is None  # a label no table names
    assert p._quoted_items("「来源」某报") is None  # one cell
    # a row with an unknown label stays in the text whole
    arts = _run(_page("◆ 第{n}号 ◆", "「来源」某县法院　「口味」酸甜"))
    assert all("「来源」某县法院　「口味」酸甜" in a.text for a in arts)
