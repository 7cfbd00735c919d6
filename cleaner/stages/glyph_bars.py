"""A bar of badge cells, each opened by the same mark (``√ 安全　√ 无广告　√ 已审核``,
``✔ Verified ✔ No ads``, ``★ 推荐　★ 热门``): the site's row of badges or buttons, a
menu by its shape although no menu separator parts its cells
(:func:`~cleaner.stages.site_judge.chrome_signals` reads it as ``menu``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE_END

#: A cell of a bar holds at most this many characters after its mark …
CELL_MAX_CHARS = 12
#: … or, with no Han character, at most this many words (``No bundleware``).
CELL_MAX_WORDS = 3
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _mark(ch: str) -> bool:
    """A mark that can open a badge: a symbol (``√ ★ ■ ↓ ✔``), not a letter, a digit,
    a bracket or a quote."""
    return unicodedata.category(ch) in ("So", "Sm") and ch not in "<>=+~|"


def glyph_bar(line: str) -> bool:
    """Is ``line`` two or more short cells, each opened by the same mark and parted by
    spaces, and nothing else?

    >>> glyph_bar("√ 安全检测　√ 绿色无毒　√ 专人复核"), glyph_bar("✔ Verified  ✔ No ads")
    (True, True)
    >>> glyph_bar("★ 推荐　☆ 热门")  # two marks: a rating or a legend, not one bar
    False
    >>> glyph_bar("√ 本软件经过多轮检测，可以放心使用。")  # one cell, a sentence
    False
    >>> glyph_bar("√ 甲方确认，√ 乙方确认")
    False
    """
    s = line.strip()
    if len(s) < 4 or not _mark(s[0]) or _SENTENCE_END.search(s):
        return False
    cells = [c.strip() for c in s.split(s[0])]
    if cells[0] or len(cells) < 3:
        return False
    return all(_short(c) for c in cells[1:]) and all(
        " " in s[k - 1 : k] or "\u3000" in s[k - 1 : k] for k in _starts(s)[1:]
    )


def _short(cell: str) -> bool:
    """A badge's words: a few characters, or a few Latin words."""
    if not cell:
        return False
    if len(cell) <= CELL_MAX_CHARS:
        return True
    return not _HAN.search(cell) and len(cell.split()) <= CELL_MAX_WORDS and len(cell) <= 30


def _starts(s: str) -> list[int]:
    """Where the cells of ``s`` start (every place its first mark stands)."""
    return [k for k, ch in enumerate(s) if ch == s[0]]


def lone_glyph_bar(stripped: list[str], i: int, gone: Container[int] = ()) -> bool:
    """Line ``i`` is a glyph bar (:func:`glyph_bar`) with no glued neighbour opened by a
    mark: the site's badge row over or under the text, not a row of a table of marks
    (``✓ 支持　✓ 支持`` over ``✗ 不支持　✓ 支持``) whose rows are its siblings.  A
    neighbour already taken as chrome (``gone``: a bar of buttons) is no sibling.

    >>> lone_glyph_bar(["某工具 V1.2 正式版", "√ 无广告　√ 已审核　√ 免安装", "正文。"], 1)
    True
    >>> lone_glyph_bar(["✓ 支持　✓ 支持　✓ 支持", "✗ 不支持　✓ 支持　✓ 支持"], 0)
    False
    >>> lone_glyph_bar(["↓ 下载　■ 扫码", "√ 无广告　√ 已审核", "正文。"], 1, {0})
    True
    """
    if not glyph_bar(stripped[i]):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(stripped) and j not in gone and stripped[j] and _mark(stripped[j][0]):
            return False
    return True
