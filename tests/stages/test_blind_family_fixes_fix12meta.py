"""Metadata read by the shape of label and value on sites never seen (issue 12, fix12meta),
each kind as a small case in wordings of its own, with look-alikes that must stay text:

* a value that holds a sentence is never a metadata value: the line stays text, whatever
  its label says (a notice's first sentence once went into ``meta['issuer']``).

Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import split

T = "关于做好冬季道路养护工作的通知"
P1 = "为确保冬季道路畅通，各养护站要提前储备融雪物资，做好人员安排。"
P2 = "各单位要加强值班值守，遇到突发情况及时上报，确保道路安全通行。"


def _one(lines: list[str]) -> tuple[str, dict[str, str], list[str]]:
    arts = split(lines)
    assert len(arts) == 1
    return arts[0].title, dict(arts[0].meta), arts[0].text.split("\n")


# ---- a sentence is never a value


@pytest.mark.parametrize(
    "row",
    [
        "发布单位：本站定于下月开展路面检查，请各单位提前做好准备。",
        "说明：今年入冬偏早，桥面结冰的时间可能比往年更长，各站要早做准备",
        "发布机构：各站要在本月底前把融雪车辆检修完毕！",
    ],
)
def test_a_sentence_behind_a_label_stays_text(row: str) -> None:
    _, meta, text = _one([T, row, P1, P2])
    assert row in text
    assert not any(v in row for v in meta.values())


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("发布单位：某某县公路养护中心", {"issuer": "某某县公路养护中心"}),
        ("来源：某某日报，某某台", {"origin": "某某日报，某某台"}),  # a short list is a value
    ],
)
def test_look_alike_short_values_still_read(row: str, want: dict[str, str]) -> None:
    _, meta, text = _one([T, row, P1, P2])
    assert row not in text
    assert want.items() <= meta.items()
