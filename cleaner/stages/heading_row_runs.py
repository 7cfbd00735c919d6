"""Rows of one shape over a run of the page's headings: each its piece's, not the page's.

A compilation may set a short row over every piece's heading (a status chain ``报名中 ▸
球类 ▸ 市级赛事`` over each event's ``<h3>``, a tag-and-route row over each notice's
title).  Read alone, the first such row, above the page's first prose line, looks like the
page's breadcrumb trail, and a head-scoped trail rule would take it as chrome; the rows
further down stay, and the first piece loses the row its siblings keep (the split then
reads one row fewer than it has pieces).  A row the same rule matches right over one of
the page's headings, when a row it matches also sits right over another of the page's
headings further down, is the first of such a run: it stays, for the split to read with
its siblings (:func:`heading_rows`).  A trail over the page's only titled line, or over a
heading whose siblings have no such row, is still the page's trail.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence


def _next_filled(stripped: Sequence[str], i: int) -> int | None:
    return next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)


def heading_rows(
    stripped: Sequence[str], hits: Sequence[int], headings: Collection[str]
) -> set[int]:
    """The lines of ``hits`` (one rule's matches anywhere on the page) that each sit right
    over one of the page's ``headings``, when at least two of them do, over headings of
    different words: a run of rows over the pieces' headings.

    >>> page = ["汇总", "报名中 ▸ 球类", "甲赛", "正文。", "即将截止 ▸ 棋类", "乙赛", "正文。"]
    >>> sorted(heading_rows(page, [1, 4], ("汇总", "甲赛", "乙赛")))
    [1, 4]
    >>> heading_rows(page, [1], ("汇总", "甲赛", "乙赛"))
    set()
    >>> heading_rows(page, [1, 4], ("汇总", "甲赛"))
    set()
    >>> heading_rows(["首页 › 栏目", "标题", "正文。"], [0], ("标题",))
    set()
    """
    if not headings or len(hits) < 2:
        return set()
    over: dict[int, str] = {}
    for i in hits:
        k = _next_filled(stripped, i)
        if k is not None and stripped[k] in headings:
            over[i] = stripped[k]
    if len(over) < 2 or len(set(over.values())) < 2:
        return set()
    return set(over)
