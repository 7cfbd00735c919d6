"""Group heads between the pieces of a compilation.

A compilation sorts its pieces into numbered groups (``一、宏观策略`` over the first
notes, ``二、行业公司`` over the rest): a heading of the page, no line of any piece.  The
first group's head stands above the first piece and goes with the page's head
(``split.page_prefix``); the later ones, once the page is cut at the pieces' headers,
fall at the END of the piece above them, where they read as its last line.

:func:`group_heads` finds them by the numbering alone, no word of them: the page's head
holds an enumerated heading (``一、…``, ``1. …``, ``（一）…``), and the last line of a
piece (a short line, no sentence, right over the next piece's header) carries the same
enumerator continuing that count (``二、``, then ``三、``).
A numbered line inside a piece's text (its own ``二、`` section, with text under it)
is not at a piece's end; a count that does not continue the head's is the text's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["group_heads"]

#: a group head is at most this long
GROUP_MAX_CHARS = 24

_HAN_DIGITS = "一二三四五六七八九十"
# an enumerated heading: its enumerator's style (the marks around the count), its count
_GROUP = re.compile(
    r"^(?P<open>[（(]?)(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})(?P<close>[、.．)）])\s*"
    r"(?P<rest>[^\s\d%％，。！？；：,.!?;:].*)$"
)

Segment = tuple[int, int, "tuple[int, str, str] | None"]


# not split_dates.cn_number nor split_shape_lines._number: the three agree on the counts
# 1-99 written right, not on malformed ones (``一一``: 10 here), so a swap changes verdicts
def _count(tok: str) -> int:
    if tok.isdecimal():
        return int(tok)
    vals = [_HAN_DIGITS.index(c) + 1 for c in tok]
    if len(vals) == 1:
        return vals[0]
    if tok[0] == "十":
        return 10 + (vals[1] if len(vals) > 1 else 0)
    return vals[0] * 10 + (vals[2] if len(vals) > 2 else 0)


def _numbered(line: str) -> tuple[str, int] | None:
    """The enumerator's style and count of a short heading line, or None.

    >>> _numbered("二、行业公司"), _numbered("（三）某某")
    (('、', 2), ('（）', 3))
    >>> _numbered("二、我们认为需求端的边际改善已经开始显现，短期扰动不改判断。") is None
    True
    >>> _numbered("1.2.3 版本说明") is None, _numbered("3.5%的增速") is None
    (True, True)
    """
    s = line.strip()
    m = _GROUP.match(s)
    if not m or len(s) > GROUP_MAX_CHARS or re.search(r"[，。！？；,!?;]", s):
        return None
    close = {"．": ".", ")": "）"}.get(m["close"], m["close"])
    return ("（" if m["open"] else "") + close, _count(m["n"])


def group_heads(lines: Sequence[str], segments: Sequence[Segment]) -> list[int]:
    """The lines ending a piece of ``segments`` (``(start, end, header)`` over
    ``lines``) that are the compilation's later group heads (see the module's doc).

    >>> page = ["一、甲组", "", "某标签", "题一", "正文一句话。", "", "二、乙组", ""]
    >>> page += ["某标签", "题二", "正文一句话。", "", "某标签", "题三", "正文。"]
    >>> segs = [(2, 8, (2, "r", "题一")), (8, 12, (8, "r", "题二")), (12, 15, (12, "r", "题三"))]
    >>> group_heads(page, segs)
    [6]
    >>> page[6] = "三、乙组"  # no continuation of the head's count
    >>> group_heads(page, segs)
    []
    >>> page[0], page[6] = "某栏目", "二、乙组"  # no group head over the first piece
    >>> group_heads(page, segs)
    []
    """
    headed = [s for s in segments if s[2] is not None]
    if len(headed) < 2:
        return []
    first = headed[0][2][0] if headed[0][2] is not None else headed[0][0]
    head = [n for ln in lines[:first] if (n := _numbered(ln)) is not None]
    if not head:
        return []
    style, last = head[-1]
    found: list[int] = []
    for start, end, _ in headed[:-1]:
        body = [i for i in range(start, end) if lines[i].strip()]
        if len(body) < 2:
            continue
        j = body[-1]
        n = _numbered(lines[j])
        if n is None or n != (style, last + 1):
            continue  # not the next group's head
        found.append(j)
        last += 1
    return found
