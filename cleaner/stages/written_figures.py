"""Figures a writer spelled out: a learned site shape is no template's slot there.

A site shape masks a line's numbers (``shape_of``), so that one template row with each
page's own counts or dates (``阅读：⟨N⟩次``, ``发布时间：⟨N⟩-⟨N⟩-⟨N⟩``) is learned once.  A
template fills its slots by machine, in Arabic digits.  A year spelled out in Han numerals
(``二〇一八年``) is typed by the writer: a post's own close giving when and where it was
written (``△ 二〇一八年，写于某城``) matches the shape of its siblings' closes whenever
the writer stayed in one place, yet each line is the post's own.  Such a hit below the
page's first content line is kept and flagged as the page's data
(``boilerplate.site_repeat.page_data``), never deleted silently.
"""

from __future__ import annotations

from cleaner.stages.repeat_slots import SLOT_MASK
from cleaner.stages.site_counts import NUMBER_MASK, TITLE_MASK, shape_of
from cleaner.stages.site_judge import LearnedLine

#: Han numerals a writer spells a figure with (simplified, traditional, and the zeros).
HAN_NUMERALS = frozenset("〇○零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾貳參陸")


def written_figures(line: str, hit: LearnedLine) -> bool:
    """Is ``line``, a hit of the learned site shape ``hit``, one whose masked figures are
    all spelled out in Han numerals (no Arabic digit on the line), with no cue word or
    menu bar making it chrome?

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> def shape(line, *more, signals=("short", "digits", "edge")):
    ...     return LearnedLine(shape_of(line, ""), "shape", "line", 4, 80.0,
    ...                        (line, *more), None, signals)
    >>> close = "△ 二〇一八年，写于某城"
    >>> written_figures(close, shape(close, "△ 二〇一六年，写于某城"))
    True
    >>> row = "浏览：2018年 某城"
    >>> written_figures(row, shape(row, "浏览：2016年 某城"))
    False
    >>> cued = "返回顶部 二〇一八年"
    >>> written_figures(cued, shape(cued, "返回顶部 二〇一六年", signals=("cue:nav",)))
    False
    """
    if hit.kind != "shape" or NUMBER_MASK not in hit.key:
        return False
    if TITLE_MASK in hit.key or SLOT_MASK in hit.key or len(set(hit.examples)) < 2:
        return False
    if any(x.startswith("cue:") or x == "menu" for x in hit.signals):
        return False
    s = line.strip()
    if any(ch.isdigit() for ch in s) or shape_of(s, "") != hit.key:
        return False
    return any(ch in HAN_NUMERALS for ch in s)
