"""Metadata read by the shape of label and value on sites never seen (issue 12, fix12meta),
each kind as a small case in wordings of its own, with look-alikes that must stay text:

* a value that holds a sentence is never a metadata value: the line stays text, whatever
  its label says (a notice's first sentence once went into ``meta['issuer']``);
* labels no table names are mapped to the known keys by their vocabulary (rules data:
  ``…来源``/``…出处``/``…稿源`` → origin, ``…作者``/``…记者``/``…撰稿`` → author, a date
  label with a publishing verb → published), in either script, and English labels
  (``Published:``, ``Author:``, ``Editor:``) read as the Chinese ones do;
* an English headline or row is measured with its ASCII letters at half width, so a
  headline of 62 letters over its row (printed twice: the page's title copy over it) still
  opens a metadata block, and ``Editor: X`` closing the story is its credit row;
* more row shapes: each item in its own bracket (``【来源：X】【日期：Y】``), items apart by
  single spaces with a view counter (``浏览：88``) and a bare ``时间：`` over a date beside
  labels that say what they hold, English dates (``November 3, 2022``, ``3 Nov 2022``),
  a date row over the title naming a body in traditional letters (``…氣象臺``), a bare
  date closing the last labelled value (``来源：X　2021-03-09``, ``作者：X - 2021-03-09``);
* a number the opening names in brackets under a number's label (``…项目（项目编号：X）
  的…``) is the document's number when no row gave one: read, the line kept whole;
* a page's own title that the site lists on its other pages (a related list; a series of
  titles of one shape, other figures on each page) stands over its dated row (or under
  it, over prose) on its own page: kept with the row, while the same titles in the
  related list of other pages stay chrome; a version history lists such titles, each
  over one labelled date row, as a compilation's pieces (titles of one wording apart
  from their figures), while a timeline's lone dates under other wordings stay one text;
  a section heading repeated on every page stays under such a kept row, or over an item
  whose sentence carries a stray ``?`` after its end.

Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage, split

T = "关于做好冬季道路养护工作的通知"
P1 = "为确保冬季道路畅通，各养护站要提前储备融雪物资，做好人员安排。"
P2 = "各单位要加强值班值守，遇到突发情况及时上报，确保道路安全通行。"


def _one(lines: list[str]) -> tuple[str, dict[str, str], list[str]]:
    arts = split(lines)
    assert len(arts) == 1
    return arts[0].title, dict(arts[0].meta), arts[0].text.split("\n")


# ---- a sentence is never a value


@pytest.mark.parametrize(
    "row",
    [
        "发布单位：本站定于下月开展路面检查，请各单位提前做好准备。",
        "说明：今年入冬偏早，桥面结冰的时间可能比往年更长，各站要早做准备",
        "发布机构：各站要在本月底前把融雪车辆检修完毕！",
    ],
)
def test_a_sentence_behind_a_label_stays_text(row: str) -> None:
    _, meta, text = _one([T, row, P1, P2])
    assert row in text
    assert not any(v in row for v in meta.values())


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("发布单位：某某县公路养护中心", {"issuer": "某某县公路养护中心"}),
        ("来源：某某日报，某某台", {"origin": "某某日报，某某台"}),  # a short list is a value
    ],
)
def test_look_alike_short_values_still_read(row: str, want: dict[str, str]) -> None:
    _, meta, text = _one([T, row, P1, P2])
    assert row not in text
    assert want.items() <= meta.items()


# ---- labels mapped by their vocabulary


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            [T, "出处：某某晚报　撰稿：孙某某　登载日期：2022-11-03", P1, P2],
            {"origin": "某某晚报", "author": "孙某某", "published": "2022-11-03"},
        ),
        (
            [T, "消息来源：某某晚报 | 本报记者：孙某某 | 刊发时间：2022-11-03 08:10", P1, P2],
            {"origin": "某某晚报", "author": "孙某某", "published": "2022-11-03"},
        ),
        (  # a two-cell table: labels no table names, each cell a line of its own
            ["刊登日期", "2022-11-03", "登记编号", "JT-2022-0031", "稿源", "某某晚报", T, P1, P2],
            {"published": "2022-11-03", "doc_number": "JT-2022-0031", "origin": "某某晚报"},
        ),
        (  # traditional letters
            [T, "發佈日期：2022-11-03　來源：某某縣交通運輸局　撰稿：孫某某", P1, P2],
            {"published": "2022-11-03", "origin": "某某縣交通運輸局", "author": "孫某某"},
        ),
        (
            [T, "Posted: 2022-11-03 | Source: Kelin Daily | Author: Wang Lin", P1, P2],
            {"published": "2022-11-03", "origin": "Kelin Daily", "author": "Wang Lin"},
        ),
    ],
)
def test_unknown_labels_map_by_their_vocabulary(lines: list[str], want: dict[str, str]) -> None:
    _, meta, text = _one(lines)
    assert want.items() <= meta.items()
    assert P1 in text and P2 in text
    assert not any(v in line for line in text for v in want.values())


@pytest.mark.parametrize(
    "row",
    [
        "只看作者　|　倒序浏览",  # a forum's buttons, no label over a value
        "资金来源　财政资金　预算金额　120万元",  # a fund's source in the text's own table
    ],
)
def test_look_alike_labels_read_no_author_or_origin(row: str) -> None:
    _, meta, text = _one([T, row, P1, P2])
    assert "author" not in meta and "origin" not in meta
    assert row in text


# ---- English pages

HEAD = "Kelin County opens a second winter depot for its mountain roads"  # 63 letters
EN1 = "The county opened a second depot for road salt on Thursday, officials said."
EN2 = "Crews will load trucks there from December until the end of March."


def test_a_long_english_headline_over_its_row_printed_twice() -> None:
    row = "Updated: 2022-11-03 07:32 | Source: Kelin County Information Office"
    arts = split([HEAD, HEAD, row, EN1, EN2, "Editor: Lin Qiao"])
    assert len(arts) == 1
    (a,) = arts
    assert a.meta.get("origin") == "Kelin County Information Office"
    assert a.meta.get("published") == "2022-11-03"
    text = a.text.split("\n")
    assert row not in text and "Editor: Lin Qiao" not in text
    assert EN1 in text and EN2 in text


def test_an_english_sentence_with_a_label_like_opening_stays() -> None:
    line = "Note: the depot opens to crews at six in the morning on weekdays."
    (a,) = split([HEAD, line, EN1, EN2])
    assert line in a.text.split("\n")


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            [T, "【稿源：某某日报】【撰稿：孙某某】【日期：2022-11-03】", P1, P2],
            {"origin": "某某日报", "author": "孙某某", "published": "2022-11-03"},
        ),
        (
            [T, "来源：某某网 作者：孙某某 时间：2022-11-03 浏览：88", P1, P2],
            {"origin": "某某网", "author": "孙某某", "published": "2022-11-03"},
        ),
        ([HEAD, "By Lin Qiao | November 3, 2022", EN1, EN2], {"published": "2022-11-03"}),
        (
            [HEAD, "Published: 3 Nov 2022  Source: Kelin Daily", EN1, EN2],
            {"published": "2022-11-03", "origin": "Kelin Daily"},
        ),
        (
            [T, "稿源：某某日报 - 撰稿：孙某某 - 2022-11-03", P1, P2],
            {"origin": "某某日报", "author": "孙某某", "published": "2022-11-03"},
        ),
        (
            [T, "（稿源：某某县融媒体中心　2022-11-03）", P1, P2],
            {"origin": "某某县融媒体中心", "published": "2022-11-03"},
        ),
        (
            ["2022-11-03 16:20　某某縣氣象臺", "關於做好冬季道路養護工作的通知", P1, P2],
            {"published": "2022-11-03", "issuer": "某某縣氣象臺"},
        ),
    ],
)
def test_more_row_shapes(lines: list[str], want: dict[str, str]) -> None:
    title, meta, text = _one(lines)
    assert want.items() <= meta.items()
    assert title in (T, HEAD, "關於做好冬季道路養護工作的通知")
    assert len(text) == len(lines) - 1  # the row left the text, every other line stayed


@pytest.mark.parametrize(
    "row",
    [
        "时间：2022年11月3日上午9时 地点：某某县礼堂",  # an event's time and place
        "Note: we met on November 3, 2022 at the old depot.",
    ],
)
def test_look_alike_rows_stay_text(row: str) -> None:
    _, meta, text = _one([T, row, P1, P2])
    assert row in text
    assert "published" not in meta


def test_a_number_named_in_the_opening_is_read_and_the_line_kept() -> None:
    opening = (
        "某某县融雪物资采购项目（项目编号：RX-2022-0417）的评审工作已经结束，现将结果公告如下。"
    )
    _, meta, text = _one([T, opening, P1, P2])
    assert meta.get("doc_number") == "RX-2022-0417"
    assert opening in text
    # a phone number or a bracket with a word in it is no document number
    for line in ["请与某某联系（联系电话：0571-8888888），谢谢。", "见某文（编号：第三批）。"]:
        _, meta, text = _one([T, line, P1, P2])
        assert "doc_number" not in meta and line in text


def _note(n: int, *, row_above: bool = False) -> list[str]:
    title = f"某某便签 {n}.0.0 版说明"
    row = f"发布日期：2020/{n}/9　适用：手机、电脑"
    head = [row, title] if row_above else [title, row]
    return [
        "某某便签 帮助中心",
        *head,
        f"第{n}版把语音转成文字的功能做好了，支持的语言还会越来越多，请大家更新。",
        f"第{n}版的同步也更快了，在不同的设备之间切换的时候不用再等很久了。",
        "相关文章",
        f"某某便签 {n + 1}.0.0 版说明",
        "如何在手机和电脑之间同步便签",
        "版权所有 某某软件公司",
    ]


def test_a_title_the_site_lists_elsewhere_stays_on_its_own_page() -> None:
    pages = [_note(n, row_above=n % 3 == 0) for n in range(1, 8)]
    stage = site_stage(pages)
    for n in (2, 3):
        out = boil(pages[n - 1], stage, site="s").split("\n")
        assert f"某某便签 {n}.0.0 版说明" in out  # its own title
        assert f"发布日期：2020/{n}/9　适用：手机、电脑" in out  # and its row
        assert f"某某便签 {n + 1}.0.0 版说明" not in out  # the related pointer: chrome
        assert "相关文章" not in out


B1 = "这一版把语音转成文字的功能做好了，支持的语言还会越来越多，请大家更新。"
B2 = "这一版的同步也更快了，在不同的设备之间切换的时候不用再等很久了。"


def test_a_history_of_releases_over_labelled_date_rows_is_split() -> None:
    page = ["某某便签 3.1.0 版说明", "发布日期：2021/3/9", B1, B2]
    page += ["某某便签 3.0.0 版说明", "发布日期：2021/2/9", B1, B2]
    arts = split(page)
    assert [a.title for a in arts] == ["某某便签 3.1.0 版说明", "某某便签 3.0.0 版说明"]
    assert [a.meta.get("published") for a in arts] == ["2021-03-09", "2021-02-09"]
    # titles of other wordings over one labelled cell each: no series, one text
    other = [
        "春季植树活动",
        "发布日期：2021/3/9",
        B1,
        B2,
        "秋季运动会",
        "发布日期：2021/2/9",
        B1,
        B2,
    ]
    assert len(split(other)) == 1


def _history(n: int) -> list[str]:
    rows = ["某某便签 帮助中心"]
    for v in (n + 1, n):
        rows += [f"某某便签 {v}.0.0 版说明", f"发布日期：2020/{v}/9", "新的东西　New Things"]
        rows += [f"◎第{v}版可以把语音转成文字了，支持的语言还会越来越多。?", B2]
    return [*rows, "扫码关注　Follow Us", "版权所有 某某软件公司"]


def test_a_section_heading_under_a_kept_row_stays() -> None:
    pages = [_history(n) for n in range(1, 12, 2)]
    out = boil(pages[2], site_stage(pages), site="s").split("\n")
    assert out.count("新的东西　New Things") == 2
    assert "发布日期：2020/6/9" in out and "某某便签 6.0.0 版说明" in out
    assert "扫码关注　Follow Us" not in out  # repeated, no item under it: chrome


def test_fixed_families_hold_their_floors() -> None:
    yingwen = family_figures("sealed_s_yingwen")
    assert yingwen["metadata"] >= 0.99
    assert yingwen["residue"] <= 0.02
    assert family_figures("sealed_s_zhongbiao")["metadata"] >= 0.95
    gengxin = family_figures("sealed_t_gengxin")
    assert gengxin["titles"] >= 0.99 and gengxin["metadata"] >= 0.99
    assert gengxin["content_f1"] >= 0.99
