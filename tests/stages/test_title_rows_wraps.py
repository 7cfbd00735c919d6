"""Titles on unseen sites (branch titles2): the mechanisms behind the title sweep's last
open layouts, each in invented wording with look-alikes that must stay as they are.

* a row of short tags over the title (``〖栏目 · 专题〗``, a navigation row or a slogan's
  halves a wide space apart) is never the title (``title_shape.tag_row``);
* a site's name alone over the title (by its ending), also when the page's ``<title>``
  is that name, is never the title; a site's name before a colon is no part of it;
* an ``<h1>`` broken by ``<br>`` is one headline when the ``<title>`` holds it joined;
* a headline shown only as a breadcrumb's last crumb, the ``<title>`` the site's name;
* a plain page's headline wrapped over two lines (``title_wrap``).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.ingest.html import extract
from cleaner.ingest.html_crumbs import crumb_headline
from cleaner.ingest.html_head import broken_head
from cleaner.ingest.records import ReadOptions, html_page
from cleaner.pipeline import Pipeline
from cleaner.stages.split_titles import clean_title
from cleaner.stages.title_shape import line_shape, tag_row, title_line
from cleaner.stages.title_wrap import wrapped_title
from tests.stages.family_figures import family_figures
from tests.stages.title_layouts import Layout, run_layout

H = "桐岭乡新建的九座漫水桥全部通车"
TEXT = [
    "入冬以来，桐岭乡陆续完成九座漫水桥的浇筑和护栏安装，沿河六个村的群众出行不再绕路。",
    "乡里还在每座桥头设置了水位标尺，汛期水位超过警戒线时由专人值守并及时封桥。",
]
ROW = "发稿时间：2022-11-02 15:40　来源：桐岭乡综合办"

# ---- a row of short tags over the title


@pytest.mark.parametrize(
    "line",
    [
        "〖乡村交通 · 桥梁建设〗",
        "【桥梁 | 民生】",
        "首页　乡情　政务　民生",
        "护河兴乡　便民惠民",
        "首页  乡情  政务",
    ],
)
def test_tag_rows(line: str) -> None:
    assert tag_row(line)
    assert line_shape(line) == "tag_row"
    assert title_line([line, H, *TEXT]) == 1


@pytest.mark.parametrize(
    "line",
    [
        "【原创】",  # one tag: a badge
        "【桐岭乡新建的九座漫水桥全部通车】",  # a whole title in brackets
        "林禾　守桥二十年",  # a name and a title: parts of two lengths
        "〖乡村交通：九座漫水桥全部通车〗",  # a clause mark inside
        "桐岭乡　新建的九座漫水桥全部通车",  # a long part
        "第三章　漫水桥",  # a chapter's number and name
    ],
)
def test_tag_row_lookalikes(line: str) -> None:
    assert not tag_row(line)


def test_tag_row_without_a_heading_below_stays_the_title() -> None:
    # a slogan-shaped title over body text alone: nothing else to be the title
    assert title_line(["护河兴乡　便民惠民", *TEXT]) == 0


# ---- a site's name over the title, or before its colon


def test_site_name_line_passed_over() -> None:
    assert line_shape("桐岭乡新闻网") == "site_name"
    assert title_line(["桐岭乡新闻网", H, *TEXT]) == 1
    # declared as the page's <title>: still the site's name, not the headline
    assert title_line(["桐岭乡新闻网", H, *TEXT], declared=("桐岭乡新闻网", None)) == 1
    # a line naming a place or an office is no site name
    assert line_shape("桐岭乡综合办公室") == "heading"
    assert title_line(["桐岭乡新闻网", *TEXT]) == 0  # no heading below: it stays


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (f"桐岭新闻网：{H}", H),
        (f"桐岭乡政府门户网站: {H}", H),
        (f"桐岭乡政府：{H}", f"桐岭乡政府：{H}"),  # an issuer speaking: part of the headline
        (f"专访：{H}", f"专访：{H}"),
        ("桐岭新闻网：九座桥", "桐岭新闻网：九座桥"),  # too little after the colon
    ],
)
def test_site_prefix(line: str, want: str) -> None:
    assert clean_title(line)[0] == want


def test_declared_site_name_prefix() -> None:
    assert clean_title(f"桐岭之声：{H}", site_name="桐岭之声")[0] == H
    assert clean_title(f"桐岭之声：{H}")[0] == f"桐岭之声：{H}"  # undeclared, no ending


# ---- HTML: an <h1> broken by <br>, a headline only in the breadcrumb


def test_broken_head() -> None:
    assert broken_head(f"{H}_桐岭乡新闻网", ["桐岭乡新建的九座", "漫水桥全部通车"]) == H
    # the <title> holds only the first line: a heading over its subtitle
    assert broken_head(f"{H}_桐岭乡新闻网", [H, "六个村的群众出行不再绕路"]) is None
    assert broken_head("Nine low bridges open | Tong Post", ["Nine low", "bridges open"]) == (
        "Nine low bridges open"
    )


def _doc(title: str, inner: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in TEXT)
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='main'>{inner}{paras}</div><div class='foot'>版权所有：桐岭乡</div>"
        "</body></html>"
    ).encode()


def test_h1_broken_by_br_is_one_title() -> None:
    page = extract(_doc(f"{H}_桐岭乡新闻网", "<h1>桐岭乡新建的九座<br>漫水桥全部通车</h1>"))
    assert page.title == H
    # the h1 lines stay text as they were: the title choice never edits the text
    assert page.text.startswith("桐岭乡新建的九座\n漫水桥全部通车\n")


def test_crumb_headline() -> None:
    crumbs = [f"首页 > 乡情 > {H}"]
    assert crumb_headline("桐岭乡新闻网", crumbs, TEXT) == H
    assert crumb_headline("桐岭乡新闻网", ["首页 > 乡情 > 正文"], TEXT) is None
    assert crumb_headline("桐岭乡新闻网", crumbs, [H, *TEXT]) is None  # kept already
    assert crumb_headline("九座漫水桥", crumbs, TEXT) is None  # the <title> no site name
    # linked crumbs the extractor leaves out of the text: the headline is put in front
    trail = f"<div class='crumb'><a href='/'>首页</a> &gt; <a href='/x'>乡情</a> &gt; {H}</div>"
    page = extract(_doc("桐岭乡新闻网", trail))
    assert page.title == H and page.text.startswith(f"{H}\n")


# ---- a plain page's headline wrapped over two lines


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["桐岭乡新建的九座漫水桥", "全部建成通车", ROW], "桐岭乡新建的九座漫水桥全部建成通车"),
        (
            ["Nine low bridges in the valley", "open to traffic before winter", "By L. Reed"],
            "Nine low bridges in the valley open to traffic before winter",
        ),
    ],
)
def test_wrapped_title(lines: list[str], want: str) -> None:
    assert wrapped_title([*lines, *TEXT]) == want


@pytest.mark.parametrize(
    "lines",
    [
        ["桐岭乡九座漫水桥", "六个村的群众出行不再绕路了", ROW],  # a longer subtitle
        ["乡情", H, ROW],  # a column's label over the headline (a kicker)
        ["桐岭乡新建的九座漫水桥", "全部建成通车", "桐岭乡的三条机耕路也修好了"],  # a list
        ["桐岭乡新建的九座漫水桥", "——六个村出行不再绕路", ROW],  # a marked subtitle
        ["桐岭乡新建的九座漫水桥", "记者 林禾", ROW],  # a byline
        ["漫水桥通车", "全部建成", ROW],  # too short to have been wrapped
        ["Nine low bridges open", "The Long Way Round", "By L. Reed"],  # a capitalised deck
    ],
)
def test_wrapped_title_lookalikes(lines: list[str]) -> None:
    assert wrapped_title([*lines, *TEXT]) is None


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(PipelineConfig())


def test_wrapped_title_in_the_pipeline(pipe: Pipeline) -> None:
    lay = Layout("wrap", ["桐岭乡新建的九座", "漫水桥全部通车", ROW, *TEXT], H)
    assert run_layout(pipe, lay)["wrong"] == []
    sub = Layout("sub", [H, "沿河六个村的群众出行从此不再绕远路了", ROW, *TEXT], H)
    assert run_layout(pipe, sub)["wrong"] == []  # a subtitle stays out of the title


def test_tag_row_family_floor() -> None:
    assert family_figures("sealed_z_saishi")["titles"] >= 0.95


def test_a_part_heading_under_the_title_is_not_wrapped() -> None:
    # a statute's title over its first chapter's heading: two headings, not one wrapped
    assert wrapped_title(["桐岭乡漫水桥管护办法", "第一章　总则", "第一条　为了管好桥。"]) is None
    assert wrapped_title(["桐岭乡漫水桥管护办法细则", "第一部分总体要求", ROW]) is None


def test_crumb_headline_in_the_pipeline(pipe: Pipeline) -> None:
    # a trail without links stays in the extracted text: the boilerplate stage takes it
    # as chrome, the headline stays the text's first line and the title
    trail = f"<div class='crumb'>首页 &gt; 乡情 &gt; {H}</div>"
    raw = html_page("c/a.html", _doc("桐岭乡新闻网", trail), {"kind": "html"}, ReadOptions())
    art = pipe.process(raw, 0).articles[0]
    assert art.title == H and art.text.startswith(f"{H}\n")
