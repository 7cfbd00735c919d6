"""Repairs to the tree lxml builds, so that it holds what a browser shows.

A page assembled from server-side includes often carries a header fragment with its own
``</body></html>`` in the middle of the page; a browser ignores those tags and goes on
showing what follows (the article), but lxml closes the document there and puts the rest
in a second top-level ``<html>`` element beside the first, outside ``soup.body``, where the
extraction never looked: the whole article was lost without a trace.
:func:`adopt_strays` moves such trailing nodes into the body, in page order.

>>> from bs4 import BeautifulSoup
>>> soup = BeautifulSoup("<html><body><p>menu</p></body></html><div><p>story</p></div>", "lxml")
>>> adopt_strays(soup), soup.body.get_text("|")
(1, 'menu|story')
"""

from __future__ import annotations

from typing import Any


def adopt_strays(soup: Any) -> int:
    """Move what lxml left after the first ``<html>`` element into its ``<body>``.

    Returns how many nodes were moved (0 for a well-formed page: nothing changes).  A
    stray ``<head>`` (metadata of an included fragment) and comments stay where they are.
    """
    from bs4 import Comment, Tag
    from bs4.element import NavigableString

    body = soup.body
    if body is None:
        return 0
    first = body.find_parent("html")
    if first is None or first.parent is not soup:
        return 0
    moved = 0
    for node in list(first.next_siblings):
        if isinstance(node, Tag):
            if node.name != "html":
                body.append(node.extract())
                moved += 1
                continue
            for sub in list(node.children):
                if isinstance(sub, Tag) and sub.name == "head":
                    continue
                if isinstance(sub, Tag) and sub.name == "body":
                    for inner in list(sub.children):
                        body.append(inner.extract())
                        moved += 1
                    continue
                if isinstance(sub, Comment):
                    continue
                body.append(sub.extract())
                moved += 1
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            if node.strip():
                body.append(node.extract())
                moved += 1
    return moved
