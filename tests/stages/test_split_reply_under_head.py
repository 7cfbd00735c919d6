"""A reply's own row under a letter whose head row was read already (issue 12, ynmeta),
in wordings of their own: a piece opened by a row of the case's fields (who wrote, the
day the letter came in or was registered, a case number), the letter, then the reply's
row (every label naming the answer: ``答复单位：…　答复日期：…``) and the reply.  The
reply's row is the piece's metadata: its day is the piece's publish date, over the head
row's (the letter's), and its unit is read; the head row's other fields stay.  A
sentence naming a reply, a person's answer row with no unit, and a row with a label of
another side (a handler's) give nothing over the head row's day.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline

L1 = "小区东门外的排水沟堵了大半年，一下雨积水就漫到楼道口，老人出门很不方便，请尽快疏通。"
L2 = "菜场北侧的路灯坏了两个多月，晚上路过的人多，已经有人摔倒过，希望有关部门尽快修好。"
L3 = "学校门口早晚高峰车辆乱停，孩子上下学只能从车缝里穿过去，很危险，请加强管理。"
A1 = "您好！经现场查看，排水沟淤积属实，已安排清淤队于本周完成疏通，并将定期巡查。"
A2 = "您好！经核实，该路段路灯线路老化，已更换线路并恢复照明，感谢您的监督。"
A3 = "您好！已在校门口增设临时停车引导岗，早晚高峰安排专人值守，请您继续关注。"


def _run(lines: list[str]):  # type: ignore[no-untyped-def]
    text = "\n".join(lines) + "\n"
    return Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)


VARIANTS = [
    # a registration day in words, a wide gap, a case number; the reply's day in digits
    (
        "来信人：周**　　登记日期：2031年4月2日　　编号：QX310402118",
        "答复单位：北湾区水务局　　答复日期：2031-04-16",
        "2031-04-16",
        "北湾区水务局",
    ),
    # a bar between cells, the letter's received day, the reply's day in words
    (
        "反映人：匿名 | 收件日期：2029-11-03 | 件号：SJ2029110377",
        "回复部门：石坊镇人民政府 | 回复日期：2029年11月20日",
        "2029-11-20",
        "石坊镇人民政府",
    ),
    # a full-width gap, slashes in the dates, a clock after the reply's day
    (
        "投诉人：吴*　受理日期：2030/06/08　受理编号：TS20300608-5",
        "答复机构：南渚县交通运输局　答复时间：2030/06/19 15:30",
        "2030-06-19",
        "南渚县交通运输局",
    ),
]


@pytest.mark.parametrize(("head", "reply", "day", "unit"), VARIANTS)
def test_reply_row_under_a_read_head_dates_the_piece(
    head: str, reply: str, day: str, unit: str
) -> None:
    res = _run(
        ["关于小区东门外排水沟堵塞的问题", head, L1, reply, A1, "如对答复不满意，可申请复查。"]
    )
    [art] = res.articles
    assert art.meta.get("published") == day  # the reply's day, not the letter's
    assert unit in art.meta.values()
    assert reply not in art.text  # metadata, on the record
    assert L1 in art.text and A1 in art.text  # the letter and the reply stay
    rows = [c.before.strip() for c in res.changes if c.stage == "split" and c.action == "delete"]
    assert reply in rows


def test_compiled_replies_each_take_their_own_reply_day() -> None:
    # a page of three letters, each headed by its case row, parted by a rule
    pieces = [
        ("关于小区东门外排水沟堵塞的问题", "2031年4月2日", L1, "北湾区水务局", "2031-04-16", A1),
        ("关于菜场北侧路灯不亮的问题", "2031年3月28日", L2, "北湾区城管局", "2031-04-09", A2),
        ("关于学校门口车辆乱停的问题", "2031年3月20日", L3, "北湾区交警大队", "2031-04-01", A3),
    ]
    lines = ["北湾区信访局　｜　办理结果公开", ""]
    for n, (title, reg, letter, unit, day, answer) in enumerate(pieces):
        lines += [
            title,
            f"来信人：某*　　登记日期：{reg}　　编号：BW31040{n}",
            f"来信内容：{letter}",
            f"答复单位：{unit}　　答复日期：{day}",
            f"答复意见：{answer}",
            "",
            "＊　＊　＊",
            "",
        ]
    res = _run(lines[:-3])
    got = {a.title: a.meta for a in res.articles}
    for title, _, _, unit, day, _ in pieces:
        meta = got.get(title) or next(m for t, m in got.items() if title in t)
        assert meta.get("published") == day
        assert unit in meta.values()
    text = "\n".join(a.text for a in res.articles)
    assert all(p[2] in text for p in pieces)


def test_a_sentence_naming_the_reply_gives_no_date() -> None:
    # look-alike: a line of the text naming the answering office and its day
    head = "来信人：周**　　登记日期：2031年4月2日　　编号：QX310402118"
    said = "答复单位：北湾区水务局在四月十六日答复说，排水沟将在本月内疏通，请大家耐心等待。"
    res = _run(["关于小区东门外排水沟堵塞的问题", head, L1, said, A1])
    [art] = res.articles
    assert art.meta.get("published") == "2031-04-02"  # the head row's, nothing over it
    assert said in art.text


def test_a_person_answering_gives_no_reply_day_under_a_head() -> None:
    # look-alike: a person's answer row (no unit) under a read head row: no reply's row
    head = "来信人：周**　　登记日期：2031年4月2日　　编号：QX310402118"
    row = "答复人：王某　　答复时间：2031-04-16"
    res = _run(["关于小区东门外排水沟堵塞的问题", head, L1, row, A1])
    [art] = res.articles
    assert art.meta.get("published") == "2031-04-02"


def test_a_row_with_a_label_of_another_side_fills_only() -> None:
    # look-alike: a row naming the answer's day beside a handler's label (not every
    # label names the answer): no reply's own row, the head row's day stays
    head = "来信人：周**　　登记日期：2031年4月2日　　编号：QX310402118"
    row = "经办人：王某　　答复日期：2031-04-16"
    res = _run(["关于小区东门外排水沟堵塞的问题", head, L1, row, A1])
    [art] = res.articles
    assert art.meta.get("published") == "2031-04-02"
    assert L1 in art.text and A1 in art.text
