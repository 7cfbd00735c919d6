"""The reporter a news lead's dateline or a bracketed credit names: the piece's author.

A news piece often names its writer inside its text, not on a byline row: a dateline
opens the first paragraph and a bracket of credits follows it (``本报讯（记者 某某
通讯员 某某）``, ``某某社某地3月5日电（记者某某、某某）``), or a bracket of credits alone
closes the text (``（文／某某）``, ``（本报记者 某某 整合）``).  :func:`dateline_author`
reads the first reporter named there.  Nothing is removed: the dateline and the bracket
are words of the text (the truths keep them); only ``author`` is read.

The shapes, none a phrase of a site:

* a dateline: at most :data:`DATELINE_MAX` letters opening the line, closed by ``讯``
  (a desk's or an outlet's lead tag) or by a day and ``电`` (a wire's dispatch);
* a bracket of at most :data:`BRACKET_MAX` letters right after it, holding a writer's
  credit word of the rule tables (``[byline_badge] gap_writers``, maybe after a desk's
  prefix or an outlet's name; ``[foot_row] slash_writers`` before a slash) and a
  person's name (:func:`~cleaner.stages.person_names.person_name`), other short cells
  after it (a second name, another credit and its name, a verb of compiling);
* or such a bracket alone closing the text's last line, after a sentence's end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.person_names import han_name, person_name

__all__ = ["dateline_author"]

#: A dateline is at most this many letters before its ``讯``/``电``.
DATELINE_MAX = 24
#: A credits bracket holds at most this many letters.
BRACKET_MAX = 40
#: A cell after the reporter's name (a second name, a credit word, a verb) is this short.
CELL_MAX = 6

_OPEN = "（("
_CLOSE = "）)"
# a dateline: an outlet's or a desk's lead tag closing on 讯, or a day and 电 (a
# dispatch); letters, digits and a place before, no mark of a sentence
_DATELINE = re.compile(
    rf"^(?P<d>[\u4e00-\u9fff0-9０-９ ]{{0,{DATELINE_MAX}}}?"
    r"(?:[\u4e00-\u9fff]讯|[日]电))[ \t\u3000]*"
    rf"[{_OPEN}](?P<c>[^{_OPEN}{_CLOSE}]{{2,{BRACKET_MAX}}})[{_CLOSE}]"
)
# a bracket closing the text: after a sentence's end (or alone on its line)
_CLOSING = re.compile(
    rf"(?:^|[。！？!?”’」』…])[ \t\u3000]*[{_OPEN}](?P<c>[^{_OPEN}{_CLOSE}]{{2,{BRACKET_MAX}}})"
    rf"[{_CLOSE}][ \t\u3000]*$"
)
_CELLS = re.compile(r"[ \t\u3000、，,；;／/]+")
# a citing lead ('据某某社电'): another outlet's dispatch quoted, no dateline of the piece
_CITING = ("据", "援引", "转引")


@lru_cache(maxsize=1)
def _photos() -> tuple[str, ...]:
    """The picture credits (``[foot_row] slash_persons`` naming a picture's maker)."""
    words = load_table("headers")["foot_row"]["slash_persons"]
    return tuple(w for w in words if w.startswith(("图", "摄")))


def _alt(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _credit() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The writer's credit opening a bracket, and the credit words between its cells."""
    headers = load_table("headers")
    prefixes = load_table("title_shape")["byline"]["prefixes"]
    media = headers["foot_row"]["according_endings"]
    gap = headers["byline_badge"]["gap_writers"]
    slash = headers["foot_row"]["slash_writers"]
    persons = [w for w in headers["foot_row"]["persons"] if len(w) > 1 and not w.isascii()]
    desk = rf"(?:{_alt(prefixes)}|[\u4e00-\u9fff]{{1,8}}(?:{_alt(media)}))"
    opening = re.compile(
        rf"^[ \t\u3000]*(?:{desk}?(?:{_alt(gap)})[ \t\u3000：:]*"
        rf"|(?:{_alt(slash)})[ \t\u3000]*[／/][ \t\u3000]*)(?P<rest>\S.*)$"
    )
    between = re.compile(rf"(?:{_alt(persons)})")
    return opening, between


def credit_author(inner: str) -> str | None:
    """The first writer a bracket of credits names (its text without the brackets).

    >>> credit_author("记者 某甲乙 通讯员 某乙丙"), credit_author("记者某甲乙、某乙丙")
    ('某甲乙', '某甲乙')
    >>> credit_author("文／某甲乙"), credit_author("本报记者 某甲 整合")
    ('某甲乙', '某甲')
    >>> credit_author("某某社记者某甲乙通讯员某乙"), credit_author("记者：某甲乙")
    ('某甲乙', '某甲乙')

    A bracket of other content, a reporter's word in a clause, no name: None.

    >>> credit_author("记者从某局获悉，工程已完工"), credit_author("记者 您好")
    (None, None)
    >>> credit_author("通讯员 某甲乙"), credit_author("图／某甲乙"), credit_author("见附件")
    (None, None, None)
    >>> credit_author("记者节当天举行")
    >>> credit_author("记者 某甲乙 摄"), credit_author("记者某甲乙摄")
    (None, None)
    >>> credit_author("文／某甲 图／某乙")
    '某甲'
    """
    opening, between = _credit()
    if (m := opening.match(inner.strip())) is None:
        return None
    if m["rest"].rstrip().endswith(_photos()):
        return None  # a picture's credit ('（记者 某某 摄）'): the photographer, no writer
    rest = between.sub(" ", m["rest"])
    cells = [c for c in _CELLS.split(rest) if c]
    if not cells or not person_name(cells[0]) or not han_name().fullmatch(cells[0]):
        return None  # no name right after the credit: a clause ('记者从某局获悉')
    if any(len(c) > CELL_MAX or not re.fullmatch(r"[\u4e00-\u9fff·]+", c) for c in cells[1:]):
        return None  # more than a credit's cells: a sentence
    return cells[0]


def dateline_author(opening: str, closing: str) -> str | None:
    """The piece's author its text names: the first reporter in the credits bracket
    after the dateline opening its first line ``opening``, else in a bracket of
    credits alone closing its last line ``closing``; None when neither reads.

    >>> dateline_author("本报讯（记者 某甲乙 通讯员 某乙丙）某县新桥日前通车。", "")
    '某甲乙'
    >>> dateline_author("某某社某地3月5日电(记者某甲乙、某乙丙)会议今天开幕。", "")
    '某甲乙'
    >>> dateline_author("第一段。", "全文完。（文／某甲乙）")
    '某甲乙'
    >>> dateline_author("", "（记者某甲 整合）")
    '某甲'

    A dateline with no credits bracket, a bracket of other content, a citing lead, a
    bracket inside a sentence: None.

    >>> dateline_author("本报讯 某县新桥日前通车。", "")
    >>> dateline_author("本报讯（某县融媒体中心）某县新桥日前通车。", "")
    >>> dateline_author("据某某社3月5日电（记者某甲乙）会议开幕。", "")
    >>> dateline_author("某甲乙说（记者 某乙丙）当天在场", "他说（记者 某乙丙）当天在场")
    >>> dateline_author("今天，记者从某局获悉，新桥通车。", "（记者从某局获悉）")
    """
    first = opening.strip()
    if first and not first.startswith(_CITING) and (m := _DATELINE.match(first)) is not None:
        if (who := credit_author(m["c"])) is not None:
            return who
    last = closing.strip()
    if last and (m := _CLOSING.search(last)) is not None:
        return credit_author(m["c"])
    return None
