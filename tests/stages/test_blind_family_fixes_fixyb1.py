"""Fixes for two families of the blind set yb (fixyb1), each failure's general class as
small cases in wordings and layouts of their own, with look-alikes that stay as they were:

* the standing text of a signed notice: a site that puts out notices of one kind prints
  the same closing paragraph (how to object) and contact rows (a phone, an address) in
  every notice, between the notice's own text and its sign-off (a signer's name over a
  date).  The site's profile learns them as repeated lines; between the text and its
  signature they are the text's, kept and flagged (:mod:`cleaner.stages.signed_text`).
  The same lines on a notice with no sign-off, a disclaimer under the sign-off and a menu
  row above the text still go;
* a compilation's count badges: a count standing alone on its line between ornaments
  (``❖ 第一讲 ❖``) over each piece's title, the title set as an HTML heading of the page.
  Badge and heading mark each piece's start twice; with badges that count sessions under a
  head naming a series' round-up (or each piece's own field row, mend22d) the page is cut
  there, the heading each piece's title and first line (:mod:`cleaner.stages.split_badges`).
  The same badges over titles that are no headings keep the page whole;
* a notice's number in the year-and-serial form (``2021年第3号``, an issuer's name before
  it), alone under the title, in round brackets of its own or bare: the doc number (a
  line that names such a number in a sentence, or a date in brackets, is none);
* a field row opened by a pictograph (``🖊 作者：…``, ``📰 来源：…``): the pictograph
  opens no label, the row reads as without it; a pictograph before a label no table
  knows reads nothing.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.keep import keep_table
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.signed_text import standing_text
from tests.stages.stage_runs import boil, site_stage

NAV = "首页 | 通知公告 | 办事指南 | 联系我们"

# three notice series, each: its standing lines (the objection paragraph, the contact
# rows), its signer and its date's form
SERIES = [
    (
        [
            "公示期间如有异议，可登录本网站留言或来电来信，我们将认真核实并及时回复。",
            "联系电话：0123-45678{n}",
            "来信地址：某某路十八号某某中心　邮编：100000",
        ],
        "某某县人力资源中心",
        "2021年3月{d}日",
    ),
    (
        [
            "监督邮箱：jiandu{n}@example.org",
            "对公示内容有异议的，请在公示期内登录本网站实名反映，匿名来信恕不受理。",
        ],
        "某某市科学技术委员会",
        "2022-05-{d:02d}",
    ),
    (
        [
            "举报受理：工作日上午八点至十二点　电话 0765-1123{n}",
            "欢迎社会各界通过来信、来电等方式，对拟任人选进行监督。",
            "通讯地址：某某大道66号某某楼三层",
        ],
        "中共某某区委办公室",
        "2020年11月{d}日",
    ),
]


def _notice(series: int, n: int, *, signed: bool = True) -> list[str]:
    standing, signer, date = SERIES[series]
    own = [
        f"关于第{n}批某某资格审核结果的公示",
        f"经个人申报、单位推荐和专家评审，现将第{n}批共{n + 2}人的审核结果予以公示，名单附后。",
        f"本批审核对象中，有{n}人为首次申报，其余为复审，评审意见已逐人书面反馈到本人。",
    ]
    body = [s.format(n=n) for s in standing]
    sign = [signer, date.format(d=n + 1)] if signed else []
    foot = ["本网站信息仅供参考，以正式文件为准。", "版权所有　某某信息中心"]
    return [NAV, *own, *body, *sign, *foot]


@pytest.mark.parametrize("series", range(len(SERIES)))
def test_a_notices_standing_lines_above_its_sign_off_stay(series: int) -> None:
    stage = site_stage([_notice(series, n) for n in range(1, 7)])
    out = boil(_notice(series, 3), stage, site="s")
    for line in SERIES[series][0]:
        assert line.format(n=3) in out
    assert SERIES[series][1] in out
    assert NAV not in out  # the menu row above the text still goes
    assert "仅供参考" not in out  # and the disclaimer under the sign-off


@pytest.mark.parametrize("series", range(len(SERIES)))
def test_the_same_lines_on_a_notice_with_no_sign_off_still_go(series: int) -> None:
    pages = [_notice(series, n, signed=False) for n in range(1, 7)]
    out = boil(_notice(series, 3, signed=False), site_stage(pages), site="s")
    assert "第3批共5人" in out
    assert all(line.format(n=3) not in out for line in SERIES[series][0])


def test_standing_text_wants_the_pages_own_prose_above_the_run() -> None:
    page = [
        "某某通知正文，写明事由、范围和办理的时限要求。",
        "异议请来信，我们会及时答复处理，谢谢各位的关心。",
        "某某市某某局",
        "2031年4月2日",
    ]
    assert standing_text(page, {1}, set()) == {1}
    assert standing_text(page, {0, 1}, set()) == set()  # no own prose: the site's lines
    assert standing_text(page, {1}, set(), chrome=lambda k: True) == set()  # a menu row
    assert standing_text(page[:2], {1}, set()) == set()  # no sign-off


BODY = [
    "这一讲从最基本的概念讲起，讲师用三个身边的例子说明了道理，大家听得很投入，现场气氛热烈。",
    "课后每位学员都交了一份心得，讲师挑出写得最好的五份在群里做了分享，还约定下次继续交流。",
]
TITLES = ["旧城墙下的黄昏", "一只猫的远行", "写给十年后的信"]
H1 = "某某读书会｜第8期回顾"


def _compilation(badges: list[str], tag: str | None) -> str:
    parts = [
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{H1}</title></head>'
        f"<body><h1>{H1}</h1>"
    ]
    for badge, title in zip(badges, TITLES, strict=True):
        parts.append(f"<section>{badge}</section>")
        parts.append(f"<{tag}>{title}</{tag}>" if tag else f"<p>{title}</p>")
        parts += [f"<p>{x}</p>" for x in BODY]
    return "".join(parts) + "</body></html>"


def _articles(tmp_path: Path, html: str) -> list[tuple[str, str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "p0.html").write_text(html, encoding="utf-8")
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(read_inputs([folder])))
    raw = next(iter(read_inputs([folder])))
    return [(a.title, a.text) for a in pipe.process(raw, 0).articles]


@pytest.mark.parametrize(
    ("badges", "tag"),
    [
        (["❖ 第一讲 ❖", "❖ 第二讲 ❖", "❖ 第三讲 ❖"], "h2"),
        (["★ 第 1 场 ★", "★ 第 2 场 ★", "★ 第 3 场 ★"], "h3"),
        (["◆ 第一课 ◆", "◆ 第二课 ◆", "◆ 第三课 ◆"], "h4"),
    ],
)
def test_count_badges_over_headings_cut_the_page(
    tmp_path: Path, badges: list[str], tag: str
) -> None:
    arts = _articles(tmp_path, _compilation(badges, tag))
    assert [t for t, _ in arts] == TITLES
    for (title, text), badge in zip(arts, badges, strict=True):
        assert text.split("\n")[0] == title  # the heading stays the piece's first line
        assert badge not in text
        assert BODY[0] in text


def test_count_badges_over_plain_lines_keep_the_page_whole(tmp_path: Path) -> None:
    arts = _articles(tmp_path, _compilation(["❖ 第一讲 ❖", "❖ 第二讲 ❖", "❖ 第三讲 ❖"], None))
    assert len(arts) == 1
    assert all(t in arts[0][1] for t in TITLES)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("🖊 作者：林某某", {"author": "林某某"}),
        ("📰 来源：某某日报", {"origin": "某某日报"}),
        ("✍️ 撰稿：某某", {"author": "某某"}),
        ("📅 发布日期：2021-03-09", {"published": "2021-03-09"}),
    ],
)
def test_a_pictograph_opens_no_label(line: str, fields: dict[str, str]) -> None:
    assert keep_table().split.meta.parse_meta_line(line) == fields


@pytest.mark.parametrize("line", ["🎉 恭喜：某某获得一等奖", "😀 今天天气：很好", "🌙 夜深了"])
def test_a_pictograph_before_a_label_no_table_knows_reads_nothing(line: str) -> None:
    assert keep_table().split.meta.parse_meta_line(line) is None


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("（2021年第3号）", "2021年第3号"),
        ("(2018年第 7 号)", "2018年第 7 号"),
        ("某某局公告2020年第十二号", "某某局公告2020年第十二号"),
        ("（2023年第12期）", "2023年第12期"),
    ],
)
def test_a_year_and_serial_number_under_a_title_is_the_doc_number(line: str, number: str) -> None:
    meta = keep_table().split.meta
    assert meta.shaped_row(line, near_title=True) == {"doc_number": number}


@pytest.mark.parametrize(
    "line", ["2019年第14号台风过境", "（2019年12月）", "本公告为2019年第14号。", "（第14号）"]
)
def test_a_line_naming_a_year_and_a_serial_in_its_text_is_no_number(line: str) -> None:
    assert keep_table().split.meta.shaped_row(line, near_title=True) is None
