"""An event's organizer row inside its text (``主办单位：某馆、某中心``).

The generic ``site_credits`` rule takes ``主办单位：…`` as a site footer's credit line, and
below the text it is one.  An exhibition, a contest or a lecture names its organizers in
the same words among its own labelled rows (time, place, organizer), with its text going
on below: there the line is the article's.  A credits line is released from that rule
when the line above it is kept text and a kept prose line follows further down (a footer
credit sits among other chrome at the page's end, with no prose under it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from cleaner.stages.line_features import is_prose

#: the rule whose claims this looks at
SITE_CREDITS = "boilerplate.rule.generic.site_credits"
#: an organizer's row: the role label and a value, not a site's whole credits bar
_ORGANIZER = re.compile(r"^(主办|承办|协办|联合主办)单位\s*[:：]\s*\S")
#: how far below the row a kept prose line is looked for
REACH = 12


def organizer_rows(stripped: list[str], claimed: Mapping[int, object]) -> list[int]:
    """The lines claimed by ``site_credits`` that are an organizer row inside the text."""
    out: list[int] = []
    for i, claim in claimed.items():
        if getattr(claim, "rule_id", None) != SITE_CREDITS or not _ORGANIZER.match(stripped[i]):
            continue
        above = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
        if above is None or above in claimed:
            continue  # under chrome or at the top: not framed by the text
        below = (
            k
            for k in range(i + 1, min(len(stripped), i + 1 + REACH))
            if stripped[k] and k not in claimed
        )
        if any(is_prose(stripped[k]) for k in below):
            out.append(i)
    return sorted(out)
