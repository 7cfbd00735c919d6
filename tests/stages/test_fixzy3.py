"""Fixes of fixzy3 (set zy leftovers), each a general class tested on invented sites.

* A labelled cell's date in Chinese numerals (``日期：二〇一九年十一月三日``) reads as the
  same date in figures does (``split_dates.cell_digit_dates``), and a text page's dated
  row of that date and reader counters only (``日期：…　浏览：88次``), which the site
  prints on every page and the boilerplate stage learns, still gives the page's day
  (``counted_rows.counted_date_row``, read by ``Pipeline._dropped_row``).
* The page's own headings of an HTML compilation, each its piece's whole title over the
  piece's row, stay the piece's first line of text; a dash byline under such a kept
  title is still the piece's metadata.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.counted_rows import counted_date_row
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_dates import cell_digit_dates
from cleaner.stages.split_meta import MetaParser

PLACES = ["北坡社区", "南湾村", "西岭街道", "东门小区", "柳塘镇", "竹园村"]
S1 = "今年春季，该馆组织志愿者走进{p}，为老年读者讲解智能手机的借阅功能，反响热烈。"
S2 = "活动期间，工作人员还在{p}收集了读者对新书目的意见，整理后将在下月的选书会上讨论。"
S3 = "馆方表示，今后将把{p}的这类讲座办成固定栏目，每月第二个周六在报告厅举行。"
S4 = "来自{p}的居民说，学会了在家预约图书，再也不用担心跑空一趟，十分方便。"
TITLES = [
    "东坪图书馆开展长者数字阅读讲座",
    "东坪图书馆举办春季新书推介会",
    "东坪图书馆少儿阅览室重新开放",
    "东坪图书馆启动流动书车进村活动",
    "东坪图书馆评选年度优秀读者",
    "东坪图书馆开通夜间自助借还",
]
DAYS_CN = [
    "二〇一九年三月九日",
    "二〇二〇年五月十六日",
    "二〇二一年十月二十日",
    "二〇一八年一月三日",
    "二〇二二年七月一日",
    "二〇一七年十二月十二日",
]
HEAD = ["东坪图书馆　·　馆务动态", "首页　馆情简介　馆务动态　读者服务　联系我们", ""]
DAYS_ISO = ["2019-03-09", "2020-05-16", "2021-10-20", "2018-01-03", "2022-07-01", "2017-12-12"]


def _body(k: int) -> list[str]:
    return [x.format(p=PLACES[k]) for x in (S1, S2, S3, S4)]


def _run(pages: list[str], ext: str = "txt", tmp: Path | None = None) -> list[list]:
    if ext == "html":  # the HTML pages as the reader gives them (a folder: one site)
        assert tmp is not None
        for i, page in enumerate(pages):
            (tmp / f"{i}.html").write_text(page, encoding="utf-8")
        raws = [r for r in read_inputs([tmp]) if isinstance(r, RawInput)]
    else:
        raws = [RawInput(f"s/{i}.txt", page.encode(), site="s") for i, page in enumerate(pages)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return [pipe.process(raw, n).articles for n, raw in enumerate(raws)]


# ---- a labelled cell's date in Chinese numerals


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("日期：二〇一九年十一月三日　浏览：88次", "2019-11-03"),
        ("发布时间: 二〇二一年三月九日｜来源：某某报", "2021-03-09"),
        ("更新於：二〇二〇年十二月二十日　瀏覽人次：204", "2020-12-20"),
    ],
)
def test_a_cell_date_in_chinese_numerals_reads_as_its_figures(row: str, day: str) -> None:
    p = MetaParser()
    figures = cell_digit_dates(row)
    assert "〇" not in figures
    assert p.shaped_row(row, near_title=True) == p.shaped_row(figures, near_title=True)
    assert (p.shaped_row(row, near_title=True) or {}).get("published") == day


def test_a_chinese_numeral_date_in_a_sentence_stays_as_printed() -> None:
    line = "馆长回忆说二〇一九年十一月三日那天：大雪封路"
    assert cell_digit_dates(line) == line


# ---- a dated row of a day and counters, learned by the site


@pytest.mark.parametrize(
    ("row", "fields", "want"),
    [
        ("发布：2020年5月5日　　点击：31", {"published": "2020-05-05"}, True),
        ("日期：二〇一九年十一月三日　浏览 88 次", {"published": "2019-11-03"}, True),
        ("时间 2020.5.6 | 阅读量：1,024 | 评论：3", {"published": "2020-05-06"}, True),
        # look-alikes: a comment's stamp (a name), a row with the weather, a bare count
        ("网友甲　2020-05-06　点赞：5", {"published": "2020-05-06"}, False),
        ("日期：2021-03-09　天气：晴", {"published": "2021-03-09"}, False),
        ("点击：31", {}, False),
    ],
)
def test_counted_date_rows(row: str, fields: dict[str, str], want: bool) -> None:
    assert counted_date_row(row, fields) is want


@pytest.mark.parametrize(
    "template",
    [
        "发布：{cn}　　点击：{n}",
        "日期：{cn}｜浏览：{n}次",
        "时间: {cn}    阅读 {n}",
    ],
)
def test_a_learned_dated_row_under_a_text_title_gives_the_day(template: str) -> None:
    pages = []
    for k, (title, cn) in enumerate(zip(TITLES, DAYS_CN, strict=True)):
        row = template.format(cn=cn, n=300 + 17 * k)
        pages.append(
            "\n".join([*HEAD, title, row, "", *_body(k), "", "主办：东坪图书馆　地址：东坪路8号"])
            + "\n"
        )
    got = _run(pages)
    for arts, title, day in zip(got, TITLES, DAYS_ISO, strict=True):
        assert [a.title for a in arts] == [title]
        assert arts[0].meta.get("published") == day
        assert "点击" not in arts[0].text and "浏览" not in arts[0].text


def test_a_learned_row_with_a_name_gives_no_day() -> None:
    """A row of a poster's name, a day and a count (a comment's stamp): no page's day."""
    pages = []
    for k, (title, cn) in enumerate(zip(TITLES, DAYS_CN, strict=True)):
        row = f"网友{'甲乙丙丁戊己'[k]}某　{cn}　点赞：{k + 3}"
        b = _body(k)
        pages.append("\n".join([title, "", b[0], b[1], b[2], row, b[3]]) + "\n")
    for arts in _run(pages):
        assert "published" not in arts[0].meta


