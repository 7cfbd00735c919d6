"""The piece finder's marks of one form whatever their separator or figures
(:mod:`cleaner.stages.split_piece_find`):

* a strip parted by any spaced lone mark (``‖``, ``◆``, ``/``), its figures of any width
  (``837.4万`` on one strip, ``1,718.1万`` on the next): one cell skeleton
  (:func:`cell_key`); a strip led by its mark may open with a bare word (a category);
* a strip no reader reads a date from, holding one full date, dates its piece;
* two pieces confirmed by a table header row (words in cells) each holds once;
* a title carrying a long number (an issue's, a period's) is a title: its figure is one.

Look-alikes that must not fire: a year range and a breadcrumb (no strip), a results
table of strips one after another (one article), two sections of one report of which
only one holds the table, rows over date lines (no titles).  Every word is invented.
"""

from __future__ import annotations

import json

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_piece_find import (
    _figure_light,
    _titled,
    cell_key,
    piece_find,
    row_key,
)
from cleaner.stages.split_shape_lines import ShapeMemo


def _run(lines: list[str]) -> tuple[list, Editor]:
    ed = Editor("p", "\n".join(lines) + "\n")
    return SplitStage()(ed), ed


def _verdict(ed: Editor) -> dict:
    got = [c for c in ed.changes if c.rule == "split.piece_find"]
    return json.loads(got[-1].ref or "{}") if got else {}


# ---- the cell skeleton of a spaced mark ---------------------------------------------


def test_a_spaced_mark_parts_a_strip_whatever_its_figures_width() -> None:
    a = "R7 ‖ 2019.05.06 MON ‖ 客流 3.12万 ‖ 营收 1,204.5万 ‖ 满载率 61%"
    b = "R8 ‖ 2019.05.07 TUE ‖ 客流 2.98万 ‖ 营收 986.0万 ‖ 满载率 58%"
    assert row_key(a) != row_key(b)  # the figures' widths differ: two row shapes
    assert cell_key(a) == cell_key(b) == "LN‖×5"
    # another site's mark, another count of cells
    c = "第12场 ◆ 3月2日 ◆ 东区球馆 ◆ 观众 800 人"
    d = "第13场 ◆ 3月9日 ◆ 西区新球馆 ◆ 观众 1,050 人"
    assert cell_key(c) == cell_key(d) == "WNW◆×4"


def test_a_strip_led_by_its_mark_may_open_with_a_bare_word() -> None:
    a = "◆ 义诊 ◆ 06/14（六）09:00～11:30 ◆ 社区卫生站 ◆ 已报名 45 人"
    b = "◆ 健康讲座 ◆ 06/15（日）14:00～16:00 ◆ 文化中心 三楼 B2厅 ◆ 已报名 120 人"
    assert row_key(a) != row_key(b) and cell_key(a) == cell_key(b) == "◆W◆×4"
    # the same cells not led by the mark: a bare word first keys nothing
    assert cell_key("义诊 ◆ 06/14 ◆ 社区卫生站 ◆ 已报名 45 人") is None


def test_spaced_marks_that_part_no_strip() -> None:
    assert cell_key("2016 - 2017 年度") is None  # a range: two cells
    assert cell_key("首页 / 服务指南 / 活动预告") is None  # a breadcrumb: bare words first
    assert cell_key("作者 ： 某某 ： 某某") is None  # a spaced colon is punctuation
    assert cell_key("甲队 3 ： 1 乙队") is None


# ---- day strips over pieces -----------------------------------------------------------

_DAYS = [
    ("R7 ‖ 2019.05.06 MON ‖ 客流 3.12万 ‖ 营收 1,204.5万 ‖ 满载率 61%", "2019-05-06"),
    ("R8 ‖ 2019.05.07 TUE ‖ 客流 2.98万 ‖ 营收 986.0万 ‖ 满载率 58%", "2019-05-07"),
    ("R9 ‖ 2019.05.08 WED ‖ 客流 3.40万 ‖ 营收 1,310.2万 ‖ 满载率 66%", "2019-05-08"),
]
_TITLES = [
    "早高峰客流回升，二号线加开区间车",
    "雨天客流回落，晚高峰运行平稳",
    "节后首个周三，换乘站客流创新高",
]


