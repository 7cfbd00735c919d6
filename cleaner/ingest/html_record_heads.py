"""The linked title heading each record of a compilation: kept, not a link list.

A compilation printed as repeated records (a mailbox's letters and replies, a Q&A
board's questions, a column's items) opens every record's container with its title as
a link to the record's own page, then the record's rows and paragraphs.  Such a line is
mostly link text, so ``extract.link_list`` drops it: each record loses its title and the
split stage has nothing to cut the page at.

A record's title is told from a link list by its place, not its words: it is the FIRST
line of its container, the same container holds kept prose of its own under it, and two
containers at least of one shape (tag and class words) on the page are so headed.  A
menu, a tag row or a related-posts list heads no container of prose; a list's items are
each alone in their ``<li>``.  :func:`record_heads` returns those lines, to be kept.

:func:`record_tails` finds where each such record ends: the last kept line of its
container.  The text loses the markup, and a record's closing sentence sits right over
the page's foot when the record is the last; its container tells them apart.
"""

from __future__ import annotations

from cleaner.ingest.html_layout import MAX_LINK_DENSITY, _Block, _Line, _weight_len

__all__ = ["record_heads", "record_tails"]

#: A paragraph of the record under its title: at least this many characters (a Han
#: character counting :data:`~cleaner.ingest.html_layout.HAN_WEIGHT` times).
PROSE_MIN_CHARS = 40
#: Records of one shape on the page, each headed by a linked title.
MIN_RECORDS = 2
#: A title is at most this many characters long.
TITLE_MAX_CHARS = 60


def record_heads(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> set[int]:
    """The lines ``extract.link_list`` drops that head a record (module doc)."""
    first: dict[int, int] = {}  # each container's first line
    prose: set[int] = set()  # containers that hold a kept paragraph
    for i, ln in enumerate(lines):
        if not texts[i]:
            continue
        for o in ln.owners:
            first.setdefault(o, i)
        if (
            reasons[i] is None
            and len(ln.owners) >= 2
            and _weight_len(texts[i]) >= PROSE_MIN_CHARS
            and ln.link_chars <= MAX_LINK_DENSITY * max(1, ln.chars)
        ):
            prose.update(ln.owners[:-1])
    found: dict[str, list[int]] = {}
    for i, r in enumerate(reasons):
        ln = lines[i]
        if r != "extract.link_list" or len(ln.owners) < 2 or len(texts[i]) > TITLE_MAX_CHARS:
            continue
        holder = ln.owners[-2]
        block = blocks.get(holder)
        if block is None or not block.shape or first.get(holder) != i or holder not in prose:
            continue
        if any(blocks[o].comments or blocks[o].reader for o in ln.owners if o in blocks):
            continue
        found.setdefault(block.shape, []).append(i)
    return {i for heads in found.values() if len(heads) >= MIN_RECORDS for i in heads}


def record_tails(
    lines: list[_Line], texts: list[str], heads: set[int], reasons: list[str | None]
) -> list[int]:
    """The last kept line of each record's container, one per head in ``heads`` (a head
    whose container keeps no line under it has none): the record ends there, whatever
    the page prints after it (its foot's notices)."""
    out: list[int] = []
    for h in sorted(heads):
        holder = lines[h].owners[-2]
        last = None
        for j in range(h + 1, len(lines)):
            if holder not in lines[j].owners:
                if texts[j]:
                    break  # the container closed
                continue
            if texts[j] and reasons[j] is None:
                last = j
        if last is not None:
            out.append(last)
    return out
