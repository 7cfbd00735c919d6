"""A thread's stats block: its counters one a line (rule ``boilerplate.stat_block``).

A forum prints under a topic's first post a box of counters: when the topic was created,
its last reply, how many replies, views, users and links it has, each label over its
figure (``创建`` / ``21 天`` / ``最后回复`` / ``2 天`` / ``回复`` / ``7`` / ``浏览量`` /
``581``).  Extracted, the box is a run of one-word lines between the post and its
replies; no line of it is text.  No site words it alike; its shape tells it
(:func:`stat_block`):

* a run of consecutive filled lines, each a counter's label (``[stats] labels`` of
  ``rules/stat_blocks.toml``, matched whole) or a figure (a number, or an age: a number
  and a unit of time);
* at least :data:`MIN_LABELS` distinct labels and :data:`MIN_VALUES` figures, labels and
  figures interleaved (no two figures in a row);
* nothing else in the run: a table of the text's own (``回复`` beside ``某项``) holds
  other words and stays, as does a lone ``回复`` button or a list of figures.

The run's lines are claimed whole, recorded as the block's deletions.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from itertools import pairwise

from cleaner.rules import load_table

__all__ = ["STAT_BLOCK", "stat_blocks"]

#: Rule id of the claim.
STAT_BLOCK = "boilerplate.stat_block"
#: A line of the block is at most this long.
MAX_CHARS = 16


@cache
def _table() -> tuple[frozenset[str], re.Pattern[str], int, int]:
    t = load_table("stat_blocks")["stats"]
    labels = frozenset(w.casefold() for w in t["labels"])
    units = "|".join(map(re.escape, sorted(t["time_units"], key=len, reverse=True)))
    value = re.compile(
        r"^(?:\d{1,3}(?:[,，]\d{3})+|\d{1,9}(?:\.\d{1,2})?[ \t]*(?:[kKmMwW万千亿]|"
        rf"(?:{units})(?:[ \t]*(?:前|ago))?)?|\d{{1,2}}[ \t]*月[ \t]*\d{{1,2}}[ \t]*日)$",
        re.I,
    )
    return labels, value, int(t["min_labels"]), int(t["min_values"])


def _kind(s: str) -> str | None:
    """``"label"``, ``"value"`` or None (any other line)."""
    if not s or len(s) > MAX_CHARS:
        return None
    labels, value, _, _ = _table()
    if s.casefold() in labels:
        return "label"
    return "value" if value.match(s) else None


def stat_blocks(stripped: Sequence[str], claimed: Collection[int] = ()) -> list[int]:
    """The lines of the page's stats blocks.

    >>> page = ["某帖的正文写了一段话。", "创建", "21 天", "最后回复", "2 天", "回复", "7",
    ...         "浏览量", "581", "用户", "链接", "第一条回复的内容。"]
    >>> stat_blocks(page)
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    >>> stat_blocks(["正文。", "回复", "7", "浏览", "12", "某项", "3"])  # a table's words
    []
    >>> stat_blocks(["正文。", "创建", "2021", "2022", "回复", "3", "浏览"])  # two figures
    []
    """
    _, _, min_labels, min_values = _table()
    out: list[int] = []
    kind = [_kind(s) for s in stripped]  # each line judged once
    i, n = 0, len(stripped)
    while i < n:
        if kind[i] is None:
            i += 1
            continue
        j = i
        while j < n and kind[j] is not None:
            j += 1
        kinds = kind[i:j]
        labels = {stripped[k].casefold() for k in range(i, j) if kinds[k - i] == "label"}
        values = kinds.count("value")
        paired = all(not (a == "value" and b == "value") for a, b in pairwise(kinds))
        if len(labels) >= min_labels and values >= min_values and paired:
            out.extend(k for k in range(i, j) if k not in claimed)
        i = j
    return out
