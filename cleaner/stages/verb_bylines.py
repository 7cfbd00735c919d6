"""A byline row whose cells are closed by verbs, not opened by labels.

Many magazines (Taiwanese and Hong Kong ones above all) print a piece's byline as the
writer's name followed by the verb of writing and the day followed by the verb of
printing, with no label at all: ``某甲 撰　·　2019.07.28 刊``, ``某乙著｜2020年3月9日刊出``,
``2021-05-04 发表 / 某丙 文``.  The label readers (``作者：``, ``发布时间：``) see no field in
it and the byline readers see a date cell beside a cell that is no name; so the row reads
as text, and a compilation whose pieces each stand over such a row is not split.

:func:`verb_byline` reads the row by the shape of its cells: two cells apart by a mark or
a wide gap, one a person's name (or names joined by ``、``) and the other a day, at least
one of them closed by its verb (``[writer] verbs`` after a name, ``[printed] verbs`` or
``[printed] posted`` after a day: ``rules/verb_bylines.toml``).  A name that says alone it
is a writer (its verb set apart by a space, or one of ``[writer] glued``) reads beside
any day; a bare cell, or a name glued to a verb that often closes a noun (``散文``,
``原著``: the repair stage glues ``某某 著``), only beside a periodical's verb of printing
(``刊``, ``刊出``): a news row's ``2023-05-01 发布 · 某省`` names a tag, not a writer.
Beside a verb of posting a bare name also needs a given name of its own (two letters
after a single surname): a surname's letter and one more (``发布 · 黄山``, ``· 华为``) is a
place, a brand or a topic as often as a name.  A
Latin name has two capitalised words at least (``Anna Lee``, not ``Admin``).  A book's
verb (``出版``) says nothing: ``某某 著 · 2019-05-01 出版`` cites a work in a list.
Anything else in the row (a third cell, a sentence mark, a second date) and it reads
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.person_names import (
    compound_surnames,
    han_name,
    nobody,
    person_name,
    surnamed,
)
from cleaner.stages.split_dates import YMD, normalise_date

__all__ = ["own_verb_byline", "verb_byline"]

#: The longest row read (a name, a verb, a day, a verb and the marks between them).
MAX_ROW_CHARS = 48

# cells apart by a mark (a bar, a middle dot, a spaced slash) or a wide gap
_CELL_CUT = re.compile(
    r"[ \t\u3000]*[|｜·‧•・∙⋅][ \t\u3000]*|[ \t]+[/／][ \t]+|\u3000+|[ \t]{2,}|\t"
)
# a day in figures (a year first), or a Republic-of-China year ('民國108年7月28日'), and
# an optional time of day
_DAY = (
    rf"(?:{YMD}\s*[日号號]?"
    r"|(?:中華|中华)?民[國国]\s*\d{1,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s*\d{1,2}:\d{2})?"
)
# what a row never holds: a sentence's marks, a label's colon, brackets of a note
_NOT_A_ROW = re.compile(r"[。！？!?；;:：，,（）()【】《》「」]")
# a word of a Latin name: a capital and its letters, inner capitals or all capitals too
# ('Anna', 'J.', "O'Neil", 'McDonald', 'LEE')
_LATIN_NAME_WORD = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z'.-]*(?![A-Za-z])")
_LATIN_CELL = re.compile(r"^[A-Za-z][A-Za-z'.-]*(?: [A-Za-z][A-Za-z'.-]*){0,3}$")


@cache
def _periodical() -> frozenset[str]:
    """A periodical's verbs of printing (``[printed] verbs``), in either script."""
    return frozenset(load_table("verb_bylines")["printed"]["verbs"])


