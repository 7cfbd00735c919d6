"""A repeated line kept as the text's own close: a labelled block glued under its prose.

A labelled block glued under the text's last paragraph is the text's own close
(:func:`glued_close`).  A press release ends with its media contact: a label line
(``Press Contact:``, ``联系方式：``) and one or two lines under it, printed on every
release of the site word for word.  Repeated on every page, the site profile learns them
as chrome; but the page prints them inside the text's own block of lines, no blank line
between them and the last paragraph, while the site's chrome below (a share bar, a
notice, a link list) stands in blocks of its own, parted by blank lines.  Such a block is
kept: on a page that parts its blocks by blank lines, a label line closed by a colon glued
under the last prose line of a block of the text, with at most ``GLUED_MAX`` lines under
it before the blank line that closes the block.

A labelled row that closes each piece of a compilation ('依据：《某规定》') is the last
piece's own too, however often the site repeats its value (:func:`echoed_close`).
Helpers of :func:`~cleaner.stages.boilerplate_site.site_repeat`.
"""

from __future__ import annotations

import re
from collections.abc import Container

#: lines a glued close holds at most, its label line included
GLUED_MAX = 4
#: lines of text the block above it holds at least (the text's own paragraphs)
BODY_MIN = 3
#: what the prose line over a glued close ends with (a sentence, maybe quoted)
_CLOSE_AFTER = ("。", "！", "？", ".", "!", "?", "”", '"')
#: a label line: a few words closed by a colon, no sentence in it
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
    if last < 0 or not stripped[last] or not stripped[last].endswith(_CLOSE_AFTER):
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


#: a labelled close: a short label, a colon, a value of no sentence ('依据：《某规定》')
_LABELLED_CLOSE = re.compile(
    r"^(?P<k>[^。！？!?.:：\s]{2,8})[:：][ \t\u3000]*[^。！？!?；;]{2,60}$"
)


def echoed_close(stripped: list[str], i: int, first: int) -> bool:
    """Is line ``i`` (a repeated line) a labelled close (``依据：《某规定》``) glued under
    a prose line at the end of a block, when a line of the same label closes an earlier
    block of the page's text the same way (below the text's first line ``first``)?  Each
    piece of a compilation closes with its own row of that label; the site repeats the
    value of one on other pages, but the last piece's close is as much its text as the
    ones above it.

    >>> p = ["标题", "正文一句话写完了。", "依据：《甲规定》", ""]
    >>> p += ["正文又一句写完了。", "依据：《乙规定》", ""]
    >>> echoed_close(p, 5, 0), echoed_close(p, 2, 0)
    (True, False)
    >>> q = ["标题", "正文一句话写完了。", "", "正文又一句写完了。", "依据：《乙规定》", ""]
    >>> echoed_close(q, 4, 0)
    False
    """

    def close(k: int) -> re.Match[str] | None:
        if not (0 < k and stripped[k - 1].endswith(_CLOSE_AFTER)):
            return None  # glued under a sentence of the text
        if k + 1 < len(stripped) and stripped[k + 1]:
            return None  # closing its block
        return _LABELLED_CLOSE.match(stripped[k])

    m = close(i)
    if m is None:
        return False
    return any((o := close(k)) is not None and o["k"] == m["k"] for k in range(first + 1, i - 1))
