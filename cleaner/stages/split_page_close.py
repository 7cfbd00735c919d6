"""The page's closing block under the last piece of a compilation of records.

A compilation of records (a register's entries, a list of nominees) prints each piece as
rows under their labels (``地区：…``, ``简介：…``, ``计划：…``), every piece closing with a
row of the same label.  The page then closes as the page of one document would: a notice
(``如有异议请于…反映``), the issuer and the date that sign the whole list, before the
print bar and the footer.  The split stage cuts the page at the pieces' headers, so that
block falls into the last piece, where it is no record's text: the text above the first
header is the page's head (``split.page_prefix``), the block under the last record's
closing row is the page's close.

:func:`page_close` finds it by the pieces' shape alone, no word of it: the pieces above
the last all close with a row of one label; the last piece has that row too, with lines
below it.  Those lines are the page's close when they are few, hold no labelled row (a
``备注：…`` under the last record is the record's own) and the last piece's rows above
them carry the labels the other pieces carry.

Shape alone does not tell the page's close from the last piece's closing paragraph
(``两处工程预计明年五月完工。`` under the last motion's rows): the block must also show
itself as the page's, by a sign-off line (an issuer, a date, a heading over a notice:
a short line with no clause mark) or a line speaking of all the pieces (``以上…``, a note
in brackets: :func:`~cleaner.stages.compilation_words.summary_line`).  A block of
sentences alone stays the last piece's text (:func:`close_block` reports it, and the
split stage flags it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.compilation_words import summary_line

__all__ = ["CLOSE_MAX_LINES", "SIGN_MAX_CHARS", "close_block", "page_close", "row_label"]

#: The page's close is at most this many lines (a notice, an issuer, a date, a contact)
CLOSE_MAX_LINES = 6
#: A record is at least this many labelled rows
RECORD_MIN_ROWS = 2

# a row's label: a short Han or Latin label before a colon ('简介：…', 'Status: …')
_LABEL = re.compile(r"^\s*(?P<k>[\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z ]{1,20})\s*[:：]\s*\S")

#: a sign-off line (an issuer, a date, a heading) is at most this long
SIGN_MAX_CHARS = 24

# a clause or sentence mark: a line holding one is no sign-off
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?、]")

# a line that stops on a letter or a clause mark runs on into the next
_RUNS_ON = re.compile(r"[\u4e00-\u9fffA-Za-z0-9，、,：:；;（(“‘《]$")

Segment = tuple[int, int, "tuple[int, str, str] | None"]


def row_label(line: str) -> str | None:
    """The label of a labelled row, None for any other line.

    >>> row_label("简介：一段话。"), row_label("Status: open")
    ('简介', 'Status')
    >>> row_label("如有异议，请来电反映，电话：1234。"), row_label("某某局") is None
    (None, True)
    """
    m = _LABEL.match(line)
    return m["k"] if m else None


def _signed(line: str) -> bool:
    """Does a line show the block it stands in to be the page's close: a sign-off line
    (short, no clause mark) or a line speaking of all the pieces?

    >>> _signed("某某局"), _signed("2020年1月2日"), _signed("以上议案共3件。")
    (True, True, True)
    >>> _signed("两处工程预计明年五月完工。"), _signed("附：照片3张、联名信1份")
    (False, False)
    """
    s = line.strip()
    return (len(s) <= SIGN_MAX_CHARS and not _CLAUSE_MARK.search(s)) or summary_line(s)


def page_close(lines: Sequence[str], segments: Sequence[Segment]) -> list[int]:
    """The indices of the page's closing block under the last headed piece of
    ``segments`` (``(start, end, header)`` over ``lines``, the header's line first in
    its segment), or none.

    >>> page = ["一、甲", "地区：东", "计划：建档。", "", "二、乙", "地区：西", "计划：办班。"]
    >>> page += ["", "如有异议，请来函反映。", "某某局", "2020年1月2日"]
    >>> segs = [(0, 4, (0, "n", "甲")), (4, 11, (4, "n", "乙"))]
    >>> page_close(page, segs)
    [8, 9, 10]
    >>> page_close(page[:8] + ["备注：另附图。"], [segs[0], (4, 9, (4, "n", "乙"))])
    []
    >>> page_close(page[:8] + ["两处均已开工。"], [segs[0], (4, 9, (4, "n", "乙"))])
    []
    """
    tail, signed = close_block(lines, segments)
    return tail if signed else []


#: a sign-off's date line: the page's close ends on it when the pieces end on a sentence
_DATE_LINE = re.compile(
    r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月"
    r"\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日\s*$|^\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}\s*$"
)


def _skeleton(lines: Sequence[str], rows: Sequence[int]) -> tuple[str | None, ...]:
    """A piece's rows by their labels, None for an unlabelled line."""
    return tuple(row_label(lines[i]) for i in rows)


