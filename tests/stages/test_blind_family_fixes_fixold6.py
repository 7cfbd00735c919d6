"""Fixes of fixold6: a paragraph opened by a label (``心得：…，…。``) is no row of a card,
so a learned foot line glued under it is no card's row either (sealed_zn_jinghua); a
card opening the body with its title row (``課程名稱：某課``) is read as it is under a
title line, and a site's head bar opening every page (``某校　｜　某學期 某頁``) is
counted as a shape, so the site's repeat pass learns it (sealed_zh_kecheng).  Look-alikes
that must stay: a card of short facts under the text; a first line that is one phrase
(a series of titles differing in their numbers) is not counted as a shape; a card whose
first row names no title.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.block_rows import row_of_card
from cleaner.stages.site_counts import SiteProfile
from cleaner.stages.split_tags import coded_serial
from tests.stages.family_figures import assert_floors
from tests.stages.stage_runs import split

P1 = "整個學期會帶大家走訪三座老窯場，親手揉泥、拉坯，最後燒出一只屬於自己的杯子。"
P2 = "第二段課程改在室內進行，學員分組練習上釉，每個人都要完成一份配色紀錄。"


def test_a_labelled_paragraph_is_no_row_of_a_card() -> None:
    page = [
        "上週末我們沿著河谷走了一圈，天氣不錯，大家都走得很輕鬆。",
        "心得：水要帶足，路標要看清，下午三點前一定要往回走。",
        "往屆回顧：第8屆 | 第7屆 | 全部",
        "",
    ]
    assert not row_of_card(page, 2, {2: 0}, {})  # the learned foot line goes
    facts = ["正文寫到這裡。", "地址：甲村", "時間：全天", "票價：免費", ""]
    assert row_of_card(facts, 2, {2: 0}, {})  # a card of short facts stays the text's


def test_a_card_opening_the_page_with_its_title_row() -> None:
    card = ["課程名稱：陶土捏塑入門", "課程代碼：K3101", "授課講師：王若晴", "公告日期：2019/9/1"]
    (d,) = split([*card, "【簡介】", P1, P2])
    assert d.title == "陶土捏塑入門"
    assert d.meta.get("author") == "王若晴" and d.meta.get("published") == "2019-09-01"
    assert "課程代碼" not in d.text and P1 in d.text and P2 in d.text


def test_a_card_naming_no_title_opens_no_block() -> None:
    # a first row that names no title: the first line stays the text's title line
    lines = ["我家的小院子", "院子裡種了三棵樹，一棵是媽媽種的，兩棵是我種的。", P2]
    (d,) = split(lines)
    assert d.title == "我家的小院子" and P2 in d.text


def _shapes(first_lines: list[str]) -> dict[str, int]:
    prof = SiteProfile("s")
    for n, first in enumerate(first_lines):
        prof.add_page(f"{first}\n\n第{n}段正文寫到這裡，內容各頁不同，長短也不一樣。\n")
    return prof.shapes


def test_a_head_bar_opening_every_page_is_counted_as_a_shape() -> None:
    bars = [f"嵐溪書院　｜　{y}學年度秋季 課程一覽" for y in (105, 107, 109)]
    assert any("學年度秋季 課程一覽" in k for k in _shapes(bars))
    titles = [f"{y}年度工作總結" for y in (2019, 2020, 2021)]  # a series' own titles
    assert not any("年度工作總結" in k for k in _shapes(titles))


def test_family_floors() -> None:
    assert_floors(
        "sealed_zn_jinghua",
        {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "metadata": 1.0},
        residue=0.0,
    )
    assert_floors(
        "sealed_zh_kecheng",
        {"content_f1": 0.99, "titles": 1.0, "counts": 1.0, "repairs": 1.0, "metadata": 1.0},
        residue=0.0,
    )


def test_a_coded_serial_over_each_entry_leaves_its_title_as_text() -> None:
    page = ["工藝學程　本季開課一覽（共2門）", ""]
    entries = [
        ("No.1　課程代碼 T3301", "陶土捏塑入門", "王若晴", "2019/9/1", P1),
        ("No.2　課程代碼 T3318", "竹編小物", "林子安", "2019/9/8", P2),
    ]
    for tag, title, who, day, text in entries:
        page += [tag, title, f"講師：{who}　｜　週三晚間　｜　公告日期：{day}", text, ""]
    drafts = split(page)
    assert [d.title for d in drafts] == ["陶土捏塑入門", "竹編小物"]
    for d, e in zip(drafts, entries, strict=True):
        assert d.text.splitlines()[0] == e[1]  # the title is the entry's first line
        assert e[0] not in d.text and "講師" not in d.text
    assert not coded_serial("No.2　課程代碼改為本季新編")  # a serial over words of its own
