"""A headline's kicker over an HTML page's ``<h1>`` (:mod:`cleaner.ingest.html_deck`).

The reader keeps a newspaper story's kicker (引题), headline and subtitle (副题) in page
order, so the kicker is the first line of the text; the headline, not the kicker, is the
story's title.  The ``<h1>`` the page declares says which line it is.
"""

from __future__ import annotations

#: A kicker is a short line: at most this many characters.
KICKER_MAX_CHARS = 80


def kicker_over_h1(body: list[str], lead: int, h1: str | None) -> bool:
    """Whether ``body[lead]`` is a short line right over the page's ``<h1>`` line.

    >>> kicker_over_h1(["从城到乡", "新桥今天通车", "正文。"], 0, "新桥今天通车")
    True
    >>> kicker_over_h1(["新桥今天通车", "正文。"], 0, "新桥今天通车")
    False
    >>> kicker_over_h1(["从城到乡", "新桥今天通车"], 0, None)
    False
    """
    if not h1 or lead + 1 >= len(body):
        return False
    head, nxt = body[lead].strip(), body[lead + 1].strip()
    return nxt == h1.strip() and head != nxt and 0 < len(head) <= KICKER_MAX_CHARS
