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

A longer remark that OPENS by counting the pieces (the figure in its first short clause:
``上述3起问题，反映出……``, ``以上五个案例警示我们……``, ``这三起案件说明……``) is the
compilation's closing word on them, however long it goes on, when a summary word or a
demonstrative (``这``) opens it and it stands apart from the last piece's text: under a
blank line, or under the row of fields that closes every piece (a ``承办 / 结案`` table,
taken out as the piece's metadata).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from cleaner.stages.compilation_words import back_ref, piece_counters, summary_line
from cleaner.stages.sentence_marks import CLAUSE_MARK as _CLAUSE
from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_numerals import fw_digits

__all__ = ["TALLY_MAX_CHARS", "tally_close"]

#: a tally is one short line: the count and at most one clause more, referring back to
#: the pieces ('均已审议完毕': :func:`~cleaner.stages.compilation_words.back_ref`)
TALLY_MAX_CHARS = 40
TALLY_CLAUSES = 2
#: ... or a remark that opens by the count (in a first clause this short) up to this long
OPEN_CLAUSE_CHARS = 12
OPEN_MAX_CHARS = 200
_ORDINAL = ("第", "#", "№")
#: a demonstrative over the count opens a remark on the pieces ('这三起案件说明……')
_THESE = re.compile(r"^这(?:[0-9０-９]+|[一二三四五六七八九十两]+)")

#: a line of an enumerated list ('一、', '2.', '（3）'): a count equal to such a run in the
#: last piece counts its items
_ITEM = re.compile(
    r"^\s*(?:[（(][0-9０-９一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、]|[一二三四五六七八九十]+、)"
)
_FIRST_CLAUSE = re.compile(r"[，,；;：:。.！!？?]")

_FIGURE = re.compile(r"[0-9０-９]+|[一二三四五六七八九十两]+")
#: a figure and its counter's unit; a date's or a time's unit counts no piece
_COUNTED = re.compile(
    r"(?:[0-9０-９]+|[一二三四五六七八九十两]+)\s*(?:[^\W\d年月日号號时時分秒点點]|items?\b|pieces?\b)"
)

Segment = tuple[int, int, "tuple[int, str, str] | None"]


def _figures(line: str) -> list[int]:
    out = []
    for m in _FIGURE.finditer(line):
        s = fw_digits(m.group())
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
    >>> tally_close([*page[:-1], "去年冬天，2名学生在桥上摔倒。"], segs)  # a fact, no summary
    []
    >>> tally_close([*page[:-1], "（以上2项均已完成，下周开始验收，月底前结束。）"], segs)
    []
    >>> tally_close([*page[:-1], "（以上2项均已完成，下月计划更换旧表。）"], segs)  # news
    []
    >>> glued = [*page[:-2], "以上议案共2件。"]  # no blank line above: still the tally
    >>> tally_close(glued, [segs[0], (5, 8, (4, "h", ""))])
    [7]

    A long remark opening by the count, under the row that closes the last piece:

    >>> long = "以上两则案例提醒我们，" + "各单位务必把这项工作抓紧抓实，" * 4
    >>> closed = ["第1号", *body, "经办　某局", "第2号", *body, "经办　某局", long]
    >>> tally_close(closed, segs, taken={3, 7}), tally_close(closed, segs)
    ([8], [])
    >>> tally_close([*closed[:-1], "我们看到，以上两则案例" + long], segs, taken={3, 7})
    []
    >>> dated = "这2名干部的问题提醒我们，2021年以来" + long  # people, no pieces
    >>> tally_close([*closed[:-1], dated], segs, taken={3, 7})
    []
    >>> tally_close([*closed[:-1], "这两起问题提醒我们，" + long], segs, taken={3, 7})
    [8]
    >>> fact = "2名学生当天落水，" + long  # a count opening no summary: the piece's text
    >>> tally_close([*closed[:-1], fact], segs, taken={3, 7})
    []
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
    if not any(k < j and k not in taken for k in filled):
        return []  # the piece keeps no text above it
    items = sum(1 for k in filled if k < j and _ITEM.match(lines[k]))
    if items and items in _figures(line):
        return []  # the count of the last piece's own list ('以上三条' under 一、二、三)
    apart = not lines[j - 1].strip() or (j - 1 in taken and j - 1 >= start)
    if len(line) <= TALLY_MAX_CHARS:
        # a short tally: a summary word opens it or it is a bracketed note, its one figure
        # counts the pieces, and any clause after the count refers back to them
        if not summary_line(line):
            return []  # a line that speaks of no pieces: the piece's own
        clauses = [c for c in _CLAUSE.split(line.strip("（()）")) if c.strip()]
        if len(clauses) > TALLY_CLAUSES or not all(back_ref(c) for c in clauses[1:]):
            return []  # a count and news of its own ('…均已完成，下周计划…'): the piece's
        counted = _COUNTED.search(line)
        if counted is None or _figures(line) != [len(segments)]:
            return []
        if not apart and not _counts_pieces(counted):
            return []  # glued under the text, counting items or people: the piece's own
        return [j]
    # a remark opening by the count, apart from the text (a blank line or the row closing
    # every piece above it) and opened by a summary word or a demonstrative; its first
    # clause's one figure counts the pieces (later clauses may hold other numbers)
    if not apart:
        return []  # glued under the text: the piece's own
    first = _FIRST_CLAUSE.split(line, maxsplit=1)[0]
    if len(line) > OPEN_MAX_CHARS or len(first) > OPEN_CLAUSE_CHARS:
        return []
    if not (summary_line(line) or _THESE.match(first)):
        return []
    counted = _COUNTED.search(first)
    if counted is None or first[counted.start() - 1 : counted.start()] in _ORDINAL:
        return []  # '第2次…': an ordinal counts nothing
    if not summary_line(line) and not _counts_pieces(counted):
        return []  # '这2名干部…': a demonstrative over people or items, no pieces
    return [j] if _figures(first) == [len(segments)] else []


def _counts_pieces(counted: re.Match[str]) -> bool:
    """The counter after the figure names a compilation's pieces (``3件``, ``五起``:
    :func:`~cleaner.stages.compilation_words.piece_counters`)."""
    return counted.group().strip()[-1:] in piece_counters()
