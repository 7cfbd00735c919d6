"""A line that is a date (and a time) alone, a dateline: never a headline, never a
title's line (:mod:`title_shape`).
"""

from __future__ import annotations

import re

from cleaner.stages.split_dates import YMD_DAY

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# a line that is a date and maybe a time alone: 'Nov. 20, 2019 6:02 AM EST',
# 'Friday, 20 November 2019', '2019-11-20 06:02'
_STAMP = re.compile(
    rf"(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|{YMD_DAY})"
    r"(?:\s*(?:,|at|\|)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?\s*$"
)


def stamp_line(line: str) -> bool:
    """Whether ``line`` is a date (and a time) alone, a dateline, never a headline.

    >>> stamp_line("Nov. 20, 2019 6:02 AM EST"), stamp_line("2019-11-20 06:02")
    (True, True)
    >>> stamp_line("Nov. 20, 2019: the day the bridge opened")
    False
    """
    return bool(_STAMP.match(line.strip()))
