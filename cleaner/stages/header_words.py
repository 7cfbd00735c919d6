"""The words of a piece's header row that neither its title nor its text keeps.

A compilation's header row may be read as a number and a kicker over the piece's own
title line (``CASE 04 · 某类`` over the headline), or a split may title a piece with the
line under its numbered row (``1. 某型号`` over a tagline): the row goes as the piece's
header, and with it the words beside the number.  Those words are content (a category,
a model's name): :func:`lost_row_words` finds them, and the split stage keeps them in
the piece's fields by what they are (:func:`row_fields`): a contributor's credit
(``某甲 供稿``, ``作者：某乙``) is the ``author``, a full date the ``published`` day, and only a
short noun kicker the ``category``; words of another kind (a reading-time note, a
bracketed remark) fill no field (the row's deletion stays in the ledger).
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_header_shapes import candidate, untagged, vocab

__all__ = ["lost_row_words", "row_fields"]

_SPACES = re.compile(r"[\s\u3000]+")
#: a person's name: two to four Han, or a masked one ('王某某')
_NAME = r"[\u4e00-\u9fff]{2,4}?"
#: a kicker: short words of letters, Han and digits, no sentence or bracket in them
_KICKER = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff .·&+-]{0,15}$")
#: a Han quantity inside the words ('约3分钟', '共5页'): a note, no kicker
_HAN_NUMBER = re.compile(r"[\u4e00-\u9fff]\s*\d+\s*[\u4e00-\u9fff]")


@cache
def _credit() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``header_words.toml``: a name before a credit word, a credit label before a name."""
    t = load_table("header_words")["credit"]
    after = "|".join(sorted(map(re.escape, t["after"]), key=len, reverse=True))
    before = "|".join(sorted(map(re.escape, t["before"]), key=len, reverse=True))
    return (
        re.compile(rf"^(?P<n>{_NAME})\s*(?:{after})$"),
        re.compile(rf"^(?:{before})\s*[:：/／]\s*(?P<n>{_NAME})$"),
    )


def row_fields(words: str) -> dict[str, str]:
    """The field a header row's lost ``words`` fill: ``author`` for a contributor's
    credit, ``published`` for a date, ``category`` for a short noun kicker; ``{}`` for
    words of another kind.

    >>> row_fields("赵某某 撰文"), row_fields("作者：钱某"), row_fields("孙某整理")
    ({'author': '赵某某'}, {'author': '钱某'}, {'author': '孙某'})
    >>> row_fields("2021-04-03"), row_fields("2022年9月")  # a month alone: no day to invent
    ({'published': '2021-04-03'}, {})
    >>> row_fields("乙类纠纷"), row_fields("Aero 14")
    ({'category': '乙类纠纷'}, {'category': 'Aero 14'})
    >>> row_fields("阅读约5分钟"), row_fields("（续）"), row_fields("本文很长，请耐心读。")
    ({}, {}, {})
    """
    w = words.strip()
    for shape in _credit():
        if m := shape.match(w):
            return {"author": m["n"]}
    if re.search(r"\d{4}", w) and (day := normalise_date(w)):
        return {"published": day}
    if _KICKER.match(w) and not _HAN_NUMBER.search(w):
        return {"category": w}
    return {}


def lost_row_words(row: str, title: str, body: str) -> str | None:
    """The words beside the number of the header ``row`` when neither ``title`` nor
    ``body`` holds them; None when the row has no such words or they are kept.

    >>> lost_row_words("CASE 04 · 甲类险", "某某确诊后获赔", "正文。")
    '甲类险'
    >>> lost_row_words("1. Aero 14", "Light 14 inch laptop", "正文。")
    'Aero 14'
    >>> lost_row_words("1. 晚风", "晚风", "正文。") is None  # the row's words are the title
    True
    >>> lost_row_words("第一篇", "某题", "正文。") is None  # a bare number: nothing lost
    True
    """
    s = untagged(row.strip())
    if not s:
        return None
    c = candidate(0, s, vocab())
    words = c.title.strip() if c is not None else ""
    if not words or not any(ch.isalpha() for ch in words):
        return None
    flat = _SPACES.sub("", words)
    if flat in _SPACES.sub("", title) or flat in _SPACES.sub("", body):
        return None
    return words
