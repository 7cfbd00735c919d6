"""Lines that are never a title, by their shape: a navigation bar or breadcrumb
(:func:`nav_line`), a flattened table row (:func:`record_line`), a drawn separator
(:func:`rule_line`) and a file card's row of fields (:func:`field_line`).

The split stage and the title choice read them to pass such a line over when they look
for a piece's title, and the boilerplate and foot stages to tell chrome and records from
text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from cleaner.stages.sentence_marks import FULL_STOP_MARK as _SENTENCE_END

__all__ = ["field_line", "nav_line", "record_line", "rule_line"]


_NAV_CHARS = frozenset("|｜>»→/›＞")
_NAV_SEP = re.compile(r"\s*(?:>>|[|｜>»→/›＞])\s*")
# a labelled cell: a short label (Han or Latin words), a colon, a value
_LABELLED_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{0,7}\s*[:：]\s*\S")


def nav_line(line: str) -> bool:
    """A navigation bar or breadcrumb: short items between ``|``, ``>``, ``/``, ``»``.

    >>> nav_line("首页 | 要闻 | 社会"), nav_line("手工小站 > 生活技巧"), nav_line("标题|站点")
    (True, True, False)
    >>> nav_line("馆藏 › 某某县志（1990—2010） › 正文")
    True

    Items that are labelled cells (two at least: ``编者：某某 | 日期:2021-03-05 | 点击:9``)
    make a row of facts, as the same cells apart by wide gaps do, not a navigation bar:

    >>> nav_line("编者：某某 | 日期:2021-03-05 | 点击:9"), nav_line("首页 | 联系：某处 | 帮助")
    (False, True)
    """
    s = line.strip()
    if len(s) > 80:
        return False
    if not _NAV_CHARS.intersection(s):
        return _arrow_trail(s)
    parts = [p for p in _NAV_SEP.split(s) if p]
    if len(parts) < 2 or len(s) > 80 or re.search(r"[。，；！？]", s):
        return False
    if any(len(p) > 16 for p in parts):
        return False
    if sum(1 for p in parts if _LABELLED_ITEM.match(p)) >= 2:
        return False  # a row of labelled cells parted by bars: facts, no menu
    return len(parts) >= 3 or bool(re.search(r">|»|→|›|＞", s))


# a glyph that points onward: an arrow or angle pointing right, '≫' (by Unicode name, so
# a trail drawn with a glyph no rule names yet is still a trail)
_POINTING = re.compile(r"RIGHT.*(?:ARROW|ANGLE|TRIANGLE|POINTER)|ARROW.*RIGHT|MUCH GREATER-THAN")


@functools.cache
def _points_on(ch: str) -> bool:
    return bool(_POINTING.search(unicodedata.name(ch, "")))


def _arrow_trail(s: str) -> bool:
    """A breadcrumb drawn with a pointing glyph no rule lists: three short items or more
    between the SAME glyph, spaced on both sides (``藏品库 ⇢ 陶瓷 ⇢ 元``); a pointing glyph
    inside a 'key → value' row is never spaced this evenly between three short items
    without a clause mark.

    >>> _arrow_trail("藏品库 ⇢ 陶瓷 ⇢ 元"), _arrow_trail("甲 ⤳ 乙"), _arrow_trail("甲 ◈ 乙 ◈ 丙")
    (True, False, False)
    >>> _arrow_trail("首页 ▸ 专题 ▸ 正文"), _arrow_trail("甲 ▸ 乙 ► 丙")
    (True, False)
    """
    seps = {m.group(1) for m in re.finditer(r"\s(\S)\s", s) if _points_on(m.group(1))}
    if len(seps) != 1 or re.search(r"[。，；！？：:]", s):
        return False
    parts = [p.strip() for p in re.split(rf"\s{re.escape(seps.pop())}\s", s)]
    return len(parts) >= 3 and all(0 < len(p) <= 16 for p in parts)


def record_line(line: str) -> bool:
    """A line of fields, not a title: three or more of one field separator (``~``, ``|``,
    tab, ``^``), as in a flattened table ('@全套枚数~4枚~全套面值~4.80元~…').

    >>> record_line("@枚数~4枚~面值~4.80元~发行日期~2012年"), record_line("标题|站点")
    (True, False)
    """
    return any(line.count(c) >= 3 for c in "~|\t^")


_FIELD = re.compile(r"[\u4e00-\u9fff]{2}[:：]\s*[^\s:：]")


def rule_line(line: str) -> bool:
    """A line with no letter, digit or ideograph (``=====``, ``※※※``, ``———``): a
    separator drawn by the site or the author, never a title.  Placeholders for lost or
    withheld characters (``□□□`` for a title the source lost, ``×××``) are not separators:
    they stand for a title.

    >>> rule_line("=" * 30), rule_line("※ ※ ※"), rule_line("第一章"), rule_line("2021")
    (True, True, False, False)
    >>> rule_line("□□□"), rule_line("×××"), rule_line("")
    (False, False, True)
    """
    return not any(ch.isalnum() or ch in _PLACEHOLDERS for ch in line)


#: glyphs that stand for lost or redacted characters (see :func:`rule_line`)
_PLACEHOLDERS = frozenset("□■×Ｘ○")


def field_line(line: str) -> bool:
    """A line of three or more ``label：value`` fields and no sentence (a file card:
    kind, format, size, upload date): a record, never a title, whatever its labels.

    >>> field_line("资料种类：讲义　格式：pdf　大小：1MB　日期：2021-03-05")
    True
    >>> field_line("他说：好。她说：不行。我说：再想想。"), field_line("注意：三点")
    (False, False)
    """
    s = line.strip()
    return len(s) <= 160 and not _SENTENCE_END.search(s) and len(_FIELD.findall(s)) >= 3
