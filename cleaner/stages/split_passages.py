"""Passages of a compiled reader or exam paper: each a bare title over its byline.

A reading paper, an anthology or a school's collection of essays prints every passage as
its title on a line of its own, the writer's name right under it (``□某某``, ``文／某某``,
``作者：某某``), then the prose.  The name line is the passage's byline
(its author: metadata, no line of the text) and the line over it is the title; a reader
that took the marked name line for a bulleted header titled every passage with its
writer.  :func:`passage_run` finds two such passages at least by that shape alone: a
title-shaped line, a marked name line, a line of prose.  A bare name is no byline here:
a place or a sight under a counter (``第1站`` over ``某某古镇``) reads the same, unless a
template row stands over the title (below).  A poem
whose second line is short is no passage: its third line is no prose.  A run of verse
is one when the byline is marked (a glyph that is no placeholder of a lost character, or
a writer's label: ``◎某某``, ``作者：某某``) and :data:`VERSE_MIN_LINES` lines at least
stand under it before the next title: an issue's poems, each its title over its poet.
Verse alone (no piece with a line of prose) is no run of poems when the titles share one
template once their numbers are masked (``第一天`` / ``第二天``: a plan's days, section
heads) or two pieces hold a line of one such template (``入职五年`` / ``入职一年``: the
rows of a list of people or places under their headings, a marked name each), see
:func:`_listed`.

Two more rows belong to such a paper.  The row over each title that repeats one template
once its numbers are masked (``（二）阅读下面的文章，完成4～7题。``) is the passage's
header, chrome of the piece (:func:`template_rows`).  A bracketed row of its own that
names where the passage was taken from (``（选自《某刊》2019年第6期，有删改）``; the verbs in
``[credit_row]`` of ``cleaner/rules/source_rows.toml``) is its source credit: the 《name》
and its issue are the origin (:func:`credit_row`); a 《name》 cited inside a sentence is
no such row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_page import nonempty, stripped

__all__ = ["PASSAGE", "Passages", "byline_name", "credit_row", "passage_run", "template_rows"]

#: The rule of a header this module found.
PASSAGE = "keyed:passage"
#: A title is at most this long.
TITLE_MAX_CHARS = 30
#: A line of prose holds at least this many characters.
PROSE_MIN_CHARS = 20
#: A poem under a marked byline holds at least this many lines (a list of names under
#: headings, a profile's line or two under each name, a day's three sights under a
#: marked place, holds fewer).
VERSE_MIN_LINES = 4
#: A verse line is at most this long.
VERSE_MAX_CHARS = 40

Fields = Callable[[str], str | None]

_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$")
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]$")
# one glyph that marks a byline ('□某某', '■某某', '◎某某'): no letter, digit or bracket
_GLYPH = re.compile(r"^[□■◇◆○●◎☆★△▲▽▼]\s*")
# '□' and '○' also stand for a character lost or withheld ('□柳岸'): no mark of a poet
_PLACEHOLDERS = "□○"
_LABEL = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,3})\s*[／/：:]\s*(?P<v>\S.*)$")
_SENTENCE = re.compile(r"[。！!；;：:，,]")
_PROSE = re.compile(r"[。！？!?，,]")
_NUMBERS = re.compile(r"[0-9０-９一二三四五六七八九十百零〇两]+")
_CREDIT = re.compile(r"^[（(](?P<body>.+)[）)]$")
_TITLE_MARKS = re.compile(r"《[^《》]{1,30}》")
_CUT = re.compile(r"[，,；;。]")
_COLON = re.compile(r"[:：]")


@lru_cache(maxsize=1)
def _openers() -> tuple[str, ...]:
    """The verbs of taking that open a credit row, longest first."""
    words = load_table("source_rows")["credit_row"]["openers"]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _writers() -> frozenset[str]:
    """The writers' slash credits (``[foot_row] slash_writers`` of headers.toml)."""
    return frozenset(load_table("headers")["foot_row"]["slash_writers"])


def byline_name(s: str, field_of: Fields | None = None) -> str | None:
    """The writer's name of a byline line (stripped): a name marked by a glyph, a
    writer's slash credit or an author label, or None.

    >>> byline_name("□某甲乙"), byline_name("文／某甲"), byline_name("某甲乙")
    ('某甲乙', '某甲', None)
    >>> byline_name("作者：某甲", lambda k: "author" if k == "作者" else None)
    '某甲'
    >>> byline_name("□某甲乙丙丁戊"), byline_name("春风来了。"), byline_name("图／某甲")
    (None, None, None)
    """
    if (m := _GLYPH.match(s)) is not None:
        s = s[m.end() :]
    elif (m := _LABEL.match(s)) is not None:
        key = m["k"]
        writer = key in _writers() or (field_of is not None and field_of(key) == "author")
        if not writer:
            return None
        s = m["v"].strip()
    else:
        return None  # a bare name: a place or a heading reads the same
    return s if _NAME.match(s) else None


def _marked(s: str) -> bool:
    """A byline marked by a glyph that is no placeholder, or by a label."""
    return (s[:1] not in _PLACEHOLDERS and _GLYPH.match(s) is not None) or bool(_LABEL.match(s))


