"""Runs of numbers a page uses to count its own parts, which the line model never deletes.

Lines opened by a bare Chinese numeral ('一 标题', '二 标题') that run 1, 2, 3
(:func:`numeral_run`), and counters of one list's items ('第1条／共3条') or a banner's
serials running to one total (:func:`counter_run`): the page's headers and the marks the
split stage cuts at, however chrome-like their neighbours look.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DIGIT = re.compile(r"\d")
_NUMERAL_HEAD = re.compile("^([一二三四五六七八九十]{1,3})[ \u3000]+[^ \u3000]")
_NUMERALS = "一二三四五六七八九"


def _numeral_value(s: str) -> int:
    """'一' 1 … '十' 10, '十二' 12, '二十三' 23 (0: not a small numeral)."""
    tens, _, ones = s.rpartition("十")
    if "十" not in s:
        return _NUMERALS.index(s) + 1 if len(s) == 1 else 0
    t = 1 if not tens else (_NUMERALS.index(tens) + 1 if len(tens) == 1 else 0)
    o = 0 if not ones else (_NUMERALS.index(ones) + 1 if len(ones) == 1 else -99)
    return max(10 * t + o, 0) if t else 0


def numeral_run(stripped: Sequence[str]) -> set[int]:
    """Lines opened by a bare numeral and a space ('一 标题', '二 标题') whose numbers run
    1, 2, 3 … in page order: the page numbers its own parts, and such a line is an
    article or section header however chrome-like its neighbours look.  One such line
    alone, or numbers out of order, is no run.

    >>> sorted(numeral_run(["一 甲方案", "正文。", "二 乙方案", "正文。"]))
    [0, 2]
    >>> sorted(numeral_run(["二 乙方案", "正文。"]))
    []
    """
    found = [
        (i, _numeral_value(m.group(1)))
        for i, x in enumerate(stripped)
        if x[:1] in "一二三四五六七八九十" and (m := _NUMERAL_HEAD.match(x))
    ]
    if len(found) < 2 or any(n != k + 1 for k, (_, n) in enumerate(found)):
        return set()
    return {i for i, _ in found}


def counter_run(stripped: Sequence[str]) -> set[int]:
    """Lines that only count the items of one list ('▌第1条／共3条', '第2则／共3则') and
    run 1, 2, 3 … to one total in page order (:func:`~cleaner.stages.split_headers.
    item_counters`): each opens a piece of a compilation, the mark the split stage cuts
    it at and takes away.  Deleted here, the first piece would lose its mark and go with
    the page's head.  One counter alone, or counters out of order, are no run.

    >>> sorted(counter_run(["▌第1条／共2条", "甲事", "", "▌第2条／共2条", "乙事"]))
    [0, 3]
    >>> sorted(counter_run(["▌第1条／共3条", "甲事", "", "▌第3条／共3条", "乙事"]))
    []
    """
    from cleaner.stages.split_headers import (
        COUNTER_MAX_CHARS,
        item_counter,
        item_counters,
        labelled_counter_runs,
        worded_counter_runs,
    )

    # every count and serial read below holds a decimal digit (the readers' '\d', a
    # labelled count's last character): one search a line, and the readers see the
    # other lines as blank (each reads the lines it takes, none their neighbours)
    counted = [x if x and _DIGIT.search(x) else "" for x in stripped]
    found = [
        i
        for i, x in enumerate(counted)
        if x and len(x) <= COUNTER_MAX_CHARS and item_counter(x) is not None
    ]
    from cleaner.stages.split_page import PageLines
    from cleaner.stages.split_tags import serial_run

    # a banner's serials ('■■ 某栏 · 02 ■■') run 1, 2, 3 over the pieces the same way
    banners = set(serial_run(counted))
    if not item_counters([stripped[i] for i in found]):
        # a dump's framed record counts ('=== entry 2/5 ===') run the same way; a
        # digest's messages signed by their senders' names are the records' text
        from cleaner.stages.split_records import signed_records

        page = PageLines(counted)
        records = {c.line for run in worded_counter_runs(page) for c in run}
        if labelled_counter_runs(page):  # (the records' run signed_records reads first)
            records |= signed_records(list(stripped))  # (it reads the rows under each)
        return banners | records
    return banners | set(found)
