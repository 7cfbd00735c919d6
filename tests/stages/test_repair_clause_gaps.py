"""Repairs missed inside sentences and across framed page folios (issue 12, repairfix).

Three readers, each a class of shapes rather than a phrase:

* a space after a digit date glued to its clause (``定于7月27日 上午``, ``自2021年3月1日 至``)
  cuts the clause; a date that opens a line (``1998年12月16日 国务院批准``) still heads
  its entry and keeps the gap;
* a bracketed label opening a line (``【不良反应】``, ``〔摘要〕``, ``[注意]``) names a field
  as a colon's label does, so a stray space in its value sentence goes, as it does after
  ``不良反应：``;
* a number and its unit before a gap (``7分 钟``, ``52位 老人``) where the page prints a
  number with the same unit and the letters after the gap joined (``6分钟``, ``53位老人``):
  the page's own evidence, numbers read as one;
* a print view's folio, its name and its page counter with the total, framed by fillers
  (``—— 某所排期表　第2页／共3页 ——``), is a page mark the join crosses, as the same
  folio is unframed.

Every page is our own invented text; each asserts what must change and what must be
kept, and the recorded changes replay and invert exactly (``repaired``)."""

from __future__ import annotations

import pytest

from tests.test_repair_context import repaired

TAIL = "各相关单位请按时参加，逾期不再另行通知，特此公告。"


def lines(text: str) -> list[str]:
    return text.split("\n")


# -- 1 a digit date inside a clause --------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "兹定于7月27日 上午9时在城西会堂举行追思会，遵照家属意愿，一切从简，谢绝花篮。",
            "兹定于7月27日上午9时在城西会堂举行追思会，遵照家属意愿，一切从简，谢绝花篮。",
        ),
        (
            "公示期自2021年3月1日 至2021年3月7日，共5个工作日，欢迎监督。",
            "公示期自2021年3月1日至2021年3月7日，共5个工作日，欢迎监督。",
        ),
        (
            "本馆拟于１２月５日 起暂停对外开放，恢复时间另行通知，敬请谅解。",
            "本馆拟于１２月５日起暂停对外开放，恢复时间另行通知，敬请谅解。",
        ),
        (
            "该线路截至2020年 累计运送旅客三百余万人次，较上年增长一成以上。",
            "该线路截至2020年累计运送旅客三百余万人次，较上年增长一成以上。",
        ),
    ],
)
def test_a_space_after_a_date_inside_a_clause_is_deleted(damaged: str, fixed: str) -> None:
    ed = repaired(f"{damaged}\n{TAIL}\n")
    assert fixed in lines(ed.text)
    assert any(c.rule == "repair.cjk_space.inner" for c in ed.changes)


@pytest.mark.parametrize(
    "line",
    [
        # a chronicle's entry: the date opens the line and heads it
        "1998年12月16日 国务院批准设立开发区，自公布之日起施行，各地遵照执行。",
        "2021年3月5日 市政府召开常务会议，研究部署春季植树工作，会议由市长主持。",
        # a date alone, no sentence: a row of a schedule, not a clause
        "定于7月27日 上午",
        # a numbered label, not a date
        "依照本院第3号 公告办理",
    ],
)
def test_a_date_that_heads_a_line_or_no_sentence_keeps_its_gap(line: str) -> None:
    ed = repaired(f"{line}\n{TAIL}\n")
    assert line in lines(ed.text)


# -- 2 a bracketed label opening the line -------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "【不良反应】偶见 头晕、乏力和食欲减退，停药后可自行缓解，无需特殊处理。",
            "【不良反应】偶见头晕、乏力和食欲减退，停药后可自行缓解，无需特殊处理。",
        ),
        (
            "〔摘要〕本文 讨论了山区小学的走教模式，结合三个县的调查数据提出改进建议。",
            "〔摘要〕本文讨论了山区小学的走教模式，结合三个县的调查数据提出改进建议。",
        ),
        (
            "[注意]使用 前请仔细阅读说明书，儿童必须在成人监护下使用，并妥善保管。",
            "[注意]使用前请仔细阅读说明书，儿童必须在成人监护下使用，并妥善保管。",
        ),
    ],
)
def test_a_space_in_a_bracketed_labels_sentence_is_deleted(damaged: str, fixed: str) -> None:
    ed = repaired(f"{damaged}\n{TAIL}\n")
    assert fixed in lines(ed.text)


