"""Mends of new losses a reviewer found in mend21c and mend21e's rules, each in wordings of
its own and with a look-alike that must not change:

* a short headline (two or three letters, or one ending in a column word over a feature's
  deck) or a deck opening with a digit or a Latin letter: the headline over its dash-led
  deck stays the title (:func:`title_shape.kicker`, :func:`title_shape.dash_led`);
* a dash-led attribution (a name, an anonymous author, a cited work, a cite word) under a
  labelled lead note is never the title (:func:`title_shape.attribution`);
* a row citing another document (a repealed one, an original headline) over the piece's
  labelled rows stays text and the rows below it read (split_meta);
* a site's footer dated by an update label gives no page its publish date (site_rows).

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.title_shape import attribution, dash_led

P1 = "天还没亮，渡口的老船工就把缆绳解开了，江面上的雾气很浓，只听得见桨声一下一下。"
P2 = "四十年里他送过的人数不清，有赶集的乡亲，也有背着书包去对岸上学的孩子。"
P3 = "经研究，决定对下列事项予以调整，请各单位遵照执行，认真做好有关衔接工作。"
P4 = "各部门要加强宣传引导，确保工作平稳过渡，执行中遇到的问题请及时反馈。"


def _run(lines: list[str]) -> list[tuple[str, dict[str, str], str]]:
    raw = RawInput("p.txt", ("\n".join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return [(a.title, {k: v for k, v in a.meta.items() if v}, a.text) for a in res.articles]


# --- N1: a short headline over its deck -----------------------------------------------------


@pytest.mark.parametrize(
    ("head", "deck"),
    [
        ("摆渡", "——记江边的老船工"),  # two letters
        ("渡江人", "——一位老船工的四十年"),  # three letters
        ("擺渡人", "——記江邊的老船工"),  # traditional script
        ("摆渡", "——“江水就是我的家”"),  # a quoted deck
        ("江畔纪实", "——记某某渡口的四十年"),  # a column word ending over a feature's deck
        ("渡口观察", "——江边小镇的变迁侧记"),
        ("江城护河日", "——2025年春季护河志愿活动侧记"),  # a deck opening with a digit
        ("摆渡", "——40年如一日的老船工"),
        ("江上灯", "——QQ群里的渡口故事"),  # a Latin letter
    ],
)
def test_a_short_headline_over_its_deck_stays_the_title(head: str, deck: str) -> None:
    arts = _run([head, deck, P1, P2])
    assert len(arts) == 1 and arts[0][0] == head
    assert deck in arts[0][2].split("\n")


@pytest.mark.parametrize("label", ["本期导读", "要闻"])
def test_a_column_name_over_a_deck_is_no_headline(label: str) -> None:
    # look-alike: the whole line a column's name, even over a feature's deck
    deck = "——记江边一位摆了四十年渡船的老船工"
    arts = _run([label, deck, P1, P2])
    assert arts[0][0] == deck


def test_a_column_ending_over_a_news_deck_is_no_headline() -> None:
    arts = _run(["江北快讯", "——渡口码头改造工程今日完工", P1, P2])
    assert arts[0][0] == "——渡口码头改造工程今日完工"


def test_dash_led_takes_a_digit_or_a_latin_letter_after_long_dashes() -> None:
    assert dash_led("——2025年的春天") and dash_led("——QQ群里的故事")
    assert not dash_led("—— 2025年的春天") and not dash_led("-2025年的春天")


# --- N2: an attribution under a labelled lead note ------------------------------------------


@pytest.mark.parametrize(
    ("note", "source"),
    [
        ("【今日一言】山不过来，我就过去。", "——某甲乙"),
        ("名言：路是走出来的，不是等出来的。", "——无名氏"),
        ("格言：水滴石穿，非一日之功。", "——某子《某篇》"),
        ("编者按：作者是一位老船工的女儿，写下了父亲的故事。", "——选自《某某江报》"),
        ("【卷首】这是一篇写给家乡的小文。", "——摘自某某县文化馆馆刊"),
    ],
)
def test_an_attribution_under_a_lead_note_is_no_title(note: str, source: str) -> None:
    arts = _run([note, source, P1, P2])
    assert arts[0][0] != source
    assert source in arts[0][2]


def test_a_feature_deck_under_a_lead_note_stays_the_title() -> None:
    # look-alike (mend21e's case): the dash line is a deck, no attribution
    arts = _run(["【提要】全文约两千字，阅读需五分钟。", "——记江边的老船工", P1, P2])
    assert arts[0][0] == "——记江边的老船工"


def test_attribution_shapes() -> None:
    assert attribution("——某甲乙") and attribution("——佚名") and attribution("——引自某某年鉴")
    assert not attribution("——记某甲乙") and not attribution("——某地渡口四十年变迁纪实")


# --- N3: a refused cited row over the piece's labelled rows ---------------------------------


@pytest.mark.parametrize(
    ("cited", "row", "field", "value"),
    [
        (
            "废止文件：《某县渡船管理规定》（某政发〔2016〕7号）",
            "发布日期：2025-04-02",
            "published",
            "2025-04-02",
        ),
        (
            "原題目：《某縣渡船管理規定》（某政發〔2016〕7號）",
            "發布時間：2025-04-02",
            "published",
            "2025-04-02",
        ),
        (
            "原标题：《某县渡船管理规定》（某政发〔2016〕7号）",
            "来源：某某江报",
            "origin",
            "某某江报",
        ),
        ("代替文件：《某县渡船管理规定》（某政发〔2016〕7号）", "作者：李文华", "author", "李文华"),
    ],
)
def test_the_rows_below_a_refused_cited_row_still_read(
    cited: str, row: str, field: str, value: str
) -> None:
    arts = _run(["某县调整渡船管理办法", cited, row, P3, P4])
    assert arts[0][0] == "某县调整渡船管理办法"
    assert arts[0][1].get(field) == value
    assert "doc_number" not in arts[0][1]
    assert cited in arts[0][2].split("\n")


def test_a_refused_cited_row_alone_stays_text() -> None:
    # look-alike: no row below it, nothing read
    cited = "原标题：《某县渡船管理规定》（某政发〔2016〕7号）"
    arts = _run(["某县调整渡船管理办法", cited, P3, P4])
    assert arts[0][1] == {} and cited in arts[0][2].split("\n")


# --- N5: a site's footer dated by an update label -------------------------------------------

_BODY = [P1, P2, P3, P4, "江边的柳树又绿了，渡口旁新开了一家茶馆，来往的客人常在这里歇脚。"]


def _site(row: str) -> list[dict[str, str]]:
    pages = [[f"渡口札记之{'一二三四五'[k]}", _BODY[k], _BODY[(k + 1) % 5], row] for k in range(5)]
    raws = [
        RawInput(f"d{i}.txt", ("\n".join(p) + "\n").encode(), site="ferry.example")
        for i, p in enumerate(pages)
    ]
    pipe = Pipeline(PipelineConfig(), profiles=build_profiles(raws))
    return [
        {k: v for k, v in pipe.process(r, i).articles[0].meta.items() if v}
        for i, r in enumerate(raws)
    ]


@pytest.mark.parametrize("row", ["更新日期：2024-11-30", "修订时间：2024年11月30日"])
def test_a_site_footer_dated_by_an_update_label_dates_no_page(row: str) -> None:
    for meta in _site(row):
        assert "published" not in meta


def test_pages_of_one_day_keep_their_publish_row() -> None:
    # look-alike: a publishing label on every page of a one-day crawl is each page's own
    for meta in _site("刊登日期：2024-11-30"):
        assert meta.get("published") == "2024-11-30"
