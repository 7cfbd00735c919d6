"""Fixes of xloss (set x lines lost to ``boilerplate.site_repeat``): a section heading
of the text standing between two blocks of the page's own prose, printed on every page
of the site; the page's own figures closing its text in one wording ('值班电话：N'),
other numbers on every page.  Each kind as a small case in wordings of its own, with
look-alikes that must still go, and the families' floors.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.block_rows import closing_data
from cleaner.stages.repeat_keeps import prose_head
from tests.stages.family_figures import family_figures
from tests.stages.stage_runs import boil, site_stage

# ---- a heading between two blocks of the page's own text


_PLACES = ["river", "hill", "valley", "lake", "forest", "coast", "plain", "marsh"]


def _record(n: int) -> list[str]:
    return [
        "某某大学学位论文库",
        f"第{n}号论文：河谷梯田的水分循环",
        "内容提要",
        f"本文考察了第{n}片梯田在旱季和雨季的水分变化，并比较了三种灌溉方式的差别。",
        f"主题词：梯田{n}；水分循环；灌溉",
        "Overview",
        f"This paper looks at the terraces by the {_PLACES[n]} through a dry and a wet season.",
        "Keywords: terraces; water cycle; irrigation",
        "Related posts",
        f"河谷梯田的土壤{n + 1}",
        f"梯田灌溉的历史{n + 2}",
        "Comments",
        f"第{n}位读者说这篇论文的数据很扎实，值得一看，期待后续的研究成果。",
        "版权所有 某某大学图书馆",
    ]


def test_heading_between_two_prose_blocks_stays() -> None:
    pages = [_record(n) for n in range(1, 8)]
    out = boil(pages[3], site_stage(pages), site="s")
    assert "Overview\n" in out
    assert "Related posts" not in out  # a cue word, over a link list
    assert "Comments" not in out  # a cue word, over comment rows
    assert "版权所有" not in out


def test_prose_head_shape() -> None:
    rows = ["第一段写到这里；要点", "Overview", "The second block starts here and goes on."]
    assert prose_head(rows, 1, {1: 0}, {})
    assert not prose_head(rows, 1, {1: 0, 2: 0}, {})  # the line below repeats: chrome
    assert not prose_head(rows, 1, {1: 0, 0: 0}, {})  # the line above repeats
    links = [rows[0], "Further items", "Another page of the site"]
    assert not prose_head(links, 1, {1: 0}, {})  # a link title below, no sentence


def test_heading_over_a_link_list_goes() -> None:
    def page(n: int) -> list[str]:
        return [
            "某某小站",
            f"第{n}篇游记：沿着古道走到山顶，路上遇见了采茶的人和赶集的马队。",
            "Further reading",
            f"古道上的茶{n}",
            f"赶集的马队{n}",
            "版权所有 某某小站",
        ]

    pages = [page(n) for n in range(1, 8)]
    out = boil(pages[2], site_stage(pages), site="s")
    assert "Further reading" not in out


# ---- the page's own figures closing its text


def _notice(n: int) -> list[str]:
    return [
        "某某驻外办事处",
        f"第{n}号出行提示",
        f"近期第{n}个港口的风浪较大，请出海的同胞注意天气变化，提前做好准备。",
        "遇到困难时请及时求助并与办事处联系。",
        f"港口值班电话：{100 + 7 * n}",
        f"办事处应急协助电话：+77-15-55{n:02d}{(n * 37) % 100:02d}",
        f"阅读 {n * 13}　点赞 {n}",
        "相关新闻",
        "版权所有 某某驻外办事处",
    ]


def test_closing_figures_differing_per_page_stay() -> None:
    pages = [_notice(n) for n in range(1, 9)]
    out = boil(pages[4], site_stage(pages), site="s")
    assert "港口值班电话：135" in out
    assert "办事处应急协助电话：+77-15-5505" in out
    assert "阅读 65" not in out  # a counter bar: a gap between its counters
    assert "版权所有" not in out


def test_the_same_number_on_every_page_goes() -> None:
    def page(n: int) -> list[str]:
        p = _notice(n)
        p[4] = "全站服务电话：+77-15-5500000"
        return p

    pages = [page(n) for n in range(1, 9)]
    out = boil(pages[4], site_stage(pages), site="s")
    assert "全站服务电话" not in out


def test_closing_data_needs_the_text_above() -> None:
    page = ["站名", "标题", "正文一。", "有问题请联系。", "值班电话：110", "页脚"]
    assert closing_data(page, 4, {4}, {0: 1, 4: 1, 5: 1}, {})
    assert not closing_data(page, 4, {4}, {0: 1, 3: 1, 4: 1, 5: 1}, {})  # chrome above
    assert not closing_data(page, 4, set(), {0: 1, 4: 1, 5: 1}, {})  # one value everywhere


@pytest.mark.parametrize("name", ["sealed_x_lunwen", "sealed_x_lingshi"])
def test_set_x_lost_lines_floor(name: str) -> None:
    f = family_figures(name)
    assert f["content_recall"] >= 0.99, f  # no line of the text lost
