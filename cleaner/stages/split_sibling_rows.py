"""Two closing rows printed in one frame: the pieces of a digest each closed by its source.

A digest of two short items prints each item's source under it in the same frame
(``（据某台新闻）`` … ``（据某某网）``, ``——据某报`` … ``——据某刊``, ``（选自《某刊》）`` …
``（选自《某书》）``): the same opening marks and verb, the same closing mark, another name
between.  When the page is left one article, the last such row is the last item's, not a
field of the page (:func:`split_piece_end._sibling_closings`); one parallel row above that
closes a block is enough to say so when the items match (:func:`items_match`: the text
under the page's title opens with a heading of the shape of the one under that row),
where an unframed dated row, or a framed one amid a headed article, needs two.
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE_MARKS

__all__ = ["heads_next", "items_match", "parallel_rows"]

# a row's opening marks (a bracket, a dash), then the verb or label they frame
_OPENING = re.compile(r"^[^\w\s]+(?=[\u4e00-\u9fff])")
#: The next item's title under a closing row is at most this long.
TITLE_MAX_CHARS = 30
#: An item's heading names a story: at least this many letters after its lead (a
#: section's label, '背景', '专家观点', is shorter).
ITEM_HEAD_MIN = 6
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


# a heading's lead: a number in its frame ('一、', '（二）', '3.', '第四部分'), a mark ('◇', '【')
_LEAD = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十百零〇\d]+[）)、.．]|第[一二三四五六七八九十百零〇\d]+[\u4e00-\u9fff]?"
    r"|[^\w\s])"
)


def _head_shape(line: str) -> str | None:
    """A heading's shape (its lead with the number masked, ``bare`` with none), or None
    for a line that is no heading (long, a sentence's marks)."""
    s = line.strip()
    if not s or len(s) > TITLE_MAX_CHARS or _SENTENCE_MARKS.search(s):
        return None
    lead = _LEAD.match(s)
    if len(s) - (lead.end() if lead else 0) < ITEM_HEAD_MIN:
        return None  # a section's label ('做法', '专家观点'), no story's headline
    if lead is None:
        return "bare"
    return re.sub(r"[一二三四五六七八九十百零〇]+", "N", re.sub(r"\d+", "D", lead[0]))


def items_match(lines: list[str], top: int, j: int) -> bool:
    """The row ``lines[j]`` closes an item of a digest: the text opens (at ``top``, right
    under the page's title) with a heading of the same shape as the heading under the row,
    so that every block is a headed item; an article's first paragraph there, or a
    heading of another shape, says the row is a note amid one article.

    >>> page = ["某刊", "◇某镇夜市开张", "正文。", "（据某台）", "◇某县梨子丰收", "正文。"]
    >>> items_match(page, 0, 3)
    True
    >>> items_match(["某题", "正文一段。", "（据某台）", "小标题", "正文。"], 0, 2)
    False
    >>> items_match(["某刊", "一、某事", "正文。", "（据某台）", "◇某事二", "正文。"], 0, 3)
    False
    >>> items_match(["某题", "背景介绍", "正文。", "（据某台）", "专家观点", "正文。"], 0, 3)
    False
    """
    above = [t for t in lines[top:j] if t.strip()][:2]
    below = next((t for t in lines[j + 1 :] if t.strip()), None)
    if not above or below is None:
        return False
    first = above[0].strip()
    if len(above) == 2 and len(first) <= TITLE_MAX_CHARS and not _SENTENCE_MARKS.search(first):
        above = above[1:]  # the page's title, the first item's heading under it
    shape = _head_shape(above[0])
    return shape is not None and shape == _head_shape(below)
