"""Pieces a page marks by a clock time alone, and pieces a page counts for itself.

Two compilation shapes whose headers carry no number and no row of fields:

* :func:`clock_run`: a day's list of news flashes (7x24 快讯, a live blog) prints each
  item under its time of day alone on a line (``09:41``), the day once above them (or
  declared by the page: without a day the times are a schedule).  Two such rows at
  least, their times running one way (newest first or oldest first), each over a body of
  prose and no prose above the first, are the pieces' headers; the time row is the
  piece's metadata, the day is its ``published``.  The title is the line below the row
  when it is a heading of the page (or a bare title-shaped line over more text), else the
  bracketed headline opening the item (``【标题】正文…``: the whole line stays text), else
  none (the body's first line).
* :func:`counted_run`: a page that states how many pieces it holds (``本版共3篇``, ``共
  3则``) in its head, and whose declared headings (:attr:`PageHints.headings`, the
  ``<h1>`` left out) stand as lines exactly that many times, each over prose: the
  headings are the pieces' headers.  The count is the evidence: headings alone may be an
  article's sections.  So is a byline under every heading that the extractor left out
  as post meta (``bylined``, :func:`cleaner.ingest.html_deck.bylined_headings`).
"""

from __future__ import annotations

import itertools
import re

# A title-shaped line: short, no sentence inside.
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_dates import cn_number, normalise_date
from cleaner.stages.split_page import joined, nonempty, stripped
from cleaner.stages.split_piece_gates import _bodies_ok, _prose_above
from cleaner.stages.split_slugs import declared_slugs, slug_dates, slug_rows

#: The rules whose pieces keep their title line as text (it is the story's headline, a
#: line of the page as any other): a counted run's header line is its title, a time row's
#: title is the heading under it (the time row itself is metadata, deleted).
HEADER_IS_TEXT = "keyed:counted"
TITLE_IS_TEXT = "keyed:clock"
#: A time of day alone on a line (``09:41``, ``9:41:07``, ``09：41``).
_CLOCK = re.compile(r"^([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)(?:\s*[:：]\s*[0-5]\d)?$")
#: A headline in brackets opening an item's line, text after it.
_BRACKETED = re.compile(r"^[【\[〖]([^】\]〗]{2,60})[】\]〗]\s*(?=\S)")
TITLE_MAX_CHARS = 60
#: How many lines of the page's head may hold the count.
COUNT_HEAD_LINES = 4
#: The count of pieces a page states (``共3篇``, ``共三则``, ``本版3篇``).
_COUNT = re.compile(
    r"(?:共|本版|本期|本组)\s*(?:收录|刊发|刊登|刊载|有|计)?\s*"
    r"(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*[篇则条]"
)
#: Lines of prose a run of dated slug rows (split_slugs) may have over it: an issue's
#: greeting and a sign-up line, not a piece whose slug is lost.
SLUG_HEAD_PROSE = 2
#: The day over a list of timed items, in the page's head (``2021年3月9日　星期二``).
_DAY = re.compile(r"(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}")


def _title_below(line: str, nxt: str | None, headings: frozenset[str]) -> str:
    s = line.strip()
    if s in headings:
        return s
    m = _BRACKETED.match(s)
    if m is not None:
        return m[1].strip()
    if nxt is not None and len(s) <= TITLE_MAX_CHARS and not _SENTENCE.search(s):
        return s
    return ""


