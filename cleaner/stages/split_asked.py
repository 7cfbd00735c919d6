"""Questions each beside a dated row: a Q&A compilation's pieces (an investor board's
page, a help desk's or a hotline's answered questions).

Each piece is a question (a line holding ``？``), a dated row right ABOVE it or right
UNDER it (who asked and when: ``某网友　留言日期：2021-03-05 09:12``), then the answer.
The question is the piece's title and stays its first line of text; the dated row is its
metadata (its day the piece's ``published``), read out of the text.  A row closing every
piece, dated too and of one other signature (the desk's ``某办答复于：2021-03-06``), is
the board's chrome (the last piece may have lost its row with the page's foot).

Which side the rows stand on is read from the page: the side that pairs more questions
(on a page whose rows stand under the questions, the row closing the piece above stands
over the next question, but never over the first); a tie is no run.  Two pieces at
least, distinct questions, every row of one signature (the labels of its cells), each
question followed by prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_clock import HEADER_IS_TEXT, TITLE_IS_TEXT
from cleaner.stages.split_page import joined, nonempty, stripped

#: a row ending in its date (a time of day may follow it, a closing bracket too, and the
#: board's counts of the entry: '｜　回复 2', '· 浏览(35)')
_DATED = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?\s*[)）]?"
    r"(?:(?:[ \t\u3000]*[|｜·•][ \t\u3000]*|[ \t\u3000]+)[\u4e00-\u9fff]{1,4}[ \t]*[:：]?[ \t]*"
    r"[(（\[]?\d{1,6}[)）\]]?){0,3}$"
)
_SENTENCE = re.compile(r"[。！？!?；;]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: what an answer holds: a sentence of ten characters at least
_PROSE = re.compile(r"[^。！？!?]{10,}[。！？!?]")

#: the rule names of what :func:`asked_run` reads out of the text beside its headers
ROW_UNDER = "split.meta_header"
REPLY_ROW = "split.reply_row"


def dated_row(s: str) -> re.Match[str] | None:
    """``s`` is a short row (no sentence in it) ending in its date, or None."""
    if not 8 <= len(s) <= 48 or _SENTENCE.search(s):
        return None
    return _DATED.search(s)


def _question(s: str) -> bool:
    return 6 <= len(s) <= 150 and ("？" in s or s.endswith("?")) and bool(_HAN.search(s))


def _day(m: re.Match[str]) -> str:
    return f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}"


def _pairs(strip: list[str], filled: list[int], side: int) -> list[tuple[int, int]]:
    """(question, row) of every question with a dated row on ``side`` (-1 over, +1 under)."""
    out = []
    for k, i in enumerate(filled):
        if not _question(strip[i]) or not 0 <= k + side < len(filled):
            continue
        j = filled[k + side]
        if dated_row(strip[j]) and not _question(strip[j]):
            out.append((i, j))
    return out


def asked_run(
    lines: list[str], read: Callable[[str], dict[str, str] | None] | None = None
) -> tuple[list[tuple[int, str, str, dict[str, str]]], dict[int, tuple[str, dict[str, str]]]]:
    """The pieces of a Q&A page (see the module docstring) and the rows to read out of
    the text beside them (line -> rule, fields), or ``([], {})``.

    >>> ans = "您好，感谢关注。该项目已按计划推进，后续进展请以公告为准。"
    >>> page = ["某平台问答", "网友甲　留言日期：2021-03-05 09:12", "请问项目何时开工？", ans,
    ...         "某办答复于：2021-03-06", "网友乙　留言日期：2021-03-01 10:00",
    ...         "请问明年是否招聘？", ans, "某办答复于：2021-03-02"]
    >>> keyed, rows = asked_run(page)
    >>> [(i, t, m["published"]) for i, _, t, m in keyed]
    [(1, '请问项目何时开工？', '2021-03-05'), (5, '请问明年是否招聘？', '2021-03-01')]
    >>> sorted(rows)
    [4, 8]
    >>> asked_run(page[:5])
    ([], {})

    A board's row may close on the entry's counts, and ``read`` (the split stage's row
    reader) gives the asker too:

    >>> board = ["＃07　" + s + "　｜　回复 1" if "留言日期" in s else s for s in page]
    >>> [i for i, _, _, _ in asked_run(board)[0]]
    [1, 5]
    """
    text = joined(lines)
    if "？" not in text and "?" not in text:
        return [], {}  # no question on the page (most pages): no pair
    filled, strip = nonempty(lines), stripped(lines)
    over, under = _pairs(strip, filled, -1), _pairs(strip, filled, 1)
    if len(over) == len(under):
        return [], {}
    pairs, side = (over, -1) if len(over) > len(under) else (under, 1)
    if len(pairs) < 2 or len({strip[q] for q, _ in pairs}) < len(pairs):
        return [], {}
    sig = {row_signature(strip[r]) for _, r in pairs}
    if len(sig) != 1:
        return [], {}
    (asker,) = sig
    starts = [min(q, r) for q, r in pairs]
    ends = [*starts[1:], len(lines)]
    extra: dict[int, tuple[str, dict[str, str]]] = {}
    replies: list[int] = []
    missing = 0  # pieces with no reply row of their own
    for (q, r), end in zip(pairs, ends, strict=True):
        body = [i for i in filled if max(q, r) < i < end]
        if not body or not _PROSE.search(strip[body[0]]):
            return [], {}  # a question with no answer under it
        own = [i for i in body[1:] if dated_row(strip[i]) and row_signature(strip[i]) != asker]
        if len(own) == 1:
            replies.append(own[0])
        elif end < len(lines) or own:
            missing += 1
    # the last piece's row may be gone with the page's foot (the boilerplate stage's tail)
    if not missing and len(replies) >= 2 and len({row_signature(strip[i]) for i in replies}) == 1:
        extra.update({i: (REPLY_ROW, {}) for i in replies})
    keyed: list[tuple[int, str, str, dict[str, str]]] = []
    for q, r in pairs:
        m = dated_row(strip[r])
        assert m is not None
        meta = {"published": _day(m)}
        if side < 0 and read is not None:  # who asked: the poster of the row over it
            who = (read(strip[r]) or {}).get("author")
            if who is not None and (read(strip[r]) or {}).get("published") == meta["published"]:
                meta["author"] = who
        if side < 0:  # the row over the question is the header, the question the title
            keyed.append((r, TITLE_IS_TEXT, strip[q], meta))
        else:  # the question opens the piece, the row under it is read out
            keyed.append((q, HEADER_IS_TEXT, strip[q], meta))
            extra[r] = (ROW_UNDER, {"published": _day(m)})
    return keyed, extra
