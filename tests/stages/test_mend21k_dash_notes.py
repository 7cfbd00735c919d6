"""review21k N1: a dash-led note in brackets ('——（本文获奖）') under a title or a byline is
never the headline that makes the title above it a kicker; a dash-led subtitle still is
not, and a column label over a real headline is still a kicker."""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.title_shape import kicker

BODY = [
    "",
    "清早的菜市场已经很热闹了，摊主们一边吆喝一边整理着刚运来的蔬菜和水果。",
    "她在人群里慢慢走着，把每一样东西都看得很仔细，好像在挑选一份礼物。",
]


def _title(*head: str) -> str:
    text = "\n".join([*head, *BODY]) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", text.encode()), 0)
    return res.articles[0].title


@pytest.mark.parametrize(
    "note",
    [
        "——（本文获2024年区征文比赛二等奖）",
        "——【编者按】作者是一位退休的中学教师",
        "—— 〔节选自作者的散文集〕",
        "――（原刊于某某晚报副刊）",
    ],
)
def test_a_bracketed_dash_note_is_no_headline(note: str) -> None:
    assert kicker(["菜市场的清晨", note, "正文一句话，写得很长很长。"], 0) is False


@pytest.mark.parametrize(
    "head",
    [
        ("菜市场的清晨", "——八年级（2）班　陆晓彤", "——（本文获2024年区征文比赛二等奖）"),
        ("菜市場的清晨", "——八年級（2）班　陸曉彤", "——（本文榮獲區徵文比賽二等獎）"),
        ("菜市场的清晨", "——（作者系某某实验学校学生）"),
    ],
)
def test_the_title_stays_over_a_note(head: tuple[str, ...]) -> None:
    assert _title(*head) == head[0]


def test_look_alike_a_column_label_over_a_headline_is_still_a_kicker() -> None:
    assert kicker(["本地要闻", "某某街道菜市场完成改造重新开业迎客", "正文一句话。"], 0)


@pytest.mark.parametrize(
    ("row", "origin"),
    [
        ("来源：某县融媒体中心　记者 陆晓彤", "某县融媒体中心"),
        ("來源：某縣融媒體中心　編輯 陸曉彤", "某縣融媒體中心"),
        ("来源：某区文旅局　通讯员 周一鸣", "某区文旅局"),
        ("来源：某市教育局　某市财政局", "某市教育局　某市财政局"),  # co-issuers stay
    ],
)
def test_a_source_ends_before_a_credit_role_after_its_gap(row: str, origin: str) -> None:
    """review21j N1: '记者 某某' after a source's wide gap is a credit, no part of the name."""
    text = "\n".join(["某街道菜市场完成改造重新开业迎客", row, *BODY]) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", text.encode()), 0)
    assert dict(res.articles[0].meta).get("origin") == origin
