"""What the split stage's recognisers read of every line, computed once a page.

Before it, each recogniser ran its own sentence-mark regex over every line of every
page (the same character class under several names: ``_SENTENCE``, ``_SENTENCE_END``),
and the composite tests built on it (a title line, a possible masthead row, a header
line) were asked again of the same line by each recogniser that walks the page.  The
functions here answer one question for every line of a page in one pass, once a page
(:func:`~cleaner.stages.split_page.per_page`: the answer lives on the page's
:class:`~cleaner.stages.split_page.PageLines`), for every recogniser that asks; each
recogniser derives its own composite flags from them the same way (``title_lines`` in
:mod:`split_above`, ``head_lines`` in :mod:`split_masthead`), and tests a whole page
against them before it walks any line (two title lines at least, two header lines …).

The facts are exact: each flag is the answer of the regex it replaces, not a
look-alike; a recogniser that needs a class the facts lack keeps its own regex.  Only
questions asked of every line by several recognisers belong here: a flag one
recogniser needs for a few candidate lines is cheaper asked of those lines alone.
"""

from __future__ import annotations

from cleaner.stages.split_page import per_page, stripped

__all__ = ["ENDS", "GAPS", "STOPS", "cell_gaps", "sentence_ends", "sentence_stops"]

#: a sentence's end mark (the class ``[。！？!?；;]``)
ENDS = frozenset("。！？!?；;")
#: a full stop, exclamation or question mark (the class ``[。！？!?]``): ``ENDS`` without
#: the semicolons, which a list of names in a field's value holds (``某甲；某乙``)
STOPS = frozenset("。！？!?")
#: what parts a label from its value or one cell from the next: a colon, a tab, a space
#: (ASCII or ideographic) or a bar (the class ``[:：\t\u3000 |｜]``)
GAPS = frozenset(":：\t\u3000 |｜")


@per_page
def sentence_ends(lines: list[str]) -> list[bool]:
    """Per line: does it hold a sentence's end mark (:data:`ENDS`)?  (Read-only.)

    >>> sentence_ends(["标题", "", "正文，一句。", "Yes!"])
    [False, False, True, True]
    """
    # seven `in` tests, not ENDS.isdisjoint(s) nor a regex: measured 4.6 ms against 34 and
    # 10 ms over 55k lines of bench pages (no call per line, no 1-char string per char)
    return [
        "。" in s or "！" in s or "？" in s or "!" in s or "?" in s or "；" in s or ";" in s
        for s in stripped(lines)
    ]


@per_page
def sentence_stops(lines: list[str]) -> list[bool]:
    """Per line: does it hold a full stop, an exclamation or a question mark
    (:data:`STOPS`)?  (Read-only.)

    >>> sentence_stops(["天晴了。", "作者：某甲；某乙", "好吗?"])
    [True, False, True]
    """
    return ["。" in s or "！" in s or "？" in s or "!" in s or "?" in s for s in stripped(lines)]


@per_page
def cell_gaps(lines: list[str]) -> list[bool]:
    """Per line: does its stripped text hold a label's or a cell's separator
    (:data:`GAPS`)?  (Read-only.)

    >>> cell_gaps(["题名：某事", "某事", "甲　乙", " 甲 ", "甲|乙"])
    [True, False, True, False, True]
    """
    return [
        ":" in s or "：" in s or " " in s or "\u3000" in s or "\t" in s or "|" in s or "｜" in s
        for s in stripped(lines)
    ]
