"""The issuers' row of a bulletin over its date row: metadata, though it holds no date.

A statistics bulletin, a joint notice or a communiqué prints under its title the bodies
that issue it (``某县统计局　国家统计局某县调查队``) and, on the next line, its date in
brackets (``（2021年3月9日）``).  A row of names alone reads as no metadata (a name is an
issuer only beside a date or a code, :func:`cleaner.stages.split_cells.cell_row`), so the
metadata block stopped above it and both rows stayed in the text (issue 12, blind set r).
:func:`issuers_over_date`: every cell of the row has an organisation's shape and the row
glued under it is a date alone; the first body named is the issuer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.split_cell_marks import _is_org

__all__ = ["issuers_over_date"]

#: Cells of an issuers' row: parted by a wide gap, a bar or an enumeration comma.
_CELLS = re.compile(r"\u3000+|[ \t]{2,}|[ \t\u3000]*[|｜、][ \t\u3000]*")
#: At most this many bodies issue one text together.
MAX_ISSUERS = 4


def issuers_over_date(
    line: str, below: str, read: Callable[[str], dict[str, str] | None]
) -> dict[str, str] | None:
    """``{"issuer": …}`` when ``line`` is a row of one to four organisation names and
    ``read(below)`` (the metadata reader near a title) finds a date and nothing else.

    >>> read = lambda s: {"published": "2021-03-09"} if s.startswith("（2021") else None
    >>> issuers_over_date("某某某县统计局　某某某县调查队", "（2021年3月9日）", read)
    {'issuer': '某某某县统计局'}
    >>> issuers_over_date("某某某县统计局　一段说明文字", "（2021年3月9日）", read)
    >>> issuers_over_date("某某某县统计局", "正文。", read)
    """
    cells = [c for c in _CELLS.split(line.strip()) if c]
    if not 1 <= len(cells) <= MAX_ISSUERS or not all(_is_org(c) for c in cells):
        return None
    fields = read(below)
    if not fields or set(fields) != {"published"}:
        return None
    return {"issuer": cells[0]}
