"""A page's ``<title>`` that cut its headline short and glossed it: ``题干…_出处第5题_站点``.

Sites that title a page by a long headline (a question's stem, a forum subject) cut it
at a fixed width with a cut mark (``…``, ``...``) and put a gloss after a separator: the
paper and the number of a question, the board of a thread, the site's name.  The page
prints the whole headline below.  :func:`cut_copy` tells such a line from the headline
it copies by shape only: the line's part before its first cut mark, at least
:data:`STEM_MIN` characters, opens the headline, and a separator follows the mark.
"""

from __future__ import annotations

import re

__all__ = ["STEM_MIN", "cut_copy", "cut_stem"]

#: the stem of a cut title: at least this many characters (two are too common a word)
STEM_MIN = 4
#: the stem before the first cut mark, a separator after the mark
_CUT = re.compile(r"^(.+?)[ \t]*(?:…+|\.{3,}|。{2,})[ \t]*(?:[_|｜\-—–·]|[ \t][-–—|｜·])")
_SPACES = re.compile(r"\s+")


def cut_stem(line: str) -> str | None:
    """The stem of a cut and glossed title line, or None.

    >>> cut_stem("以下说法正确的…_2020年某省联考第7题_某题库")
    '以下说法正确的'
    >>> cut_stem("Why the old ferry... - Question 12"), cut_stem("等待…")
    ('Why the old ferry', None)
    >>> cut_stem("某事…_站"), cut_stem("某事_站")  # too short a stem; no cut mark
    (None, None)
    """
    m = _CUT.match(line.strip())
    if m is None or len(m.group(1).strip()) < STEM_MIN:
        return None
    return m.group(1).strip()


def cut_copy(line: str, headline: str) -> bool:
    """``line`` is a cut and glossed copy of ``headline`` (spaces squeezed alike).

    >>> cut_copy("以下说法正确的…_2020年某省联考第7题_某题库", "以下说法正确的是（　）。")
    True
    >>> cut_copy("以下说法正确的…_2020年某省联考第7题_某题库", "以下说法错误的是（　）。")
    False
    >>> cut_copy("以下说法正确的是（　）。", "以下说法正确的是（　）。")  # no cut: not this
    False
    """
    stem = cut_stem(line)
    if stem is None:
        return False
    head = _SPACES.sub(" ", headline.strip())
    return head.startswith(_SPACES.sub(" ", stem)) and len(head) > len(stem)
