"""A contents list is no run of article headers: its entries sit one under the other with
no text between.  Found reading a real book index page by eye (its chapter list kept by
the ``numbered_list`` fallback): a page of '第一篇 …' entries lost all its text to empty
pieces, and a compilation with its contents above it came out as one piece under the
last entry's title.  A compilation whose pieces hold bodies still splits, with or
without a contents list above it.  Every word is invented."""

from __future__ import annotations

from cleaner.config import PipelineConfig
from cleaner.edits import Editor
from cleaner.model import RawInput
from cleaner.pipeline import Pipeline
from cleaner.stages.split import SplitStage, contents_list

NUMS = "一 二 三 四 五 六".split()
NAMES = ["雾港的故事", "铁桥的故事", "灯塔的故事", "盐田的故事", "北坡的故事", "竹篮的故事"]
BODIES = [
    "港口的雾每天清晨升起，渡船少年撑着竹篙靠岸，岸上的人们早已等候多时。",
    "铁桥横跨河面，桥下的船只来来往往，桥头的茶摊从早到晚都坐满了人。",
    "灯塔的光一夜转过海面，守塔的老人每晚点灯前都要擦一遍玻璃罩。",
]
HEAD = ["雾港旧事", "", "一个渡船少年，一座起雾的港口。", ""]
CONTENTS = [f"第{n}篇 {t}" for n, t in zip(NUMS, NAMES, strict=True)]


def drafts(lines: list[str]):  # type: ignore[no-untyped-def]
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


def pieces(n: int) -> list[str]:
    out: list[str] = []
    for k in range(n):
        out += [f"第{NUMS[k]}篇 {NAMES[k]}", "", BODIES[k], ""]
    return out


def test_a_page_that_is_only_a_contents_list_stays_whole() -> None:
    d = drafts([*HEAD, *CONTENTS])
    assert len(d) == 1
    assert all(line in d[0].text for line in CONTENTS)
    assert "一个渡船少年，一座起雾的港口。" in d[0].text


def test_a_compilation_under_its_contents_splits_at_its_pieces() -> None:
    d = drafts([*HEAD, "目录", *CONTENTS[:3], "", *pieces(3)])
    assert [x.title for x in d] == NAMES[:3]
    assert [x.text for x in d] == BODIES


def test_a_compilation_without_contents_still_splits() -> None:
    d = drafts([*HEAD, *pieces(3)])
    assert [x.title for x in d] == NAMES[:3]


def test_one_line_pieces_are_pieces_not_contents() -> None:
    # each piece a single line of text under its header: bodies, so a compilation
    lines = [*HEAD]
    for k in range(3):
        lines += [f"第{NUMS[k]}篇 {NAMES[k]}", BODIES[k]]
    assert [x.title for x in drafts(lines)] == NAMES[:3]


def test_contents_list_shape() -> None:
    strip = ["a", "b", "c", "", "d", "x", "e"]
    assert contents_list([0, 1, 2, 4], strip)  # blank lines between are no text
    assert not contents_list([0, 1], strip)  # two entries are too few to tell
    assert not contents_list([0, 1, 2, 4, 6], strip)  # 'x' is a body


def test_a_contents_page_keeps_its_text_end_to_end() -> None:
    text = "\n".join([*HEAD, *CONTENTS]) + "\n"
    res = Pipeline(PipelineConfig()).process(RawInput(source="p.txt", data=text.encode()), 0)
    kept = "\n".join(a.text for a in res.articles)
    assert all(line in kept for line in CONTENTS)
