"""Mends of four old losses reviewers found with invented pages, each in wordings of its own
and with a look-alike that must not change:

* a dash-led line right under a single page's headline (a subtitle or deck: ``——记…``,
  ``——某地某事纪实``, ``―献给…``) is never the title (:func:`title_shape.dash_led`); the
  headline stays the title and the deck stays text;
* a digest of two items, each closed by a source row printed in one frame (``（据…）`` …
  ``（据…）``, ``——据…`` … ``——据…``), left one article: the last row is the last item's,
  no field of the page (:mod:`split_sibling_rows`);
* a dated row a small site prints word for word on most of its pages (``（转自某报　日期）``)
  gives no page its origin or date (:mod:`site_rows`);
* a font-size switch under a number's label (``字号：大 中 小``) is no document number; a
  forum's floor mark (``== 1楼 ==``) is no page mark of a PDF.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_counts import SiteProfile
from cleaner.stages.site_rows import site_rows
from cleaner.stages.split_foot import according_to, foot_words
from cleaner.stages.split_sibling_rows import parallel_rows
from cleaner.stages.title_shape import dash_led
from tests.stages.stage_runs import repair

P1 = "渡口边的老槐树又发了新芽，摆渡的船工一早就把船擦得干干净净，等着第一批客人。"
P2 = "三十多年里，他陪着一届又一届的孩子走过这条山路，从没有误过一天的课。"
P3 = "镇上的夜市每到周末就热闹起来，卖糖画的、捏面人的摊子前总围着一圈孩子。"
P4 = "合作社成立以后，乡亲们种的梨子有了固定的销路，价钱也比往年高了不少。"


def _run(lines: list[str], sep: str = "\n") -> list[tuple[str, dict[str, str], str]]:
    """(title, meta, text) of each article of the page through the whole pipeline."""
    raw = RawInput("p.txt", (sep.join(lines) + "\n").encode())
    res = Pipeline(PipelineConfig()).process(raw, 0)
    return [(a.title, {k: v for k, v in a.meta.items() if v}, a.text) for a in res.articles]


def _site(pages: list[list[str]]) -> list[list[tuple[str, dict[str, str], str]]]:
    """(title, meta, text) of each article of each page of one site (profiles learned)."""
    raws = [
        RawInput(f"s{i}.txt", ("\n".join(p) + "\n").encode(), site="lantern.example")
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


# --- 1: a dash-led deck under the headline ------------------------------------------------


@pytest.mark.parametrize(
    ("head", "deck", "sep"),
    [
        ("渡口人家", "——某某镇摆渡人的四十年", "\n\n"),
        ("山路上的灯", "—记一位在山村教书三十年的老师", "\n"),
        ("梨花又开", "――某某县梨产业发展见闻", "\n\n"),
        ("夜市烟火", "——献给每一个守着小摊的人", "\n"),
    ],
)
def test_a_dash_led_deck_under_the_headline_is_no_title(head: str, deck: str, sep: str) -> None:
    arts = _run([head, deck, P1, P2], sep)
    assert len(arts) == 1
    title, _, text = arts[0]
    assert title == head
    assert deck in text.split("\n")  # the deck stays text


def test_a_framed_heading_is_no_deck() -> None:
    assert dash_led("——某镇摆渡人的四十年") and dash_led("―献给某人")
    assert not dash_led("—— 第二部分 ——") and not dash_led("———") and not dash_led("渡口——上")


def test_a_dash_byline_under_the_headline_still_names_the_writer() -> None:
    # look-alike: a unit and a name after the dash is a byline, read as before
    arts = _run(["渡口人家", "——某某中学初一（2）班　赵小川", P1, P2], "\n\n")
    assert arts[0][0] == "渡口人家"
    assert arts[0][1].get("author") == "赵小川"


# --- 2: a two-item digest closed by parallel source rows ----------------------------------


@pytest.mark.parametrize(
    ("rows", "heads"),
    [
        (("（据某某广播电视台）", "（据某某网）"), ("一、某镇夜市重新开张", "二、某县梨子丰收")),
        (("——据某某日报", "——据某某晚报"), ("◇某镇夜市重新开张", "◇某县梨子丰收")),
        (
            ("（据某某日报客户端）", "（据某某都市报）"),
            ("【某镇夜市重新开张】", "【某县梨子丰收】"),
        ),
    ],
)
def test_the_last_items_source_row_is_no_field_of_the_page(
    rows: tuple[str, str], heads: tuple[str, str]
) -> None:
    arts = _run(["本周简讯", heads[0], P3, P1, rows[0], heads[1], P4, P2, rows[1]])
    origins = [meta.get("origin") for _, meta, _ in arts]
    # either split into the items, each its own source, or one article that takes none
    if len(arts) == 1:
        assert "origin" not in arts[0][1]
        assert rows[1] in arts[0][2].split("\n")
    else:
        assert origins[-1] != origins[0] or origins[0] is None


def test_one_article_quoting_a_source_mid_text_keeps_its_own() -> None:
    # look-alike: the first row is followed by prose (a quote amid the text), not a title
    page = [
        "某镇夜市重新开张",
        P3,
        "（据某某网）",
        "摊主们说，今年来逛夜市的外地游客明显多了。",
        P1,
    ]
    arts = _run([*page, "（据某某日报）"], "\n\n")
    assert len(arts) == 1 and arts[0][1].get("origin") == "某某日报"


def test_parallel_rows_share_a_frame() -> None:
    assert parallel_rows("（据某台）", "（据某网）") and parallel_rows("——据某报", "——据某刊")
    assert not parallel_rows("（据某台）", "（据某台）")  # the same row twice
    assert not parallel_rows("（据某台）", "——据某刊")  # two frames
    assert not parallel_rows("（图：某某摄）", "（据某某日报）")  # a caption's credit


# --- 3: a dated row the site prints on most of its pages -----------------------------------


def _notice(k: int, row: str) -> list[str]:
    return [
        f"本站服务调整说明（{k}）",
        f"因机房线路升级，本站将于第{k}周周末暂停服务{k + 2}小时，恢复时间另行通知，敬请谅解。",
        row,
    ]


@pytest.mark.parametrize(
    "row",
    [
        "（转自某某日报　2023.11.02）",
        "（来源：某某晚报　2022-06-30）",
        "转载自：某某网　2021年5月6日",
    ],
)
def test_a_site_wide_dated_row_dates_no_page(row: str) -> None:
    # four pages: nothing learned as chrome; each page dated by its own head row, so the
    # row's fixed date is the site's (mend21e: without a date of the page's own, pages of
    # one day closed by the same row keep it: tests/stages/test_mend21e.py)
    pages = [_notice(k, row) for k in range(1, 5)]
    for k, page in enumerate(pages, 1):
        page.insert(1, f"发布时间：2024-01-{10 + k}")
    for k, arts in enumerate(_site(pages), 1):
        assert len(arts) == 1
        _, meta, text = arts[0]
        assert meta.get("published") == f"2024-01-{10 + k}" and "origin" not in meta
        assert row in text.split("\n")  # kept, not lost


def test_a_pages_own_dated_row_still_dates_it() -> None:
    # look-alike: every page's row names another day: each page's own
    pages = [_notice(k, f"（来源：某某晚报　2022-06-{10 + k}）") for k in range(1, 5)]
    for k, arts in enumerate(_site(pages), 1):
        assert arts[0][1].get("published") == f"2022-06-{10 + k}"


def test_site_rows_need_a_date_most_pages_and_the_foot() -> None:
    row, bare = "（转自某某日报　2023.11.02）", "（转自某某日报）"
    foot = {"L" + row: 3.2, "L" + bare: 3.2}
    assert site_rows(SiteProfile("s", pages=4, lines={row: 4, bare: 4}, positions=foot)) == {row}
    assert not site_rows(SiteProfile("s", pages=10, lines={row: 3}, positions={"L" + row: 2.4}))
    # the same dated row under the title of pages put up on one day: their own
    assert not site_rows(SiteProfile("s", pages=4, lines={row: 4}, positions={"L" + row: 0.4}))


def test_pages_of_one_day_keep_their_dated_head_row() -> None:
    # look-alike: notices put up on one day, each with the same dated row under its title
    row = "发布时间：2023-11-02　来源：某某镇人民政府"
    pages = [[f"某某镇第{k}号通告", row, *_notice(k, "")[1:2], P1] for k in range(1, 5)]
    for arts in _site(pages):
        assert arts[0][1].get("published") == "2023-11-02"


# --- 4: controls and floors -------------------------------------------------------------


@pytest.mark.parametrize(
    "bar",
    [
        "〔 栏目：镇务公开 〕〔 发布时间：2023-04-18 〕〔 字号：大 中 小 〕",
        "發布時間：2023-04-18　字號：大 中 小",
        "[ 发布时间：2023-04-18 ] [ 字号：A+ A- ]",
    ],
)
def test_a_font_size_switch_is_no_document_number(bar: str) -> None:
    arts = _run(["某镇开展汛前巡查", bar, P1, P2])
    assert "doc_number" not in arts[0][1]


def test_a_real_document_number_is_still_read() -> None:
    arts = _run(["关于开展汛前巡查的通知", "文号：某镇发〔2023〕12号", P1, P2])
    assert arts[0][1].get("doc_number") == "某镇发〔2023〕12号"


@pytest.mark.parametrize("mark", ["== {n}楼 ==", "-- {n}楼 --", "~~ {n}层 ~~", "── 第{n}例 ──"])
def test_a_forum_floor_is_no_page_mark(mark: str) -> None:
    head = "请教：老房子墙面返潮怎么处理"
    lines = [head, mark.format(n=1), "楼主 2023-05-02", P1, mark.format(n=2), "路人乙", P2]
    assert mark.format(n=1) in repair("\n".join(lines) + "\n").split("\n")  # kept whole
    arts = _run(lines)
    assert all(not title.startswith(head + "楼主") for title, _, _ in arts)


def test_a_pdf_page_mark_still_joins_the_cut_sentence() -> None:
    # look-alike: a page word after the number is a page mark cutting a sentence
    arts = _run(
        [
            "某镇汛前巡查情况",
            "巡查组沿河走访了十二个村，对沿岸的",
            "── 3 页 ──",
            "堤坝逐段进行了检查。",
        ]
    )
    assert "对沿岸的堤坝逐段进行了检查。" in arts[0][2]


# --- 2b: a news medium's name and a quoted name before a channel are sources -------------


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("据某某新闻", "某某新闻"),
        ("据某某新闻客户端", "某某新闻"),
        ("据“某某发布”微信公众号", "某某发布"),
        ("据「某某林草」公众号", "某某林草"),
    ],
)
def test_a_news_medium_or_a_quoted_channel_name_is_a_source(cell: str, name: str) -> None:
    assert according_to(cell, foot_words()) == name


@pytest.mark.parametrize("cell", ["据新闻", "据“某某发布”", "据最新消息", "据调查显示"])
def test_no_source_without_a_medium(cell: str) -> None:
    assert according_to(cell, foot_words()) is None


def test_a_digest_of_wechat_credits_keeps_every_credit_row() -> None:
    rows = ("（据“某镇发布”微信公众号）", "（据“某县果业”微信公众号）")
    arts = _run(["本周简讯", "某镇夜市重新开张", P3, P1, rows[0], "某县梨子丰收", P4, P2, rows[1]])
    text = "\n".join(t for _, _, t in arts)
    origins = {m.get("origin") for _, m, _ in arts}
    for row, name in zip(rows, ("某镇发布", "某县果业"), strict=True):
        assert row in text.split("\n") or name in origins  # kept, or read as its item's
    if len(arts) == 1:
        assert "origin" not in arts[0][1]
