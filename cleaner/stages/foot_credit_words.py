"""The credit words of a foot row and the readers of its credit cells: slash credits
(``文／某甲　图／某乙``), a source credited by a verb of taking (``据某某局官方微博``), an
English wire credit (``Reporting by X; editing by Y``).  The words are ``[foot_row]`` of
``cleaner/rules/headers.toml``; :mod:`split_foot` reads whole rows with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cleaner.rules import load_table

# a unit's name: Han characters (brackets, '·' between)
_NAME = re.compile(r"^[\u4e00-\u9fff（）()·]{2,30}$")
# a name in quotes before its channel ('“某某发布”微信公众号', '「某某」客户端')
_QUOTED_NAME = re.compile(r"^[“\"「『‘](.{2,30})[”\"」』’]$")
# a person's name (Han, a '·' between a foreign name's parts; or Latin words) and the
# division in brackets after it ('某某（某部）')
_PERSON = re.compile(r"^(?:[\u4e00-\u9fff·]{2,8}|[A-Za-z][A-Za-z .'-]{1,30})$")
# a credit word, a slash and a name ('文／某某', '图/某某'), several apart by spaces
_SLASHED = re.compile(r"(?P<k>[\u4e00-\u9fff]{1,2})\s*[／/]\s*(?P<v>[^\s／/]+)")


def slashed_credits(cell: str, words: FootWords) -> dict[str, str] | None:
    """The fields of a cell of slash credits (``文／某甲　图／某乙``): the writer's name
    is the author, a photographer's or an editor's none; None unless every part is a
    credit word of ``slash_writers`` or ``slash_persons`` and a person's name.

    >>> w = foot_words()
    >>> slashed_credits("文／某甲", w), slashed_credits("图/某乙 文/某甲", w)
    ({'author': '某甲'}, {'author': '某甲'})
    >>> slashed_credits("摄／某乙", w), slashed_credits("1/2", w), slashed_credits("甲／乙方", w)
    ({}, None, None)
    """
    parts = cell.split()
    out: dict[str, str] = {}
    for part in parts:
        m = _SLASHED.fullmatch(part)
        if m is None:
            return None
        key = m["k"].translate(words.simplified)
        if key in words.slash_writers and _PERSON.match(m["v"]):
            out.setdefault("author", m["v"])
        elif key not in words.slash_persons:
            return None
    return out


@dataclass(frozen=True, slots=True)
class FootWords:
    """Credit words of a foot row: ``units`` name who supplied the item (its issuer),
    ``persons`` the people credited (no field)."""

    units: tuple[str, ...]
    persons: tuple[str, ...]
    simplified: dict[int, int]  # str.translate table: traditional → simplified
    writers: tuple[str, ...] = ()  # who wrote the piece itself: its author
    slash_writers: tuple[str, ...] = ()  # '文／某某': the writer (its author)
    slash_persons: tuple[str, ...] = ()  # '图／某某', '摄／某某': no field
    by_writers: tuple[str, ...] = ()  # 'Reporting by Some Name': the writer (its author)
    by_persons: tuple[str, ...] = ()  # 'editing by Some Name': no field
    compilers: tuple[str, ...] = ()  # '编辑：某某' alone beside a source: its author
    according: tuple[str, ...] = ()  # '据某局': where the item was taken from (origin)
    channels: tuple[str, ...] = ()  # '…官方微博': the channel, no part of the origin's name
    sources: tuple[str, ...] = ()  # endings of a body or a medium: a credited name's
    refused: tuple[str, ...] = ()  # a verb of saying closing the name: a clause, no source
    reporters: tuple[str, ...] = ()  # '记　者：' spaced: the header reader's row (its author)
    tellers: tuple[str, ...] = ()  # '讲述人：某某': an oral history's teller: the row is text
    generic: tuple[str, ...] = ()  # '此前', '相关': a time or a vague qualifier, no name
    writeups: tuple[str, ...] = ()  # '文字整理', 'Show Notes 整理': the text's writer (author)


@lru_cache(maxsize=1)
def foot_words() -> FootWords:
    t = load_table("headers").get("foot_row", {})
    pairs = t.get("traditional", "")
    table = {ord(pairs[i]): ord(pairs[i + 1]) for i in range(0, len(pairs) - 1, 2)}
    return FootWords(
        tuple(t.get("units", ())),
        tuple(t.get("persons", ())),
        table,
        tuple(t.get("writers", ())),
        tuple(t.get("slash_writers", ())),
        tuple(t.get("slash_persons", ())),
        tuple(t.get("by_writers", ())),
        tuple(t.get("by_persons", ())),
        tuple(t.get("compilers", ())),
        tuple(sorted(t.get("according_words", ()), key=len, reverse=True)),
        tuple(sorted(t.get("channel_endings", ()), key=len, reverse=True)),
        _source_endings(t),
        tuple(t.get("according_refused", ())),
        tuple(t.get("reporters", ())),
        tuple(t.get("tellers", ())),
        tuple(sorted(t.get("according_generic", ()), key=len, reverse=True)),
        _writeups(t),
    )


def _writeups(t: dict[str, Any]) -> tuple[str, ...]:
    """The labels of who wrote up a piece's text: each noun of ``writeup_nouns`` before
    each verb of ``writeup_verbs`` (``文字整理``, ``Show Notes 整理``), longest first."""
    labels = {
        f"{n} {v}" if n.isascii() else n + v
        for n in t.get("writeup_nouns", ())
        for v in t.get("writeup_verbs", ())
    }
    return tuple(sorted(labels, key=len, reverse=True))


def _source_endings(t: dict[str, Any]) -> tuple[str, ...]:
    """Endings of a name an according row may credit: ``according_endings`` and the
    endings of an organisation (``[org_name]``, ``[lead_row] body_endings``)."""
    tables = load_table("headers")
    org = tables.get("org_name", {}).get("endings", ())
    body = tables.get("lead_row", {}).get("body_endings", ())
    return tuple({*t.get("according_endings", ()), *org, *body})


def according_to(cell: str, words: FootWords) -> str | None:
    """The source a cell credits by a verb of taking (``据某某局官方微博``: the body,
    without its channel), or None.

    >>> w = foot_words()
    >>> according_to("据某某市水务局官方微博", w), according_to("摘自某某晚报", w)
    ('某某市水务局', '某某晚报')
    >>> according_to("据说", w), according_to("据悉，某事已办妥", w), according_to("某某局", w)
    (None, None, None)
    >>> according_to("据群众反映", w), according_to("选自某某散文集", w)
    (None, None)
    >>> according_to("据某某社电", w), according_to("据某某市统计局", w)
    (None, '某某市统计局')
    >>> according_to("据“某某发布”微信公众号", w), according_to("据“某某发布”", w)
    ('某某发布', None)
    >>> according_to("据某某新闻", w), according_to("据某某新闻客户端", w)
    ('某某新闻', '某某新闻')
    >>> according_to("据此前新闻", w), according_to("据“群众反映”客户端", w)
    (None, None)
    """
    verb = next((v for v in words.according if cell.startswith(v)), None)
    if verb is None:
        return None
    name = cell[len(verb) :].strip()
    channel = next((c for c in words.channels if name.endswith(c)), "")
    if channel and len(name) - len(channel) >= 2:
        name = name[: -len(channel)]
        quoted = _QUOTED_NAME.match(name)
        if quoted is not None:
            # '据“某某发布”微信公众号': the channel says a medium's name, any ending
            return quoted[1] if names_body(quoted[1], words, any_end=True) else None
    return name if names_body(name, words) else None


def names_body(name: str, words: FootWords, *, any_end: bool = False) -> bool:
    """Whether ``name`` names a body or a medium: three letters or more, not closed by a
    verb of saying (a clause: '调查显示'), ending like a body (unless ``any_end``), and
    more than generic qualifiers before its ending ('此前新闻', '相关报道', '朋友圈').

    >>> w = foot_words()
    >>> names_body("某某新闻", w), names_body("此前新闻", w)
    (True, False)
    >>> names_body("群众反映", w, any_end=True)
    False
    """
    if not _NAME.match(name) or len(name) < 3:
        return False
    simple = name.translate(words.simplified)
    if simple.endswith(words.refused):
        return False  # a clause ('调查显示'): no body
    end = next((e for e in sorted(words.sources, key=len, reverse=True) if simple.endswith(e)), "")
    if not end and not any_end:
        return False  # a work's title ('某某文集'): no body
    stem = simple[: len(simple) - len(end)] if end else simple
    for _ in range(4):  # the stem only generic words ('此前', '最新', '网络'): no name
        stem = next((stem[len(g) :] for g in words.generic if stem.startswith(g)), stem)
    return bool(stem) and stem not in words.generic


# an English credit cell: a word or two, 'by', a name of one to four capitalised words
_BY_NAME = r"[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3}"
_BY_CELL = re.compile(rf"^(?P<k>[A-Za-z][a-z-]+(?: [a-z][a-z-]+)?) by (?P<v>{_BY_NAME})$")


def by_credits(line: str, words: FootWords) -> dict[str, str] | None:
    """The fields of an English wire credit (``Reporting by X; editing by Y``): the
    writer's name is the author, an editor's none; None unless every cell (apart by
    semicolons) is a credit word of ``by_writers`` or ``by_persons``, 'by' and a name.

    >>> w = foot_words()
    >>> by_credits("Reporting by Ann Lee; editing by Bo Ray", w)
    {'author': 'Ann Lee'}
    >>> by_credits("Editing by Bo Ray", w), by_credits("Reporting by the harbour office", w)
    ({}, None)
    >>> by_credits("Reporting by Ann Lee; it rained all week.", w)
    """
    cells = [c.strip() for c in line.strip().split(";")]
    out: dict[str, str] = {}
    for cell in cells:
        m = _BY_CELL.match(cell)
        if m is None:
            return None
        key = m["k"].lower()
        if key in words.by_writers:
            out.setdefault("author", m["v"])
        elif key not in words.by_persons:
            return None
    return out
