"""A page whose title is only its ``<title>``: the visible heading names the page's kind.

Some sites print a record page's title nowhere in its body: the ``<title>`` holds it
(``关于某事的诉求-办理公开-某网``), the visible heading names only what the page shows
(``事项详情``, ``Record details``) over a card of fields.  The reader puts the ``<title>``
on top of the text, so the split sees the ``<title>`` line, the heading, the card.  The
title is the ``<title>``'s (the split's title choice reads it from that line); the
``<title>`` line itself is no visible line of the page, and the heading is the card's
head, not a word of the text.  :func:`titled_card` finds that layout so the split reads
the card as metadata under the heading and, once the title is chosen, drops both lines
(recorded as ``split.page_title`` deletions in the ledger, the title kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaner.stages.page_hints import PageHints

#: the heading naming the page's kind is short (a title of its own would be longer)
CARD_HEAD_CHARS = 16


def titled_card(lines: list[str], body: list[int], hints: PageHints | None) -> bool:
    """Do the first two lines of ``body`` (indices into ``lines``) hold the page's
    ``<title>`` and, under it, a short visible heading that is not the title (the page
    has no ``<h1>`` repeating the title)?  The card under the heading is the caller's to
    read.

    >>> from cleaner.stages.page_hints import PageHints
    >>> h = PageHints(title="关于某路灯的诉求-公开-某网", headings=("事项详情",))
    >>> titled_card(["关于某路灯的诉求-公开-某网", "事项详情", "编号：A1"], [0, 1, 2], h)
    True

    A heading that is the title (or part of it), a page with an ``<h1>``, a first line
    that is not the ``<title>``: no.

    >>> h2 = PageHints(title="关于某路灯的诉求-公开-某网", headings=("关于某路灯的诉求",))
    >>> titled_card(["关于某路灯的诉求-公开-某网", "关于某路灯的诉求", "x"], [0, 1, 2], h2)
    False
    >>> h3 = PageHints(title="关于某路灯的诉求-公开-某网", h1="关于某路灯的诉求",
    ...                headings=("事项详情",))
    >>> titled_card(["关于某路灯的诉求-公开-某网", "事项详情", "x"], [0, 1, 2], h3)
    False
    """
    if hints is None or not hints.title or hints.h1 or len(body) < 3:
        return False
    top, head = lines[body[0]].strip(), lines[body[1]].strip()
    return (
        top == hints.title.strip()
        and head in hints.headings
        and 2 <= len(head) <= CARD_HEAD_CHARS
        and head not in top
    )
