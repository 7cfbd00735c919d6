"""The space around a user's name stays: ``@某某 说得对``, a reply under its addressee.

The cjk_space repair deletes a space between two Han characters as a stray one
(``完 善`` → ``完善``).  A mention ends at the space after it (``@林间鹿 试过了``: the
name is ``林间鹿``, not ``林间鹿试过了``), and a forum reply set after the linked name
of the post it answers prints the name, a space, the reply (``林间鹿 试过了``): joined,
name and reply read as one word.  :func:`kept_gaps` drops the deletions of such spaces:
after an ``@`` and a name, or beside one of the page's linked user names
(:func:`cleaner.ingest.html_mentions.mention_names`).  Issue 12, real pages.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from cleaner.edits import Edit

#: An @-mention ending where the gap starts: ``@`` (not inside an address) and a name.
_MENTION = re.compile(r"(?<![A-Za-z0-9._%+-])[@＠][^\s@＠，。、；：！？,;:!?()（）]{1,24}$")
#: How far back an @-mention may start.
_LOOK = 26


def mention_gap(text: str, start: int, end: int, names: Collection[str] = ()) -> bool:
    """The gap ``text[start:end]`` ends an @-mention, or parts one of the page's user
    ``names`` from the text beside it.

    >>> t = "@林间鹿 试过了，能用。"
    >>> mention_gap(t, 4, 5), mention_gap("林间鹿 试过了", 3, 4)
    (True, False)
    >>> mention_gap("林间鹿 试过了", 3, 4, {"林间鹿"})
    True
    >>> mention_gap("谢谢 小北 的提醒", 2, 3, {"小北"})
    True
    >>> mention_gap("邮件 a@b.cn 中 写了", 11, 12)  # an address, not a mention
    False
    """
    if _MENTION.search(text, max(0, start - _LOOK), start):
        return True
    return any(text.startswith(n, start - len(n)) or text.startswith(n, end) for n in names)


def kept_gaps(text: str, edits: Iterable[Edit], names: Collection[str] = ()) -> list[Edit]:
    """``edits`` less the ``repair.cjk_space.inner`` deletions of a mention's gap."""
    return [
        ed
        for ed in edits
        if ed.rule != "repair.cjk_space.inner" or not mention_gap(text, ed.start, ed.end, names)
    ]
