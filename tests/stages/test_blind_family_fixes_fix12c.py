"""Chrome and repair fixes for the blind sets m and n (issue 12, fix12c), each kind as a
small case in wordings of its own, with look-alikes that must stay:

* page marks in new shapes cutting a sentence (a bracketed page-break word and count, a
  bracketed continuation word before the page word, ornaments around a page letter and
  count, a pager's bracketed number, a fold marker), in simplified and traditional forms;
  the short tail of the cut sentence is kept even when the line model guessed it chrome;
* chrome kinds: the accessibility anchor, a back-to-top link, a market ticker bar, a
  for-reference-only disclaimer, a blog archive's post count, a taxonomy line, a labelled
  breadcrumb trail, a reader comment thread under its heading;
* a dressed page title whose title is a field of a date row below;
* a half-width comma before a number in Han text.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.rules.han_forms import widen
from cleaner.stages.comment_threads import comment_thread
from cleaner.stages.page_marks import marks_inside_sentences
from cleaner.stages.repair_tables import tables
from cleaner.stages.seo_titles import dressed_title
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import boil, repair, split

PROSE = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
PROSE2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
HALF_A = "船工老周说，今年的雨水比往年多，渡口的台阶已经被淹了两"
HALF_B = "级，村里正在商量加高的办法。"


# ---- page marks in new shapes


@pytest.mark.parametrize(
    "mark",
    [
        "〔分页 2/3〕",
        "【续】第2页",
        "【續】第2頁",
        "≈≈ P2/4 ≈≈",
        "上一页　[2]　下一页",
        "上一頁　［2］　下一頁",
        "▼ 展开剩余40%",
        "展開全文 ▼",
    ],
)
def test_a_new_page_mark_cutting_a_sentence_is_joined_across(mark: str) -> None:
    text = f"{PROSE}\n{HALF_A}\n\n{mark}\n\n{HALF_B}\n{PROSE2}\n"
    out = repair(text)
    assert HALF_A + HALF_B in out
    assert mark not in out


@pytest.mark.parametrize("line", ["（2）", "展开", "▼", "【注】第2条"])
def test_a_look_alike_between_cut_halves_is_not_a_page_mark(line: str) -> None:
    text = f"{PROSE}\n{HALF_A}\n\n{line}\n\n{HALF_B}\n"
    assert line in repair(text)


def test_traditional_forms_widen_the_page_mark_patterns() -> None:
    assert widen("第2页", {"页": "頁"}) == "第2[页頁]"
    assert tables().page_marks.fullmatch("第3頁")
    assert tables().page_marks.fullmatch("〔分頁 2/5〕")


def test_the_tail_of_a_cut_sentence_is_kept_when_the_model_guessed_it() -> None:
    rx = tables().page_marks
    page = [HALF_A, "", "（第2页）", "", "就到。", "（第3页）"]
    # the mark, and its tail the model claimed softly, go back to the repair stage
    assert marks_inside_sentences(page, [2, 4], rx, 10, soft=[4]) == [2, 4]
    # a soft line below that is no sentence's end (a label) stays claimed
    page[4] = "相关推荐"
    assert marks_inside_sentences(page, [2, 4], rx, 10, soft=[4]) == [2]


# ---- chrome kinds


@pytest.mark.parametrize(
    "line",
    [
        ":::",
        "回頁首",
        "返回顶部 ↑",
        "甲乙指数 3120.55 +0.42%　丙丁成指 10388.10 -1.20%",
        "本站解答仅供参考，不能作为用药的依据，请遵医嘱。",
        "本页信息仅供参考，不构成任何理财建议。",
        "本月共5篇文章",
        "分类：杂记 ｜ 标签：渡口, 柳树",
        "标签：渡口、晒谷场、花猫",
        "您正在浏览：某某文库 › 乡土 › 渡口",
    ],
)
def test_a_chrome_line_of_a_new_kind_goes(line: str) -> None:
    out = boil([PROSE, line, PROSE2])
    assert line not in out
    assert PROSE in out and PROSE2 in out


@pytest.mark.parametrize(
    "line",
    [
        "::",
        "回去看看渡口",
        "甲乙指数当天上涨0.42%，收于3120.55点。",
        "以上数据仅供参考。",
        "共5篇",
        "分类：杂记",
        "关键词：渡口，柳树",
        "您正在浏览的是第二部分。",
    ],
)
def test_a_look_alike_of_a_chrome_kind_stays(line: str) -> None:
    assert line in boil([PROSE, line, PROSE2])


def test_a_comment_thread_under_its_heading_goes_whole() -> None:
    # (a post long enough that the thread is no loss-budget share of the page)
    page = [
        "渡口的早晨",
        *[PROSE, PROSE2] * 4,
        "",
        "3条评论",
        "江边人　2022-04-01 08:12",
        "写得真好，想去看看。",
        "小满　2022-04-01 09:40",
        "收藏了，下次去。",
        "老船工　2022-04-02 18:03",
        "那条船我也坐过！",
        "发表评论请先登录",
        "© 某某小站",
    ]
    out = boil(page)
    assert PROSE in out and PROSE2 in out
    for gone in page[10:17]:
        assert gone not in out


def test_posts_without_a_comment_heading_are_no_thread() -> None:
    page = ["江边人　2022-04-01 08:12", PROSE, "小满　2022-04-01 09:40", PROSE2]
    assert comment_thread(page) == []
    # a heading with prose under it and no author line: an article's own section
    assert comment_thread(["网友评论", PROSE, PROSE2]) == []
    # a forum's replies are its text
    assert comment_thread(["12条回复", "江边人　2022-04-01 08:12", PROSE, PROSE2]) == []


# ---- page title, comma


def test_a_page_title_whose_title_is_a_field_of_a_date_row_goes() -> None:
    title = "渡口的早晨 - 柳岸闲笔 - 某某博客"
    page = [title, "首页 | 杂记", "2022-04-01 周五 | 渡口的早晨", PROSE]
    assert dressed_title(page, site_words=("博客",)) == 0
    glued = [title, "首页 | 杂记", "说说渡口的早晨", PROSE]
    assert dressed_title(glued, site_words=("博客",)) is None


def test_a_page_title_over_a_lone_dated_header_is_left_to_the_split_stage() -> None:
    """The split stage reads the pair (the page title naming the dated row's title) as the
    piece's header; were the boilerplate stage to delete the page title first, the dated
    row would read as a bare date row and its title would be lost with it."""
    title = "渡口的早晨 - 柳岸闲笔 - 某某博客"
    page = [
        title,
        "首页 | 杂记",
        "",
        "2022-04-01 周五 | 渡口的早晨",
        PROSE,
        PROSE2,
        "",
        "© 2022 某某博客",
    ]
    kept = boil(page)
    assert title in kept
    drafts = split(kept.splitlines())
    assert [(d.title, d.meta.get("published")) for d in drafts] == [("渡口的早晨", "2022-04-01")]


def test_a_half_width_comma_before_a_number_in_han_text_is_repaired() -> None:
    assert "新修步道，2019年度" in repair("沿河新修步道,2019年度完成验收。\n")
    assert "1,200台" in repair("仓库共有1,200台设备。\n")


# ---- the families' floors (what fix12c reached on chrome, content and repairs)


@pytest.mark.parametrize(
    ("name", "floor", "ceiling"),
    [
        ("sealed_m_boke", {"content_f1": 0.97, "repairs": 1.0, "titles": 1.0}, 0.10),
        ("sealed_m_fagui", {"content_f1": 0.98, "repairs": 1.0}, 0.01),
        ("sealed_m_xinwen", {"content_f1": 0.95, "repairs": 1.0}, 0.03),
        ("sealed_m_xinwengao", {"content_f1": 0.96, "repairs": 0.94}, 0.02),
        ("sealed_n_xiaoyuan", {"content_f1": 0.95, "repairs": 1.0}, 0.05),
        ("sealed_n_zhengquan", {"content_f1": 0.99, "repairs": 0.94}, 0.01),
        ("sealed_n_wenyi", {"content_f1": 0.95, "repairs": 1.0}, 0.01),
        ("sealed_n_nianjian", {"content_f1": 0.94, "repairs": 1.0}, 0.08),
    ],
)
def test_the_blind_families_m_and_n_hold_their_chrome_floors(
    name: str, floor: dict[str, float], ceiling: float
) -> None:
    assert_floors(name, floor, residue=ceiling)