@pytest.mark.parametrize(
    "line",
    [
        # a short value, no sentence: the gap may part two phrases of a field
        "【规格】每盒 12片",
        "【贮藏】密封 置阴凉处",
        # the bracket closes a quoted name inside the sentence, not a label opening it
        "本店推出「金秋」礼盒 限量发售，每位顾客限购两盒，售完即止，敬请留意。",
        # a headline: its spaces part phrases
        "【快讯】暴雨 今夜抵达",
    ],
)
def test_a_bracket_that_is_no_opening_label_or_no_sentence_keeps_the_gap(line: str) -> None:
    ed = repaired(f"{line}\n{TAIL}\n")
    assert line in lines(ed.text)


# -- 3 a counted word the page prints joined ----------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "fixed", "elsewhere"),
    [
        (
            "第二环节小组讨论，大约用时8分 钟，教师巡视并个别指导。",
            "第二环节小组讨论，大约用时8分钟，教师巡视并个别指导。",
            "第一环节教师讲解，大约用时5分钟，学生认真听讲并做笔记。",
        ),
        (
            "据31位 老人回忆，旧渡口在河湾北侧，后因河道改线而废弃。",
            "据31位老人回忆，旧渡口在河湾北侧，后因河道改线而废弃。",
            "据12位老人回忆，旧码头在镇东，民国初年曾有商船停靠。",
        ),
        (
            "本期项目合同金额约386万 元，资金来源为企业自筹，工期一年。",
            "本期项目合同金额约386万元，资金来源为企业自筹，工期一年。",
            "上期项目合同金额约1200万元，资金来源为财政拨款，已完工。",
        ),
    ],
)
def test_a_counted_word_the_page_prints_joined_is_joined(
    damaged: str, fixed: str, elsewhere: str
) -> None:
    ed = repaired(f"{elsewhere}\n{damaged}\n{TAIL}\n")
    assert fixed in lines(ed.text)


@pytest.mark.parametrize(
    ("line", "elsewhere"),
    [
        # the page never prints the unit joined to the letters after the gap
        (
            "第二环节小组讨论，大约用时8分 钟，教师巡视并个别指导。",
            "第一环节教师讲解，学生认真听讲并做笔记，随后分组练习。",
        ),
        # a number and unit ending a phrase before a new one ('105.3元 维持')
        (
            "分析师将目标价上调至105.3元 维持持有评级，理由是业绩超出预期。",
            "去年目标价为88元，评级为增持，理由是订单增长较快。",
        ),
    ],
)
def test_a_counted_word_without_the_pages_evidence_keeps_the_gap(line: str, elsewhere: str) -> None:
    ed = repaired(f"{elsewhere}\n{line}\n{TAIL}\n")
    assert line in lines(ed.text)


# -- 4 a framed folio with a name and its counter ------------------------------------------

CUT_A = "本院定于2022年10月20日下午4时在本院东湖"
CUT_B = "人民法庭依法公开开庭审理原告某公司与被告某某合同纠纷一案。"
P1 = "旁听人员请于开庭前二十分钟凭有效身份证件到诉讼服务中心登记。"


@pytest.mark.parametrize(
    "mark",
    [
        "—— 某区法院开庭排期　第2页／共3页 ——",
        "～ 某某气象·快讯打印稿 第2页/共4页 ～",
        "※ 共3页 第2页 | 某某资料库 ※",
        "== 某某公报 Page 2 of 5 ==",
    ],
)
def test_a_framed_folio_with_a_name_is_crossed_by_the_join(mark: str) -> None:
    ed = repaired(f"{P1}\n\n{CUT_A}\n\n{mark}\n\n{CUT_B}\n\n{P1}\n")
    assert f"{CUT_A}{CUT_B}" in lines(ed.text)
    assert mark not in ed.text


@pytest.mark.parametrize(
    "line",
    [
        "—— 详见　第2页 共3页 ——",  # a cross-reference, not a folio
        "—— 某区法院开庭排期 ——",  # a framed heading, no counter
        "—— 本案卷宗第2页记载 ——",  # a counter without its total
    ],
)
def test_a_framed_line_without_a_folios_counter_is_kept(line: str) -> None:
    ed = repaired(f"{P1}\n\n{CUT_A}\n\n{line}\n\n{CUT_B}\n\n{P1}\n")
    assert line in lines(ed.text)
