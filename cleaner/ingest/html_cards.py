"""A label/value card printed as a definition list: ``<dl><dt>标签</dt><dd>值</dd>…</dl>``.

A listing page (a pet for adoption, an exhibit, a thesis record) sets the item's facts in
a ``<dl>`` of short terms and short values near its title.  Each ``<dt>`` and ``<dd>``
is a line of its own, so the split stage sees a column of short words it cannot tell from
a short poem or a list: the markup says it is a card.  :func:`card_lines` gives the lines
of each such card: two term/value pairs at least, in turn, every term a short label (no
sentence mark) and every value short and no sentence.  The split stage reads a run of
them at the head of a lone page as metadata rows (:func:`cleaner.stages.split_dl_cards`);
a definition list of long definitions (a glossary) is text and is not named.
"""

from __future__ import annotations

import re

from cleaner.ingest.html_fallback import _UNSEEN
from cleaner.ingest.html_layout import _Block, _Line

#: A card's term holds at most this many characters, its value at most this many.
TERM_MAX_CHARS = 8
VALUE_MAX_CHARS = 30
#: A card holds at least this many term/value pairs.
MIN_PAIRS = 2
_SENTENCE = re.compile(r"[。！？；!?;:：]")


def card_lines(
    lines: list[_Line], texts: list[str], blocks: dict[int, _Block], reasons: list[str | None]
) -> list[str]:
    """The kept lines of the page's label/value ``<dl>`` cards, in page order.

    Each ``<dt>``/``<dd>`` is read as the line its element owns; a card whose lines do
    not run term, value, term, value … or whose term or value is too long (or a
    sentence) is no card.
    """
    cards: dict[int, list[tuple[str, str]]] = {}
    for i, ln in enumerate(lines):
        text = texts[i].strip()
        if not text or reasons[i] == _UNSEEN or not ln.owners:
            continue
        own = blocks.get(ln.owners[-1])
        if own is None or own.tag not in ("dt", "dd") or own.parent is None:
            continue
        dl = blocks.get(own.parent)
        if dl is None or dl.tag != "dl":
            continue
        cards.setdefault(own.parent, []).append((own.tag, text if reasons[i] is None else ""))
    out: list[str] = []
    for items in cards.values():
        if _card(items):
            out += [t for _, t in items if t]
    return out


def _card(items: list[tuple[str, str]]) -> bool:
    """``items`` (tag, kept text: '' when the extractor dropped it) run term, value … and
    every term and value is short; at least :data:`MIN_PAIRS` pairs."""
    if len(items) < 2 * MIN_PAIRS or len(items) % 2:
        return False
    for k in range(0, len(items), 2):
        (t1, term), (t2, value) = items[k], items[k + 1]
        if t1 != "dt" or t2 != "dd":
            return False
        if len(term) > TERM_MAX_CHARS or _SENTENCE.search(term):
            return False
        if len(value) > VALUE_MAX_CHARS or re.search(r"[。！？!?]", value):
            return False
    return True
