"""Fixes of mend21f: a learned row of a day and counters dates the page only when it is
the page's own dated row (each a general class tested on invented sites).

* The counters count the page's readers (one of them at least), and the day's label names
  the page put up (or there is none): a birth, founding, opening, sign-up or login day
  beside a quota, a height, a staff or a post count is no publish date.
* The row stands over the body: a footer's, a comment's or a related item's row under the
  text is another day; a day the site prints on every page is the site's.
* A document's own dated row (a day and its origin) is read first: a counted row elsewhere
  on the page does not cancel it.
* A Chinese-numeral date reads as a dated row for boilerplate keeping under a publish
  label only.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.counted_rows import above_body, counted_date_row, publish_label
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.repeat_keeps import labelled_dated_row

TOWNS = ["青石镇", "白沙村", "枫林社区", "落雁湾", "松岗街道"]
TITLES = [
    "青禾农技站推广稻田养蟹新模式",
    "青禾农技站举办春耕机具演示会",
    "青禾农技站开展土壤墒情普查",
    "青禾农技站组织果树修剪培训",
    "青禾农技站发布夏粮病虫预警",
]
CN = [
    "二〇二〇年四月八日",
    "二〇二一年六月十日",
    "二〇一九年九月二日",
    "二〇二二年三月五日",
    "二〇一八年七月九日",
]
ISO = ["2020-04-08", "2021-06-10", "2019-09-02", "2022-03-05", "2018-07-09"]
HEAD = ["青禾农技站　·　站务资讯", "首页　站情介绍　站务资讯　技术服务　联系方式", ""]
FOOT = ["", "青禾农技站　版权所有　地址：青禾路12号"]


def _body(k: int) -> list[str]:
    t = TOWNS[k]
    return [
        f"入夏以来，技术员多次深入{t}的田间地头，手把手指导农户开展病虫害绿色防控。",
        f"在{t}的示范片里，农户们按照技术要点调整了施肥时间，长势明显好于往年。",
        f"站里表示，下一步将在{t}增设观测点，及时发布墒情和苗情信息，服务春播秋收。",
    ]


def _run(pages: list[str]) -> list[dict[str, str]]:
    raws = [RawInput(f"q/{i}.txt", p.encode(), site="q") for i, p in enumerate(pages)]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    metas = []
    for n, raw in enumerate(raws):
        arts = pipe.process(raw, n).articles
        assert len(arts) == 1
        metas.append(dict(arts[0].meta))
    return metas


def _pages(top: str | None = None, under: str | None = None, tail: str | None = None) -> list[str]:
    """A site's pages: ``top`` a row format over the body (under the title), ``under`` one
    after the body, ``tail`` one in the footer (``{cn}``, ``{iso}``, ``{n}``: the page's)."""
    out = []
    for k, title in enumerate(TITLES):
        f = {"cn": CN[k], "iso": ISO[k], "n": 300 + 41 * k}
        lines = [*HEAD, title]
        if top:
            lines.append(top.format(**f))
        lines += ["", *_body(k)]
        if under:
            lines += ["", "网友留言", under.format(**f), "说得很实在，值得推广。"]
        if tail:
            lines += ["", tail.format(**f)]
        out.append("\n".join([*lines, *FOOT]) + "\n")
    return out


# ---- the row's counters and its day's label


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("发表于：2020-04-08　　阅读：31", True),
        ("Updated: 2020-04-08 | Hits: 45", True),
        ("2020.4.8　浏览 12 次　评论 3", True),
        # look-alikes: another figure than a reader count, another day than the page's
        ("日期：2020-04-08　　名额：30人", False),
        ("入学：2020-04-08　　学号：2041", False),
        ("注册日期：2020-04-08　　积分：880", False),
        ("成立于：2020-04-08　　浏览：12", False),
        ("2020-04-08 21:40　　点赞：5", False),  # a comment's stamp: likes only
        ("Seats: 30 | Event: 2020-04-08", False),
    ],
)
def test_counted_rows_count_readers_under_a_publish_label(row: str, want: bool) -> None:
    assert counted_date_row(row, {"published": "2020-04-08"}) is want


