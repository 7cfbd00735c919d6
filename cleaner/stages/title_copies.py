"""A headline scraped twice under a line that was not chosen as it (``headline_copy``).

The split stage keeps a piece's title line said twice in a row once (``split.repeated_
title``), and keeps a verse or a refrain said twice (a line of the text said twice is no
title).  The title chosen is not always that line: an issuer's line joined in front of
it (``某某局`` over ``关于…的通知``), its number (``3. 某题`` over ``某题``), a column or a
kicker line over it (``【随笔】``), a subtitle under it, a site name above it.  The pair
is still the headline when its line is part of the title chosen (the title ends or opens
with it, or equals it once its number, brackets or dash are off), or when it lies right
under the piece's first line, is shaped like a heading (no clause mark), and prose follows
it (a sentence with a comma, closed): a verse or a refrain goes on with short lines.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["headline_copy"]

_DRESS = re.compile(r"^(?:\d{1,3}\s*[.、．]\s*|[【《\[「『（(]|——|—)+|[】》\]」』）)]+$")
_CLAUSE = re.compile(r"[，。；：！？、,;:!?]")
_PROSE = re.compile(r"[，,].*[。！？!?.]$")
#: a part of a title shorter than this is no headline of its own
MIN_PART = 4


def _bare(s: str) -> str:
    return _DRESS.sub("", s.strip()).strip()


def headline_copy(line: str, said: Collection[str], *, second: bool, after: str) -> bool:
    """``line`` (said twice in a row) is the piece's headline: a part of a title in
    ``said``, or (``second``: the pair lies right under the piece's first line) a
    heading's shape over prose (``after``, the line under the pair).

    >>> headline_copy("关于开展消防演练的通知", {"某某街道办关于开展消防演练的通知"},
    ...               second=False, after="")
    True
    >>> headline_copy("雨后的村庄", {"3. 雨后的村庄"}, second=False, after="")
    True
    >>> headline_copy("雨后的村庄", {"【乡土】"}, second=True, after="清晨，雾还没散。")
    True
    >>> headline_copy("青山在何处", {"山行"}, second=True, after="白云深几重")  # a verse
    False
    >>> headline_copy("问：怎样报名？", {"报名须知"}, second=True, after="答：来电即可。")
    False
    """
    s = line.strip()
    bare = _bare(s)
    for t in said:
        t = t.strip()
        if bare and bare == _bare(t):
            return True
        if len(s) >= MIN_PART and len(t) > len(s) and (t.endswith(s) or t.startswith(s)):
            return True
    return second and not _CLAUSE.search(s) and _PROSE.search(after.strip()) is not None
