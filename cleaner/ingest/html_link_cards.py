"""The link card a post embeds under its text, for :mod:`cleaner.ingest.html_content_passes`.

A microblog post, a forum reply or a chat message that shares a link shows the linked
page as a card under the post's text: the page's title over the name of its site
(``WhyPKU | Why We Love PKU`` / ``来自 youtube.com``), the whole card one link.  The card
is a box of its own beside the post's text box, so the content chosen (the text box)
left it out as ``extract.outside_main`` with the page's chrome, and with it the only
words saying what the post shares (often the post's text is "watch this").

:func:`link_cards` tells such a card by structure: the innermost element holding the
links to one web address (one to :data:`MAX_CARD_LINKS`: its picture, its title, its
host), all of whose text is theirs, a title line and a line naming the address's own host
(``youtube.com``, ``来自 youtube.com``, ``From example.org``: no menu link, button or
teaser names the host it leads to), short (:data:`MAX_CARD_CHARS`), and set right under
the kept text: between the post's last kept line and the card only lines the page drops
as buttons, controls or post meta (a "translate" button, a count).  A card anywhere else
(a sidebar's, a list of cards) stays dropped.
"""

from __future__ import annotations

from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from cleaner.ingest.html_layout import _Block, _Line

__all__ = ["MAX_CARD_CHARS", "MAX_CARD_LINKS", "MIN_TITLE_CHARS", "link_cards"]

#: A card is one or a few links to one address (its picture, its title, its host) …
MAX_CARD_LINKS = 3
#: … set within this many levels of one another …
MAX_CARD_DEPTH = 8
#: … a small box of at most this many elements …
MAX_CARD_NODES = 80
#: … a title and a host: at most this many characters in all …
MAX_CARD_CHARS = 300
#: … its title line at least this many (a lone host or a "Link" label is no card).
MIN_TITLE_CHARS = 8
#: A line naming the host holds at most this many characters besides it (``来自 ``,
#: ``From ``, ``· 3 min read``).
HOST_LINE_EXTRA = 12
#: What may stand between the post's text and its card: its buttons and post meta.
_BETWEEN = frozenset({"extract.skip_tag", "extract.controls", "extract.post_meta"})
_OUTSIDE = "extract.outside_main"


def _host(href: str) -> str | None:
    """The host an absolute web address leads to, ``www.`` left out."""
    if not href.startswith(("http://", "https://")):
        return None
    try:
        host = (urlsplit(href).hostname or "").removeprefix("www.")
    except ValueError:  # a broken address ('http://[::1'): no host
        return None
    return host if "." in host else None


def _rows(node: Any) -> list[str]:
    """The lines of ``node``'s text, spacing squeezed, empty ones left out."""
    rows = [" ".join(t.split()) for t in node.get_text("\n").split("\n")]
    return [r for r in rows if r]


def _card(box: Any, links: list[Any], host: str) -> bool:
    """Whether ``box``, holding the ``links`` to one address on ``host``, is a card: all
    of its text theirs, a title line over a line naming the host (module doc)."""
    if len(box.find_all(True, limit=MAX_CARD_NODES + 1)) > MAX_CARD_NODES:
        return False  # a list or a page region, not one card (and never read whole)
    rows = _rows(box)
    if not rows or sum(len(r) for r in rows) > MAX_CARD_CHARS:
        return False
    if sorted(rows) != sorted(r for a in links for r in _rows(a)):
        return False  # words of its own beside the links: a teaser, a post
    named = [r for r in rows if host in r.casefold() and len(r) <= len(host) + HOST_LINE_EXTRA]
    titles = [r for r in rows if r not in named and len(r) >= MIN_TITLE_CHARS]
    return bool(named) and bool(titles)


def _common(links: list[Any]) -> Any:
    """The innermost element holding every one of ``links``, or ``None`` when it is more
    than :data:`MAX_CARD_DEPTH` levels above the first (links far apart: no one card)."""
    # a link more than MAX_CARD_NODES levels under the box: a box too big for a card
    # anyway (_card), so each link's climb stops there (a page nested 100,000 deep)
    ups = [{id(u) for u in islice(a.parents, MAX_CARD_NODES + 1)} for a in links]
    box = links[0]
    for _ in range(MAX_CARD_DEPTH + 1):
        if box is None or all(box is a or id(box) in up for a, up in zip(links, ups, strict=True)):
            return box
        box = box.parent
    return None


def link_cards(
    soup: Any,
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    reasons: list[str | None],
) -> list[int]:
    """The lines of each link card set right under the kept text (module doc), now
    dropped as outside the content.

    >>> from cleaner.ingest.html import extract
    >>> page = extract(
    ...     "<html><body><nav><a href=/>Home</a></nav><div class=col><div class=post>"
    ...     "<div class=text><p>Our students answer why they chose this university, "
    ...     "in a short film.</p></div>"
    ...     "<button>Translate</button><div class=card><a href='https://video.example.com/w'>"
    ...     "<div>Why we chose it: student voices</div><div>From video.example.com</div>"
    ...     "</a></div><div class=stats><span>1.2K views</span></div></div></div></body></html>"
    ... )
    >>> print(page.body)
    Our students answer why they chose this university, in a short film.
    Why we chose it: student voices
    From video.example.com
    """
    if not any(r is None for r in reasons):
        return []
    by_href: dict[str, list[Any]] = {}
    for a in soup.find_all("a", href=True):
        if _host(str(a["href"])) is not None:
            by_href.setdefault(str(a["href"]), []).append(a)
    out: list[int] = []
    owned: dict[int, list[int]] | None = None  # each block's lines, built on first need
    for href, links in by_href.items():
        host = _host(href)
        box = _common(links) if len(links) <= MAX_CARD_LINKS else None
        if host is None or box is None or not _card(box, links, host):
            continue
        inner = {id(d) for d in box.find_all(True) if id(d) in blocks}
        if id(box) in blocks:
            inner.add(id(box))
        if owned is None:
            owned = {}
            for i, ln in enumerate(lines):
                if texts[i]:
                    for o in set(ln.owners):
                        owned.setdefault(o, []).append(i)
        rows = sorted({i for o in inner for i in owned.get(o, ())})
        if not rows or any(reasons[i] != _OUTSIDE for i in rows):
            continue
        j = rows[0] - 1
        while j >= 0 and (not texts[j] or reasons[j] in _BETWEEN):
            j -= 1
        if j >= 0 and reasons[j] is None:
            out.extend(rows)
    return out
