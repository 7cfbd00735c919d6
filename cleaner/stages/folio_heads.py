"""A printed issue's running head with its folio, left where a page turned.

A gazette, a bulletin or a journal taken from print keeps, where each printed page
turned, the running head set across the page: the issue's number and date, the
publication's name, the page's folio at the far end, parts apart by wide gaps
(``第 8 期 — 2031 年 3 月 2 日　　　　某某公報 — 第二組　　1207``).  It cuts a paragraph
between two letters.  :func:`folio_head` tells such a line: a line ending in a folio
across a wide gap, holding a calendar day and another wide gap, no sentence mark; and
the page prints the same day on another line (the issue's date in its own header), so a
table row that merely ends in a figure is not taken for one.  A running head stands
alone: a neighbouring line of the same shape (cells apart by wide gaps, ending in a
figure, or printing the same day) makes it a table's row; and the head repeats a name
the page prints elsewhere (the publication's name, in its own header or its text; the
header may be gone as a site's chrome by then) or the issue's number the line with its
day prints (``第 8 期　　2031年3月2日``), not only the day, so a dated row of a
table or a log (``某站　　2031年3月2日　　56``) is no head.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.split_dates import DATE

__all__ = ["folio_head", "split_head"]

_FOLIO_HEAD = re.compile(r"^(?P<head>\S.{3,80}?\S)(?:\u3000+|[ \t]{2,})(?P<folio>\d{1,5})$")
_WIDE_GAP = re.compile(r"\u3000{2,}|[ \t]{3,}")
_DAY = DATE
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")
# an issue's number ('第 45 期', '第3號')
_ISSUE = re.compile(r"第\s*\d{1,4}\s*[期號号卷]")
# a weekday, part of the day's date rather than of the publication's name
_WEEKDAY = re.compile(r"(?:星期|禮拜|礼拜|周|週)[一二三四五六日天]")


def _day(s: str) -> tuple[int, ...] | None:
    m = _DAY.search(s)
    return None if m is None else tuple(int(g) for g in m.groups())


def folio_head(core: str, text: str) -> bool:
    """Is ``core`` (a stripped line of ``text``) a printed issue's running head with its
    folio (module doc)?

    >>> head = "第 8 期 — 2031 年 3 月 2 日　　　　某某公報 — 第二組　　1207"
    >>> top = "某某公報\\n第 8 期　　2031年3月2日（星期一）\\n"
    >>> page = top + "正文寫到一半，\\n" + head + "\\n另一半。"
    >>> folio_head(head, page)
    True
    >>> folio_head(head, "正文寫到一半，\\n" + head + "\\n另一半。")  # the day printed nowhere else
    False
    >>> row = "2031年3月2日　　　　某某項目撥款，首期　　1207"
    >>> folio_head(row, "2031年3月2日\\n" + row)  # a sentence mark: a table's row
    False
    >>> folio_head("某某公報　2031年3月2日 1207", page)  # no wide gap before the folio
    False
    >>> rows = ["北站　　　2031年3月2日　　　56", "南站　　　2031年3月2日　　　48"]
    >>> folio_head(rows[0], "某某公報\\n2031年3月2日\\n雨量如下，单位毫米\\n" + "\\n".join(rows))
    False
    >>> log = "2031年3月2日　　　某某站　　　56"  # the publication's name nowhere in the head
    >>> folio_head(log, "2031年3月2日\\n正文，\\n" + log + "\\n下文")
    False
    """
    m = _FOLIO_HEAD.match(core)
    if m is None:
        return split_head(core, text)
    return _head(core, m["head"], text)


#: a folio alone on its line
_LONE_FOLIO = re.compile(r"^\d{1,5}$")


@lru_cache(maxsize=4)
def _folio_lines(text: str) -> tuple[list[str], bool]:
    """``text``'s lines stripped, and whether one of them is a lone folio: read once per
    page text, not once per line asked about (the repair stage asks line by line; issue
    15).  The caller must not change the list.

    >>> _folio_lines("正文，\\n 1207 \\n另一半。")
    (['正文，', '1207', '另一半。'], True)
    >>> _folio_lines("正文，\\n第 1207 頁\\n2031年")[1]
    False
    """
    lines = [ln.strip() for ln in text.split("\n")]
    return lines, any(_LONE_FOLIO.match(ln) for ln in lines)


def split_head(core: str, text: str) -> bool:
    """The running head and its folio set on two lines glued together, the folio alone
    (``1207`` over ``第 8 期 — 2031 年 3 月 2 日　　某某公報 — 第二組``, or under it): is
    ``core`` either line?  The head line is judged as a head with its folio is.

    >>> top = "某某公報\\n第 8 期　　2031年3月2日（星期一）\\n"
    >>> head = "某某公報 — 第二組　　第 8 期　　2031年3月2日"
    >>> page = top + "正文寫到一半，\\n\\n1207\\n" + head + "\\n\\n另一半。"
    >>> folio_head("1207", page), folio_head(head, page)
    (True, True)
    >>> under = top + "正文寫到一半，\\n\\n" + head + "\\n1207\\n\\n另一半。"
    >>> folio_head("1207", under), folio_head(head, under)
    (True, True)
    >>> folio_head("1207", top + "正文，\\n\\n1207\\n另一半。")  # no head beside the number
    False
    >>> folio_head(head, top + "正文，\\n\\n" + head + "\\n另一半。")  # no folio beside the head
    False
    """
    lines, folios = _folio_lines(text)
    if not folios and not _LONE_FOLIO.match(core):
        return False  # no lone folio on the page: no pair (the loop below finds none)
    for k, line in enumerate(lines):
        if line != core:
            continue
        for j in (k - 1, k + 1):
            other = lines[j] if 0 <= j < len(lines) else ""
            if _LONE_FOLIO.match(core) and other and not _LONE_FOLIO.match(other):
                if _split_head(other, lines, text):
                    return True
            elif _LONE_FOLIO.match(other) and not _LONE_FOLIO.match(core):
                if _split_head(core, lines, text):
                    return True
    return False


def _split_head(head: str, lines: list[str], text: str) -> bool:
    """Is ``head``, a line beside a lone number, a running head?  A lone number is
    as often a count, a year or a score under a line of place and day: beyond the
    one-line head's tests the head names the issue the page's header prints
    (its number beside the same day), or the page's masthead (its first line, set
    whole in the head), or it repeats beside rising folios as printed pages do."""
    if _repeated(head, lines):
        return _head(head, head, text, repeated=True)
    if not _head(head, head, text):
        return False
    day = _day(head)
    issue = _issue(head)
    dated = [ln for ln in lines if ln and ln != head and _day(ln) == day]
    if issue is not None and any(_issue(ln) == issue for ln in dated):
        return True
    filled = [ln for ln in lines if ln]
    first = filled[0] if filled else ""
    return first != head and bool(_HAN_RUN.fullmatch(first)) and first in head


def _repeated(head: str, lines: list[str]) -> bool:
    """Does ``head`` stand beside a lone folio twice or more, the folios rising?"""
    folios: list[int] = []
    for k, line in enumerate(lines):
        if line != head:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(lines) and _LONE_FOLIO.match(lines[j]):
                folios.append(int(lines[j]))
                break
    return len(folios) >= 2 and all(a < b for a, b in pairwise(folios))


def _head(core: str, head: str, text: str, *, repeated: bool = False) -> bool:
    """Is ``head`` (``core`` without its folio) a printed issue's running head?  A head
    ``repeated`` beside rising folios needs no name printed elsewhere."""
    if _SENTENCE.search(head) or not _WIDE_GAP.search(head):
        return False
    day = _day(head)
    if day is None:
        return False
    lines = [ln.strip() for ln in text.split("\n")]
    filled = [ln for ln in lines if ln]
    if not _alone(core, filled, day):
        return False
    others = [ln for ln in filled if ln != core]
    dated = [ln for ln in others if _day(ln) == day]
    if not dated:
        return False
    if repeated:
        return True
    names = _HAN_RUN.findall(_WEEKDAY.sub(" ", _DAY.sub(" ", head)))
    issue = _issue(head)
    # the head names what the page prints elsewhere, or its issue's number beside the day
    return any(name in ln for name in names for ln in others) or (
        issue is not None and any(_issue(ln) == issue for ln in dated)
    )


def _issue(s: str) -> str | None:
    m = _ISSUE.search(s)
    return None if m is None else re.sub(r"\s", "", m.group())


def _alone(core: str, filled: list[str], day: tuple[int, ...]) -> bool:
    """Does ``core`` stand alone among its neighbours: no line next to it ends in a
    figure across a wide gap or sets the same day among cells (a table's rows)?"""
    for k, line in enumerate(filled):
        if line != core:
            continue
        for other in filled[max(0, k - 1) : k + 2]:
            if other == core:
                continue
            if _FOLIO_HEAD.match(other) and _WIDE_GAP.search(other):
                return False
            if _day(other) == day and len(_WIDE_GAP.findall(other)) >= 2:
                return False  # the same day in a row of cells
    return True
