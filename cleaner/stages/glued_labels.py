"""A stamp row's cell whose writer's or source's label is glued to its value, no colon,
no gap (``作者某某``, ``来源CSDN``).

A blog platform's head row under the title prints its cells parted by bars (``发表于
2014-08-24 21:30| 1164次阅读| 来源某站| 作者某某``); the cell reader
(:mod:`cleaner.stages.split_cell_rows`) reads a cell's label by its colon or its gap, so a
glued one read as a bare value and named nothing.  :func:`glued_label` parts such a cell
when its opening letters are a label the page's field table reads as ``author`` or
``origin`` and the rest is that field's kind of value: a person's name for a writer, a
body's or a Latin name for a source.  A cell of prose or a word that merely opens so
(``作者简介``, ``来源于生活``) stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.foot_credit_words import foot_words, names_body
from cleaner.stages.person_names import han_name, nobody

__all__ = ["glued_label"]

#: The fields a glued label may name: who wrote the item and where it comes from.
_FIELDS = ("author", "origin")
#: A source's Latin name (``CSDN``, ``Example News``).
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9 .&'-]{1,30}$")
#: Labels are two to four Han letters (``作者``, ``来源``, ``文章来源``).
_LABEL_LENGTHS = (4, 3, 2)
#: A label's verb read on: '来源于…', '来自…' open a clause, no name.
_PREPOSITIONS = ("于", "自", "在")


def glued_label(
    label: str | None, value: str, field_of: Callable[[str], str | None]
) -> tuple[str | None, str]:
    """``(label, value)`` of a cell, its glued label parted from its value.

    >>> f = {"作者": "author", "来源": "origin"}.get
    >>> glued_label(None, "作者魏某某", f), glued_label(None, "来源CSDN", f)
    (('作者', '魏某某'), ('来源', 'CSDN'))
    >>> glued_label(None, "来源某某日报", f), glued_label(None, "来源于某某新闻发布会", f)
    (('来源', '某某日报'), (None, '来源于某某新闻发布会'))
    >>> glued_label(None, "作者简介如下", f), glued_label(None, "来源于生活", f)
    ((None, '作者简介如下'), (None, '来源于生活'))
    >>> glued_label("时间", "作者某某", f), glued_label(None, "作者", f)
    (('时间', '作者某某'), (None, '作者'))
    """
    if label is not None:
        return label, value
    v = value.strip()
    for n in _LABEL_LENGTHS:
        key, rest = v[:n], v[n:].strip()
        field = field_of(key) if len(v) > n else None
        if field not in _FIELDS:
            continue
        if field == "author":
            ok = han_name().fullmatch(rest) is not None and not nobody(rest)
        else:
            # a body's name by its ending, or any name of four letters or more that no
            # preposition opens ('来源于…' is a verb's clause)
            w = foot_words()
            ok = (
                _LATIN.match(rest) is not None
                or names_body(rest, w)
                or (
                    len(rest) >= 4
                    and not rest.startswith(_PREPOSITIONS)
                    and names_body(rest, w, any_end=True)
                )
            )
        return (key, rest) if ok else (label, value)
    return label, value
