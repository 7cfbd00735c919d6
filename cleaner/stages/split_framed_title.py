"""A lone piece's title framed by metadata rows: a date row over it, a row under it.

A blog post's page often sets its stamp row (``Mar 09 Tue 2021 20:15``, ``2021-03-09``)
ABOVE the headline and its labelled row (``分類：某類``) UNDER it; when the stamp stands
under the headline the split stage already reads it as the piece's header row.  Here the
piece opens with a short row the readers read as a date, the title line right under it:
that row is metadata, and so is the short row right under the title when the readers
read fields from it and it is no sentence.  Rows the readers do not read stay as text, and
so does a card of several labelled cells over the title (``种类：讲义　格式：pdf　日期：…``): a
stamp row holds one label at most.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.sentence_marks import SENTENCE_END_NO_DOT

#: A framing row is at most this long (a stamp, a label and a value or two).
FRAME_MAX_CHARS = 40
#: A label and its colon (``日期：``, ``Date:``); a clock's ``20:15`` is none.
_LABEL = re.compile(r"[\u3400-\u9fffA-Za-z]+\s*[：:]")


def framed_title_rows(
    lines: list[str],
    content: list[int],
    title: str,
    read: Callable[[str], dict[str, str] | None],
) -> list[tuple[int, dict[str, str]]]:
    """``(line index, fields)`` of the rows framing the title (see the module doc).

    >>> def read(s):
    ...     if s.startswith("2021"):
    ...         return {"published": s[:10]}
    ...     return {"category": s[3:]} if s.startswith("分類：") else None
    >>> page = ["2021-03-09 20:15", "山城的早點", "分類：早餐", "正文第一段。", "正文第二段。"]
    >>> framed_title_rows(page, [0, 1, 2, 3, 4], "山城的早點", read)
    [(0, {'published': '2021-03-09'}), (2, {'category': '早餐'})]

    No date row over the title, or the title not right under it: nothing.

    >>> framed_title_rows(page[1:], [0, 1, 2, 3], "山城的早點", read)
    []
    >>> framed_title_rows(page, [0, 2, 3, 4], "山城的早點", read)
    []
    >>> card = ["种类：讲义　格式：pdf　日期：2021-03-09"] + page[1:]
    >>> framed_title_rows(card, [0, 1, 2, 3, 4], "山城的早點", lambda s: {"published": "x"})
    []
    >>> said = page[:2] + ["分類：今天吃得很飽。"] + page[3:]
    >>> framed_title_rows(said, [0, 1, 2, 3, 4], "山城的早點", read)
    [(0, {'published': '2021-03-09'})]
    """
    if len(content) < 3 or lines[content[1]].strip() != title.strip():
        return []
    top = lines[content[0]].strip()
    stamp = len(top) <= FRAME_MAX_CHARS and len(_LABEL.findall(top)) <= 1
    fields = read(top) if stamp else None
    if not fields or "published" not in fields:
        return []
    out = [(content[0], fields)]
    under = lines[content[2]].strip()
    if len(under) <= FRAME_MAX_CHARS and not under.endswith(SENTENCE_END_NO_DOT):
        if below := read(under):
            out.append((content[2], below))
    return out
