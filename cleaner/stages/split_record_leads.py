"""The rows a record's container prints over its title: the record's header, no text.

A Q&A board heads each record's heading with a row of its own inside the record's
container (``编号：…｜某类｜已回复``, a tag, a number): the extractor names those lines
(``record_leads``, :mod:`cleaner.ingest.html_heading_records`).  Cut at the titles, each
such row would close the record above it as a line of its text.  :func:`lead_rows` finds
them right over each record title (blank lines apart, nothing else between): the split
deletes them as the record's header lines (``split.article_header``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from cleaner.edits import Edit

__all__ = ["lead_edits", "lead_rows"]

#: A record's container prints at most this many rows over its title
#: (:data:`cleaner.ingest.html_heading_records.ROWS_ABOVE`).
ROWS_ABOVE = 2


def lead_rows(lines: Sequence[str], heads: Sequence[int], leads: Collection[str]) -> list[int]:
    """The lines right over each of ``heads`` that are rows of its record (``leads``).

    >>> page = ["编号：A1｜甲类", "第一问？", "答：一。", "编号：A2｜乙类", "", "第二问？"]
    >>> lead_rows(page, [1, 5], {"编号：A1｜甲类", "编号：A2｜乙类"})
    [0, 3]
    >>> lead_rows(page, [1, 5], {"编号：A1｜甲类"})  # a line not declared stays the text's
    [0]
    >>> lead_rows(["答：一。", "第二问？"], [1], {"答：一。"})  # prose: never a row
    []
    """
    if not leads:
        return []
    out: list[int] = []
    for h in heads:
        j, taken = h - 1, 0
        while j >= 0 and taken < ROWS_ABOVE:
            s = lines[j].strip()
            if s:
                if s not in leads or s.endswith(("。", "！", "？", ".", "!", "?")):
                    break
                out.append(j)
                taken += 1
            j -= 1
    return sorted(out)


def lead_edits(
    lines: Sequence[str],
    spans: Sequence[tuple[int, int, int]],
    heads: Sequence[int],
    leads: Collection[str],
    taken: set[int],
) -> list[Edit]:
    """Deletions of the rows over every record title but the first (whose rows go with
    the page's head), each not yet ``taken`` (added to it)."""
    out: list[Edit] = []
    for j in lead_rows(lines, heads[1:], leads):
        if j not in taken:
            ref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
            start, end = spans[j][0], spans[j][2]
            out.append(Edit(start, end, "", "split.article_header", "delete", ref=ref))
            taken.add(j)
    return out
