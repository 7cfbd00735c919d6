"""Titles and counts on compilations (issue 12, splitfix): general readers, each tried
on invented pages in several wordings, with look-alikes that must not fire.

* two pieces under rows of one shape are confirmed when the pieces are built alike: a
  row of another shape (a reply's byline, a posting row, a table's header) once in every
  piece (:func:`split_piece_find._one_build`);
* a head's total in any measure word (``共2帖``) states the pieces, never a folio's
  (``共2页``) or a span's (:func:`split_shape_lines._stated`);
* a row of labelled cells is never a piece's title, whatever its labels and separator
  (:func:`split_cell_card.label_row`, asked by :mod:`split_blocks`);
* a piece block opening with a row over its title is a piece block: its title the site
  repeats is the page's text (:func:`piece_blocks.piece_lines`);
* a closing line of prose is its piece's text, never deleted as a footer row.

Every word is invented.
"""

from __future__ import annotations

from cleaner.edits import Editor
from cleaner.stages.piece_blocks import piece_lines
from cleaner.stages.split import SplitStage
from cleaner.stages.split_cell_card import label_row
from cleaner.stages.split_shape_lines import _stated

PROSE = [
    "本周三上午，北岸街道组织志愿者对河堤步道进行了集中清扫，共清运落叶和杂物两车。"
    "参加活动的居民表示，这样的活动应当每月坚持开展。",
    "据现场负责人介绍，步道沿线新增了六处垃圾投放点，并安排专人每日巡查两次。"
    "下一步还将在桥头增设宣传栏，方便居民了解清扫安排。",
    "活动结束后，志愿者们在社区活动室进行了简短的总结交流，大家对分工提出了改进意见。"
    "街道方面表示将尽快完善志愿服务积分办法。",
    "据了解，今年以来该街道已累计开展同类活动十一次，参与居民超过四百人次。"
    "相关经验做法已在全区推广，受到广泛好评。",
]
TITLES = ["邻居装修噪音太大该找谁解决？", "网购的家电坏了商家不给退怎么办？"]


def _run(lines: list[str]) -> tuple[list, Editor]:
    ed = Editor("p", "\n".join(lines) + "\n")
    return SplitStage()(ed), ed


def _two(
    rows: list[str], inner: list[str] | None, head: str = "某某法律服务网　已答复留言"
) -> list[str]:
    out = [head]
    for k, row in enumerate(rows):
        out += [row, TITLES[k], PROSE[k]]
        if inner is not None:
            out.append(inner[k])
        out += [PROSE[(k + 2) % 4], ""]
    return out


# -- two pieces built alike ----------------------------------------------------------

ROWS = [
    "留言编号 QA20210311　┆　物业纠纷　┆　来自 东城区网友",
    "留言编号 QA20210419　┆　消费维权　┆　来自 西城区网友",
]


def test_two_pieces_each_with_a_byline_row_of_one_shape_split() -> None:
    inner = ["答复人：周某某（某某律师事务所律师）", "答复人：吴某某（某某律师事务所主任）"]
    lines = _two(ROWS, inner)
    arts, ed = _run(lines)
    assert [a.title for a in arts] == TITLES
    # the answerer's credit is each piece's byline (metaread5: every family whose truth
    # holds such a row calls it neither and gives its person as the author), on the record
    assert [a.meta.get("author") for a in arts] == ["周某某", "吴某某"]
    assert all(inner[k] not in arts[k].text for k in range(2))
    deleted = [c.before.strip() for c in ed.changes if c.action == "delete"]
    assert all(row in deleted for row in inner)
    for k in range(2):  # every line of the question and the answer stays
        assert PROSE[k] in arts[k].text and PROSE[(k + 2) % 4] in arts[k].text


def test_two_pieces_each_with_a_posting_row_or_a_table_head_split() -> None:
    posting = ["发表：某某（某中心）　｜　阅读 318 次", "发表：某乙（某中心）　｜　阅读 42 次"]
    rows = ["▍第 12 号　—　邻里　—　2021/3/11", "▍第 11 号　—　消费　—　2021/3/2"]
    arts, _ = _run(_two(rows, posting))
    assert [a.title for a in arts] == TITLES
    table = ["名称　　数量　　单价（元）", "名称　　数量　　单价（元）"]
    arts, _ = _run(_two(ROWS, table))
    assert [a.title for a in arts] == TITLES


def test_two_pieces_with_no_row_of_their_own_stay_whole() -> None:
    arts, _ = _run(_two(ROWS, None))
    assert len(arts) == 1


