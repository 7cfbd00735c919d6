"""Mends of new losses a reviewer found in mend21a's rules, each in wordings of its own and
with a look-alike that must not change:

* a column label or a date line over a dash-led headline (a bullet, an ornament or a deck
  used as the headline) is no title: the deck rule holds only when the short line could be
  a headline itself (:func:`title_shape.kicker`), and a hyphen or a dash and a space opens
  no deck (:func:`title_shape.dash_led`);
* one framed note amid a single article (``（来源：…）`` over a subheading) makes no digest:
  the items must match (:func:`split_sibling_rows.items_match`);
* pages of one day of a small site, each closed by the same dated row of its own, keep it
  as their origin and date (:mod:`site_rows`);
* a framed page number with a count word other than a floor's, a case's or a chapter's
  (``── 第4屏 ──``) is a page break again (repair.toml ``break_marks``);
* a time or a vague qualifier before 新闻 (``据此前新闻``) or a quoted non-name before a
  channel names no source (:func:`split_foot.according_to`).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.split_foot import according_to, foot_words
from cleaner.stages.split_sibling_rows import items_match
from cleaner.stages.title_shape import dash_led
from tests.stages.stage_runs import repair

Q1 = "清晨的菜市场里人声鼎沸，卖豆腐的老刘已经忙了两个钟头，案板上只剩下最后几块。"
Q2 = "街坊们说，他的豆腐三十年没有换过做法，黄豆要泡足一夜，卤水要点得恰到好处。"
Q3 = "河堤加固工程已完成七成，施工方正抓紧浇筑最后一段护坡，确保汛期前全部完工。"
Q4 = "附近村民自发组织起巡河队，每天早晚沿着堤岸走上一趟，发现隐患及时上报。"


def _run(lines: list[str], sep: str = "\n") -> list[tuple[str, dict[str, str], str]]:
    raw = RawInput("p.txt", (sep.join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return [(a.title, {k: v for k, v in a.meta.items() if v}, a.text) for a in res.articles]


def _site(pages: list[list[str]]) -> list[list[tuple[str, dict[str, str], str]]]:
    raws = [
        RawInput(f"d{i}.txt", ("\n".join(p) + "\n").encode(), site="riverside.example")
        for i, p in enumerate(pages)
    ]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    out = []
    for i, raw in enumerate(raws):
        res = pipe.process(raw, i)
        out.append(
            [(a.title, {k: v for k, v in a.meta.items() if v}, a.text) for a in res.articles]
        )
    return out


# --- N1: a short line over a dash-led headline ----------------------------------------------


@pytest.mark.parametrize(
    ("label", "head"),
    [
        ("城南快讯", "——老街豆腐坊迎来开业三十周年"),  # a column word over a deck-headline
        ("社區動態", "——老街豆腐坊迎來開業三十週年"),  # traditional script
        ("每周导读", "- 老街豆腐坊迎来开业三十周年"),  # a Markdown bullet
        ("周末精选", "— 老街豆腐坊迎来开业三十周年"),  # an ornament dash and a space
    ],
)
def test_a_column_label_over_a_dash_led_headline_is_no_title(label: str, head: str) -> None:
    arts = _run([label, head, Q1, Q2])
    assert len(arts) == 1 and arts[0][0] != label
    assert "豆腐坊" in arts[0][0]


@pytest.mark.parametrize("day", ["2025年6月3日", "2025-06-03"])
def test_a_date_over_a_dash_led_headline_still_dates_the_page(day: str) -> None:
    arts = _run([day, "——老街豆腐坊迎来开业三十周年", Q1, Q2])
    assert "豆腐坊" in arts[0][0]
    assert arts[0][1].get("published") == "2025-06-03"


def test_a_labelled_lead_note_over_a_deck_leaves_the_deck_the_title() -> None:
    arts = _run(["【编者按】全文约三千字，建议收藏后阅读。", "——记老街豆腐坊的三十年", Q1, Q2])
    assert arts[0][0] == "——记老街豆腐坊的三十年"


def test_a_headline_over_its_deck_stays_the_title() -> None:
    # look-alike (mend21a's shape): a short headline, its deck under it
    arts = _run(["豆腐西施", "——记老街豆腐坊的三十年", Q1, Q2], "\n\n")
    assert arts[0][0] == "豆腐西施"
    assert "——记老街豆腐坊的三十年" in arts[0][2].split("\n")


def test_dash_led_takes_only_a_long_dash_before_a_letter() -> None:
    assert dash_led("——记某某") and dash_led("―某地纪行") and dash_led("——“某某”的故事")
    assert not dash_led("- 某某") and not dash_led("— 某某") and not dash_led("-40℃的夜")


# --- N2: a note amid one article is no digest's item source ---------------------------------


@pytest.mark.parametrize(
    ("mid", "sub", "end"),
    [
        ("（来源：区水利局）", "巡河队的一天", "（来源：某某都市报）"),
        ("（据区气象台）", "汛期将至", "（据某某晚报）"),
        ("——摘自巡河日志", "老刘的心愿", "——摘自某某商报"),
        ("（來源：區水利處）", "巡河隊的一天", "（來源：某某都市報）"),
    ],
)
def test_a_mid_text_note_over_a_subheading_leaves_the_article_its_origin(
    mid: str, sub: str, end: str
) -> None:
    arts = _run(["河堤加固进入冲刺阶段", Q3, Q4, mid, sub, Q1, Q2, end])
    assert len(arts) == 1
    origin = arts[0][1].get("origin", "")
    assert origin and origin in end


def test_items_match_wants_the_same_heading_shape_under_the_title() -> None:
    lines = ["本周看点", "◇老街豆腐坊开业三十年", Q1, "（据某台）", "◇河堤加固进入冲刺", Q3]
    assert items_match(lines, 0, 3)
    # look-alikes: a paragraph under the title; another lead shape; a section's label
    assert not items_match(["某题", Q1, "（据某台）", "河堤加固进入冲刺", Q3], 0, 2)
    lines = ["某刊", "一、老街豆腐坊开业三十年", Q1, "（据某台）", "◇河堤加固进入冲刺", Q3]
    assert not items_match(lines, 0, 3)
    assert not items_match(["某题", "背景", Q1, "（据某台）", "展望", Q3], 0, 3)


def test_a_digest_of_headed_items_still_gives_the_page_no_origin() -> None:
    # look-alike: the digest mend21a split its rows for, in other words
    page = ["本周看点", "◆老街豆腐坊开业三十年", Q1, "（据某某电视台）", "◆河堤加固进入冲刺阶段"]
    arts = _run([*page, Q3, "（据某某商报）"])
    if len(arts) == 1:
        assert "origin" not in arts[0][1]


# --- N3: pages of one day of a small site ---------------------------------------------------


_BODY = (Q1, Q2, Q3, Q4)


def _story(k: int, row: str) -> list[str]:
    # four distinct stories (no near-copies), each closed by ``row``
    return [f"河堤巡查见闻之{'一二三四'[k - 1]}", _BODY[k - 1], _BODY[k % 4], row]


@pytest.mark.parametrize(
    "row",
    ["（来源：某某都市报　2025-06-03）", "（转自某某商报　2025年6月3日）", "刊发日期：2025-06-03"],
)
def test_pages_of_one_day_keep_their_shared_closing_row(row: str) -> None:
    for arts in _site([_story(k, row) for k in range(1, 5)]):
        assert arts[0][1].get("published") == "2025-06-03"


def test_a_row_the_site_prints_with_other_dates_is_each_pages_own() -> None:
    rows = ["（来源：某某都市报　2025-06-03）"] * 3 + ["（来源：某某都市报　2025-06-04）"]
    for k, arts in enumerate(_site([_story(k, r) for k, r in enumerate(rows, 1)]), 1):
        assert arts[0][1].get("published") == ("2025-06-04" if k == 4 else "2025-06-03")
        assert arts[0][1].get("origin") == "某某都市报"


def test_a_fixed_credit_row_under_pages_dated_otherwise_gives_no_field() -> None:
    # look-alike: each page dated by its own head row; the site's fixed row dates none
    row = "（转自某某商报　2019.02.11）"
    pages = [_story(k, row) for k in range(1, 5)]
    for k, page in enumerate(pages, 1):
        page.insert(1, f"发布时间：2025-06-0{k}")
    for k, arts in enumerate(_site(pages), 1):
        assert arts[0][1].get("published") == f"2025-06-0{k}"
        assert "origin" not in arts[0][1]
        assert row in arts[0][2].split("\n")


# --- N4: framed page numbers ----------------------------------------------------------------

S1, S2 = "巡河队员沿着堤岸走了整整一个上午，对每一处", "护坡的裂缝都做了标记。"


@pytest.mark.parametrize("mark", ["── 第4屏 ──", "-- 4 张 --", "~~ 4 面 ~~", "== 第4張 =="])
def test_a_framed_page_number_with_a_page_word_joins_the_sentence(mark: str) -> None:
    out = repair("\n".join(["巡河记", S1, mark, S2]) + "\n")
    assert S1 + S2 in out


@pytest.mark.parametrize("mark", ["== 4楼 ==", "-- 4层 --", "── 第4章 ──", "~~ 4例 ~~"])
def test_a_framed_floor_case_or_chapter_is_no_page_break(mark: str) -> None:
    out = repair("\n".join(["巡河记", S1, mark, S2]) + "\n")
    assert mark in out.split("\n")


# --- N5: generic names before 新闻 and quoted non-names -------------------------------------


def test_generic_news_and_quoted_non_names_are_no_source() -> None:
    w = foot_words()
    for cell in ["据早前新闻", "据有关新闻", "据网上新闻", "据近日新闻", "据“坊间”公众号"]:
        assert according_to(cell, w) is None, cell
    assert according_to("据“知情人士”微博", w) is None
    assert according_to("据“网友反映”客户端", w) is None
    # look-alikes: a real name before 新闻, a quoted name before a channel
    assert according_to("据河湾新闻", w) == "河湾新闻"
    assert according_to("据“河湾发布”微信公众号", w) == "河湾发布"


def test_a_notice_closed_by_a_generic_news_note_gives_no_origin() -> None:
    arts = _run(["关于河堤封闭施工的通知", Q3, Q4, "（据近日新闻）"])
    assert "origin" not in arts[0][1]
    assert "（据近日新闻）" in arts[0][2].split("\n")
