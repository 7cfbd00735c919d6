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

__all__ = ["badge_byline"]

_GAP = re.compile(r"[ \t]*\u3000+[ \t\u3000]*|[ \t]{2,}|[ \t\u3000]*[|｜][ \t\u3000]*")
# a person's name: two to eight Han letters (a '·' between a foreign name's parts) or a
# Latin name of a few words
_NAME = re.compile(r"^(?:[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}|[A-Za-z][A-Za-z .'-]{1,30})$")
_SLASH = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,2})[ \t]*[／/][ \t]*(?P<v>\S.*)$")
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
