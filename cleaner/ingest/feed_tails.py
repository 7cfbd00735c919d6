"""The bar of links a feed appends to every item (``(浏览全文 引用此文)``, ``Read more |
Comments``): the same few short links closing the item's HTML, after its last words.

An item's content is kept whole (:mod:`cleaner.ingest.feeds`), so this bar, glued to the
item's last line, was kept as text.  It is dropped (``extract.feed_tail``, on the record)
only when the same link texts close at least :data:`TAIL_MIN_ITEMS` items of the feed: a
post that happens to end with a link of its own keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cleaner.model import RawInput

__all__ = ["TAIL_MIN_ITEMS", "drop_tail", "tail_links"]

#: The same closing links must end this many items of the feed.
TAIL_MIN_ITEMS = 2
#: A bar has at most this many links of at most this many characters each.
TAIL_MAX_LINKS = 4
LINK_MAX_CHARS = 16
#: Only the end of an item's HTML is looked at.
TAIL_SCAN = 800

_GAP = r"(?:\s|&nbsp;|&#160;|[|｜·/,，、])*"
_TAIL = re.compile(
    rf"[(（\[【]?{_GAP}((?:<a\b[^>]*>[^<]{{1,{LINK_MAX_CHARS}}}</a>{_GAP}){{1,{TAIL_MAX_LINKS}}})"
    r"[)）\]】]?(?:\s|&nbsp;|&#160;|<br\s*/?>|</?p>|</?div>)*\Z",
    re.I,
)
_ANCHOR = re.compile(r"<a\b[^>]*>([^<]*)</a>", re.I)
_TEXT_GAP = r"[\s\xa0|｜·/,，、]*"


def tail_links(html: str) -> tuple[str, ...] | None:
    """The texts of the links that close ``html`` with nothing but separators between
    them, or None.

    >>> tail_links('正文最后一句。 (<a href="/1">浏览全文</a>&nbsp; <a href="/t">引用此文</a>)')
    ('浏览全文', '引用此文')
    >>> tail_links('See <a href="/x">the full report</a> for details.') is None
    True
    """
    end = html[-TAIL_SCAN:]
    m = _TAIL.search(end)
    if m is None or m.start() == 0:
        return None  # nothing before the links: they are the item, not a bar under it
    texts = tuple(" ".join(t.split()) for t in _ANCHOR.findall(m.group(1)))
    return texts if texts and all(texts) else None


def drop_tail(page: RawInput, tail: tuple[str, ...]) -> RawInput:
    """``page`` with the closing link bar ``tail`` dropped from its text (a drop on the
    record), or unchanged when its text does not end with the bar."""
    rx = re.compile(
        r"[ \t\xa0\u3000]*[(（\[【]?"
        + _TEXT_GAP
        + _TEXT_GAP.join(re.escape(t) for t in tail)
        + _TEXT_GAP
        + r"[)）\]】]?\s*\Z"
    )
    text = page.text or ""
    m = rx.search(text)
    if m is None:
        return page
    start = m.start()
    if start > 0 and text[start - 1] == "\n":
        start -= 1  # the bar on a line of its own: the line goes
    if not text[:start].strip():
        return page
    return replace(page, drops=(*page.drops, (start, len(text), "extract.feed_tail")))