def _skeleton_close(
    lines: Sequence[str], above: Sequence[Sequence[int]], last: Sequence[int]
) -> tuple[list[int], bool]:
    """The page's close under the last of records that share one skeleton and end on a
    sentence (``备案号：…`` / ``提要：…`` / a sentence, each piece): the pieces above the
    last all have the same rows, two labelled at least, in the same order; the last
    piece has them too, then a few lines, none labelled, the last a date alone.  Those
    lines sign the whole page (a closing formula, the issuer, the date), as the lines
    over the first piece head it; a piece ending on a date line of its own is one the
    others show too.

    >>> page = ["甲", "编号：1", "提要：一段。", "正文一句。", "乙", "编号：2", "提要：二段。",
    ...         "正文二句。", "特此公告。", "某某局", "2020年1月2日"]
    >>> _skeleton_close(page, [[1, 2, 3]], [5, 6, 7, 8, 9, 10])
    ([8, 9, 10], True)

    No date closing the lines, a labelled line among them, pieces of other rows, rows
    unlabelled (verse): the last piece's own.

    >>> _skeleton_close(page[:10], [[1, 2, 3]], [5, 6, 7, 8, 9])
    ([], False)
    >>> _skeleton_close(page, [[1, 3]], [5, 6, 7, 8, 9, 10])
    ([], False)
    >>> verse = ["床前明月光", "疑是地上霜", "举头望明月", "低头思故乡", "某年某月", "2020年1月2日"]
    >>> _skeleton_close(verse, [[0, 1]], [2, 3, 4, 5])
    ([], False)
    """
    if not above or not last:
        return [], False
    shape = _skeleton(lines, above[0])
    if sum(k is not None for k in shape) < RECORD_MIN_ROWS:
        return [], False
    if any(_skeleton(lines, rows) != shape for rows in above[1:]):
        return [], False
    n = len(shape)
    if len(last) <= n or _skeleton(lines, last[:n]) != shape:
        return [], False
    tail = list(last[n:])
    if len(tail) > CLOSE_MAX_LINES or any(row_label(lines[i]) is not None for i in tail):
        return [], False
    if _RUNS_ON.search(lines[last[n - 1]].rstrip()) or not _DATE_LINE.match(lines[tail[-1]]):
        return [], False
    return tail, True


def close_block(lines: Sequence[str], segments: Sequence[Segment]) -> tuple[list[int], bool]:
    """The block under the last record that has the shape of the page's close (module
    doc), or none, and whether a line of it signs it as the page's (:func:`_signed`)."""
    headed = [s for s in segments if s[2] is not None]
    if len(headed) < 2 or segments[-1][2] is None:
        return [], False

    def body(seg: Segment) -> list[int]:
        start, end, head = seg
        top = head[0] + 1 if head is not None else start
        return [i for i in range(top, end) if lines[i].strip()]

    closing: str | None = None
    labels: set[str] = set()
    for seg in headed[:-1]:
        rows = body(seg)
        named = [k for i in rows if (k := row_label(lines[i])) is not None]
        last = row_label(lines[rows[-1]]) if rows else None
        if len(named) < RECORD_MIN_ROWS or last is None or closing not in (None, last):
            # not a record of rows, or closed by another row than the others: records
            # of one skeleton closing on a sentence may still show the page's close
            return _skeleton_close(lines, [body(seg) for seg in headed[:-1]], body(segments[-1]))
        closing = last
        labels.update(named)
    rows = body(segments[-1])
    ends = [n for n, i in enumerate(rows) if row_label(lines[i]) == closing]
    if not ends:
        return [], False
    own, tail = rows[: ends[-1] + 1], rows[ends[-1] + 1 :]
    if not tail or len(tail) > CLOSE_MAX_LINES:
        return [], False
    if any(row_label(lines[i]) is not None for i in tail):
        return [], False  # a labelled row under the record: the record's own
    if _RUNS_ON.search(lines[own[-1]].rstrip()):
        return [], False  # the closing row's value runs on into the lines below it
    named = [k for i in own if (k := row_label(lines[i])) is not None]
    if len(named) < RECORD_MIN_ROWS or not set(named) <= labels:
        return [], False  # the last piece is no record of the others' rows
    return tail, any(_signed(lines[i]) for i in tail)
