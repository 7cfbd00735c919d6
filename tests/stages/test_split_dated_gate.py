"""The page gate of the dated-rows reader (issue 15): a page holding no digit has no
row opening with a date, so :func:`cleaner.stages.split_dated_rows.dated_rows` answers
an empty run at once; where the page holds a digit the rows found are the same as when
every line is asked.  Every word is invented.
"""

from __future__ import annotations

import pytest

import cleaner.stages.split_dated_rows as dated
from cleaner.stages.split_dated_rows import DatedRun, dated_rows
from cleaner.stages.split_page import PageLines

BODY = "清早我们沿着渠道走了一圈，发现两处闸门漏水，当场请师傅换了密封条。"


def _log(days: list[str]) -> list[str]:
    page = ["某渠道管理站工作日志"]
    for n, day in enumerate(days):
        page += [day, f"巡查第{n + 1}段渠道", "地点：南干渠｜记录：站里", BODY]
    return page


PAGES = [
    _log(["2031年4月2日　星期三　晴", "2031年4月9日　星期三　阴"]),  # years and days in words
    _log(["2031-05-06　多云", "2031-05-13　小雨"]),  # ISO dates
    _log(["２０３１年６月３日　星期二", "２０３１年６月１０日　星期二"]),  # full-width digits
    _log(["二〇三一年七月一日　星期二", "二〇三一年七月八日　星期二"]),  # no digit at all
]


def _run(page: list[str]) -> DatedRun:
    return dated_rows(PageLines(page), lambda label: None)


@pytest.mark.parametrize("page", PAGES)
def test_same_run_with_and_without_the_gate(
    page: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = _run(page)
    with monkeypatch.context() as m:  # the gate never fires: every line asked
        m.setattr(dated, "_DIGIT", type("Any", (), {"search": staticmethod(lambda s: True)}))
        assert _run(page) == gated


def test_digit_rows_are_found_and_a_page_without_digits_has_none() -> None:
    assert [t for _, _, t, _ in _run(PAGES[1]).keyed] == ["巡查第1段渠道", "巡查第2段渠道"]
    assert _run(PAGES[3]) == DatedRun()  # the look-alike: dates in Han numerals
