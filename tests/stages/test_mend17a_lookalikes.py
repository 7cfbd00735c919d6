"""Look-alikes the compiled-piece readers must leave alone (mend17a), in wordings of
their own:

* a speech's greeting under its occasion row reads like a speaker row (words, a wide
  gap, two to four letters) but names no body: it stays the speech's text, no author
  (:mod:`split_occasion`);
* an adoption parenthesis whose body opens with its term's count (``第九届…大会``) names
  that body as the issuer;
* a report's contents of long unnumbered parts with dot leaders, no issue mark over it
  and no document kind among its titles, splits nothing (:mod:`split_leaders`).

Every word is invented.
"""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_leaders import leader_titles
from cleaner.stages.split_occasion import occasion_rows

P1 = "清晨的渡口雾气很重，船工把缆绳一圈圈收好，等第一班乘客上船，岸边的柳树还滴着水。"
P2 = "午后太阳出来了，晒谷场上的孩子们追着一只花猫跑，老人们坐在槐树下慢慢地说着旧事。"
P3 = "傍晚收工以后，村口的小卖部亮起了灯，几个年轻人围着一台旧收音机听天气预报。"
OCCASION = "——2021年3月4日在甲县工作会议上"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


# ---- a greeting is no speaker row


def test_a_greeting_under_the_occasion_is_no_speaker() -> None:
    assert occasion_rows([OCCASION, "尊敬的各位领导　各位来宾", P1]) == [
        {"published": "2021-03-04"}
    ]
    assert occasion_rows([OCCASION, "各位代表　同志们", P1]) == [{"published": "2021-03-04"}]
    # a body in the greeting's post ('市委'): its possessive marks a greeting, no post
    assert occasion_rows([OCCASION, "尊敬的县委书记　各位嘉宾", P1]) == [
        {"published": "2021-03-04"}
    ]


def test_a_speaker_of_a_body_is_read() -> None:
    got = occasion_rows([OCCASION, "甲县水务局局长　李小青", P1])
    assert got == [{"published": "2021-03-04"}, {"author": "李小青"}]
    got = occasion_rows([OCCASION, "甲市人大常委会副主任　李小青", P1])
    assert got[-1] == {"author": "李小青"}


GAZETTE = [
    "松涧县政务汇刊",
    "2021年第4期",
    "目　录",
    "松涧县关于整治渡口秩序的通告……………（3）",
    "松涧县林场年度管护情况通报……………（6）",
    "",
    "松涧县关于整治渡口秩序的通告",
    P1,
    P2,
    "",
    "松涧县林场年度管护情况通报",
]


def test_a_greeting_in_a_compilation_stays_the_text() -> None:
    greeting = "尊敬的各位领导　各位来宾"
    res = _run([*GAZETTE, OCCASION, greeting, P3, P1])
    second = res.articles[-1]
    assert "author" not in second.meta, second.meta
    assert greeting in second.text
    assert not any(c.rule == "split.meta_header" and greeting in c.before for c in res.changes)


# ---- a term's count opening the body's name


def test_a_term_count_opening_the_body_names_the_issuer() -> None:
    got = occasion_rows(["（2020年5月6日第九届甲省人民代表大会第三次会议通过）", P1])
    assert got == [{"published": "2020-05-06", "issuer": "第九届甲省人民代表大会"}]
    # a session's count alone names nobody
    assert occasion_rows(["（2020年5月6日第三次会议通过）", P1]) == [{"published": "2020-05-06"}]


# ---- a report's contents of long unnumbered parts


def test_a_reports_long_parts_split_nothing() -> None:
    report = [
        "松涧县渡口客流调查报告",
        "目录",
        "渡口客流的由来与现状……1",
        "调查方式与走访对象说明……4",
        "调查所见及改进的建议……9",
        "渡口客流的由来与现状",
        P1,
        P2,
        "调查方式与走访对象说明",
        P3,
        P1,
        "调查所见及改进的建议",
        P2,
        P3,
    ]
    assert leader_titles(report, ("通知", "报告")) == []
    res = _run(report)
    assert len(res.articles) == 1
    assert res.articles[0].text.startswith(report[0])
    english = [
        "Ferry passenger survey",
        "Contents",
        "Origins and present state ........ 1",
        "Survey method and people met ........ 4",
        "Origins and present state",
        P1,
        "Survey method and people met",
        P3,
    ]
    assert leader_titles(english) == []
    assert len(_run(english).articles) == 1


def test_an_issue_mark_over_the_contents_still_splits() -> None:
    issue = ["松涧文汇", "总第12期", "目录", "渡口客流的由来与现状……1", "调查方式与走访对象说明……4"]
    page = [*issue, "渡口客流的由来与现状", P1, P2, "调查方式与走访对象说明", P3, P1]
    assert [t for _, _, t, _ in leader_titles(page)] == [issue[3][:-3], issue[4][:-3]]
