"""Two title losses fixed as classes (yititles).

* A post's posting row under its bare title (``发布：某某（某中心）｜浏览 N 次``) passed a
  title's shape, so the header-block reader (:mod:`split_blocks`) took it for the title
  and deleted the real title as the block's last line.  A ``label：value`` row whose label
  is a posting or reader-counter word, or whose value holds a counter with its figure or
  a person and their bracketed unit, is no title (:func:`posting_rows.posting_row`).
* A row of tags over each piece's own markup heading was taken as the title by the
  generic header finder; the heading now titles the piece and stays its first line, the
  row goes as the header (:mod:`split_heading_under`).

Look-alikes that stay: a real labelled title (``专访：某某谈…``), a label that only holds a
posting word inside a longer noun (``发布会：…``), a counter word with no figure; a row
over numbered section heads (``一、基本情况``).  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.posting_rows import posting_row
from cleaner.stages.split import SplitStage
from cleaner.stages.split_blocks import block_run
from cleaner.stages.split_heading_under import titles_under_headings
from cleaner.stages.split_titles import PageHints

# -- a posting row is no title ----------------------------------------------------------------

BODY = [
    "本周来访的客户明显增多，现场人员表示，周末两天的预约已经全部排满，建议提前来电。",
    "项目方补充说明，样板间将在下月初开放参观，届时会同步公布更多的户型与价格信息。",
]


def _posts(rows: list[tuple[str, str]], mark: str = "◆动态") -> list[str]:
    page = ["青禾里　项目动态（共3则）", ""]
    for k, (title, row) in enumerate(rows):
        page += [f"{mark} No.{9 - k}　─　工程进度　─　2022/4/{20 - k * 3}", title, row, *BODY, ""]
    return page


TITLES = [
    "青禾里样板间下月开放，首批预约已满",
    "青禾里主体结构封顶，工期提前两周",
    "青禾里周边新增公交线路，通勤更方便",
]


@pytest.mark.parametrize(
    "rows",
    [
        # the case: a posting label, a person and unit, a view counter
        [
            "发布：林志远（青禾里销售中心）　｜　浏览 812 次",
            "发布：周佳怡（青禾里销售中心）　｜　浏览 95 次",
            "发布：林志远（青禾里销售中心）　｜　浏览 2310 次",
        ],
        # traditional letters, another posting label
        [
            "發布人：林志遠　｜　瀏覽 812 次",
            "發布人：周佳怡　｜　瀏覽 95 次",
            "發布人：林志遠　｜　瀏覽 2310 次",
        ],
        # a label of no table's word: the value's person and unit tell it
        ["撰稿：林志远（青禾大学）", "撰稿：周佳怡（白塔研究院）", "撰稿：孙立群（青禾置业公司）"],
        # a label of no table's word: the value's counter tells it
        ["小编：阿远　阅读 812", "小编：阿怡　阅读 95", "小编：阿群　阅读 2310"],
    ],
)
def test_a_posting_row_under_a_bare_title_is_no_title(rows: list[str]) -> None:
    page = _posts(list(zip(TITLES, rows, strict=True)))
    run = block_run(page, lambda s: None)
    assert [page[t] for t in run.titles] == TITLES, run
    assert all(posting_row(r) for r in rows)


@pytest.mark.parametrize(
    "line",
    [
        "专访：林志远谈乡村振兴",  # a labelled title of an interview
        "观察：浏览器之争再起",  # a counter word, no figure
        "发布会：新款手机正式亮相",  # a posting word inside a longer noun
        "评论员文章：让城市更宜居",
        "独家：某某公司年度报告出炉",
    ],
)
def test_a_labelled_title_is_no_posting_row(line: str) -> None:
    assert not posting_row(line)


def test_labelled_titles_over_bodies_stay_the_titles() -> None:
    titles = ["专访：林志远谈乡村振兴", "观察：浏览器之争再起", "对话：周佳怡谈城市更新"]
    page = ["某某周刊　精选（共3篇）", ""]
    for k, t in enumerate(titles):
        page += [f"◆精选 No.{k + 1}　─　人物　─　2022/4/{10 + k}", t, *BODY, ""]
    run = block_run(page, lambda s: None)
    assert [page[t] for t in run.titles] == titles, run


# -- a row of tags over each piece's own heading ----------------------------------------------

LINES = [
    "招收计划：4个班，每班40人，今年计划招收一年级新生160人。",
    "报名方式：5月10日至15日登录区招生平台如实填写信息，逾期不予受理。",
    "咨询电话：0571-88001234（工作日8:30—17:00）",
]
HEADS = [
    "某区青石小学2023年一年级招生简章",
    "某区白塔小学2023年一年级招生简章",
    "某区柳岸小学2023年一年级招生简章",
]


def _split(tags: list[str], heads: list[str]) -> list[tuple[str, str]]:
    page = ["某区2023年小学招生简章汇编", "发布机构：某区教育局　　发布日期：2023年5月2日"]
    for t, h in zip(tags, heads, strict=True):
        page += [t, h, *LINES]
    hints = PageHints(title=page[0], h1=page[0], headings=(page[0], *heads))
    drafts = SplitStage()(Editor("p", "\n".join(page) + "\n"), hints=hints)
    return [(d.title, d.text) for d in drafts]


@pytest.mark.parametrize(
    "tags",
    [
        [f"〔公办〕学校代码 QX{k}0{k}7　／　第三片区　／　序{k}" for k in (1, 2, 3)],
        [f"〔民办〕编号 MB-{k}{k}2　／　东片　／　第{k}所" for k in (1, 2, 3)],
        [f"〔九年一贯〕代码 JY0{k}　／　北区　／　{k}" for k in (1, 2, 3)],
    ],
)
def test_the_heading_under_a_tag_row_is_the_title(tags: list[str]) -> None:
    arts = _split(tags, HEADS)
    assert [t for t, _ in arts] == HEADS, arts
    # the heading stays the piece's first line; the tag row goes as the header
    assert all(text.splitlines()[0] == h for (_, text), h in zip(arts, HEADS, strict=True))
    assert not any(tag in text for tag in tags for _, text in arts)


def test_a_row_over_section_heads_keeps_its_headers() -> None:
    body = "本校今年计划招收新生两百人，报名请在规定时间内登录平台填写信息。"
    page = [
        "〔甲类〕编码 A01　／　序1",
        "一、基本情况",
        body,
        "〔甲类〕编码 A02　／　序2",
        "二、招生范围",
        body,
    ]
    hs = [
        (0, "generic:K〔甲类〕", "编码 A01　／　序1"),
        (3, "generic:K〔甲类〕", "编码 A02　／　序2"),
    ]
    assert titles_under_headings(page, hs, {"一、基本情况", "二、招生范围"}) == hs
    # the same heading over every piece is a label, no title
    same = [page[0], "招生简章", body, page[3], "招生简章", body]
    assert titles_under_headings(same, hs, {"招生简章"}) == hs
    # a line the markup does not declare a heading is no title either
    plain = [page[0], "某区青石小学", body, page[3], "某区白塔小学", body]
    assert titles_under_headings(plain, hs, {"某区青石小学"}) == hs
