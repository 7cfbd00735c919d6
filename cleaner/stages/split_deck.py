"""A headline's kicker over an HTML page's ``<h1>`` (:mod:`cleaner.ingest.html_deck`).

The reader keeps a newspaper story's kicker (引题), headline and subtitle (副题) in page
order, so the kicker is the first line of the text; the headline, not the kicker, is the
story's title.  The ``<h1>`` the page declares says which line it is, unless the page's
``<title>`` names the line over it (``Headline | Site`` over an ``<h1>`` holding the site's
name: the line over the ``<h1>`` is the headline, the ``<h1>`` a banner).
"""

from __future__ import annotations

#: A kicker is a short line: at most this many characters.
KICKER_MAX_CHARS = 80


def kicker_over_h1(body: list[str], lead: int, h1: str | None, title: str | None = None) -> bool:
    """Whether ``body[lead]`` is a short line right over the page's ``<h1>`` line, and the
    page's ``<title>`` (``title``) does not open with that line.

    >>> kicker_over_h1(["从城到乡", "新桥今天通车", "正文。"], 0, "新桥今天通车")
    True
    >>> kicker_over_h1(["新桥今天通车", "正文。"], 0, "新桥今天通车")
    False
    >>> kicker_over_h1(["从城到乡", "新桥今天通车"], 0, None)
    False
    >>> kicker_over_h1(["Bridge Reopens", "Town Crier", "Text."], 0, "Town Crier",
    ...                "Bridge Reopens | Town Crier")
    False
    """
    if not h1 or lead + 1 >= len(body):
        return False
    head, nxt = body[lead].strip(), body[lead + 1].strip()
    if title and title.strip().startswith(head):
        return False  # the <title> names the line over the <h1> as the headline
    return nxt == h1.strip() and head != nxt and 0 < len(head) <= KICKER_MAX_CHARS
