"""A thread's numbered reply marks and the reply texts under them, which the line model keeps.

A forum page exported as text prints each reply under a short mark that repeats one label
with the reply's number ('回复 · 2', '跟帖 3', '#4　回复', '评论（5）'): alone such a row
looks like a reaction bar (a counter word and a figure), and the short reply texts next to
it (no full stop, a trailing comma) look like its chrome, so the model would delete the
whole thread but its last line.  The *run* tells them apart: the same label two or more
times, its number growing from one mark to the next, a text between every two marks.  A
reaction bar printed twice shows one count or several labels, never one label counting up
over texts.

:func:`reply_marks` gives the marks; :func:`reply_texts` the lines each mark heads (up to
the next mark, a blank line ending a reply only when the next line is a mark) and the
opening post over the first mark: content the model leaves (at worst flagged).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE

#: A mark: a short row holding exactly one number (its label is the rest).
MARK_MAX_CHARS = 16
#: The most a reply's number grows from one mark to the next (a reader counter of a list
#: of links, '浏览 12' … '浏览 45', grows by chance and by more).
MAX_STEP = 3
#: A reply's text: at most this many non-blank lines under its mark (and over the first).
TEXT_MAX_LINES = 3
_NUMBER = re.compile(r"\d{1,4}")
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def mark_label(s: str) -> tuple[str, int] | None:
    """'回复 · 2' -> ('回复 · #', 2); None for a row that is no mark."""
    if not s or len(s) > MARK_MAX_CHARS or _SENTENCE.search(s):
        return None
    nums = _NUMBER.findall(s)
    if len(nums) != 1 or not _LETTER.search(s):
        return None
    label = _NUMBER.sub("#", s)
    letters = _LETTER.findall(label)
    if not 1 <= len(letters) <= 6:
        return None
    return label, int(nums[0])


def reply_marks(stripped: Sequence[str]) -> list[int]:
    """Lines that mark numbered replies: one label two or more times, its numbers growing
    in page order by 1 to MAX_STEP, a non-blank line between every two marks.

    >>> reply_marks(["问题", "回复 · 2", "甲", "", "回复 · 3", "乙"])
    [1, 4]
    >>> reply_marks(["点赞 5", "甲", "点赞 5"])  # one count twice: a bar
    []
    >>> reply_marks(["点赞 5", "评论 7"])  # two labels, no text between
    []
    >>> reply_marks(["题", "浏览 12", "甲", "浏览 45", "乙"])  # counts, no numbering
    []
    """
    by_label: dict[str, list[tuple[int, int]]] = {}
    for i, s in enumerate(stripped):
        got = mark_label(s)
        if got is not None:
            by_label.setdefault(got[0], []).append((i, got[1]))
    out: list[int] = []
    for found in by_label.values():
        if len(found) < 2:
            continue
        if any(not 1 <= b[1] - a[1] <= MAX_STEP for a, b in itertools.pairwise(found)):
            continue  # replies count 2, 3, 4 (a deleted one skips one); views jump
        pairs = itertools.pairwise(found)
        if any(not any(stripped[j] for j in range(a[0] + 1, b[0])) for a, b in pairs):
            continue
        out.extend(i for i, _ in found)
    return sorted(out)


def reply_texts(stripped: Sequence[str], marks: Sequence[int] | None = None) -> set[int]:
    """The reply texts of :func:`reply_marks`: the non-blank lines under each mark (at most
    TEXT_MAX_LINES, up to the next mark) and those over the first mark (the opening post).

    >>> sorted(reply_texts(["题", "", "帖文，", "", "回复 · 2", "", "甲", "", "回复 · 3", "乙"]))
    [2, 6, 9]
    """
    marks = reply_marks(stripped) if marks is None else marks
    if not marks:
        return set()
    mark_set = set(marks)
    out: set[int] = set()
    for m in marks:
        taken = 0
        for j in range(m + 1, len(stripped)):
            if j in mark_set or taken == TEXT_MAX_LINES:
                break
            if stripped[j]:
                out.add(j)
                taken += 1
            elif taken and m == marks[-1]:
                break  # the last reply is one paragraph: the page's foot may follow
    taken = 0
    for j in range(marks[0] - 1, 0, -1):  # (line 0: the page's title, never a reply)
        if taken == TEXT_MAX_LINES:
            break
        if stripped[j]:
            out.add(j)
            taken += 1
            if j - 1 >= 0 and not stripped[j - 1]:
                break  # the post is one paragraph: the rows above it are its header
    return out
