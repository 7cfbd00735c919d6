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
from collections.abc import Callable, Collection, Sequence

from cleaner.edits import Edit
from cleaner.stages.sentence_marks import FULL_STOP

__all__ = ["LEAD_SEP", "lead_days", "lead_edits", "lead_rows", "rows_by_head"]

#: Parts one record's rows in the declared ``html_record_leads`` (records part by tabs).
LEAD_SEP = "\x1f"
#: A record's container prints at most this many rows over its title (the extractor
#: declares no more: :mod:`cleaner.ingest.html_heading_records`).
ROWS_ABOVE = 2


def lead_rows(
    lines: Sequence[str], heads: Sequence[int], leads: Sequence[tuple[str, Collection[str]]]
) -> list[int]:
    """The lines right over each of ``heads`` that are rows of its own record:
    ``leads`` pairs each record's title with its rows, in page order (a row of another
    record, however like, is no row of this one).

    >>> a, b = "编号：A1｜甲类", "编号：A2｜乙类"
    >>> page = [a, "第一问？", "答：一。", b, "", "第二问？"]
    >>> lead_rows(page, [1, 5], [("第一问？", {a}), ("第二问？", {b})])
    [0, 3]
    >>> lead_rows(page, [1, 5], [("第一问？", {a}), ("第二问？", set())])
    [0]
    >>> lead_rows(page, [1, 5], [("第一问？", {b}), ("第二问？", {a})])  # another's rows
    []
    >>> lead_rows(["答：一。", "第二问？"], [1], [("第二问？", {"答：一。"})])  # prose: never a row
    []
    """
    return sorted(j for rows in rows_by_head(lines, heads, leads).values() for j in rows)


def rows_by_head(
    lines: Sequence[str], heads: Sequence[int], leads: Sequence[tuple[str, Collection[str]]]
) -> dict[int, list[int]]:
    """``{head: its record's rows right over it}`` (:func:`lead_rows`, by head)."""
    out: dict[int, list[int]] = {}
    k = 0
    for h in heads:
        head = lines[h].strip()
        at = next((n for n in range(k, len(leads)) if leads[n][0].strip() == head), None)
        if at is None:
            continue
        own, k = leads[at][1], at + 1
        j, taken = h - 1, 0
        while j >= 0 and taken < ROWS_ABOVE:
            s = lines[j].strip()
            if s:
                if s not in own or s.endswith(FULL_STOP):
                    break
                out.setdefault(h, []).append(j)
                taken += 1
            j -= 1
    return out


def lead_days(
    lines: Sequence[str],
    heads: Sequence[int],
    leads: Sequence[tuple[str, Collection[str]]],
    day_of: Callable[[str], str | None],
) -> dict[int, str]:
    """``{head: the day its record's row names}`` when every record but the first (whose
    rows may have gone with the page's head) prints a row over its title holding one
    day (``day_of``: a row's one date cell, :func:`split_header_lines.tag_day`): each
    record's own day, over the page head's.  Else {}.

    >>> a, b = "#2　｜　40:05　｜　2021/3/9", "#1　｜　38:11　｜　2021/3/2"
    >>> page = [a, "第一期", "正文。", b, "第二期", "正文。"]
    >>> day = lambda s: s.split("　｜　")[-1].replace("/", "-") if "｜" in s else None
    >>> lead_days(page, [1, 4], [("第一期", {a}), ("第二期", {b})], day)
    {1: '2021-3-9', 4: '2021-3-2'}
    >>> lead_days(page, [1, 4], [("第一期", {a}), ("第二期", {"正文。"})], day)
    {}
    """
    rows = rows_by_head(lines, heads, leads)
    days: dict[int, str] = {}
    for n, h in enumerate(heads):
        found = {d for j in rows.get(h, []) if (d := day_of(lines[j]))}
        if len(found) == 1:
            days[h] = found.pop()
        elif n:
            return {}  # a later record with no day of its own (or two): none is read so
    return days if len(days) >= 2 else {}


def lead_edits(
    lines: Sequence[str],
    spans: Sequence[tuple[int, int, int]],
    heads: Sequence[int],
    leads: Sequence[tuple[str, Collection[str]]],
    taken: set[int],
) -> list[Edit]:
    """Deletions of the rows over every record title but the first (whose rows go with
    the page's head), each not yet ``taken`` (added to it)."""
    out: list[Edit] = []
    first = lines[heads[0]].strip() if heads else ""
    # the first title's rows go with the page's head: its record's pairing is skipped
    rest = leads[1:] if leads and leads[0][0].strip() == first else leads
    for j in lead_rows(lines, heads[1:], rest):
        if j not in taken:
            ref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
            start, end = spans[j][0], spans[j][2]
            out.append(Edit(start, end, "", "split.article_header", "delete", ref=ref))
            taken.add(j)
    return out
