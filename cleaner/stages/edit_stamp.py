"""The day of a reference entry's last edit, from the stamp the boilerplate stage removed.

A wiki or an encyclopedia prints no publish date: its entry closes with a stamp of the
last edit, a label naming the edit (``最近更新：``, ``最后修订于``), maybe who made it, and
the day (``最近更新：某编辑（2021-03-09）``).  The row is chrome to the boilerplate stage
(a site's repeat, an info bar) and stays on its record; its day is the entry's date.
Taken only from exactly one such removed line on the page (several: a list's or a
history's rows) and only when nothing else gave the page a date.  Labels are data
(``[meta] edit_verbs`` in ``headers.toml``); an English 'Updated' stamp names another day
than the publish one and is not read here.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.edits import Editor
from cleaner.provenance import is_compact
from cleaner.rules import load_table
from cleaner.stages.split_dates import normalise_date

#: a stamp line is at most this long
STAMP_MAX_CHARS = 60


@cache
def _stamp() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, load_table("headers")["meta"]["edit_verbs"]))
    return re.compile(
        rf"^(?:最近|最后|最新|上次)(?:{verbs})(?:时间|日期|于)?[ \t]*[:：]?[ \t]*"
        r"[^\n]{0,24}?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[^\n]{0,12}$"
    )


def stamp_day(line: str) -> str | None:
    """The day of one last-edit stamp line, or None when the line is none.

    >>> stamp_day("最近更新：某编辑（2021-03-09）"), stamp_day("最后修订于 2020年5月6日")
    ('2021-03-09', '2020-05-06')
    >>> stamp_day("更新时间：2021-03-09") is None  # no 'last': a news page's own label
    True
    """
    line = line.strip()
    if len(line) > STAMP_MAX_CHARS or _stamp().match(line) is None:
        return None
    return normalise_date(line)


def edit_stamp_date(ed: Editor) -> str | None:
    """The day of the one last-edit stamp the boilerplate stage removed, or None (none,
    or several)."""
    days = [
        day
        for c in ed.ledger
        if c.stage == "boilerplate" and c.action == "delete" and not is_compact(c)
        for line in c.before.split("\n")
        if (day := stamp_day(line)) is not None
    ]
    return days[0] if len(days) == 1 else None
