"""A site's way-back link glued onto a paragraph's end (rule ``boilerplate.glued_nav``).

An extractor that reads a link inside the text's last block sets it on the same line as
the last sentence: ``…整顿仍将持续。返回某某网首页>>``.  The line is prose and no line rule
takes it; the link is the site's.  :func:`glued_nav_tails` cuts the link and keeps the
prose: the line must end with a way-back link (``[nav_tail] pattern`` of
``rules/glued_tails.toml``: going back to a home page, a list, the top; a more-link's
arrow) right after a sentence's closing mark, with at least ``min_prose`` characters of
prose before it.  A sentence that speaks of going back (``他说要回到首页重新设计。``) ends
with its own mark, not with the link's words, and stays whole; a link alone on its line
is the rule packs' (``toolbar``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cleaner.edits import Edit
from cleaner.rules import load_table

__all__ = ["GLUED_NAV", "glued_nav_tails"]

#: Rule id of the cut.
GLUED_NAV = "boilerplate.glued_nav"
#: the link lies in a line's last this many characters (the search looks no further)
TAIL_MAX = 40


@cache
def _tail() -> tuple[re.Pattern[str], int]:
    t = load_table("glued_tails")["nav_tail"]
    after = re.escape(t["after"])
    return re.compile(rf"(?<=[{after}])[ \t\u3000]*(?:{t['pattern']})[ \t\u3000]*$"), int(
        t["min_prose"]
    )


def glued_nav_tails(text: str) -> Iterator[Edit]:
    """The cuts of the way-back links glued onto the ends of ``text``'s lines.

    >>> t = "这一段是正文，讲了事情的来龙去脉。返回某某网首页>>\\n下一行。"
    >>> [(t[e.start : e.end], e.rule) for e in glued_nav_tails(t)]
    [('返回某某网首页>>', 'boilerplate.glued_nav')]
    >>> list(glued_nav_tails("他说要回到首页重新设计，这件事还没有定下来。"))
    []
    >>> list(glued_nav_tails("返回首页>>"))  # a link alone: the rule packs'
    []
    """
    pattern, min_prose = _tail()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        m = pattern.search(line, max(0, len(line) - TAIL_MAX)) if len(line) > min_prose else None
        if m is not None and len(line[: m.start()].strip()) >= min_prose:
            yield Edit(start + m.start(), end, "", GLUED_NAV, "delete")
        start = end + 1
