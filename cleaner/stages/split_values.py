"""Which text may be a metadata value: a sentence never is.

A label/value row is read out of the text into ``meta``; a value that holds a sentence
(``发布单位：本局定于下月开展检查，请各单位做好准备。``) is the text's own words behind a
label-like opening, so the line stays text (the worst outcome is silent loss: a notice's
first sentence once went into ``meta['issuer']``).  A value is a sentence when it holds a
sentence's end mark (``。！？``, or ``.!?`` closing words of English prose), when it is
long prose, or when a clause comma parts words of a verb-like length.  Fields that hold a
note by nature (an author's biography, a fund's name: ``headers.toml`` ``[meta]
prose_fields``) are not asked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.name_notes import NOTE, unit_note
from cleaner.stages.person_names import han_name
from cleaner.stages.split_cell_marks import is_org, reported_name, titled_name

__all__ = ["names_only", "prose_fields", "sentence_in", "sentence_value", "text_width"]

_END_MARK = re.compile(r"[。！？]")
# English prose: five words at least, closed by a sentence's mark
_LATIN_SENTENCE = re.compile(r"^(?:[A-Za-z'’\-]+[ ,;]+){4,}[A-Za-z'’\-]+[.!?]$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_COMMA = re.compile(r"[，；]")
#: A value longer than this is prose, not a field.
MAX_VALUE_CHARS = 60
#: Han letters a value with a clause comma holds when it is a sentence's clauses.
MIN_CLAUSE_HAN = 10


@cache
def prose_fields() -> frozenset[str]:
    """The fields whose values may be sentences (``headers.toml`` ``[meta] prose_fields``)."""
    return frozenset(load_table("headers")["meta"].get("prose_fields", ()))


def sentence_value(value: str) -> bool:
    """``value`` holds a sentence, so it is never a metadata value.

    >>> sentence_value("某某县交通运输局"), sentence_value("2022-11-03 16:20")
    (False, False)
    >>> sentence_value("本局定于下月开展道路检查，请各单位做好准备。")
    True
    >>> sentence_value("今年冬季气温偏低，道路结冰的时间可能更长")  # a clause comma
    True
    >>> sentence_value("某报，某台"), sentence_value("Kelin Daily, Beijing")
    (False, False)
    >>> sentence_value("The depot will hold salt for the winter.")
    True
    """
    s = value.strip()
    if not s:
        return False
    if _END_MARK.search(s) or _LATIN_SENTENCE.match(s) or len(s) > MAX_VALUE_CHARS:
        return True
    return bool(_CLAUSE_COMMA.search(s)) and len(_HAN.findall(s)) >= MIN_CLAUSE_HAN


def sentence_in(meta: Mapping[str, str]) -> bool:
    """A value of ``meta`` outside :func:`prose_fields` is a sentence (:func:`sentence_value`).

    >>> sentence_in({"issuer": "本局定于下月开展检查，请各单位做好准备。"})
    True
    >>> sentence_in({"author_bio": "某某，女，副教授，主要研究方向为某学。"})
    False

    A writer's name with a note of unit and degree in brackets after it is a name, the
    note's commas no clauses (:func:`names_only` keeps the name); a sentence in the
    brackets is still one.

    >>> sentence_in({"author": "林某某（城市规划，工学博士）"})
    False
    >>> sentence_in({"author": "林某某（本次报告推迟举行，请大家留意后续通知。）"})
    True
    """
    skip = prose_fields()
    return any(k not in skip and sentence_value(_named(k, v)) for k, v in meta.items())


def _named(key: str, value: str) -> str:
    """An author's ``value`` as the name alone when a bracketed note of no sentence
    closes it; any other value as it is."""
    if key != "author" or (unit := _NAME_UNIT.match(value.strip())) is None:
        return value
    note = NOTE.search(value)
    if _END_MARK.search(value) or note is None or not unit_note(note["inner"]):
        return value  # a note saying something: a clause, not a name's unit
    return unit["name"]


_DIGIT = re.compile(r"\d")
#: Characters of the names a writer's label holds at most (several names, bars between).
MAX_NAMES_CHARS = 30


def names_only(meta: dict[str, str]) -> dict[str, str]:
    """``meta`` without an ``author`` value that is no run of names: a value holding a
    digit (a date the cells' bar failed to part: ``某某 丨 2020年5月6日``) or longer than
    ``MAX_NAMES_CHARS``.  The row is read all the same; the value is no writer's name.

    >>> names_only({"author": "某某 丨 2020年5月6日", "published": "2020-05-06"})
    {'published': '2020-05-06'}
    >>> names_only({"author": "某甲　某乙"})
    {'author': '某甲\u3000某乙'}

    A name with its unit in brackets after it (``某某（某市某中心）``, an answering
    expert's byline) is the name: the unit is no writer.

    >>> names_only({"author": "某某（某市某中心）"}), names_only({"author": "某（甲）乙"})
    ({'author': '某某'}, {'author': '某（甲）乙'})

    A handle (``@some-dev``, ``@甲 @乙``) is the name without its mention mark; an
    e-mail address or a name with an ``@`` inside is left as it is.

    >>> names_only({"author": "@some-dev"}), names_only({"author": "@甲、@乙"})
    ({'author': 'some-dev'}, {'author': '甲、乙'})
    >>> names_only({"author": "dev@example"})
    {'author': 'dev@example'}

    A name closed by a profession's title is the name (``某某某律师``, ``某某 医生``).

    >>> names_only({"author": "林某某律师"}), names_only({"author": "林某 教授"})
    ({'author': '林某某'}, {'author': '林某'})

    A board's user name may hold digits (one token, a Latin letter first); a date in it
    is still no name.

    >>> names_only({"author": "qy2023新生"}), names_only({"author": "Lin2021年5月6日"})
    ({'author': 'qy2023新生'}, {})

    A name after its unit and a gap (``某某管理部　林某某``, a lecturer's or a speaker's
    byline) is the name: the unit is no writer.  Two names, or a role before the name
    (``房东 宁先生``), stay as they are.

    >>> names_only({"author": "仓储运营中心　林晓川"})
    {'author': '林晓川'}
    >>> names_only({"author": "某某大学文学院 王某"})
    {'author': '王某'}
    >>> names_only({"author": "房东 宁先生"}), names_only({"author": "林晓川　王某某"})
    ({'author': '房东 宁先生'}, {'author': '林晓川　王某某'})
    """
    value = meta.get("author")
    if value is not None and _HANDLES.match(value):
        # '@zhou-lin': a site's handle, the '@' its mention mark, no letter of the name
        meta = meta | {"author": _HANDLE_MARK.sub("", value)}
        value = meta["author"]
    if value is not None and (unit := _NAME_UNIT.match(value)) is not None:
        meta = meta | {"author": unit["name"]}
        value = unit["name"]
    if value is not None and (person := _unit_name(value)) is not None:
        # '某某管理部　林某': the unit before the person is no letter of the name
        meta = meta | {"author": person}
        value = person
    if value is not None and (person := titled_name(value)) is not None:
        # '某某某律师', '某某 医生': the profession's title closing the name is no letter
        # of the name ([meta] name_titles in headers.toml)
        meta = meta | {"author": person}
        value = person
    if value is not None and (person := reported_name(value)) is not None:
        # '本报记者 某某 报道': the verb of reporting after the reporter's name
        meta = meta | {"author": person}
        value = person
    if value is None or (not _DIGIT.search(value) and len(value) <= MAX_NAMES_CHARS):
        return meta
    if len(value) <= MAX_NAMES_CHARS and _USER_HANDLE.fullmatch(value):
        return meta  # a board's user name ('lc2024新生'): one token, Latin first, no date
    return {k: v for k, v in meta.items() if k != "author"}


# a user name a board shows for its poster: one token opened by a Latin letter, digits in
# it ('lc2024新生', 'kk_09'), no date in it (a year and a date word or separator)
_USER_HANDLE = re.compile(r"(?![^\d]*\d{4}\s*[年./-])[A-Za-z][A-Za-z0-9_]*\d[\w]*")
# a run of handles, each opened by its mention mark ('@some-dev', '@甲、@乙')
_HANDLES = re.compile(r"^@[\w.-]{1,39}(?:[\s、,，/]+@[\w.-]{1,39})*$")
_HANDLE_MARK = re.compile(r"(?:^|(?<=[\s、,，/]))@")
# a name, then its unit in brackets closing the value ('某某（某市某中心）')
_NAME_UNIT = re.compile(r"^(?P<name>[^（()）\s]{2,12})\s*[（(][^（()）]{2,30}[）)]$")
# a unit, a gap, a person's name ('某某中心　林某某')
_UNIT_GAP_NAME = re.compile(r"^(?P<unit>\S{2,20}?)[ \u3000]+(?P<name>[\u4e00-\u9fff·]{2,5})$")


def _unit_name(value: str) -> str | None:
    """The person's name after a unit's name and a gap, or None (no unit, no name): a
    short name ending like a body (``国家图书馆　古籍馆``: an organisation and its
    department) is no person, and the value stays whole.

    >>> _unit_name("仓储运营中心　林晓川"), _unit_name("国家图书馆　古籍馆")
    ('林晓川', None)
    >>> _unit_name("某某师范大学　历史系"), _unit_name("某某科技有限公司　法务部")
    (None, None)
    >>> _unit_name("某某科技有限公司　张建社")
    '张建社'

    """
    m = _UNIT_GAP_NAME.match(value.strip())
    if m is None or not is_org(m["unit"]) or is_org(m["name"]) or _body_ending(m["name"]):
        return None
    return m["name"] if han_name().fullmatch(m["name"]) else None


@cache
def _body_endings() -> tuple[str, ...]:
    """The endings of a body's name (``[org_name]`` and ``[lead_row] body_endings`` of
    ``headers.toml``), the one-letter ones included whatever the name's length."""
    t = load_table("headers")
    endings = (*t["org_name"]["endings"], *t["lead_row"]["body_endings"], "系")
    # '社' closes many a given name too ('某建社'): a name so ending keeps its cut
    return tuple(e for e in endings if e != "社")


def _body_ending(name: str) -> bool:
    """``name`` (a short Han value) ends like a body's name: a department, no person."""
    return name.endswith(_body_endings())


def text_width(line: str) -> float:
    """A line's length as a row's or a title's: an ASCII letter counts half (an English
    headline of 70 letters is as long as a Chinese one of 35).

    >>> text_width("某某县发布暴雨预警"), text_width(" City opens a new depot ")
    (9, 11.0)
    """
    s = line.strip()
    latin = len(s.encode("ascii", "ignore"))  # its ASCII characters, counted in C
    return len(s) - latin / 2 if latin else len(s)
