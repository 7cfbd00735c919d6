"""A note of unit and degree in brackets after a name, for the split's row readers.

``林某（城市规划，工学硕士）``: a few short noun parts, the unit, the field, the degree or
the rank; the note's commas part no clauses, and the row is a names row.  A note that
says something is a clause, though short: a substitution or a change of date
(``（因故缺席，由周某代为主持）``, ``（原定周五，现改至周六）``), a funding note, a
biography with its years (``（1980—，男，…）``).  Such a row is text to keep.
"""

from __future__ import annotations

import re

__all__ = ["NOTE", "unit_note", "unit_notes_out"]

#: a note in round brackets holding no sentence's end
NOTE = re.compile(r"[（(](?P<inner>[^（()）。！？!?]{1,30})[）)]")
#: the most parts a unit note lists, each at most so many characters
MAX_PARTS = 3
MAX_PART_CHARS = 10
_PARTS = re.compile(r"[，,、;；/]")
# a clause's verbs and connectives: who stood in, what changed, what the text is
_CLAUSE = re.compile(r"由|因|改|系|原定|现(?!代)|将|请|已|暂|推迟|取消|缺席|代为|为本")
# a span of years ('1980—', '1975-2020'), a long figure ('编号12345')
_FIGURES = re.compile(r"\d{4}\s*[—–\-~～至]|\d{5,}")


def unit_note(inner: str) -> bool:
    """Is ``inner`` (a bracket's content) a note of unit and degree?

    >>> unit_note("城市规划，工学硕士"), unit_note("计算机科学与技术，工学博士"), unit_note("某校")
    (True, True, True)
    >>> unit_note("因故缺席，由周某代为主持"), unit_note("原定周五，现改至周六")
    (False, False)
    >>> unit_note("本文系某基金项目阶段性成果，编号12345"), unit_note("1980—，男，浙江人，副教授")
    (False, False)
    """
    parts = [p.strip() for p in _PARTS.split(inner)]
    if not 1 <= len(parts) <= MAX_PARTS or any(not p or len(p) > MAX_PART_CHARS for p in parts):
        return False
    return not (_CLAUSE.search(inner) or _FIGURES.search(inner))


def unit_notes_out(text: str) -> str:
    """``text`` with its unit notes left out (other brackets kept).

    >>> unit_notes_out("主讲：林某（某学院，教授）｜主持：周某（因故缺席，由吴某代为主持）")
    '主讲：林某｜主持：周某（因故缺席，由吴某代为主持）'
    """
    return NOTE.sub(lambda m: "" if unit_note(m["inner"]) else m.group(), text)