@cache
def _shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The cell shapes: a name and its verb of writing, spaced or glued (the verb a group
    of its own), a day and its verb of printing (``verb_bylines.toml``, both scripts)."""
    t = load_table("verb_bylines")

    def alt(words: list[str]) -> str:
        return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))

    names = (
        r"(?P<name>[\u4e00-\u9fff·]{2,8}?(?:、[\u4e00-\u9fff·]{2,8}?){0,2}"
        r"|[A-Za-z][A-Za-z .'-]{1,24}[A-Za-z])"
    )
    writer = re.compile(rf"^{names}(?P<gap>[ \t\u3000]*)(?P<verb>{alt(t['writer']['verbs'])})$")
    printed = alt([*t["printed"]["verbs"], *t["printed"]["posted"]])
    day = re.compile(rf"^(?P<day>{_DAY})(?:[ \t\u3000]*(?P<verb>{printed}))?$")
    glued = re.compile(rf"^(?:{alt(t['writer']['glued'])})$")
    return writer, day, glued


@cache
def _tags() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str]]:
    """A news row's tags: place ends, a weekday's shape, regions (``[tags]``)."""
    t = load_table("verb_bylines")["tags"]
    heads = "|".join(map(re.escape, t["weekday_heads"]))
    tails = "".join(t["weekday_tails"])
    return tuple(t["ends"]), re.compile(rf"^(?:{heads})[{tails}]$"), frozenset(t["regions"])


def _tag(word: str) -> bool:
    """``word`` is a news row's tag (a place, a region, a weekday), no person's name."""
    ends, weekday, regions = _tags()
    return word in regions or word.endswith(ends) or weekday.match(word) is not None


def _names(value: str, *, verbed: bool = False) -> bool:
    """``value`` is one person's name or a few joined by ``、`` (Han or Latin).  A bare
    Latin cell needs two capitalised words ('Anna Lee', 'J. R. Smith', 'ANNA LEE'); a
    cell closed by a writer's verb set apart (``verbed``) one to four words ('Sanmao')."""
    if value.isascii():
        if verbed:
            return _LATIN_CELL.match(value) is not None and value[0].isupper()
        return len(_LATIN_NAME_WORD.findall(value)) >= 2 and _LATIN_CELL.match(value) is not None
    parts = value.split("、")
    return all(person_name(p) and han_name().match(p) is not None and not nobody(p) for p in parts)


def _bare_name(cell: str) -> bool:
    """A bare cell that passes the whole person-name test: each part a name, opening with a
    surname of the table, and no tag (``[tags]``): it reads beside any verb of printing
    or posting."""
    parts = cell.split("、")
    return _names(cell) and all(surnamed(p) and not _tag(p) for p in parts)


def _writer(cell: str) -> tuple[str, bool] | None:
    """The name in a cell of a name and its verb of writing, and whether the cell says so
    alone (the verb set apart by a space, or one of ``[writer] glued``); else None.  A
    name glued to a verb that often closes a noun (``某某著``: the repair stage joins the
    name and the verb, so the split sees them glued) needs a surname of the table and a
    day closed by its verb beside it (the caller's test)."""
    writer, _, glued = _shapes()
    m = writer.match(cell)
    if m is None:
        return None
    name = m["name"].strip()
    if not _names(name, verbed=bool(m["gap"])):
        return None
    alone = bool(m["gap"]) or glued.match(m["verb"]) is not None
    if name.isascii():  # one Latin word ('Sanmao 撰') needs a periodical's verb beside it
        return name, alone and _names(name)
    if not alone and not all(surnamed(p) for p in name.split("、")):
        return None
    return name, alone


