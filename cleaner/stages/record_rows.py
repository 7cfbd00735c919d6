"""The dated row inside every record of a compilation: the split's, however it looks.

A Q&A board or a mailbox prints each record (a container headed by its title,
:mod:`cleaner.ingest.html_record_heads`, :mod:`cleaner.ingest.html_heading_records`) with
a second row of fields inside it where the answer comes in (``回复人：某处　回复时间：
2021-03-09 10:25``).  Printed on every record with one wording, the site profile learns it
and a thread's byline reader (:mod:`cleaner.stages.post_bylines`) takes it as a post's
signature: either deletes it, and the split stage, which reads the record's date from it
(:func:`cleaner.stages.split_record_run.answer_rows`), never sees it.

:func:`record_rows` gives such rows back: when EVERY record of the page (spans from
:func:`cleaner.stages.record_sentences.record_spans`, one per declared title) holds,
under its title's own row, a claimed line that reads as a dated metadata row, all of one
cell signature.  The split deletes them as metadata rows (``split.meta_header``); a page
where one record lacks the row keeps every claim.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, MutableMapping
from typing import Any

from cleaner.stages.record_sentences import record_spans
from cleaner.stages.repeat_keeps import labelled_dated_row
from cleaner.stages.split_cells import row_signature

__all__ = ["record_rows", "release_record_rows"]


def record_rows(
    stripped: list[str],
    claimed: Mapping[int, object],
    spans: list[tuple[int, int]],
    heads: int,
    dated: Callable[[str], bool],
) -> list[int]:
    """The claimed lines that are each record's dated row (module doc); ``heads`` is the
    number of record titles on the page (every one must have its span).

    >>> page = ["甲问？", "提问人：甲　提问时间：2021-03-01", "问：甲的问题。", "答：甲的回答。",
    ...         "回复人：某处　回复时间：2021-03-02", "乙问？", "提问人：乙　提问时间：2021-03-03",
    ...         "问：乙的问题。", "答：乙的回答。", "回复人：某处　回复时间：2021-03-04"]
    >>> dated = lambda s: "时间：" in s
    >>> record_rows(page, {4: "x", 9: "x"}, [(0, 4), (5, 9)], 2, dated)
    [4, 9]
    >>> record_rows(page, {4: "x"}, [(0, 4), (5, 9)], 2, dated)  # one record has none
    []
    >>> record_rows(page, {4: "x", 9: "x"}, [(0, 4)], 2, dated)  # a record's end unknown
    []
    """
    if len(spans) < 2 or len(spans) != heads:
        return []
    out: list[int] = []
    shapes: set[tuple[str, ...]] = set()
    for h, e in spans:
        inside = [k for k in range(h + 1, e + 1) if stripped[k]][1:]  # under its own row
        hit = next((k for k in inside if k in claimed and dated(stripped[k])), None)
        if hit is None:
            return []
        out.append(hit)
        shapes.add(row_signature(stripped[hit]))
    return out if len(shapes) == 1 else []


def release_record_rows(
    stripped: list[str],
    claimed: MutableMapping[int, Any],
    records: Collection[str],
    tails: Collection[str],
) -> list[int]:
    """Drop the claims on every record's dated row (module doc); the lines released."""
    spans = record_spans(stripped, records, tails)
    heads = sum(1 for s in stripped if s and s in records)
    rows = record_rows(stripped, claimed, spans, heads, labelled_dated_row)
    for i in rows:
        del claimed[i]
    return rows
