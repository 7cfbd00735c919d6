"""The heading over each record of a compilation: the record's title, by the page's markup.

A Q&A board, a mailbox or a column prints each record in a container of its own (one
tag and class shape, the same for every record), its title in a heading element
(``<h3>``, ``<h4>``) near the container's top and its paragraphs under it.  The titles are
kept by the extractor; what :mod:`cleaner.ingest.html_record_heads` does for titles that
are links (it declares them ``record_heads``, the last kept line of each container
``record_tails``), :func:`heading_heads` does for titles that are headings, so that the
split cuts the page at them (:mod:`cleaner.stages.split_record_run`, which wants each
title over a row of fields) and the boilerplate stage keeps a record's set phrases
(:mod:`cleaner.stages.record_sentences`) however often the site prints them.

A heading is such a title by its place and its container's shape, not its words:

* it is the only heading of its container, at most :data:`ROWS_ABOVE` short lines under
  the container's top (a numbered tag row may stand over it);
* the container holds kept prose of its own under it (:data:`PROSE_MIN_CHARS`);
* two containers at least of one shape (tag and class words) on the page are so headed.

An article's sections (``<section><h2>…</h2><p>…</p></section>``) may pass too: they are
records for the boilerplate stage (it keeps more of them, never less) but the split cuts
only where every title stands over a row of fields, which a section heading does not.
"""

from __future__ import annotations

from cleaner.ingest.html_layout import MAX_LINK_DENSITY, _Block, _Line, _weight_len
from cleaner.ingest.html_record_heads import PROSE_MIN_CHARS
from cleaner.stages.split_record_leads import ROWS_ABOVE

__all__ = ["PROSE_MIN_CHARS", "ROWS_ABOVE", "heading_heads"]

# PROSE_MIN_CHARS: a paragraph of the record under its title, at least this many
# characters, as a linked title's record (html_record_heads).  ROWS_ABOVE: lines of the
# container over its title (a tag row, a number), each no longer than a title: at most
# this many (split_record_leads, which deletes them).
#: Records of one shape on the page, each headed by a heading.
MIN_RECORDS = 2
#: A title is at most this many characters long.
TITLE_MAX_CHARS = 60


def heading_heads(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> dict[int, list[int]]:
    """The kept heading lines that each head a record's container (module doc), each
    with the kept lines of its container over it (a record's tag row, its number).

    >>> from cleaner.ingest.html_layout import _Block, _Line
    >>> body = "答：您好！这是本条记录自己的回答，写得足够长，像一段真正的文字，句号结尾。"
    >>> rows = [("某栏目", 1, False), ("编号：A1", 2, False), ("第一问？", 2, True),
    ...         (body, 2, False), ("第二问？", 3, True), (body, 3, False)]
    >>> lines = [_Line([t], chars=len(t), owners=(1, c, 9 + k), heading=h)
    ...          for k, (t, c, h) in enumerate(rows)]
    >>> blocks = {1: _Block(None), 2: _Block(1, shape="div.qa"), 3: _Block(1, shape="div.qa")}
    >>> heading_heads(lines, [t for t, _, _ in rows], blocks, [None] * 6)
    {2: [1], 4: []}
    >>> blocks[3] = _Block(1, shape="div.other")  # one container of each shape: no records
    >>> heading_heads(lines, [t for t, _, _ in rows], blocks, [None] * 6)
    {}
    """
    members: dict[int, list[int]] = {}  # each container's text lines, in page order
    for i, ln in enumerate(lines):
        if texts[i]:
            for o in ln.owners[:-1]:
                members.setdefault(o, []).append(i)
    found: dict[str, dict[int, list[int]]] = {}
    for holder, idx in members.items():
        block = blocks.get(holder)
        if block is None or not block.shape or block.comments or block.reader:
            continue
        heads = [i for i in idx if lines[i].heading]
        if len(heads) != 1 or lines[heads[0]].owners[-2] != holder:
            continue  # one heading, the container's own child (its tail is read so)
        h = heads[0]
        if reasons[h] is not None or len(texts[h]) > TITLE_MAX_CHARS:
            continue
        above = idx[: idx.index(h)]
        if len(above) > ROWS_ABOVE or any(len(texts[j]) > TITLE_MAX_CHARS for j in above):
            continue
        if not any(_prose(lines[j], texts[j]) and reasons[j] is None for j in idx if j > h):
            continue
        found.setdefault(block.shape, {})[h] = [j for j in above if reasons[j] is None]
    return {
        h: above
        for heads in found.values()
        if len(heads) >= MIN_RECORDS
        for h, above in heads.items()
    }


def _prose(ln: _Line, text: str) -> bool:
    return _weight_len(text) >= PROSE_MIN_CHARS and ln.link_chars <= MAX_LINK_DENSITY * max(
        1, ln.chars
    )
