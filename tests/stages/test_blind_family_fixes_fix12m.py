"""Structure and metadata fixes for the twelfth blind set (sealed_m_*; issue 12, fix12m),
each kind as a small case in wordings of its own, with look-alikes that must stay:

* date-first entry headers: the date in brackets (``[2020.5.3] 标题``) or with its day of
  the week (``2020-05-03 周日 | 标题``, ``2020年5月3日 星期日 ｜ 标题``) make a dated run;
  one such header alone heads the page's one piece when the page title line names it;
* digest items: a mark between a site's word and its number (``快讯·2　标题``), a
  source's dateline under every header (``某某日报 2020年5月3日``: the run's cue and each
  item's date), a ``之二、`` frame left out of the title;
* metadata: traditional labels (``發佈單位``, ``發佈日期``), ROC-era dates under a date
  label (``109-05-03`` -> 2020-05-03), a dated row with cells no table names (``作者``)
  or wrapped in brackets, a promulgation line (issuer, ``…公布``, the order's number);
* a short line of marks (``:::``) over the bare title is the page's head.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.split_dates import label_date, roc_date
from cleaner.stages.split_head import under_head
from cleaner.stages.split_headers import word_head
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.split_numerals import unwrap_numbers
from cleaner.stages.split_rows import cover_line
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split as _split

PROSE = "傍晚的河堤上风很大，卖糖人的老伯收起摊子，几个孩子还围着他不肯走，天边一片橘红。"
PROSE2 = "夜里下起了小雨，巷口的路灯昏黄，修鞋铺的收音机里咿咿呀呀地唱着一段老戏，很安静。"
TITLES = ["河堤边的糖人", "巷口的修鞋铺", "一场夜雨"]
META = MetaParser()


def _page(head: list[str], headers: list[str], *, below: list[str] | None = None) -> list[str]:
    lines = [*head, ""]
    for n, h in enumerate(headers):
        lines += [h, *([below[n]] if below else []), PROSE, PROSE2, ""]
    return lines


def _titles(lines: list[str]) -> list[str]:
    return [d.title for d in _split(lines)]  # type: ignore[attr-defined]


# ---- date-first entry headers


@pytest.mark.parametrize(
    "fmt",
    [
        "[2020.5.{d}] {t}",
        "（2020-05-0{d}）{t}",
        "2020-05-0{d} 周{w} | {t}",
        "2020年5月{d}日 星期{w} ｜ {t}",
        "2020年5月{d}日（星期{w}）— {t}",
    ],
)
def test_date_first_entry_headers_cut_an_archive(fmt: str) -> None:
    days = zip((3, 2, 1), "五四三", TITLES, strict=True)
    headers = [fmt.format(d=d, w=w, t=t) for d, w, t in days]
    drafts = _split(_page(["五月的存档 - 某某的小站", "本月共3篇"], headers))
    assert [d.title for d in drafts] == TITLES  # type: ignore[attr-defined]
    assert drafts[2].meta["published"] == "2020-05-01"  # type: ignore[attr-defined]


def test_weekday_dated_lines_without_bodies_stay_one_article() -> None:
    days = zip((3, 2, 1), "五四三", TITLES, strict=True)
    lines = ["五月安排", "", *[f"2020-05-0{d} 周{w} | {t}" for d, w, t in days]]
    assert len(_split([*lines, PROSE])) == 1


def test_one_dated_header_named_by_the_page_title_heads_the_page() -> None:
    head = ["河堤边的糖人 - 某某的小站 - 某博客", ""]
    lines = [*head, "2020-05-03 周日 | 河堤边的糖人", PROSE, PROSE2]
    (d,) = _split(lines)
    assert d.title == "河堤边的糖人"  # type: ignore[attr-defined]
    assert d.meta["published"] == "2020-05-03"  # type: ignore[attr-defined]
    assert d.text.startswith(PROSE)  # type: ignore[attr-defined]


def test_a_dated_line_no_title_names_is_no_header() -> None:
    from cleaner.stages.split import _names_title
    from cleaner.stages.split_keyed import lone_dated

    dated = "2020-05-03 周日 | 河堤边的糖人"
    # the line above names another title, or prose lies above: no header
    assert lone_dated(["另一篇文章 - 某某的小站", dated, PROSE, PROSE2], _names_title) == []
    assert lone_dated(["河堤边的糖人 - 某某的小站", PROSE, dated, PROSE2], _names_title) == []
    # no body below it: no header
    assert lone_dated(["河堤边的糖人 - 某某的小站", dated], _names_title) == []


# ---- digest items


def test_a_mark_between_the_word_and_the_number_opens_a_header() -> None:
    assert word_head("快讯·2　某事")
    rows = [f"（2020-05-03 1{n}:00 · 来源：某某晚报）" for n in range(3)]
    headers = [f"快讯·{n}　{t}" for n, t in enumerate(TITLES, 1)]
    drafts = _split(_page(["今日快讯"], headers, below=rows))
    assert [d.title for d in drafts] == TITLES  # type: ignore[attr-defined]
    assert drafts[1].meta["published"] == "2020-05-03"  # type: ignore[attr-defined]


def test_a_dateline_under_every_header_cuts_a_digest() -> None:
    headers = [f"{g} {t}" for g, t in zip("⒈⒉⒊", TITLES, strict=True)]
    rows = ["某某日报 2020年5月3日", "某某电台 2020年5月3日", "某某日报 2020年5月3日"]
    drafts = _split(_page(["今日看点"], headers, below=rows))
    assert [d.title for d in drafts] == TITLES  # type: ignore[attr-defined]
    assert all(d.meta["published"] == "2020-05-03" for d in drafts)  # type: ignore[attr-defined]
    assert "某某电台" not in drafts[1].text  # type: ignore[attr-defined]
    # without the datelines nothing says the page compiles: one article
    assert len(_split(_page(["今日看点"], headers))) == 1


def test_name_date_reads_a_dateline_only() -> None:
    assert META.name_date("某某日报 2020年5月3日") == {"published": "2020-05-03"}
    assert META.name_date("我们在 2020年5月3日 出发") is None
    assert META.name_date("2020年5月3日") is None


def test_an_enumeration_frame_is_no_part_of_the_title() -> None:
    assert unwrap_numbers(["之一、甲事", "之二、乙事"]) == ["甲事", "乙事"]
    assert unwrap_numbers(["之一、甲事", "之三、乙事"]) is None


# ---- metadata


def test_traditional_labels_and_roc_dates() -> None:
    row = "發佈日期：109-05-03　發佈單位：某縣政府社會處　瀏覽人次：12"
    assert META.meta_row(row, near_title=True) == {
        "published": "2020-05-03",
        "issuer": "某縣政府社會處",
    }
    row = "發佈單位：某縣政府社會處｜發佈日期：109年5月3日"
    assert META.parse_meta_line(row) == {"issuer": "某縣政府社會處", "published": "2020-05-03"}


def test_roc_dates_need_a_date_label() -> None:
    assert roc_date("109-05-03") == "2020-05-03"
    assert roc_date("中華民國109年5月3日") == "2020-05-03"
    assert roc_date("99-05-03") is None  # two digits: a short Western year unless traditional
    assert label_date("發佈日期", "99-05-03") == "2010-05-03"
    assert label_date("发布日期", "99-05-03") == "1999-05-03"
    # a code under a number label stays as printed
    assert META.parse_meta_line("文號：109-05-03") == {"doc_number": "109-05-03"}


def test_a_dated_row_with_unnamed_cells_is_a_row() -> None:
    row = "2020-05-03 10:20　来源：某某晚报　作者：某某"
    assert META.meta_row(row, near_title=True) == {
        "published": "2020-05-03",
        "origin": "某某晚报",
        "author": "某某",
    }
    wrapped = "（2020-05-03 10:20 · 来源：某某晚报）"
    assert META.meta_row(wrapped, near_title=True) == {
        "published": "2020-05-03",
        "origin": "某某晚报",
    }
    assert META.meta_row("2020-05-03 10:20　今天我们去了河堤，风很大。", near_title=True) is None


def test_a_promulgation_line_is_a_cover_row() -> None:
    row = "某县人民政府　2020年5月3日公布　某县人民政府令第12号"
    assert cover_line(row, META.field_of, META.doc_number) == {
        "issuer": "某县人民政府",
        "published": "2020-05-03",
        "doc_number": "某县人民政府令第12号",
    }
    # a date and a name without the order's number: not sure, no row
    assert cover_line("某县人民政府　2020年5月3日公布", META.field_of, META.doc_number) is None


def test_a_line_of_marks_over_the_bare_title_is_page_head() -> None:
    assert under_head([":::", "河堤边的糖人"], [0, 1])
    assert not under_head(["::: 首页", "河堤边的糖人"], [0, 1])


# ---- the families' floors (what fix12m reached; chrome and repairs: fix12c)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("sealed_m_boke", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_m_xinwen", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_m_xinwengao", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
        ("sealed_m_fagui", {"titles": 1.0, "counts": 1.0, "metadata": 1.0}),
    ],
)
def test_the_twelfth_blind_families_hold_their_floors(name: str, floor: dict[str, float]) -> None:
    assert_floors(name, floor)
