"""A list of other pages' headlines, each with its date, below the article.

A news or game site closes its article with a related list whose items are another
article's headline in a heading element and a row of its date and counters
(``<li><h5>Headline</h5><p><time>2019-09-06</time><span>194</span></p></li>``).  When the
headlines are no links (a script opens them) the list holds no link text, weighs as
plain text and stays with the article: :func:`dated_list` names it so the extractor drops
it (rule ``extract.dated_list``).

The list must be all of these, or it stays:

* a ``<ul>`` / ``<ol>`` of at least :data:`MIN_ITEMS` kept items, each a headline in a
  heading element (``<h1>``-``<h6>``, at most :data:`HEADLINE_MAX_CHARS`) and one row that
  is a complete date and nothing else but a time of day and counts (:data:`_DATE_ROW`);
  no other line;
* below the article: a kept line of prose above it, and no kept line below it but
  such lists and short labels (:data:`LABEL_MAX_CHARS`: the next list's heading); an
  article's own dated list, a timeline, has its text after it or plain lines for its
  entries, not headings.
"""

from __future__ import annotations

import re

from cleaner.ingest.html_layout import _Block, _Line

__all__ = ["dated_list"]

#: A related list has at least this many items.
MIN_ITEMS = 3
#: A headline is at most this long.
HEADLINE_MAX_CHARS = 60
#: A line of prose above the list is at least this long: the article it follows.
PROSE_MIN_CHARS = 40
#: An item's row: a complete date, maybe a time of day, maybe counts (views, comments).
_DATE_ROW = re.compile(
    r"(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,9}){0,3}"
)
#: Below the lists only labels this short may stand: section headings, a loading notice.
LABEL_MAX_CHARS = 16
_LISTS = frozenset(("ul", "ol"))


def _item(line: _Line, blocks: dict[int, _Block]) -> tuple[int, int] | None:
    """The innermost list item holding ``line`` and its list, or None."""
    for o in reversed(line.owners):
        blk = blocks.get(o)
        if blk is not None and blk.tag == "li":
            up = blk.parent
            if up is None or up not in blocks or blocks[up].tag not in _LISTS:
                return None
            return o, up
    return None


def dated_list(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> set[int]:
    """The kept lines of dated headline lists below the article (module doc)."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    items: dict[int, dict[int, list[int]]] = {}  # list -> item -> its kept lines
    for i in kept:
        if (found := _item(lines[i], blocks)) is not None:
            items.setdefault(found[1], {}).setdefault(found[0], []).append(i)
    out: set[int] = set()
    for members in items.values():
        if len(members) < MIN_ITEMS:
            continue
        if not all(_dated_item(lines, texts, m) for m in members.values()):
            continue
        mine = sorted(i for m in members.values() for i in m)
        pos = kept.index(mine[0])
        if kept[pos : pos + len(mine)] != mine:
            continue  # other kept lines between its items
        if any(len(texts[i]) >= PROSE_MIN_CHARS for i in kept[:pos]):
            out.update(mine)  # an article above it
    # at the foot: every kept line below the first such list is in one, or a label
    # ('相关内容', 'More'), no text of the article's
    if out and any(
        i not in out and len(texts[i].strip()) > LABEL_MAX_CHARS for i in kept if i > min(out)
    ):
        return set()
    return out


def _dated_item(lines: list[_Line], texts: list[str], members: list[int]) -> bool:
    """An item that is one headline in a heading element and one date row."""
    if len(members) != 2:
        return False
    head, row = members
    return (
        lines[head].heading
        and 0 < len(texts[head].strip()) <= HEADLINE_MAX_CHARS
        and _DATE_ROW.fullmatch(texts[row].strip()) is not None
    )
