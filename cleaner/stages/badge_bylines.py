"""A channel's byline row under (or over) an essay's title, opened by a badge.

An official account's essay prints its byline as cells with no colon: a badge word that
marks how the piece came to the account (``[byline_badge] badges`` of
``cleaner/rules/headers.toml``: the piece is the account's own, or carried first there),
then the writer's name (bare, or after a writer's credit and a slash, ``文／某某``), then
maybe the account's name.  No label names the name; the badge and the place say what it
is: the row's writer is the piece's author.  :func:`badge_byline` reads one such row.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.person_names import body_endings, named, person_name
from cleaner.stages.split_cell_marks import dated_cell as _dated
from cleaner.stages.split_dates import normalise_date

__all__ = ["badge_byline", "plain_byline"]

_GAP = re.compile(r"[ \t]*\u3000+[ \t\u3000]*|[ \t]{2,}|[ \t\u3000]*[|｜][ \t\u3000]*")
# a person's name: two to eight Han letters (a '·' between a foreign name's parts) or a
# Latin name of a few words
_NAME = re.compile(r"^(?:[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}|[A-Za-z][A-Za-z .'-]{1,30})$")
_SLASH = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,2})[ \t]*[／/][ \t]*(?P<v>\S.*)$")
# a byline's closing date cell: a gap, a bar or a middle dot, then the date alone (its
# weekday or time may follow: split_cell_marks._DATE)
_DATED_TAIL = re.compile(
    r"(?:^|[ \t\u3000]*(?:[|｜·•・][ \t\u3000]*|[ \t\u3000]))(?P<d>\d{4}\s*[-年./／].*)$"
)
# the mark between the names of a credit naming several writers ('执笔／某甲、某乙&某丙')
_LIST_MARK = "[、&＆]"
#: A badge row has at most this many cells (badge, writer, account).
MAX_CELLS = 3


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The badges and the writers' slash credits (``[foot_row] slash_writers``)."""
    table = load_table("headers")
    return (
        frozenset(table["byline_badge"]["badges"]),
        frozenset(table["foot_row"]["slash_writers"]),
    )


