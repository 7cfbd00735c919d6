"""A list of teaser cards for other pages below the article, outside its container.

A news site closes its article with a "more stories" list whose items are cards: another
article's headline, a link in a heading element, and under it its standfirst or the
opening lines of its text, which are no link
(``<li><h3><a href=…>Headline</a></h3><div>The standfirst of that story.</div></li>``).
The standfirsts weigh as plain text and carry the list into the chosen content;
:func:`teaser_cards` names it so the extractor drops it (rule ``extract.teaser_cards``).

The list must be all of these, or it stays:

* a ``<ul>`` / ``<ol>`` (or sibling lists: a grid's rows) of at least :data:`MIN_ITEMS`
  kept items, each opened by a
  headline in a heading element that is all link text (at most :data:`HEADLINE_MAX_CHARS`,
  at least :data:`HEADLINE_MIN_CHARS`: a user name over a comment is no headline), under
  it at most :data:`MAX_ROWS` lines with no link text (a byline, a date, the standfirst),
  and at least one item with such a line (a list of bare linked headlines is a link list,
  dropped by ``extract.link_list`` already); nothing in a comment section;
* below the article: kept prose above it (a line of :data:`PROSE_MIN_CHARS`), the list
  outside the container that holds its last lines of prose (:data:`PROSE_LOOK`; an
  article's own list of linked products with their descriptions is inside its text),
  and no kept line below it but such lists and short labels (:data:`LABEL_MAX_CHARS`).
"""

from __future__ import annotations

from cleaner.ingest.html_dated_list import _item
from cleaner.ingest.html_layout import _Block, _Line

__all__ = ["teaser_cards"]

#: A teaser list has at least this many items.
MIN_ITEMS = 3
#: A card's headline is at most this long ...
HEADLINE_MAX_CHARS = 150
#: ... and at least this long (a user's name over a post is shorter).
HEADLINE_MIN_CHARS = 12
#: A headline is a link: its link text is at least this share of it.
HEADLINE_LINK_SHARE = 0.9
#: Under its headline a card holds at most this many lines (byline, date, standfirst).
MAX_ROWS = 3
#: A line of prose above the list is at least this long: the article it follows.
PROSE_MIN_CHARS = 40
#: The container of the article is the one shared by its last this many lines of prose.
PROSE_LOOK = 3
#: Below the lists only labels this short may stand: section headings, a loading notice.
LABEL_MAX_CHARS = 16


def _container(lines: list[_Line], prose: list[int]) -> tuple[int, ...]:
    """The owners shared by the article's last lines of prose: its container (for one
    line, the block around its own element)."""
    chains = [lines[i].owners for i in prose]
    common = list(chains[0])
    for ch in chains[1:]:
        k = 0
        while k < min(len(common), len(ch)) and common[k] == ch[k]:
            k += 1
        del common[k:]
    if len(chains) == 1:
        del common[-1:]
    return tuple(common)


def _card(lines: list[_Line], texts: list[str], members: list[int]) -> bool | None:
    """Whether an item is a teaser card: True with a line under its headline, False a bare
    linked headline, None no card."""
    head, *rows = members
    size = len(texts[head].strip())
    if not (
        lines[head].heading
        and HEADLINE_MIN_CHARS <= size <= HEADLINE_MAX_CHARS
        and lines[head].link_chars >= HEADLINE_LINK_SHARE * lines[head].chars
    ):
        return None
    if len(rows) > MAX_ROWS or any(lines[i].link_chars for i in rows):
        return None
    return bool(rows)


def teaser_cards(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> set[int]:
    """The kept lines of teaser-card lists below the article (module doc)."""
    kept = [i for i, r in enumerate(reasons) if r is None]
    # the lists under one block (a grid's rows of cards: one list a row) -> item -> lines
    items: dict[int | None, dict[int, list[int]]] = {}
    for i in kept:
        if (found := _item(lines[i], blocks)) is not None:
            row = blocks[found[1]].parent
            items.setdefault(row, {}).setdefault(found[0], []).append(i)
    out: set[int] = set()
    for members in items.values():
        if len(members) < MIN_ITEMS:
            continue
        cards = [_card(lines, texts, m) for m in members.values()]
        if None in cards or not any(cards):
            continue
        mine = sorted(i for m in members.values() for i in m)
        if any(blocks[o].comments for i in mine for o in lines[i].owners if o in blocks):
            continue
        pos = kept.index(mine[0])
        if kept[pos : pos + len(mine)] != mine:
            continue  # other kept lines between its items
        prose = [i for i in kept[:pos] if len(texts[i]) >= PROSE_MIN_CHARS]
        if not prose:
            continue
        box = _container(lines, prose[-PROSE_LOOK:])
        if not box or (lines[mine[0]].owners[: len(box)] == box):
            continue  # inside the article's container: its own list
        out.update(mine)
    # at the foot: every kept line below the first such list is in one, or a label
    if out and any(
        i not in out and len(texts[i].strip()) > LABEL_MAX_CHARS for i in kept if i > min(out)
    ):
        return set()
    return out
