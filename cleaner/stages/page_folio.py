"""A PDF page's lone folio beside its running head, inside a page's text (issue 12, zt).

Text taken from a PDF keeps each printed page's furniture where the page broke: the folio
(``18``) alone on its line, glued to the running head of the next page (or the foot of
the last), a paragraph cut on either side.  The site's repetition already claims the
running head; the number beside it, different on every page, repeats nowhere.  A bare
number of one to four digits on a line of its own, glued to a line the site repeats and
with a blank line (or the page's edge) on its other side, is that folio.  A number in a
list or a table has its neighbours on both sides, and a number beside no repeated line is
kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["PAGE_FOLIO", "folio_lines", "folios_taken"]

#: The rule id of a folio this module claims.
PAGE_FOLIO = "boilerplate.page_folio"
_FOLIO = re.compile(r"^\d{1,4}$")


def folio_lines(stripped: list[str], repeated: Callable[[int], bool]) -> list[int]:
    """The lone folios of a page (module doc); ``repeated(i)``: the site repeats line i.

    >>> page = ["正文的前半段，", "", "18", "某刊的书眉", "", "正文的后半段。"]
    >>> folio_lines(page, lambda i: i == 3)
    [2]
    >>> folio_lines(page, lambda i: False)
    []
    >>> folio_lines(["表一", "17", "某刊的书眉", "18", "19"], lambda i: i == 2)
    []
    """
    out: list[int] = []
    last = len(stripped) - 1
    for i, s in enumerate(stripped):
        if not _FOLIO.match(s):
            continue
        for side, other in ((i + 1, i - 1), (i - 1, i + 1)):
            if 0 <= side <= last and repeated(side) and stripped[side]:
                if other < 0 or other > last or not stripped[other]:
                    out.append(i)
                    break
    return out


def folios_taken(rules: Iterable[str], deleted: Iterable[str]) -> bool:
    """Did the boilerplate stage take the page's printed folios out?  A folio this module
    claimed (``rules``: the rule ids of the page's deletions), or two lone numbers of
    consecutive pages among the deleted lines (``deleted``: their texts; the chrome line
    model takes folios too).  The paragraph joins then know the page was paginated,
    though no mark is left on it.

    >>> folios_taken(["boilerplate.site_repeat", PAGE_FOLIO], [])
    True
    >>> folios_taken([], ["某刊的书眉\\n18\\n", "19\\n"]), folios_taken([], ["18\\n", "25\\n"])
    (True, False)
    >>> folios_taken([], ["3\\n"])
    False
    """
    if PAGE_FOLIO in rules:
        return True
    numbers = {
        int(line.strip())
        for text in deleted
        if len(text) <= 80
        for line in text.split("\n")
        if _FOLIO.match(line.strip())
    }
    return any(n + 1 in numbers for n in numbers)
