"""Documents of a gazette or a bulletin, each titled by its numbered line under the bare
name of the office that issues it.

An official gazette prints one document after another (dispatches, orders, notices), each
under two lines: the issuing office's name alone, then the document's number line, which
is its only title (``第 12/2031 號某某司司長批示``, ``某府令〔2031〕第5号　关于某事的决定``)::

    某某司司長辦公室
    第 12/2031 號某某司司長批示
    某某司司長行使……的職權，作出本批示：
    一、……

:func:`dispatch_run` finds such documents: two at least, each number line opening with a
document number (``第 N/YYYY 號``, ``第 N 号``, ``某字〔YYYY〕N号``) and holding no sentence,
right under a bare office line (a short name with no punctuation, no figure), the numbers
distinct, each document holding prose.  The office line goes as the piece's metadata
(``issuer``) and the number line stays the document's first line of text and its title
(``doc_number``: its number).  Number lines without an office line over them (a
document's own references to other numbers, a list of decisions) split nothing.

A bare ``第 N 号`` numbers anything (an item, a room, a jersey, a building): it opens a
document only when the rest of its line ends in a document's kind (``…的通知``, ``…令``,
``…批示``); the year forms are a gazette's own.  A page whose head addresses its readers
(a salutation ``各科室、各单位：`` above the first office line) is one document, its
numbered items no documents of their own.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import widen
from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_page import MIN_BODY_CHARS, joined, nonempty, prose_chars, stripped

__all__ = ["dispatch_number", "dispatch_run"]

# a document number opening the line: '第 12/2031 號', '第5号', '某府令〔2031〕第5号'
_NUMBER = re.compile(
    r"^(?P<no>第[ \t]*\d{1,5}(?:[ \t]*[/／][ \t]*\d{2,4})?[ \t]*[號号]"
    r"|[\u4e00-\u9fff]{1,12}[〔［\[]\d{4}[〕］\]][ \t]*第?[ \t]*\d{1,5}[ \t]*[號号])"
    r"[ \t\u3000]*(?P<rest>\S.{0,40})$"
)
_SENTENCE = re.compile(r"[。，,；;！!？?：:、]")
# the issuing office's bare name: Han letters only, a short line
_OFFICE = re.compile(r"^[\u4e00-\u9fff]{3,24}$")
# a number in a year's series: '第 12/2031 號', '某府令〔2031〕5号'
_YEAR_FORM = re.compile(r"[/／][ \t]*\d{2,4}[ \t]*[號号]$|[〔［\[]\d{4}[〕］\]]")
# a salutation: the readers a single document addresses ('各科室、各单位：')
_SALUTATION = re.compile(r"^[^。！？!?；;]{2,40}[：:]$")


@cache
def _kind() -> re.Pattern[str]:
    """A line ending in a document's kind: a title ending of ``headers.toml``, an order
    or a dispatch (either script)."""
    words = [*load_table("headers")["meta"]["title_endings"], "令", "批示", "命令"]
    return re.compile(widen("(?:" + "|".join(map(re.escape, words)) + ")$"))


def dispatch_number(line: str) -> str | None:
    """The document number a dispatch's number line opens with, or None (a sentence, a
    line that is only a number, another line).

    >>> dispatch_number("第 12/2031 號某某司司長批示"), dispatch_number("第5号　某县长令")
    ('第 12/2031 號', '第5号')
    >>> dispatch_number("青府令〔2031〕第5号　关于某事的决定")
    '青府令〔2031〕第5号'
    >>> dispatch_number("第 21/2021 號行政法規第七條賦予的職權，作出本批示：")
    >>> dispatch_number("第 12/2031 號")
    >>> dispatch_number("第3号　阅览室　二楼东侧"), dispatch_number("第4号提案　关于某事的提案")
    (None, None)
    """
    s = line.strip()
    m = _NUMBER.match(s)
    if m is None or _SENTENCE.search(m["rest"]):
        return None
    if not _YEAR_FORM.search(m["no"]) and not _kind().search(m["rest"]):
        return None  # a bare number over no document's kind: an item, a room, a seat
    return m["no"]


def _may_dispatch(text: str) -> bool:
    """A page gate (issue 15), a NECESSARY condition of :func:`dispatch_run`: two number
    lines, each holding ``号`` or ``號`` (:data:`_NUMBER`), so the page ``text`` holds
    two of them at least; where it fails the run answers nothing.

    >>> _may_dispatch("第5号　某县长令\\n正文\\n第6號　某县长令"), _may_dispatch("第5号　某令")
    (True, False)
    """
    return text.count("号") + text.count("號") >= 2


def dispatch_run(lines: list[str]) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(office line, rule, title, meta)`` of a gazette's documents (see the module
    docstring), or [].

    >>> body = "某某司司長行使某法規賦予的職權，作出本批示：設立工作小組，負責有關工作。"
    >>> page = ["某某司司長辦公室", "第 12/2031 號某某司司長批示", body,
    ...         "另一司司長辦公室", "第 7/2031 號另一司司長批示", body]
    >>> [(i, t) for i, _, t, _ in dispatch_run(page)]
    [(0, '第 12/2031 號某某司司長批示'), (3, '第 7/2031 號另一司司長批示')]
    >>> [m for *_, m in dispatch_run(page)][1]
    {'issuer': '另一司司長辦公室', 'doc_number': '第 7/2031 號'}
    >>> dispatch_run([page[1], body, page[4], body])  # no office line over the numbers
    []
    """
    if not _may_dispatch(joined(lines)):
        return []
    filled, strip = nonempty(lines), stripped(lines)
    found: list[tuple[int, str, str, str]] = []  # office line, number line, office, number
    for k, i in enumerate(filled[1:], start=1):
        number = dispatch_number(strip[i])
        if number is None:
            continue
        above = strip[filled[k - 1]]
        if not _OFFICE.match(above) or dispatch_number(above) is not None:
            continue
        found.append((filled[k - 1], strip[i], above, number))
    if len(found) < 2 or len({n for *_, n in found}) < len(found):
        return []  # one number twice: a list of references, not documents
    if any(_SALUTATION.match(strip[i]) for i in filled if i < found[0][0]):
        return []  # the page addresses its readers: one document, its items numbered
    starts = [o for o, *_ in found]
    ends = [*starts[1:], len(lines)]
    if any(
        prose_chars(lines[a + 2 : b]) < MIN_BODY_CHARS for a, b in zip(starts, ends, strict=True)
    ):
        return []
    return [
        (o, TITLE_IS_TEXT, title, {"issuer": office, "doc_number": number})
        for o, title, office, number in found
    ]