def test_a_shared_row_twice_in_a_piece_is_no_build() -> None:
    inner = ["答复人：周某某（某某律师事务所律师）", "答复人：吴某某（某某律师事务所主任）"]
    lines = _two(ROWS, inner)
    lines.insert(4, "答复人：郑某某（某某律师事务所律师）")  # a second byline in piece 1
    arts, _ = _run(lines)
    assert len(arts) == 1


# -- a head's total in any measure word ----------------------------------------------


def test_a_total_in_any_measure_word_states_the_pieces() -> None:
    assert _stated("某站今日汇总　共2帖", [], 2)
    assert _stated("本页计三单", [], 3)
    assert not _stated("某站今日汇总　共3帖", [], 2)  # another count


def test_a_folio_or_a_span_total_states_no_pieces() -> None:
    assert not _stated("打印稿　第1页／共2页", [], 2)
    assert not _stated("活动共2天", [], 2)
    assert not _stated("全文共2张", [], 2)


# -- a row of labelled cells is no title ----------------------------------------------


def test_label_rows_in_any_separator() -> None:
    assert label_row("年份：某朝　质地：某物　尺寸：高 3 公分")
    assert label_row("产地：某县 | 等级：一级 | 规格：五斤装")
    assert label_row("品种：甲\t颜色：红")
    assert not label_row("专访：某某谈城市更新")  # a title with one label
    assert not label_row("某地某事　记者：某某")  # its first cell no label
    assert not label_row("注意：请先阅读说明。　其他：无")  # a sentence


def test_items_under_a_grade_row_take_their_bare_title_not_the_fact_row() -> None:
    names = ["青釉刻花小碗", "木雕彩绘狮座", "铜錾花手炉"]
    facts = [
        "年份：宋代　质地：瓷　尺寸：口径 9.1 公分",
        "年份：清代　质地：木　尺寸：高 21.0 公分",
        "年份：清代　质地：铜　尺寸：宽 14.2 公分",
    ]
    grades = [
        "一级藏品　·　编号 KX-A-0112",
        "二级藏品　·　编号 KX-B-0457",
        "一般藏品　·　编号 KX-C-0090",
    ]
    lines = ["某县博物馆　藏品选粹　第2辑", ""]
    for k in range(3):
        lines += [grades[k], names[k], facts[k], PROSE[k], PROSE[k + 1], "撰稿／某某", ""]
    arts, _ = _run(lines)
    assert [a.title for a in arts] == names
    assert all(facts[k] in arts[k].text for k in range(3))  # the facts stay the text


# -- a piece block opening with a row over its title ----------------------------------

BODY = [
    "该局组织人员深入一线核查，逐项登记问题。",
    "下一步，该局将继续跟进落实，按期公布整改的结果。",
]


def test_a_repeated_title_under_a_row_in_a_piece_block_is_kept() -> None:
    page = ["刊头", "", "〈一〉类别：果树　｜　对象：虫害", "甲局开展春季巡查", *BODY, ""]
    page += ["〈二〉类别：蔬菜　｜　对象：病害", "乙局完成旧桥加固", *BODY, ""]
    assert piece_lines(page, {0, 3, 8}, set()) == [3, 8]
    other = ["刊头", "", "【编号 7】", "甲事", *BODY, "", "【编号 8】", "乙事", *BODY, ""]
    assert piece_lines(other, {3, 7}, set()) == [3, 7]  # a serial row over each title


def test_a_row_of_a_sentence_or_a_lone_block_is_no_piece_head() -> None:
    page = ["刊头", "", "本站说明：以下内容仅供参考。", "甲局开展春季巡查", *BODY, ""]
    page += ["〈二〉类别：蔬菜　｜　对象：病害", "乙局完成旧桥加固", *BODY, ""]
    assert piece_lines(page, {3, 8}, set()) == []  # one piece block only
    lone = ["刊头", "", "〈一〉类别：果树　｜　对象：虫害", "甲局开展春季巡查", *BODY, ""]
    assert piece_lines(lone, {3}, set()) == []


# -- a closing line of prose is its piece's text ---------------------------------------


def test_a_labelled_closing_line_of_prose_stays_the_text() -> None:
    notes = [
        "出行提醒：雨天路滑请减速慢行，注意保持车距，如遇积水路段请绕行。",
        "出行提醒：大风天气请远离广告牌和临时搭建物，外出时注意防护。",
        "出行提醒：雾天能见度低请开启雾灯，注意避让行人和非机动车。",
    ]
    names = ["今晚起我市将有一次明显降雨过程", "明天白天我市偏北风逐渐加大", "后天早晨沿河地区有雾"]
    lines = ["某市气象　今日快讯　共3条"]
    for k in range(3):
        lines += [names[k], PROSE[k], PROSE[k + 1], notes[k]]
    arts, _ = _run(lines)
    assert [a.title for a in arts] == names
    assert all(notes[k] in arts[k].text for k in range(3))
