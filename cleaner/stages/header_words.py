"""The words of a piece's header row that neither its title nor its text keeps.

A compilation's header row may be read as a number and a kicker over the piece's own
title line (``CASE 04 · 某类`` over the headline), or a split may title a piece with the
line under its numbered row (``1. 某型号`` over a tagline): the row goes as the piece's
header, and with it the words beside the number.  Those words are content (a category,
a model's name): :func:`lost_row_words` finds them, and the split stage keeps them in
the piece's ``category`` field, so no header's words are silently lost.
"""

from __future__ import annotations

import re

from cleaner.stages.split_header_shapes import candidate, untagged, vocab

__all__ = ["lost_row_words"]

_SPACES = re.compile(r"[\s\u3000]+")


def lost_row_words(row: str, title: str, body: str) -> str | None:
    """The words beside the number of the header ``row`` when neither ``title`` nor
    ``body`` holds them; None when the row has no such words or they are kept.

    >>> lost_row_words("CASE 04 · 甲类险", "某某确诊后获赔", "正文。")
    '甲类险'
    >>> lost_row_words("1. Aero 14", "Light 14 inch laptop", "正文。")
    'Aero 14'
    >>> lost_row_words("1. 晚风", "晚风", "正文。") is None  # the row's words are the title
    True
    >>> lost_row_words("第一篇", "某题", "正文。") is None  # a bare number: nothing lost
    True
    """
    s = untagged(row.strip())
    if not s:
        return None
    c = candidate(0, s, vocab())
    words = c.title.strip() if c is not None else ""
    if not words or not any(ch.isalpha() for ch in words):
        return None
    flat = _SPACES.sub("", words)
    if flat in _SPACES.sub("", title) or flat in _SPACES.sub("", body):
        return None
    return words
