"""A separator line above the title ('=====', '※※※') is not the title (a GBK novel
export opened with a row of '=' took it as its title); the line stays in the text."""

from __future__ import annotations

import pytest

from cleaner.edits import Editor
from cleaner.stages.split import SplitStage
from cleaner.stages.split_titles_lines import rule_line

BODY = ["作者：某某", "内容简介：", "这是一个关于远方小城的故事，讲的是一位守灯人的一生。"]


def _split(lines: list[str]) -> list[object]:
    return SplitStage()(Editor("p", "\n".join(lines) + "\n"))


@pytest.mark.parametrize("rule", ["=" * 40, "※ ※ ※", "——————", "* * *"])
def test_title_below_a_separator(rule: str) -> None:
    drafts = _split([rule, "灯塔守望者", *BODY])
    assert [d.title for d in drafts] == ["灯塔守望者"]  # type: ignore[attr-defined]
    assert rule in drafts[0].text  # type: ignore[attr-defined]


def test_two_separator_lines_are_skipped() -> None:
    drafts = _split(["=" * 20, "-" * 20, "灯塔守望者", *BODY])
    assert drafts[0].title == "灯塔守望者"  # type: ignore[attr-defined]


@pytest.mark.parametrize("first", ["2021", "第一章", "A"])
def test_a_line_with_a_letter_digit_or_ideograph_can_be_the_title(first: str) -> None:
    assert not rule_line(first)
    drafts = _split([first, "灯塔守望者", *BODY])
    assert drafts[0].title.startswith(first)  # type: ignore[attr-defined]


def test_a_page_of_only_a_separator_keeps_it() -> None:
    # nothing below it: the line is all there is, and it stays the title
    drafts = _split(["=" * 10])
    assert drafts and drafts[0].title == "=" * 10  # type: ignore[attr-defined]


@pytest.mark.parametrize("placeholder", ["□□□", "×××"])
def test_a_placeholder_title_is_not_a_separator(placeholder: str) -> None:
    # '□□□' stands for a title the source lost: the line below is the author, not a title
    drafts = _split([placeholder, "某某", "诗句一行，诗句一行。", "诗句二行，诗句二行。"])
    assert drafts[0].title == placeholder  # type: ignore[attr-defined]
