"""A status stamp over each bare title: a notice board's pieces marked by their state alone.

A venue's or an office's board prints each notice under a stamp of its state, a glyph and a
word of two to four letters alone on a line (``▣ 生效中``, ``◇ 待生效``, ``▨ 已结束``,
``● 进行中``), then the notice's bare title (``关于某馆周末场地使用安排的公告``), then its
text; no number, no rule, no tag.  The stamp is the only mark where a notice starts: it is
the piece's header row (metadata of neither kind: a state the board shows today, no field
of the notice), the title under it the piece's title and first line of text.

:func:`state_stamp_run` reads the run by its shape: two stamps or more, EVERY stamp-shaped line of
the page in it, each right over a line that closes as a document's title does
(``[meta] title_endings``: 通知, 公告 …) and is no sentence, each piece holding two lines of
text or more under its title.  A bulleted list (``● 甲类``) heads no document titles; a
section heading (``◆ 背景``) stands over prose: neither is a run.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_page import nonempty, stripped

__all__ = ["state_stamp_run"]

#: a stamp: one glyph (a geometric shape, a symbol or a dingbat), a space or none, and a
#: word of two to four Han letters, alone on its line
_STAMP = re.compile(
    r"^[\u25a0-\u25ff\u2600-\u26ff\u2700-\u27bf\u2b00-\u2bff※◎][ \t\u3000]?[\u4e00-\u9fff]{2,4}$"
)
#: the longest title read
TITLE_MAX = 60


def state_stamp_run(
    lines: Sequence[str], endings: tuple[str, ...]
) -> tuple[list[tuple[int, str, str, dict[str, str]]], list[int]]:
    """The pieces under the page's status stamps, as ``(title line, rule, title, {})``
    (the title stays the piece's first line of text), and the stamps' lines; or
    ``([], [])``.

    >>> body = ["为方便市民，自下月起调整开放时间。", "服务台电话：12345"]
    >>> page = ["▣ 生效中", "关于某馆开放时间的公告", *body]
    >>> page += ["◇ 待生效", "关于某场收费调整的通知", *body]
    >>> keyed, stamps = state_stamp_run(page, ("通知", "公告"))
    >>> [(i, t) for i, _, t, _ in keyed], stamps
    ([(1, '关于某馆开放时间的公告'), (5, '关于某场收费调整的通知')], [0, 4])
    >>> state_stamp_run(["● 甲类", "苹果、梨。", "香蕉。", "● 乙类", "白菜。", "萝卜。"], ("通知",))
    ([], [])
    """
    strip = stripped(list(lines))
    filled = nonempty(list(lines))
    stamps = [i for i in filled if _STAMP.match(strip[i])]
    if len(stamps) < 2:
        return [], []
    keyed: list[tuple[int, str, str, dict[str, str]]] = []
    for n, i in enumerate(stamps):
        at = bisect_right(filled, i)
        if at >= len(filled):
            return [], []
        k = filled[at]
        title = strip[k]
        if len(title) > TITLE_MAX or _SENTENCE.search(title) or not title.endswith(endings):
            return [], []
        stop = stamps[n + 1] if n + 1 < len(stamps) else len(lines)
        if bisect_left(filled, stop) - (at + 1) < 2:
            return [], []
        keyed.append((k, HEADER_IS_TEXT, title, {}))
    return keyed, stamps
