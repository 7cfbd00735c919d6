"""The page's headline element: its ``<h1>``, else the ``<h2>``/``<h3>`` that is marked so.

Most templates set a story's headline as the page's ``<h1>``; many set it as an ``<h2>``
(``<h2 itemprop="headline">``, ``<h2 class="article-title">``) inside the article's header
box, the ``<h1>`` left out or kept for nothing.  :func:`headline_element` names the
element a reader reads as the headline, by the markup alone: the first ``<h1>`` with a
letter or digit in it; when the page has none, the first ``<h2>`` or ``<h3>`` marked
``itemprop="headline"``, else the first one that is the page's title
(:func:`~cleaner.ingest.html_headed.headline`: not a link, its text in the ``<title>`` or
a part of the title in it).  A section heading (``Weitere Nachrichten``) is neither.
"""

from __future__ import annotations

import re
from typing import Any

from cleaner.ingest.html_headed import headline

__all__ = ["headline_element", "is_headline_element"]

_WORD = re.compile(r"\w")
_SUBHEADS = ("h2", "h3")
#: How many ``<h2>``/``<h3>`` are looked at for the page's title.
_LOOK = 40


def _root(node: Any) -> Any:
    while node.parent is not None:
        node = node.parent
    return node


def _marked(node: Any) -> bool:
    return "headline" in str(node.get("itemprop") or "").split()


def headline_element(node: Any, title: str) -> Any:
    """The headline element of the document ``node`` is in (see the module); None when it
    has none.  ``title``: the page's folded title (:func:`~cleaner.ingest.html_headed.page_title`).

    >>> from bs4 import BeautifulSoup
    >>> doc = BeautifulSoup("<h2>More</h2><h2 itemprop='headline'>Pier reopens</h2>",
    ...                     "html.parser")
    >>> headline_element(doc, "").get_text()
    'Pier reopens'
    >>> doc = BeautifulSoup("<h2>More</h2><h3>Pier reopens</h3>", "html.parser")
    >>> headline_element(doc, "pier reopens - courier").get_text()
    'Pier reopens'
    >>> headline_element(doc, "other page") is None
    True
    >>> headline_element(BeautifulSoup("<h2>A</h2><h1>Top</h1>", "html.parser"), "").name
    'h1'
    """
    doc = _root(node)
    for h1 in doc.find_all("h1", limit=20):
        if _WORD.search(h1.get_text(" ")):
            return h1
    subs = doc.find_all(_SUBHEADS, limit=_LOOK)
    for h in subs:
        if _marked(h) and _WORD.search(h.get_text(" ")):
            return h
    if title:
        for h in subs:
            if headline(h, title):
                return h
    return None


def is_headline_element(node: Any, title: str) -> bool:
    """Whether ``node`` (an ``<h1>``–``<h3>``) is the page's headline: an ``<h1>`` that
    :func:`~cleaner.ingest.html_headed.headline` accepts, or the :func:`headline_element`
    of a page without an ``<h1>``."""
    if node.name == "h1":
        return headline(node, title)
    return node.name in _SUBHEADS and headline_element(node, title) is node
