"""A piece's row that opens with who wrote it: a byline row under a headline.

On a plain text page a compilation's piece may print under its headline a row whose
first cell credits the writer or the observer (``作者：某某　｜　天气：晴　｜　…``,
``文：某某　2021.03.09``, ``记者 某某 · 2021-03-09``): the headline over its byline is
the story's headline, a line of the page as any other (see
:func:`split_sources.headlines_kept`).  A row that opens with its date or another field
(``发布日期：…　栏目：…``, ``Date: … · Length: …``) is a record's header row: the title
over it is the record's header, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.badge_bylines import plain_byline

__all__ = ["byline_first"]

# the first cell of a row: up to a wide gap, a bar or a middle dot
_CELL_END = re.compile(r"[ \t]*\u3000+|[ \t]{2,}|[ \t\u3000]*[|｜·•・][ \t\u3000]*")
# the head of a row: up to a bar or a middle dot (a wide gap does not cut it)
_HEAD_END = re.compile(r"[ \t]*[|｜·•・][ \t\u3000]*")
# a labelled cell: a short label, its colon, a value
_LABELLED = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,5})[ \t]*[：:][ \t]*(?P<v>\S.*)$")
# the value of a writer's cell: one name or a few ('某甲、某乙')
_NAMES = re.compile(r"^[\u4e00-\u9fff·]{2,8}(?:[、，,][\u4e00-\u9fff·]{2,8}){0,3}$")


@cache
def _writers() -> frozenset[str]:
    """A writer's credit words that label no field (``文``: ``[foot_row] slash_writers``)."""
    return frozenset(load_table("headers")["foot_row"]["slash_writers"])


def byline_first(row: str, field_of: Callable[[str], str | None]) -> bool:
    """Does ``row`` open with a cell crediting who wrote the piece: a writer's label and
    a name (``作者：某甲、某乙``, ``文：某甲``) or a writer's word, a gap and a name
    (``记者 某甲``)?

    >>> f = lambda k: "author" if k in ("作者", "记者") else ("published" if "日期" in k else None)
    >>> byline_first("作者：林某、周某　｜　天气：晴", f), byline_first("文：林某　2021.03.09", f)
    (True, True)
    >>> byline_first("记者 林某某 · 2021-03-09", f)
    True
    >>> byline_first("发布日期：2021-03-09　作者：林某某", f), byline_first("栏目：镇村", f)
    (False, False)
    """
    s = row.strip()
    cell = _CELL_END.split(s, maxsplit=1)[0]
    if (m := _LABELLED.match(cell)) is not None:
        label, value = m["k"], m["v"].strip()
        return (field_of(label) == "author" or label in _writers()) and bool(_NAMES.match(value))
    # '记者 某甲 · …': a writer's word and the name, a single space between them
    head = _HEAD_END.split(s, maxsplit=1)[0]
    return plain_byline(head) is not None
