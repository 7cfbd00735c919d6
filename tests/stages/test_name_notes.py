"""A bracketed note after a name in a row: a unit/degree note (a few short noun parts)
leaves a names row, a note that says something (a stand-in, a change of date, a
funding note, a biography with years) is a clause and keeps the row in the text
(``name_notes``)."""

from __future__ import annotations

import pytest

from cleaner.stages.name_notes import unit_note
from tests.stages.stage_runs import split

BODY = "本场活动面向全体师生开放，欢迎感兴趣的同学前来旁听并参与讨论，会后将提供茶歇。"


@pytest.mark.parametrize(
    "row",
    [
        "主持：甲某某（临时出差，改请乙某主持）　｜　2022-10-11",
        "报告人：甲某（原定上午九点，推迟至下午两点）　|　2021-03-08",
        "作者：甲某某（该文为某研究会课题成果，批准号778899）　｜　2020-06-01",
        "撰稿：甲某（1975—，女，某省人，研究员，长期从事湿地研究）",
    ],
)
def test_a_note_saying_something_keeps_its_row(row: str) -> None:
    arts = split(["某某研究会活动通知", "", row, BODY])
    assert row.split("（")[1][:4] in arts[0].text  # the note is kept


@pytest.mark.parametrize(
    ("note", "unit"),
    [
        ("某某大学，副教授", True),
        ("化学工程、工学博士", True),
        ("某研究院", True),
        ("因病请假，由乙某代课", False),
        ("原计划周三，现调至周四", False),
        ("1962-2019", False),
    ],
)
def test_unit_notes(note: str, unit: bool) -> None:
    assert unit_note(note) is unit


def test_a_unit_note_row_is_still_read() -> None:
    arts = split(
        ["某某学院答辩公告", "", "答辩人：甲某某（化学工程，工学博士）　｜　导师：乙某", BODY]
    )
    assert arts[0].meta.get("author") == "甲某某"