def clock_run(
    lines: list[str], headings: tuple[str, ...] = (), published: str | None = None
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(line, rule, title, meta)`` of the time rows heading a day's items, or [].

    >>> body = "某公司发布公告称，一季度营业收入同比增长百分之十二，市场反应平稳。"
    >>> page = ["快讯", "10:05", f"【营收增长】{body}", "09:30", "新品发布", body]
    >>> [(i, t) for i, _, t, _ in clock_run(page, published="2021-03-09")]
    [(1, '营收增长'), (3, '新品发布')]
    >>> clock_run(page[:3], published="2021-03-09"), clock_run(page)
    ([], [])
    >>> [t for _, _, t, _ in clock_run(["2021年3月9日", *page[1:]])]
    ['营收增长', '新品发布']
    """
    text = joined(lines)
    if ":" not in text and "：" not in text:
        return []  # every time row holds a colon (most pages have none)
    filled, strip = nonempty(lines), stripped(lines)
    # (a time row opens with a digit: what \d matches is what isdecimal() is true for)
    found = [
        k for k, i in enumerate(filled[:-1]) if strip[i][:1].isdecimal() and _CLOCK.match(strip[i])
    ]
    if len(found) < 2:
        return []
    if any(b == a + 1 for a, b in itertools.pairwise(found)):
        return []  # two time rows in a row: a timetable, not items
    times = []
    for k in found:
        m = _CLOCK.match(strip[filled[k]])
        assert m is not None
        times.append(int(m[1]) * 60 + int(m[2]))
    if times != sorted(times) and times != sorted(times, reverse=True):
        return []
    starts = [filled[k] for k in found]
    if _prose_above(lines, starts[0]) or not _bodies_ok(lines, starts, 1):
        return []
    if published is None:  # the list's day: declared by the page, or a row over the items
        day = next((m for i in filled if i < starts[0] and (m := _DAY.search(strip[i]))), None)
        published = normalise_date(day[0]) if day else None
        if published is None:
            return []  # times without a day: a schedule, not a day's items
    heads = frozenset(h.strip() for h in headings if h)
    meta = {"published": published} if published else {}
    out = []
    for n, k in enumerate(found):
        end = found[n + 1] if n + 1 < len(found) else len(filled)
        below = strip[filled[k + 1]]
        nxt = strip[filled[k + 2]] if k + 2 < end else None
        out.append((filled[k], TITLE_IS_TEXT, _title_below(below, nxt, heads), dict(meta)))
    return out


def counted_run(
    lines: list[str],
    headings: tuple[str, ...],
    published: str | None = None,
    bylined: tuple[str, ...] = (),
    slugged: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(line, rule, title, meta)`` of the declared headings a stated count (or a byline
    under each) confirms, or [].

    >>> body = "本市今天召开会议，部署今年的重点工作，各部门负责人参加了会议。"
    >>> page = ["第2版　本版共2篇", "甲事", body, "乙事", body]
    >>> [(i, t) for i, _, t, _ in counted_run(page, ("甲事", "乙事"))]
    [(1, '甲事'), (3, '乙事')]
    >>> counted_run(page, ("甲事",)), counted_run(["第2版", *page[1:]], ("甲事", "乙事"))
    ([], [])
    """
    wanted = {h.strip() for h in headings if h and h.strip()}
    if len(wanted) < 2:
        return []
    filled, strip = nonempty(lines), stripped(lines)
    found = [i for i in filled if strip[i] in wanted]
    if len(found) < 2 or len({strip[i] for i in found}) < len(found):
        return []
    counts = stated_counts(lines, found[0])
    signed = set(bylined) >= {strip[i] for i in found}  # each over its byline (html_deck)
    slugs: list[str] = []
    if len(found) not in counts and not signed:  # each under a dated slug (split_slugs)
        titles = [strip[i] for i in found]
        slugs = declared_slugs(titles, *slugged) or [strip[j] for j in slug_rows(lines, found)]
    if len(found) not in counts and not signed and not slugs:
        return []
    # a contents line over the pieces ('In this issue: A · B · C') names two of the
    # headings or more: the page's head, no prose of a piece lost above the first
    titles = [strip[i] for i in found]
    head = ["" if sum(t in s for t in titles) >= 2 else s for s in lines[: found[0]]]
    if slugs and sum(1 for s in head if _prose_above([s], 1)) <= SLUG_HEAD_PROSE:
        # an issue's greeting over its dated slugs: the head's, no lost piece
        head = ["" if _prose_above([s], 1) else s for s in head]
    if _prose_above(head, found[0]) or not _bodies_ok(lines, found, 1):
        return []
    meta = {"published": published} if published else {}
    if slugs:  # each under its dated slug row: the row's date is the piece's (split_slugs)
        days = slug_dates(slugs, published)
        return [
            (i, HEADER_IS_TEXT, strip[i], {"published": d} if d else dict(meta))
            for i, d in zip(found, days, strict=True)
        ]
    return [(i, HEADER_IS_TEXT, strip[i], dict(meta)) for i in found]


def stated_counts(lines: list[str], first: int) -> list[int | None]:
    """The counts of pieces the page's head states above line ``first`` (``本版共2篇``).

    >>> stated_counts(["某报第2版　本版共2篇", "甲事"], 1), stated_counts(["甲事"], 1)
    ([2], [])
    """
    filled, strip = nonempty(lines), stripped(lines)
    head = [strip[i] for i in filled if i < first][:COUNT_HEAD_LINES]
    return [_count(m[1]) for s in head for m in _COUNT.finditer(s)]


def _count(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_number(s)
