"""A headline a plain-text page wraps over two lines: the two lines are one title.

A page saved as text keeps the line break a narrow column put into a long headline
(``某县启动山塘水库`` / ``除险加固工程``).  Without a ``<title>`` to compare with
(:func:`split_broken_title.join_broken` joins those), the break is read from the lines'
shapes: both are heading-shaped (:func:`title_shape.line_shape`), the first is long
enough to have been wrapped and does not close with a mark, and the second goes on from it
(a Han first line holding a gap or a separator, ``某事-某站``, is a title with its site's name:
no wrap):

* Latin: the second line opens with a lower-case letter (a sentence's words go on);
* Han: the second line opens with a Han letter and is no longer than the first (a wrap
  leaves the rest, a subtitle is a line of its own length), and it is no column
  label over a longer headline (:func:`title_shape.kicker`), no part's own heading
  (``第一章　总则``: an ordinal opening it, or a gap inside it).

The line under the pair must be no heading (a metadata row or the body): two headings
over a third are a list of titles, not one headline.  A subtitle marked as one (``——``,
a label, brackets) never opens with a letter, a byline or a date is no heading.  The
vocabulary is the shapes' (``title_shape.toml``) and ``[wrap]`` there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.title_shape import ORDINAL, kicker, line_shape

__all__ = ["wrapped_title"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LOWER = re.compile(r"[a-z]")
_LATIN_END = re.compile(r"[A-Za-z0-9]")
# a separator that parts a page's title from its site's name ('某事-某站', '某站｜某栏')
_PARTED = re.compile(r"[|｜_＿]|-(?=[\u4e00-\u9fff])|－")


@lru_cache(maxsize=1)
def _limits() -> tuple[int, int]:
    w = load_table("title_shape")["wrap"]
    return int(w["han_min"]), int(w["latin_min"])


def wrapped_title(lines: list[str]) -> str | None:
    """``lines[0]`` and ``lines[1]`` joined when they are one headline wrapped over two
    lines (see the module), else None.  Han lines join without a space, Latin with one.

    >>> wrapped_title(["青川镇修好了进山的", "石板路和木桥", "发布时间：2023-04-11"])
    '青川镇修好了进山的石板路和木桥'
    >>> wrapped_title(["Lowmoor volunteers repaint the", "old lifeboat station", "By A. B"])
    'Lowmoor volunteers repaint the old lifeboat station'
    >>> wrapped_title(["青川镇石板路修缮记", "一条山路走了十年的人们", "正文。"]) is None
    True
    >>> wrapped_title(["青川镇修好了进山的", "石板路和木桥", "青川镇修好了进山的木桥"]) is None
    True

    A first line that holds a gap or a separator is a title with its site's name, whole:

    >>> wrapped_title(["青川镇修好了石板路-青川镇人民政府", "青川镇修缮纪要", "正文。"]) is None
    True
    >>> wrapped_title(["青川社区大学　｜　本学期课程", "石板路修缮课", "讲师：某某"]) is None
    True
    """
    if len(lines) < 3:
        return None
    a, b, after = lines[0].strip(), lines[1].strip(), lines[2].strip()
    if not a or not b or not after or a == b:
        return None
    # the join's own tests on the two lines' ends first (most title lines fail them: the
    # body under a title is longer, or opens with no letter going on): no shape is read
    han = _HAN.match(a[-1]) is not None and _HAN.match(b[0]) is not None
    if han and len(b) > len(a):
        return None
    if not han and not (_LATIN_END.match(a[-1]) and _LOWER.match(b[0])):
        return None
    if line_shape(a) != "heading" or line_shape(b) != "heading":
        return None
    if line_shape(after) in ("heading", "section"):
        return None  # headings over a heading: a list of titles
    han_min, latin_min = _limits()
    if han:
        if len(a) < han_min or len(b) > len(a) or kicker(lines, 0):
            return None
        if ORDINAL.match(b) or any(ch.isspace() for ch in b):
            return None  # a part's own heading ('第一章　总则'): a wrap holds no gap
        if any(ch.isspace() for ch in a) or _PARTED.search(a):
            return None  # a title with its site's name ('某事-某站', '某站　｜　某栏'): whole
        return a + b
    if _LATIN_END.match(a[-1]) and _LOWER.match(b[0]) and not _HAN.search(a + b):
        return f"{a} {b}" if len(a.split()) >= latin_min else None
    return None
