"""The cells of a metadata row that are no metadata: kept as text.

A page prints a row of cells parted by bars under its title, and the split reads the
row's fields (a date, a source, an author) and removes it as ``split.meta_header``.  But
such a row may hold a cell of the text's own beside them: a sentence (``2023-05-06 |
某物业 | 因管道检修，本周六上午全小区停水``) or a record's facts (``型号 X200 | 续航 12
小时 | 售价 3999 元``).  Removing the row whole loses them; :func:`kept_cells` keeps
them, the row replaced by those cells, the removal of the rest recorded as before.

A cell is kept when no label reader reads a field from it and it is

* prose: it holds a clause mark (``，``, ``。``) or :data:`PROSE_CHARS` letters or more; or
* a fact: a short label the metadata tables do not know, then a value with a figure
  (``型号 X200``, ``售价：3999 元``).

A counter of the page's readers (``1164次阅读``, ``浏览 88``, ``0 条评论``: the counter
words of ``rules/counted_rows.toml``) and a bare name (a site's, a desk's) stay removed.
A row with a cell of none of these kinds (a code, coordinates, a bare figure: ``M4.7 |
2023-04-22 02:56 | 28.04°N 104.00°E | 深度8千米``) is a record's own row, which the split
judged as a whole: it is left as it was judged, no fragment of it kept.  Only a row
inside an article is read (a row over a piece's header belongs to no article's text).
Issue 12, real pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.edits import Edit
from cleaner.rules import load_table

__all__ = ["kept_cells"]

#: A cell this long (in letters) is prose, whatever its marks.
PROSE_CHARS = 16
#: A bare name (a site's, a desk's) is at most this long.
NAME_CHARS = 12
#: A row needs this many cells to be read cell by cell.
MIN_CELLS = 3
_BAR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
_CLAUSE = re.compile(r"[，。；！？]|[,;!?]\s")
_LETTER = re.compile(r"[^\W\d_]")
# a fact: a short label (Han or a word), a colon or a space, a value holding a figure
_FACT = re.compile(
    r"^(?P<label>[\u4e00-\u9fff]{2,4}|[A-Za-z]{2,12})[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<value>\S.{0,20})$"
)
_FIGURE = re.compile(r"\d")

Reader = Callable[[str], "dict[str, str] | None"]
Labels = Callable[[str], "str | None"]


@lru_cache(maxsize=1)
def _counters() -> tuple[str, ...]:
    t = load_table("counted_rows")["counter"]
    return tuple(w.casefold() for w in (*t["reader"], *t["feedback"]))


def _counter(cell: str) -> bool:
    """A counter of the page's readers or their feedback: a figure and a counter word."""
    low = cell.casefold()
    return bool(_FIGURE.search(cell)) and any(w in low for w in _counters())


def _kind(cell: str, read: Reader, field_of: Labels) -> str:
    """What ``cell`` is: ``meta`` (a reader reads a field from it), ``counter``, ``name``
    (a bare name: letters only, short), ``content`` (prose, or a fact no reader reads:
    module doc) or ``other`` (a record's own value: a code, coordinates, a figure)."""
    if _counter(cell):
        return "counter"
    if read(cell):
        return "meta"
    if _CLAUSE.search(cell) or len(_LETTER.findall(cell)) >= PROSE_CHARS:
        return "content"
    m = _FACT.match(cell)
    if (
        m is not None
        and bool(_FIGURE.search(m["value"]))
        and field_of(m["label"]) is None
        and not read(m["value"])
    ):
        return "content"
    if not _FIGURE.search(cell) and len(cell) <= NAME_CHARS:
        return "name"
    return "other"


def kept_cells(text: str, edit: Edit, read: Reader, field_of: Labels) -> Edit:
    """``edit`` again, or, when it removes one row of bar-parted cells as
    ``split.meta_header`` and some of its cells are the text's own (module doc), an edit
    replacing the row by those cells.

    >>> from cleaner.edits import Edit
    >>> row = "2031-01-05 | 某某科技 | 型号 X200 | 售价 3999 元 | 1164次阅读\\n"
    >>> read = lambda s: {"published": s} if s.startswith("2031") else None
    >>> kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), read,
    ...            lambda label: None).after
    '型号 X200 | 售价 3999 元\\n'
    >>> row = "M4.7 | 2031-01-05 | 28.04°N | 深度8千米"
    >>> kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), read,
    ...            lambda label: None).after
    ''
    >>> row = "2031-01-05 | 某某科技 | 1164次阅读"
    >>> kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), read,
    ...            lambda label: None).after
    ''
    """
    if edit.rule != "split.meta_header" or edit.action != "delete" or edit.after:
        return edit
    before = text[edit.start : edit.end]
    line = before.rstrip("\n")
    if "\n" in line or ("|" not in line and "｜" not in line):
        return edit
    cells = [c for c in _BAR.split(line.strip()) if c]
    if len(cells) < MIN_CELLS:
        return edit
    kinds = [_kind(c, read, field_of) for c in cells]
    if "other" in kinds or "content" not in kinds:
        return edit  # a record's row of its own values ('M4.7 | 某日 | 28.04°N'): whole
    kept = [c for c, k in zip(cells, kinds, strict=True) if k == "content"]
    bar = _BAR.search(line)
    after = (bar.group(0) if bar else " | ").join(kept) + before[len(line) :]
    return edit._replace(after=after, action="replace")
