"""A contents line in a compilation's head: the page lists its pieces before them.

A guide, a digest or an issue names its pieces on one line above the first of them
(``本期导览：甲 · 乙 · 丙``, ``目次：甲｜乙｜丙``, ``In this issue: A / B / C``): a short label
or none, then every piece's title in page order, parted by one separator.  Under a run
of marks (``STOP 01``, ``No. 2``) whose titles are exactly the listed ones, that line is
the page's own word that it compiles (:func:`split_headers.judge`), as a count in its
head is.

A document's contents (a report's ``目录`` with its chapters on lines of their own, a
sentence naming its parts ``本文分为背景、方法和结论三部分``) is not such a line: the
titles must fill the line, nothing but the label and the separators around them.
"""

from __future__ import annotations

import re

__all__ = ["lists_titles"]

#: A contents line's label before its colon is at most this long.
LABEL_MAX_CHARS = 8
_LABEL = re.compile(rf"^[^，。；！？,;!?：:]{{1,{LABEL_MAX_CHARS}}}[：:]\s*")
#: The separators a contents line parts its titles with, spaced or not.
_SEPS = ("·", "•", "｜", "|", "/", "／", "、", "，", ",", "；", ";", "\u3000")


def _parts(line: str) -> list[list[str]]:
    """The line cut at each separator in turn (one list a separator that occurs)."""
    body = _LABEL.sub("", line.strip(), count=1)
    out = []
    for sep in _SEPS:
        if sep in body:
            out.append([p.strip() for p in body.split(sep)])
    return out


def lists_titles(head: list[str], titles: list[str]) -> bool:
    """One line of ``head`` lists exactly ``titles`` (two or more, all different) in
    order, behind a short label or none, parted by one separator.

    >>> lists_titles(["某地游记", "本期导览：甲山 · 乙湖 · 丙村"], ["甲山", "乙湖", "丙村"])
    True
    >>> lists_titles(["本期导览：甲山 · 乙湖"], ["甲山", "乙湖", "丙村"])
    False
    >>> lists_titles(["本文分为甲山、乙湖、丙村三部分"], ["甲山", "乙湖", "丙村"])
    False
    >>> lists_titles(["甲山", "乙湖", "丙村"], ["甲山", "乙湖", "丙村"])
    False
    """
    if len(titles) < 2 or len(set(titles)) < len(titles) or not all(titles):
        return False
    for line in head:
        if not all(t in line for t in titles):
            continue
        if any(parts == titles for parts in _parts(line)):
            return True
    return False
