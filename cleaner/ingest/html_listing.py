"""The ``numbered_list`` fallback of :mod:`cleaner.ingest.html`: a table of contents.

A book's index page (a novel's chapter list, a course's lessons) is a title, a blurb and
a long list of links, one per chapter.  The scoring rightly passes over link lists, so
such a page kept only its head (a fraction of a percent of what a reader sees) and lost
the list it exists to show.  When the content chosen keeps a small share of the page
(:data:`~cleaner.ingest.html_fallback.FALLBACK_SHARE`) and no other fallback is clearly
better, a run of dropped lines whose entries carry a running ordinal (``12.``, ``第12章``,
``Chapter 12``: the next entry's number is the one after) is the page's list and is kept
beside the chosen content.  A menu, a related-articles box or a tag cloud is not
numbered in sequence; a pager's bare numbers are not entries (an entry names something
after its number); and a list inside an element named as chrome (a ranking box, even one
that holds most of a short page) stays dropped, as do lines dropped for any reason other
than lying outside the chosen container or being links.
"""

from __future__ import annotations

import re
from itertools import pairwise

from cleaner.ingest.html_fallback import _UNSEEN, CLEARLY_BETTER, FALLBACK_SHARE, _Page
from cleaner.stages.split_dates import cn_number

#: The rules whose lines a table of contents may be taken back from: lines outside the
#: chosen container and lines of links.  Chrome-named, skipped, meta and control lines
#: stay dropped.
TAKEN_FROM = frozenset({"extract.outside_main", "extract.link_list"})
#: At least this many numbered entries whose number is a chapter's ordinal ('第12章',
#: 'Chapter 12'): a book's contents run long.
MIN_ENTRIES = 10
#: At least this many when the entries carry bare numbers ('12. …'): a ranking box of
#: headlines is numbered so too (a top ten, a top twenty), a contents list runs longer.
MIN_BARE_ENTRIES = 21
#: Of the lines from the first numbered entry to the last, at least this share numbered
#: (a volume heading or two between chapters is allowed).
MIN_NUMBERED_SHARE = 0.8
#: Of consecutive numbered entries, at least this share step by one (sites skip, repeat
#: and restart numbers; a list of unrelated numbers rarely steps by one).
MIN_STEP_SHARE = 0.6

# an entry's number: leading ('12. …', '12、…', '12第12章'), a Chinese ordinal ('第十二章
# …') or an English one ('Chapter 12 …'); what follows the number must be more text
_LEADING = re.compile(r"^(\d{1,5})(?:[.、．:：)）]\s*|\s+|(?=第))\S")
_ORDINAL = re.compile(
    r"第\s*(\d{1,5}|[〇零一二两三四五六七八九十百千]{1,8})\s*[章节節回卷篇集部话話幕课課讲講]"
)
_ENGLISH = re.compile(r"(?i)\b(?:chapter|part|episode|lesson|volume|book)\s+(\d{1,4})\b")


def entry_number(text: str) -> int | None:
    """The running number of a contents entry, or None when the line is not one."""
    if m := _LEADING.match(text):
        return int(m.group(1))
    if m := _ORDINAL.search(text):
        n = m.group(1)
        return int(n) if n.isdigit() else cn_number(n)
    if m := _ENGLISH.search(text):
        return int(m.group(1))
    return None


def chapter_ordinal(text: str) -> bool:
    """Whether the entry names a chapter by its ordinal ('第12章', 'Chapter 12')."""
    return bool(_ORDINAL.search(text) or _ENGLISH.search(text))


def numbered_run(numbers: list[int | None], minimum: int = MIN_ENTRIES) -> tuple[int, int] | None:
    """``(first, last)`` indexes of the stretch that reads as a numbered list of at least
    ``minimum`` entries, if any."""
    at = [i for i, n in enumerate(numbers) if n is not None]
    if len(at) < minimum:
        return None
    first, last = at[0], at[-1]
    if len(at) < MIN_NUMBERED_SHARE * (last - first + 1):
        return None
    steps = sum(1 for a, b in pairwise(at) if numbers[b] == (numbers[a] or 0) + 1)
    if steps < MIN_STEP_SHARE * (len(at) - 1):
        return None
    return first, last


def numbered_list(page: _Page, reasons: list[str | None]) -> list[str | None] | None:
    """``reasons`` with the page's table of contents kept, when the chosen content keeps
    a small share of the page and a dropped run of lines is a long numbered list at
    least :data:`CLEARLY_BETTER` times what was kept; else None."""
    lines, texts = page.lines, page.texts
    kept = page.kept_chars(reasons)
    seen = sum(ln.chars for ln, r in zip(lines, reasons, strict=True) if r != _UNSEEN)
    if kept >= FALLBACK_SHARE * seen:
        return None
    # runs of visible lines dropped only for lying outside the content or being links
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, r in enumerate(reasons):
        if r == _UNSEEN:
            continue
        if r in TAKEN_FROM and not lines[i].hidden and not lines[i].chrome:
            cur.append(i)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    best: list[int] | None = None
    best_chars = 0
    for run in runs:
        numbers = [entry_number(texts[i]) for i in run]
        ordinals = sum(1 for i in run if chapter_ordinal(texts[i]))
        numbered = sum(n is not None for n in numbers)
        least = MIN_ENTRIES if 2 * ordinals >= max(1, numbered) else MIN_BARE_ENTRIES
        span = numbered_run(numbers, least)
        if span is None:
            continue
        idx = run[span[0] : span[1] + 1]
        chars = sum(lines[i].chars for i in idx)
        if chars >= CLEARLY_BETTER * max(1, kept) and chars > best_chars:
            best, best_chars = idx, chars
    if best is None:
        return None
    out = list(reasons)
    for i in best:
        out[i] = None
    return out
