"""Page-level prefilters of the split stage's fallback recognisers (issue 15): for a
recogniser that runs on every page no reader split, a cheap NECESSARY condition of its
firing, read once per page; where it fails the recogniser is skipped, its "nothing
found" answer taken as given.  Each condition is proved below from the recogniser's
code, and ``tests/stages/test_split_prefilter.py`` runs every recogniser with and without
its filter on every test page (and on generated pages) and asserts identical answers.

:func:`may_shape_run` (for :func:`split_shape_run.shape_run`, the last resort and the
split stage's dearest recogniser on clean pages: its closing mode shaped every line of
the page).  ``shape_run`` answers other than ``ShapeRun()`` only when the page holds six
non-empty lines or more (its first test), a line of prose (:func:`_prose_line`: every
verdict but "none" needs a piece with prose under its title, in either mode; a prose
line holds 18 characters or more) and one of its two modes judges a group:

* OPENING: two row-like lines (:func:`_row_like`, the only lines it groups) of one fine
  or one coarse shape (a group of one is skipped).  Lines of one fine shape share their
  coarse shape (:func:`coarse_of`), so the coarse shapes are asked.  A title row (a
  name cell, then labelled fields) is grouped by its fields' coarse shape as well: the
  reader-free half of that test (:func:`split_shape_lines.head_split`) is asked too.
* CLOSING: rows of one shape (fine or coarse) or under one lead label, 2 to 180
  characters, at least two, all different, whose common edge (prefix or suffix) is
  labelled: two Han or four Latin letters (:func:`_labelled`).  Every row of such a
  group starts (or ends) with that edge, so shares with the others its text up to its
  second Han character (fourth Latin letter), or from its second-last Han character
  (fourth-last Latin letter) on (:func:`_edge_keys`), and first of all its first (or
  last) two characters.  A line that shares none of
  these four keys with another, different line belongs to no judged group: the group
  is found among the other lines alone, and only they are shaped.  Among them, a
  group's common prefix or suffix must be labelled (the edge the recogniser takes is
  the longer of the two: labelled, one of them is).  A judged group's rows are then
  exactly such a group's lines (each shares the labelled edge, so a key, with another),
  and the recogniser skips a group holding a sentence (:func:`_prose_line` ending in a
  sentence mark) unless every row opens with one constant label
  (:func:`split_shape_closing._prose_label`): so is the group skipped here (neither test
  depends on the rows' order).  On clean pages of numbered clauses ('第十一条 …。' and
  '第十二条 …。' share '第十') this was what let the recogniser run (~80 % of its runs
  there, every one answering "none").  So a page whose every key holds fewer than two
  lines without a sentence and fewer than two with a label mark in their first half
  (:func:`_may_close`) has no such group: its lines are not even shaped.

* CONTENTS (:func:`split_shape_run.listed_run`): two item lines or more whose titles
  (:func:`split_shape_run._item_title`, list mark and page number dropped) stand again
  further down as a line of their own, the first two straight one under the other
  (:func:`_listed_pair`).
* SELF-TITLED (:func:`split_shape_titled.titled_rows`): two row-like lines of one
  coarse shape (it groups nothing else): the OPENING test above admits them.
* MARK (:func:`split_shape_marks.mark_run`): one mark line
  (:func:`split_shape_marks.mark_line`) standing twice, the same text (:func:`_mark_pair`).
Every verdict other than "none" (split, unsure, any mode) needs such a group: the
recogniser judges nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.split_page import nonempty, stripped
from cleaner.stages.split_shape_closing import LABEL_END, _prose_label
from cleaner.stages.split_shape_lines import _SENTENCE_END, head_split
from cleaner.stages.split_shape_marks import mark_line
from cleaner.stages.split_shape_run import (
    _LEAD_LABEL,
    PROSE_MIN_CHARS,
    ROW_MAX_CHARS,
    _item_title,
    _labelled,
    _Tests,
)

__all__ = ["may_shape_run"]

_H = "\u3400-\u9fff"  # split_shape_run._HAN, the Han _labelled counts
_HAN2 = re.compile(rf"[^{_H}]*[{_H}][^{_H}]*[{_H}]")
_LAT4 = re.compile(r"(?:[^A-Za-z]*[A-Za-z]){4}")


def _edge_keys(s: str, sides: str = "<>") -> list[tuple[str, str]]:
    """The texts two lines must share for their common prefix or suffix to hold two Han
    characters or four Latin letters: the line up to its second Han character (fourth
    Latin letter), and from its second-last Han character (fourth-last letter) on.
    ``sides``: the keys of the prefix (``<``), of the suffix (``>``) or both (the
    others are not read).

    >>> _edge_keys("【摘要】本文 ok")
    [('<h', '【摘要'), ('>h', 'ko 文本')]
    >>> _edge_keys("【摘要】本文 ok", ">")
    [('>h', 'ko 文本')]
    """
    keys = []
    head, tail = "<" in sides, ">" in sides
    rev = s[::-1] if tail else ""
    for tag, rx in (("h", _HAN2), ("l", _LAT4)):
        if head and (m := rx.match(s)):
            keys.append(("<" + tag, m.group()))
        if tail and (m := rx.match(rev)):
            keys.append((">" + tag, m.group()))
    return keys


def _common_prefix(texts: Sequence[str]) -> str:
    """The text every one of ``texts`` opens with (the first and last in sort order
    share it).

    >>> _common_prefix(["撰稿：甲", "撰稿：乙乙", "撰写"])
    '撰'
    """
    lo, hi = min(texts), max(texts)
    n = 0
    while n < len(lo) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _may_close(texts: Sequence[str], tests: _Tests) -> bool:
    """Could a group judged below lie among ``texts``, the lines of one edge key?  A
    group's rows share its labelled edge, so one key; it holds no sentence (two such
    rows at least among the key's lines) or every row opens with the group's constant
    label (:func:`split_shape_closing._prose_label`), which ends with a
    :data:`~split_shape_closing.LABEL_END` mark in the row's first half (the label is at
    most half the shortest row): two such rows at least.

    >>> t = _Tests(None)
    >>> clauses = ["第十一条 渡口的船只应当每日检修，发现隐患及时上报。",
    ...            "第十二条 面馆的后厨应当保持清洁，食材当日用完。"]
    >>> _may_close(clauses, t)
    False
    >>> _may_close(["【摘要】渡口的船工每天清晨解缆。", "【摘要】面馆五点开门。"], t)
    True
    >>> _may_close(["撰稿：白露", "撰稿：秋分"], t)
    True
    """
    if len(texts) < 2:
        return False
    plain = labelled = 0
    for s in texts:
        if not (tests.prose(s) and _SENTENCE_END.search(s)):
            plain += 1
        if LABEL_END.search(s, 0, len(s) // 2) is not None:
            labelled += 1
    return plain >= 2 or labelled >= 2


def _closing_group(strip: Sequence[str], filled: Sequence[int], tests: _Tests) -> bool:
    """Could the closing mode judge a group on this page?  (See the module's doc.)"""
    # first the two characters each key opens with (or closes with): a line whose first
    # two and last two characters no other line shares has no key in common with any
    ends: dict[str, str] = {}
    near: dict[str, str] = {}  # in page order: the line's ends another line shares
    for i in filled:
        s = strip[i]
        if 2 <= len(s) <= 2 * ROW_MAX_CHARS:
            for end in ("<" + s[:2], ">" + s[-2:]):
                other = ends.setdefault(end, s)
                if other != s:
                    side = end[0]
                    for t in (other, s):
                        got = near.setdefault(t, side)
                        if side not in got:
                            near[t] = got + side
    # a key is the line's first (last) two characters and more: a line shares its
    # prefix keys (suffix keys) only with a line sharing its first (last) two, so only
    # the keys of the ends it shares are read (the others would be keys of one line)
    owners: dict[tuple[str, str], str] = {}
    shared: dict[str, None] = {}  # the lines sharing a key with another, in page order
    members: dict[tuple[str, str], list[str]] = {}  # the lines of each key
    for s, sides in near.items():
        for key in _edge_keys(s, sides):
            members.setdefault(key, []).append(s)
            other = owners.setdefault(key, s)
            if other != s:
                shared[other] = shared[s] = None
    if len(shared) < 2 or not any(
        len(ts) >= 2 and _may_close(ts, tests) for ts in members.values()
    ):
        return False
    groups: dict[tuple[object, str], list[str]] = {}
    for s in shared:
        groups.setdefault((False, tests.shape(s)), []).append(s)
        groups.setdefault((True, tests.shape(s, coarse=True)), []).append(s)
        if m := _LEAD_LABEL.match(s):
            groups.setdefault((None, m.group(0)), []).append(s)
    for texts in groups.values():
        if len(texts) < 2:
            continue
        if not (
            _labelled(_common_prefix(texts).strip())
            or _labelled(_common_prefix([t[::-1] for t in texts]).strip())
        ):
            continue
        if any(tests.prose(t) and _SENTENCE_END.search(t) for t in texts) and not _prose_label(
            texts
        ):
            continue  # sentences under no constant label: the recogniser skips the group
        return True
    return False


def _listed_pair(strip: Sequence[str], filled: Sequence[int], tests: _Tests) -> bool:
    """Could the contents mode judge a block: two lines straight one under the other,
    neither prose, whose item titles differ and each stand again further down as a line
    of their own (the first two items of any block it reads)?

    >>> t = _Tests(None)
    >>> _listed_pair(["目录", "1. 甲事", "2. 乙事", "甲事", "正文", "乙事"], range(6), t)
    True
    >>> p = "今天的天气很好，我们一起去公园里散步，看见了很多花。"
    >>> _listed_pair(["甲事", p, "乙事", p, "甲事", p, "乙事", p], range(8), t)
    False
    """
    last = {strip[i]: i for i in filled}
    prev = ""
    for i in filled:
        title = _item_title(strip[i])
        ok = bool(title) and last.get(title, -1) > i and not tests.prose(strip[i])
        if ok and prev and prev != title:
            return True
        prev = title if ok else ""
    return False


def _mark_pair(strip: Sequence[str], filled: Sequence[int], tests: _Tests | None = None) -> bool:
    """Does one mark line (:func:`mark_line`) stand twice on the page, the same text
    (the only group the mark mode judges)?  Only the lines standing twice are asked.

    >>> _mark_pair(["※※※", "甲", "※※※"], range(3)), _mark_pair(["※※※", "＊＊＊"], range(2))
    (True, False)
    """
    texts = [strip[i] for i in filled]
    if len(set(texts)) == len(texts):
        return False  # no line stands twice (most pages): no mark line is asked
    seen: set[str] = set()
    twice: dict[str, None] = {}  # the lines standing twice or more, in page order
    for s in texts:
        if s in seen:
            twice[s] = None
        seen.add(s)
    return any(tests.once(mark_line, s) if tests else mark_line(s) for s in twice)


def may_shape_run(lines: list[str], tests: _Tests | None = None) -> bool:
    """False only when :func:`split_shape_run.shape_run` must answer ``ShapeRun()`` on
    ``lines`` (whatever its row reader): see the module's doc.  ``tests``: the page's
    memo of line tests, handed on to ``shape_run`` (the shapes asked here are not
    asked again).

    >>> prose = "今天的天气很好，我们一起去公园里散步，看见了很多花。"
    >>> may_shape_run(["标题", "正文一行。"] * 4), may_shape_run(["标题", prose] * 4)
    (False, False)
    >>> rows = ["来源：甲报 2020-01-02", "来源：乙报 2020-02-03"]
    >>> may_shape_run(["题一", prose, rows[0], "题二", prose, rows[1]])
    True
    """
    strip = stripped(lines)
    filled = nonempty(lines)
    if len(filled) < 6:
        return False
    tests = tests or _Tests(None)
    if not any(len(strip[i]) >= PROSE_MIN_CHARS and tests.prose(strip[i]) for i in filled):
        return False
    if _listed_pair(strip, filled, tests) or _mark_pair(strip, filled, tests):
        return True
    seen: set[str] = set()
    for i in tests.rowish(strip, filled):  # all found: shape_run reads them from the memo
        sig = tests.shape(strip[i], coarse=True)
        if sig in seen:
            return True
        seen.add(sig)
        if parts := head_split(strip[i]):  # a title row: grouped by its fields' shape too
            sig = "@" + tests.shape(parts[1], coarse=True)
            if sig in seen:
                return True
            seen.add(sig)
    return _closing_group(strip, filled, tests)
