"""A sentence of the article whose words are mostly links: kept, not a link list.

``extract.link_list`` drops a line of the chosen content when more than half of its
characters are link text (a menu, a tag row, a related-posts list).  A paragraph of
running text can be that too: a news sentence whose clause links to the source
("The ministry <a>confirmed the figures on Monday</a>."), a deals post whose every
product is a link.  Dropping it deletes a sentence of the article with nothing to show
for it, so such a line is kept (the boilerplate stage, with its labelled rules for
newsletter prompts and read-more lines, still judges it).

A linked sentence is told from a link list by what a list item never has:

* words of its own outside the links (:data:`MIN_PLAIN_CHARS`): a teaser card or a
  related headline is one link from edge to edge;
* the shape of a sentence: it ends with a sentence mark (a closing quote or bracket may
  follow), and is long enough to be one (:data:`MIN_WORDS` words, or
  :data:`MIN_HAN` Han characters);
* lower-case running text: a line in capitals ('CLICK HERE TO …') is a button;
* a place in the article: a paragraph kept beside it in the same container (a sibling
  of its block), and no comment section around it (a comment form's notice under the
  article is a linked sentence too).

An item of the article's own bullet list is kept on the same ground when it has words of
its own and the list is mostly plain items ("<a>Your orders</a> arrive within a day"
among unlinked points): a link list has no such siblings.

:func:`linked_sentences` runs after the teaser cards and the comment foot are dropped,
so a kept line never hides a list of teasers (they are judged without it).

>>> linked_sentence("The agency said it would <review> the permits next spring.", 24)
True
>>> linked_sentence("Related: Ten ways the harbour changed its skyline", 9)
False
>>> linked_sentence("HIT THE BUTTON BELOW TO JOIN OUR WEEKLY SHOW TODAY!", 30)
False
"""

from __future__ import annotations

import re

from cleaner.ingest.html_layout import MAX_LINK_DENSITY, _Block, _Line, _weight_len

#: Characters of the line outside its links: a linked sentence has its own words around
#: the link ("The suspect was convicted and " + link + "."), a list item has none, or
#: a label ('Related: ', 'Read more: ').
MIN_PLAIN_CHARS = 15
#: ... or this many in a Chinese or Japanese sentence ('局长表示，' + link + '。').
MIN_PLAIN_HAN = 5
#: Words of a Latin-script sentence (a headline is ~6-12 words, but ends with no mark).
MIN_WORDS = 8
#: Han characters of a Chinese or Japanese sentence.
MIN_HAN = 15
#: A paragraph beside it: at least this many characters (a Han character counting
#: :data:`~cleaner.ingest.html_layout.HAN_WEIGHT` times), not mostly links.
NEIGHBOUR_MIN_CHARS = 40
#: An item of a list is the article's own when at least this many of its sibling items
#: are kept plain text, and they outnumber the linked ones.
MIN_PLAIN_ITEMS = 2
#: ... and it has this many characters of its own outside the links (a word).
MIN_ITEM_PLAIN_CHARS = 3
#: A line whose letters are more than this share capitals is a button or a banner.
MAX_UPPER_SHARE = 0.6

_END = re.compile(r"[.!?。！？…](?:[\"'”’」』)）\]]*)\s*$")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")


def linked_sentence(text: str, plain_chars: int) -> bool:
    """Whether ``text`` (``plain_chars`` of it outside links) is a sentence of running
    text rather than an item of a link list."""
    if plain_chars < MIN_PLAIN_HAN or not _END.search(text):
        return False
    if len(_HAN.findall(text)) >= MIN_HAN:
        return True
    if plain_chars < MIN_PLAIN_CHARS:
        return False
    if len(_WORD.findall(text)) < MIN_WORDS:
        return False
    letters = _LETTER.findall(text)
    upper = sum(c.isupper() for c in letters)
    return upper <= MAX_UPPER_SHARE * len(letters)


def linked_sentences(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> set[int]:
    """The lines ``extract.link_list`` drops that are sentences of the article (module
    doc): to be kept."""
    dropped = [
        i for i, r in enumerate(reasons) if r == "extract.link_list" and len(lines[i].owners) >= 2
    ]
    if not dropped:
        return set()
    items = _own_list_items(lines, blocks, reasons, dropped)
    link_list = [
        i
        for i in dropped
        if i in items or linked_sentence(texts[i], lines[i].chars - lines[i].link_chars)
    ]
    if not link_list:
        return set()
    # the containers of the kept paragraphs (the parent of each one's block)
    holders: set[int] = set()
    for i, r in enumerate(reasons):
        ln = lines[i]
        if (
            r is None
            and len(ln.owners) >= 2
            and _weight_len(texts[i]) >= NEIGHBOUR_MIN_CHARS
            and ln.link_chars <= MAX_LINK_DENSITY * max(1, ln.chars)
        ):
            holders.add(ln.owners[-2])
    out: set[int] = set()
    for i in link_list:
        ln = lines[i]
        if ln.owners[-2] not in holders:
            continue
        if any(blocks[o].comments or blocks[o].reader for o in ln.owners if o in blocks):
            continue
        out.add(i)
    return out


def _list_of(line: _Line, blocks: dict[int, _Block]) -> int | None:
    """The ``<ul>``/``<ol>`` whose ``<li>`` the line is, if it is one."""
    own, parent = line.owners[-1], line.owners[-2]
    if own in blocks and parent in blocks and blocks[own].tag == "li":
        if blocks[parent].tag in ("ul", "ol"):
            return parent
    return None


def _own_list_items(
    lines: list[_Line], blocks: dict[int, _Block], reasons: list[str | None], dropped: list[int]
) -> set[int]:
    """The dropped lines that are partly linked items of a mostly plain bullet list."""
    plain: dict[int, int] = {}
    linked: dict[int, int] = {}
    for ln, r in zip(lines, reasons, strict=True):
        if len(ln.owners) < 2 or (lst := _list_of(ln, blocks)) is None:
            continue
        if ln.link_chars > MAX_LINK_DENSITY * max(1, ln.chars):
            linked[lst] = linked.get(lst, 0) + 1
        elif r is None:
            plain[lst] = plain.get(lst, 0) + 1
    out: set[int] = set()
    for i in dropped:
        ln = lines[i]
        if (lst := _list_of(ln, blocks)) is None or ln.chars - ln.link_chars < MIN_ITEM_PLAIN_CHARS:
            continue
        if plain.get(lst, 0) >= MIN_PLAIN_ITEMS and plain[lst] > linked.get(lst, 0):
            out.add(i)
    return out
