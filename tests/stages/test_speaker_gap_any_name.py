"""A stray space in a quoted speaker's line, whatever the speaker's name (review 19c #4).

Class: **a line ``ROLE　NAME：…`` (a typeset gap before the speaker's name) holding one
narrow stray space inside a word of the speech**.  The speaker's gap is no list item gap
whether the name is a nickname, a given name alone, or a full name; the stray space goes
even when the letters around it happen to be family names (a family-name letter inside
running prose is no name).  Look-alikes: two real names parted by the gap (a unit on each
side, closed by a mark or a count word) and a notice's row label (``主办：``, ``周四：``)
keep their gaps.  Every word is invented.
"""

from __future__ import annotations

import pytest

from tests.stages.stage_runs import repair


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [
        (
            "听众\u3000阿峰：这期节目讲得很透 彻，希望多做几期。",
            "听众\u3000阿峰：这期节目讲得很透彻，希望多做几期。",
        ),
        (
            "居民\u3000老周：楼道里的灯终于修好了，晚上回家不再摸 黑了。",
            "居民\u3000老周：楼道里的灯终于修好了，晚上回家不再摸黑了。",
        ),
        (
            "顾问\u3000孙明远：项目的进度 安排还需要再细化一些。",
            "顾问\u3000孙明远：项目的进度安排还需要再细化一些。",
        ),
        (
            "村干部\u3000钱二：今年修渠的钱全 部到位了，秋后就能开工。",
            "村干部\u3000钱二：今年修渠的钱全部到位了，秋后就能开工。",
        ),
        (
            "家长\u3000许敏：学校组织的研学活动很有意义，孩子回来一直讲个不 停。",
            "家长\u3000许敏：学校组织的研学活动很有意义，孩子回来一直讲个不停。",
        ),
    ],
    ids=["nickname", "lao-nickname", "surname-letters", "quan-bu", "plain"],
)
def test_a_stray_space_in_any_speaker_s_line_goes(damaged: str, fixed: str) -> None:
    assert repair(damaged + "\n").strip() == fixed


@pytest.mark.parametrize(
    "line",
    [
        "主持人\u3000网友小林：今天请到的是高远 马丁两位老师。",
        "记者\u3000阿青：参加座谈的有何平 胡乐、郑一等人。",
        "排班表\u3000周四：白晶 杜川，请提前十分钟到岗。",
        "合作单位\u3000协办：市书协 市美协，指导：市文联。",
    ],
    ids=["names-count", "names-comma", "roster-label", "credit-label"],
)
def test_two_names_or_a_row_label_keep_their_gaps(line: str) -> None:
    assert repair(line + "\n").strip() == line
