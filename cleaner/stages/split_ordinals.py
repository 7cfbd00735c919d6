"""A piece's ordinal line: a column's word and the piece's running ordinal, nothing else.

A magazine may set over each piece of an issue a line naming the column and the piece's
place in it (``拾穗之壹``, ``札记之二``, ``随想其三``, ``茶话（四）``, ``Notes ②``), then the
piece's title and its byline row.  The line is no title (the same word on every piece)
and no text: it is the piece's header, neither content nor a metadata field.  What makes
it one is structure, not its word: the SAME word over every piece and an ordinal running
1, 2, 3 … in page order (:func:`ordinals_over`); a word that changes, a number that skips
or repeats, and it is left alone.

:func:`ordinal_line` reads one line: a short word (Han letters, or one Latin word), then
``之`` or ``其`` and a numeral (Han numerals, the financial ones of either script, or
figures), a numeral in brackets, or a circled figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_page import nonempty

__all__ = ["ordinal_line", "ordinals_over"]

# a numeral: Han (plain and financial, either script) or figures
_NUM = r"[一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾两兩]{1,3}|\d{1,2}"
_WORD = r"[\u4e00-\u9fff]{1,8}|[A-Za-z][A-Za-z]{1,15}"
_ORDINAL = re.compile(
    rf"^(?P<tag>{_WORD})[ \u3000]*"
    rf"(?:[之其](?P<n1>{_NUM})|[（(〔［\[][ \u3000]*(?P<n2>{_NUM})[ \u3000]*[）)〕］\]]"
    r"|(?P<n3>[\u2460-\u2473]))$"
)


def ordinal_line(line: str) -> tuple[str, int] | None:
    """``(word, ordinal)`` of a line that is a column's word and a running ordinal alone,
    else None.

    >>> ordinal_line("拾穗之壹"), ordinal_line("札记之十二"), ordinal_line("随想其三")
    (('拾穗', 1), ('札记', 12), ('随想', 3))
    >>> ordinal_line("茶話（參）"), ordinal_line("Notes ②"), ordinal_line("书简(4)")
    (('茶話', 3), ('Notes', 2), ('书简', 4))
    >>> ordinal_line("这是本市十大工程之一。"), ordinal_line("2021年之二"), ordinal_line("之一")
    (None, None, None)
    """
    m = _ORDINAL.match(line.strip())
    if m is None:
        return None
    if m["n3"]:
        return m["tag"], ord(m["n3"]) - 0x2460 + 1
    n = cn_number(m["n1"] or m["n2"])
    return (m["tag"], n) if n else None


def ordinals_over(
    lines: Sequence[str], heads: Sequence[int], over: Mapping[int, int] | None = None
) -> dict[int, int]:
    """``{header line: ordinal line}``: the ordinal line right above each header's block
    (the header, or the row over it: ``over`` maps a header to that row), for a run of
    two headers at least whose every header after the first has one (the first one's
    may have gone with the page's head), all of one word, the ordinals running by one in
    page order.  Else {}.

    >>> page = ["甲栏之一", "甲题", "正文。", "甲栏之二", "乙题", "正文。", "甲栏之三", "丙题"]
    >>> ordinals_over(page, [1, 4, 7])
    {1: 0, 4: 3, 7: 6}
    >>> ordinals_over(page[1:], [0, 3, 6])  # the first gone with the page's head
    {3: 2, 6: 5}

    A word that changes, an ordinal that skips or repeats, a header with none: {}.

    >>> ordinals_over(["甲栏之一", "甲题", "乙栏之二", "乙题"], [1, 3])
    {}
    >>> ordinals_over(["甲栏之一", "甲题", "甲栏之三", "乙题"], [1, 3])
    {}
    >>> ordinals_over(["甲栏之一", "甲题", "正文。", "乙题", "甲栏之三", "丙题"], [1, 3, 5])
    {}
    """
    if len(heads) < 2:
        return {}
    filled = set(nonempty(list(lines)))
    over = over or {}
    out: dict[int, int] = {}
    found: list[tuple[int, str, int]] = []  # (piece, word, ordinal)
    prev = -1
    for k, h in enumerate(heads):
        top = over.get(h, h)
        above = next((j for j in range(top - 1, prev, -1) if j in filled), None)
        read = ordinal_line(lines[above]) if above is not None else None
        prev = h
        if read is None or above is None:
            if k == 0:
                continue
            return {}
        found.append((k, *read))
        out[h] = above
    if len(found) < 2 or len({w for _, w, _ in found}) != 1:
        return {}
    k0, _, n0 = found[0]
    if any(n != n0 + (k - k0) for k, _, n in found):
        return {}
    return out
