"""Repair rule for HTML pages: a paragraph cut in two by a block the page put inside it
(``repair.join_broken_paragraph.cut_block``).

On an HTML page line breaks are block boundaries, so paragraphs are never joined
(:mod:`cleaner.stages.repair`).  One case is a break all the same: a forum's attachment box,
an inline ad or an image block placed in the middle of a sentence (``…这一`` / image /
``项前后花了1060元。``) splits one paragraph into two blocks.  The evidence is the block
itself: an earlier step (extraction or boilerplate) deleted whole lines exactly there.
Where it did, the line above runs on (it ends in a Han character or a comma, holds a
clause of prose) and the line below continues it, the two are joined as the text pages'
page-break joins are (:meth:`~cleaner.stages.paragraph_joins.JoinRule._break_kind`
judges the pair, with the deleted block counting as a page mark).  Nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from cleaner.edits import Edit
from cleaner.model import Change
from cleaner.provenance import NON_EDITS, expand
from cleaner.stages.repair_tables import _HAN_RE as _HAN

RULE = "repair.join_broken_paragraph.cut_block"
#: The line above must hold one of these: it is prose, not a heading or a label.
_CLAUSE_MARKS = "，。；！？、"


def cut_points(
    ledger: Iterable[Change], wanted: Callable[[Change], bool] | None = None
) -> list[int]:
    """Offsets in the current text where earlier steps deleted whole lines: each deletion
    is carried forward through the steps after it (a point inside a span a later step
    changed moves to that span's start).  ``wanted``: which deletions count (all when
    None).

    >>> rows = [Change("p", "extract", "x", "delete", 4, 9, "img\\nx\\n"),
    ...         Change("p", "read", "y", "delete", 0, 2, "ab", step=1)]
    >>> cut_points(rows)
    [2]
    """
    by_step: dict[int, list[Change]] = {}
    for c in expand(list(ledger), strict=False):
        if c.action not in NON_EDITS:
            by_step.setdefault(c.step, []).append(c)
    points: list[int] = []
    for step in sorted(by_step):
        changes = sorted(by_step[step], key=lambda c: (c.start, c.end))
        shift = _shifter(changes)
        points = [shift(p) for p in points]
        points += [
            shift(c.start)
            for c in changes
            if c.action == "delete"
            and not c.after
            and c.before.strip()
            and "\n" in c.before
            and (wanted is None or wanted(c))
        ]
    return sorted(set(points))


def _shifter(changes: list[Change]) -> Callable[[int], int]:
    def shift(p: int) -> int:
        d = 0
        for c in changes:
            if c.start < p < c.end:
                return c.start + d  # inside a span this step changed
            if c.start > p or (c.start == p and c.end > p):
                break
            d += len(c.after) - (c.end - c.start)  # ends at or before p
        return p + d

    return shift


def block_joins(
    text: str,
    points: list[int],
    judge: Callable[[str, str], str | None],
    min_chars: int,
    headings: tuple[str, ...] = (),
    pairs: frozenset[tuple[str, str]] = frozenset(),
) -> Iterator[Edit]:
    """The joins at ``points`` (:func:`cut_points`): the line break before the point is
    deleted when the markup showed a paragraph cut there (``pairs``: the first piece's
    last and the second's first characters, :func:`cleaner.ingest.html_breaks.cut_pairs`)
    and the line above (at least ``min_chars``, holding a clause mark, not the page's
    first line nor one of its ``headings``) runs on into the line below
    (``judge(above, below)``)."""
    if not pairs:
        return
    first = len(text) - len(text.lstrip())
    for p in points:
        if p <= 0 or p >= len(text) or text[p - 1] != "\n":
            continue
        ls = text.rfind("\n", 0, p - 1) + 1
        if ls <= first:
            continue  # the page's first line: its title, never a paragraph's head
        above = text[ls : p - 1].rstrip(" \t\u3000")
        if any(above.strip().endswith(h) for h in headings if h):
            continue
        le = text.find("\n", p)
        below = text[p : len(text) if le == -1 else le].strip()
        if len(above.strip()) < min_chars or not any(ch in above for ch in _CLAUSE_MARKS):
            continue
        if not (_HAN.match(above[-1]) or above[-1] in "，、,") or not _HAN.match(below[:1]):
            continue  # the sentence above must stop mid-way and go on below
        if not any(above.endswith(a) and below.startswith(b) for a, b in pairs):
            continue
        if judge(above, below) is None:
            continue
        yield Edit(ls + len(above), p, "", RULE, "delete")
