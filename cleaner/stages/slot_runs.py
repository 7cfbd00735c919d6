"""Rows of the page's own list that the site repeats: a run of rows opened by one slot.

A podcast's show notes list the episode's chapters, each row opened by its time
(``02:10　开头闲聊``, ``17:45　第二个话题``, ``41:03　片尾``); a guide numbers its steps
(``1. …``, ``2. …``).  The first and the last row carry the same words on every episode,
with other figures, so the site profile learns them as a shape and the boilerplate stage
would delete them, and the list's heading with them (printed word for word on every
page), while the middle rows, the page's own, stay: the list loses its ends.

:func:`slot_rows` gives such rows back: a run of glued lines (no blank line between) that
open with the same leading slot (a clock time, a number with its mark, a number in
brackets) and the same gap after it, holding at least one row no rule and no learned line
took (the page's own), between the body's first content line and its last prose line.
The learned rows of the run are the list's, and so is the short line glued right over
the run (its heading).  A related list under the text (its heading repeated, its items
other posts' titles) stands below the last prose line: it stays chrome; so does a run
made only of learned rows (a site's menu of numbered links), and a row with a chrome cue.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from cleaner.stages.keep import keep_table

#: The slot opening a row: a clock time (``02:10``, ``1:02:10``), a number with its mark
#: (``3.``, ``3、``, ``3)``), a number in brackets (``(3)``, ``（3）``); then the gap.
_SLOT = re.compile(
    r"^(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,3}[.．、)）]|[(（]\d{1,3}[)）])(\s*)(?=\S)"
)
_DIGITS = re.compile(r"\d+")
#: A run holds at least this many rows.
MIN_RUN = 3
#: The heading over a run is at most this long and ends no sentence.
HEAD_MAX_CHARS = 20
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";", "，", ",")


def lead_slot(s: str) -> str | None:
    """The masked slot opening ``s`` and the gap after it, or ``None``.

    >>> lead_slot("02:10　开头闲聊"), lead_slot("3. 换好电池"), lead_slot("2021年的事")
    ('N:N\\u3000', 'N. ', None)
    >>> lead_slot("12:05") is None  # a time alone is a piece's header, no row
    True
    """
    m = _SLOT.match(s)
    if m is None or m.end() >= len(s):
        return None
    gap = m.group(2)
    mark = "\u3000" if "\u3000" in gap or len(gap) > 1 else gap
    return _DIGITS.sub("N", m.group(1)) + mark


def slot_rows(
    stripped: list[str],
    hits: Mapping[int, object],
    claimed: Mapping[int, object],
    first: int,
    last: int,
) -> set[int]:
    """The learned lines (keys of ``hits``) that are rows of a run of the page's own list,
    or the heading glued over such a run, between ``first`` and ``last`` (see the module).
    A rule's claim is never given back.

    >>> page = ["某台", "正文第一句。", "章节", "01:02　开头", "12:30　中段", "40:00　结尾"]
    >>> page.append("正文完。")
    >>> sorted(slot_rows(page, {2: 1, 3: 1, 5: 1}, {0: 1}, 1, 6))
    [2, 3, 5]
    >>> sorted(slot_rows(page, {2: 1, 3: 1, 4: 1, 5: 1}, {0: 1}, 1, 6))  # no own row
    []
    >>> sorted(slot_rows(page, {2: 1, 3: 1, 5: 1}, {0: 1}, 1, 4))  # under the text's end
    []
    """
    cues = keep_table().cues
    out: set[int] = set()
    n = len(stripped)
    i = 0
    while i < n:
        slot = lead_slot(stripped[i]) if stripped[i] else None
        if slot is None:
            i += 1
            continue
        j = i
        while j + 1 < n and stripped[j + 1] and lead_slot(stripped[j + 1]) == slot:
            j += 1
        run = range(i, j + 1)
        i = j + 1
        if len(run) < MIN_RUN or not first < run.start or run.stop - 1 >= last:
            continue
        if any(k in claimed for k in run):
            continue  # a rule took a row: not judged here
        if all(k in hits for k in run):
            continue  # every row learned: the site's list (numbered links, a menu)
        out.update(k for k in run if k in hits and not cues(stripped[k]))
        head = run.start - 1
        s = stripped[head]
        if (
            first < head
            and head in hits
            and s
            and len(s) <= HEAD_MAX_CHARS
            and not s.endswith(_SENTENCE_END)
            and lead_slot(s) is None
            and not cues(s)
        ):
            out.add(head)
    return out