def _alt(words: list[str]) -> str:
    """``words`` as a regex alternation, the longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _plain() -> re.Pattern[str]:
    """A byline with no badge: a desk's prefix, a writer's word, a gap or a slash, a name.
    The desk's prefix is one of title_shape.toml's (``本报``) or a medium's name, Han
    letters ending as an according row's source does (``[foot_row] according_endings``:
    ``新华社记者``, ``某某新闻记者``, ``某某日报记者``)."""
    table = load_table("headers")
    prefixes = load_table("title_shape")["byline"]["prefixes"]
    media = table["foot_row"]["according_endings"]
    slash = [*table["foot_row"]["slash_writers"]]
    gap = [*table["byline_badge"]["gap_writers"]]
    desk = rf"(?:{_alt(prefixes)}|[\u4e00-\u9fff]{{1,8}}(?:{_alt(media)}))"
    return re.compile(
        rf"^(?:(?:{desk}?(?:{_alt(gap)})[ \t\u3000]+)"
        rf"|(?:(?:图|圖)[／/])?(?:{_alt(slash)})[ \t\u3000]*[／/][ \t\u3000]*"
        rf"|(?:图|圖)[／/](?:{_alt(slash)})[ \t\u3000]+)"
        r"(?P<n>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,4})"
        rf"(?P<more>(?:{_LIST_MARK}[\u4e00-\u9fff][\u4e00-\u9fff·]{{1,4}}){{1,5}})?"
        r"(?:[ \t\u3000]+(?P<rest>.*))?$"
    )


def _co_writer(name: str) -> bool:
    """``name`` is one of the persons a credit lists: a person's name, or a pen name of
    four letters opening as one (``某小飞刀``), no body's name (``某局``).

    >>> _co_writer("某甲乙"), _co_writer("某小飞刀"), _co_writer("某某局"), _co_writer("您好")
    (True, True, False, False)
    """
    if name.endswith(body_endings()):
        return False
    return person_name(name) or (len(name) == 4 and named(name) and person_name(name[:3]))


def plain_byline(line: str) -> dict[str, str] | None:
    """``{'author': name}`` of a byline row right under a title that no badge and no
    colon opens: a writer's slash credit (``文／某某``, ``图/文 某某`` reads too) or a
    writer's word, a gap and the name (``记者　某某``); other credits may follow, names
    after their words (``通讯员 某某``).  None for anything else.

    >>> plain_byline("文／某甲乙"), plain_byline("撰文/某甲"), plain_byline("记者　某甲乙")
    ({'author': '某甲乙'}, {'author': '某甲'}, {'author': '某甲乙'})
    >>> plain_byline("本报记者 某甲 通讯员 某乙丙"), plain_byline("图／文 某甲乙")
    ({'author': '某甲'}, {'author': '某甲乙'})
    >>> plain_byline("某某新闻记者 某甲 某乙丙"), plain_byline("某通讯社记者　某甲乙")
    ({'author': '某甲'}, {'author': '某甲乙'})
    >>> plain_byline("某某日报记者 今天上午在现场"), plain_byline("某某委员会记者节活动")
    (None, None)
    >>> plain_byline("执笔/某甲乙、某乙丙&某小飞刀")  # several writers: every one, by '、'
    {'author': '某甲乙、某乙丙、某小飞刀'}
    >>> plain_byline("文／某甲乙、某局"), plain_byline("文／某甲乙、您好")
    (None, None)
    >>> plain_byline("文 某甲乙") is None  # a gap after a bare '文': a word split apart
    True
    >>> plain_byline("文／某甲乙说这件事很好。"), plain_byline("图／某甲"), plain_byline("记者节")
    (None, None, None)
    >>> plain_byline("记者 某甲 今天上午在现场看到，工地一片繁忙。")
    >>> plain_byline("记者 您好"), plain_byline("记者　手记"), plain_byline("文/旅融合发展")
    (None, None, None)

    The row's date may close it, after a gap, a bar or a middle dot (a weekday or the
    time after it): the piece's ``published``.  One date only, and last.

    >>> plain_byline("执笔　某甲乙　·　2021年3月9日 星期二")
    {'author': '某甲乙', 'published': '2021-03-09'}
    >>> plain_byline("记者 某甲 | 2021-03-09 08:15")
    {'author': '某甲', 'published': '2021-03-09'}
    >>> plain_byline("记者 某甲 2021-03-09 到 2021-04-09"), plain_byline("记者 某甲 · 3月9日")
    (None, None)
    """
    s = line.strip()
    if len(s) > 48 or (m := _plain().match(s)) is None or not person_name(m["n"]):
        return None  # no name after the credit: a greeting, a column, a headline's rest
    rest = m["rest"] or ""
    names = [m["n"], *re.split(_LIST_MARK, m["more"] or "")[1:]]
    if len(names) > 1 and not all(_co_writer(n) for n in names):
        return None  # '文／某甲、某处': a list of writers names persons only
    out = {"author": "、".join(names)}
    if rest and (dated := _DATED_TAIL.search(rest)) is not None:
        day = normalise_date(dated["d"]) if _dated(dated["d"].strip()) else None
        if day is None:
            return None
        out["published"] = day
        rest = rest[: dated.start()]
    elif len(s) > 30:
        return None
    if rest and any(not _NAME.match(c) for c in rest.split()):
        return None  # more words than a credit's cells: a sentence
    return out


def badge_byline(line: str) -> dict[str, str] | None:
    """``{'author': name}`` of a badge row (a badge, the writer, maybe the account), or None.

    >>> badge_byline("原创　某甲乙　某号"), badge_byline("原创　文／某甲乙")
    ({'author': '某甲乙'}, {'author': '某甲乙'})
    >>> badge_byline("原创　某甲乙说这件事很好。"), badge_byline("某甲乙　某号")
    (None, None)
    >>> badge_byline("原创　2021-03-09"), badge_byline("原创　图／某甲乙")
    (None, None)
    """
    cells = [c for c in _GAP.split(line.strip()) if c]
    badges, writers = _words()
    if not 2 <= len(cells) <= MAX_CELLS or cells[0] not in badges:
        return None
    name = cells[1]
    if (m := _SLASH.match(name)) is not None:
        if m["k"] not in writers:
            return None
        name = m["v"].strip()
    if not _NAME.match(name) or any(not _NAME.match(c) for c in cells[2:]):
        return None
    return {"author": name}
