"""A line the split stage's header vocabulary reads as a compilation's piece header that
names the kind of piece beside its number (``篇一：…``, ``第二篇 …``, ``【范文3】…``).

A link list under a ``相关文章`` / ``热门文章`` heading (boilerplate, ``scope = "list"``)
takes the short lines under it; it stops at such a header, the first piece of the page,
which is no link title (a bare number, ``1、某某``, may still be a list's item).
"""

from __future__ import annotations

import re

from cleaner.stages.split_header_shapes import candidate, vocab

__all__ = ["piece_header"]

_HAN = re.compile(r"[\u4e00-\u9fff]")


def piece_header(line: str) -> bool:
    """The header reading of ``line`` is numbered with a word beside its number.

    >>> piece_header("篇一：我的老师"), piece_header("第二篇 春游"), piece_header("【范文3】小河")
    (True, True, True)
    >>> piece_header("1、某地开展植树活动"), piece_header("第三章")
    (False, False)
    >>> piece_header("一年级日记三十篇…")
    False
    """
    c = candidate(0, line.strip(), vocab())
    if c is None:
        return False
    word = c.shape[1:].split("|")
    return bool(_HAN.search((word[0] + word[1][1:]).replace("第", "")))
