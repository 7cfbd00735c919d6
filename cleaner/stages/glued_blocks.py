"""A labelled block glued under the text's last paragraph: the text's own close.

A press release ends with its media contact: a label line (``Press Contact:``,
``联系方式：``) and one or two lines under it, printed on every release of the site word
for word.  Repeated on every page, the site profile learns them as chrome; but the page
prints them inside the text's own block of lines, no blank line between them and the last
paragraph, while the site's chrome below (a share bar, a notice, a link list) stands in
blocks of its own, parted by blank lines.  :func:`glued_close` keeps such a block: on a
page that parts its blocks by blank lines, a label line closed by a colon glued under the
last prose line of a block of the text, with at most ``GLUED_MAX`` lines under it before
the blank line that closes the block.
"""

from __future__ import annotations

import re
from collections.abc import Container

#: lines a glued close holds at most, its label line included
GLUED_MAX = 4
#: lines of text the block above it holds at least (the text's own paragraphs)
BODY_MIN = 3
#: a label line: a few words closed by a colon, no sentence in it
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "”", '"')
_LABEL_LINE = re.compile(r"^[^。！？!?.:：]{2,24}[:：]$")


def glued_close(stripped: list[str], i: int, hits: Container[int]) -> bool:
    """Is line ``i`` (a repeated line, in ``hits``) part of a labelled block glued under
    a prose line of the text (the line over the block's label, not repeated, ending a
    sentence), the block closed by a blank line?

    >>> page = ["Site", "", "Head", "Para one.", "Para two.", "Para three.",
    ...         "Press Contact:", "Desk | tel 1", "", "Share: a | b"]
    >>> [glued_close(page, k, {6, 7, 9}) for k in (6, 7, 9)]
    [True, True, False]

    Not when a blank line parts it from the text, nor when the page parts no blocks
    (nothing above the text's block is blank), nor without a label line opening it.

    >>> page2 = ["Head", "Para one.", "Para two.", "Para three.", "Contact:", "x", ""]
    >>> glued_close(page2, 4, {4, 5})
    False
    >>> page3 = ["", "Para one.", "Para two.", "Para three.", "Desk | tel 1", "x", ""]
    >>> glued_close(page3, 4, {4, 5})
    False
    """
    start = i
    while start > 0 and stripped[start - 1] and start - 1 in hits:
        start -= 1  # up to the block's label line
    last = start - 1
    if last < 0 or not stripped[last] or not stripped[last].endswith(_SENTENCE_END):
        return False  # no line of the text's prose right over it
    if not _LABEL_LINE.match(stripped[start]):
        return False
    end = next((k for k in range(i + 1, len(stripped)) if not stripped[k]), None)
    if end is None or end - start > GLUED_MAX:
        return False  # the block runs to the page's end, or is no short close
    if not all(k in hits for k in range(start, end)):
        return False  # the close is a repeated block as a whole
    top = last
    while top > 0 and stripped[top - 1]:
        top -= 1
    # the text's block: its own lines over the close, a blank line above it
    return top > 0 and last - top + 1 >= BODY_MIN
