"""The readers' shared date vocabulary (split_dates: YMD, YMD_DAY, HAN_YMD, DATE).

Readers that wrote the full date again each (a clock widget, a row's serial, a dateline, a
masthead's date row, a folio head's day, a desk's posting stamp, a page title's stamp) now
build on one pattern, so every one of them reads the date forms the others read: the
full-width slash (``2024／03／02``) included, which six of them had left out.  Look-alikes
(a year alone, a two-digit year, a serial with a year in it, a date inside a sentence) stay
what they were.  Every date is invented.
"""

from __future__ import annotations

import re

import pytest

from cleaner.stages.clock_widgets import clock_widget
from cleaner.stages.date_stamp import stamp_line
from cleaner.stages.row_serials import row_serial
from cleaner.stages.split_dates import DATE, HAN_YMD, YMD, YMD_DAY, normalise_date


@pytest.mark.parametrize(
    "s",
    ["2024-03-02", "2024/3/2", "2024.03.02", "2024年3月2日", "2024 年 3 月 2 日", "2024／03／02"],
)
def test_a_full_date_in_figures_is_one_date(s: str) -> None:
    assert re.fullmatch(YMD_DAY, s)
    m = DATE.fullmatch(s.rstrip("日 "))
    assert m is not None
    assert (int(m[1]), int(m[2]), int(m[3])) == (2024, 3, 2)
    assert normalise_date(s) == "2024-03-02"


@pytest.mark.parametrize(
    "s",
    ["2024年3月", "24-03-02", "2024", "3月2日", "2024-03", "二〇二四年三月二日", "2024_03_02"],
)
def test_no_full_date_in_figures(s: str) -> None:
    assert re.fullmatch(YMD_DAY, s) is None
    assert re.fullmatch(YMD, s) is None


def test_the_han_form_wants_every_word() -> None:
    assert re.fullmatch(HAN_YMD, "2021年3月9日")
    assert re.fullmatch(HAN_YMD, "2021 年 3 月 9 日")
    assert re.fullmatch(HAN_YMD, "2021-03-09") is None
    assert re.fullmatch(HAN_YMD, "2021年3月9") is None


@pytest.mark.parametrize(
    "line",
    [
        "2024／03／02 周六 晴 12℃",  # the full-width slash, the day's weather
        "今天是2024／3／2 星期六 农历正月廿二",
        "北京时间 2024／03／02 09:41:07",
    ],
)
def test_a_clock_widget_with_a_full_width_slash(line: str) -> None:
    assert clock_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "2024／03／02 星期六",  # a date and its weekday alone: an issue's day, left to the packs
        "发布时间：2024／03／02 09:41",  # a piece's dated row
        "截至2024／03／02，全县晴天共12天。",  # a sentence
    ],
)
def test_no_clock_widget_with_a_full_width_slash(line: str) -> None:
    assert not clock_widget(line)


def test_a_row_dated_with_a_full_width_slash_has_no_serial() -> None:
    assert row_serial("2023／05／04　某某处") is None
    assert row_serial("2023-05-04　某某处") is None
    # a code holding a year and a running number is still a serial
    assert row_serial("No.2023-088　·　发布于 2023／05／04") == ("No.2023-#", 88)


@pytest.mark.parametrize("line", ["2019／11／20 06:02", "2019／11／20", "2019-11-20 06:02"])
def test_a_dateline_with_a_full_width_slash(line: str) -> None:
    assert stamp_line(line)


@pytest.mark.parametrize("line", ["2019／11／20 大桥通车", "第2019／11号", "2019／11"])
def test_no_dateline(line: str) -> None:
    assert not stamp_line(line)
