"""Fixes for what set zy's field-news print view left (fixzy2), each mechanism as a small
case in wordings of its own, with look-alikes that stay:

* a CMS's worded page counter, each half of it led by a short word (``全文共3页，现为第2页``)
  and framed or not by fillers, double bars too (``‖ … ‖``), is a page mark: where it cuts
  a sentence the join crosses it, also when the site's repeated lines took it first;
* a pager link whose arrow points its way from the other side (``▶ 下一篇：…``, ``上一期：…
  ◀``) is chrome; a bullet arrow before ``下一阶段：`` or ``下一步：`` is text;
* a credit row's label letter-spaced to a longer one's width (``执　笔：某甲``) is read as
  the label; the drafter (``执笔``) is the item's author.

Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.split_foot import close_spaced_labels, foot_row
from tests.stages.stage_runs import boil, plain_stage, repair, site_stage, split
from tests.test_repair_context import repaired

P1 = "今年春季，调查队在河谷两岸开展了系统的区域调查，共登记遗存点四十余处。"
P2 = "下一步，调查队将整理出土标本，并编写调查简报，为后续保护规划提供依据。"
CUT_A = "在北坡断面上，队员们清理出一段保存较完整的夯土墙体，墙体宽约三米，"
CUT_B = "夯层清晰，每层厚约十厘米，夯窝密集。"
JOINED = "join_broken_paragraph.page_mark"


def _joins(ed: Editor) -> list[str]:
    return [c.before.strip() for c in ed.changes if c.rule.endswith(JOINED)]


# ---- a worded page counter


@pytest.mark.parametrize(
    "mark",
    [
        "‖ 全文共3页，现为第2页 ‖",
        "║ 当前第2页　本篇共4页 ║",
        "|| 共 3 页 这是第 1 页 ||",
        "～ 本稿共2页　目前第1页 ～",
        "全文共5页　当前第3页",
    ],
)
def test_a_worded_page_counter_cut_into_a_sentence_is_crossed(mark: str) -> None:
    assert repair_tables().page_marks.fullmatch(mark)
    ed = repaired(f"{P1}\n\n{CUT_A}\n\n{mark}\n\n{CUT_B}\n\n{P2}")
    assert len(_joins(ed)) == 1  # (the space repair may close a gap inside it first)
    assert f"{CUT_A}{CUT_B}" in ed.text and "页" not in ed.text.replace(P2, "")


@pytest.mark.parametrize(
    "line",
    [
        "该报告共2页，当前第1页已由双方签字确认。",  # a sentence naming its pages
        "‖ 第一章 共3节 ‖",  # a chapter's count of sections
        "全书共300页第12页讲到了这件事",  # a count running on into a clause
        "参见　第2页 共3页",  # a cross-reference
    ],
)
def test_a_sentence_naming_pages_is_no_page_mark(line: str) -> None:
    assert not repair_tables().page_marks.fullmatch(line)


def test_a_worded_counter_the_site_repeats_is_still_crossed() -> None:
    # the counter repeats on the site's paged items: the site's profile learns it, the
    # boilerplate stage leaves it to the join where it cuts a sentence
    mark = "‖ 全文共2页　现为第1页 ‖"
    spots = ["北坡", "南岸", "东台", "西岗", "渡口", "旧城"]
    kinds = ["夯土墙体", "灰坑", "窑床", "房基", "道路", "水井"]
    pages = [
        [
            f"{spot}地点调查简报",
            f"今年春季，调查队在{spot}开展了系统调查，确认{kind}一处。",
            f"在{spot}断面上，队员们清理出一段保存较完整的{kind}，",
            mark,
            f"{kind}边界清晰，填土中包含物较多，为判断年代提供了依据。",
            f"下一步，调查队将在{spot}继续工作。",
        ]
        for spot, kind in zip(spots, kinds, strict=True)
    ]
    stage = site_stage(pages)
    text = boil(pages[0], stage, site="s")
    assert mark in text  # the boilerplate stage does not take it
    out = repair(text)
    assert "保存较完整的夯土墙体，夯土墙体边界清晰" in out and mark not in out


# ---- a pager link with its arrow on the other side


def _rules(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    plain_stage()(ed)
    return [c.rule for c in ed.changes if c.action == "delete"]


@pytest.mark.parametrize(
    "line",
    [
        "▶ 下一篇：河谷调查简报发布",
        "→ 后一则新闻：北坡夯土墙体测年结果公布",
        "» 下一期：渡口遗址调查",
        "上一期：南岸窑址试掘 ◀",
        "▷下一条动态：旧城门址清理完成",
    ],
)
def test_a_pager_link_with_its_arrow_before_the_next_goes(line: str) -> None:
    assert "boilerplate.rule.generic.prev_next" in _rules([P1, CUT_A + CUT_B, P2, line])


@pytest.mark.parametrize(
    "line",
    [
        "▶ 下一阶段：全面开展遗址本体保护工作",
        "→ 下一步：整理标本并编写简报",
        "▶ 下一个目标：完成全部调查",
    ],
)
def test_a_bullet_arrow_before_a_plan_stays(line: str) -> None:
    assert "boilerplate.rule.generic.prev_next" not in _rules([P1, line, CUT_A + CUT_B, P2])


# ---- a letter-spaced credit label


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("执　笔：某甲", "执笔：某甲"),
        ("编 辑：某乙　　审　核：某丙", "编辑：某乙　　审核：某丙"),
        ("（撰　稿：某丁　校　对：某戊）", "（撰稿：某丁　校对：某戊）"),
        ("通 讯 员：某己", "通讯员：某己"),
    ],
)
def test_a_letter_spaced_label_is_closed(row: str, want: str) -> None:
    assert close_spaced_labels(row) == want


@pytest.mark.parametrize(
    "row",
    ["某甲　某乙　某丙", "河谷　北坡　南岸：三处地点", "他说：好　的"],
)
def test_cells_that_are_no_spaced_label_stay_apart(row: str) -> None:
    # three names apart; a list of places (each cell two letters) before a colon
    assert close_spaced_labels(row) == row


def test_spaced_label_list_of_single_letters_is_no_label() -> None:
    # single letters apart by wide spaces before a colon are closed only up to four
    assert close_spaced_labels("甲　乙　丙　丁　戊：五组") == "甲　乙　丙　丁　戊：五组"


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("执　笔：某甲", {"author": "某甲"}),
        ("摄　影：某乙", {}),
        ("执笔：某甲", {"author": "某甲"}),
        ("（执　笔：某甲　摄　影：某乙）", {"author": "某甲"}),
    ],
)
def test_a_spaced_credit_row_reads_its_fields(row: str, want: dict[str, str]) -> None:
    assert foot_row(row, lambda k: None) == want


def test_spaced_credit_rows_under_a_report_are_its_metadata() -> None:
    page = [
        "河谷遗址区域调查取得新进展",
        "",
        P1,
        CUT_A + CUT_B,
        P2,
        "",
        "执　笔：某甲",
        "摄　影：某乙",
    ]
    arts = split(page)
    assert len(arts) == 1
    assert "执" not in arts[0].text and "摄" not in arts[0].text
    assert arts[0].meta.get("author") == "某甲"
    assert P2 in arts[0].text


# ---- the last piece's closing sentence above the foot


def test_echoed_close_unit_cases() -> None:
    from cleaner.stages.echoed_closes import echoed_closes

    for close in ("感谢各位的聆听！", "以上就是我的分享，谢谢。", "愿主赐福大家，阿们。"):
        page = ["一", P1, close, "二", P2, close, "返回列表　打印本页"]
        assert echoed_closes(page, {5: 0, 6: 0}, {5, 6}) == [5], close
    # every copy taken (a template's prompt in every piece): the last goes with them
    page = ["一", P1, "感谢各位的聆听！", "二", P2, "感谢各位的聆听！", "返回列表"]
    assert echoed_closes(page, {2: 0, 5: 0, 6: 0}, {2, 5, 6}) == []
    # a bar repeated under every piece, and a close the page does not echo
    bars = ["一", P1, "分享到：微信　微博", "二", P2, "分享到：微信　微博"]
    assert echoed_closes(bars, {2: 0, 5: 0}, {2, 5}) == []
    lone = ["一", P1, "二", P2, "感谢各位的聆听！", "返回列表　打印本页"]
    assert echoed_closes(lone, {4: 0, 5: 0}, {4, 5}) == []


_SPOTS = ["北坡", "南岸", "东台", "西岗", "渡口", "旧城"]
_DEEDS = ["坚持晨读", "参加志愿服务", "练习长跑", "照顾弟弟", "学做家务", "整理书架"]


def _talk_page(n: int, close: str) -> list[str]:
    lines = ["某某学校　德育在线", "网站首页　学校概况　德育在线", f"第{n + 1}期发言稿选登"]
    for k in range(3):
        who, deed = _SPOTS[(n + k) % 6], _DEEDS[(n + 2 * k) % 6]
        lines += [
            f"{who}同学谈{deed}",
            f"各位同学，今天我想和大家聊一聊{deed}这件事，它改变了我很多。",
            f"刚开始{deed}的时候，我常常想放弃，是{who}的老师鼓励我坚持了下来。",
            f"希望大家也能找到一件值得坚持的事情，在{who}留下自己的足迹。",
            close,
        ]
    return [*lines, "〔返回列表〕　〔打印本页〕", "版权所有　某某学校　地址：某某路1号"]


@pytest.mark.parametrize("close", ["感谢各位的聆听！", "我的发言完毕，谢谢大家。"])
def test_a_close_the_site_takes_everywhere_goes_everywhere(close: str) -> None:
    # a text page whose every copy the site's memory takes: the copies above are not
    # kept, so the last is not released either (a template's prompt looks the same)
    pages = [_talk_page(n, close) for n in range(6)]
    stage = site_stage(pages)
    text = boil(pages[0], stage, site="s")
    assert text.count(close) in (0, 3)  # all or none: never the last alone
    assert "版权所有" not in text


def test_a_repeated_bar_under_every_piece_is_not_released() -> None:
    bar = "分享到：微信　微博　QQ空间"
    pages = [_talk_page(n, bar) for n in range(6)]
    stage = site_stage(pages)
    text = boil(pages[0], stage, site="s")
    assert text.count(bar) < 3  # the last one (with the foot) stays the site's


# ---- a dash-led byline under a piece's title

_TALK = [
    "老师们，同学们：",
    "今天我想和大家聊一聊坚持晨读这件事，它让我的每一个早晨都变得充实起来。",
    "希望大家也能找到一件值得坚持的事情，每天进步一点点，日积月累就会有收获。",
]


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("——高二（3）班　某甲乙（指导老师：某丙）", "某甲乙"),
        ("—— 某某学院2019级 某丁", "某丁"),
        ("——某某小学五（1）班　某戊", "某戊"),
        ("──初三年级二班　某己庚（辅导员：某辛）", "某己庚"),
    ],
)
def test_a_dash_byline_under_a_title_is_metadata(row: str, author: str) -> None:
    arts = split(["坚持晨读的收获", row, *_TALK])
    assert len(arts) == 1
    assert arts[0].meta.get("author") == author
    assert row.strip("—─ ") not in arts[0].text and _TALK[1] in arts[0].text


@pytest.mark.parametrize(
    "row",
    [
        "——写在建校六十周年之际",  # a subtitle
        "——摘自某某日报　第三版",  # a source, no unit's shape
        "——某甲说：我们明天见。",  # a quotation
    ],
)
def test_dash_look_alikes_under_a_title_stay_text(row: str) -> None:
    arts = split(["坚持晨读的收获", row, *_TALK])
    assert arts and row in arts[0].text


def test_a_dash_attribution_closing_a_text_stays() -> None:
    arts = split(["坚持晨读的收获", *_TALK, "——初二（3）班　某甲"])
    assert arts and "——初二（3）班　某甲" in arts[0].text
