"""The asker's row over a letter's or a question's text (issue 12, stamp18), in
wordings of their own: a row of labelled cells all naming the asking side, right under
the title, over the question and a reply's own row lower down, is the page's header
(:mod:`cleaner.stages.split_asker`); it gives no field, and the publish date stays the
reply's.  A row on a page without a reply, and a sentence quoting a letter, stay.
Every word is invented.
"""

from __future__ import annotations

import pytest

import cleaner.stages.split_asker as split_asker
from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_asker import asking_rows
from cleaner.stages.split_page import PageLines
from cleaner.stages.split_reply import answers_on_page

Q1 = "我家楼下的路灯已经坏了一个多月，晚上老人孩子出门都很不方便，希望有关部门尽快修理。"
Q2 = "之前也打过热线电话，说会派人来看，但到现在还没有人来过，麻烦再催一催，谢谢。"
A1 = "经我局派员现场查看，该路段路灯线路老化，已于本周更换线路并恢复照明，感谢您的监督。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


VARIANTS = [
    # two cells apart by a wide gap, a clock in the date
    (
        "提问人：李*　　提问时间：2023-05-02 09:14",
        "回复部门：南岗区城管局　　回复时间：2023-05-06 10:00",
        "2023-05-06",
        "南岗区城管局",
    ),
    # cells apart by a bar, dates written in words
    (
        "留言者：匿名网友 | 留言日期：2019年8月3日",
        "答复机构：东林县水利局 | 答复日期：2019年8月9日",
        "2019-08-09",
        "东林县水利局",
    ),
    # labels no header reader knows, a full-width bar between, a worded date and clock
    (
        "求助人：匿名 ｜ 求助时间：2022年3月4日 08:00",
        "回复部门：北郊街道办　　回复时间：2022-03-07 15:20",
        "2022-03-07",
        "北郊街道办",
    ),
    # three cells (a channel between), slashes in the dates
    (
        "咨询人：王某　咨询渠道：网站　咨询时间：2021/02/11 16:40",
        "解答单位：西川市医保中心　解答时间：2021/02/15 09:30",
        "2021-02-15",
        "西川市医保中心",
    ),
]


@pytest.mark.parametrize(("asker", "reply", "day", "origin"), VARIANTS)
def test_asker_row_is_header_and_reply_dates_the_page(
    asker: str, reply: str, day: str, origin: str
) -> None:
    res = _run(["城北路口路灯夜间不亮的问题", asker, Q1, Q2, reply, "您好：", A1])
    [art] = res.articles
    assert asker not in art.text
    assert Q1 in art.text and Q2 in art.text and A1 in art.text
    assert art.meta.get("published") == day  # the reply's day, not the letter's
    assert art.meta.get("origin") == origin
    # on the record: by the header block where its readers know a label, else as the
    # asker's row
    rows = [c for c in res.changes if c.stage == "split" and c.action == "delete"]
    assert asker in [c.before.strip() for c in rows]


def test_asker_row_without_a_reply_stays() -> None:
    # look-alike: a letter alone, no reply's row under it: nothing tells a header
    asker = "提问人：李*　　提问时间：2023-05-02 09:14"
    res = _run(["城北路口路灯夜间不亮的问题", asker, Q1, Q2])
    assert not [c for c in res.changes if c.rule == "split.asker_row"]


def test_sentence_quoting_a_letter_stays() -> None:
    # look-alike: a line of the text naming the letter and its day, a sentence
    said = "来信人：李先生在来信中说，来信时间是五月二日，他希望路灯尽快修好。"
    reply = "回复部门：南岗区城管局　　回复时间：2023-05-06 10:00"
    res = _run(["城北路口路灯夜间不亮的问题", said, Q1, reply, A1])
    assert not [c for c in res.changes if c.rule == "split.asker_row"]
    assert said in res.articles[0].text


def test_asked_date_stays_the_date_of_a_letter_without_a_reply() -> None:
    # look-alike: the header block reads the asker's date; no reply to take it from
    asker = "咨询人：王某　咨询渠道：网站　咨询时间：2021/02/11 16:40"
    res = _run(["城北路口路灯夜间不亮的问题", asker, Q1, Q2])
    assert res.articles[0].meta.get("published") == "2021-02-11"


# the page gate (issue 15): a page with no word naming the answer skips the line scan;
# the rows found are the same as when every line is asked (invented pages)
_LETTERS = [
    [
        "社区菜市场的棚顶漏雨",
        "留言人：某甲　留言时间：2031-06-02 09:15",
        "菜市场东侧棚顶一下雨就漏水，摊主们只好拿盆接着，请尽快安排维修。",
        "解答部门：某街道办　解答时间：2031-06-05 16:40",
        "您好，维修队已于本周进场施工。",
    ],
    [
        "小区门口的公交站牌太旧",
        "提问人：某乙　提问时间：2031-07-11",
        "站牌上的线路图早就看不清了，外地来的人经常坐错车，希望更换。",
        "回答单位：某公交公司　回答日期：2031-07-14",
        "已列入本月更换计划。",
    ],
    [
        "河边步道的路灯",
        "咨询人：某丙　咨询日期：2031-08-20",
        "河边步道晚上很黑，散步的老人多，能不能加装几盏路灯？",
        "回复单位：某管理处　回复时间：2031-08-22",
        "感谢建议，已报送立项。",
    ],
]


@pytest.mark.parametrize("page", _LETTERS)
def test_the_page_gate_finds_the_same_rows(
    page: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = asking_rows(list(range(len(page))), PageLines(page))
    assert rows and rows[0][0] == 1
    with monkeypatch.context() as m:  # no gate: every line asked
        m.setattr(split_asker, "answers_on_page", lambda lines: True)
        assert rows == asking_rows(list(range(len(page))), PageLines(page))


def test_a_page_without_a_word_naming_the_answer_has_no_rows() -> None:
    """The look-alike: the asker's row and the letter, the reply's row labelled with no
    word naming the answer (``处理单位``): no reply, so the row stays."""
    page = [
        "河边步道的路灯",
        "咨询人：某丙　咨询日期：2031-08-20",
        "河边步道晚上很黑，散步的老人多，能不能加装几盏路灯？",
        "处理单位：某管理处　处理时间：2031-08-22",
        "感谢建议，已报送立项。",
    ]
    assert not answers_on_page(PageLines(page))
    assert asking_rows(list(range(len(page))), PageLines(page)) == []
