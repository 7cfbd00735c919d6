"""Fixes for the family ``sealed_yd_yanchu`` of the blind set yd (fixyd2), each failure's
general class as small cases in wordings and layouts of their own, with look-alikes that
stay as they were:

* a site's headed foot notice: a short head the site repeats over a few sentences the site
  prints word for word on nearly every page, right under the page's own text and over its
  foot chrome (:mod:`cleaner.stages.foot_blocks`).  Fixed sentences with no repeated head
  over them (a series' own closing), a repeated head over sentences of the page's own, and
  a block with the page's text under it stay;
* a post stamp: the day a page went up closed by the verb of posting, and the desk that
  posted it, in either order, parted by a mark, a bar or a gap, alone or wrapped in round
  brackets, over the title or closing the text (:mod:`cleaner.stages.posted_desk`): its
  ``published`` and ``origin``.  An editor's verb, a person's name or no verb reads no desk;
* a table's row naming an event's time (a label no field table knows, a gap, a date): no
  publish date, as the colon's form of the same row is none;
* a list of labelled facts right under a single page's title (when, where, how much): the
  page's header, out of the text on the record (:mod:`cleaner.stages.fact_list`).  The same
  rows under a heading inside the text, a run of two rows, and a page of facts alone stay.

Every word is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline, PipelineConfig
from cleaner.stages.keep import keep_table
from cleaner.stages.profile_counter import build_profiles

PROSE = [
    "这一期的内容从筹备说起，前后花了将近一年的时间，许多细节都经过了反复推敲和修改，第{n}稿才定下来。",
    "参与的人员来自不同的地方，大家在排练厅里一待就是一整天，最后呈现出来的效果让所有人都很满意，共{n}人参加。",
]


def _page(title: str, n: int, *, top: list[str], body: list[str], foot: list[str]) -> str:
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8">',
        f"<title>{title}_详情_某某中心</title></head><body>",
        '<div class="nav"><a href="/">首页</a>｜<a href="/a">动态</a>｜<a href="/b">关于</a></div>',
        *top,
        f"<h1>{title}</h1>",
        *body,
        *(f"<p>{x.format(n=n)}</p>" for x in PROSE),
        *foot,
        "<footer><p>某某中心　版权所有　某ICP备00000000号</p></footer>",
        "</body></html>",
    ]
    return "\n".join(parts)


def _run(
    tmp_path: Path, pages: list[str], at: int = 2
) -> tuple[str, str, dict[str, str], set[str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    for k, html in enumerate(pages):
        (folder / f"p{k:02d}.html").write_text(html, encoding="utf-8")
    raws = list(read_inputs([folder]))
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    res = pipe.process(raws[at], at)
    arts = res.articles
    assert len(arts) == 1
    return arts[0].title, arts[0].text, dict(arts[0].meta), {c.rule for c in res.changes}


# -- 1. a site's headed foot notice -------------------------------------------------------

NOTICES = [
    (
        "<h3>参观提示</h3>",
        [
            "馆内请勿使用闪光灯拍摄展品。",
            "请将大件行李寄存在一楼服务台。",
            "闭馆前三十分钟停止入场。",
        ],
        "li",
    ),
    ("<h4>温馨提醒</h4>", ["赛事期间请保管好随身物品。", "场内禁止吸烟，感谢您的配合！"], "p"),
    (
        "<div class='tip-head'>报名须知</div>",
        [
            "报名成功后如需退费，请在开课七日前提出申请。",
            "课程安排如有调整，将以短信方式另行通知。",
            "上课请携带学员证，遗失者可到前台补办。",
            "未满十岁的学员须由家长陪同上课。",
        ],
        "li",
    ),
]


def _notice_foot(k: int, *, head: bool = True, own: int | None = None) -> list[str]:
    h, rules, tag = NOTICES[k]
    items = [f"{x[:-1]}（第{own}期）{x[-1]}" for x in rules] if own is not None else rules
    wrap = ("<ol>", "</ol>") if tag == "li" else ("", "")
    return [
        *([h] if head else []),
        wrap[0],
        *(f"<{tag}>{x}</{tag}>" for x in items),
        wrap[1],
        '<div class="share">分享到：微博　微信</div>',
    ]


@pytest.mark.parametrize("k", range(len(NOTICES)))
def test_a_sites_headed_foot_notice_goes(tmp_path: Path, k: int) -> None:
    titles = [f"第{n}场活动回顾" for n in range(6)]
    pages = [_page(t, n, top=[], body=[], foot=_notice_foot(k)) for n, t in enumerate(titles)]
    _, text, _, done = _run(tmp_path, pages)
    assert "boilerplate.foot_block" in done
    assert PROSE[0].format(n=2) in text and PROSE[1].format(n=2) in text
    head, rules, _ = NOTICES[k]
    assert all(x not in text for x in rules)
    assert head.split(">")[1].split("<")[0] not in text


@pytest.mark.parametrize("k", range(len(NOTICES)))
def test_fixed_sentences_with_no_repeated_head_stay(tmp_path: Path, k: int) -> None:
    titles = [f"第{n}场活动回顾" for n in range(6)]
    pages = [
        _page(t, n, top=[], body=[], foot=_notice_foot(k, head=False)) for n, t in enumerate(titles)
    ]
    _, text, _, rules = _run(tmp_path, pages)
    assert "boilerplate.foot_block" not in rules
    assert NOTICES[k][1][0] in text


@pytest.mark.parametrize("k", range(len(NOTICES)))
def test_a_repeated_head_over_the_pages_own_sentences_stays(tmp_path: Path, k: int) -> None:
    titles = [f"第{n}场活动回顾" for n in range(6)]
    pages = [
        _page(t, n, top=[], body=[], foot=_notice_foot(k, own=n)) for n, t in enumerate(titles)
    ]
    _, text, _, rules = _run(tmp_path, pages)
    assert "boilerplate.foot_block" not in rules
    assert all(f"（第2期）{x[-1]}" in text for x in NOTICES[k][1])


# -- 2. a post stamp ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("2031-04-02 发布 · 宣传推广部", {"published": "2031-04-02", "origin": "宣传推广部"}),
        ("（营销策划部　2031年4月2日发布）", {"published": "2031-04-02", "origin": "营销策划部"}),
        ("售票服务室 ｜ 2031.4.2 发表", {"published": "2031-04-02", "origin": "售票服务室"}),
        ("2031/4/2发布 ‧ 观众服务部", {"published": "2031-04-02", "origin": "观众服务部"}),
    ],
)
def test_a_post_stamp_names_its_day_and_desk(line: str, fields: dict[str, str]) -> None:
    assert keep_table().split.meta.posted_stamp(line) == fields
    assert keep_table().split.meta.shaped_row(line, near_title=True) == fields


@pytest.mark.parametrize(
    "line",
    [
        "2031-04-02 更新 · 宣传推广部",
        "2031-04-02 发布 · 林小某",
        "2031-04-02 · 宣传推广部 · 阅读 12 次",
    ],
)
def test_no_post_stamp_without_a_posting_verb_and_a_desk(line: str) -> None:
    assert keep_table().split.meta.posted_stamp(line) is None


STAMPS = [
    ("<div class='stamp'>2031-03-0{d} 发布 · 宣传推广部</div>", "top", "宣传推广部"),
    ("<p class='stamp'>（观众服务部　2031年3月{d}日发布）</p>", "end", "观众服务部"),
    ("<div>资料整理室 ｜ 2031.3.{d} 发表</div>", "top", "资料整理室"),
]


@pytest.mark.parametrize(("stamp", "where", "desk"), STAMPS)
def test_a_post_stamp_over_the_title_or_closing_the_text_is_metadata(
    tmp_path: Path, stamp: str, where: str, desk: str
) -> None:
    pages = []
    for n in range(6):
        row = stamp.format(d=n + 1)
        top = [row] if where == "top" else []
        page = _page(f"第{n}期展讯", n, top=top, body=[], foot=[])
        if where == "end":
            page = page.replace("<footer>", f"{row}\n<footer>")
        pages.append(page)
    title, text, meta, _ = _run(tmp_path, pages)
    assert title == "第2期展讯"
    assert meta.get("published") == "2031-03-03"
    assert meta.get("origin") == desk
    assert desk not in text
    assert text.split("\n")[0] == title and text.count(title) == 1


# -- 3. an event's labelled date -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("开幕时间\t2031年5月1日 19:30", None),
        ("截 止 日 期　2031-05-01", None),
        ("发布时间\t2031-05-01", {"published": "2031-05-01"}),
    ],
)
def test_an_events_labelled_date_is_no_publish_date(
    line: str, fields: dict[str, str] | None
) -> None:
    assert keep_table().split.meta.shaped_row(line, near_title=True) == fields
