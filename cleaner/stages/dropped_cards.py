"""A notice's table of fields under its headline that the HTML extractor left out.

A notice page may set its own fields in a ``<table>`` of one label and one value a row
right under the ``<h1>`` (``生效日期　2018年11月12日``, ``受影響路線　23M``, ``通告編號　PN18180``),
outside the box the extractor chooses as the text: it drops the table as
``extract.outside_main`` with the chrome, and the split stage never reads the number.
:func:`dropped_card` reads such a table back where it stood: a deletion opening on the
line right under the headline, its leading lines each a row of two cells (a label, a tab,
a value), two rows at least, read by the split's row reader.  Only a table naming the
document's number is read (a card of a product's or a route's attributes names none);
its fields fill what the page's text left missing, the table staying dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["dropped_card"]

#: a row of the table is at most this long
_ROW_MAX = 60
#: a table of at least this many rows
_MIN_ROWS = 2


def dropped_card(
    deletions: Iterable[tuple[int, str]],
    visible: str,
    headline: str | None,
    shaped_row: Callable[[str], dict[str, str] | None],
) -> dict[str, str]:
    """The fields of the one label/value table an extractor's deletion (``(start,
    text)`` in ``visible``, the text it read) took right under ``headline``, when they
    name a document number; else ``{}``.

    >>> from functools import partial
    >>> from cleaner.stages.split_meta import MetaParser
    >>> read = partial(MetaParser().shaped_row, near_title=True)
    >>> page = "某線改道\\n生效日期\\t2021年3月9日\\n通告編號\\tPN21007\\n正文一句。\\n"
    >>> a = page.index("生效"); b = page.index("正文")
    >>> dropped_card([(a, page[a:b])], page, "某線改道", read)["doc_number"]
    'PN21007'
    >>> dropped_card([(a, page[a:b])], page, "另一標題", read)
    {}
    >>> page = "某線改道\\n受影響路線\\t23M\\n車站\\t警署\\n正文一句。\\n"
    >>> a = page.index("受影響"); b = page.index("正文")
    >>> dropped_card([(a, page[a:b])], page, "某線改道", read)
    {}
    """
    head = (headline or "").strip()
    if not head:
        return {}
    found: list[dict[str, str]] = []
    for start, text in deletions:
        e = start  # the line above the deletion, found without copying the page
        while e > 0 and visible[e - 1] == "\n":
            e -= 1
        above = visible[visible.rfind("\n", 0, e) + 1 : e].strip()
        if above != head:
            continue
        rows: list[str] = []
        for line in text.split("\n"):
            s = line.strip()
            if not s:
                if rows:
                    break
                continue
            cells = [c for c in s.split("\t") if c.strip()]
            if len(cells) != 2 or len(s) > _ROW_MAX:
                break
            rows.append(s)
        if len(rows) < _MIN_ROWS:
            continue
        fields: dict[str, str] = {}
        for row in rows:
            for k, v in (shaped_row(row) or {}).items():
                fields.setdefault(k, v)
        if "doc_number" in fields:
            found.append(fields)
    return found[0] if len(found) == 1 else {}