def verb_byline(line: str) -> dict[str, str] | None:
    """The ``author`` and ``published`` day of a byline row whose cells are closed by
    verbs (see the module's docstring), or None.

    >>> verb_byline("某甲乙 撰　·　2019.07.28 刊")
    {'author': '某甲乙', 'published': '2019-07-28'}
    >>> verb_byline("林乙丙著｜2020年3月9日刊出")  # 著 glued: a surname, a verbed day
    {'author': '林乙丙', 'published': '2020-03-09'}
    >>> verb_byline("林乙丙著｜2020年3月9日") is None
    True
    >>> verb_byline("2021-05-04 發表 / 某丙 文")
    {'author': '某丙', 'published': '2021-05-04'}

    A bare name beside a day closed by its verb reads too; a bare name beside a bare day
    does not (no verb says what either is):

    >>> verb_byline("林某某　‧　民國108年7月28日 刊")
    {'author': '林某某', 'published': '2019-07-28'}
    >>> verb_byline("林某某　‧　2019.07.28") is None
    True

    Look-alikes read nothing: a kind of writing glued to its last letter, a headline with
    a date, a sentence, a third cell.

    >>> [verb_byline(s) for s in ("古典散文 · 2021-03-09", "某地新桥通车 · 2021-03-09 刊")]
    [None, None]
    >>> verb_byline("某甲 撰，2019.07.28 刊"), verb_byline("某甲 撰 · 2019.07.28 刊 · 阅读 12")
    (None, None)
    """
    s = line.strip()
    if not s or len(s) > MAX_ROW_CHARS or _NOT_A_ROW.search(s):
        return None
    cells = [c for c in _CELL_CUT.split(s) if c]
    if len(cells) != 2:
        return None
    _, day_shape, _ = _shapes()
    author = day = None
    verbed = printed = posted = bare = False
    for cell in cells:
        if (d := day_shape.match(cell)) is not None and day is None:
            day = normalise_date(d["day"])
            printed = d["verb"] in _periodical()
            posted = d["verb"] is not None
            continue
        if (named := _writer(cell)) is not None and author is None:
            author, verbed = named
            continue
        if author is None and cell.isascii() and _names(cell):
            author, bare = cell, True  # a Latin name of two capitalised words
            continue
        if author is None and not cell.isascii() and _bare_name(cell):
            author, bare = cell, True  # a whole name, no tag: read beside a verb of the day
            continue
        return None
    # a writer named alone beside any day; a bare name beside a day closed by its verb
    if author is None or day is None or not (verbed or printed or (bare and posted)):
        return None
    if bare and not printed and not all(_given_name(p) for p in author.split("、")):
        return None  # '2024-03-02 发布 · 黄山': a surname's letter and one more, a tag
    return {"author": author, "published": day}


def _given_name(name: str) -> bool:
    """A bare Han name beside a verb of posting has a given name of its own: two letters
    after a single surname (or an anonymised one: ``某``), one or two after a compound
    one, or a transcribed part.  A
    surname's letter and ONE more is what a news row's tag looks like as often as a name
    (a place: '黄山', a brand: '华为', a topic: '高考'): no writer without a verb of writing.

    >>> [_given_name(n) for n in ("张晓明", "欧阳娜", "约翰·史密斯", "Anna Lee", "柏某")]
    [True, True, True, True, True]
    >>> [_given_name(n) for n in ("黄山", "华为", "张伟")]
    [False, False, False]
    """
    if name.isascii() or "·" in name:
        return True
    compound = compound_surnames()
    if any(name.startswith(c) and len(name) > len(c) for c in compound):
        return True
    # an anonymised given name ('柏某', '韩某'): the placeholder names no tag
    return len(name) >= 3 or name.endswith("某")


#: The longest line read as a piece's own title over its verb byline.
MAX_TITLE_CHARS = 40
_SENTENCE_END = ("。", "！", "？", "；", "…", ".", "!", "?", ";", "：", ":")


def own_verb_byline(lines: list[str], i: int, repeated: Callable[[int], bool]) -> bool:
    """Line ``i`` is a verb byline right under the page's own title: the nearest filled
    line above it is a short line (no sentence) that the site does NOT repeat
    (``repeated``: learned or claimed as the site's).  A serial's chapters by one writer
    posted on one day print the same row under each chapter's own title: each page's
    byline, though its words repeat.  The same row under a title the site repeats too
    (a pinned post over every page) or in a sidebar or footer is the site's.

    >>> page = ["某刊", "第三回　夜渡", "某某 撰 · 2020-01-01 刊", "正文。"]
    >>> own_verb_byline(page, 2, lambda k: k == 0)
    True
    >>> own_verb_byline(page, 2, lambda k: k in (0, 1))  # a pinned post's title above
    False
    >>> own_verb_byline(["某某 撰 · 2020-01-01 刊"], 0, lambda k: False)
    False
    """
    if verb_byline(lines[i]) is None:
        return False
    j = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    if j is None or repeated(j):
        return False
    above = lines[j].strip()
    return len(above) <= MAX_TITLE_CHARS and not above.endswith(_SENTENCE_END)
