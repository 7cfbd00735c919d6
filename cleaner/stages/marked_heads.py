"""A compilation's piece heads that the site-repeat pass never takes: piece marks running
1, 2, 3 (``■■ 某栏 · 02 ■■``) and framed header rows (``┏━━ 编号：A-01 ━━┓``), each
with the title and the facts row under it.  The split reads the pieces by them, however
often the site prints them (:mod:`boilerplate_site`).
"""

from __future__ import annotations

from collections.abc import Collection

from cleaner.stages.keep import keep_table
from cleaner.stages.sentence_marks import CLAUSE_MARK as _CLAUSE
from cleaner.stages.split_frames import framed_records, framed_row
from cleaner.stages.split_tags import serial_run

#: A piece's title under its mark is at most this long.
MARKED_TITLE_CHARS = 40


def marked_heads(stripped: list[str], headings: Collection[str] = ()) -> set[int]:
    """A compilation's piece marks running 1, 2, 3 … (``■■ 某栏 · 02 ■■``:
    :func:`split_tags.serial_run`), each with the header block right under it: the
    piece's title (a short line, no sentence mark, unless the page declares it one of
    its ``headings``: a forum thread's title may hold a comma) and the row of facts
    under the title the split reads (:meth:`MetaParser.shaped_row`).  The split reads
    the pieces by them, however often the site prints them (one letter leads many
    monthly pages)."""
    marks = serial_run(stripped)
    if not marks:
        return framed_heads(stripped)
    meta = keep_table().split.meta
    out = set(marks)
    for m in marks:
        below = [k for k in range(m + 1, min(len(stripped), m + 4)) if stripped[k]][:2]
        if len(below) < 2 or below[0] != m + 1:
            continue
        title, row = stripped[below[0]], stripped[below[1]]
        if len(title) > MARKED_TITLE_CHARS or (_CLAUSE.search(title) and title not in headings):
            continue
        if meta.shaped_row(row, near_title=True):
            out.update(below)
    return out


def framed_heads(stripped: list[str]) -> set[int]:
    """A compilation's framed header rows (``┏━━ 编号：A-01 ━━┓``:
    :func:`split_frames.framed_records`), each with its record's title and the facts row
    under it: the split reads the records by them, however often the site prints a
    row's shape (every record's facts row has one)."""
    if sum(1 for s in stripped if s and framed_row(s)) < 2:
        return set()  # cheap: most pages hold no framed row
    split = keep_table().split
    meta = split.meta
    run = framed_records(
        stripped, lambda s: meta.shaped_row(s, near_title=True), meta.field_of, split.no_publish()
    )
    out = {t for t, *_ in run.keyed}
    out.update(row for row, _ in run.over.values())
    return out | set(run.under)
