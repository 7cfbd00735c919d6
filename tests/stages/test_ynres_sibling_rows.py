"""Rows of a site's other items at a page's foot (ynres, issue 12), in wordings of our own,
with look-alikes that stay.

A row opened by a label of the sibling class (``[sibling_label]`` of
``site_repeat_keep.toml``: other, more, related, past … opening the label) and a colon,
whose value is the title of another item (two such rows or more, one under the other) or
a row of names set apart by wide gaps (``其他栏目：甲　乙　丙``), standing under the body's
last sentence with the site's chrome (or the page's end) below it, is a related list.  A
sentence after such a label, a single value (the page's own datum), a label that only holds
the word inside it and rows with text of the page's own below them stay.

Every word is invented.
"""

from __future__ import annotations

from cleaner.stages.foot_lines import _item_label, _labelled_runs, _name_row, _running
from tests.stages.stage_runs import boil

PROSE = "正文写到这里，是一个完整的句子，到这里就结束了。"
FOOT = "Copyright © 2023 某某网 版权所有"


def _page(*rows: str, foot: tuple[str, ...] = (FOOT,)) -> list[str]:
    return ["某镇新桥通车", PROSE, PROSE.replace("正文", "次段"), *rows, *foot]


def test_sibling_labels_and_name_rows() -> None:
    assert _item_label("其他公开件：关于某事的问题") == "其他公开件"
    assert _item_label("更多赛事：某杯第三轮") == "更多赛事"
    assert _item_label("往期节目：第12期") == "往期节目"
    assert _item_label("推荐单位：某某公司") is None  # the word inside a data label
    assert _item_label("费用其他：无") is None
    assert _name_row("其他品种：红富士　黄元帅　国光　嘎啦", 3)
    assert _name_row("更多线路：1路  5路  12路", 3)
    assert not _name_row("其他要求：身体健康　品行端正", 3)  # two names under prose: not enough
    assert not _name_row("其他费用：无")
    assert not _name_row("其他事项：请于月底前办理。　逾期不候。")


def test_a_long_sibling_title_row_is_no_running_text() -> None:
    assert not _running("其他公开件：关于某某小区地下车库长期积水和墙面渗水脱落的问题")
    assert _running("其他事项：请于本月底前到窗口办理，逾期视为自动放弃。")
    assert _running(PROSE)


def test_rows_of_other_items_under_the_text_go() -> None:
    rows = ("其他公开件：关于河湾路路灯长期不亮的问题", "其他公开件：关于南坡小学门口积水的问题")
    out = boil(_page(*rows)).split("\n")
    assert PROSE in out
    assert not any(r in out for r in rows)
    # another site, another item word, another colon
    rows2 = ("更多展讯:青瓷与白瓷的对话", "更多展讯:山水册页里的四季")
    out = boil(_page(*rows2)).split("\n")
    assert PROSE in out and not any(r in out for r in rows2)


def test_a_row_of_sibling_names_goes() -> None:
    row = "其他玩法：飞燕棋　星河彩　金鱼乐　快乐6"
    out = boil(_page(row)).split("\n")
    assert PROSE in out and row not in out
    row2 = "其他线路：1路  5路  12路  夜班2路"
    out = boil(_page(row2)).split("\n")
    assert row2 not in out


def test_look_alikes_stay() -> None:
    # a sentence after the label, the page's own single datum, a data label
    for row in (
        "其他事项：请于本月底前到窗口办理。",
        "其他费用：无",
        "推荐单位：某某街道办事处",
        "其他要求：身体健康　品行端正",
    ):
        out = boil(_page(row)).split("\n")
        assert row in out, row
    # rows of the page's own, text of its own below them
    rows = ("其他公开件：关于河湾路路灯长期不亮的问题", "其他公开件：关于南坡小学门口积水的问题")
    own = _page(*rows, foot=("以上情况说明如下，请各单位认真对照，逐项落实整改到位。", FOOT))
    out = boil(own).split("\n")
    assert all(r in out for r in rows)


def test_a_bar_label_still_needs_chrome_above() -> None:
    page = [PROSE, "相关｜河边的新桥", "相关｜老街改造", "版权所有"]
    assert _labelled_runs(page, [1, 2, 3], 0, {3}, lambda s: False) == []
    sib = [PROSE, "其他文章：河边的新桥", "其他文章：老街改造", "版权所有"]
    assert _labelled_runs(sib, [1, 2, 3], 0, {3}, lambda s: False) == [[1, 2]]
