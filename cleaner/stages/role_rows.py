"""A row of role credits: every cell a role's label and a name (``作词：某甲　作曲：某乙``).

A lyrics site, a film list or a script archive prints under each title who wrote, set or
played the work: two or more cells parted by wide gaps, bars or slashes, each a role's
label, a colon and a name (``Words: A. Name  Music: B. Name``, ``编剧：某甲 / 导演：某乙``).
No label is a field of the meta tables (a review's ``导演：某某`` credits the work it
reviews), so only the row's shape says metadata: every cell a role (``[roles]`` and
``[makers]`` of ``cleaner/rules/credit_rows.toml``, or an author's label), the names
short, no digit, no sentence.  :func:`role_row` reads it as the catalogue's credit row
(:func:`split_credit_rows.credit_row`): the entry's author is the writer of its words
when a cell credits one (the text under it is those words), else its first maker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import simplify_map
from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE

__all__ = ["MIN_ROLE_CELLS", "role_cells", "role_row"]

FieldOf = Callable[[str], str | None]

#: a role row holds at least this many cells
MIN_ROLE_CELLS = 2
#: a credited name is at most this long
NAME_MAX_CHARS = 24

_PARTS = re.compile(r"[ \t\u3000]*[|｜丨/／][ \t\u3000]*|\u3000+|[ \t]{2,}")
_CELL = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{1,4}|[A-Za-z][A-Za-z .]{0,15}?)[ \t]*[：:][ \t\u3000]*(?P<v>\S.*)$"
)


@cache
def _roles() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The writers' labels, the makers' labels and every role label known
    (``credit_rows.toml``), lower-cased."""
    t = load_table("credit_rows")
    writers = frozenset(w.lower() for w in t["roles"]["writers"])
    makers = frozenset(w.lower() for w in t["makers"]["labels"])
    return writers, makers, writers | makers | frozenset(w.lower() for w in t["roles"]["labels"])


def role_cells(line: str) -> list[tuple[str, str]] | None:
    """``(label, name)`` of each cell of a role row, None for any other line.

    >>> role_cells("作詞：某甲　作曲：某乙　編曲：某丙")
    [('作词', '某甲'), ('作曲', '某乙'), ('编曲', '某丙')]
    >>> role_cells("Words: Ann Lee  Music: Bo Tan")
    [('words', 'Ann Lee'), ('music', 'Bo Tan')]
    >>> role_cells("时间：2021-03-09　地点：某厅"), role_cells("作曲：某乙")
    (None, None)
    """
    s = line.strip()
    if not s or _SENTENCE.search(s):
        return None
    _, _, known = _roles()
    out: list[tuple[str, str]] = []
    for part in _PARTS.split(s):
        m = _CELL.match(part)
        if m is None:
            return None
        label = m["k"].strip().translate(simplify_map()).lower()
        name = m["v"].strip()
        if label not in known or len(name) > NAME_MAX_CHARS or any(c.isdigit() for c in name):
            return None
        out.append((label, name))
    if len(out) < MIN_ROLE_CELLS or len({k for k, _ in out}) < len(out):
        return None
    return out


def role_row(line: str, field_of: FieldOf) -> tuple[int, int, str, str] | None:
    """``(cells, maker's cell, label, name)`` of a role row, as
    :func:`split_credit_rows.credit_row` reads a credit row: the writer's cell first.

    >>> role_row("作曲：某乙　作词：某甲", lambda s: None)
    (2, 1, '作词', '某甲')
    >>> role_row("主演：某乙 / 导演：某甲", lambda s: None)
    (2, 1, '导演', '某甲')
    """
    cells = role_cells(line)
    if cells is None:
        return None
    writers, makers, _ = _roles()
    for pick in (
        lambda k: k in writers or field_of(k) == "author",
        lambda k: k in makers,
        lambda k: True,
    ):
        for n, (label, name) in enumerate(cells):
            if pick(label):
                return len(cells), n, label, name
    return None
