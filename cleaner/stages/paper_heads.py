"""A paper's head: its title glued over the row of its authors' names.

A journal's full text, a proceedings volume or an issue's table of contents opens each
paper with its title and, on the next line, its authors (``某甲¹，某乙²``, ``某甲　某乙``),
often an affiliation row in brackets below.  To the chrome line model the short title
between a running head and a name row looks like a promoted link and goes: the paper
loses its title (silent loss; issue 12, blind set r).  :func:`title_over_names` keeps it.

Shapes only: a *name row* is one to eight names of two or three Han letters (the family
name and the given name), each with an optional affiliation mark (superscript digits, a
star, a digit), parted by a comma, an enumeration comma or a wide gap; one name alone
needs its mark.  A title is :func:`cleaner.stages.header_rows.title_like` with no chrome
cue word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.header_rows import title_like
from cleaner.stages.keep import keep_table
from cleaner.stages.name_unit_rows import matches_over, name_unit_row, names_list

__all__ = ["affiliation_row", "name_rows_at_most", "names_row", "title_over_names"]

_NAME = "[\u3400-\u4dbf\u4e00-\u9fff]{2,3}"
_MARK = "[¹²³⁴⁵⁶⁷⁸⁹⁰*＊\\d]{0,4}"
_NAMES = re.compile(
    f"^{_NAME}(?P<mark>{_MARK})(?:(?:[，,、]|[ \u3000]+)[ \u3000]*{_NAME}{_MARK}){{0,7}}$"
)
_SEPARATORS = re.compile("[，,、]|[ \u3000]+")


#: The same shape searched over a whole page: from a line break (a literal first: re
#: skips to it at C speed, where a pattern opening with '^' is tried at every position),
#: two names with a separator or one with its mark.
_SEP = "(?:[，,、]|[ \u3000]+)[ \u3000]*"
_NAMES_GATE = re.compile(
    f"\n[ \t\u3000]*{_NAME}(?:{_MARK}(?:{_SEP}{_NAME}{_MARK}){{1,7}}|[¹²³⁴⁵⁶⁷⁸⁹⁰*＊\\d]{{1,4}})"
    "[ \t\u3000\r]*(?=\n)"
)


def name_rows_at_most(text: str, n: int) -> bool:
    r"""``text`` holds at most ``n`` lines of :func:`names_row`'s shape (spaces around a
    row allowed: a superset): a cheap gate for a whole page, one scan at C speed.

    >>> name_rows_at_most("题目\n某甲　某乙\n正文。\n某丙，某丁", 1)
    False
    """
    return not matches_over(_NAMES_GATE, text, n)


def names_row(s: str) -> bool:
    """``s`` is a row of authors' names (module doc).

    >>> names_row("某甲¹，某乙乙²"), names_row("某甲　某乙"), names_row("某甲*")
    (True, True, True)
    >>> names_row("某甲"), names_row("稻谷　亩　12"), names_row("研究发现，差异较大")
    (False, False, False)
    >>> names_row("欧阳某某，某甲，某乙"), names_row("欧阳某某")
    (True, False)
    """
    m = _NAMES.match(s)
    if m is None:
        # names of a compound surname ('欧阳某某，某甲'): two at least, each a person's
        names = names_list(s) if _SEPARATORS.search(s) else None
        return names is not None and len(names) >= 2
    return bool(m.group("mark")) or _SEPARATORS.search(s) is not None


@lru_cache(maxsize=1)
def _affiliation() -> re.Pattern[str]:
    """An affiliation row: the whole line in round brackets, naming a body (a school, an
    institute, a hospital, a company: ``[paper_head] affiliation_bodies`` of
    ``cleaner/rules/headers.toml``), often numbered for the authors' marks."""
    bodies = "|".join(map(re.escape, load_table("headers")["paper_head"]["affiliation_bodies"]))
    return re.compile(
        r"^[（(][^（）()]{0,120}(?:" + bodies + r")[^（）()]{0,120}[）)]$"
        # or any body's name closed by its town and six-digit postcode: '（某某党校，某市　100000）'
        r"|^[（(][^（）()]{2,160}[\s\u3000]\d{6}[）)]$"
    )


def affiliation_row(s: str) -> bool:
    """``s`` is an affiliation row under a name row (see ``_affiliation``).

    >>> affiliation_row("（1. 某某学院 文学院，某市 100000；2. 某某中学）")
    True
    >>> affiliation_row("（某某党校，某市　100000）"), affiliation_row("（电话 1234567）")
    (True, False)
    >>> affiliation_row("（以上据旧本誊录）"), affiliation_row("某某学院")
    (False, False)
    """
    return _affiliation().match(s.strip()) is not None


def title_over_names(stripped: Sequence[str], i: int, *, cues: bool = True) -> bool:
    """Line ``i`` is a title glued over a row of names, a line of the paper below them.

    >>> page = ["某县教研的几个问题", "某甲¹，某乙²", "（1. 某学院）", "摘　要：正文。"]
    >>> title_over_names(page, 0), title_over_names(["收藏　分享", *page[1:]], 0)
    (True, False)
    >>> title_over_names(["某县教研的几个问题", "某甲，某乙　·　某某学院", "摘要：正文。"], 0)
    True

    ``cues=False`` (a title under a code row, whose shape says it is one) reads no bar's
    words in the title.
    """
    if i + 2 >= len(stripped) or not stripped[i + 1] or not stripped[i + 2]:
        return False
    below = stripped[i + 1]
    if not (names_row(below) or name_unit_row(below)) or not title_like(stripped[i]):
        return False
    return not cues or not keep_table().cues(stripped[i])  # a share bar over a name row is a bar
