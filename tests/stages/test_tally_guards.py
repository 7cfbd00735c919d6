"""The tally under the last piece of a compilation (:mod:`cleaner.stages.split_tally`)
goes only when it counts the pieces: review18b's cases, on invented text.

* a short line glued under the last piece's text counts its pieces with a piece counter
  (件, 则, 起 …), never a generic one (条, 点, 名) that counts the piece's own items;
* a count equal to the last piece's own enumerated list is that list's;
* a long remark opened by a demonstrative over a count ('这2名干部…') speaks of people,
  no pieces, unless its counter names pieces ('这三起问题…').
"""

from __future__ import annotations

import pytest

from cleaner.config import PipelineConfig
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split_tally import tally_close

B1 = (
    "这是一段比较长的正文，讲述了街道在过去一年里开展的工作，以及住户们的反响和评价，内容比较丰富。"
)
B2 = "住户们纷纷表示，这些活动让大家的生活更方便了，邻里之间的关系也比以前融洽了许多。"
RULES = (
    "为了让院子更整洁，丙街道和住户一起商量，定下了几条规矩。\n"
    "一、院里不堆放杂物。\n二、电动车不进楼道。\n三、垃圾按时投放。"
)


def _page(close: str) -> str:
    return (
        f"街道工作简报\n\n第一篇　甲街道的做法\n\n{B1}\n\n{B2}\n\n"
        f"第二篇　乙街道的做法\n\n{B2}\n\n{B1}\n\n"
        f"第三篇　丙街道的做法\n\n{B1}\n{RULES}\n{close}\n"
    )


@pytest.mark.parametrize(
    "close", ["以上三条，请大家遵守。", "以上3条均须遵守。", "以上三点，望周知。"]
)
def test_a_count_of_the_last_piece_s_own_list_stays(close: str) -> None:
    res = Pipeline(PipelineConfig()).process(RawInput("p.txt", _page(close).encode()), 0)
    assert len(res.articles) == 3
    assert any(close in a.text for a in res.articles)
    assert not [c for c in res.changes if c.rule == "split.page_close"]


BODY = ["理由：", "这里是一段说明文字，写得比较长一些，讲清楚了事情的经过。"]
SEGS = [(1, 4, (0, "h", "")), (5, 9, (4, "h", ""))]


def _closed(close: str) -> list[str]:
    return ["第1号", *BODY, "经办　某局", "第2号", *BODY, "经办　某局", close]


LONG = "，后来都受到了相应的处理，各单位要引以为戒，把这项工作抓紧抓实抓到位，切实维护群众利益。"


@pytest.mark.parametrize("close", ["这2名干部" + LONG, "这两位同志" + LONG, "这2户人家" + LONG])
def test_a_demonstrative_over_people_opens_no_close(close: str) -> None:
    assert tally_close(_closed(close), SEGS, taken={3, 7}) == []


@pytest.mark.parametrize("close", ["这两起问题" + LONG, "这2件事" + LONG, "上述两则案例" + LONG])
def test_a_remark_counting_the_pieces_closes_the_page(close: str) -> None:
    assert tally_close(_closed(close), SEGS, taken={3, 7}) == [8]


def test_a_glued_tally_with_a_piece_counter_still_goes() -> None:
    page = ["第1号", *BODY, "第2号", *BODY, "以上议案共2件，均已审议完毕。"]
    assert tally_close(page, [(1, 3, (0, "h", "")), (4, 7, (3, "h", ""))]) == [6]
