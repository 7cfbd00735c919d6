"""A dash-led byline under a piece's title: who gave the speech or wrote the essay.

A school's speech or essay column prints, right under each title, a row opened by a dash
(``——``) that names the writer's class or unit, a gap, and the writer, often with a
bracketed credit after it (a supervising teacher: ``——初二（3）班　某甲（指导教师：某乙）``;
``—— 某某学院2019级 某丙``; ``——某某小学五（1）班　某丁``).  Such a row is the piece's
metadata; its writer is the author.  Read only near a title (the split's shaped-row
reading): the same dash closing a text is a quotation's attribution (``——鲁迅``), and a
dash row of one cell is a subtitle (``——写在建校六十周年之际``), neither a byline.

The shape, not the words: a unit cell (up to 24 characters, it may hold a bracketed class
number and digits), a gap (a wide space, two spaces or a middle dot), a name of two to
four Han letters (a middle dot inside for a transcribed name), and at most one bracketed
cell after it holding a label and a colon (a credit) and no sentence mark.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from cleaner.rules import load_table
from cleaner.stages.person_names import addressed, han_name, named, surnamed
from cleaner.stages.sentence_marks import CLAUSE_END

_BYLINE = re.compile(
    r"^(?:——|—{1,2}|―{1,2}|──|－{1,2}|-{2})[ \t\u3000]*"
    r"(?P<unit>[\u4e00-\u9fff0-9A-Za-z（）()·]{2,24}?)"
    r"(?:\u3000+|[ \t]{1,}|[ \t\u3000]*[·•][ \t\u3000]*)"
    r"(?P<name>[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?)"
    r"[ \t\u3000]*(?P<credit>[（(][^（）()。！？；]{1,20}[:：][^（）()。！？；]{1,20}[）)])?$"
)
#: a unit cell names a class, grade, school or body: it ends on one of these (a shape's
#: word class, not a site's phrase), or on a bracketed or plain number
_UNIT_END = re.compile(r"(?:[班级届系院校部组队室科处局所会社团]|[）)]|\d)$")
#: a dash row's first cell: a unit (ending as ``_UNIT_END`` says) and a gap or the row's
#: end, whatever follows (one name, two, a note, none): a list's row
_FIRST_CELL = re.compile(
    r"^(?:——|—{1,2}|―{1,2}|──|－{1,2}|-{2})[ \t\u3000]*"
    r"(?P<unit>[\u4e00-\u9fff0-9A-Za-z（）()·]{2,24}?)"
    r"(?:\u3000+|[ \t]+|[ \t\u3000]*[·•][ \t\u3000]*|$)"
)


class _Words(NamedTuple):
    openers: tuple[str, ...]  # always a subtitle's opening word
    bound: tuple[str, ...]  # a subtitle's opening word unless the cell ends as a body's name
    body_endings: tuple[str, ...]
    no_names: tuple[str, ...]
    plural: tuple[str, ...]  # a last letter no name ends on: a group's plural mark
    collective: tuple[str, ...]  # a last letter a name ends on only after a surname
    group_tails: tuple[str, ...]  # a last letter making a group word a group's name
    writer_ends: tuple[str, ...]  # a unit's last letter closing a writer's class or club


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The subtitle's opening words, body endings and no-name words (headers.toml
    [dash_byline])."""
    t = load_table("headers").get("dash_byline", {})
    return _Words(
        tuple(t.get("unit_openers", ())),
        tuple(t.get("bound_openers", ())),
        tuple(t.get("body_endings", ())),
        tuple(t.get("name_words", ())),
        tuple(t.get("plural_marks", ())),
        tuple(t.get("collective_marks", ())),
        tuple(t.get("group_tails", ())),
        tuple(t.get("writer_endings", ())),
    )


def _subtitle_cell(unit: str, w: _Words) -> bool:
    """The first cell opens a subtitle: an opener, or a bound opener not closed as a body's
    name (``致某某全体老师`` yes, ``致远中学初二（1）班`` no)."""
    if unit.startswith(w.openers):
        return True
    return unit.startswith(w.bound) and not unit.endswith(w.body_endings)


def _no_name(name: str, w: _Words) -> bool:
    """A group's plural (``同学们``), a collective ending after no surname (``合唱团``; not
    ``王有福``), or a genre, group or occasion word that is the whole cell, sits in a cell
    too long for a surname and the word, or opens it before a group's last letter
    (``侧记``, ``全体同学``, ``开学典礼``, ``代表队``, ``全家福``; not ``王同学``: a surname
    and the word is a name; not ``周年华``: a given name may open like a word)."""
    if name.endswith(w.plural) or (name.endswith(w.collective) and not surnamed(name)):
        return True
    return any(
        name == x
        or (x in name and len(name) - len(x) >= 2)
        or (name.startswith(x) and len(name) == len(x) + 1 and name.endswith(w.group_tails))
        for x in w.no_names
    )


def _writer_cell(unit: str, w: _Words) -> bool:
    """The unit closes on a class, a writers' club or a section (``…初二（1）班``,
    ``…文学社``, ``…国际部``): a writer's own, whatever word opens the body's name."""
    return unit.endswith(w.writer_ends)


def _signed(name: str) -> bool:
    """``name`` reads as a signature, not an addressee or a word: a surname opens it, it
    holds no stop word and ends in no title or kin word (``某甲``, not ``王书记``,
    ``哥哥``, ``值班``)."""
    return surnamed(name.split("·")[0]) and named(name) and not addressed(name)


