"""A piece's closing row that carries its RECORD NUMBER (``工单号：WO-2031-0457　｜　提交于
2031-04-05``, ``事件编号：X-0917-02　|　开始于 …　|　持续 …``): a site prints it in one wording
with other figures on every page, so its shape repeats like a template's counter bar, and
its cells parted by bars look like one; but a number that names one record is that
record's own, never the site's.  The site-repeat pass keeps such a row as the page's data
(flagged, as every learned shape it keeps), for the split to read each piece's number and
to cut at (:func:`numbered_close`).

Standard library only; the metadata reader is passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

#: what the metadata reader gives a row: its fields, or None
RowReader = Callable[[str], "dict[str, str] | None"]


def numbered_close(
    stripped: list[str],
    i: int,
    examples: Collection[str],
    taken: Callable[[int], bool],
    read: RowReader,
) -> bool:
    """Line ``i``, a learned shape with ``examples`` from the site's pages, is a piece's
    record-number row: the reader reads a document number in it, the site's examples
    hold different numbers (each page its own), and a text line nobody took stands
    right above it (it closes a piece's text; a header bar has chrome or nothing above),
    and the page a record LIST: another row of it read for a number too (on a page of
    one article a bar with its id and counters, ``文章编号：… | 浏览：…``, is the site's).

    >>> row = "编号：QX-0412-01 | 日期：2031-04-05"
    >>> page = ["某站", "某事标题", "某事的经过写在这里。", row, "页脚"]
    >>> ex = ["编号：QX-0301-01 | 日期：2031-03-01", "编号：QX-0222-03 | 日期：2031-02-22"]
    >>> def read(s):
    ...     return {"doc_number": s.split("：")[1].split()[0]} if s.startswith("编号") else None
    >>> listed = ["某站", "甲事", "甲事的经过。", "编号：QX-0410-02 | 日期：2031-04-03", *page[1:]]
    >>> numbered_close(listed, 6, ex, lambda k: k in (0, 7), read)
    True
    >>> numbered_close(page, 3, ex, lambda k: k in (0, 4), read)  # one record: the site's
    False
    >>> numbered_close(listed, 6, ex, lambda k: k in (0, 5, 7), read)  # chrome above it
    False
    >>> numbered_close(listed, 6, ex[:1], lambda k: k in (0, 7), read)  # one example only
    False
    >>> numbered_close(["某站", "某事", "阅读 12 | 评论 3"], 2, ex, lambda k: k == 0, read)
    False
    """
    if len(set(examples)) < 2:
        return False
    fields = read(stripped[i])
    if not fields or "doc_number" not in fields:
        return False
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    if up is None or taken(up):
        return False
    others = (s for k, s in enumerate(stripped) if s and k != i)
    return any("doc_number" in (read(s) or {}) for s in others)
