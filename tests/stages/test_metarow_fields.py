"""Short label/value rows read by their label's class (issue 12, metarow): invented pages,
variants in other wordings and look-alikes that must give no value or keep their text:

* a label of the publish-date class names the day a catalogue's or a shop's entry was put
  up (``上架日期``, ``上架时间``), at a page's head beside a count or alone;
* a forecaster's label (``预报员``, ``首席预报员``) names a forecast's writer, the author,
  alone or in a row beside a signer's cell;
* a writer's slash credit closing a piece with no bracket (``撰文／某某``) names its
  author (a photographer's or an editor's slash credit alone names none);
* a bracketed label's value ends where the row's next colon cell begins (``【某标签】某值
  地址：…　电话：…``): the cells after it are no part of the value.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_foot import foot_credit
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_meta_rows import _bracket_cells
from tests.stages.stage_runs import split

P = MetaParser()

# ---- a listing's put-up date


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("上架日期：2017-07-01", "2017-07-01"),
        ("上架时间　2016-01-07", "2016-01-07"),
        ("商品上架日期：2020年3月9日", "2020-03-09"),
        ("本輯收錄 4 件　上架日期：2017-07-01", "2017-07-01"),
    ],
)
def test_a_put_up_date_label_dates_the_entry(row: str, day: str) -> None:
    assert P.shaped_row(row, near_title=True) == {"published": day}


@pytest.mark.parametrize(
    "row",
    [
        "商品上架之后，请在三日内核对库存数量并登记。",  # a sentence opening with the word
        "下架日期：2017-07-01",  # taken down: no publishing
    ],
)
def test_no_put_up_date_without_the_label_and_a_date(row: str) -> None:
    assert "published" not in (P.shaped_row(row, near_title=True) or {})


# ---- a forecaster's credit


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("预报员：柯远舟", "柯远舟"),
        ("首席预报员：裘半夏", "裘半夏"),
        ("签发：邬晴川　　预报员：柯远舟", "柯远舟"),
        ("值班预报员｜甘雨亭", "甘雨亭"),
    ],
)
def test_a_forecasters_label_names_the_author(row: str, author: str) -> None:
    assert (P.shaped_row(row, near_title=True) or {}).get("author") == author


@pytest.mark.parametrize(
    "row",
    [
        "预报员在值班期间要密切关注雷达回波的变化。",  # a sentence about forecasters
        "预报员培训班第三期结业",  # a heading naming the role
    ],
)
def test_a_sentence_about_forecasters_names_no_author(row: str) -> None:
    assert "author" not in (P.shaped_row(row, near_title=True) or {})


# ---- a bare slash credit closing a piece


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("撰文／程素秋", "程素秋"),
        ("撰文/程素秋", "程素秋"),
        ("撰文／鄺嘉穎", "鄺嘉穎"),
    ],
)
def test_a_bare_slash_credit_closing_a_piece_names_its_writer(row: str, author: str) -> None:
    got = foot_credit(row, P.field_of, closing=True)
    assert got is not None and got[0].get("author") == author
    # read only as the row closing a piece: a splitter's test of a row's shape reads none
    assert foot_credit(row, P.field_of) is None


@pytest.mark.parametrize(
    "row",
    [
        "攝影／程素秋",  # a photographer's credit alone: no writer
        "撰文／程素秋說，這件器物很少見。",  # a sentence
        "2021/03/09",  # a date with slashes
    ],
)
def test_no_writer_from_a_slash_that_credits_no_writer(row: str) -> None:
    got = foot_credit(row, P.field_of, closing=True)
    assert got is None or "author" not in got[0]


_ITEMS = [
    (
        "青瓷刻花蓮瓣碗",
        "碗敞口弧腹，外壁刻蓮瓣紋一周，釉色青中泛灰，器形端莊，為本地窯口的代表作品之一。",
        "程素秋",
    ),
    (
        "銅鎏金香爐",
        "爐身圓鼓，三足外撇，口沿飾回紋，鎏金大多脫落，底部刻有工坊名號，做工相當講究。",
        "鄺嘉穎",
    ),
    (
        "竹雕松鶴筆筒",
        "筆筒以整段竹根雕成，松枝盤曲，雙鶴立於石上，包漿溫潤，是文房清玩中的上乘之作。",
        "程素秋",
    ),
]


def test_catalogue_pieces_closed_by_slash_credits_take_their_writers() -> None:
    page = ["藏品選介　第5輯", "本輯收錄 3 件　上架日期：2019-04-12", ""]
    for n, (name, para, who) in enumerate(_ITEMS, 1):
        page += [f"{'一二三'[n - 1]}、{name}", para, f"撰文／{who}", ""]
    arts = split(page)
    pieces = [a for a in arts if a.title in {name for name, _, _ in _ITEMS}]
    assert [a.meta.get("author") for a in pieces] == [who for _, _, who in _ITEMS]
    for art, (_, para, who) in zip(pieces, _ITEMS, strict=True):
        lines = art.text.split("\n")
        assert para in lines  # the text is kept
        assert f"撰文／{who}" not in lines  # the credit row is metadata


# ---- a bracketed label's value and the row's next cells


def test_a_bracketed_value_ends_at_the_next_colon_cell() -> None:
    assert _bracket_cells("发布单位", "某某县水务局　地址：某路1号　电话：0571-1234") == [
        ("发布单位", "某某县水务局"),
        ("地址", "某路1号"),
        ("电话", "0571-1234"),
    ]
    row = "【发布单位】某某县水务局　地址：某路1号　电话：0571-1234"
    assert P.parse_meta_line(row) == {"issuer": "某某县水务局"}
    row = "【发布单位】某某县水务局  |  联系电话：0571-1234"
    assert P.parse_meta_line(row) == {"issuer": "某某县水务局"}


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("注意事项", "服用本品时：多饮水"),  # a colon inside the value, no gap before it
        ("用法用量", "口服。成人一次1粒：一日2次"),
        ("发布单位", "某某县水务局"),  # no cell after
    ],
)
def test_a_bracketed_value_without_a_following_cell_stays_whole(label: str, value: str) -> None:
    assert _bracket_cells(label, value) == [(label, value)]


_FLASHES = [
    (
        "今晨我市北部出现短时强降水",
        "实况：5时以来，北部山区出现短时强降水，局地雨量超过三十毫米，部分低洼路段出现积水。",
        "邬晴川",
    ),
    (
        "午后我市将有一次雷阵雨天气过程",
        "预报：今天午后到傍晚全市有雷阵雨，局地伴有短时大风和冰雹，请公众注意防范雷电危险。",
        "柯远舟",
    ),
    (
        "明起三天我市以晴热天气为主",
        "预报：明天起连续三天全市晴热少雨，最高气温三十六度左右，请注意防暑降温和用火安全。",
        "邬晴川",
    ),
]


@pytest.mark.parametrize("sep", ["：", ": "])
def test_flashes_closed_by_a_signer_and_forecaster_row_take_the_forecaster(sep: str) -> None:
    page = ["某市气象台　天气快讯汇总", ""]
    for n, (title, para, who) in enumerate(_FLASHES, 1):
        page += [f"第{n}报　{title}", para, f"签发{sep}甘雨亭　　预报员{sep}{who}", ""]
    arts = split(page)
    pieces = [a for a in arts if any(a.title.endswith(t) for t, _, _ in _FLASHES)]
    assert len(pieces) == len(_FLASHES)
    assert [a.meta.get("author") for a in pieces] == [who for _, _, who in _FLASHES]
    for art, (_, para, _) in zip(pieces, _FLASHES, strict=True):
        assert para in art.text.split("\n")  # the text is kept
