"""Simplified and traditional forms of the characters our mark and chrome vocabularies use.

A site in traditional Chinese prints the same chrome as a simplified one in other
characters (``第2頁`` for ``第2页``, ``【續】`` for ``【续】``).  Listing each traditional
phrase beside the simplified one doubles every table and misses the next phrase; instead a
table's pattern is written once, in simplified characters, and :func:`widen` lets each
character of the small map in ``cleaner/rules/han_forms.toml`` match its traditional form
too.  The map holds only characters whose two forms differ and that the vocabularies use;
a character missing from it matches in its written form only (no wrong match, a miss).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

#: read here, not through :func:`cleaner.rules.load_table`: the rule loader widens the
#: built-in packs with this module, so it must not import the loader
_TABLE = Path(__file__).resolve().parent / "han_forms.toml"


@cache
def forms() -> dict[str, str]:
    """Simplified character → its traditional form (one character: a one-to-one map)."""
    table: dict[str, str] = dict(tomllib.loads(_TABLE.read_text("utf-8"))["traditional"])
    return table


def widen(pattern: str, table: dict[str, str] | None = None) -> str:
    r"""``pattern`` with its Han words also matching their traditional forms: each
    mapped character becomes a class of its two forms (``页`` → ``[页頁]``), and inside
    a class ``[页码]`` becomes ``[页頁码碼]``.  Escapes are copied as they are.  Classes,
    not ``(?:简|繁)`` per word: ``re`` factors an alternation's common prefix out, and the
    rule packs' required-string reader stops at the branch left (``当前`` for ``当前页面``:
    a common string, a slower prefilter), while it reads through a small class.

    >>> t = {"页": "頁", "码": "碼"}
    >>> widen(r"第\d+页码|[页码]|页+", t)
    '第\\d+[页頁][码碼]|[页頁码碼]|[页頁]+'
    >>> widen(r"\页", t)  # an escaped character stays as written
    '\\页'
    """
    table = forms() if table is None else table
    out: list[str] = []
    in_class = False
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and not _class_start(pattern, i):
                in_class = False
                out.append(ch)
            else:
                out.append(ch + table.get(ch, "")[:1])
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch in table:
            out.append(f"[{ch}{table[ch][:1]}]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _class_start(pattern: str, i: int) -> bool:
    """Is the ``]`` at ``i`` the first character of its class (``[]…]``, ``[^]…]``), a
    literal rather than the class's end?"""
    j = i - 1
    if j >= 0 and pattern[j] == "^":
        j -= 1
    return j >= 0 and pattern[j] == "[" and (j == 0 or pattern[j - 1] != "\\")
