"""The info rows that head every piece of a compilation: the split's, not chrome.

A single article's info bar (``作者：某甲　日期：2021-03-09``, ``来源：某处 发布时间：…``)
is page chrome to the boilerplate rules (``publish_info``).  On a compilation the same
row stands under the title of every piece, with each piece's own writer and date: there
it is the piece's header, which the split stage needs to find the pieces and read their
metadata (and whose removal it records).  :func:`piece_info_rows` finds such rows by
their structure: two or more labelled dated rows with the same labels, each glued under
a short title line and over the piece's own text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

#: A piece's title above its row is at most this long, and no sentence.
TITLE_MAX_CHARS = 40
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";", "，", ",", "：", ":")
_LABEL = re.compile(r"([^\s：:｜|/／·\d]{1,6})\s*[：:]")
#: A piece's text holds a line at least this long.
TEXT_MIN_CHARS = 20


def labels(row: str) -> tuple[str, ...]:
    """The labels of a row, in order (``('作者', '日期')``).

    >>> labels("作者：某甲　日期：2021-03-09"), labels("來源：某處／時間：2020-01-02")
    (('作者', '日期'), ('來源', '時間'))
    """
    return tuple(_LABEL.findall(row))


_DATE = re.compile(r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})")
#: A row of labelled cells is at most this long.
ROW_MAX_CHARS = 80


def labelled_date_cells(row: str) -> bool:
    """A short row of two or more labelled cells with a whole date in it, whatever the
    separators (``作者：某甲／日期：2020-11-02``, ``来源：某处 发布时间：2022-04-02 09:30``).

    >>> labelled_date_cells("作者：某甲／日期：2020-11-02"), labelled_date_cells("作者：某甲")
    (True, False)
    """
    return len(row) <= ROW_MAX_CHARS and len(labels(row)) >= 2 and _DATE.search(row) is not None


def _title(s: str) -> bool:
    return 0 < len(s) <= TITLE_MAX_CHARS and not s.endswith(_SENTENCE_END) and not labels(s)


def piece_info_rows(
    stripped: list[str], claimed: Collection[int], dated_row: Callable[[str], bool]
) -> list[int]:
    """The claimed lines that head the pieces of a compilation: labelled rows (``dated_row``
    tells one) sharing their labels, two or more, each glued under a short title line
    nobody claimed and over a line nobody claimed, with a line of text in each piece.

    >>> row = lambda s: "日期：" in s
    >>> text = "这是一段足够长的正文，写的是某地某天发生的一件小事情。"
    >>> page = ["某刊选读", "第一篇", "作者：甲　日期：2021-03-09", text, "第二篇",
    ...         "作者：乙　日期：2021-03-10", text]
    >>> piece_info_rows(page, {2, 5}, row)
    [2, 5]

    A single article's info bar, or rows with other labels, are not pieces' headers:

    >>> piece_info_rows(page[:4], {2}, row)
    []
    >>> piece_info_rows([*page[:5], "编辑：乙　日期：2021-03-10", text], {2, 5}, row)
    []
    """
    found: dict[tuple[str, ...], list[int]] = {}
    for i in claimed:
        s = stripped[i]
        if not s or i == 0 or i + 1 >= len(stripped):
            continue
        above, below = stripped[i - 1], stripped[i + 1]
        if i - 1 in claimed or i + 1 in claimed or not _title(above) or not below:
            continue
        # the row's own reading last: a claimed line glued to another claim or under no
        # title (most claims: a menu's, a footer's) is not read (~0.3 ms a row)
        if not dated_row(s):
            continue
        found.setdefault(labels(s), []).append(i)
    out: list[int] = []
    for key, rows in found.items():
        if not key or len(rows) < 2:
            continue
        rows.sort()
        ends = [*rows[1:], len(stripped)]
        if all(
            any(len(stripped[k]) >= TEXT_MIN_CHARS for k in range(a + 1, b) if k not in claimed)
            for a, b in zip(rows, ends, strict=True)
        ):
            out += rows
    return sorted(out)


__all__ = ["labels", "piece_info_rows"]
