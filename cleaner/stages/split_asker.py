"""The asker's row over a letter's or a question's text: metadata, not a line of it.

A mayor's mailbox, a council's message board or a Q&A desk prints one letter a page:
the subject (the title), a row naming who wrote and when (``来信人：某某　来信时间：…``),
the letter, then the reply under its own row (``答复单位：某局　答复时间：…``,
:func:`split_reply.answering_row`) and the reply itself.  The asker's row is the page's
metadata; where it stands among other header rows the header block takes it, but right
under the title over the letter's first sentence it is read by nothing and stays as text.

:func:`asking_rows` finds it by its shape: a row of two or more labelled cells, every
label naming the asking side (words as data: ``asker_row`` in
``cleaner/rules/headers.toml``), no prose, above the piece's first prose line, with prose
(the question) between it and a reply's row lower on the piece.  Without a reply's row
the page is no letter answered and the row stays.  The row gives the article no field:
its date is the question's, and the page's publish date is the reply's (its own row's);
the cells go to the ledger with the row.  Where the header block reads the row (a label
its readers know, ``咨询时间``), :func:`asker_dated` keeps its date out of the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_cells import prose_line
from cleaner.stages.split_reply import answering_row, answers_on_page

__all__ = ["asker_dated", "asking_row", "asking_rows"]

#: A label and its colon; the value runs to the next wide gap, a bar or the line's end.
_CELL = re.compile(r"([\u4e00-\u9fff]{2,8})\s*[:：]\s*(.*?)(?=\s{2,}|\u3000|[|｜]|$)")


@lru_cache(maxsize=1)
def _asker_words() -> tuple[str, ...]:
    return tuple(load_table("headers")["asker_row"]["words"])


def asking_row(row: str) -> dict[str, str] | None:
    """The cells (label → value) of ``row`` when it has two or more labelled cells and
    every label names the asking side, else None.

    >>> asking_row("提问人：李某　　提问时间：2023-05-02 09:14")
    {'提问人': '李某', '提问时间': '2023-05-02 09:14'}
    >>> asking_row("提问人：李某　　答复时间：2023-05-02") is None  # a label of the reply
    True
    >>> asking_row("留言人：某某") is None  # one cell
    True
    """
    words = _asker_words()
    if not any(w in row for w in words) or prose_line(row):
        return None
    cells = {m[1]: m[2].strip() for m in _CELL.finditer(row.strip())}
    if len(cells) < 2 or not all(any(w in lab for w in words) for lab in cells):
        return None
    return cells


def asking_rows(content: list[int], lines: list[str]) -> list[tuple[int, dict[str, str]]]:
    """``(line index, cells)`` of the asker's rows of the piece ``content`` (its line
    indices, title first), or ``[]`` (see the module doc).

    >>> page = ["某路口的路灯坏了", "来信人：某某　　来信时间：2021-03-05 08:00",
    ...         "路口的路灯坏了一个月了，晚上走路很不方便，请尽快修理。",
    ...         "答复单位：某局　　答复时间：2021-03-09 10:00", "您好，已安排修理。"]
    >>> asking_rows([0, 1, 2, 3, 4], page)
    [(1, {'来信人': '某某', '来信时间': '2021-03-05 08:00'})]

    No reply's row under the letter: a letter alone, its row stays.

    >>> asking_rows([0, 1, 2, 4], page)
    []
    """
    if not answers_on_page(lines):
        return []  # no word naming the answer on the page (most pages): no reply's row
    reply = next((n for n, i in enumerate(content) if answering_row(lines[i])), None)
    if reply is None:
        return []
    found: list[tuple[int, dict[str, str]]] = []
    for i in content[:reply]:
        row = lines[i].strip()
        if prose_line(row):
            # the question's text: the rows found stand over it, and it over the reply
            return found
        if row and (cells := asking_row(row)) is not None:
            found.append((i, cells))
    return []  # no prose between the rows and the reply: no letter under them


def asker_dated(lines: list[str], row_idx: list[int], body_idx: list[int]) -> bool:
    """The header row ``row_idx`` (line indices) is an asker's row, and a reply's row
    stands lower on the piece ``body_idx``: the date it gives is the letter's, no
    publish date of the page.

    >>> page = ["某事", "咨询人：某某　咨询时间：2021-03-05", "请问某事怎么办？",
    ...         "解答单位：某局　解答时间：2021-03-09", "您好，这样办。"]
    >>> asker_dated(page, [1], [0, 1, 2, 3, 4]), asker_dated(page, [1], [0, 1, 2])
    (True, False)
    """
    if not all(asking_row(lines[i]) is not None for i in row_idx):
        return False
    last = row_idx[-1]
    return any(answering_row(lines[i]) for i in body_idx if i > last)