def _day_body(n: int, header: bool = True) -> list[str]:
    head = ["线路　客流　满载率　准点率"] if header else []
    return [
        f"当日全网共开行列车{420 + n}列次，运送乘客{30 + n}万人次，各线路运行总体平稳。",
        *head,
        f"一号线　{11 + n}万　{60 + n}%　99.{n}%",
        f"二号线　{9 + n}万　{55 + n}%　99.{n + 1}%",
        "从分时段看，早高峰客流集中在七点半至八点半之间，换乘站的站台一度较为拥挤。",
        "调度中心表示，将继续根据客流变化灵活调整行车间隔，保障乘客出行顺畅。",
    ]


def _day_page(days: list[tuple[str, str]], titles: list[str], **kw: bool) -> list[str]:
    lines = ["某市轨道交通　运营日报汇编", "第19周运营日报（5月6日—5月8日）", ""]
    for n, ((strip, _), title) in enumerate(zip(days, titles, strict=True)):
        lines += [strip, title, *_day_body(n, **kw), ""]
    return [*lines, "上一周　下一周", "某市轨道交通集团　版权所有"]


def test_day_strips_of_figures_of_any_width_split_and_date_each_piece() -> None:
    arts, ed = _run(_day_page(_DAYS, _TITLES))
    assert [a.title for a in arts] == _TITLES
    assert [a.meta.get("published") for a in arts] == [d for _, d in _DAYS]
    assert _verdict(ed)["shape"] == "LN‖×5"
    for a, n in zip(arts, range(3), strict=True):  # every body line kept
        assert all(x in a.text for x in _day_body(n))


def test_two_day_strips_are_confirmed_by_the_table_header_each_piece_holds() -> None:
    # no running number from one, no closing row: two pieces of one build
    arts, ed = _run(_day_page(_DAYS[1:], _TITLES[1:]))
    assert [a.title for a in arts] == _TITLES[1:]
    assert _verdict(ed)["one_build"] is True


def test_two_day_strips_without_a_shared_build_stay_one_article() -> None:
    lines = _day_page(_DAYS[1:], _TITLES[1:], header=False)
    arts, ed = _run(lines)
    assert len(arts) == 1 and _verdict(ed)["verdict"] == "unsure"  # nothing confirms two
    assert all(x in arts[0].text for x in _day_body(0, header=False))


def test_one_report_with_its_table_in_one_section_only_stays_whole() -> None:
    lines = _day_page(_DAYS[1:], _TITLES[1:])
    lines.remove("线路　客流　满载率　准点率")  # the first section's table header only
    arts, _ = _run(lines)
    assert len(arts) == 1


def test_a_results_table_of_strips_stays_one_article() -> None:
    rows = [
        "第1轮 ‖ 3月2日 ‖ 东区球馆 ‖ 甲队 3:1 乙队",
        "第2轮 ‖ 3月9日 ‖ 西区球馆 ‖ 丙队 0:3 丁队",
        "第3轮 ‖ 3月16日 ‖ 东区球馆 ‖ 甲队 3:2 丙队",
        "第4轮 ‖ 3月23日 ‖ 南区体育中心 ‖ 乙队 1:3 丁队",
    ]
    lines = [
        "春季联赛赛程回顾",
        "本赛季春季联赛共进行了四轮比赛，各队之间的差距比往年更小，多场比赛打满五局。",
        *rows,
        "从赛果看，甲队在主场保持不败，丁队客场表现突出，两队将在秋季联赛中再次相遇。",
        "联赛组委会表示，下赛季将增加一个赛区，让更多球队参加比赛。",
    ]
    arts, _ = _run(lines)
    assert len(arts) == 1 and all(r in arts[0].text for r in rows)


# ---- strips led by a mark under their titles ----------------------------------------

