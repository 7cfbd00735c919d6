"""The day an issue gives every piece it carries, over a piece's own signing day.

A periodical's issue (a gazette's, a bulletin's, a newsletter's) prints its number and
its date in its head (``第 32 期　2023年11月3日（星期五）``, ``第47期　2022年3月16日``):
every piece in it was published that day.  A piece of the issue closed by a sign-off
(``二零二三年十一月一日`` over the signer) dates its signing, not its publication: the
issue's day is the piece's ``published`` (issue 12).  A head date without an issue's
number (a blog's digest, a board's list) proves nothing of the kind: a piece's own
sign-off date stays its own there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["HEAD_LINES", "issue_day"]

#: An issue's number as a periodical prints it: 第 N 期 or 第 N 卷 (Arabic, full-width or
#: Chinese numerals, spaces allowed).  A document's number (第 19/2022 號) is no issue's.
_ISSUE = re.compile(r"第\s*[0-9０-９一二三四五六七八九十百〇零两]{1,5}\s*[期卷]")
#: How many of the head's lines may hold the issue's row (its title, a part, the row).
HEAD_LINES = 4


def issue_day(head: list[str], day: str | None, date_of: Callable[[str], str | None]) -> str | None:
    """``day`` (the compilation's head date) when a line among the head's first
    :data:`HEAD_LINES` names an issue's number beside that very date (``date_of`` reads
    a line's date), else None.

    >>> from cleaner.stages.split_dates import normalise_date
    >>> def d(line):
    ...     return normalise_date(line.split("　")[-1].split("（")[0])
    >>> issue_day(["某某公报", "第 32 期　2023年11月3日（星期五）"], "2023-11-03", d)
    '2023-11-03'
    >>> issue_day(["某某简讯", "第三期　2023年11月3日"], "2023-11-03", d)
    '2023-11-03'
    >>> issue_day(["本周合集", "2023年11月3日"], "2023-11-03", d) is None
    True
    >>> issue_day(["第 19/2022 號批示　2023年11月3日"], "2023-11-03", d) is None
    True
    >>> issue_day(["某某公报", "第 32 期　2023年11月3日"], "2023-11-05", d) is None
    True
    """
    if not day:
        return None
    for line in [ln.strip() for ln in head if ln.strip()][:HEAD_LINES]:
        if _ISSUE.search(line) and date_of(line) == day:
            return day
    return None