def _verse(strip: list[str], filled: list[int], k: int) -> bool:
    """:data:`VERSE_MIN_LINES` short lines from ``filled[k]`` on, none a byline, a
    labelled row or the title over a byline (the next poem's).

    >>> lines = ["潮声", "海很远", "灯很近", "门没关", "夜很长", "风很轻", "◎某甲"]
    >>> _verse(lines, list(range(7)), 1), _verse(lines, list(range(7)), 2)
    (True, False)
    """
    run = filled[k : k + VERSE_MIN_LINES + 1]
    for n, i in enumerate(run[:VERSE_MIN_LINES]):
        s = strip[i]
        if len(s) > VERSE_MAX_CHARS or _GLYPH.match(s) or _COLON.search(s):
            return False  # a labelled row ('事由：…') is no verse
        if byline_name(s) is not None:
            return False
        if n + 1 < len(run) and byline_name(strip[run[n + 1]]) is not None:
            return False  # the next poem's title
    return len(run) >= VERSE_MIN_LINES


def _title_shaped(s: str) -> bool:
    return 2 <= len(s) <= TITLE_MAX_CHARS and not _SENTENCE.search(s) and not s[0].isdigit()


def _prose(s: str) -> bool:
    return len(s) >= PROSE_MIN_CHARS and _PROSE.search(s) is not None


@dataclass(frozen=True)
class Passages:
    """A run of passages: each title's line, its byline's line and the writer's name."""

    titles: list[int] = field(default_factory=list)
    bylines: dict[int, tuple[int, str]] = field(default_factory=dict)


def passage_run(lines: list[str], field_of: Fields | None = None) -> Passages:
    """The passages of the page (module doc), or an empty run.

    >>> prose = "那年冬天，院子里的雪下得很厚，我们一家人围着炉子说话，直到很晚才睡。"
    >>> page = ["某校阅读训练", "旧巷", "□某甲乙", prose, "远山", "文／某丙", prose]
    >>> run = passage_run(page)
    >>> run.titles, run.bylines
    ([1, 4], {1: (2, '某甲乙'), 4: (5, '某丙')})
    >>> poem = ["春", "花开了", "鸟儿叫", "夏", "雨来了", "蝉儿叫"]
    >>> passage_run(poem).titles
    []

    A bare name is a byline only under a title that a template row stands over (an exam
    paper's ``（一）阅读…``): a guide's stop under its counter has none.

    >>> bare = ["（一）读下文。", "旧巷", "某甲乙", prose, "（二）读下文。", "远山", "某丙", prose]
    >>> passage_run(bare).bylines
    {1: (2, '某甲乙'), 5: (6, '某丙')}
    >>> passage_run(["第1站", "旧巷", prose, "第2站", "远山", prose]).titles
    []
    >>> passage_run(["（一）", "旧巷", "引言", prose, "（二）", "远山", "引言", prose]).titles
    []
    """
    strip = stripped(lines)
    filled = nonempty(lines)
    titles: list[int] = []
    bylines: dict[int, tuple[int, str]] = {}
    bare: set[int] = set()  # titles over a bare name: bylines only under a template row
    verse: set[int] = set()  # titles over verse (no line of prose under the byline)
    for k in range(len(filled) - 2):
        i, j, n = filled[k], filled[k + 1], filled[k + 2]
        # a poem's title may be one letter ('雪') over its poet's marked byline
        one = len(strip[i]) == 1 and _HAN.match(strip[i]) is not None and _marked(strip[j])
        if not (_title_shaped(strip[i]) or one) or _GLYPH.match(strip[i]) or _LABEL.match(strip[i]):
            continue  # a marked byline is no title (a bare short title may look like a name)
        name = byline_name(strip[j], field_of)
        if name is None and _NAME.match(strip[j]):
            name = strip[j]
            if _prose(strip[n]):
                bare.add(i)
        if name is None:
            continue
        if not _prose(strip[n]):
            if not (_marked(strip[j]) and _verse(strip, filled, k + 2)):
                continue
            verse.add(i)
        titles.append(i)
        bylines[i] = (j, name)
    if verse and verse == set(titles) and _listed(strip, titles, bylines):
        return Passages()  # a list's entries under their headings, no poems
    if bare:
        heads = template_rows(lines, titles)
        names = [bylines[i][1] for i in bare]
        if len(set(names)) < len(names):
            heads = {}  # one bare line under every title: a heading of each, no writer
        titles = [i for i in titles if i not in bare or i in heads]
    if len(titles) < 2 or len({strip[i] for i in titles}) < len(titles):
        return Passages()
    return Passages(titles, bylines)


def _template(s: str) -> str:
    return _NUMBERS.sub("#", s)


