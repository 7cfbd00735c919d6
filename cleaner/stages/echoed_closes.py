"""The last piece's closing sentence, as the pieces above it close: the text's, not the
foot's.

A compilation of speeches, letters or sermons closes every piece with the same sentence
(a speaker's thanks, a letter's wish, a sermon's amen).  The site prints that sentence on
every page, so the site profile learns it; the copies between the pieces stay as the
text (glued under the text's own sentences, no chrome stands there), but the last one
stands right above the page's foot, where the site's furniture starts, and is taken with
it.  When the page itself keeps an earlier copy of the same sentence as text, closing an
earlier piece the same way (glued under a sentence of the text), the last copy closes
the last piece: :func:`echoed_closes` releases it (the caller flags it).  The page's
own judgement of the copies above decides: where the site took every copy (a template's
prompt printed in every piece), the last one goes with them.

Only a sentence (it ends on a sentence's stop) is released: a bar, a menu or a link row
repeated under every piece is no close of the text, and stays the site's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

#: a sentence ends on one of these (a closing quote may follow its stop)
_STOPS = ("。", "！", "？", "!", "?", "”", "」")
#: the text's sentence above a close is at least this long
_SENTENCE_CHARS = 10
#: a piece's own dated row under its close is at most this long
_ROW_CHARS = 40
# a full date: year, month (and day) in digits ('2020/8/24', '2021-03-05', '2021年3月')
_FULL_DATE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}(?!\d)")


def _glued_under_text(stripped: list[str], k: int, claimed: Mapping[int, object]) -> bool:
    above = stripped[k - 1] if k > 0 else ""
    return k - 1 not in claimed and len(above) >= _SENTENCE_CHARS and above.endswith(_STOPS)


def echoed_closes(
    stripped: list[str], claimed: Mapping[int, object], learned: set[int]
) -> list[int]:
    """The lines of ``learned`` (claimed on the site's memory) that close a piece as an
    earlier, kept copy of the same sentence closes an earlier piece of this page.

    >>> body = ["甲同学讲述了自己参加志愿服务的经历和体会。", "谢谢大家，我的发言到此结束！"]
    >>> page = ["第一篇", *body, "第二篇", "乙同学讲述了自己坚持晨读的收获。", body[1], "返回顶部"]
    >>> echoed_closes(page, {5: 0, 6: 0}, {5, 6})
    [5]

    Every copy taken (a template's prompt in every piece): none is released.

    >>> echoed_closes(page, {2: 0, 5: 0, 6: 0}, {2, 5, 6})
    []

    A lone copy the page does not echo, a bar, or a close not under the text stays.

    >>> echoed_closes(page[3:], {2: 0, 3: 0}, {2, 3})
    []
    >>> bars = ["第一篇", body[0], "分享　打印", "第二篇", body[0] + "又一", "分享　打印"]
    >>> echoed_closes(bars, {5: 0}, {5})
    []
    >>> echoed_closes([*page[:5], "某某网", body[1]], {5: 0, 6: 0}, {5, 6})
    []
    """
    out: list[int] = []
    closes: dict[str, list[int]] = {}
    for i in sorted(learned):
        s = stripped[i]
        if s.endswith(_STOPS) and len(s) >= 4 and _glued_under_text(stripped, i, claimed):
            closes.setdefault(s, []).append(i)
    for s, at in closes.items():
        kept_above = any(
            stripped[j] == s and j not in claimed and _glued_under_text(stripped, j, claimed)
            for j in range(at[0])
        )
        if kept_above or _closes_inside(stripped, at, claimed):
            out += at
    return sorted(out)


def _dated_row_under(stripped: list[str], k: int, claimed: Mapping[int, object]) -> str | None:
    """The piece's own dated row right under line ``k`` (kept, short, no sentence, a full
    date in it: '发布单位：某中心　｜　2020/8/24'), or None."""
    below = stripped[k + 1] if k + 1 < len(stripped) else ""
    if k + 1 in claimed or not below or len(below) > _ROW_CHARS or below.endswith(_STOPS):
        return None
    return below if _FULL_DATE.search(below) else None


def _closes_inside(stripped: list[str], at: list[int], claimed: Mapping[int, object]) -> bool:
    """Every copy of the sentence (two at least) stands inside its piece: under the
    piece's text and over the piece's own dated row, a different row under each copy.
    The pieces close their text with the same sentence before they are signed; a prompt
    of the site's template stands after a piece's own rows, not between its text and
    them."""
    if len(at) < 2:
        return False
    rows = [_dated_row_under(stripped, k, claimed) for k in at]
    return all(rows) and len(set(rows)) == len(rows)
