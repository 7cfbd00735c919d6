"""Kickers over the headings of an HTML compilation: a short upper-case line right above
each piece's heading.

A newsletter or magazine page sets a section's name over each story's headline (``FROM
THE FIELD`` over ``<h2>Some headline</h2>``): a label of the column the story runs in,
not a line of the story above it nor of the story below.  Read as text it is the last
line of the piece above, so once the heading run is found (:func:`split_clock.counted_run`,
:func:`split_headings.heading_run`) the line right above a heading is the piece's kicker
when it reads as one by its shape alone: Latin letters all in upper case, a few words, no
digit and no sentence mark (:func:`kicker_line`).  An upper-case word in the text (an
acronym line, ``NOTE``) that stands over no heading is never one.

The byline under each such heading, left out by the extractor as post meta, is the
piece's row of fields (:func:`bylined_meta`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.split_page import nonempty, stripped

#: A kicker holds at most this many characters and words.
KICKER_MAX_CHARS = 40
KICKER_MAX_WORDS = 5
#: Upper-case Latin words apart by spaces, an ampersand, a slash or a hyphen.
_KICKER = re.compile(r"^[A-Z][A-Z'’]*(?:[ &/-]+[A-Z][A-Z'’]*)*$")


def kicker_line(s: str) -> bool:
    """``s`` reads as a section's kicker: a few upper-case Latin words, nothing else.

    >>> kicker_line("FROM THE FIELD"), kicker_line("Q&A"), kicker_line("NEWS / EVENTS")
    (True, True, True)
    >>> kicker_line("From the field"), kicker_line("TOP 10 TIPS"), kicker_line("WE DID IT!")
    (False, False, False)
    >>> kicker_line("A"), kicker_line("某栏目")
    (False, False)
    """
    t = s.strip()
    return (
        2 <= len(t) <= KICKER_MAX_CHARS
        and len(t.split()) <= KICKER_MAX_WORDS
        and sum(c.isalpha() for c in t) >= 2
        and bool(_KICKER.match(t))
    )


def kickers_over(
    lines: list[str], heads: list[int], shape: Callable[[str], bool] = kicker_line
) -> list[int]:
    """The lines right above the headings at ``heads`` that are kickers, the first
    heading's left out (the line above it is the page head's, which goes with the head);
    with ``shape``, the lines of that shape (a dated slug row, :mod:`split_slugs`).

    >>> body = "The volunteers met on Tuesday and sorted the donations together."
    >>> page = ["NEWS", "A headline", body, "DONOR THANKS", "Another headline", body]
    >>> kickers_over(page, [1, 4]), kickers_over(page, [1])
    ([3], [])
    >>> kickers_over(["NEWS", "A headline", body, "Another headline", body], [1, 3])
    []
    """
    if len(heads) < 2:
        return []
    filled, strip = nonempty(lines), stripped(lines)
    pos = {i: k for k, i in enumerate(filled)}
    out = []
    taken = set(heads)
    for h in heads[1:]:
        k = pos.get(h)
        if k is None or k == 0:
            continue
        j = filled[k - 1]
        if j not in taken and shape(strip[j]):
            out.append(j)
    return out


def bylined_meta(
    keyed: list[tuple[int, str, str, dict[str, str]]],
    bylined: tuple[str, ...],
    bylines: tuple[str, ...],
    reader: Callable[[str], dict[str, str] | None],
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``keyed`` with each piece's fields read from the byline the extractor left out
    under its heading (``bylined`` and ``bylines`` in one order, the page's hints): the
    byline's date and author are the piece's, over the page's own date.  A byline the
    reader cannot read adds nothing (its line is in the ledger as the extractor's).

    >>> row = lambda s: {"author": s[3:]} if s.startswith("By ") else None
    >>> bylined_meta([(1, "r", "T", {"published": "2021-03-09"})], ("T",), ("By Ann",), row)
    [(1, 'r', 'T', {'published': '2021-03-09', 'author': 'Ann'})]
    """
    if len(bylined) != len(bylines):
        return keyed
    rows = dict(zip(bylined, bylines, strict=True))
    out = []
    for i, rule, title, meta in keyed:
        fields = reader(rows[title]) if title in rows else None
        out.append((i, rule, title, {**meta, **fields} if fields else meta))
    return out
