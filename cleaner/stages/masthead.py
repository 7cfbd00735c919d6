"""An issue's date from its masthead, which the boilerplate stage removed as chrome.

A briefing, a bulletin or a newsletter opens each issue with its masthead: the series
name, the issue number, the editing body and the issue's date (``某某简报`` / ``第7期`` /
``某某办公室编　2021年3月5日``).  The site prints the masthead on every issue, so the
boilerplate stage removes it (the site's chrome, on its record); but the date on it is
the issue's, and every piece of the issue was published that day.

:func:`masthead_date` reads it back from the ledger: the boilerplate deletions among the
page's first ``MASTHEAD_LINES`` lines above its first line of prose, read as a masthead's
dated row: a body's name and the day alone (the pipeline reads it with
:meth:`~cleaner.stages.split_meta_lines.MetaLines.name_date`), not a site's labelled info
bar (``发布时间：…　来源：…``: the day a site posted a page of reprints, no piece's own);
exactly one day, else none (a page dated twice in its head says nothing sure).  The split
stage gives it to the pieces of a compilation that carry no date of their own
(``PageHints.issue_date``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from cleaner.model import Change
from cleaner.rules import load_table
from cleaner.stages.foot_lines import prose
from cleaner.stages.issue_days import issue_number

#: The masthead stands among the page's first this many non-empty lines.
MASTHEAD_LINES = 6


def head_removed(before: str, changes: Iterable[Change]) -> list[str]:
    """The lines of ``before`` (the text the boilerplate stage received) that its
    deletions removed whole, among the first ``MASTHEAD_LINES`` non-empty lines and
    above the first prose line the stage kept.

    >>> text = "某某简报\\n第7期\\n某某办公室编　2021年3月5日\\n\\n正文写到这里，还有很多。\\n"
    >>> def gone(s): return Change("p", "boilerplate", "r", "delete", text.index(s),
    ...                            text.index(s) + len(s), s)
    >>> cut = [gone("某某简报\\n"), gone("某某办公室编　2021年3月5日\\n")]
    >>> head_removed(text, cut)
    ['某某简报', '某某办公室编　2021年3月5日']
    >>> text = "正文写到这里，还有很多。\\n" + text
    >>> head_removed(text, [gone("某某简报\\n"), gone("某某办公室编　2021年3月5日\\n")])
    []
    """
    limit = seen = 0  # the end of the last line read below: no offset past it is asked
    for raw in before.split("\n"):
        limit += len(raw) + 1
        seen += bool(raw.strip())
        if seen >= MASTHEAD_LINES:
            break
    cut: set[int] = set()
    for c in changes:
        if (
            c.start < limit
            and c.stage == "boilerplate"
            and c.action == "delete"
            and before[c.start : c.end] == c.before
        ):
            cut.update(range(c.start, min(c.end, limit)))
    out: list[str] = []
    seen = 0
    pos = 0
    for raw in before.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > MASTHEAD_LINES:
            break
        lead = len(raw) - len(raw.lstrip())
        removed = all(k in cut for k in range(start + lead, start + lead + len(line)))
        if removed:
            out.append(line)
        elif prose(line):
            break
    return out


def masthead_date(
    before: str,
    changes: Iterable[Change],
    read: Callable[[str], dict[str, str] | None],
    issue_row: Callable[[str], dict[str, str] | None] | None = None,
) -> str | None:
    """The one day the removed masthead lines (:func:`head_removed`) give, read by
    ``read`` (a dated row's fields), or None.

    >>> text = "某某简报\\n某某办公室编　2021年3月5日\\n\\n正文写到这里，还有很多。\\n"
    >>> cut = [Change("p", "boilerplate", "r", "delete", 0, text.index("\\n\\n") + 1,
    ...               text[: text.index("\\n\\n") + 1])]
    >>> rd = lambda s: {"published": "2021-03-05"} if "2021" in s and "：" not in s else None
    >>> masthead_date(text, cut, rd), masthead_date(text, [], rd)
    ('2021-03-05', None)

    A row naming the issue's number (``第8期``, no gathering's session: :func:`~cleaner.
    stages.issue_days.issue_number`) is the issue's masthead whatever its cells: its
    labelled date, read by ``issue_row`` (a row's fields), is the issue's day too.  A
    site's info bar with no issue's number dates the page, not the issue.

    >>> text = "某某曝光台\\n2021年第8期　发布：2021-03-05\\n\\n正文写到这里，还有很多。\\n"
    >>> cut = [Change("p", "boilerplate", "r", "delete", 0, text.index("\\n\\n") + 1,
    ...               text[: text.index("\\n\\n") + 1])]
    >>> row = lambda s: {"published": "2021-03-05"} if "2021-03-05" in s else None
    >>> masthead_date(text, cut, rd, row), masthead_date(text, cut, rd)
    ('2021-03-05', None)
    >>> bar = text.replace("2021年第8期", "某某网")
    >>> masthead_date(bar, [Change("p", "boilerplate", "r", "delete", 0,
    ...     bar.index("\\n\\n") + 1, bar[: bar.index("\\n\\n") + 1])], rd, row) is None
    True
    """
    days = set()
    for line in head_removed(before, changes):
        plain = without_weekday(line)
        row = read(plain)
        if not row and issue_row is not None and issue_number(plain):
            row = issue_row(plain)
        if row and (day := row.get("published")):
            days.add(day)
    return days.pop() if len(days) == 1 else None


#: a weekday after a masthead's date (``某某研究报告　2023年5月12日　星期五``)
_WEEKDAY = re.compile(r"(?<=[\d日])[ \u3000]+(?:星期|周|礼拜)[一二三四五六日天]$")


@lru_cache(maxsize=1)
def _clock() -> re.Pattern[str]:
    """A site's clock says the day it is now (``今天是…``), no issue's date: one of the
    words of ``[masthead] clock_words`` (``cleaner/rules/headers.toml``)."""
    words = load_table("headers")["masthead"]["clock_words"]
    return re.compile("|".join(map(re.escape, words)))


def without_weekday(line: str) -> str:
    """``line`` with the weekday after its date dropped: a report's or a bulletin's
    masthead row names the day of the week after the date of the issue.  A site's
    clock (``今天是2021年8月5日　星期四``) keeps its weekday (and so reads as no row):
    it gives the day the page was fetched.

    >>> without_weekday("某某研究报告　2023年5月12日　星期五")
    '某某研究报告　2023年5月12日'
    >>> without_weekday("欢迎访问　今天是2021年8月5日　星期四")
    '欢迎访问　今天是2021年8月5日　星期四'
    >>> without_weekday("某某简报　第1.2.3版　周五")
    '某某简报　第1.2.3版　周五'
    """
    if _clock().search(line):
        return line
    return _WEEKDAY.sub("", line.strip())