def _listed(strip: list[str], titles: list[int], bylines: dict[int, tuple[int, str]]) -> bool:
    """Are the pieces under ``titles`` a list's entries rather than poems: two titles of
    one template once numbers are masked (``第一天``, ``第二天``), or one such template
    (``入职#年``) on a line of two pieces at least?

    >>> page = ["第一天", "◎某湖", "桥", "堤", "塔", "亭",
    ...         "第二天", "◎某寺", "峰", "殿", "阁", "塔"]
    >>> _listed(page, [0, 6], {0: (1, "某湖"), 6: (7, "某寺")})
    True
    >>> page = ["甲奖", "◎某甲", "某部", "入职五年", "某事", "某物", "乙奖", "◎某乙", "某部",
    ...         "入职一年", "某事", "某物"]
    >>> _listed(page, [0, 6], {0: (1, "某甲"), 6: (7, "某乙")})
    True
    >>> page = ["潮声", "◎某甲", "海很远", "灯很近", "门没关", "夜很长", "远山", "◎某乙",
    ...         "山很高", "云很低", "一条路", "走三年"]
    >>> _listed(page, [0, 6], {0: (1, "某甲"), 6: (7, "某乙")})
    False
    """
    heads = [_template(strip[t]) for t in titles]
    if len(set(heads)) < len(heads) and any("#" in h for h in heads):
        return True
    ends = [*titles[1:], len(strip)]
    owners: dict[str, set[int]] = {}
    for t, end in zip(titles, ends, strict=True):
        for i in range(bylines[t][0] + 1, end):
            form = _template(strip[i])
            if strip[i] and "#" in form and form != "#":
                owners.setdefault(form, set()).add(t)
    return any(len(pieces) >= 2 for pieces in owners.values())


def template_rows(lines: list[str], titles: list[int]) -> dict[int, int]:
    """The row right over each title that repeats one template once numbers are masked
    (the passages' headers), by title line; none unless two rows at least share it.

    >>> page = ["（一）读下文，答1～3题。", "甲", "正文。", "（二）读下文，答4～6题。", "乙"]
    >>> template_rows(page, [1, 4])
    {1: 0, 4: 3}
    >>> template_rows(["某段落。", "甲", "正文。", "另一段。", "乙"], [1, 4])
    {}
    """
    filled = nonempty(lines)
    above: dict[int, int] = {}
    for t in titles:
        k = filled.index(t)
        if k > 0:
            above[t] = filled[k - 1]
    forms = [_template(lines[j].strip()) for j in above.values()]
    shared = {f for f in forms if forms.count(f) >= 2 and "#" in f}
    return {t: j for t, j in above.items() if _template(lines[j].strip()) in shared}


def credit_row(s: str) -> str | None:
    """The origin a bracketed source-credit row names (``《name》`` and its issue), or None.

    >>> credit_row("（选自《某刊》2019年第6期，有删改）"), credit_row("（摘自《某报》）")
    ('《某刊》2019年第6期', '《某报》')
    >>> credit_row("他说起《某刊》上的一篇文章，选自去年的第6期。") is None
    True
    """
    m = _CREDIT.match(s.strip())
    if m is None:
        return None
    body = m["body"].strip()
    opener = next((w for w in _openers() if body.startswith(w)), None)
    if opener is None:
        return None
    rest = body[len(opener) :].strip()
    if not _TITLE_MARKS.match(rest):
        return None
    origin = _CUT.split(rest, maxsplit=1)[0].strip()
    return origin or None


@dataclass(frozen=True)
class PassageSplit:
    """What :func:`passage_headers` found: the split stage's headers (each title kept as
    the text's first line), each passage's fields, its rows that are metadata (the
    byline, the credit row) and the template row over each title."""

    headers: list[tuple[int, str]]
    fields: dict[int, dict[str, str]]
    rows: dict[int, dict[str, str]]
    heads: dict[int, int]


def passage_headers(lines: list[str], field_of: Fields | None = None) -> PassageSplit | None:
    """The passages of the page (:func:`passage_run`) with their metadata rows, or None.

    >>> prose = "那年冬天，院子里的雪下得很厚，我们一家人围着炉子说话，直到很晚才睡。"
    >>> page = ["（一）读下文。（5分）", "旧巷", "□某甲乙", prose, "（选自《某刊》2019年第6期）",
    ...         "1．问题？（2分）", "（二）读下文。（6分）", "远山", "□某丙", prose]
    >>> got = passage_headers(page)
    >>> got.headers, got.heads
    ([(1, '旧巷'), (7, '远山')], {1: 0, 7: 6})
    >>> got.fields[1], got.rows[4]
    ({'author': '某甲乙', 'origin': '《某刊》2019年第6期'}, {'origin': '《某刊》2019年第6期'})
    """
    run = passage_run(lines, field_of)
    if not run.titles:
        return None
    strip = stripped(lines)
    fields: dict[int, dict[str, str]] = {}
    rows: dict[int, dict[str, str]] = {}
    ends = [*run.titles[1:], len(lines)]
    for t, end in zip(run.titles, ends, strict=True):
        j, name = run.bylines[t]
        fields[t] = {"author": name}
        rows[j] = {"author": name}
        for i in range(j + 1, end):
            if strip[i] and (origin := credit_row(strip[i])) is not None:
                fields[t].setdefault("origin", origin)
                rows[i] = {"origin": origin}
    heads = template_rows(lines, run.titles)
    return PassageSplit([(t, strip[t]) for t in run.titles], fields, rows, heads)
