"""The asker's row over a letter's or a question's text (issue 12, stamp18), in
wordings of their own: a row of labelled cells all naming the asking side, right under
the title, over the question and a reply's own row lower down, is the page's header
(:mod:`cleaner.stages.split_asker`); it gives no field, and the publish date stays the
reply's.  A row on a page without a reply, and a sentence quoting a letter, stay.
Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

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
