"""A post's labelled posting row (``发布：某某（某中心）｜浏览 30 次``): never a title.

A portal prints under each post's bare title a row of who put it up and how often it was
read.  The row is ``LABEL：value`` and may pass a title's shape (short, no sentence mark),
so a reader looking for titles under a repeated header block may take it for one and
delete the real title as the block's last line.  The row is told by its shape and the
vocabulary of ``rules/counted_rows.toml`` (widened to traditional spellings), no phrase:
its label is a posting or reader-counter word (``发布``, ``浏览``, ``发布人``), or its value
holds a reader counter with a figure (``浏览 88 次``) or a person and their unit
(``某某（某中心）``: a Han name and a bracketed body's name).  A labelled title whose
label is none of these and whose value names no person-and-unit and counts nothing
(``专访：某某谈乡村振兴``) is no such row.
"""

from __future__ import annotations

import re

from cleaner.stages.counted_rows import counter_words, publish_words
from cleaner.stages.name_unit_rows import _bodies
from cleaner.stages.person_names import han_name

__all__ = ["posting_row"]

_LABELLED = re.compile(r"^([^\s：:，,。；;、（(]{1,6})\s*[：:]\s*(\S.*)$")
#: a label's suffixes naming the person or the moment of the word (``发布人``, ``发表于``)
_LABEL_TAILS = ("人", "者", "于", "方", "时间", "日期", "次数", "量", "数")
_PERSON_UNIT = re.compile(r"^(\S{2,4}?)[ \t\u3000]*[（(]([^（）()]{2,30})[）)]")


def _kind_label(label: str) -> bool:
    """Is ``label`` a posting or counter word, bare or with a person/moment suffix?"""
    post, read = publish_words(), counter_words()
    low = label.lower()
    for tail in ("", *_LABEL_TAILS):
        if tail and not low.endswith(tail):
            continue
        stem = low[: len(low) - len(tail)] if tail else low
        if stem in post or stem in read:
            return True
    return False


def _counter(value: str) -> bool:
    """Does ``value`` hold a reader counter with its figure (``浏览 88 次``, ``阅读：12``)?"""
    low = value.lower()
    return any(
        re.search(re.escape(w) + r"[ \t\u3000]*(?:[：:][ \t\u3000]*)?\d", low)
        for w in counter_words()
    )


def _person_unit(value: str) -> bool:
    """Does ``value`` open with a Han name and its bracketed unit (``某某（某中心）``)?"""
    m = _PERSON_UNIT.match(value)
    if m is None or not han_name().fullmatch(m.group(1)):
        return False
    return any(b in m.group(2) for b in _bodies())


def posting_row(line: str) -> bool:
    """Is ``line`` a post's labelled posting row, no title?

    >>> posting_row("发布：林某某（某某接待中心）　｜　浏览 30 次")
    True
    >>> posting_row("發布人：周某某"), posting_row("投稿：李某（某某学院）")
    (True, True)
    >>> posting_row("专访：某某谈乡村振兴"), posting_row("观察：浏览器之争再起")
    (False, False)
    """
    m = _LABELLED.match(line.strip())
    if m is None:
        return False
    label, value = m.group(1), m.group(2).strip()
    return _kind_label(label) or _counter(value) or _person_unit(value)