_EVENTS = [
    ("社区义诊进楼院", "◆ 义诊 ◆ 06/14（六）09:00～11:30 ◆ 社区卫生站 ◆ 已报名 45 人"),
    ("夏季防暑健康讲座", "◆ 健康讲座 ◆ 06/15（日）14:00～16:00 ◆ 文化中心 B2厅 ◆ 已报名 120 人"),
    ("老年人免费体检日", "◆ 体检 ◆ 06/17（二）08:00～11:00 ◆ 社区卫生站 ◆ 已报名 60 人"),
]


def _event_page() -> list[str]:
    lines = ["某街道社区服务中心　本周活动预告", "发布日期：2024年6月12日", ""]
    for n, (title, strip) in enumerate(_EVENTS):
        lines += [
            title,
            strip,
            f"本次活动由街道社区服务中心组织，预计服务居民{40 + n}人，欢迎有需要的居民参加。",
            "活动现场配备工作人员引导，请参加活动的居民提前十分钟到达，并携带身份证件。",
            "行动不便的老人可提前一天电话预约，工作人员将上门接送，活动结束后统一送回。",
            f"咨询电话：0000-1234{n}",
            "",
        ]
    return [*lines, "往期预告　返回列表"]


def test_strips_led_by_a_mark_mark_pieces_and_the_title_is_the_line_over_each() -> None:
    arts, ed = _run(_event_page())
    assert [a.title for a in arts] == [t for t, _ in _EVENTS]
    assert _verdict(ed)["shape"] == "◆W◆×4"
    for a, (_, strip) in zip(arts, _EVENTS, strict=True):
        assert strip in a.text  # no field read from it: the strip stays text


# ---- titles holding a long number --------------------------------------------------


def test_a_title_holding_an_issue_number_is_a_title() -> None:
    tests = ShapeMemo(None)
    assert _titled("排列五第2021088期开奖公告", tests)
    assert _titled("第2019031期：12 5 8", tests) is False  # a label and its figures
    assert _figure_light("某刊2020年第12期目录") is False  # three figures, few words
    assert not _titled("2021年3月9日", tests) and not _titled("一等奖　14　6,293,484", tests)


_DRAWS = [
    ("【2021088期】　开奖日期：2021年4月2日　开奖地点：某某福彩大厅", "排列五第2021088期开奖公告"),
    ("【2021086期】　开奖日期：2021年3月31日　开奖地点：某某福彩大厅", "排列五第2021086期开奖公告"),
]


def _draw_page(draws: list[tuple[str, str]]) -> list[str]:
    lines = ["某省福彩网　开奖公告打印预览", "排列五开奖公告（最近两期）", ""]
    for n, (row, title) in enumerate(draws):
        lines += [
            row,
            title,
            f"本期开奖号码：{n} 3 5 7 9",
            f"本期全省销售额{1200 + n}万元，下期奖池累计金额为{300 + n}万元。",
            "奖级　　中奖注数　　单注奖金（元）",
            f"直选　　{12 + n}　　100,000",
            f"本期全省共中出直选{12 + n}注，请中奖彩民在兑奖期内持彩票到指定地点兑奖。",
            "本期兑奖截止日为开奖后六十日，逾期未兑视为弃奖，弃奖奖金纳入公益金。",
            f"（开奖公证：某某公证处　公证员：某甲{n}）",
            "",
        ]
    return lines


def test_two_draws_under_their_rows_split_with_their_numbered_titles() -> None:
    arts, _ = _run(_draw_page(_DRAWS))
    assert [a.title for a in arts] == [t for _, t in _DRAWS]


def test_rows_over_date_lines_find_no_titles() -> None:
    # the line under each row is a date, no title: the finder takes no piece
    page = _draw_page(_DRAWS)
    assert piece_find(page, None, ShapeMemo(None)).verdict == "split"
    dated = {t: d for (_, t), d in zip(_DRAWS, ("2021年4月2日", "2021年3月31日"), strict=True)}
    lines = [dated.get(x, x) for x in page]
    assert piece_find(lines, None, ShapeMemo(None)).verdict != "split"
