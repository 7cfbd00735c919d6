"""Chrome in wordings nobody wrote a rule for (issue 12), and look-alikes that must stay.

The sweep of ``tests/stages/chrome_sweep_data.py`` (also ``benchmarks/chrome_sweep.py``):
every look-alike stays, on a page alone and on a five-page site; every chrome kind is gone
on both, except the lines left on purpose (:data:`LEFT_ALONE`).  Then the two line-model
mechanisms on pages of their own:

* a neighbour the model scores high but would never delete (prose between the anchors,
  an English line, running text) does not put a short heading beside it in a chrome zone;
* a line holding words of three kinds of prompt (download, points, login) is not taken
  for the page's title, which the title stages read: the next line is.

Every word is invented.
"""

from __future__ import annotations

import pytest

from benchmarks.chrome_sweep import single_runs, site_runs
from tests.stages.chrome_sweep_data import CHROME, LOOKALIKES, chrome_count, lookalike_count
from tests.stages.stage_runs import boil

#: (chrome left by kind, look-alikes lost by group)
Runs = tuple[dict[str, list[str]], dict[str, list[str]]]

#: Chrome lines left on purpose, when unsure keep: a contact row and an address row are a
#: notice's own data on many sites, one editor credit alone is the split stage's byline,
#: and a date or uploader bar over the text holds the metadata the split stage reads.
LEFT_ALONE = {
    "contact": {
        "联系电话：0571-88990011　邮箱：service@lvan-demo.cn",
        "地址：青石县文化路18号　邮编：310000",
    },
    "editor": {"责任编辑：林小满"},
    # English comment labels are the HTML edges' (html_edges.toml), at a page's edges only
    "comments": {"Leave a Reply"},
    "stats": {
        "发布时间：2024-03-18　浏览次数：1256",
        "上传者：青禾老师　上传时间：2023-11-02　页数：6页",
    },
}


@pytest.fixture(scope="module")
def single() -> Runs:
    return single_runs()


@pytest.fixture(scope="module")
def site() -> Runs:
    return site_runs()


def test_the_sweep_is_as_large_as_asked() -> None:
    assert chrome_count() >= 80 and lookalike_count() >= 40
    assert len(CHROME) >= 15 and len(LOOKALIKES) >= 8


@pytest.mark.parametrize("group", list(LOOKALIKES))
def test_every_look_alike_stays_on_a_page_alone(single: Runs, group: str) -> None:
    assert single[1][group] == []


@pytest.mark.parametrize("group", list(LOOKALIKES))
def test_every_look_alike_stays_on_a_site(site: Runs, group: str) -> None:
    assert site[1][group] == []


@pytest.mark.parametrize("kind", list(CHROME))
def test_chrome_goes_on_a_page_alone(single: Runs, kind: str) -> None:
    assert set(single[0][kind]) <= LEFT_ALONE.get(kind, set())


@pytest.mark.parametrize("kind", list(CHROME))
def test_chrome_goes_on_a_site(site: Runs, kind: str) -> None:
    assert set(site[0][kind]) <= LEFT_ALONE.get(kind, set())


def test_the_site_learns_what_a_page_alone_keeps(site: Runs) -> None:
    # the contact rows and the editor credit repeat on every page of the site: learned
    assert site[0]["contact"] == [] and site[0]["editor"] == []


TITLE = "柳溪村秋收农机调度安排"
P1 = "今年秋收期间，村里统一调度收割机六台，按地块成熟先后安排作业顺序。"
P2 = "各组要提前清理机耕道，确保机械进得去、出得来，遇雨天及时转移。"
P3 = "农机手作业前须检查机械状况，作业中注意安全，不得疲劳驾驶。"


def test_a_short_heading_beside_a_high_scored_prose_line_stays() -> None:
    # the prose line speaks of 版权 and 原创 (the model scores it high) but is the text's
    # own sentence between the anchors: it makes no chrome zone for the heading under it
    heading = "相关说明"
    prose = "他认为，尊重版权和原创，是农技资料共享的前提。"
    quote = 'The old farmer said: "Copyright matters less than the harvest."'
    out = boil([TITLE, P1, prose, heading, quote, P2, P3])
    assert heading in out and prose in out and quote in out and P1 in out


def test_a_prompt_of_three_kinds_is_not_the_title() -> None:
    tip = "友情提示：请先登录后下载，积分不够可以每日签到领取"
    page = ["免费下载（共4页）", "VIP免费下载本文", tip, TITLE, P1, P2, P3]
    out = boil(page)
    assert tip not in out
    assert TITLE in out and P1 in out and P3 in out


def test_a_title_with_one_prompt_word_stays() -> None:
    title = "关于村级积分制管理试点的通知"
    out = boil(["免费下载（共4页）", title, P1, P2, P3])
    assert title in out and P1 in out


def test_a_plain_sentence_with_a_paging_word_closing_the_page_stays() -> None:
    # one sentence of 16+ characters, a full stop at its end, no label: running text,
    # even with '上一页' in it and nothing after it on the page
    line = "下一页的表格列出了各组的收割日期。"
    out = boil([TITLE, P1, P2, P3, line])
    assert line in out


def test_a_category_trail_goes_at_the_head_only() -> None:
    trail = "资料分类：农业 > 农机 > 调度"
    assert trail not in boil([trail, TITLE, P1, P2, P3])
    assert trail in boil([TITLE, P1, P2, trail, P3])
