"""Post bylines inside a thread (rule ``boilerplate.post_byline``).

A Q&A or forum page prints under each answer or reply a row of facts about its
poster: the poster's role and name, a rate or rank, the date it was posted
(``答主：某某 | 获赞 12 | 2021-03-10``, ``回复人：某某 | 2021-03-10 08:30``).
The answers are the page's content; these rows are not.  No vocabulary names
them, only their shape and place: a row of short
cells, the first ``role：name`` (a role word of two to five characters ending in ``者``,
``人`` or ``主``, the few forms posters are labelled by), one cell a date, no sentence
mark; and the place: right under a line of prose (the text of the post it signs).  Two
such rows under one role word at least make a thread; then each row of that shape right
under prose goes.  A row right under a title (the page's or a piece's metadata row, which
the split stage reads) is never taken, nor a lone signed row (a letter's sign-off).

A forum prints its floor row *over* each reply instead: the floor's number, the poster's
name and the date and time it was posted (``3楼　某某　发表于 2021-3-6 9:02``, ``#4 某某
2021-03-06 09:02``).  The numbered floor and the clock time are the shape; two such rows
on a page, each with a line under it (the reply), make a thread, and they go.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

#: Rule id of the claim.
POST_BYLINE = "boilerplate.post_byline"
#: A byline row is at most this long.
ROW_MAX_CHARS = 80

#: ``role：name`` then at least one more cell apart by a wide space or a bar
_ROW = re.compile(
    r"^(?P<role>[\u4e00-\u9fff]{1,4}[者人主])\s*[:：]\s*[^\s:：，。！？；,;!?]{1,16}"
    r"(?:[ \t]{2,}|\u3000+|\s*[|｜·]\s*)\S"
)
_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")
#: a floor row: a floor number, a name, an optional posted-at word, a date and a time
_FLOOR = re.compile(
    r"^(?:#\d{1,4}|\d{1,4}[楼樓#])[ \t\u3000]+[^\s，。！？：:；;,、]{1,16}[ \t\u3000]+"
    r"(?:发表于|發表於)?[ \t\u3000]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?$"
)
_SENTENCE = re.compile(r"[。！？；，!?;]")
#: a post's text: a sentence's end closes it, or it runs long (a title ending in a
#: question mark is no post: the row under it is the question's own)
_POST_END = re.compile(r"[。！!…”」][?？]?$")  # a stray mark after the end
POST_MIN_CHARS = 40


def _post_text(s: str) -> bool:
    """``s`` reads as the text of a post (see :data:`_POST_END`)."""
    return bool(_POST_END.search(s)) or len(s) >= POST_MIN_CHARS


def _role(s: str) -> str | None:
    """The role word of a byline row, or None when ``s`` is not one."""
    if len(s) > ROW_MAX_CHARS or _SENTENCE.search(s) or not _DATE.search(s):
        return None
    m = _ROW.match(s)
    return m["role"] if m else None


def byline_row(s: str) -> bool:
    """``s`` has the shape of a post's byline row (a ``role：name`` cell, another cell and
    a date, no sentence), wherever it stands; a forum's floor row is not one (the reply
    under it is the page's).

    >>> byline_row("提问者：某甲　2021-03-10 08:30　浏览 12 次")
    True
    >>> byline_row("3楼　乙　2021-3-7 10:15")
    False
    >>> byline_row("提问者：某甲"), byline_row("作者说：这件事要从2021-03-10讲起。")
    (False, False)
    """
    return _role(s) is not None


def post_bylines(stripped: list[str], kept: Callable[[str], bool] = lambda s: False) -> list[int]:
    """The lines that are post bylines of a thread (see the module doc).

    >>> a = "先把表面擦干净，再用软布慢慢抛光，效果会好很多。"
    >>> r = ["答主：甲　2021-03-10", "答主：乙　2021-03-11", "答主：丙　2021-03-12"]
    >>> page = ["标题", a, "答主：甲　获赞 3　2021-03-10", a, "答主：乙　获赞 1　2021-03-11"]
    >>> post_bylines(page)
    [2, 4]
    >>> post_bylines(page[:3])
    []
    >>> post_bylines(["这样要紧吗？", r[0], a, r[1], a, r[2]])
    [3, 5]
    """
    if _DATE.search("\n".join(stripped)) is None:
        return []  # a byline row and a floor row each hold a date (most pages: none)
    filled = [i for i, s in enumerate(stripped) if s]
    under_prose = [
        (i, role)
        for k, i in enumerate(filled[1:], 1)
        if (role := _role(stripped[i])) is not None
        and _post_text(stripped[filled[k - 1]])
        and not kept(stripped[i])
    ]
    counts = Counter(role for _, role in under_prose)
    taken = [i for i, _ in under_prose] if counts and counts.most_common(1)[0][1] >= 2 else []
    taken += credential_rows(stripped, filled, kept)
    return sorted(set(taken + floor_rows(stripped, filled, kept)))


#: a credentials row's first cell: a role of two to six letters, a space, a name
_ROLE_NAME = re.compile(
    r"^(?P<role>[\u4e00-\u9fff]{2,6})[ \t\u3000]+[^\s:：，。！？；,;!?\d]{1,12}$"
)
#: its other cells: a count or a span of years with a few words, nothing else
_COUNT_CELL = re.compile(
    r"^[^\s:：，。！？；,;!?\d]{0,6}[ \t]?\d{1,6}[ \t]?[^\s:：，。！？；,;!?\d]{0,4}$"
)
#: (not cell_gaps.CELL_GAP: a byline's cells are also parted by a dot or a bar)
_CELL_GAP = re.compile(r"\s*[|｜·•]\s*|[ \t]{2,}|\u3000+")


def _credential_shape(s: str) -> str | None:
    """The shape of an answerer's credentials row (``执业某师 某某　｜　从业8年　｜　已答
    120 题``: a role and a name, then cells each a count), its figures masked; else None."""
    if len(s) > ROW_MAX_CHARS or _SENTENCE.search(s):
        return None
    cells = [c for c in _CELL_GAP.split(s) if c]
    if len(cells) < 3:
        return None
    head = _ROLE_NAME.match(cells[0])
    if head is None or not all(_COUNT_CELL.match(c) for c in cells[1:]):
        return None
    return "|".join([head["role"], *(re.sub(r"\d+", "#", c) for c in cells[1:])])


def credential_rows(
    stripped: list[str], filled: list[int], kept: Callable[[str], bool] = lambda s: False
) -> list[int]:
    """An answer board's credentials rows, one over (or under) each answer: a role and
    the answerer's name, then cells each a count (years in practice, questions answered),
    no date, no sentence.  Two rows of one shape at least, each beside a post's text;
    a single such row (a signed profile) stays.

    >>> a = "先把表面擦干净，再用软布慢慢抛光，效果会好很多。"
    >>> r = ["认证技师 甲某　｜　从业8年　｜　已答 120 题"]
    >>> r += ["认证技师 乙某　｜　从业12年　｜　已答 64 题"]
    >>> page = ["这样要紧吗？", r[0], a, r[1], a]
    >>> credential_rows(page, list(range(5)))
    [1, 3]
    >>> credential_rows(page[:3], [0, 1, 2])
    []
    >>> table = ["品名 甲　｜　单价 12　｜　库存 30", "品名 乙　｜　单价 15　｜　库存 8"]
    >>> credential_rows(["某表", table[0], table[1]], [0, 1, 2])  # no text beside them
    []
    >>> credential_rows([a, table[0], table[1], table[0], a], list(range(5)))  # a table's rows
    []
    """
    rows: dict[str, list[int]] = {}
    for k, i in enumerate(filled):
        shape = _credential_shape(stripped[i])
        if shape is None or kept(stripped[i]):
            continue
        near = [filled[j] for j in (k - 1, k + 1) if 0 <= j < len(filled)]
        if any(_credential_shape(stripped[j]) is not None for j in near):
            continue  # rows one under another: a table's, no answer between them
        if any(_post_text(stripped[j]) for j in near):
            rows.setdefault(shape, []).append(i)
    return [i for run in rows.values() if len(run) >= 2 for i in run]


def floor_rows(
    stripped: list[str], filled: list[int], kept: Callable[[str], bool] = lambda s: False
) -> list[int]:
    """The floor rows over a forum's replies (see the module doc), two at least.

    >>> a = "先把表面擦干净，再用软布慢慢抛光。"
    >>> page = ["2楼　甲　发表于 2021-3-6 9:02", a, "3楼　乙　发表于 2021-3-7 10:15", a]
    >>> floor_rows(page, [0, 1, 2, 3])
    [0, 2]
    >>> no_time = ["2楼　甲　2021-3-6", a, "3楼　乙　2021-3-7", a]
    >>> floor_rows(page[:2], [0, 1]), floor_rows(no_time, [0, 1, 2, 3])
    ([], [])
    """
    rows = [
        i
        for k, i in enumerate(filled[:-1])
        if _FLOOR.match(stripped[i])
        and not kept(stripped[i])
        and not _FLOOR.match(stripped[filled[k + 1]])
    ]
    return rows if len(rows) >= 2 else []
