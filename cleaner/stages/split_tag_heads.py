"""Numbered header rows that file a piece under a class instead of naming it.

A round-up, a fact-check digest or a graded list prints over each piece a row of its
number and ONE labelled cell (``03　｜　鉴定：伪科学``, ``No.2 · 类别：政策``, ``（4）结论：
属实``): the cell's label is the same on every row and its value a short class word that
pieces share (a verdict, a category, a grade).  The row counts and files the piece; its
name is the line below (:func:`split_headers.titles_below`), as under an item counter
(``第2条／共4条``).

:func:`tag_cells` tells such a run by shape alone: every title is one ``label：value``
cell, one label for all, each value a short word with no mark in it.  Titles that differ
in label (a document's own numbered fields, ``一、时间：…`` / ``二、地点：…``) or hold a
sentence (``1. 问：某事怎么办？``) are no tags.

A digest may also print the class as a framed tag BEFORE an ordinal counter of the item
(``#交通出行#　第2条``, ``【校园】第3则``, ``[Health] 第1例``): :func:`tag_counter` reads
such a row (any count unit, ``条`` too: behind a tag the ordinal counts items, it opens
no statute's article), and :func:`framed_tags` tells that every title of a run is such
a tag, so the piece's name is again the line below.
"""

from __future__ import annotations

import re

__all__ = [
    "TAG_LABEL_MAX_CHARS",
    "TAG_VALUE_MAX_CHARS",
    "framed_tags",
    "tag_cells",
    "tag_counter",
]

#: The cell's label is at most this many Han letters ...
TAG_LABEL_MAX_CHARS = 6
#: ... and its value a class word of at most this many characters.
TAG_VALUE_MAX_CHARS = 8

_CELL = re.compile(
    rf"^(?P<k>[\u4e00-\u9fff]{{1,{TAG_LABEL_MAX_CHARS}}})\s*[：:]\s*"
    rf"(?P<v>[\u4e00-\u9fffA-Za-z0-9]{{1,{TAG_VALUE_MAX_CHARS}}})$"
)


def tag_cells(titles: list[str]) -> bool:
    """Whether every title is one ``label：value`` tag cell of one label (two titles at
    least).

    >>> tag_cells(["鉴定：伪科学", "鉴定：谣言", "鉴定：谣言"])
    True
    >>> tag_cells(["類別：政策", "類別：民生"]), tag_cells(["Grade: A", "Grade: B"])
    (True, False)
    >>> tag_cells(["时间：三月五日", "地点：礼堂"]), tag_cells(["问：怎么办？", "问：为什么？"])
    (False, False)
    >>> tag_cells(["结论：属实"]), tag_cells(["结论：属实", "结论：经查，该说法不实"])
    (False, False)
    """
    if len(titles) < 2:
        return False
    found = [_CELL.match(t.strip()) for t in titles]
    if any(m is None for m in found):
        return False
    return len({m["k"] for m in found if m}) == 1


#: one framed class word: '#话题#', '【类别】', '［类别］', '[Tag]', '〔类别〕', '〖类别〗'
_FRAMED_TAG = re.compile(
    rf"#[^#\s，。；：,.;:！？!?]{{1,{TAG_VALUE_MAX_CHARS}}}#"
    rf"|【[^【】\s，。；：,;:！？!?]{{1,{TAG_VALUE_MAX_CHARS}}}】"
    rf"|［[^［］\s，。；：,;:！？!?]{{1,{TAG_VALUE_MAX_CHARS}}}］"
    rf"|\[[^\[\]\s，。；：,;:！？!?]{{1,{TAG_VALUE_MAX_CHARS * 2}}}\]"
    rf"|〔[^〔〕\s，。；：,;:！？!?]{{1,{TAG_VALUE_MAX_CHARS}}}〕"
    rf"|〖[^〖〗\s，。；：,;:！？!?]{{1,{TAG_VALUE_MAX_CHARS}}}〗"
)
_TAG_COUNTER = re.compile(
    rf"^(?P<tag>{_FRAMED_TAG.pattern})[ \t\u3000]*(?P<pre>第)[ \t]*"
    r"(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*(?P<unit>[\u4e00-\u9fff])$"
)


def framed_tags(titles: list[str]) -> bool:
    """Whether every title is one framed class word (two titles at least).

    >>> framed_tags(["#交通出行#", "#校园#"]), framed_tags(["【校园】", "【社会】", "【校园】"])
    (True, True)
    >>> framed_tags(["#交通出行#"]), framed_tags(["【通知】关于某事", "【校园】"])
    (False, False)
    """
    return len(titles) >= 2 and all(_FRAMED_TAG.fullmatch(t.strip()) for t in titles)


def tag_counter(line: str, units: str) -> tuple[str, str, str, str] | None:
    """A row of a framed tag and an ordinal counter of the item, ``第N`` and one count
    unit of ``units``: (tag, frame's opening mark, number as written, unit), or None.

    >>> tag_counter("#交通出行#\u3000第2条", "篇则条"), tag_counter("【校园】第十则", "篇则条")
    (('#交通出行#', '#', '2', '条'), ('【校园】', '【', '十', '则'))
    >>> tag_counter("依照本法第2条", "篇则条"), tag_counter("#交通出行#　第2章", "篇则条")
    (None, None)
    """
    m = _TAG_COUNTER.match(line.strip())
    if m is None or m["unit"] not in units:
        return None
    return m["tag"], m["tag"][0], m["num"], m["unit"]
