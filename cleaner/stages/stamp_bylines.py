"""A page's stamp row under its title naming its writers, and which credit names the author.

A news page prints a stamp row under the headline: the day and time it went up, then its
writers' names bare, no label (``2021-03-09 08:15 某甲 某乙``), and the writers' credit
row under it (``执笔／某甲、某乙``).  Bare names after a date may be anything (a place, a
desk), so the stamp is read only when a writer's credit next to it names the same persons:
then it is the byline's row, its date the page's (:func:`named_stamp`).

A page may credit its writer and, elsewhere, its editor (``责任编辑：某某``).  The editor
names the author only where no writer is named (``[author_rank] editors`` of
``cleaner/rules/headers.toml``): :func:`editor_credit` tells a row whose author is an
editor's name.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import normalise_date

__all__ = ["editor_credit", "named_stamp"]

# a stamp: the day (figures, '-', '/', '.' or 年月日), maybe its time, then the names
_STAMP = re.compile(
    r"^(?P<d>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
    r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"[ \t\u3000]+(?P<names>\S.*)$"
)


def named_stamp(row: str, author: str | None) -> dict[str, str] | None:
    """The fields of a stamp row (a day, maybe a time, then names alone) whose names are
    every writer ``author`` (a credit's names, apart by ``、``) names, in any order, or None.

    >>> named_stamp("2021-03-09 08:15 某甲乙 某丙丁", "某甲乙、某丙丁")
    {'published': '2021-03-09', 'author': '某甲乙、某丙丁'}
    >>> named_stamp("2021年3月9日　某丙丁　某甲乙", "某甲乙、某丙丁")["published"]
    '2021-03-09'

    Names the credit does not list, a word more, or no credit: no byline row.

    >>> named_stamp("2021-03-09 08:15 某甲乙 某区", "某甲乙")
    >>> named_stamp("2021-03-09 某甲乙", None)
    >>> named_stamp("2021-03-09 08:15 某甲乙说了几句话", "某甲乙")
    """
    m = _STAMP.match(row.strip())
    if m is None or not author:
        return None
    names = m["names"].split()
    writers = author.split("、")
    if sorted(names) != sorted(writers) or len(set(names)) != len(names):
        return None
    day = normalise_date(m["d"])
    return {"published": day, "author": author} if day else None


@cache
def _editors() -> re.Pattern[str]:
    """An editor's label right before a name (``[author_rank] editors``)."""
    words = sorted(load_table("headers")["author_rank"]["editors"], key=len, reverse=True)
    alt = "|".join(map(re.escape, words))
    return re.compile(
        rf"(?:{alt})[ \t\u3000]*[:：/／|｜]?[ \t\u3000]*(?P<n>[^\s:：/／|｜,，;；)）】]+)"
    )


def editor_credit(row: str, author: str) -> bool:
    """The ``author`` read from ``row`` is the name an editor's label credits (a fallback
    author: a writer named elsewhere on the page goes over it).

    >>> editor_credit("责任编辑：某甲乙", "某甲乙"), editor_credit("（责编　某甲乙）", "某甲乙")
    (True, True)
    >>> editor_credit("记者：某甲乙　编辑：某丙", "某甲乙"), editor_credit("执笔：某甲乙", "某甲乙")
    (False, False)
    """
    return any(m["n"] == author for m in _editors().finditer(row))
