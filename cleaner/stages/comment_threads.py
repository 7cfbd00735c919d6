"""A reader comment thread under a post (rule ``boilerplate.comment_thread``).

Blogs and news pages end with their readers' comments: a heading that names them (``3条
评论``, ``网友评论（3）``, ``全部留言``), then for each comment an author line (a nickname and
the date and time it was posted, ``某网友　2021-05-21 15:16``) and the comment's text, one
to three short lines.  The text lines are sentences; no vocabulary names them, but their
*place* does: each sits under an author line of the thread (the last comment's text is
its one line under its author line: the page's foot may follow it without a gap).  The
thread is taken whole, heading, author lines and texts, when the heading is followed at
once by an author line;
a forum's posts (the page's content) have no comment heading above them (``12条回复``
heads a forum's replies, which are its text: no head here), and an article that quotes a
comment has no author line right under a heading.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.stages.han_forms import widen

#: Rule id of the claim.
COMMENT_THREAD = "boilerplate.comment_thread"
#: A comment's text: at most this many lines, each at most BODY_MAX_CHARS long.
BODY_MAX_LINES = 3
BODY_MAX_CHARS = 200

#: an author line: an optional floor number, a nickname (no spaces or sentence marks),
#: a gap, an optional posted-at word, a date and an optional time
_AUTHOR = re.compile(
    r"^(?:#?\d{1,4}[楼樓#]?[ \t\u3000]+)?[^\s，。！？：:；;,、]{1,16}[ \t\u3000]+"
    r"(?:发表于|發表於|于|於)?[ \t]*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


#: one of these is in every head (simplified and traditional forms)
_HEAD_WORDS = ("评", "評", "留言")


@cache
def _head() -> re.Pattern[str]:
    """A heading naming the comments (simplified and traditional forms)."""
    return re.compile(
        widen(
            r"^(?:(?:共|全部|网友|读者|最新|热门|精彩)?[ \t]*(?:\d{1,5}[ \t]*条)?(?:评论|留言)"
            r"(?:[ \t]*[(（]\d{1,5}[)）])?|\d{1,5}[ \t]*条(?:评论|留言))[:：]?$"
        ),
        re.M,
    )


def comment_thread(stripped: list[str]) -> list[int]:
    """Indices of the lines of the page's comment threads (module doc).  A comment's text
    another rule took already (a reaction word in it) is still one of the thread's lines.

    >>> page = ["正文。", "2条评论", "小王　2021-05-21 15:16", "写得好。", "阿李　2021-05-22 08:01",
    ...         "同感，也想去。", "", "版权所有"]
    >>> comment_thread(page)
    [1, 2, 3, 4, 5]
    >>> comment_thread(["正文。", "网友评论", "这是正文里的一句话。"])  # no author line
    []
    """
    n = len(stripped)
    out: list[int] = []
    page = "\n".join(stripped)
    if not any(w in page for w in _HEAD_WORDS):
        return out  # most pages: a substring test, no regex scan
    # the heads from one scan of the page, not a match per line
    for m in _head().finditer(page):
        h = page.count("\n", 0, m.start())
        taken = [h]
        k = _next(stripped, h + 1)
        while k < n and _AUTHOR.match(stripped[k]):
            taken.append(k)
            k += 1
            body: list[int] = []
            while (
                k < n
                and stripped[k]
                and len(body) < BODY_MAX_LINES
                and len(stripped[k]) <= BODY_MAX_CHARS
                and not _AUTHOR.match(stripped[k])
            ):
                body.append(k)
                k += 1
            k = _next(stripped, k)
            if k < n and _AUTHOR.match(stripped[k]):
                taken += body
            else:  # the last comment: its one line (the page's foot may follow at once)
                taken += body[:1]
        if len(taken) > 1:
            out.extend(taken)
    return sorted(set(out))


def _next(stripped: list[str], k: int) -> int:
    while k < len(stripped) and not stripped[k]:
        k += 1
    return k