def dash_byline(row: str) -> dict[str, str] | None:
    """``{"author": name}`` of a dash-led byline row, or None.

    >>> dash_byline("——高二（3）班　某甲乙（指导老师：某丙）")
    {'author': '某甲乙'}
    >>> dash_byline("—— 某某学院2019级 某丁"), dash_byline("——某某小学五（1）班　某戊")
    ({'author': '某丁'}, {'author': '某戊'})
    >>> dash_byline("——鲁迅"), dash_byline("——写在建校六十周年之际")
    (None, None)
    >>> dash_byline("——摘自某某日报　某版"), dash_byline("——某甲说：好。")
    (None, None)
    >>> dash_byline("——记某某镇卫生院　医生某甲"), dash_byline("——某某县第五届歌会　侧记")
    (None, None)
    >>> dash_byline("——在某某学院2025届　开学典礼"), dash_byline("——某某小学三（1）班　全体同学")
    (None, None)
    >>> dash_byline("——致远中学初二（1）班　某甲"), dash_byline("——初二（1）班　王同学")
    ({'author': '某甲'}, {'author': '王同学'})
    """
    m = _BYLINE.match(row.strip())
    if m is None or not _UNIT_END.search(m["unit"]):
        return None
    words = _words()
    if _subtitle_cell(m["unit"], words):
        return None  # a subtitle ('——记某单位　某人', '——献给某届　某某')
    name = m["name"]
    if not han_name().match(name) or _no_name(name, words):
        return None  # a genre, group or occasion word ('侧记', '全体…'): no writer
    if m["unit"].startswith(words.bound) and not (
        _signed(name) or (_writer_cell(m["unit"], words) and named(name) and not addressed(name))
    ):
        # a dedication or occasion ('——致某某支部　王书记', '——在某所　值班'); under a
        # class or club a signer's name need not open with a surname of the table
        return None
    return {"author": name}


def _list_row(row: str, unit: str) -> bool:
    """``row`` opens with a dash, a unit and a gap (or ends there), as the byline whose
    unit is ``unit`` does, whatever its name part: the next row of a list
    (``——某班　某甲、某乙``, ``——某班　某丙（某职）``, ``——某班``).  Its unit ends on the
    byline's unit's last letter, or on a body's letter with a name part after it (a roster
    of offices: ``——某某处　某甲`` / ``——某某室　某乙``).  An epigraph or a credit
    (``——谨以此文…``, ``——指导老师：…``) has no such cell, nor has a subtitle
    (``——写于某某（某年）``) or a note under the byline (``——（某年某月）``, ``——2024``,
    ``——某某教研组``: a bracket opens it, or it ends otherwise and names no one).
    """
    m = _FIRST_CELL.match(row.strip())
    if m is None or not _UNIT_END.search(m["unit"]) or m["unit"][0] in "（(":
        return False
    if _subtitle_cell(m["unit"], _words()):
        return False
    cell = m["unit"]
    if cell[-1] == unit[-1]:
        return True
    named_part = m.end() < len(row.strip())
    return named_part and "\u4e00" <= cell[-1] <= "\u9fff"


#: a title line is at most this long and ends on no sentence's stop
_TITLE_MAX = 40


def byline_under_title(
    lines: list[str], content: list[int], *, headed: bool
) -> tuple[int, dict[str, str]] | None:
    """The position in ``content`` (a piece's line indices) of a dash-led byline right
    under its title, and its fields; or None.  ``headed``: the piece's header is its
    title (the text opens under it); else the text's first line is the title.

    >>> page = ["某某主题的发言", "——初一（2）班　某甲（指导教师：某乙）", "同学们：", "正文。"]
    >>> byline_under_title(page, [0, 1, 2, 3], headed=False)
    (1, {'author': '某甲'})
    >>> byline_under_title(page, [1, 2, 3], headed=True)
    (0, {'author': '某甲'})
    >>> byline_under_title(page, [2, 3], headed=True) is None
    True
    >>> roster = ["某某名单", "——一（1）班　某甲", "——一（2）班　某乙", "正文。"]
    >>> byline_under_title(roster, [0, 1, 2, 3], headed=False) is None
    True
    >>> epigraph = ["某某主题的发言", "——初一（2）班　某甲", "——谨以此文献给某乙", "正文。"]
    >>> byline_under_title(epigraph, [0, 1, 2, 3], headed=False)
    (1, {'author': '某甲'})
    >>> long = ["这是一句很长的正文，说明了情况。", page[1]]
    >>> byline_under_title(long, [0, 1], headed=False) is None
    True
    """
    at = 0 if headed else 1
    if len(content) <= at + 1:
        return None  # a byline over nothing is no piece's
    if not headed:
        title = lines[content[0]].strip()
        if not title or len(title) > _TITLE_MAX or title.endswith(CLAUSE_END):
            return None
        if content[1] != content[0] + 1:
            return None  # glued under the title
    fields = dash_byline(lines[content[at]])
    if fields is None:
        return None
    unit = _BYLINE.match(lines[content[at]].strip())
    if unit and len(content) > at + 1 and _list_row(lines[content[at + 1]], unit["unit"]):
        return None  # a run of rows of one first cell: a list (winners, a roster), no byline
    return at, fields
