"""The piece finder on shapes its row key does not see (:mod:`cleaner.stages.split_piece_find`):

* strips of cells whose cells differ in shape from strip to strip, one run by their cell
  skeleton (:func:`cell_key`: the first cell's shape, the bars, the number of cells);
* pieces whose body is two paragraphs of long sentences (clauses run on by commas) and
  a short list between them: substantial by their Han letters;
* a page an earlier reader split (the page's headings, the header blocks) that the
  finder re-judges when its own evidence is stronger (:func:`refines`);
* a strip the site repeats on most of its pages, kept as the page's when its siblings of
  one skeleton are the page's own (:mod:`cleaner.stages.strip_rows`).

Look-alikes that stay one article: a results table, a price table under category
strips, one question with several answers under answer strips, strips over two short
lines each.  Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split import SplitStage
from cleaner.stages.split_piece_find import PieceRun, cell_key, refines, row_key
from cleaner.stages.strip_rows import strip_rows
from tests.stages.stage_runs import boil, site_stage


def _run(lines: list[str], hints: PageHints | None = None) -> tuple[list, Editor]:
    ed = Editor("p", "\n".join(lines) + "\n")
    return SplitStage()(ed, hints=hints), ed


def _verdict(ed: Editor) -> dict:
    got = [c for c in ed.changes if c.rule == "split.piece_find"]
    return json.loads(got[-1].ref or "{}") if got else {}


# ---- the cell skeleton -----------------------------------------------------------


def test_cell_key_is_one_for_strips_whose_cells_differ_in_shape() -> None:
    a = "№01 ┃ 拔河 ┃ 机关组 ┃ 5月3日 决赛 ┃ 职工体育馆"
    b = "№02 ┃ 游泳 ┃ 女子50米蛙泳 ┃ 5月4日 预赛 ┃ 游泳馆"
    assert row_key(a) != row_key(b) and cell_key(a) == cell_key(b) == "№N┃×5"
    up = "【盆栽】　成交 1200 盆　·　均价 35.5 元/盆　·　环比 ↑1.2%"
    down = "【鲜切花】　成交 86 扎　·　均价 9 元/扎　·　环比 ↓0.4%"
    assert row_key(up) != row_key(down) and cell_key(up) == cell_key(down)
    wide = "No.7　　合唱　　少儿组 二队　　文化馆"  # wide gaps, no bar
    assert cell_key(wide) == cell_key("No.12　　独唱　　青年男子组　　剧院") == "L.N×4"


def test_cell_key_tells_bars_counts_and_first_cells_apart() -> None:
    base = cell_key("№01 ┃ 拔河 ┃ 机关组 ┃ 职工体育馆")
    assert cell_key("№01 ｜ 拔河 ｜ 机关组 ｜ 职工体育馆") != base  # another bar
    assert cell_key("№01 ┃ 拔河 ┃ 机关组 ┃ 5月3日 ┃ 职工体育馆") != base  # five cells
    assert cell_key("〔01〕 ┃ 拔河 ┃ 机关组 ┃ 职工体育馆") != base  # another first cell
    assert cell_key("作者：某甲　　日期：2021-03-05") is None  # two cells: a label row
    assert cell_key("白菜　　本地　　1.20　　0.90") is None  # bare words first: a table row


# ---- strips over pieces ------------------------------------------------------------

#: invented events: (strip, title, two long one-sentence paragraphs)
EVENTS = [
    (
        "№01 ┃ 拔河 ┃ 机关组 ┃ 5月3日 决赛 ┃ 职工体育馆",
        "城南街道队2∶1胜城北街道队，获得拔河机关组冠军",
        "拔河机关组冠军争夺在城南街道队和城北街道队之间进行，两队在第一局相持了很长时间，"
        "场边的拉拉队一直在喊号子，城南街道队在第三局咬住了节奏，最终以2∶1获胜。",
        "赛后，城南街道队的队长表示队员们每天下班后都坚持在单位院子里练习，"
        "这次取得冠军是大家一起努力的结果，本项目共有六个单位组队参加。",
    ),
    (
        "№02 ┃ 游泳 ┃ 女子50米蛙泳 ┃ 5月4日 决赛 ┃ 游泳馆",
        "河西街道选手获得游泳女子50米蛙泳第一名",
        "游泳女子50米蛙泳共有二十一名选手报名参赛，河西街道选手在出发后一直处于领先位置，"
        "转身时又扩大了优势，后半程保持住了节奏，最终以明显的优势率先触壁。",
        "赛后，这名选手表示自己从小在河边长大，平时每周都会到游泳馆练习三次，"
        "这次比赛发挥出了训练时的水平，本项目共有九个单位的选手参加。",
    ),
    (
        "№03 ┃ 象棋 ┃ 团体赛 ┃ 5月4日 冠亚军决赛 ┃ 文化中心二楼",
        "东湖社区队战胜南门社区队，夺得象棋团体赛冠军",
        "象棋团体赛的冠亚军决赛在东湖社区队和南门社区队之间进行，双方的第一台下得非常谨慎，"
        "第二台很早就进入了残局，东湖社区队凭借第三台的胜利锁定了胜局。",
        "赛后，东湖社区队的教练表示队员们平时在社区活动室里经常切磋，"
        "大家对这次比赛准备得比较充分，本项目共有十一个社区组队参加。",
    ),
]
RANKS = ["第一名　城南街道队", "第二名　城北街道队", "第三名　河西街道队"]


def _bulletin(events: list[tuple[str, str, str, str]]) -> list[str]:
    lines = ["某县体育局　｜　赛事信息", "某县第三届职工运动会成绩公报（第2号）", ""]
    for strip, title, first, last in events:
        lines += [strip, title, first, *RANKS, last, "（裁判长：某甲　记录：某乙）", ""]
    return lines


def test_strips_of_one_skeleton_over_each_event_split_the_bulletin() -> None:
    arts, ed = _run(_bulletin(EVENTS))
    assert [a.title for a in arts] == [e[1] for e in EVENTS]
    got = _verdict(ed)
    assert got["verdict"] == "split" and got["shape"] == "№N┃×5" and got["bodies"] is True
    for a, (strip, _, first, last) in zip(arts, EVENTS, strict=True):
        # no field read from the strip: it stays its event's line, nothing is lost
        assert strip in a.text.split("\n") and first in a.text and last in a.text
        assert all(r in a.text for r in RANKS)


def test_a_market_reports_category_strips_with_rises_and_falls_split() -> None:
    # another site's wording: a bracketed category, figures between marks, an arrow
    # that rises on one strip and falls on the next (no one row shape)
    strips = [
        "【盆栽】　成交 1200 盆　·　均价 35.5 元/盆　·　环比 ↑1.2%",
        "【鲜切花】　成交 86 扎　·　均价 9.2 元/扎　·　环比 ↓0.4%",
        "【绿植】　成交 430 盆　·　均价 18.0 元/盆　·　环比 ↑2.6%",
    ]
    titles = [
        "年宵花提前上市，蝴蝶兰走货加快",
        "鲜切花到货增加，玫瑰价格回落",
        "绿植需求平稳，大盆栽价格持平",
    ]
    lines = ["某市花卉市场　每日行情", "今日全场成交平稳。", ""]
    for strip, title in zip(strips, titles, strict=True):
        lines += [
            strip,
            title,
            "今日到货比昨天有所增加，节前采购的单位陆续进场，商户们以走量为主，"
            "成交价格在上午有所松动，下午又逐渐回到了昨天的水平。",
            "品名　　产地　　最高价　　最低价",
            "红掌　　本地　　40.0　　28.0",
            "富贵竹　　外地　　12.5　　8.0",
            "后市预测：预计未来三天到货仍将保持充足，价格以平稳运行为主，建议按需采购。",
            "（采价：市场信息科　某某）",
            "",
        ]
    arts, ed = _run(lines)
    assert [a.title for a in arts] == titles
    assert _verdict(ed)["shape"] == "【W】·×4"
    assert all(s in a.text for s, a in zip(strips, arts, strict=True))


def test_a_gap_parted_strip_with_a_code_over_each_lesson_splits() -> None:
    # a third wording: a course's lessons, each under a strip of wide gaps whose cells
    # differ in shape (a room code in one, a place name in the next)
    strips = [
        "第1讲　　线上直播　　2学时　　主讲 某甲",
        "第2讲　　A101教室　　4学时　　主讲 某乙",
        "第3讲　　社区活动中心　　3学时　　主讲 某丙",
    ]
    titles = ["家庭用电安全常识", "电动自行车充电须知", "厨房燃气使用要点"]
    body = [
        "本讲结合近年来发生的几起典型事故，讲解了家庭线路老化的常见表现，"
        "提醒居民定期请专业人员检查插座和开关的使用情况。",
        "课程最后安排了现场问答环节，居民们围绕日常生活中遇到的实际问题踊跃提问，"
        "主讲老师逐一作了解答，并发放了社区编印的安全手册。",
    ]
    lines = ["某某街道居民安全课堂课程安排", ""]
    for strip, title in zip(strips, titles, strict=True):
        lines += [strip, title, *body, ""]
    arts, ed = _run(lines)
    assert [a.title for a in arts] == titles
    assert row_key(strips[0]) != row_key(strips[1])
    assert _verdict(ed)["shape"] == cell_key(strips[0]) == "WNW×4"


# ---- look-alikes: one article each ---------------------------------------------------


def test_a_results_table_of_strips_stays_one_article() -> None:
    lines = ["某县第三届职工运动会成绩一览", "现将各项目成绩公布如下，如有异议请于三日内提出。"]
    for strip, *_ in EVENTS:
        lines += [strip, *RANKS]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"
    assert all(e[0] in arts[0].text for e in EVENTS)


def test_a_price_table_under_category_strips_stays_one_article() -> None:
    lines = [
        "某市农产品批发市场价格周报",
        "本周全场农产品交易量比上周略有增加，蔬菜和水果价格总体平稳，水产品价格小幅上涨。",
    ]
    for strip in (
        "【蔬菜】　上市量 388 吨　·　均价 2.1 元/公斤　·　环比 ↑3.0%",
        "【水果】　上市量 120 吨　·　均价 5.4 元/公斤　·　环比 ↓1.1%",
        "【水产】　上市量 64 吨　·　均价 21.3 元/公斤　·　环比 ↑0.6%",
    ):
        lines += [strip, "品名　　产地　　最高价　　最低价", "白菜　　本地　　1.4　　0.9"]
        lines += ["土豆　　外地　　2.2　　1.6"]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"
    assert "【水产】" in arts[0].text


def test_one_question_with_several_answers_under_answer_strips_stays_whole() -> None:
    lines = [
        "租住的房子漏水，房东一直不来修怎么办？",
        "我租的房子卫生间天花板漏水已经两个多月了，跟房东说了好几次都没有人来处理，"
        "现在墙面已经发霉，请问我可以自己找人修理然后从房租里扣除吗？",
    ]
    for k, who in enumerate(("某甲律师", "某乙律师", "某丙律师"), 1):
        lines += [
            f"回答 {k} ┆ {who} ┆ 2023-05-0{k} 10:2{k}",
            "您好，出租人应当履行租赁物的维修义务，您可以先以书面形式催告房东在合理期限内维修，"
            "并保留好漏水和发霉的照片以及沟通记录。",
            "如果房东在合理期限内仍不维修，您可以自行维修，维修费用由房东负担，"
            "但建议事先把维修报价告知房东，以免日后对费用产生争议。",
        ]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("verdict") != "split"
    # the answers' strips stay its text (the first, under the question, is its row)
    assert "回答 2 ┆" in arts[0].text and "回答 3 ┆" in arts[0].text
    assert arts[0].text.count("您好，出租人应当履行") == 3


def test_strips_over_two_short_lines_each_are_no_pieces() -> None:
    # two prose lines of one short sentence under each title: a list, no pieces
    lines = ["某县第三届职工运动会赛程提示"]
    for strip, title, *_ in EVENTS:
        lines += [strip, title, "比赛将按时开始，请各队提前半小时到场检录。"]
        lines += ["参赛队员请携带身份证件，并统一穿着运动服装。", ""]
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed).get("bodies") is not True


# ---- the finder re-judges a page an earlier reader split -----------------------------

QUESTIONS = [
    (
        "孩子出生后多久要办理户口登记？",
        "孩子上个月在市妇幼保健院出生，因为家里老人生病一直没顾上办理户口，"
        "想问一下现在去办理还来得及吗，需要带哪些材料？",
    ),
    (
        "灵活就业人员怎样缴纳医疗保险？",
        "我去年从单位辞职后一直在家做网店，之前的医疗保险已经断缴了半年，"
        "想问一下现在以灵活就业人员的身份怎样续上，断缴的月份会不会有影响？",
    ),
    (
        "老旧小区加装电梯需要多少户同意？",
        "我们小区是九十年代建的六层楼，没有电梯，楼里老人上下楼很不方便，"
        "大家想申请加装电梯，但有两户低楼层的邻居不同意，这种情况还能装吗？",
    ),
]
ANSWER = [
    "您好，您反映的问题我们已经收到，根据现行规定，相关事项可以在工作日到办事大厅窗口办理，"
    "也可以通过网上办事平台提交申请。",
    "办理时请携带本人身份证件和相关证明材料，窗口工作人员会当场审核，材料齐全的可以当场办结，"
    "如有疑问可以拨打服务热线咨询。",
]


def _board(rows_under: int) -> tuple[list[str], PageHints]:
    """A board page: its own heading and one notice, then questions each under a ticket
    strip, as an <h3>; only the first ``rows_under`` keep the asked row under them (the
    boilerplate stage took the others as the site's)."""
    lines = ["已答问题（第3页）", "以下答复仅供参考，具体情况请携带材料到办事窗口咨询办理。"]
    for k, (q, body) in enumerate(QUESTIONS):
        kind = ("户籍", "社保", "住建")[k]
        lines += [f"工单 W23050{k + 1}7 ┆ {kind} ┆ 来自 东湖区临江街道某某社区网友", q]
        if k < rows_under:
            lines.append(f"提问于 2023-05-0{k + 1} 09:1{k}　　浏览 {k + 12}")
        lines += [body, f"答复单位：某某局第{k + 1}科", *ANSWER]
    return lines, PageHints(headings=("已答问题（第3页）", *(q for q, _ in QUESTIONS)))


def test_the_finder_re_judges_a_heading_run_that_found_the_first_question_only() -> None:
    lines, hints = _board(rows_under=1)
    arts, ed = _run(lines, hints)
    assert [a.title for a in arts] == [q for q, _ in QUESTIONS]
    got = _verdict(ed)
    assert got["verdict"] == "split" and got["over"] == [1, 4]  # the reader's headers
    text = "\n".join(a.text for a in arts)
    for q, body in QUESTIONS:  # nothing lost: every question and its text
        assert q in text and body in text
    assert "已答问题（第3页）" in arts[0].text  # the page's heading: the first one's head


def test_a_heading_run_the_finder_cannot_better_stays() -> None:
    # every question keeps its asked row: the headings' run finds all three, the
    # finder finds no more, and the reader's split stands
    lines, hints = _board(rows_under=3)
    arts, ed = _run(lines, hints)
    assert [a.title for a in arts][-3:] == [q for q, _ in QUESTIONS]
    assert "over" not in _verdict(ed)


def test_the_finder_re_judges_header_blocks_that_missed_a_strip_of_another_shape() -> None:
    # four events; the third strip's cells differ in shape from the others' (a row key
    # sees three rows of one shape and one of another, the cell skeleton four)
    events = [
        *EVENTS,
        (
            "№04 ┃ 拔河 ┃ 企业组 ┃ 5月5日 决赛 ┃ 职工体育馆",
            "城东园区队2∶0胜城西园区队，获得拔河企业组冠军",
            "拔河企业组的决赛在城东工业园区队和城西开发区队之间进行，两队的队员大多是一线职工，"
            "比赛开始后城东工业园区队很快找到了发力的节奏，连胜两局拿下比赛。",
            "赛后，城东工业园区队的领队表示园区每年都会组织职工开展拔河比赛，"
            "这次能够夺冠离不开大家平时的坚持，本项目共有八家企业组队参加。",
        ),
    ]
    lines = _bulletin(events)
    arts, ed = _run(lines)
    assert [a.title for a in arts] == [e[1] for e in events]
    # the header blocks found three titles (the second strip's shape is another): the
    # finder's four pieces hold each of them, so its split stands
    assert _verdict(ed)["over"] == [5, 23, 32] and _verdict(ed)["rows"] == [4, 13, 22, 31]
    assert all(e[0] in "\n".join(a.text for a in arts) for e in events)


def test_refines_needs_more_pieces_and_every_cut_of_the_readers() -> None:
    run = PieceRun([(3, 4, "甲", {}), (11, 12, "乙", {}), (18, 19, "丙", {})], "split")
    assert refines(run, [1, 4]) and refines(run, [3, 11])
    assert not refines(run, [4, 8])  # the reader cuts where the finder does not
    assert not refines(run, [4, 12, 19])  # as many pieces
    assert not refines(PieceRun([], "unsure"), [4])


# ---- a strip the site repeats, kept when its siblings are the page's ----------------


def _market_page(day: int, cats: list[str]) -> list[str]:
    lines = ["某市农批　价格信息平台", f"农产品价格日报（5月{day}日）"]
    for k, cat in enumerate(cats):
        lines += [
            f"【{cat}】　上市量 {100 + day * 7 + k} 吨　·　均价 {day}.{k}5 元/公斤"
            f"　·　环比 ↑{k}.{day}%",
            f"{cat}类到货平稳，价格小幅波动第{day}{k}期",
            "今日到货比昨天有所增加，节前采购的单位陆续进场，商户们以走量为主，"
            "成交价格在上午有所松动，下午又逐渐回到了昨天的水平。",
            "后市预测：预计未来三天到货仍将保持充足，价格以平稳运行为主，建议按需采购。",
        ]
    return [*lines, "价格咨询热线：0000-1234567　地址：某市某路1号"]


def test_a_category_strip_the_site_repeats_stays_beside_its_siblings() -> None:
    others = ["水果", "水产", "禽蛋", "粮油", "肉类", "干货"]
    pages = [_market_page(d, ["食用菌", others[d % 6], others[(d + 3) % 6]]) for d in range(1, 7)]
    stage = site_stage(pages)
    kept = boil(pages[0], stage, site="s")
    assert pages[0][2] in kept  # the 食用菌 strip, on every page: the page's own here
    assert "价格咨询热线" not in kept  # the site's footer line still goes


def test_strip_rows_needs_a_sibling_the_site_does_not_repeat() -> None:
    from cleaner.stages.site_judge import LearnedLine

    shape = LearnedLine("【W】…", "shape", "line", 5, 62.5, ())
    word = LearnedLine("【甲类】…", "line", "line", 5, 62.5, ())
    body = ["某类今日到货增加", "今日到货增加，价格有所回落，全天成交平稳。"]
    page = ["【甲类】　量 11 吨　·　价 6.5 元", *body, "【乙类】　量 9 吨　·　价 5.8 元", *body]
    assert strip_rows(page, {0: shape}) == {0}
    assert strip_rows(page, {0: word}) == set()  # word for word the site's: its line
    assert strip_rows(page, {0: shape, 3: shape}) == set()  # no sibling of the page's
    lone = [page[0], *body, "某市农批　｜　行情　｜　下载"]  # no sibling of its skeleton
    assert strip_rows(lone, {0: shape}) == set()


def test_a_caption_closing_each_piece_the_site_repeats_stays_the_sites() -> None:
    from cleaner.stages.site_judge import LearnedLine

    # a photo's caption under each piece, one squad's on most pages: the site's shape
    # whatever its siblings, for no title stands under a caption
    shape = LearnedLine("▲ W　…", "shape", "line", 5, 62.5, ())
    body = [
        "今日到货增加，价格有所回落，全天成交平稳。",
        "下午到货减少，价格有所回升，商户以走量为主。",
    ]
    page = ["甲类到货增加", *body, "▲ 现场画面　采集：一大队　2021年3月4日 09:38"]
    page += ["乙类到货减少", *body, "▲ 现场画面　采集：二大队　2021年3月5日 10:20", "相关阅读"]
    assert strip_rows(page, {3: shape}) == set()
    # the same lines as strips over each title: the page's
    strips = [page[3], page[0], *body, page[7], page[4], *body]
    assert strip_rows(strips, {0: shape}) == {0}
