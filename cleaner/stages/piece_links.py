"""A link that closes every piece of a compilation: one short line, the same words under
each piece (a digest's 'open the source' link, a 'full story' button), glued under the
piece's last line with a blank line below it.

The site profile learns such a line (it repeats on every page of the site), but inside a
page's body a short learned line is kept: a flattened table's column heads repeat on
every page too (``boilerplate.MIDDLE_MIN_CHARS``).  The two differ in where they stand:
a column head opens its block once a page; a piece's closing link ends a block, the same
words, two times or more on the one page.  :func:`piece_closer` is that test; the
boilerplate stage claims a learned line inside the body that passes it.  A sentence (a
sentence mark inside) is never such a link, nor a line that opens a block (a label over
its text) or stands alone between blank lines (a heading).
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE_MARK

__all__ = ["MAX_LINK_CHARS", "piece_closer"]

#: A closing link is a button's words: at most this many characters.
MAX_LINK_CHARS = 12
#: the mark of a link or a button glued at a short line's edge: an arrow or a triangle
#: (a fold's ▲, a 'more' link's ›, »), a double angle
_LINK_MARK = re.compile(r"(?:^[▲▼△▽►▶◀◄↑↓→←⇧⇩›»>]|[▲▼△▽►▶◀◄↑↓→←⇧⇩›»]$|>>$)")
_SENTENCE_END = ("。", "！", "？", "!", "?", "”")


def piece_closer(lines: list[str], i: int) -> bool:
    """``lines[i]`` (stripped lines of a page) closes two pieces or more of the page:
    the same short words at every place they stand, each under a text line with a blank
    line (or the page's end) below.

    >>> page = ["甲文", "正文一句。", "看来源 ›", "", "乙文", "正文二句。", "看来源 ›", ""]
    >>> piece_closer(page, 2), piece_closer(page, 6)
    (True, True)

    Once on the page, a head over its text, a heading between blank lines: kept.

    >>> piece_closer(page[:4], 2)
    False
    >>> heads = ["单价", "1.2", "", "单价", "3.4", ""]
    >>> piece_closer(heads, 0)
    False
    >>> alone = ["正文一句。", "", "小结", "", "正文二句。", "", "小结", ""]
    >>> piece_closer(alone, 2)
    False

    Glued pieces (no blank line anywhere): the words carry a link's mark and stand under
    a sentence's end each time; a plain head glued between sentences stays.

    >>> glued = ["甲文", "正文一句。", "收起 ▲", "乙文", "正文二句。", "收起 ▲", "页脚"]
    >>> piece_closer(glued, 2), piece_closer(glued, 5)
    (True, True)
    >>> plain = ["甲文", "正文一句。", "小结", "乙句。", "正文二句。", "小结", "丙句。"]
    >>> piece_closer(plain, 2)
    False
    """
    s = lines[i]
    if not s or len(s) > MAX_LINK_CHARS or _SENTENCE_MARK.search(s):
        return False
    at = [j for j, x in enumerate(lines) if x == s]
    if len(at) < 2:
        return False
    for j in at:
        if j == 0 or not lines[j - 1]:
            return False  # opens a block or stands alone: a heading or a column head
    if all(j + 1 >= len(lines) or not lines[j + 1] for j in at):
        return True
    # a page with no blank lines (an HTML page's visible lines): the next piece is glued
    # under the link, so the block's end is no test; a button's mark and a sentence's
    # end over every one of them are
    return bool(_LINK_MARK.search(s)) and all(lines[j - 1].endswith(_SENTENCE_END) for j in at)