# ---- headings of an HTML compilation kept as their pieces' titles

SPEECHES = [
    ("守护绿色校园", "二（1）班", "林小禾"),
    ("书香伴我成长", "三（4）班", "韦思远"),
    ("安全记心间", "一（3）班", "蒋一诺"),
]


def _compilation(rows: list[tuple[str, str, str]], tag: str, above: bool) -> str:
    body = []
    for k, (title, cls, name) in enumerate(rows):
        week = f"第{k + 3}周　2021年3月{8 + 7 * k}日"
        dash = f"——{cls}　{name}（指导老师：某老师）"
        body.append("<div class='piece'>")
        if above:
            body.append(f"<p>{week}</p>")
        body.append(f"<{tag}>{title}</{tag}>")
        body.append(f"<p>{dash}</p>")
        body += [f"<p>{s}</p>" for s in _body(k)[:3]]
        body.append("</div>")
    return (
        "<html><head><meta charset='utf-8'><title>三月讲话稿_德育园地_某小学</title></head>"
        "<body><div class='logo'>某小学</div><h1>三月讲话稿</h1>"
        + "".join(body)
        + "<div class='foot'>版权所有　某小学</div></body></html>"
    )


@pytest.mark.parametrize(("tag", "above"), [("h3", True), ("h2", True), ("h3", False)])
def test_a_heading_runs_titles_stay_text_and_the_dash_byline_is_read(
    tag: str, above: bool, tmp_path: Path
) -> None:
    pages = [
        _compilation(SPEECHES, tag, above),
        _compilation(SPEECHES[1:] + SPEECHES[:1], tag, above),
    ]
    for arts in _run(pages, "html", tmp_path):
        assert len(arts) == 3
        for a in arts:
            first = a.text.split("\n")[0].strip()
            assert first == a.title  # the title line is the piece's first line of text
            assert "——" not in a.text  # the dash byline is metadata
            assert a.meta.get("author") in {n for _, _, n in SPEECHES}
