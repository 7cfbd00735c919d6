"""A box named by a chrome word that holds the page's headline and prose is content.

A class name's chrome word (``header``, ``top``, ``banner`` ...) says where a box sits,
not always what it holds: a question page names the question's own box
``QuestionHeader`` (its title in an ``<h1>``, its detail in a paragraph below), an
article its headline block ``post-header``.  A site's header holds a logo, links and at
most a slogan.  So an element named chrome only by its class or id words
(:func:`~cleaner.ingest.html_elements._names_chrome`) is not chrome when
:func:`headed_prose` holds: it holds the page's headline (an ``<h1>``, not a link, its
text in the page's ``<title>`` or a part of the title in it; a site banner's ``<h1>``
over an announcement is not) and a paragraph of prose (at least
:data:`PROSE_MIN_CHARS` characters outside links, in a ``<p>`` or a leaf block), and
links are under half its text.  Inside such a box, an element named by the same chrome
words only is its part: it stays when it is a heading or holds one or a paragraph of
prose (:func:`headed_part`); its parts made of links (a topic list) and elements named
by other chrome words (a pagination bar) are still chrome.
"""

from __future__ import annotations

import re
from typing import Any

from cleaner.ingest.html_elements import _name_tokens
from cleaner.ingest.html_thread_signs import TITLE_PARTS

__all__ = [
    "PROSE_MIN_CHARS",
    "TITLE_PART_MIN_CHARS",
    "chrome_words",
    "headed_part",
    "headed_prose",
    "headline",
    "page_title",
]

#: A paragraph of prose: at least this many characters outside links.
PROSE_MIN_CHARS = 40
_HEADINGS = ("h1", "h2", "h3")
_LEAVES = ("p", "div", "section", "blockquote")


def _plain(node: Any) -> int:
    """Characters of ``node``'s text outside links."""
    total = len(node.get_text("", strip=True))
    links = sum(len(a.get_text("", strip=True)) for a in node.find_all("a"))
    return total - links


def _prose(node: Any) -> bool:
    for p in node.find_all(_LEAVES):
        if p.name != "p" and p.find(_LEAVES):
            continue  # a wrapper, not a paragraph
        if _plain(p) >= PROSE_MIN_CHARS:
            return True
    return False


_SPACE = re.compile(r"\s+")
#: A part of the page title this long, inside the heading, names it too.
TITLE_PART_MIN_CHARS = 8


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip().casefold()


def page_title(node: Any) -> str:
    """The ``<title>`` of the document ``node`` is in, folded ("" when it has none): what
    :func:`headed_prose` matches headlines against, to be looked up once a document."""
    doc = node
    while doc.parent is not None:
        doc = doc.parent
    tag = doc.find("title")
    return _norm(tag.get_text(" ")) if tag is not None else ""


def headline(h1: Any, title: str) -> bool:
    """Whether ``h1`` is the page's headline: not a link, and its text in the page's
    ``title`` or a part of the title in it (no title: any such heading).  A banner's
    ``<h1>`` (a site announcement above every page) is some other page's headline."""
    text = _norm(h1.get_text(" "))
    if not text or 2 * _plain(h1) <= len(h1.get_text("", strip=True)):
        return False
    if not title or text in title:
        return True
    parts = [p.strip() for p in TITLE_PARTS.split(title)]
    return any(len(p) >= TITLE_PART_MIN_CHARS and p in text for p in parts)


def headed_prose(node: Any, title: str | None = None) -> bool:
    """Whether ``node`` holds an ``<h1>`` and a paragraph of prose, links under half;
    ``title``: its document's :func:`page_title` (looked up when not given).

    >>> from bs4 import BeautifulSoup
    >>> q = "<title>Why? - Ask</title><div><h1>Why?</h1><p>" + "word " * 12 + "</p></div>"
    >>> headed_prose(BeautifulSoup(q, "html.parser").div)
    True
    >>> headed_prose(BeautifulSoup(q.replace("<h1>Why?", "<h1>Other"), "html.parser").div)
    False
    >>> site = "<div><h1><a href='/'>Site</a></h1><a href='/x'>News</a></div>"
    >>> headed_prose(BeautifulSoup(site, "html.parser").div)
    False
    """
    title = page_title(node) if title is None else title
    h1 = node if node.name == "h1" else node.find("h1")
    if h1 is None:
        # a page without an <h1>: its headline <h2>/<h3> (html_headline), which must stand
        # inside the node: a node without one is no headline box (no walk of the document)
        if node.find(("h2", "h3")) is None:
            return False
        from cleaner.ingest.html_headline import headline_element

        h1 = headline_element(node, title)
        if h1 is None or not any(up is node for up in h1.parents):
            return False
    elif not headline(h1, title):
        return False
    if not _prose(node):
        return False
    total = len(node.get_text("", strip=True))
    return 2 * _plain(node) > total


def chrome_words(attrs: dict[str, Any], tokens: frozenset[str]) -> frozenset[str]:
    """The chrome words among an element's class and id words."""
    names = attrs.get("class") or []
    names = [*(names if isinstance(names, list) else [str(names)])]
    if attrs.get("id"):
        names.append(str(attrs["id"]))
    return frozenset(w for n in names for w in _name_tokens(n) if w in tokens)


def headed_part(node: Any, box: frozenset[str], tokens: frozenset[str]) -> bool:
    """Whether ``node``, inside a box :func:`headed_prose` kept (named by the chrome words
    ``box``), is a part of its text: named by those words only (``QuestionHeader-title``
    in ``QuestionHeader``), and a heading (not a link) or holding a heading or a
    paragraph of prose."""
    own = chrome_words(node.attrs, tokens)
    if not own or not own <= box:
        return False
    if node.name in _HEADINGS:
        return 2 * _plain(node) > len(node.get_text("", strip=True))
    return node.find(_HEADINGS) is not None or _prose(node)
