"""Rows of one shape over a run of the page's headings (heading_row_runs,
split_heading_under.rows_over_headings / closing_rows_of) and an event's credit row
(event_credit).  Invented text."""

from cleaner.stages.event_credit import event_credit
from cleaner.stages.heading_row_runs import heading_rows
from cleaner.stages.split_heading_under import closing_rows_of, rows_over_headings

BODY = "本届活动面向全体市民开放，按年龄分组进行，报名截止后统一编排赛程。"
PAGE = [
    "六月活动汇总",
    "开放中 ⟫ 水上 ⟫ 区级",
    "龙舟友谊赛",
    BODY,
    "主办：某区文体中心　协办：某龙舟协会",
    "将满员 ⟫ 棋牌 ⟫ 市级",
    "象棋快棋赛",
    BODY,
    "主办：某市棋类协会　承办：某俱乐部",
]
HEADS = ("六月活动汇总", "龙舟友谊赛", "象棋快棋赛")


def test_first_row_of_a_run_is_no_trail() -> None:
    assert heading_rows(PAGE, [1, 5], HEADS) == {1, 5}
    assert heading_rows(PAGE, [1], HEADS) == set()  # no sibling row: the page's trail


def test_split_cuts_at_rows_and_reads_closers() -> None:
    heads = rows_over_headings(PAGE, HEADS)
    assert [(h[0], h[2]) for h in heads] == [(1, "龙舟友谊赛"), (5, "象棋快棋赛")]
    closers = closing_rows_of(PAGE, [1, 5], event_credit)
    assert closers == {1: (4, {"origin": "某区文体中心"}), 5: (8, {"origin": "某市棋类协会"})}


def test_rows_closing_the_pieces_open_none() -> None:
    closed = ["汇总", "甲赛", BODY, "【某甲 供稿】", "乙赛", BODY, "【某乙 供稿】"]
    assert rows_over_headings(closed, ("汇总", "甲赛", "乙赛")) == []


def test_event_credit_reads_the_host_only() -> None:
    assert event_credit("主办：某市棋类协会　承办：某俱乐部") == {"origin": "某市棋类协会"}
    assert event_credit("承办：某俱乐部") is None
    assert event_credit("主办单位：某局　承办单位：某中心") is None
    assert event_credit("主办：某局　地址：某路8号") is None
