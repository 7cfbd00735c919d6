"""A text's paragraphs that stand in no container of their own.

The main content is the maximum-weight subtree (:mod:`cleaner.ingest.html`).  When a page
puts its text's paragraphs straight into a wide block beside the site's chrome (a Q&A page:
the question, then the answer's ``<p>`` siblings in ``<body>`` among a menu, a stock box,
a related list), that block weighs less than its heaviest paragraph, and the subtree chosen
is that one ``<p>``: its sibling paragraphs are left out, one of them the answer's own.

:func:`paragraph_run` takes them back: when the chosen block is a paragraph (``<p>``), the
sibling paragraphs right before and after it, each a line of text (positive weight: not
link-heavy, not post meta, not a short bar, not chrome by name or pattern), up to the first
sibling that is anything else (a heading, a bar, a list, a chrome paragraph) or any line
of the parent's own.  A chrome ``<p>`` (a copyright line, a share bar, a link list) is no
run's paragraph and ends it; a site's notice in a paragraph glued to the text stays with
it here, for the boilerplate stage's site profile to judge.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.ingest.html_layout import _Block, _Line

__all__ = ["paragraph_run"]

#: The tags of a text's paragraphs.
PARAGRAPH_TAGS = frozenset({"p"})


def paragraph_run(
    best: int,
    blocks: dict[int, _Block],
    lines: list[_Line],
    use: list[bool],
    weight: Callable[[int], float],
) -> set[int]:
    """The sibling paragraphs of the chosen paragraph ``best`` that continue its text
    (module doc): an empty set unless ``best`` is a paragraph.  ``use[i]``: line ``i`` is
    shown and weighed; ``weight(i)``: its weight (chrome counted against it)."""
    blk = blocks.get(best)
    if blk is None or blk.tag not in PARAGRAPH_TAGS or blk.parent is None:
        return set()
    parent = blk.parent
    # the shown lines in order, each with the child of ``parent`` holding it (None: a line
    # outside the parent, or of the parent's own)
    shown: list[tuple[int, int | None]] = []
    for i, (ln, u) in enumerate(zip(lines, use, strict=True)):
        if u:
            own = ln.owners
            k = own.index(parent) if parent in own else -1
            shown.append((i, own[k + 1] if 0 <= k < len(own) - 1 else None))
    at = [n for n, (_, c) in enumerate(shown) if c == best]
    if not at:
        return set()
    run: set[int] = set()
    for step, n in ((1, at[-1] + 1), (-1, at[0] - 1)):
        while 0 <= n < len(shown):
            c = shown[n][1]
            if c is None or c == best or blocks[c].tag not in PARAGRAPH_TAGS:
                break
            if weight(shown[n][0]) <= 0.0:
                break  # a bar, a link list, a chrome line in a paragraph: the run ends
            run.add(c)
            n += step
    return run
