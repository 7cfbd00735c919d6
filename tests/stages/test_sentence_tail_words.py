"""An info bar parted by single spaces that ends in a sentence keeps the sentence's
opening words too (issue 12): :func:`cleaner.stages.split_row_cells.sentence_tail`
reaches leftwards over words that are no field, never over a label, a figure, a bare
label's value or a name that a credit before it owns (the readers read ``作者：李某 王某``
as two authors).  Invented text."""

from __future__ import annotations

from functools import partial

import pytest

from cleaner.edits import Edit
from cleaner.stages.boilerplate import keep_table
from cleaner.stages.split_row_cells import kept_cells, sentence_tail

_READ = partial(keep_table().split.meta.shaped_row, near_title=True)


@pytest.mark.parametrize(
    ("row", "kept"),
    [
        # the sentence's opening words, parted by a space, are kept with it
        (
            "发布时间：2032-03-07 来源：某晚报 今年春季 全市植树三万棵，成活率超过九成。",
            "今年春季 全市植树三万棵，成活率超过九成。",
        ),
        (
            "发布时间：2032-03-07 来源：某晚报 据悉 本届 赛事吸引了二十支队伍，为历届之最。",
            "据悉 本届 赛事吸引了二十支队伍，为历届之最。",
        ),
        # a second name is the credit's: it stays a field
        (
            "发布时间：2032-03-07 作者：赵某 钱某某 本届赛事吸引了二十支队伍，为历届之最。",
            "本届赛事吸引了二十支队伍，为历届之最。",
        ),
        # a bare label's value, a counter, a date: fields
        (
            "发布时间：2032-03-07 来源： 某晚报 本届赛事吸引了二十支队伍，为历届之最。",
            "本届赛事吸引了二十支队伍，为历届之最。",
        ),
        (
            "发布时间：2032-03-07 来源：某晚报 阅读 35次 赛事吸引了二十支队伍，为历届之最。",
            "赛事吸引了二十支队伍，为历届之最。",
        ),
        (
            "来源：某晚报 2032-03-07 赛事吸引了二十支队伍，为历届之最。",
            "赛事吸引了二十支队伍，为历届之最。",
        ),
    ],
)
def test_sentence_reaches_over_loose_words(row: str, kept: str) -> None:
    assert sentence_tail(row, _READ) == kept


def test_row_keeps_the_whole_sentence_and_records_the_fields() -> None:
    row = "发布时间：2032-03-07 来源：某晚报 今年春季 全市植树三万棵，成活率超过九成。\n"
    edit = kept_cells(
        row,
        Edit(0, len(row), "", "boilerplate.publish_info", "delete"),
        _READ,
        rule="publish_info",
        gaps=True,
    )
    assert edit.action == "replace"
    assert edit.after == "今年春季 全市植树三万棵，成活率超过九成。\n"


def test_no_field_left_no_reach() -> None:
    # the words before the sentence would leave the row nothing a reader reads
    assert sentence_tail("某晚报 今年春季 全市植树三万棵，成活率超过九成。", _READ) is None
