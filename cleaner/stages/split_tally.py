"""The compilation's tally under its last piece (``以上议案共3件，均已审议完毕。``).

A compilation often closes by counting what it holds: one short line in a block of its
own under the last piece, a figure and a counter's unit (``3件``, ``五篇``, ``4 items``).
The split stage cuts the page at the pieces' headers, so that line falls into the last
piece, where it is no text of that piece.  :func:`tally_close` tells it by structure, no
word of it: the figure equals the number of pieces the page was cut into (two at least),
it is the line's only figure, the line is short and parted from the piece's text by a blank
line, and the last piece keeps text above it.  A closing line with no figure, or with a
figure that counts something else (``受影响约40户``), stays the piece's.

Two more shapes of that close.  A longer remark that OPENS by counting the pieces (the
figure in its first short clause: ``上述3起问题，反映出……``, ``以上五个案例警示我们……``)
is the compilation's closing word on them, however long it goes on.  And where every
piece is closed by a row of its fields (a ``承办 / 结案`` table, taken out as the piece's
metadata), that row parts the close from the last piece's text as a blank line would.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cleaner.stages.split_dates import cn_number

__all__ = ["TALLY_MAX_CHARS", "tally_close"]

#: a tally is one short line
TALLY_MAX_CHARS = 40
#: ... or a remark that opens by the count (in a first clause this short) up to this long
OPEN_CLAUSE_CHARS = 12
OPEN_MAX_CHARS = 200
_ORDINAL = ("第", "#", "№")
_CLAUSE = re.compile(r"[，,；;：:。.！!？?]")

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


def tally_close(
    lines: Sequence[str], segments: Sequence[Segment], taken: Collection[int] = ()
) -> list[int]:
    """The tally line under the last piece (see the module), or none.  ``taken``: the
    lines already taken out as rows of the pieces (a row closing the last piece parts
    the tally from its text as a blank line does).

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

    A long remark opening by the count, under the row that closes the last piece:

    >>> long = "以上两则案例提醒我们，" + "各单位务必把这项工作抓紧抓实，" * 4
    >>> closed = ["第1号", *body, "经办　某局", "第2号", *body, "经办　某局", long]
    >>> tally_close(closed, segs, taken={3, 7}), tally_close(closed, segs)
    ([8], [])
    >>> tally_close([*closed[:-1], "我们看到，以上两则案例" + long], segs, taken={3, 7})
    []
    >>> dated = "这2名干部的问题提醒我们，2021年以来" + long
    >>> tally_close([*closed[:-1], dated], segs, taken={3, 7})
    [8]
    >>> tally_close([*closed[:-1], "第2次会议提醒我们，" + long], segs, taken={3, 7})
    []
    """
    if len(segments) < 2:
        return []
    start, end, _ = segments[-1]
    filled = [j for j in range(start, end) if lines[j].strip()]
    if len(filled) < 2:
        return []
    j = filled[-1]
    line = lines[j].strip()
    closer = j - 1 in taken and j - 1 >= start
    if lines[j - 1].strip() and not closer:
        return []  # glued under the text: the piece's own
    if not any(k < j and k not in taken for k in filled):
        return []  # the piece keeps no text above it
    if len(line) <= TALLY_MAX_CHARS:
        # a short tally: its one figure counts the pieces
        return [j] if _figures(line) == [len(segments)] and _COUNTED.search(line) else []
    # a remark opening by the count (its first clause's one figure; later clauses may
    # hold other numbers: a year, a slogan's '四风')
    first = _CLAUSE.split(line, maxsplit=1)[0]
    if len(line) > OPEN_MAX_CHARS or len(first) > OPEN_CLAUSE_CHARS:
        return []
    counted = _COUNTED.search(first)
    if counted is None or first[counted.start() - 1 : counted.start()] in _ORDINAL:
        return []  # '第2次…': an ordinal counts nothing
    return [j] if _figures(first) == [len(segments)] else []
