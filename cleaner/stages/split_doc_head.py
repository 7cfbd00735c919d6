"""A document's own head of field rows over its numbered items: one document, no
compilation (:func:`field_head`).

Minutes, a plan or a notice often open with rows of their own facts ('日期：…', '会场：…',
'召集人：…') under the title, then number their items, each under a row of one label
('（一）事项：…').  The items repeat a header block's shape, so the block reader
(:mod:`cleaner.stages.split_blocks`) would cut the page at each and delete the head
rows over the first as the page's prefix.  A head of labelled rows, two or more of them
no metadata reader reads (a date or source row is the page's metadata, which a
compilation carries too), over items that are numbered, declares ONE document whose
items are its sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: The head needs this many field rows.
MIN_FIELDS = 2
#: A field row is at most this long.
FIELD_MAX_CHARS = 60
_FIELD = re.compile(r"^[\u4e00-\u9fff](?:[\u4e00-\u9fff\s]{0,6}[\u4e00-\u9fff])?\s*[:：]\s*\S")
_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}\s*[、.．)）]|第[一二三四五六七八九十\d]{1,3}[项条部分个])"
)


def labelled_row(s: str) -> bool:
    """A short row ``label：value``, no sentence.

    >>> labelled_row("会场：二楼东厅"), labelled_row("说明：本表按时间排列。"), labelled_row("")
    (True, False, False)
    """
    s = s.strip()
    return bool(s) and len(s) <= FIELD_MAX_CHARS and "。" not in s and bool(_FIELD.match(s))


def field_head(
    lines: Sequence[str], first: int, read: Callable[[str], dict[str, str] | None]
) -> bool:
    """Does a head of labelled rows, MIN_FIELDS of them no metadata reader reads (the
    document's own fields: a date or source row is page metadata, which a compilation
    carries too), stand right over line ``first`` (the first item's header, numbered),
    blank lines aside?

    >>> page = ["某会议记录", "", "日期：3月2日", "会场：二楼东厅", "", "（一）事项：甲", "正文"]
    >>> field_head(page, 5, lambda s: None), field_head(page, 6, lambda s: None)
    (True, False)
    >>> field_head(["某汇编", "", "（一）事项：甲"], 2, lambda s: None)
    False
    >>> meta = ["某汇编", "来源：某网", "日期：3月2日", "（一）事项：甲"]
    >>> field_head(meta, 3, lambda s: {"x": s})  # page metadata rows
    False
    """
    if first >= len(lines) or not _NUMBERED.match(lines[first]):
        return False
    k = first - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    rows = 0
    while k >= 0 and labelled_row(lines[k]):
        rows, k = rows + (not read(lines[k].strip())), k - 1
    return rows >= MIN_FIELDS
