"""The party rows an earlier step removed beside every piece of a compilation
(cleaner.stages.dropped_rows.read_parties), read as each piece's ``author``, ``issuer``
or ``origin``: a declaring label's signature closing each statement, an unlabelled
signing body, a lecturer's row under each title; the key found despite a stray gap the
repair stage closes later.  Look-alikes that must not fire: one piece's row only, rows
naming different fields, a piece that names its body already, prose, a site's foot under
the last piece.  Every word is invented."""

from __future__ import annotations

from functools import partial

import pytest

from cleaner.stages.dropped_rows import dropped_rows, read_parties
from cleaner.stages.split_meta import MetaParser

NEAR = partial(MetaParser().shaped_row, near_title=True)

PIECES = [
    ("甘雨桐遗失声明", "甘雨桐不慎遗失居民身份证一张，声明作废。"),
    ("柏晓峰遗失声明", "柏晓峰于日前遗失营运证，特此声明作废。"),
    ("某某县青木商贸有限公司遗失声明", "本公司不慎遗失发票专用章一枚，现声明作废。"),
]


def _page(rows: list[str], where: str, pieces=PIECES) -> tuple[str, list[tuple[int, int]]]:
    out: list[str] = []
    for (title, body), row in zip(pieces, rows, strict=True):
        if where == "under_title":
            out += [title, row, body]
        elif where == "over_title":
            out += [row, title, body]
        else:
            out += [title, body, row]
    text = "\n".join(out) + "\n"
    spans = []
    start = 0
    for row in rows:
        a = text.index(row + "\n", start)
        spans.append((a, a + len(row) + 1))
        start = a + 1
    return text, spans


def _read(rows, where, metas=None, pieces=PIECES):
    text, spans = _page(rows, where, pieces)
    beside = dropped_rows(text, spans, [f"{t}\n{b}" for t, b in pieces])
    metas = metas if metas is not None else [{} for _ in pieces]
    return read_parties(beside, metas, NEAR), metas


@pytest.mark.parametrize(
    ("rows", "where", "key", "want"),
    [
        # a paper's column of notices of loss: the declaring label and the day under each
        (
            [
                "声明人：甘雨桐　2021年3月2日",
                "声明人：柏晓峰　2021年3月4日",
                "某某县青木商贸有限公司　2021年3月4日",
            ],
            "foot",
            "issuer",
            ["甘雨桐", "柏晓峰", "某某县青木商贸有限公司"],
        ),
        # another wording: the traditional form and a slash date
        (
            [
                "聲明人：甘雨桐　2021/3/2",
                "聲明人：柏晓峰　2021/3/4",
                "聲明人：某某县青木商贸有限公司",
            ],
            "foot",
            "issuer",
            ["甘雨桐", "柏晓峰", "某某县青木商贸有限公司"],
        ),
        # a training digest: the lecturer's row under each title
        (
            ["讲师：邝明远", "讲师：蓝若溪", "讲师：郁知行"],
            "under_title",
            "author",
            ["邝明远", "蓝若溪", "郁知行"],
        ),
        # an issuing label over each title
        (
            ["发布单位：某某镇人民政府", "发布单位：某某镇财政所", "发布单位：某某镇农业站"],
            "over_title",
            "issuer",
            ["某某镇人民政府", "某某镇财政所", "某某镇农业站"],
        ),
    ],
)
def test_party_rows_read(rows, where, key, want):
    position, metas = _read(rows, where)
    assert position == where
    assert [m.get(key) for m in metas] == want


def test_all_but_one_piece():
    rows = ["声明人：甘雨桐　2021年3月2日", "声明人：柏晓峰　2021年3月4日", "返回顶部"]
    position, metas = _read(rows, "foot")
    assert position == "foot"
    assert [m.get("issuer") for m in metas] == ["甘雨桐", "柏晓峰", None]


def test_key_found_across_a_stray_gap():
    # the read text holds a gap inside the piece's last line, the piece's text none
    text = (
        "甲声明\n甘雨桐不慎遗失居 民身份证一张，声明作废。\n声明人：甘雨桐\n"
        "乙声明\n柏晓峰于日前遗失营运证，特此声明作废。\n声明人：柏晓峰\n"
    )
    spans = []
    for row in ("声明人：甘雨桐\n", "声明人：柏晓峰\n"):
        a = text.index(row)
        spans.append((a, a + len(row)))
    pieces = [
        "甲声明\n甘雨桐不慎遗失居民身份证一张，声明作废。",
        "乙声明\n柏晓峰于日前遗失营运证，特此声明作废。",
    ]
    metas: list[dict[str, str]] = [{}, {}]
    assert read_parties(dropped_rows(text, spans, pieces), metas, NEAR) == "foot"
    assert metas == [{"issuer": "甘雨桐"}, {"issuer": "柏晓峰"}]


@pytest.mark.parametrize(
    "rows",
    [
        # one piece's row only: a site's foot under the last piece
        ["返回顶部", "上一篇　下一篇", "主办：某某县融媒体中心"],
        # rows naming different fields: no one row shape of the pieces
        ["讲师：邝明远", "声明人：柏晓峰", "返回顶部"],
        # prose, no cell
        ["以上声明由本人负责。", "以上声明由本人负责。", "以上声明由本人负责。"],
        # a label of no party (a phone number, a contact)
        ["联系电话：13500000000", "联系电话：13500000001", "联系电话：13500000002"],
    ],
)
def test_no_party_read(rows):
    position, metas = _read(rows, "foot")
    assert position is None
    assert metas == [{}, {}, {}]


def test_fields_present_not_replaced():
    rows = ["声明人：甘雨桐", "声明人：柏晓峰", "声明人：郁知行"]
    metas = [{"issuer": "某某报社"}, {"origin": "某某街道"}, {}]
    position, metas = _read(rows, "foot", metas)
    assert position == "foot"
    assert metas == [{"issuer": "某某报社"}, {"origin": "某某街道"}, {"issuer": "郁知行"}]


def test_rows_kept_in_text_not_read():
    text, _ = _page(["声明人：甘雨桐", "声明人：柏晓峰", "声明人：郁知行"], "foot")
    beside = dropped_rows(text, [], [f"{t}\n{b}" for t, b in PIECES])
    metas: list[dict[str, str]] = [{}, {}, {}]
    assert read_parties(beside, metas, NEAR) is None
    assert metas == [{}, {}, {}]
