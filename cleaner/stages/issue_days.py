"""The day an issue gives every piece it carries, over a piece's own signing day.

A periodical's issue (a gazette's, a bulletin's, a newsletter's) prints its number and
its date in its head (``第 32 期　2023年11月3日（星期五）``, ``第47期　2022年3月16日``):
every piece in it was published that day.  A piece of the issue closed by a sign-off
(``二零二三年十一月一日`` over the signer) dates its signing, not its publication: the
issue's day is the piece's ``published`` (issue 12).  A head date without an issue's
number (a blog's digest, a board's list) proves nothing of the kind: a piece's own
sign-off date stays its own there.  Nor does a numbered session of a gathering (a
training cohort's ``第3期青年干部培训班``, a reading club's ``读书会第12期``, a row naming an
event): its 第N期 counts meetings, no issues (``[masthead] session_words``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table

__all__ = ["HEAD_LINES", "issue_day", "issue_number", "session"]

#: An issue's number as a periodical prints it: 第 N 期 or 第 N 卷 (Arabic, full-width or
#: Chinese numerals, spaces allowed).  A document's number (第 19/2022 號) is no issue's.
_ISSUE = re.compile(r"第\s*[0-9０-９一二三四五六七八九十百〇零两]{1,5}\s*[期卷]")
#: How many of the head's lines may hold the issue's row (its title, a part, the row).
HEAD_LINES = 4
#: the Han words glued before a 第N期 (its series' or its gathering's name) and after it
_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,12}) ?$")
_AFTER = re.compile(r"^([\u4e00-\u9fff]{1,12})")


@lru_cache(maxsize=1)
def _session_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a gathering (``[masthead] session_words``) and of an event
    (``[meta] event_words``) of ``cleaner/rules/headers.toml``."""
    t = load_table("headers")
    return tuple(t["masthead"]["session_words"]), tuple(t["meta"]["event_words"])


def session(line: str) -> bool:
    """Whether every 第N期 of ``line`` numbers a session of a gathering (a cohort, a
    club's meeting), no periodical's issue: a word of a gathering glued after it
    (``第3期青年干部培训班``) or closing the name glued before it (``读书会第12期``), or an
    event's word on the row.

    >>> session("第3期青年干部培训班　2023年11月3日"), session("枫林读书会第12期　2023年11月3日")
    (True, True)
    >>> session("第 32 期　2023年11月3日（星期五）"), session("某某工作简报第32期　2023年11月3日")
    (False, False)
    >>> session("2023年第5期　总第120期"), session("第五期活动回顾　2023年11月3日")
    (False, True)
    """
    gathering, events = _session_words()
    if any(w in line for w in events):
        return True
    for m in _ISSUE.finditer(line):
        before = _BEFORE.search(line[: m.start()])
        after = _AFTER.search(line[m.end() :])
        if not (
            (before is not None and before.group(1).endswith(gathering))
            or (after is not None and any(w in after.group(1) for w in gathering))
        ):
            return False  # an issue's number: its series' name, a gap or a date beside it
    return True


def issue_number(line: str) -> bool:
    """Does ``line`` name a periodical's issue number (``第8期``), no gathering's session?

    >>> issue_number("2021年第8期　发布：2021-05-16"), issue_number("第3期青年干部培训班")
    (True, False)
    >>> issue_number("发布：2021-05-16　来源：某网")
    False
    """
    return _ISSUE.search(line) is not None and not session(line)


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

    A session of a gathering is no issue (:func:`session`):

    >>> issue_day(["第3期青年干部培训班　2023年11月3日"], "2023-11-03", d) is None
    True
    """
    if not day:
        return None
    for line in [ln.strip() for ln in head if ln.strip()][:HEAD_LINES]:
        if _ISSUE.search(line) and not session(line) and date_of(line) == day:
            return day
    return None
