"""A piece's ordinal line: a column's word and the piece's running ordinal, nothing else.

A magazine may set over each piece of an issue a line naming the column and the piece's
place in it (``拾穗之壹``, ``札记之二``, ``随想其三``, ``茶话（四）``, ``Notes ②``), then the
piece's title and its byline row.  The line is no title (the same word on every piece)
and no text: it is the piece's header, neither content nor a metadata field.  What makes
it one is structure, not its word: the SAME word over every piece and an ordinal running
1, 2, 3 … in page order, each piece's count its place among the pieces
(:func:`ordinals_over`); a word that changes, a number that skips, repeats or runs one
behind the pieces (a caption closing each piece, ``图（1）`` at the end of the first, read
above the second), and it is left alone.  So is a counter noun's label (``附件（2）``,
``Step (2)``, ``注②``, a poem's ``杂诗其二``: ``[counter]`` of ``rules/ordinal_lines.toml``):
it names its item and stays text.

:func:`ordinal_line` reads one line: a short word (Han letters, or one Latin word), then
``之`` or ``其`` and a numeral (Han numerals, the financial ones of either script, or
figures), a numeral in brackets, or a circled figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from cleaner.rules import load_table
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


@cache
def _counters() -> tuple[tuple[str, ...], frozenset[str]]:
    """The counter nouns (``ordinal_lines.toml``): Han ones (either script), Latin ones."""
    t = load_table("ordinal_lines")["counter"]
    return tuple(t["han"]), frozenset(w.lower() for w in t["latin"])


def counter_word(word: str) -> bool:
    """``word`` numbers a document's item (an attachment, a figure, a step, a poem of a
    set): a counter noun, or a Han word ending in one.

    >>> [counter_word(w) for w in ("附件", "示意图", "杂诗", "Step", "拾穗", "札记", "Notes")]
    [True, True, True, True, False, False, False]
    >>> [counter_word(w) for w in ("流程示意图", "周末读诗", "每日一题", "作文范例")]
    [True, False, False, False]
    """
    han, latin = _counters()
    if word.isascii():
        return word.lower() in latin
    # the noun itself or a short compound headed by it ('杂诗', '示意图', '流程示意图');
    # a longer word closed by one is a column's name ('周末读诗', '每日一题')
    return any(
        word.endswith(n) and (len(word) <= 3 or (len(n) >= 3 and len(word) - len(n) <= 2))
        for n in han
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
    page order from any start (a continued page's ``之四``, ``之五``).  Else {}.

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

    A count that closes each piece (one behind the pieces, and running on under the
    last) and a counter noun's label stay text:

    >>> page = ["甲题", "正文。", "某栏（1）", "乙题", "正文。", "某栏（2）", "丙题"]
    >>> ordinals_over(page, [0, 3, 6]), ordinals_over([*page, "正文。", "某栏（3）"], [0, 3, 6])
    ({}, {})
    >>> ordinals_over(["附件（1）", "甲表", "附件（2）", "乙表"], [1, 3])
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
    words = {w for _, w, _ in found}
    if len(found) < 2 or len(words) != 1 or counter_word(*words):
        return {}  # a counter noun's label ('附件（2）') names its item: text
    start = found[0][2] - found[0][0]
    if any(n != k + start for k, _, n in found):
        return {}  # a run of one from any start ('之四', '之五' on a continued page)
    if found[0][0] == 1 and start == 0:
        return {}  # one behind, the first piece unlabelled: each count closes the piece above
    # the series runs on under the last piece as a caption would close it ('图（3）' right
    # after its text): each closed its piece.  A teaser or a back-issue list under its own
    # heading ('下期预告', '往期回顾') closes nothing.
    word, last = found[-1][1], found[-1][2]
    after = sorted(j for j in filled if j > heads[-1])
    for i, j in enumerate(after):
        if ordinal_line(lines[j]) == (word, last + 1) and i > 0 and _closes(lines[after[i - 1]]):
            return {}
    return out


def _closes(line: str) -> bool:
    """``line`` is a piece's text (a sentence's end), so a label right under it closes it."""
    return line.rstrip().endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = ("。", "！", "？", "…", "」", "”", "』", ".", "!", "?", "）", ")")
