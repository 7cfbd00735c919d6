"""When two neighbouring inline elements must be parted in the laid-out text.

A browser shows ``<time>2019-09-06</time><span>194</span>`` as two cells (a list item's
date and its comment count, set apart by CSS margins), but their texts have nothing
between them, so a plain text walk glues them into ``2019-09-06194``: a date no reader
can read back.  :func:`must_part` decides from the markup and the two texts whether a
space goes between them, and keeps gluing what markup splits inside one token:

* a complete date (or a ``<time>`` element's text) followed by an element whose text
  starts with a digit, or text ending in a digit followed by a complete date (or a
  ``<time>`` element), is two cells: parted;
* ``<sup>`` / ``<sub>`` (a footnote mark, an exponent) are never parted from their
  neighbour, nor are digits styled one by one inside a number (``<b>12</b><b>34</b>``),
  nor a word split by markup (``<b>Wo</b><i>rd</i>``): none of them is a complete date.

Examples
--------
>>> must_part("time", "2019-09-06", "span", "194")
True
>>> must_part("span", "12", "time", "2020年3月1日")
True
>>> must_part("span", "2019-09-06", "sup", "1")
False
>>> must_part("b", "12", "b", "34")
False
"""

from __future__ import annotations

import re

#: A complete calendar date, optionally with a time of day: ``2019-09-06``,
#: ``2019/9/6 10:20``, ``2020年3月1日``.  Only a whole element's text that is one of these
#: counts, so a date split over several elements is never parted.
_FULL_DATE = re.compile(
    r"(?:19|20)\d{2}(?:[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])"
    r"|年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日)"
    r"(?:\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?"
)
#: Elements whose text belongs to its neighbour's token: footnote marks, exponents.
_BOUND = frozenset(("sup", "sub"))
#: The longest element text looked at: a date with a time of day fits.
MAX_CELL_CHARS = 24


def is_date_cell(tag: str, text: str) -> bool:
    """Whether an element's whole ``text`` is a date: a complete one, or a ``<time>``'s."""
    s = text.strip()
    if not s or len(s) > MAX_CELL_CHARS:
        return False
    if tag == "time":
        return s[-1].isdigit() or s[0].isdigit()
    return _FULL_DATE.fullmatch(s) is not None


def must_part(left_tag: str, left: str, right_tag: str, right: str) -> bool:
    """Whether the texts of two adjacent inline elements (nothing between them) are two
    cells that must be parted by a space (``left`` is the whole text of the first element,
    ``right`` the start of the second's)."""
    if left_tag in _BOUND or right_tag in _BOUND:
        return False
    a, b = left.rstrip(), right.lstrip()
    if not a or not b or a != left or b != right:
        return False  # white space already parts them (or nothing to part)
    if b[0].isdigit() and is_date_cell(left_tag, a):
        return True
    return a[-1].isdigit() and is_date_cell(right_tag, b)
