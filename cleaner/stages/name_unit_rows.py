"""A paper's byline in one row: its authors' names, a separator, their unit.

A journal's table of contents prints under each paper's title either two rows (the names,
then the unit in brackets: :mod:`cleaner.stages.paper_heads`) or one row holding both:
``某甲，某乙　·　某某大学文学院``, ``某甲 | 某某研究所``, ``某甲、某乙／某市第一中学``.  The
row is the paper's metadata (``author``: the first name, as every names row of a
compiled issue gives it; ``origin``: the unit), no line of its text.  Its shape says
so, no wording: two parts apart by one separator (a middle dot, a bar or a slash,
spaced or glued), the first a run of one to eight Han names
(:func:`cleaner.stages.person_names.han_name`, a compound surname allowed; marks
pointing to the units dropped), the second a body's name (it holds one of
``[paper_head] affiliation_bodies`` of ``rules/headers.toml``), no sentence mark.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from cleaner.rules import load_table
from cleaner.stages.person_names import han_name, person_name
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE

__all__ = ["author_names", "name_unit_row", "name_unit_rows_over", "names_list", "names_then_part"]

#: a row's names: at most this many
MAX_NAMES = 8
#: a unit's name: at most this long
UNIT_MAX_CHARS = 30
#: the one separator between the names and the unit
_PARTS = re.compile(r"[ \t\u3000]*[·•・｜|/／][ \t\u3000]*")
_NAME_SEP = re.compile(r"[ \t\u3000]*[，,、][ \t\u3000]*|[ \t\u3000]+")
_MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*＊\d]{1,4}$")
#: a unit may close with a department of its body ('某某大学文学系', '某院教务处')
_DEPARTMENTS = ("系", "院", "所", "部", "中心", "室", "科", "处", "站", "馆")


#: the same shape searched over a whole page (a superset, one scan at C speed)
_GATE = re.compile(
    r"\n[ \t\u3000]*[\u4e00-\u9fff]{2,4}(?:[ \t\u3000]*[，,、 \u3000][ \t\u3000]*"
    r"[\u4e00-\u9fff]{2,4}){0,7}[ \t\u3000]*[·•・｜|/／][ \t\u3000]*[^\n]{4,30}(?=\n)"
)


def name_unit_rows_over(text: str, n: int) -> bool:
    r"""``text`` holds more than ``n`` lines of the byline row's rough shape (a cheap gate).

    >>> name_unit_rows_over("题\n某甲，某乙　·　某某学院\n正文。\n某丙 | 某某大学\n", 1)
    True
    >>> name_unit_rows_over("题\n某甲，某乙　·　某某学院\n正文。\n", 1)
    False
    """
    return matches_over(_GATE, text, n)


def matches_over(gate: re.Pattern[str], text: str, n: int) -> bool:
    r"""Does ``gate`` match more than ``n`` times in ``text`` (framed by newlines, so a
    gate anchored on line ends sees the first and last lines)?  Stops at match ``n + 1``.

    >>> matches_over(re.compile(r"\n甲"), "甲\n乙\n甲", 1), matches_over(re.compile("甲"), "甲", 1)
    (True, False)
    """
    return next(islice(gate.finditer(f"\n{text}\n"), n, None), None) is not None


@lru_cache(maxsize=1)
def _bodies() -> tuple[str, ...]:
    return tuple(load_table("headers")["paper_head"]["affiliation_bodies"])


def names_list(part: str) -> list[str] | None:
    """The names of a run of Han names (marks dropped), or None when a word is no name.

    >>> names_list("某甲¹，欧阳某某²"), names_list("某甲　某乙"), names_list("某甲")
    (['某甲', '欧阳某某'], ['某甲', '某乙'], ['某甲'])
    >>> names_list("研究发现，差异较大"), names_list("")
    (None, None)
    """
    words = [w for w in _NAME_SEP.split(part.strip()) if w]
    if not 1 <= len(words) <= MAX_NAMES:
        return None
    names = [_MARKS.sub("", w) for w in words]
    shape = han_name()
    return names if all(shape.match(n) and person_name(n) for n in names) else None


def author_names(row: str) -> str | None:
    """A names row as an ``author`` value: its first name, marks dropped (the paper's
    ``origin`` is the first unit, the first author's), or None when a word is no name.

    >>> author_names("某甲，某乙"), author_names("某甲¹　某乙²")
    ('某甲', '某甲')
    >>> author_names("研究发现，差异较大")
    """
    names = names_list(row)
    return names[0] if names else None


def name_unit_row(line: str) -> dict[str, str] | None:
    """``{'author', 'origin'}`` of a byline row of names and their unit, or None.

    >>> name_unit_row("某甲，某乙　·　某某师范大学文学院")
    {'author': '某甲', 'origin': '某某师范大学文学院'}
    >>> name_unit_row("欧阳某某 | 某市教育科学研究所")
    {'author': '欧阳某某', 'origin': '某市教育科学研究所'}
    >>> name_unit_row("某甲、某乙／某市第一中学")
    {'author': '某甲', 'origin': '某市第一中学'}

    A crumb, a tag row, a dateline, names without a body after them: none.

    >>> name_unit_row("首页 · 学院新闻"), name_unit_row("某甲 · 2021-03-09")
    (None, None)
    >>> name_unit_row("某甲 · 某乙"), name_unit_row("栏目 · 地方文化与历史")
    (None, None)
    """
    s = line.strip()
    if not s or len(s) > UNIT_MAX_CHARS + 40:
        return None
    parts = _PARTS.split(s)
    if len(parts) != 2:
        return None
    who, unit = parts[0].strip(), parts[1].strip()
    names = names_list(who)
    if names is None or not 4 <= len(unit) <= UNIT_MAX_CHARS or _SENTENCE.search(unit):
        return None
    if re.search(r"\d", unit) or not any(b in unit for b in _bodies()):
        return None
    if not unit.endswith((*_bodies(), *_DEPARTMENTS)):
        return None  # '学院新闻': a channel named after a body, no body
    if any(b in n for n in names for b in _bodies()):
        return None  # '某某学院 · 某某大学': two bodies, no names
    return {"author": names[0], "origin": unit}


def names_then_part(line: str) -> bool:
    """``line`` has a byline row's rough shape: names, one separator, a part without a
    sentence mark (whatever its ending).  A row under a byline with this shape makes the
    two a list (an honours list, a roster), no byline.

    >>> names_then_part("某丙 · 某镇卫生院"), names_then_part("摘要：正文。")
    (True, False)
    """
    parts = _PARTS.split(line.strip())
    return (
        len(parts) == 2
        and names_list(parts[0]) is not None
        and 2 <= len(parts[1].strip()) <= UNIT_MAX_CHARS
        and _SENTENCE.search(parts[1]) is None
    )
