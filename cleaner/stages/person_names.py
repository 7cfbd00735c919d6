"""Whether a word a colon-less credit line names looks like a person's name
(:func:`person_name`): ``记者　某某``, ``文／某某`` read as a byline only then.

A name is two or three Han letters, four after a compound surname (``欧阳``), or a
foreign name's parts joined by ``·``; a greeting, a column's name or a headline's words
(``您好``, ``手记``, ``旅融合``: ``[names] stop_words`` of ``rules/person_names.toml``)
is none.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table

__all__ = [
    "addressed",
    "body_endings",
    "compound_surnames",
    "han_name",
    "named",
    "person_name",
    "surnamed",
]

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+")


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = load_table("person_names")["names"]
    return tuple(t["compound_surnames"]), tuple(t["stop_words"]), tuple(t["name_tails"])


@cache
def compound_surnames() -> frozenset[str]:
    """The compound surnames of the table (``[names] compound_surnames``), either script.

    >>> "欧阳" in compound_surnames(), "王" in compound_surnames()
    (True, False)
    """
    return frozenset(_words()[0])


@cache
def _nobody() -> tuple[str, ...]:
    return tuple(load_table("person_names")["names"]["nobody"])


def nobody(value: str) -> bool:
    """``value`` credits no person by name: the site, the paper, its desk, a role or an
    unnamed contributor (``[names] nobody``: '本站', '小编', '编辑部', '佚名').

    >>> nobody("本站"), nobody("本网编辑部"), nobody("小编"), nobody("李小编")
    (True, True, True, False)
    """
    return value.strip().startswith(_nobody())


@cache
def _surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    t = load_table("person_names")["names"]
    return frozenset(t["surnames"]), tuple(t["address_words"])


def surnamed(word: str) -> bool:
    """``word`` opens with a surname of the table and a given name of one or two letters
    follows (a compound surname's, ``欧阳某``; never the compound surname alone).

    >>> surnamed("王某某"), surnamed("欧阳某某"), surnamed("鄭某"), surnamed("某某")
    (True, True, True, True)
    >>> surnamed("总体"), surnamed("司马"), surnamed("上午"), surnamed("王某某某")
    (False, False, False, False)
    """
    if not _HAN.fullmatch(word):
        return False
    compound = _words()[0]
    if word.startswith(compound):
        return 3 <= len(word) <= 4
    if word in compound:
        return False
    return 2 <= len(word) <= 3 and word[0] in _surnames()[0]


def addressed(word: str) -> bool:
    """``word`` is or ends in a title, kin or address word: whom a dedication or a letter
    speaks to (``王书记``, ``李老师``, ``哥哥``), no signature.

    >>> addressed("王书记"), addressed("好兄弟"), addressed("王某某")
    (True, True, False)
    """
    return word.endswith(_surnames()[1])


@cache
def han_name() -> re.Pattern[str]:
    """The shape of a Han name alone: two or three Han letters, or one or two after a
    compound surname of the table; a transcribed part after a '·' may follow.  The readers
    of bylines and credit rows share it (no stop words: each reader has its own).

    >>> bool(han_name().match("某甲乙")), bool(han_name().match("欧阳某某"))
    (True, True)
    >>> bool(han_name().match("某某·某某")), bool(han_name().match("某甲乙丙"))
    (True, False)
    """
    compound = "|".join(map(re.escape, _words()[0]))
    return re.compile(
        rf"^(?:[\u4e00-\u9fff]{{2,3}}|(?:{compound})[\u4e00-\u9fff]{{1,2}})"
        r"(?:·[\u4e00-\u9fff]{1,6})?$"
    )


def person_name(word: str) -> bool:
    """``word`` looks like a person's name.

    >>> person_name("某甲乙"), person_name("欧阳某某"), person_name("某某·某某某")
    (True, True, True)
    >>> person_name("某甲乙报道")
    True
    >>> person_name("您好"), person_name("手记"), person_name("旅融合"), person_name("某甲乙丙")
    (False, False, False, False)
    """
    compound, stop, tails = _words()
    for tail in tails:
        if word.endswith(tail) and len(word) > len(tail) + 1:
            word = word[: -len(tail)]  # '某某报道': the name before a reporting word
            break
    if any(w in word for w in stop):
        return False
    if _FOREIGN.fullmatch(word):
        return True
    if not _HAN.fullmatch(word):
        return False
    return 2 <= len(word) <= 3 or (len(word) == 4 and word.startswith(compound))


@cache
def body_endings() -> tuple[str, ...]:
    """The endings of a body's name (``[org_name] endings``, ``[lead_row] body_endings``)."""
    t = load_table("headers")
    return tuple({*t["org_name"]["endings"], *t["lead_row"]["body_endings"]})


def person_value(value: str) -> bool:
    """``value`` is a person's name alone, no body's (``某某科``, ``某某局`` end like one).

    >>> person_value("龚某萍"), person_value("欧阳某某"), person_value("某某科")
    (True, True, False)
    >>> person_value("某某街道办事处"), person_value("韦某岚　2016年8月3日")
    (False, False)
    """
    v = value.strip()
    return bool(han_name().match(v)) and person_name(v) and not v.endswith(body_endings())


def named(word: str) -> bool:
    """``word`` holds none of the stop words: no greeting, column or headline's word.

    >>> named("某甲乙丙"), named("手记")
    (True, False)
    """
    return not any(w in word for w in _words()[1])