def test_publish_labels() -> None:
    assert [publish_label(x) for x in ("发表于", "更新時間", "Posted")] == [True, True, True]
    assert [publish_label(x) for x in ("出生日期", "登录时间", "观众甲", "网站更新")] == [False] * 4


@pytest.mark.parametrize(
    "top",
    ["发表于：{cn}　　阅读：{n}", "更新：{iso}｜点击 {n} 次｜评论 2", "{iso}　　浏览：{n}"],
)
def test_a_counted_row_over_the_body_dates_the_page(top: str) -> None:
    for meta, day in zip(_run(_pages(top=top)), ISO, strict=True):
        assert meta.get("published") == day


@pytest.mark.parametrize(
    "top",
    [
        "入学：{cn}　　学号：{n}",
        "日期：{cn}　　限额：{n}人",
        "创刊：{iso}　　期数：{n}",
        "最后登录：{iso}　　积分：{n}",
    ],
)
def test_a_row_of_another_day_or_figure_gives_no_day(top: str) -> None:
    for meta in _run(_pages(top=top)):
        assert "published" not in meta


@pytest.mark.parametrize(
    ("under", "tail"),
    [
        ("{iso} 08:30　　浏览：{n}", None),  # a comment's stamp under the text
        (None, "本页更新：{iso}　　访问：{n}"),  # the footer's day
        (None, "更新：2023-01-01　　访问总量：{n}"),  # the site's one day, every page
    ],
)
def test_a_counted_row_under_the_body_gives_no_day(under: str | None, tail: str | None) -> None:
    for meta in _run(_pages(under=under, tail=tail)):
        assert "published" not in meta


def test_the_site_s_fixed_day_over_the_body_gives_no_day() -> None:
    """The same day on every page, over the title: the site's, not the page's."""
    for meta in _run(_pages(top="更新：2023-01-01　　浏览：{n}")):
        assert "published" not in meta


def test_above_body() -> None:
    text = "站名\n标题\n更新：2020-04-08　浏览：3\n今天，大家在田里忙着插秧，一派繁忙景象。\n"
    assert above_body(text, text.index("更新"))
    assert not above_body(text + "2020-04-09　浏览：2\n", len(text))
    en = "Site\nTitle\n" + "The growers met on the hill, and they planted rows of young tea. \n"
    assert not above_body(en.rstrip() + "\n" + "2020-04-09 | Views: 3", len(en))


# ---- a document's own dated row first


@pytest.mark.parametrize(
    ("under", "tail"),
    [
        ("{iso} 08:30　　浏览：{n}", None),
        (None, "网站更新日期：2023-01-01　　访问量：{n}"),
        (None, "相关阅读：{iso}　　阅读：{n}"),
    ],
)
def test_an_info_row_is_read_though_a_counted_row_is_removed(
    under: str | None, tail: str | None
) -> None:
    top = "〔{iso}〕　来源：青禾县农业局　浏览 {n} 次"
    for meta, day in zip(_run(_pages(top=top, under=under, tail=tail)), ISO, strict=True):
        assert meta.get("published") == day
        assert meta.get("origin") == "青禾县农业局"


# ---- a Chinese-numeral date kept as a dated row under a publish label only


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("发布：二〇二三年四月八日　浏览：3", True),
        ("更新日期：二〇二一年六月十日｜编辑：某乙", True),
        ("观众丙：二〇二三年四月八日　回复：3", False),
        ("出生：一九七九年三月二日　体重：60", False),
        ("截止：二〇二三年六月三十日　名额：30人", False),
    ],
)
def test_a_chinese_numeral_dated_row_for_keeping(row: str, want: bool) -> None:
    assert labelled_dated_row(row) is want
