"""Slug rows over the headings of an HTML compilation: a short row holding a date right
above each piece's heading.

A newsletter sets a slug over each brief's headline (``04 ｜ SHIPPING ｜ 14.03.2023``,
its date often in a ``<time datetime>``): the brief's number, its column and its day, a
row of the piece below, not a line of the piece above.  A run of declared headings
(:attr:`PageHints.headings`) each right under such a row, the rows all of one shape
(the same marks between their fields, :func:`row_shape`), is a compilation by the
layout's own evidence, as a byline under each heading is
(:func:`cleaner.stages.split_clock.counted_run`): an article's section heads stand under
its paragraphs, not each under a dated row.  The row is the piece's metadata: its date is
the piece's ``published``.  A day-first or month-first date (``03.04.2023``) that only
one reading makes a date is read so; one both readings make a date is read in the order
that gives the page's own declared day for one of the rows (the ``<time datetime>`` the
ingest read), else not at all.
"""

from __future__ import annotations

import re

from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_page import nonempty, stripped

#: A slug row holds at most this many characters.
SLUG_MAX_CHARS = 60
#: A date inside the row: year first, or day and month first with the year last.
_YMD = re.compile(r"(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})(?!\d)")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’」』)）]?$")


def row_shape(s: str) -> str:
    """The marks of a row in order, its words and digits left out: two slugs of one site
    share it (``'｜｜..'`` for ``01 ｜ TEA ｜ 06.04.2023``)."""
    return "".join(c for c in s if not c.isalnum() and not c.isspace())


def _dates(s: str) -> list[tuple[str, ...]]:
    """The readings of the row's date: one for a year-first date, one or two for a
    day-and-month-first one, none when the row holds no date."""
    if (m := _YMD.search(s)) is not None:
        d = normalise_date(m[0])
        return [(d,)] if d else []
    if (m := _DMY.search(s)) is None:
        return []
    a, b, y = int(m[1]), int(m[3]), int(m[4])
    out = []
    if 1 <= b <= 12 and 1 <= a <= 31:
        out.append(f"{y:04d}-{b:02d}-{a:02d}")  # day first
    else:
        out.append("")
    if 1 <= a <= 12 and 1 <= b <= 31:
        out.append(f"{y:04d}-{a:02d}-{b:02d}")  # month first
    else:
        out.append("")
    return [tuple(out)]


def slug_line(s: str) -> bool:
    """``s`` may be a dated slug row: short, a date in it, no sentence closing it.

    >>> slug_line("04 | SHIPPING | 14.03.2023"), slug_line("It rained on 14.03.2023.")
    (True, False)
    >>> slug_line("2020年11月27日"), slug_line("Round 4 · Kick-off 2020-06-17 14:30 · Away")
    (False, False)
    """
    t = s.strip()
    if len(t) > SLUG_MAX_CHARS or _SENTENCE_END.search(t) or not _dates(t):
        return False
    m = _YMD.search(t) or _DMY.search(t)
    assert m is not None
    before, after = t[: m.start()].rstrip(), t[m.end() :].lstrip()
    # the date a field of its own between marks, beside other fields: no bare dateline,
    # no labelled date ('Updated 03.04.2023', 'Kick-off 2020-06-17 14:30')
    edges = (not before or not before[-1].isalnum()) and (not after or not after[0].isalnum())
    rest = before + after
    return edges and any(c.isalnum() for c in rest) and bool(row_shape(rest))


def declared_slugs(heads: list[str], slugged: tuple[str, ...], slugs: tuple[str, ...]) -> list[str]:
    """The slug rows the ingest saw right over the headings ``heads`` (``slugged`` and
    ``slugs`` in one order, the page's hints; a row the boilerplate stage removed since
    is still there), or [] when one heading has none or the rows differ in shape.

    >>> declared_slugs(["A", "B"], ("A", "B"), ("1 | X | 03.04.2023", "2 | Y | 05.04.2023"))
    ['1 | X | 03.04.2023', '2 | Y | 05.04.2023']
    >>> declared_slugs(["A", "B"], ("A",), ("1 | X | 03.04.2023",))
    []
    """
    if len(heads) < 2 or len(slugged) != len(slugs):
        return []
    rows = dict(zip(slugged, slugs, strict=True))
    if not all(h in rows and slug_line(rows[h]) for h in heads):
        return []
    shapes = {row_shape(rows[h]) for h in heads}
    return [rows[h] for h in heads] if len(shapes) == 1 and "" not in shapes else []


def slug_rows(lines: list[str], heads: list[int]) -> list[int]:
    """The dated rows right above each heading at ``heads`` (module doc), or [] when one
    heading has none or the rows differ in shape.

    >>> body = "The port said volumes rose in the week to Friday, with more firms signed up."
    >>> page = ["01 | PORTS | 03.04.2023", "A headline", body, "02 | TEA | 05.04.2023",
    ...         "Another headline", body]
    >>> slug_rows(page, [1, 4])
    [0, 3]
    >>> slug_rows(["Updated 03.04.2023", "A headline", body, "Another headline", body], [1, 3])
    []
    """
    if len(heads) < 2:
        return []
    filled, strip = nonempty(lines), stripped(lines)
    pos = {i: k for k, i in enumerate(filled)}
    taken = set(heads)
    rows = []
    for h in heads:
        k = pos.get(h)
        if k is None or k == 0:
            return []
        j = filled[k - 1]
        if j in taken or not slug_line(strip[j]):
            return []
        rows.append(j)
    if len({row_shape(strip[j]) for j in rows}) != 1 or not row_shape(strip[rows[0]]):
        return []
    return rows


def slug_dates(rows: list[str], day: str | None) -> list[str | None]:
    """Each row's date as ``YYYY-MM-DD`` (module doc), None where it cannot be told.

    >>> slug_dates(["01 | A | 03.04.2023", "02 | B | 05.04.2023"], "2023-04-03")
    ['2023-04-03', '2023-04-05']
    >>> slug_dates(["01 | A | 03.04.2023", "02 | B | 15.04.2023"], None)
    ['2023-04-03', '2023-04-15']
    >>> slug_dates(["01 | A | 03.04.2023"], None)
    [None]
    """
    readings = [got[0] if (got := _dates(row.strip())) else () for row in rows]
    pairs = [r for r in readings if len(r) == 2]
    order: int | None = None
    if pairs:
        day_first = all(r[0] for r in pairs) and any(not r[1] for r in pairs)
        month_first = all(r[1] for r in pairs) and any(not r[0] for r in pairs)
        if day_first != month_first:
            order = 0 if day_first else 1
        elif day and any(r[0] == day for r in pairs) != any(r[1] == day for r in pairs):
            order = 0 if any(r[0] == day for r in pairs) else 1
    out: list[str | None] = []
    for r in readings:
        if len(r) == 1:
            out.append(r[0])
        elif len(r) == 2 and order is not None:
            out.append(r[order] or None)
        else:
            out.append(None)
    return out
