"""A single page's info row under the facts its head prints first.

A listing's or a product's page may print, between its title and its text, a price row,
a strip of facts or a card of ``label / value`` lines, and only under them the row that
says when its information was put up and who supplied it (``資料更新：2022-08-14　｜
資料提供：某代銷``).  The block reader reads rows from the title down and stops at the
first row of facts it cannot read; this reader looks past them, down to the page's first
line of prose, for ONE row of that shape: every cell labelled, the row reading a day
AND a party (issuer, origin or author) whose label the field tables name.  A row of an
event's facts (``時間：…　地點：…``: a day, no party's label) is the text's, as are rows
below the first prose line, and so is a row whose labels recur lower on the page (a
thread's post rows, ``作者：…　时间：…`` over every floor: each post's own, no page's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaner.stages.split_values import text_width

__all__ = ["info_row_below"]

#: how far under the page's first line the row may stand (a card of six label / value
#: pairs, a price row and a strip)
DEPTH = 16
# the cells of a row: wide gaps or bars
# (not split_dated_cells.row_labels' cells, on purpose: a gap here is spaces or tabs
# alone, and a value may hold a clock's colon and run on, '时间：2024-03-02 10:15', which
# a closing row's value never does; a row here is screened for sentences as a whole)
_CELLS = re.compile(r"\u3000+|[ \t]{2,}|\s*[|｜]\s*")
# a labelled cell: a short label, its colon, a value
_LABELLED = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<v>\S.{0,29})$")
_PARTIES = ("issuer", "origin", "author")
# a sentence's mark: the line is the text's prose (a figure's comma, '1,630', is none)
_SENTENCE = re.compile(r"[。！？；!?;]|[，,](?!\d)")


def info_row_below(
    lines: Sequence[str],
    idx: Sequence[int],
    shaped_row: Callable[[str], dict[str, str] | None],
    field_of: Callable[[str], str | None],
) -> list[tuple[list[int], dict[str, str]]]:
    """``[(line indices, fields)]`` of the info row among ``idx``'s first lines (under
    its first, above its first prose line), or ``[]``.

    >>> from functools import partial
    >>> from cleaner.stages.split_meta import MetaParser
    >>> p = MetaParser()
    >>> read = partial(p.shaped_row, near_title=True)
    >>> page = ["某某花园", "参考单价 2万／平方米　｜　总价 150万"]
    >>> page += ["资料更新：2022-08-14　｜　资料提供：某某代理", "项目介绍"]
    >>> page += ["某某花园位于城东，规划两栋住宅，每层四户，已于去年动工。"]
    >>> info_row_below(page, range(5), read, p.field_of)
    [([2], {'origin': '某某代理', 'published': '2022-08-14'})]
    >>> page[2] = "时间：2022-08-14　｜　地点：某某会展中心"
    >>> info_row_below(page, range(5), read, p.field_of)
    []
    >>> post = ["某帖", "1楼", "作者：某甲　时间：2024-03-02 10:15", "帖子的正文，写了一句话。"]
    >>> post += ["2楼", "作者：某乙　时间：2024-03-02 12:01", "回帖的正文，也写了一句话。"]
    >>> info_row_below(post, range(7), read, p.field_of)
    []
    """
    for i in idx[1:DEPTH]:
        line = lines[i].strip()
        if text_width(line) > 60 or _SENTENCE.search(line):
            return []  # the text's first prose: no row of the head below it
        cells = [c for c in _CELLS.split(line) if c]
        if len(cells) < 2:
            continue
        labelled = [_LABELLED.match(c) for c in cells]
        if not all(labelled):
            continue
        fields = shaped_row(line)
        if not fields or "published" not in fields:
            continue
        named = {field_of(m["k"]) for m in labelled if m}
        if not any(k in fields and k in named for k in _PARTIES):
            continue
        if _recurs(lines, i, [m["k"] for m in labelled if m]):
            return []  # a post's row over every floor: each post's own, no page's
        return [([i], fields)]
    return []


def _recurs(lines: Sequence[str], at: int, labels: list[str]) -> bool:
    """Whether a line under ``at`` is a row of the same labels, in the same order."""
    for line in lines[at + 1 :]:
        cells = [c for c in _CELLS.split(line.strip()) if c]
        if len(cells) != len(labels):
            continue
        found = [_LABELLED.match(c) for c in cells]
        if all(found) and [m["k"] for m in found if m] == labels:
            return True
    return False
