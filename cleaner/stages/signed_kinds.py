"""A page that signs itself: a letter, an appeal, a speech, a report or a statement (its
title ends in a ``signed_kinds`` word of ``rules/standing_text.toml``), or a text that
opens by addressing its readers (``同志们：``) or closes by thanking them (``谢谢大家！``).
Such a page is signed by its writer, often days before the site posts it, so a sign-off
in a learned tail under it is its own whatever day the head row prints
(:func:`cleaner.stages.signed_text.tail_sign_off`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import simplify_map
from cleaner.stages.sentence_marks import CLAUSE_MARK as _PROSE_MARK

__all__ = ["self_signed"]

#: a title is at most this long
TITLE_MAX = 40
# a salutation: readers addressed on a line of their own ('广大市民朋友们：', '各位来宾:')
_SALUTE = re.compile(r"[\u4e00-\u9fff、]{2,16}[：:]")
_TITLE_MARKS = re.compile(r"[。！？!?|｜]")
_BRACKET = re.compile(r"[（(][^（）()]*[）)]$")


@cache
def _kinds() -> tuple[str, ...]:
    return tuple(load_table("standing_text")["signed_kinds"])


@cache
def _closing() -> re.Pattern[str]:
    opener = load_table("headers")["meta"]["closing_openers"]
    return re.compile(rf"(?:{opener})[\u4e00-\u9fff]{{0,6}}[。！!]")


def self_signed(stripped: Sequence[str], upto: int, end: int | None = None) -> bool:
    """Does the page sign itself (module doc)?  ``upto``: the first line of the learned
    tail; a title is looked for above it, a salutation or closing between the title and
    ``end`` (default ``upto``).

    >>> self_signed(["致全区居民的一封信", "发布日期：2031-04-05", "正文一句话写在这里。"], 3)
    True
    >>> self_signed(["某镇老桥修缮完工", "同志们：", "正文一句话，写在这里。"], 3)
    True
    >>> self_signed(["某镇老桥修缮完工", "正文一句话写在这里。", "谢谢大家！"], 3)
    True
    >>> self_signed(["某镇老桥修缮完工", "发布日期：2031-04-05", "正文一句话写在这里。"], 3)
    False
    """
    lines = [s.strip().translate(simplify_map()) for s in stripped[: upto if end is None else end]]
    lines = [s for s in lines if s]
    for n, s in enumerate(lines):
        t = _BRACKET.sub("", s).strip()
        if t and len(t) <= TITLE_MAX and not _TITLE_MARKS.search(t) and t.endswith(_kinds()):
            return True
        if len(s) <= 12 and _closing().fullmatch(s):
            return True  # '谢谢大家！', '特此说明。'
        if _SALUTE.fullmatch(s) and n + 1 < len(lines) and _opens_text(lines[n + 1]):
            return True  # '同志们：' over the text's first sentence
    return False


def _opens_text(s: str) -> bool:
    """A line of the text's own prose (a sentence's mark, some length)."""
    return len(s) >= 10 and _PROSE_MARK.search(s) is not None
