"""Fixes for set zu's compiled service logs printed from a browser (issue 12, fixzu2), in
wordings of their own:

* a compilation whose pieces each open with a row of their own day (a full date, then at
  most three short cells: a weekday, the weather) ABOVE their bare title splits at the
  rows (:mod:`split_dated_rows`); the date is the piece's publish date, a row of
  labelled cells under the title its metadata (the author by its label, or the one name
  with a rank in brackets); a bracketed note on all the pieces after the last one goes;
  a single dated line, dated rows over prose, dates out of order split nothing;
* the page's first line (a browser's print header) printed again where a sheet ended is
  a page break the join crosses (:mod:`print_heads`); a sentence repeated, or a copy
  under a line that ends its sentence, is no break.

Every word is invented.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.repair import RepairStage
from cleaner.stages.split_dated_rows import dated_row, dated_rows, row_cells

P1 = "清早我和站里的同事赶到河湾村，沿着新修的渠道走了一圈，发现两处闸门锈得转不动了。"
P2 = "我们当场给闸门上了油，又教村里的管水员怎样记录每天的水位，他们学得很认真。"
P3 = "回来的路上顺便看了看育苗大棚，棚膜有几处破口，已经叮嘱棚主三天内补好。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


def _none(label: str) -> str | None:
    return None


# ---- dated rows over the pieces' titles

# variant 1: ISO dates, weekday and weather, cells parted by wide gaps, oldest first
LOGS_A = [
    "汀溪水利站巡查记录汇编（第3辑）",
    "站长按：本辑收录三月份的部分巡查记录，供各站参考。",
    "",
    "2022-03-04　周五　小雨",
    "修复河湾村渠道闸门",
    "巡查点：河湾村　　巡查员：包青禾（高级技师）",
    P1,
    P2,
    "",
    "2022-03-11　周五　晴",
    "查看育苗大棚棚膜",
    "巡查点：石桥村　　巡查员：闻小麦（技师）",
    P3,
    P1,
    "",
    "2022-03-19　周六　多云转阴",
    "回访河湾村管水员",
    "巡查点：河湾村　　巡查员：包青禾（高级技师）",
    P2,
    P3,
    "",
    "（以上记录均由巡查员本人填写，站里统一整理。）",
]


def test_dated_rows_split_the_logs_and_read_their_fields() -> None:
    res = _run(LOGS_A)
    arts = res.articles
    assert [a.title for a in arts] == [LOGS_A[4], LOGS_A[10], LOGS_A[16]]
    assert [a.meta.get("published") for a in arts] == ["2022-03-04", "2022-03-11", "2022-03-19"]
    assert [a.meta.get("author") for a in arts] == ["包青禾", "闻小麦", "包青禾"]
    text = "\n".join(a.text for a in arts)
    for gone in (LOGS_A[3], LOGS_A[5], LOGS_A[-1]):
        assert gone not in text, gone
    assert all(a.text.startswith(a.title) for a in arts[1:])
    # the station master's note, printed on no other page of a site (no profile here)
    # and counting no piece, is no proven page head: kept over the first log with the
    # page's title, flagged (split_lead; the family's own note repeats on every page
    # and still goes)
    assert arts[0].text.startswith("\n".join([LOGS_A[0], LOGS_A[1], LOGS_A[4]]))
    assert "split.prefix_kept" in {c.rule for c in res.changes}
    rules = {c.rule for c in res.changes if "（以上记录" in c.before}
    assert rules == {"split.page_close"}, rules


# variant 2: Chinese dates and a weekday, newest first, no row under the titles
LOGS_B = [
    "2019年11月20日 星期三",
    "冬季果园清园",
    P3,
    P1,
    "2019年11月12日 星期二",
    "指导柑橘采后修剪",
    P2,
    P3,
    "2019年11月2日 星期六",
    "果园秋施基肥",
    P1,
    P2,
]


def test_day_rows_newest_first_split_too() -> None:
    arts = _run(LOGS_B).articles
    assert [a.title for a in arts] == ["冬季果园清园", "指导柑橘采后修剪", "果园秋施基肥"]
    assert [a.meta.get("published") for a in arts] == ["2019-11-20", "2019-11-12", "2019-11-02"]


# variant 3: dotted dates and ASCII spaces, bar-parted labelled cells, a labelled author
def test_dotted_dates_and_a_labelled_author() -> None:
    page = [
        "2020.3.15 星期日 多云",
        "排查沿河护栏松动",
        "地段：北堤 | 记者：柯云帆 | 天气：多云",
        P1,
        P2,
        "2020.3.22 星期日 晴",
        "复查北堤护栏",
        "地段：北堤 | 记者：柯云帆 | 天气：晴",
        P3,
        P2,
    ]
    run = dated_rows(page, lambda label: "author" if label == "记者" else None)
    assert [(i, t) for i, _, t, _ in run.keyed] == [(0, page[1]), (5, page[6])]
    assert [m["author"] for _, _, _, m in run.keyed] == ["柯云帆", "柯云帆"]
    assert sorted(run.rows) == [2, 7]


def test_row_shapes() -> None:
    assert dated_row("2021年6月1日　星期二　雷阵雨") == "2021-06-01"
    assert dated_row("2021年6月1日上午，我们出发了") is None  # a sentence's opening
    assert dated_row("2021年6月1日　至　6月30日　全天　开放　预约") is None  # too many cells
    assert row_cells("联系人：包青禾（技师）｜电话：5551234", _none) == {}  # a contact
    assert row_cells("今天走访了三户，情况良好。", _none) is None


# look-alikes that must not split
def test_a_notice_with_one_dated_line_splits_nothing() -> None:
    doc = ["关于春季巡查的通知", P1, P2, "2022年3月1日　星期二", "汀溪水利站", P3]
    assert dated_rows(doc, _none).keyed == []


def test_dated_rows_over_prose_split_nothing() -> None:
    diary = ["2022-03-04　晴", P1, P2, "2022-03-05　阴", P3, P1]
    assert dated_rows(diary, _none).keyed == []


def test_bare_dates_over_events_are_a_timeline() -> None:
    timeline = ["河湾村大事记", "2015-05-01", "新渠通水", P1, "2018-09-12", "泵站落成", P2]
    assert dated_rows(timeline, _none).keyed == []
    # the same dates with a row of fields under every title: a log's entries
    fields = "地点：河湾村｜记录：包青禾（技师）"
    logged = [*timeline[:3], fields, *timeline[3:6], fields, P2]
    assert len(dated_rows(logged, _none).keyed) == 2


def test_dates_out_of_order_split_nothing() -> None:
    mixed = [*LOGS_B[4:8], *LOGS_B[:4], *LOGS_B[8:]]
    assert dated_rows(mixed, _none).keyed == []


# ---- a browser's print header repeated where the sheet ended


def _sheets(head: str, foot: str) -> list[str]:
    return [
        head,
        "汀溪水利站关于渠道维护的情况说明",
        P1,
        "管水员们说闸门修好以后，放水比以前",
        "",
        foot.format(1),
        head,
        "",
        "省力多了，下游的稻田也能按时灌上水。",
        P2,
        "",
        foot.format(2),
        head,
        "",
        P3,
        foot.format(3),
    ]


def test_a_print_header_with_a_date_and_title_is_crossed() -> None:
    head = "2023/9/1 10:05　　汀溪水利站关于渠道维护的情况说明-汀溪水利网"
    (art,) = _run(_sheets(head, "http://www.txsl.example/a/1.html　　{0}/3")).articles
    assert "放水比以前省力多了，下游的稻田也能按时灌上水。" in art.text
    assert head not in art.text


def test_a_print_header_without_a_date_is_crossed() -> None:
    head = "汀溪水利站　　情况说明（打印版）"
    (art,) = _run(_sheets(head, "第{0}页")).articles
    assert "放水比以前省力多了" in art.text
    assert head not in art.text


def test_a_print_header_over_a_dangling_clause_only() -> None:
    # the line above ends its sentence: no cut, nothing joined across the copy
    head = "2023/9/1 10:05　　汀溪水利站情况说明-汀溪水利网"
    page = [head, "汀溪水利站情况说明", P1, "", head, "", P2, P3]
    (art,) = _run(page).articles
    assert P1 + P2 not in art.text
    assert P2 in art.text


def test_a_repeated_first_sentence_is_no_print_header() -> None:
    line = "本站提醒：汛期请勿靠近河堤。"
    page = [line, "汀溪水利站情况说明", "管水员们说闸门修好以后，放水比以前", line, "省力多了。"]
    (art,) = _run(page).articles
    assert "放水比以前省力多了" not in art.text


def test_sign_off_dates_under_senders_split_nothing() -> None:
    letters = [
        "致全体管水员的一封信",
        P1,
        "汀溪水利站",
        "2022年3月4日",
        "致各村护林员的一封信",
        P2,
        "汀溪林业站",
        "2022年3月9日",
        "致果农朋友的一封信",
        P3,
        "汀溪农技站",
        "2022年3月12日",
    ]
    assert dated_rows(letters, _none).keyed == []


# ---- a day's row of cells keeps its ideographic gaps


def _repaired(lines: list[str]) -> str:
    ed = Editor("p", "\n".join(lines) + "\n")
    RepairStage()(ed)
    return ed.text


def test_a_days_row_keeps_its_gaps_and_a_cut_word_is_still_joined() -> None:
    rows = ["2022-03-04　周五　雨", "2019年11月2日　星期六　阴", "2020.3.15　礼拜日　霜"]
    for row in rows:
        text = _repaired(["汀溪水利站工作日志", row, P1, "下午又去了枫树 垭村的泵站，一切正常。"])
        assert row in text, row
        assert "枫树垭村" in text
    # a sentence after a date is no row: the letter cut off its word is joined
    text = _repaired(["汀溪水利站工作日志", P1, "2022年3月4日　巡查 员到了渠边。", P2])
    assert "巡查员到了渠边" in text
