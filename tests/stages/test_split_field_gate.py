"""The page gate of the row readers inside a piece (issue 15): ``front_rows`` asks the
split stage's row reader only about the lines it may read fields from
(:func:`cleaner.stages.split_meta_rows.may_read_fields`: a field mark, or a lenticular
bracket opening the line), and finds the same rows as when every line is asked.
Every word is invented.
"""

from __future__ import annotations

import pytest

import cleaner.stages.split_papers as split_papers
from cleaner.stages.split import SplitStage
from cleaner.stages.split_meta_rows import may_read_fields
from cleaner.stages.split_page import PageLines
from cleaner.stages.split_papers import front_rows

STAGE = SplitStage()
BODY = "本文讨论了山区小水电站的运行维护问题，并给出了若干可行的改进办法。"

PAGES = [
    # colon-labelled cells apart by wide gaps
    [
        "山区小水电站的运行维护",
        "摘要：" + BODY,
        "关键词：水电站；维护",
        "发文机关：某局　发文字号：某发〔2031〕3号　成文日期：2031-03-04",
        BODY,
    ],
    # bracketed labels
    [
        "河道清淤的几点体会",
        BODY,
        "【发布单位】某局【发布文号】某发〔2031〕5号【发布日期】2031-05-06",
        BODY,
    ],
    # a bar between the cells
    [
        "渡槽加固的做法",
        "摘要：" + BODY,
        "索引号：001-2031 | 发布机构：某局 | 发布日期：2031-05-06",
        BODY,
    ],
]


def _rows(page: list[str]) -> list[tuple[int, dict[str, str]]]:
    return front_rows(list(range(len(page))), PageLines(page), STAGE.parse_meta_line)


@pytest.mark.parametrize("page", PAGES)
def test_same_rows_with_and_without_the_gate(
    page: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _rows(page)
    assert [i for i, _ in gated] == [len(page) - 2]
    with monkeypatch.context() as m:  # every line asked
        m.setattr(split_papers, "may_read_fields", lambda lines, i: True)
        assert _rows(page) == gated


def test_lines_without_a_mark_are_not_asked() -> None:
    """A title and prose hold no field mark: never read; a lenticular row is, though
    it holds none (its items are read before the marks are asked)."""
    page = ["渡槽加固的做法", "本文讨论了渡槽的加固做法并给出建议。", "〔发布日期〕2031-05-06"]
    page += ["文献标识码：A"]
    assert [may_read_fields(page, i) for i in range(4)] == [False, False, True, True]
    padded = ["  ┃〖编号〗甲-7", "丙"]  # white space and box drawing before the bracket
    assert may_read_fields(padded, 0) and not may_read_fields(padded, 1)
