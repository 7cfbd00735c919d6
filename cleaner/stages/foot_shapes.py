"""The shape of a line at a page's foot: running text (:func:`prose`), a bulleted item
(:func:`_bullet`).  Shared by the foot claims (:mod:`foot_lines`, :mod:`foot_notice`) and
the readers that tell text from chrome by the same test.
"""

from __future__ import annotations

import unicodedata

from cleaner.stages.sentence_marks import SENTENCE_END

#: A foot line is at most this long (a title of another post, a credit bar).
ITEM_MAX_CHARS = 40
#: A prose line: this long, or ending a sentence.
PROSE_CHARS = 30


def prose(s: str) -> bool:
    """A line of running text: PROSE_CHARS long, or ending a sentence; not a bulleted
    question (``· 孩子夜里磨牙要紧吗？``: the title of another question in a link list,
    a question mark ends it but it is an item, not a sentence).

    >>> prose("这是一个完整的句子。"), prose("· 磨牙要紧吗？"), prose("磨牙要紧吗？")
    (True, False, True)
    """
    return (len(s) >= PROSE_CHARS or s.endswith(SENTENCE_END)) and not _question_item(s)


def _question_item(s: str) -> bool:
    """A short bulleted line ending in a question mark (a question's title in a list)."""
    return len(s) <= ITEM_MAX_CHARS and s.endswith(("？", "?")) and _bullet(s) is not None


def _bullet(s: str) -> str | None:
    """The bullet glyph opening ``s`` (a symbol followed by text), if any.

    >>> _bullet("▶ 往期文章"), _bullet("• 条目"), _bullet("（一）标题"), _bullet("1. 标题")
    ('▶', '•', None, None)
    """
    if len(s) < 2:
        return None
    ch = s[0]
    cat = unicodedata.category(ch)
    if cat[0] not in "SP" or cat in ("Ps", "Pi") or ch in "\"'":
        return None
    return ch
