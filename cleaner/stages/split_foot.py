"""Metadata rows printed AFTER an article's body: its credit or source row at the foot.

News portals, school sites and yearbooks close an item with who supplied, wrote or
checked it, in a bracket (``（供稿：某学院　编辑：某某）``, ``（撰稿：某某　审稿：某某）``),
after a dash (``——某处供稿　2016.6.19``) or as a labelled source row (``资料来源：某馆，
2022年9月``).  Such a row is neither the article's text nor the site's chrome: it is the
article's metadata, and belongs to the article above it (issue 12, blind set n).

:func:`foot_row` reads one such line by its shape: cells apart by wide spaces, each a
``label：value`` item, a date alone, or a value before a credit word (``某处供稿``); the
labels are the metadata labels of ``meta_fields`` or the credit words of
``[foot_row]`` in ``cleaner/rules/headers.toml`` (common newsroom vocabulary, not a
site's phrase).  A unit that supplied the item is its issuer; persons (writer, editor,
photographer, reviewer) are read as no field: the row is still metadata.  A date with a
day is the publish date; a month alone (``2022年9月``) gives none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from cleaner.rules import load_table
from cleaner.stages.bar_labels import bar_label
from cleaner.stages.cited_sources import cited_work
from cleaner.stages.foot_credit_words import (
    _NAME,
    _PERSON,
    FootWords,
    according_to,
    by_credits,
    foot_words,
    names_body,
    slashed_credits,
)
from cleaner.stages.person_names import han_name, nobody, person_value
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE
from cleaner.stages.split_dates import normalise_date

if TYPE_CHECKING:
    from cleaner.stages.split_meta_labels import MetaLabels

__all__ = [
    "FootWords",
    "according_day",
    "according_to",
    "bare_credits",
    "foot_credit",
    "foot_row",
    "foot_words",
    "slashed_credits",
    "spaced_reporter",
    "supplier",
]

Fields = Callable[[str], str | None]

# one bracket pair around the whole line (round, or any other pair a chronicle's, a
# yearbook's, a bulletin's or a portal's print closes an entry's credit with: '〈执笔
# 某某〉', '〔测报 某某 ／ 复核 某某〕', '【责任编辑：某某】', '［编辑：某某］'), or a dash
# run opening it
_BRACKETED = re.compile(
    r"^(?:[（(](?P<in>[^（）()]+)[）)]|〈(?P<angled>[^〈〉]+)〉|〔(?P<squared>[^〔〕]+)〕"
    r"|【(?P<lenticular>[^【】]+)】|〖(?P<hollow>[^〖〗]+)〗|[［\[](?P<boxed>[^［］\[\]]+)[］\]])$"
)
#: the frames other than the round pair: read only as the row closing a piece
_FRAMES = ("angled", "squared", "lenticular", "hollow", "boxed")
_DASHED = re.compile(r"^(?:[—―─－-]{1,3}|——)\s*(?P<in>[^—―─－-].*)$")
# cells apart by wide spaces, bars, a spaced middle dot ('Words: X · Photos: Y') or a
# spaced slash ('某局 供稿 / 通讯员 某某'; '文／某某' is one cell: slashed_credits)
_CELLS = re.compile(r"\u3000+|\s{2,}|\s*[|｜]\s*|\s+[·•]\s+|\s+[/／]\s+")
# a person's credit word, a space and the name ('通讯员 某某'): no field, still a credit
_SPACED_PERSON = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,4})\s+(?P<v>[\u4e00-\u9fff·]{2,8})$")
# a Latin label is one word ('Editor: 某某' on an English page)
_ITEM = re.compile(r"^(?P<k>(?:[\u4e00-\u9fff]\s?){2,6}|[A-Za-z]{2,12})\s*[:：]\s*(?P<v>\S.*)$")
# a month without a day: a date too coarse to publish by
_MONTH = re.compile(r"^\d{4}\s*[年./-]\s*\d{1,2}\s*月?$")
# a cell saying who put the item out ('本条信息由某处发布', '由某处提供'): its origin
# (本 and up to four letters naming the piece before 由, in either script: '本页资料由…提供',
# '本頁資料由…提供', '本栏目信息由…整理')
_BY = re.compile(r"^(?:本[\u4e00-\u9fff]{0,4}?)?由(?P<v>\S{2,24}?)(?:发布|發布|發佈|提供|整理)$")
# a comma between a bracketed row's cells ('（本页资料由某科提供，最后更新：2020/3/4）'):
# tried only when the row reads as no credit with its wide gaps alone
_COMMA_CELLS = re.compile(r"\s*[，,]\s*")
# a writer's name: two or three Han letters (four under a two-letter surname, a '·' in a
# transcribed one), a group's name ending on its unit word ('某某课题组'), or Latin words;
# several writers are parted by '、', '，' or '和' (the first is the author)
# (the Han name alone is person_names.han_name, shared with the byline readers)
_WRITER = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8}"
    r"|[\u4e00-\u9fff]{2,12}(?:组|室|部|办|处|科|中心)|[A-Za-z][A-Za-z .'-]{1,30})$"
)
_FIRST_NAME = re.compile(
    r"[、，,/／]|(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff]{2})和(?=[\u4e00-\u9fff]{2})"
)
_UNIT_AFTER = re.compile(r"\s*[（(][^（）()]{1,20}[）)]$")
_DATE_TAIL = re.compile(r"^(?P<v>.+?)[，,]\s*(?P<d>\d{4}\s*[年./-].*)$")
# a unit's name printed before a credited person's ('某某科　某某　撰稿'): Han letters
# closed by a desk's or a body's word
_UNIT = re.compile(
    r"^[\u4e00-\u9fff]{1,20}(?:科|課|课|股|室|组|組|部|处|處|办|辦|中心|站|所|馆|館|局|院|队|隊)$"
)


# a label letter-spaced to the width of a longer one ('执　笔：', '编 辑：', '通 讯 员：'): two
# to four letters one space apart, opening the row or a cell, before the colon
# (not the tail of a longer run of single letters: '甲　乙　丙　丁　戊：' is a list)
_SPACED_LABEL = re.compile(
    r"(?:(?<=^)|(?<=[\u3000 \t|｜（(]))(?<!^[\u4e00-\u9fff][\u3000 ])"
    r"(?<![\u3000 \t][\u4e00-\u9fff][\u3000 ])"
    r"[\u4e00-\u9fff](?:[\u3000 ][\u4e00-\u9fff]){1,3}(?=[ \t\u3000]*[:：])"
)


def close_spaced_labels(row: str, keep: Callable[[str], bool] | None = None) -> str:
    """``row`` with the spaces inside its letter-spaced labels closed: a print layout pads
    a short label to the width of a longer one (``执　笔：某甲`` over ``责任编辑：某乙``), and
    the wide space would part the label into two cells.

    >>> close_spaced_labels("执　笔：某甲"), close_spaced_labels("编 辑：某甲　　审　核：某乙")
    ('执笔：某甲', '编辑：某甲　　审核：某乙')
    >>> close_spaced_labels("通 讯 员：某丙"), close_spaced_labels("某甲　某乙　某丙")
    ('通讯员：某丙', '某甲　某乙　某丙')

    A row holding a label ``keep`` holds to is left as it is (the header reader reads a
    spaced reporter's row, ``记　者：某甲``, and sets its author):

    >>> close_spaced_labels("记　者：某甲", keep=lambda label: label == "记者")
    '记　者：某甲'
    """
    if ":" not in row and "：" not in row:
        return row
    labels = [re.sub(r"[\u3000 ]", "", m.group()) for m in _SPACED_LABEL.finditer(row)]
    if keep is not None and any(keep(label) for label in labels):
        return row
    return _SPACED_LABEL.sub(lambda m: re.sub(r"[\u3000 ]", "", m.group()), row)


def spaced_reporter(rows: list[str]) -> bool:
    """Whether ``rows`` (a piece's last credit rows) are a print layout's block naming its
    reporter or writer (``reporters`` of headers.toml) with a label letter-spaced in it
    (``记　者：某甲`` over ``编　辑：某乙``; ``通讯员：某甲`` over ``编　辑：某乙``): such a
    block is the closing rows' reader's (:func:`split_tail.closing_rows`), which sets the
    author; no row of it is read alone as a foot credit.

    >>> spaced_reporter(["记　者：某甲"]), spaced_reporter(["通讯员：某乙", "编　辑：某丙"])
    (True, True)
    >>> spaced_reporter(["记者：某甲", "编辑：某乙"]), spaced_reporter(["执　笔：某甲"])
    (False, False)
    """
    words = foot_words()
    if not words.reporters or not any(_SPACED_LABEL.search(r.strip()) for r in rows):
        return False
    label = re.compile(
        r"(?:^|[\s（(|｜])(?:" + "|".join(map(re.escape, words.reporters)) + r")[:：]"
    )
    return any(
        label.search(close_spaced_labels(r.strip()).translate(words.simplified)) for r in rows
    )


def _date(s: str) -> tuple[bool, str | None]:
    """``(is a date, the publish date)``: a month alone is a date with no publish date."""
    s = s.strip()
    if _MONTH.match(s):
        return True, None
    d = normalise_date(s) if s[:1].isdigit() or s[:1] in "〇○零一二" else None
    return d is not None, d


@cache
def _dated_verbs() -> tuple[str, ...]:
    """The verbs of posting or changing a dated cell may close with (``headers.toml``
    ``[meta] dated_verbs``, in simplified form: labels are read simplified here)."""
    return tuple(load_table("headers")["meta"].get("dated_verbs", ()))


def _opens_credit(row: str, words: FootWords) -> bool:
    """A bare row that opens with a person's credit word opens with that word as its
    label (``签发：某某``, ``审核人：某某``), no longer label that merely begins with it and
    names a field of its own (``签发机关：某局``, ``签发日期：…``: the field readers').

    >>> w = foot_words()
    >>> _opens_credit("签发：某甲　　审核：某乙", w), _opens_credit("签发机关：某某局", w)
    (True, False)
    >>> _opens_credit("审核人：某甲", w), _opens_credit("资料来源：某某馆", w)
    (True, True)
    """
    simple = row.translate(words.simplified)
    if simple.startswith(words.units + words.writers):
        return True
    first = _ITEM.match(next((c for c in _CELLS.split(simple.strip()) if c), ""))
    if first is None:
        return True  # no label of a cell: the cell readers decide, as before
    key = re.sub(r"\s", "", first["k"])
    return key in words.persons or (key.endswith("人") and key[:-1] in words.persons)


# a source named in Latin letters ('Reuters', 'Xinhua News Agency')
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .&'-]{1,40}$")
#: A source's name the label alone vouches for has this many letters at least: a
#: person's name has two or three (the ``[source_name] min_chars`` of source_rows.toml).
SOURCE_NAME_MIN = 4
#: A value opening so points elsewhere ('见文末附件', '详见原文'): no source's name.
_POINTERS = ("见", "详见", "参见", "参看", "如下", "同上", "附件")


# a value that tells how the text was got, not whose it is ('当地居民口述', '群众反映')
_ACCOUNTS = ("口述", "讲述", "自述", "回忆", "反映", "爆料", "来信")


def _opens_source(row: str, words: FootWords) -> bool:
    """A bare row whose first cell is labelled by a source's label alone (``来源：``,
    ``本文来源：``, ``Source:``; :func:`cleaner.stages.credit_tail.source_words`).

    >>> w = foot_words()
    >>> _opens_source("来源：某某日报", w), _opens_source("本文来源：某报 编辑：某甲", w)
    (True, True)
    >>> _opens_source("来源于生活的感悟", w), _opens_source("资金来源：自筹", w)
    (False, False)
    >>> _opens_source("出处：见文末附件", w), _opens_source("来源：某某新闻客户端", w)
    (False, True)
    >>> _opens_source("来源：某某交警", w), _opens_source("来源：某市交警、某区发布", w)
    (True, True)
    >>> _opens_source("来源：网络", w), _opens_source("来源：张某某", w)
    (False, False)
    >>> _opens_source("来源：见某某附件", w), _opens_source("来源：群众反映", w)
    (False, False)
    >>> _opens_source("来源：当地居民口述", w)
    False
    """
    from cleaner.stages.credit_tail import source_words

    first = _ITEM.match(next((c for c in _CELLS.split(row.strip()) if c), ""))
    if first is None:
        return False
    key = re.sub(r"\s", "", first["k"]).translate(words.simplified)
    if key not in source_words():
        return False
    # the value (up to the next label) names a body or a medium by its ending, a channel
    # after it ('某某新闻客户端'), or is a Latin name: '见文末附件' points, names no source
    value = _NEXT_LABEL.split(first["v"].strip(), maxsplit=1)[0].strip()
    name = value.translate(words.simplified)
    for channel in words.channels:
        name = name.removesuffix(channel)
    if name.endswith(words.sources) or _LATIN_NAME.match(value) is not None:
        return True
    # the label says the value is a source: a name of any ending does (a desk's short
    # name, '某某交警'; a public account's, '某某发布'), every one of a list ('、'), when
    # it is a name of four letters or more (a person's is two or three), no clause, no
    # pointer ('见文末附件') and no generic word alone ('网络')
    parts = name.split("、")
    return all(
        len(p) >= SOURCE_NAME_MIN
        and not p.startswith(_POINTERS)
        and not p.endswith(_ACCOUNTS)
        and names_body(p, words, any_end=True)
        for p in parts
    )


def supplier(fields: dict[str, str]) -> dict[str, str]:
    """A compilation's piece closed by its credit row: the unit that supplied it (the
    issuer :func:`foot_row` reads) is also where the piece comes from, its origin (a
    briefing's ``（某局供稿）`` under each piece).  A single article keeps the issuer
    alone: its page names its origin elsewhere (``信息来源：…``), the credit row a desk.

    >>> supplier({"issuer": "某局", "published": "2021-03-05"})
    {'issuer': '某局', 'published': '2021-03-05', 'origin': '某局'}
    >>> supplier({"issuer": "某局", "origin": "某报"}), supplier({})
    ({'issuer': '某局', 'origin': '某报'}, {})
    """
    if "issuer" in fields and "origin" not in fields:
        return {**fields, "origin": fields["issuer"]}
    return fields


def bare_credits(cells: list[str], words: FootWords) -> list[str]:
    """``cells`` of a bracketed credit row with a credit word printed bare in a cell of
    its own joined to the name it credits, as its label (``〈执笔　某某〉`` and
    ``（某某科　某某　撰稿）`` read as ``执笔：某某`` and ``撰稿：某某``): the word before
    the name, or closing the row after it.  A unit's name just before the name (the
    writer's desk, ``某某科``) goes with the credit: no field of its own.  Cells of any
    other shape are left as they are.

    >>> w = foot_words()
    >>> bare_credits(["执笔", "某某"], w), bare_credits(["作物科", "某甲乙", "撰稿"], w)
    (['执笔：某某'], ['撰稿：某甲乙'])
    >>> bare_credits(["執筆", "某某某"], w), bare_credits(["某某", "某某"], w)
    (['執筆：某某某'], ['某某', '某某'])
    >>> bare_credits(["撰稿", "某某局的同志们"], w)
    ['撰稿', '某某局的同志们']
    """
    credits = words.writers + words.persons

    def person(cell: str) -> bool:  # a name's shape, no desk's ('资料科')
        return bool(han_name().match(cell)) and not _UNIT.match(cell)

    if len(cells) >= 2 and cells[0].translate(words.simplified) in credits:
        rest = cells[1:]
        if len(rest) == 2 and _UNIT.match(rest[0]) and person(rest[1]):
            rest = rest[1:]  # '执笔　某某科　某某': the writer's desk
        if len(rest) == 1 and person(rest[0]):
            return [f"{cells[0]}：{rest[0]}"]
    if len(cells) >= 2 and cells[-1].translate(words.simplified) in credits:
        rest = cells[:-1]
        if len(rest) == 2 and _UNIT.match(rest[0]) and person(rest[1]):
            rest = rest[1:]  # '某某科　某某　撰稿': the writer's desk
        if len(rest) == 1 and person(rest[0]):
            return [f"{cells[-1]}：{rest[0]}"]
    return cells


def foot_row(
    line: str, field_of: Fields, *, bare: bool = True, closing: bool = False
) -> dict[str, str] | None:
    """The fields of a credit or source row closing an article, ``{}`` when it names
    persons only, None when ``line`` is no such row; a bare compiler beside the source
    the item was taken from is its ``author`` (:func:`foot_credit` tells them apart).

    ``bare``: also read a row neither bracketed nor dashed (``资料来源：某馆``) when every
    cell is labelled.

    >>> f = lambda k: {"来源": "origin", "公告编号": "doc_number"}.get(k)
    >>> foot_row("（供稿：某某学院　编辑：某甲　2021年3月5日）", f)
    {'issuer': '某某学院', 'published': '2021-03-05'}
    >>> foot_row("——某某中心供稿　2019.4.2", f)
    {'issuer': '某某中心', 'published': '2019-04-02'}
    >>> foot_row("（撰稿：某甲　审稿：某乙）", f), foot_row("资料来源：某某馆，2020年7月", f)
    ({}, {'issuer': '某某馆'})
    >>> foot_row("（撰稿：某甲　審稿：某乙）", f), foot_row("資料來源：某某館", f)
    ({}, {'issuer': '某某館'})
    >>> foot_row("资料来源：Wind", f)
    {}
    >>> foot_row("Editor: Lin Qiao", f), foot_row("Note: the bridge opens at 9.", f)
    ({}, None)
    >>> foot_row("（公告编号：甲2021-008）", f)
    {'doc_number': '甲2021-008'}
    >>> foot_row("（本条信息由某某门诊发布　2021年3月5日）", f)
    {'origin': '某某门诊', 'published': '2021-03-05'}
    >>> foot_row("——据某某市水务局官方微博　2021.03.09", f)
    {'origin': '某某市水务局', 'published': '2021-03-09'}
    >>> foot_row("（某某局 供稿 / 通讯员 某甲）", f), foot_row("（某某局供稿　通讯员：某甲）", f)
    ({'issuer': '某某局'}, {'issuer': '某某局'})
    >>> foot_row("（某某局 供稿 / 某甲 某乙）", f)
    >>> foot_row("（下转第2版）", f), foot_row("——鲁迅", f), foot_row("（编辑说：好。）", f)
    (None, None, None)
    """
    credit = foot_credit(line, field_of, bare=bare, closing=closing)
    if credit is None:
        return None
    fields, compiler = credit
    return {**fields, "author": compiler} if compiler is not None else fields


# a gap, then a label of one to six Han characters (or a Latin word) and its colon:
# where a cell's labelled value may stop ('来源：某报 责任编辑：某某')
_NEXT_LABEL = re.compile(r"\s+(?=(?P<k>[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,12})\s*[:：]\s*\S)")


def label_cut(cell: str, field_of: Fields, words: FootWords | None = None) -> list[str]:
    """A labelled cell cut where the next label of the label class opens, whatever the
    gap before it: a value stops at the next label (``来源：某报 责任编辑：某某`` is two
    cells, the source no longer running into the editor's credit).  A label is a credit
    word of ``[foot_row]`` or one the field tables name; a word before a colon that is
    no label (``来源：某某 晚报``, ``备注：某某 说明：…`` unknown) leaves the cell whole.

    >>> f = lambda k: {"来源": "origin", "本文来源": "origin"}.get(k)
    >>> label_cut("本文来源：某某日报 责任编辑：某甲", f)
    ['本文来源：某某日报', '责任编辑：某甲']
    >>> label_cut("来源：某某 晚报", f), label_cut("某某 晚报：头版", f)
    (['来源：某某 晚报'], ['某某 晚报：头版'])
    """
    item = _ITEM.match(cell)
    if item is None:
        return [cell]
    words = words or foot_words()
    known = (*words.units, *words.persons, *words.writers, *words.compilers)
    out: list[str] = []
    start = 0
    for g in _NEXT_LABEL.finditer(cell, item.start("v")):  # within the first label's value
        key = g["k"]
        if not (key.translate(words.simplified) in known or field_of(key)):
            continue
        out.append(cell[start : g.start()])
        start = g.end()
    out.append(cell[start:])
    return [c for c in out if c]


@cache
def _origin_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The verbs of reporting, supplying or carrying out the work (``headers.toml``
    ``[unit_key] origin_verbs``) and the endings of a body's name (``[org_name]``,
    ``[lead_row] body_endings``)."""
    t = load_table("headers")
    verbs = tuple(t["unit_key"]["origin_verbs"])
    return verbs, tuple({*t["org_name"]["endings"], *t["lead_row"]["body_endings"]})


def reported_by(cell: str) -> str | None:
    """The body a closing cell names before a verb of reporting (``某分局报送``, ``某站
    上报``): a name ending like an organisation's, or None.

    >>> reported_by("东部监察分局报送"), reported_by("某某县气象站上报")
    ('东部监察分局', '某某县气象站')
    >>> reported_by("某局发布"), reported_by("某某说要报送"), reported_by("局报送")
    (None, None, None)
    """
    verbs, endings = _origin_words()
    verb = next((v for v in verbs if cell.endswith(v)), None)
    if verb is None:
        return None
    body = cell[: -len(verb)].strip()
    if len(body) < 2 or not body.endswith(endings) or not _NAME.match(body):
        return None
    return body


def foot_credit(
    line: str,
    field_of: Fields,
    *,
    bare: bool = True,
    closing: bool = False,
    writer: bool = False,
) -> tuple[dict[str, str], str | None] | None:
    """:func:`foot_row`'s fields and, apart, the compiler it would read as the author:
    the editor of a reprint names no writer, so a caller that already knows the writer
    (a reporter's byline) keeps that one (a compiler only fills an empty author).

    ``closing``: ``line`` is the row that closes a piece (read at the piece's end, or a
    row of one shape closing every piece): its credit may also be printed in cells with
    no colon, in an angle frame (:func:`bare_credits`, ``〈执笔　某某〉``), and name a
    person under a role no table knows beside a credit word it knows (``（裁判长：某甲
    记录：某乙）``: the recorder is the writer).  The splitters' test of a row's shape
    reads neither (``closing`` off), so no split turns on them.

    ``writer`` (with ``closing``): the one person the bracketed row credits by a
    reporter's or a writer's word (``（某某科　某某　撰稿）``, ``（供稿：某局　通讯员：
    某某）``) comes back in the compiler's place: the piece's writer, for a caller that
    found no byline above the piece's text.

    >>> f = lambda k: {"来源": "origin"}.get(k)
    >>> foot_credit("（来源：某某日报　编辑：某甲）", f)
    ({'origin': '某某日报'}, '某甲')
    >>> foot_credit("（撰稿：某甲　审稿：某乙）", f)
    ({}, None)

    Closing a piece, a bracketed row that reads as no credit with its wide gaps alone is
    read again with its commas as gaps too (``（本页资料由某科提供，最后更新：2020/3/4）``);
    a row read today is read as it was (``（作者：某甲，某乙）`` keeps its one cell).

    >>> foot_credit("（本页资料由某科提供，最后更新：2020/3/4）", f, closing=True)
    ({'origin': '某科', 'published': '2020-03-04'}, None)
    >>> foot_credit("（本页资料由某科提供，最后更新：2020/3/4）", f) is None
    True
    """
    got = _credit(line, field_of, bare=bare, closing=closing, writer=writer)
    if closing and _COMMA_CELLS.search(line):
        parted = _credit(line, field_of, bare=bare, closing=closing, writer=writer, commas=True)
        # the commas' reading wins when the gaps' read nothing, or fewer of its fields
        if parted is not None and (
            got is None or (got[0].items() <= parted[0].items() and len(parted[0]) > len(got[0]))
        ):
            return parted
    return got


# a row's first label: an opening bracket, the label (up to its colon) and the colon
_FIRST_LABEL = re.compile(r"^(?P<open>[（(〈〔【〖［\[]?)(?P<k>[^:：（）()]{2,16}?)\s*(?P<c>[:：])")


def writeup_label(row: str, words: FootWords) -> str:
    """``row`` with a first label naming who wrote up the piece's text (a noun of the
    text before a compiler's verb: ``[foot_row] writeup_nouns`` × ``writeup_verbs``) read
    as a writer's word (``执笔``): the piece's author, as the drafter's is.  The verb
    alone stays a compiler's (:data:`FootWords.compilers`: an item's author only beside
    its source), an editor's word (``文字编辑``) no writer's.

    >>> w = foot_words()
    >>> writeup_label("Show Notes 整理：某某", w), writeup_label("（文字整理：某某）", w)
    ('执笔：某某', '（执笔：某某）')
    >>> writeup_label("整理：某某", w), writeup_label("文字编辑：某某", w)
    ('整理：某某', '文字编辑：某某')
    """
    m = _FIRST_LABEL.match(row)
    if m is None or not words.writeups:
        return row
    key = re.sub(r"\s", "", m["k"]).translate(words.simplified).casefold()
    if not any(key == re.sub(r"\s", "", w).casefold() for w in words.writeups):
        return row
    return f"{m['open']}执笔{m['c']}{row[m.end() :]}"


def _known_label(key: str, field_of: Fields, words: FootWords) -> bool:
    """A credit word or a field's label (a bar row's label: :func:`bar_label`)."""
    from cleaner.stages.credit_tail import source_words

    simple = key.translate(words.simplified)
    credit = (*words.units, *words.persons, *words.writers, *words.compilers)
    return simple in credit or simple in source_words() or field_of(key) is not None


def _credit(
    line: str,
    field_of: Fields,
    *,
    bare: bool,
    closing: bool,
    writer: bool,
    commas: bool = False,
) -> tuple[dict[str, str], str | None] | None:
    """:func:`foot_credit` read once: ``commas`` (a bracketed row only) parts its cells
    at its commas as well as at its wide gaps."""
    words = foot_words()
    # a reporter's or writer's spaced row stays for the header reader, which sets its author
    s = close_spaced_labels(
        line.strip(), keep=lambda label: label.translate(words.simplified) in words.reporters
    )
    if not 4 <= len(s) <= 80:
        return None
    # a label parted from its value by a bar, not a colon ('编辑|某某', '来源｜某报'):
    # the bar read as the colon (bar_labels)
    s = bar_label(s, lambda k: _known_label(k, field_of, words))
    s = writeup_label(s, words)
    m = _BRACKETED.match(s) or _DASHED.match(s)
    if m is None and not bare:
        return None
    if bare and (credited := by_credits(s, words)) is not None:
        return credited, None  # 'Reporting by X; editing by Y'
    credits = words.units + words.persons + words.writers
    # closing a piece, a bare row may open with a source's label ('来源：某报', '本文来源：
    # 某报　编辑：某某'): the label alone, before its colon (credit_tail.source_words)
    # (a work's title in book marks is no news source: '出处：《某书》' closing a reference
    # entry, a poem's or an idiom's, is the entry's own field, its text)
    sourced_row = m is None and closing and "《" not in s and _opens_source(s, words)
    # closing a piece, a bare row may be its sign-off: persons under two roles or more,
    # the one who did the work and one who checked it ('经办：某甲　复核：某乙　日期')
    signed = signed_cells(s, field_of, words) if m is None and closing and not commas else None
    opened = sourced_row or signed is not None
    if m is None and not opened and not s.translate(words.simplified).startswith(credits):
        return None  # a bare row opens with a credit word ('资料来源：', '撰稿：')
    if m is None and not opened and not _opens_credit(s, words):
        return None  # a field's own label opening with a person's word ('签发机关：')
    framed = next((g[k] for k in _FRAMES if (g := m.groupdict()).get(k)), None) if m else None
    if framed and not closing:
        return None  # the angle frame is read only as the row closing a piece
    inner = ((m["in"] or framed or "") if m else s).strip()
    if not inner or _SENTENCE.search(inner):
        return None
    out: dict[str, str] = {}
    known = 0
    named: list[str] = []  # the persons' credit words, and the compiler's name
    compiler = None
    # who the bracketed row closing a piece credits by a reporter's or a writer's word
    # ('（某某科　某某　撰稿）', '（供稿：某局　通讯员：某某）'): the piece's writer
    reporters: list[str] = []
    if commas and m is None:
        return None
    parts = _CELLS.split(inner)
    if commas:
        parts = [q for c in parts if c for q in _COMMA_CELLS.split(c)]
    cells = [p for c in parts if c for p in label_cut(c, field_of, words)]
    if m is not None and closing:
        cells, desked = _role_cells(bare_credits(cells, words), field_of, words)
    else:
        desked = False
    if signed is not None:
        cells = signed
    roles: list[tuple[str, str]] = []  # persons under roles no table names ('裁判长：某某')
    reported = False
    for cell in cells:
        item = _ITEM.match(cell)
        if item is None:
            is_date, d = _date(cell)
            if is_date:
                if d:
                    out.setdefault("published", d)
                continue
            slashed = slashed_credits(cell, words)
            if m is None and not (closing and slashed and "author" in slashed):
                # a bare row is labelled cell by cell; closing a piece, a writer's slash
                # credit is one too ('撰文／某某', '文/某某' under the text)
                return None
            if slashed is not None:  # '文／某某': who wrote it, '图／某某' who shot it
                out.update((k, v) for k, v in slashed.items() if k not in out)
                named.append(cell)
                known += 1
                continue
            spaced = _SPACED_PERSON.match(cell)
            if spaced is not None and spaced["k"].translate(words.simplified) in words.persons:
                named.append(spaced["k"])
                known += 1  # '通讯员 某某': who reported it, no field
                continue
            taken = according_to(cell, words)
            if taken is not None:  # '据某局官方微博': where the item was taken from
                out.setdefault("origin", taken)
                known += 1
                continue
            by = _BY.match(cell)
            if by is not None:  # '本条信息由某处发布': where the item comes from
                if _NAME.match(by["v"]):
                    out.setdefault("origin", by["v"])
                known += 1
                continue
            # a value before its credit word ('某处供稿', '某某摄')
            simple = cell.translate(words.simplified)
            word = next((w for w in words.units + words.persons if simple.endswith(w)), None)
            if word is None and len(cell) <= 24 and (body := reported_by(cell)) is not None:
                # a body before a verb of reporting or supplying the work (headers.toml
                # [unit_key] origin_verbs: '——某分局报送', '（某站上报）'): where it comes from
                out.setdefault("origin", body)
                known += 1
                continue
            if word is None or len(cell) - len(word) < 2 or len(cell) > 24:
                return None
            known += 1
            named.append(word)
            if word in words.units and _NAME.match(cell[: -len(word)].strip()):
                out.setdefault("issuer", cell[: -len(word)].strip())
            continue
        raw_key = re.sub(r"\s", "", item["k"])
        key = raw_key.translate(words.simplified)
        if key.startswith(words.tellers):
            return None  # an oral history's teller: the subject, not its writer (text)
        value = item["v"].strip()
        tail = _DATE_TAIL.match(value)
        if tail is not None and _date(tail["d"])[0]:
            value = tail["v"].strip()
            d = _date(tail["d"])[1]
            if d:
                out.setdefault("published", d)
        if len(value) > 30:
            return None
        if key in words.units:
            if (work := cited_work(value)) is not None:
                out.setdefault("origin", work)  # a work ('馆藏《某志》'): no unit, a source
            elif _NAME.match(value):  # a unit's name ('Wind' or a URL is a source, no issuer)
                out.setdefault("issuer", value)
        elif key in words.writers:
            # '荐书人：某某（某部）': who recommends the work is the piece's writer; the
            # division after the name is no part of it ('执笔' is a person's word too:
            # the writer's reading wins)
            name = _FIRST_NAME.split(_UNIT_AFTER.sub("", value).strip())[0].strip()
            if not (han_name().match(name) or _WRITER.match(name)):
                return None  # no name ('执笔：五指执笔法', a glossary's entry): text
            out.setdefault("author", name)
        elif (
            key in words.persons
            or key in words.compilers
            or (key.endswith("人") and key[:-1] in words.persons and key not in words.writers)
        ):
            if key not in words.persons and not (han_name().match(value) or _WRITER.match(value)):
                return None  # a compiler's word is a verb too ('整理：先晾干再收起'): a name only
            named.append(key)  # '审核人：某某' names the person by the credit word and 人
            if key in words.compilers and _PERSON.match(value) and not nobody(value):
                compiler = value
            if key in words.reporters and han_name().match(value):
                reported = True  # the row names its reporter or writer by a credit word
                if writer and closing and m:
                    # (only a bracketed row: a bare '撰稿：某甲　审稿：某乙' names no writer,
                    # tests/stages/test_party_labels.py pins it)
                    reporters.append(value)
        else:
            # a handler's label over a person's name ('经办：某某') names who did the
            # work, the author; over a body's ('经办：某某街道办事处'), its origin
            field = _labels().person_field(raw_key, value) or field_of(raw_key) or field_of(key)
            if (
                field is None
                and closing
                and (m is not None or signed is not None)
                and han_name().match(value)
            ):
                roles.append((key, value))  # a role no table names, over a person: below
                continue
            if field is None and closing and key.endswith(_dated_verbs()) and _date(value)[1]:
                # a verb of posting or changing as the label of a full day ('最后更新：…',
                # '资料更新：…'): the day the piece was put up or last changed
                out.setdefault("published", _date(value)[1] or "")
                known += 1
                continue
            if field is None:
                return None
            if field == "origin":
                value = cited_work(value) or value  # '来源：《某报》': the work's name
            elif field == "author":
                value = _UNIT_AFTER.sub("", value).strip()  # '某某（某科）': the name
            if field in ("published", "effective", "expires"):
                d = _date(value)[1]
                if d is None:
                    return None
                value = d
            out.setdefault(field, value)
        known += 1
    sourced = "origin" in out and not out.keys() & {"author", "issuer"}
    # a row that names its reporter by a credit word ('（记者：某甲　时段：早高峰）') has
    # its writer: a value under a role no table names beside it is no maker (a time, a
    # place that reads as a name), and the row stays a credit row
    if roles and "author" not in out and not reported:
        maker = _maker(roles, named, desked=desked)
        if maker is not None:
            out["author"] = maker
            known += 1
    if not known or (roles and "author" not in out and not reported):
        # persons under roles no table names, with no writer beside them ('（主演：某甲
        # 导演：某乙）', '（主演：某甲　摄影：某乙）'): the text's own line, no credit row
        return None
    if compiler is not None and len(named) == 1 and sourced:
        return out, compiler  # who compiled an item no one else is named for
    if "author" not in out and len(set(reporters)) == 1:
        # one writer credited in the bracketed row closing a piece: its author where no
        # byline above named one (the caller fills only an empty author, as a compiler's)
        return out, reporters[0]
    return out, None


# a role's word, a space and a name ('测报 某某'), no colon between
_SPACED_ROLE = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,4})[ \t\u3000]+(?P<v>[\u4e00-\u9fff·]{2,8})$")


@cache
def checker_parts() -> tuple[str, ...]:
    """The parts of a checker's or a signer's label (``[foot_row] checker_parts``)."""
    return tuple(load_table("headers")["foot_row"]["checker_parts"])


def _role_cells(cells: list[str], field_of: Fields, words: FootWords) -> tuple[list[str], bool]:
    """``cells`` of a bracketed row closing a piece with each person's credit written
    as ``role：name``: a role's word and the name a space apart (``测报 某某``), and a
    role over a desk with the person after it (``采价：某某科　某某``: the desk is the
    person's).  A field's label, a unit's credit word (``供稿：某某科``: the unit is the
    issuer) and a cell of any other shape are left as they are.  Also: whether a desk
    went with a person's credit.

    >>> w, f = foot_words(), lambda k: None
    >>> _role_cells(["测报 某甲乙", "复核 某丙丁"], f, w)
    (['测报：某甲乙', '复核：某丙丁'], False)
    >>> _role_cells(["采价：某某科", "某甲乙"], f, w)
    (['采价：某甲乙'], True)
    >>> _role_cells(["供稿：某某科", "某甲乙"], f, w)
    (['供稿：某某科', '某甲乙'], False)
    """
    out: list[str] = []
    desked = False
    for cell in cells:
        spaced = _SPACED_ROLE.match(cell)
        if (
            spaced is not None
            and han_name().match(spaced["v"])
            and field_of(spaced["k"]) is None
            and spaced["k"].translate(words.simplified) not in words.units + words.persons
        ):
            out.append(f"{spaced['k']}：{spaced['v']}")
            continue
        prev = _ITEM.match(out[-1]) if out else None
        if (
            prev is not None
            and han_name().match(cell)
            and not _UNIT.match(cell)
            and _UNIT.match(prev["v"].strip())
            and field_of(re.sub(r"\s", "", prev["k"])) is None
            and re.sub(r"\s", "", prev["k"]).translate(words.simplified) not in words.units
        ):
            out[-1] = f"{prev['k']}：{cell}"  # the person's desk goes with the credit
            desked = True
            continue
        out.append(cell)
    return out, desked


@cache
def _labels() -> MetaLabels:
    """The split stage's label reader (imported late: it imports this module's readers)."""
    from cleaner.stages.split_meta_labels import MetaLabels

    return MetaLabels()


def _doer(key: str, value: str, field_of: Fields, words: FootWords) -> bool:
    """``key`` over ``value`` names the one who did the piece's work: a writer's word
    (``执笔``), a reporter's (``撰稿``: a bare row's is still no author, :func:`_credit`
    reads a reporter's word as the writer in a bracketed row only), a label the tables
    read as the author
    (``主审员``), or a handler's over a person (``经办：某某``); an editor's, a
    reviewer's or a compiler's word (``编辑``, ``审稿``) does not."""
    if key in words.writers or key in words.reporters:
        return True
    if key in words.persons or key in words.compilers or key.startswith(words.tellers):
        return False
    return (_labels().person_field(key, value) or field_of(key)) == "author"


def signed_cells(row: str, field_of: Fields, words: FootWords) -> list[str] | None:
    """The cells of a bare row closing a piece that signs it off, each ``role：name``
    (and its date alone), or None: persons under two roles or more, one the person who
    did the work (:func:`_doer`: ``经办`` over a name, ``执笔``, ``撰稿``, ``主审员``) and
    one at least a checker's (``[foot_row] checker_parts``: ``复核``, ``审稿``,
    ``参审员``), every cell a person's credit or a date.  A role may follow its name
    after a space (``主审员 某乙``), and a panel's label may head the first
    (``合议组：组长 某甲``).

    >>> w, f = foot_words(), _labels().field_of
    >>> signed_cells("经办：龚某萍　复核：韦某岚　　2016年8月3日", f, w)
    ['经办：龚某萍', '复核：韦某岚', '2016年8月3日']
    >>> signed_cells("合议组：组长 甲某某　主审员 乙某某　参审员 丙某某", f, w)
    ['组长：甲某某', '主审员：乙某某', '参审员：丙某某']
    >>> signed_cells("主演：甲某某　导演：乙某某", f, w)  # no checker
    >>> signed_cells("审核：甲某某　复核：乙某某", f, w)  # no doer
    >>> signed_cells("经办：某某街道办事处　复核：乙某某", f, w)  # a body handled it
    >>> signed_cells("经办：甲某某　复核：乙某某　备注：另行通知", f, w)  # a note
    """
    cells: list[str] = []
    roles: list[tuple[str, str]] = []
    for cell in (c.strip() for c in _CELLS.split(row.strip()) if c.strip()):
        if _date(cell)[0]:
            cells.append(cell)
            continue
        item = _ITEM.match(cell)
        key, value = (re.sub(r"\s", "", item["k"]), item["v"].strip()) if item else ("", cell)
        spaced = _SPACED_ROLE.match(value)
        if spaced is not None and (item is None or not roles):
            key, value = spaced["k"], spaced["v"]  # '主审员 某乙', '合议组：组长 某甲'
        elif item is None:
            return None
        if not key or not person_value(value):
            return None
        roles.append((key.translate(words.simplified), value))
        cells.append(f"{key}：{value}")
    doing = [(k, v, _doer(k, v, field_of, words)) for k, v in roles]  # each role once
    doers = {v for _, v, did in doing if did}
    checkers = [k for k, _, did in doing if not did and any(p in k for p in checker_parts())]
    if len(roles) < 2 or len(doers) != 1 or not checkers:
        return None
    return cells


def _maker(roles: list[tuple[str, str]], named: list[str], *, desked: bool) -> str | None:
    """The one person a bracketed row closing a piece credits under a role no table
    names that is no checker's or signer's (``测报``, ``采价`` beside ``复核``): the piece's
    maker, its author, when the row shows it is a piece's credit row: a checker or a known
    credit word beside the role (``〔测报 某甲 ／ 复核 某乙〕``), or the person's desk
    printed before the name (``（采价：某某科　某甲）``).  Two makers, or one role alone
    over a name (``（主演：某甲）``, a cast list), give none.

    >>> _maker([("测报", "某甲"), ("复核", "某乙")], [], desked=False)
    '某甲'
    >>> _maker([("采价", "某甲")], [], desked=True)
    '某甲'
    >>> _maker([("主演", "某甲"), ("导演", "某乙")], [], desked=False)
    >>> _maker([("主演", "某甲")], [], desked=False)
    """
    makers = [v for k, v in roles if not any(p in k for p in checker_parts())]
    if len(makers) != 1:
        return None
    beside = len(roles) > 1 or bool(named) or desked
    return makers[0] if beside else None


_OPENER = re.compile(r"^(?:——|—|－－|--|[（(])\s*")


def according_day(line: str) -> str | None:
    """The date of a dashed or bracketed row crediting where the item was taken from by a
    verb of taking (``——据某某晚报　2021.03.09``): the day of the source, or None.

    >>> according_day("——据某某晚报　2021.03.09"), according_day("（转自某某晚报）")
    ('2021-03-09', None)
    >>> according_day("（供稿：某某学院　2021年3月5日）")
    """
    m = _OPENER.match(line.strip())
    if m is None or not line.strip()[m.end() :].startswith(foot_words().according):
        return None
    got = foot_row(line, lambda k: None) or {}
    return got.get("published") if "origin" in got else None
