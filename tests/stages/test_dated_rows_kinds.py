"""Dated rows by kind (mend19e): a site's dated footer credit, a piece's closing row
under a plain day label, a planned or windowed day, a header row's contributor credit.

Classes:

* **an organiser row in the page's foot zone beside the site's own upkeep cell** (an
  update date, a maintenance date, a visit count): the site's credits, removed, and never
  the signed document's issuer or date.  Look-alike: the same organiser row closing every
  piece of a compilation (its label row recurs) stays the pieces' metadata.
* **a piece's closing row whose date cell has a plain day label** (``日期``, ``时间``) that
  recurs at every piece's end: the piece's date.  Look-alike: a lone such row on a page
  whose other pieces close otherwise is no date.
* **a date cell whose label names a plan, an intent or a window** (``预计…``, ``拟…``,
  ``应…``, ``…期``): never a publish date.
* **a header row's words naming a contributor** (``某甲 供稿``, ``作者：某乙``): the
  piece's author, never its category; a noun kicker stays the category.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.header_words import row_fields
from cleaner.stages.split_dated_cells import done_label, neutral_label, refused_label
from tests.stages.stage_runs import boil, split
from tests.stages.test_split_offset import BODIES, TITLES

_UNITS = ["东坡驿站", "西岭驿站", "南塘驿站"]
_MORE = [
    "街坊们都说，这些小事做好了，日子也就过得踏实了。",
    "欢迎更多住户把身边的新鲜事写下来，寄给我们。",
]
_NOTICE = [
    "关于开展冬季用电安全检查的通知",
    "各村（社区）、各有关单位：",
    "入冬以来用电负荷明显上升，请各单位立即组织排查线路老化、私拉乱接等隐患，"
    "发现问题及时整改，并于月底前将检查情况报送本办。",
    "青石镇安全生产委员会办公室",
    "2023年12月4日",
]


def _boiled_split(lines: list[str]) -> list:
    return split(boil(lines).split("\n"))


@pytest.mark.parametrize(
    "row",
    [
        "主办单位：青石镇人民政府办公室　更新日期：2023-12-09",
        "承办单位：青石镇融媒体中心 ｜ 最后更新时间：2023/12/11",
        "主办单位：青石镇人民政府　　维护日期：2023年12月15日",
        "协办单位：某某信息中心　访问量：20931",
    ],
    ids=["update-date-gap", "last-update-bar", "upkeep-han-date", "visit-count"],
)
def test_a_footer_organiser_beside_the_sites_upkeep_is_credits(row: str) -> None:
    page = [*_NOTICE, "", row, "技术支持：某某软件有限公司", ""]
    out = boil(page)
    assert row not in out
    assert _NOTICE[2] in out
    (art,) = _boiled_split(page)
    assert art.meta.get("published") == "2023-12-04", art.meta
    assert art.meta.get("issuer") == "青石镇安全生产委员会办公室", art.meta


def _page(row: str) -> list[str]:
    out = ["河湾街道简报　第三期", "本期收录居民来稿3篇。", ""]
    for n, (title, body, unit) in enumerate(zip(TITLES, BODIES, _UNITS, strict=True)):
        out += [f"No.{n + 1}　{title}", *body, *_MORE, row.format(unit=unit, d=n + 3), ""]
    return out


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("承办单位：{unit}　｜　日期：2022/8/{d}", "2022-08-0{d}"),
        ("受理机构：{unit}　　时间：2020-11-0{d}", "2020-11-0{d}"),
        ("经手单位：{unit} | 日期：2019年2月{d}日", "2019-02-0{d}"),
    ],
    ids=["plain-date-bar", "plain-time-gap", "plain-date-han"],
)
def test_a_plain_day_label_closing_every_piece_dates_it(row: str, day: str) -> None:
    arts = _boiled_split(_page(row))
    assert [a.title for a in arts] == TITLES
    for n, (art, unit) in enumerate(zip(arts, _UNITS, strict=True)):
        assert art.meta.get("published") == day.format(d=n + 3), (n, art.meta)
        assert unit in (art.meta.get("issuer"), art.meta.get("origin")), art.meta
        assert unit not in art.text


def test_a_lone_plain_day_row_is_no_date() -> None:
    """Only the middle piece closes with the row: no site template, no date read."""
    page = _page("")
    row = f"承办单位：{_UNITS[1]}　｜　日期：2022/8/4"
    at = page.index(_MORE[1], page.index("No.2" + "　" + TITLES[1]))
    page.insert(at + 1, row)
    arts = split(page)
    assert "published" not in arts[1].meta
    assert row in arts[1].text


@pytest.mark.parametrize(
    "row",
    [
        "承办单位：{unit}　｜　预计完成时间：2027/4/{d}",
        "受理机构：{unit}　　拟答复时间：2027-05-0{d}",
        "经手单位：{unit} | 应办结日期：2027年6月{d}日",
        "承办单位：{unit}　｜　考察期：2021/4/{d}",
    ],
    ids=["expected-done", "intended-reply", "due-close", "window"],
)
def test_a_planned_or_window_day_is_no_publish_date(row: str) -> None:
    arts = _boiled_split(_page(row))
    for n, art in enumerate(arts):
        assert "published" not in art.meta, (n, art.meta)
        assert _UNITS[n] in art.text  # the row stays text


def test_label_tables() -> None:
    assert all(map(refused_label, ["预计完成时间", "计划办结日期", "拟发布时间", "公示期"]))
    assert all(map(refused_label, ["最迟回复时间", "目标完成日期", "试用期"]))
    assert not any(map(refused_label, ["办结时间", "答复日期", "日期", "成文日期", "星期"]))
    assert refused_label("须办结日期") and not refused_label("应用日期")
    assert done_label("回复时间") and not done_label("应回复时间")
    assert neutral_label("时间") and not neutral_label("发布时间")


@pytest.mark.parametrize(
    ("words", "field"),
    [
        ("周某某 供稿", {"author": "周某某"}),
        ("吴某撰文", {"author": "吴某"}),
        ("作者：郑某某", {"author": "郑某某"}),
        ("文/冯某", {"author": "冯某"}),
        ("2020年10月3日", {"published": "2020-10-03"}),
        ("劳动争议", {"category": "劳动争议"}),
        ("Model X2", {"category": "Model X2"}),
        ("约需8分钟读完", {}),
        ("（上）", {}),
    ],
)
def test_header_row_words_go_to_the_field_of_their_kind(words: str, field: dict) -> None:
    assert row_fields(words) == field


def test_a_contributor_kicker_is_the_author_not_the_category() -> None:
    titles = ["某物业未尽维修义务被判担责", "某培训机构拒不退费被判返还", "某网店售假被判三倍赔偿"]
    bodies = [
        "业主多次报修屋顶漏水，物业公司一直未予处理，法院判决其承担维修费用。",
        "学员因课程停办要求退费，机构拒绝退还，法院判决机构返还剩余学费。",
        "消费者购买的商品经鉴定为假冒，法院判决网店按价款三倍赔偿。",
    ]
    names = ["陈某某", "褚某某", "卫某某"]
    page = ["维权案例选编"]
    for n in range(3):
        page += [f"CASE 0{n + 1} · {names[n]} 撰稿", titles[n], bodies[n]]
    arts = split(page)
    assert [a.title for a in arts] == titles
    for art, name in zip(arts, names, strict=True):
        assert art.meta.get("author") == name, art.meta
        assert "category" not in art.meta
