"""Single articles that look like the shape-run fallback's last-resort compilations
(:mod:`cleaner.stages.split_shape_marks`, :mod:`cleaner.stages.split_shape_titled`,
:mod:`cleaner.stages.split_shape_confirm`): a feature's subheads under rules, a photo
story's captions under ``（图）``, a travelogue's dated sections, subheads with decks, a
chronicle with no lead, subheads ending in a place.  Each stays ONE article with its
headline and byline kept; the same pieces with a confirmation (an issue mark, a stated
count) still split.  Every word is invented.
"""

from __future__ import annotations

import json

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_shape_marks import mark_kind
from cleaner.stages.split_shape_titled import decorated
from tests.stages.stage_runs import split

P = [
    "河堤上的柳树抽出了新芽，早起锻炼的老人沿着步道慢慢走，远处传来渡船的汽笛声。",
    "社区活动室里摆满了孩子们的手工作品，纸折的小船和彩泥捏的动物排成了长长一列。",
    "今年冬天雪下得少，果园的主人担心来年的收成，一有空就去地里查看树根的情况。",
    "新开的夜市每到周末就挤满了人，烤红薯的摊位前排起了队，香味飘出去老远。",
    "图书馆把旧报纸做成了电子档案，读者在电脑上就能翻到几十年前的本地新闻。",
    "老街的石板路重新铺过以后，下雨天再也不会积水，路边的小店也多了起来。",
]
SUB = ["水乡清晨", "古桥夜色", "茶馆闲话"]
HEADLINE, BYLINE = "江南七日行", "文/林小满"


def _sections(heads: list[list[str]]) -> list[str]:
    out: list[str] = []
    for n, rows in enumerate(heads):
        out += [*rows, P[2 * n], P[2 * n + 1]]
    return out


def _verdicts(lines: list[str]) -> list[str]:
    ed = Editor("p", "\n".join(lines) + "\n")
    SplitStage()(ed)
    return [
        json.loads(c.ref or "{}").get("verdict", "")
        for c in ed.changes
        if c.rule == "split.shape_run"
    ]


def _one(lines: list[str]) -> None:
    arts = split(lines)
    assert len(arts) == 1, [a.title for a in arts]
    kept = "\n".join([arts[0].title, arts[0].text, *map(str, arts[0].meta.values())])
    for s in lines:  # nothing cut away as a page prefix: headline and byline kept
        assert s in kept or s.split("/")[-1] in kept, s
    assert "split" not in _verdicts(lines)


FEATURE = [HEADLINE, BYLINE, *_sections([["◆◆◆", s] for s in SUB])]
PHOTO = [
    "小城春日",
    *_sections([["（图）", c] for c in ("村民在田间插秧", "孩子们放风筝", "老人晒太阳")]),
]
TRAVEL = [
    "江南游记",
    *_sections(
        [[f"{w}（3月{n + 2}日）"] for n, w in enumerate(("初到乌镇", "夜宿西塘", "告别周庄"))]
    ),
]
DECKS = [
    HEADLINE,
    *_sections(
        [
            [s, d]
            for s, d in zip(SUB, ("——乌镇的第一天", "——西塘的夜晚", "——周庄的早茶"), strict=True)
        ]
    ),
]
CHRONICLE = _sections(
    [[f"2023-03-{10 + 7 * n}", w] for n, w in enumerate(("植树活动", "读书分享", "义诊下乡"))]
)
PLACES = [
    "老街食记",
    BYLINE,
    *_sections(
        [
            [f"{w}——{p}"]
            for w, p in (("清晨的豆浆", "老街"), ("午后的茶", "河埠"), ("夜里的馄饨", "桥头"))
        ]
    ),
]


@pytest.mark.parametrize(
    "lines",
    [FEATURE, PHOTO, TRAVEL, DECKS, CHRONICLE, PLACES],
    ids=["feature", "photo", "travelogue", "decks", "chronicle", "places"],
)
def test_single_article_look_alikes_stay_one(lines: list[str]) -> None:
    _one(lines)


@pytest.mark.parametrize("mark", ["（图）", "（续）", "……", "——", "→→"])
def test_caption_and_punctuation_lines_are_no_marks(mark: str) -> None:
    assert mark_kind(mark) is None
    _one(
        [
            "小城春日",
            *_sections([[mark, c] for c in ("村民在田间插秧", "孩子们放风筝", "老人晒太阳")]),
        ]
    )


def test_an_end_word_marks_only_the_closing_position() -> None:
    assert mark_kind("（完）") == "end" and mark_kind("※※※") == "rule"
    # （完） OVER each section: an end word never opens a piece
    _one(["某社区月刊 第七期", *_sections([["（完）", s] for s in SUB])])


def test_a_place_after_a_dash_is_no_author() -> None:
    assert decorated("清晨的豆浆——老街") is None
    assert decorated("清晨的豆浆——林小满") == ("credit", "清晨的豆浆", "林小满")


def test_byline_in_the_head_vetoes_even_with_an_issue_mark() -> None:
    _one(["某社区月刊 第七期", BYLINE, *_sections([["◆◆◆", s] for s in SUB])])


def test_confirmed_pieces_still_split() -> None:
    issue = ["某社区月刊 第七期", *_sections([["◆◆◆", s] for s in SUB])]
    assert [a.title for a in split(issue)] == SUB
    stated = ["本期三篇", *FEATURE[2:]]
    assert [a.title for a in split(stated)] == SUB
    # the same feature without the confirmation: flagged, not split
    assert _verdicts(["游记", *FEATURE[2:]]) == ["unsure"]
