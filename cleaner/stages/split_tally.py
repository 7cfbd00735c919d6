"""The compilation's tally under its last piece (``以上议案共3件，均已审议完毕。``).

A compilation often closes by counting what it holds: one short line in a block of its
own under the last piece, a figure and a counter's unit (``3件``, ``五篇``, ``4 items``).
The split stage cuts the page at the pieces' headers, so that line falls into the last
piece, where it is no text of that piece.  :func:`tally_close` tells it by structure: the
figure equals the number of pieces the page was cut into (two at least), it is the line's
only figure, the line is short, and the last piece keeps text above it; and the line
speaks of all the pieces: a summary word opens it (``以上``, ``本辑``, ``In all``) or it is
a note in brackets (:func:`~cleaner.stages.compilation_words.summary_line`, the words in
``rules/compilations.toml``).  A blank line above it is no proof (the repair stage takes
single blank lines away).  A closing line with no figure, a figure that counts something
else (``受影响约40户``), or a count that is a fact of the last piece (``去年冬天，3名学生
落水。`` on a page of three pieces) stays the piece's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.compilation_words import back_ref, summary_line
from cleaner.stages.split_dates import cn_number

__all__ = ["TALLY_MAX_CHARS", "tally_close"]

#: a tally is one short line: the count and at most one clause more, referring back to
#: the pieces ('均已审议完毕': :func:`~cleaner.stages.compilation_words.back_ref`)
TALLY_MAX_CHARS = 40
TALLY_CLAUSES = 2

_CLAUSE = re.compile(r"[，,；;。！!？?]")

_FIGURE = re.compile(r"[0-9０-９]+|[一二三四五六七八九十两]+")
#: a figure and its counter's unit; a date's or a time's unit counts no piece
_COUNTED = re.compile(
    r"(?:[0-9０-９]+|[一二三四五六七八九十两]+)\s*(?:[^\W\d年月日号號时時分秒点點]|items?\b|pieces?\b)"
)

Segment = tuple[int, int, "tuple[int, str, str] | None"]


def _figures(line: str) -> list[int]:
    out = []
    for m in _FIGURE.finditer(line):
        s = m.group().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
        n = cn_number(s)
        if n is not None:
            out.append(n)
    return out


def tally_close(lines: Sequence[str], segments: Sequence[Segment]) -> list[int]:
    """The tally line under the last piece (see the module), or none.

    >>> body = ["理由：", "这里是一段说明文字，写得比较长一些。"]
    >>> page = ["第1号", *body, "", "第2号", *body, "", "以上议案共2件，均已审议完毕。"]
    >>> segs = [(1, 4, (0, "h", "")), (5, 9, (4, "h", ""))]
    >>> tally_close(page, segs)
    [8]
    >>> tally_close([*page[:-1], "以上议案共3件，均已审议完毕。"], segs)  # counts something else
    []
    >>> tally_close([*page[:-1], "居民对此表示欢迎，希望早日建成。"], segs)  # no figure
    []
    >>> tally_close([*page[:-1], "以上材料于2日印发。"], segs)  # a day, no count
    []
    >>> tally_close([*page[:-1], "去年冬天，2名学生在桥上摔倒。"], segs)  # a fact, no summary
    []
    >>> tally_close([*page[:-1], "（以上2项均已完成，下周开始验收，月底前结束。）"], segs)
    []
    >>> tally_close([*page[:-1], "（以上2项均已完成，下月计划更换旧表。）"], segs)  # news
    []
    >>> glued = [*page[:-2], "以上议案共2件。"]  # no blank line above: still the tally
    >>> tally_close(glued, [segs[0], (5, 8, (4, "h", ""))])
    [7]
    """
    if len(segments) < 2:
        return []
    start, end, _ = segments[-1]
    filled = [j for j in range(start, end) if lines[j].strip()]
    if len(filled) < 2:
        return []
    j = filled[-1]
    line = lines[j].strip()
    if len(line) > TALLY_MAX_CHARS or not summary_line(line):
        return []  # a long line, or one that speaks of no pieces: the piece's own
    clauses = [c for c in _CLAUSE.split(line.strip("（()）")) if c.strip()]
    if len(clauses) > TALLY_CLAUSES or not all(back_ref(c) for c in clauses[1:]):
        return []  # a count and news of its own ('…均已完成，下周计划…'): the piece's text
    if _figures(line) != [len(segments)] or not _COUNTED.search(line):
        return []
    return [j]
