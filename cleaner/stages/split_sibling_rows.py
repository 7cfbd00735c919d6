"""Two closing rows printed in one frame: the pieces of a digest each closed by its source.

A digest of two short items prints each item's source under it in the same frame
(``（据某台新闻）`` … ``（据某某网）``, ``——据某报`` … ``——据某刊``, ``（选自《某刊》）`` …
``（选自《某书》）``): the same opening marks and verb, the same closing mark, another name
between.  When the page is left one article, the last such row is the last item's, not a
field of the page (:func:`split_piece_end._sibling_closings`); one parallel row above that
closes a block is enough to say so, where an unframed dated row needs two.
"""

from __future__ import annotations

import re

__all__ = ["heads_next", "parallel_rows"]

# a row's opening marks (a bracket, a dash), then the verb or label they frame
_OPENING = re.compile(r"^[^\w\s]+(?=[\u4e00-\u9fff])")
_SENTENCE_MARKS = re.compile("[，。！？；,!?;]")
#: The next item's title under a closing row is at most this long.
TITLE_MAX_CHARS = 30
# a row's frame is short: a value between its opening and its closing
ROW_MAX_CHARS = 60


def _framed(line: str) -> bool:
    """A short row opened by marks and a Han letter (``（据…``, ``——选自…``)."""
    return 0 < len(line) <= ROW_MAX_CHARS and _OPENING.match(line) is not None


def parallel_rows(a: str, b: str) -> bool:
    """``a`` and ``b`` are printed in one frame with other values: the same opening marks
    and the same first letter after them (the verb or label), the same closing mark,
    another text.

    >>> parallel_rows("（据某台新闻）", "（据某某网）"), parallel_rows("——据某报", "——据某刊")
    (True, True)
    >>> parallel_rows("（选自《某刊》）", "（选自《某书》第三卷）")
    True
    >>> parallel_rows("（据某台）", "（据某台）"), parallel_rows("（据某台）", "——据某刊")
    (False, False)
    >>> parallel_rows("据说他来了", "据说她来了"), parallel_rows("（据某台）", "（记者某某）")
    (False, False)
    """
    a, b = a.strip(), b.strip()
    if a == b or not (_framed(a) and _framed(b)):
        return False
    ma, mb = _OPENING.match(a), _OPENING.match(b)
    assert ma is not None and mb is not None
    n = ma.end()
    closed = not (a[-1].isalnum() and b[-1].isalnum())  # a closing mark on either
    return ma[0] == mb[0] and a[n] == b[n] and (a[-1] == b[-1] or not closed)


def heads_next(lines: list[str], j: int) -> bool:
    """The first line with text under ``lines[j]`` is a heading (short, no sentence mark),
    the next item's title: the row closes an item, not a quote amid the prose.

    >>> heads_next(["（据某台）", "", "二、某事", "正文。"], 0)
    True
    >>> heads_next(["（据某台）", "", "他还说，今年将新增岗位。"], 0)
    False
    """
    nxt = next((t.strip() for t in lines[j + 1 :] if t.strip()), None)
    return nxt is not None and len(nxt) <= TITLE_MAX_CHARS and not _SENTENCE_MARKS.search(nxt)
