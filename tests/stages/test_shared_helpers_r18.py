"""One definition each for a day's row and for full-width digits (review18 #9).

The repair's gap judge (:func:`cjk_row_gaps.dated_row_gap`) reads a day's row as the
split does (:func:`split_dated_rows.dated_row`); every reader turns full-width digits
into ASCII with :func:`split_numerals.fw_digits`.  Every word is invented.
"""

from __future__ import annotations

import pytest

from cleaner.stages.cjk_row_gaps import dated_row_gap
from cleaner.stages.split_cell_heads import cell_head
from cleaner.stages.split_dated_rows import dated_row
from cleaner.stages.split_numerals import fw_digits

ROWS = [
    "2021年11月3日　星期三　阴",
    "2020-02-29　周六　小雪转晴",
    "2018/7/1　礼拜天",
    "2022.12.31 周六　大风",  # an ASCII space before the weekday, a wide gap after it
]
NOT_ROWS = [
    "2021年11月3日　我们到了山脚下，开始往上爬。",  # a sentence after the date
    "他说　晴",  # no date
    "2021年11月　星期三",  # no day
    "2021-11-03　一　二　三　四",  # four cells: a table row, not a day's
]


@pytest.mark.parametrize("row", ROWS)
def test_a_days_row_keeps_its_wide_gaps_in_both_stages(row: str) -> None:
    assert dated_row(row) is not None
    assert dated_row_gap(row, "\u3000")
    assert not dated_row_gap(row, " ")  # an ASCII space is judged as any other


@pytest.mark.parametrize("line", NOT_ROWS)
def test_no_days_row_no_kept_gap(line: str) -> None:
    assert dated_row(line) is None
    assert not dated_row_gap(line, "\u3000")


def test_full_width_digits_become_ascii_and_nothing_else_changes() -> None:
    assert fw_digits("第０７期　２０２３年") == "第07期　2023年"
    assert fw_digits("一二三ⅣⅤ①") == "一二三ⅣⅤ①"  # other numerals untouched
    assert cell_head("０３｜专题｜某镇修好了村道") == (3, "某镇修好了村道")
