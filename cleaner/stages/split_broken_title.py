"""A headline the page breaks over several lines, joined back from its ``<title>``.

Government and law pages set a long headline in two or three centred lines (``<br>``
between them: ``某某委员会`` / ``关于……的`` / ``决议``); the first line alone is no title.
When the page's ``<title>`` opens with the lines joined (spacing aside) and goes on only
after a separator or not at all, the joined lines are the title.
"""

from __future__ import annotations

import re

__all__ = ["join_broken"]

#: A headline is broken over at most this many lines, each at most this long.
MAX_PIECES = 5
PIECE_MAX_CHARS = 60
_CLAUSE = re.compile(r"[。！？；;!?]")
_AFTER = re.compile(r"^[\s_\-|｜–—·:：]")


def _key(s: str) -> str:
    return "".join(s.split())


def join_broken(title: str, body: list[str], page_title: str | None) -> str:
    """``title`` (a first line of ``body``) joined with the lines under it that the page
    title continues with, or ``title`` unchanged.

    >>> lines = ["某某市委员会", "关于修订河道管理办法的", "决定", "（五月通过）", "正文。"]
    >>> join_broken("某某市委员会", lines, "某某市委员会关于修订河道管理办法的决定_某某网")
    '某某市委员会关于修订河道管理办法的决定'
    >>> join_broken("某某市委员会", lines, "某某市委员会_首页")
    '某某市委员会'
    """
    want = _key(page_title or "")
    have = _key(title)
    if not have or len(want) <= len(have) or not want.startswith(have):
        return title
    at = next((i for i, ln in enumerate(body[:4]) if ln.strip() == title.strip()), None)
    if at is None:
        return title
    joined, key = title.strip(), have
    best = title
    for ln in body[at + 1 : at + MAX_PIECES]:
        s = ln.strip()
        if not s or len(s) > PIECE_MAX_CHARS or _CLAUSE.search(s):
            break
        if not want.startswith(key + _key(s)):
            break
        joined, key = joined + s, key + _key(s)
        rest = want[len(key) :]
        if not rest or _AFTER.match(rest):
            best = joined
    return best
