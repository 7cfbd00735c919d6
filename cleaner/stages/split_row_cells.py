"""The cells of a metadata row that are no metadata: kept as text.

A page prints a row of cells parted by bars under its title, and the split reads the
row's fields (a date, an author, a source) and removes it as ``split.meta_header``.  But
such a row may hold a sentence of the text's own beside them (``发布日期：… | 作者：某某 |
备注：周五前交齐材料，逾期不候``).  Removing the row whole loses it; :func:`kept_cells`
keeps it, the row replaced by its prose cells, the removal of the rest recorded as before.

A cell is prose when no label reader reads a field from it and it holds a clause mark
(``，``, ``。``) or :data:`PROSE_CHARS` letters or more.  A counter of the page's readers
(``1164次阅读``, ``浏览 88``, ``0 条评论``: the counter words of
``rules/counted_rows.toml``) and a bare name (a site's, a desk's) stay removed.  A row
with a cell of none of these kinds (a record's own value: a code, coordinates, a figure,
a labelled fact: ``M4.7 | 2023-04-22 02:56 | 28.04°N | 深度8千米``, ``著者：某某 |
索书号：K876.3/71``, which the families' truths remove with the row) was judged as a
whole, and is left so: no fragment of it is kept.  Only a row inside an article is read
(a row over a piece's header belongs to no article's text).  Issue 12, real pages.

The boilerplate stage's info-bar rule (``publish_info``: ``发布时间：… | 来源：… | 作者：…``)
removes such a row too, and its cells are judged the same way (``rule=``): the removed
row stays whole on the ledger, where the split stage reads its fields.  An info bar parts
its cells by wide gaps as often as by bars (``gaps=``: an ideographic space or two spaces
and more; a single space parts words of one cell, never cells).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.edits import Edit
from cleaner.rules import load_table
from cleaner.stages.person_names import surnamed

__all__ = ["kept_cells", "row_fields_part", "sentence_tail"]

#: A cell this long (in letters) is prose, whatever its marks.
PROSE_CHARS = 16
#: A bare name (a site's, a desk's) is at most this long.
NAME_CHARS = 12
#: A row needs this many cells to be read cell by cell.
MIN_CELLS = 3
_BAR = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
_GAP = re.compile(r"[ \t]*\u3000[ \t\u3000]*|[ \t]{2,}")
_CLAUSE = re.compile(r"[，。；！？]|[,;!?]\s")
_LETTER = re.compile(r"[^\W\d_]")
#: a labelled cell: a short label and its colon (``所属行业：…``), a fact of the record
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]")
_FIGURE = re.compile(r"\d")

Reader = Callable[[str], "dict[str, str] | None"]


@lru_cache(maxsize=1)
def _counters() -> tuple[str, ...]:
    t = load_table("counted_rows")["counter"]
    return tuple(w.casefold() for w in (*t["reader"], *t["feedback"]))


def _counter(cell: str) -> bool:
    """A counter of the page's readers or their feedback: a figure and a counter word."""
    low = cell.casefold()
    return bool(_FIGURE.search(cell)) and any(w in low for w in _counters())


def _kind(cell: str, read: Reader) -> str:
    """What ``cell`` is: ``meta`` (a reader reads a field from it), ``counter``, ``name``
    (a bare name: no figure, short), ``content`` (prose: module doc) or ``other`` (a
    record's own value: a code, coordinates, a figure, a labelled fact)."""
    if _counter(cell):
        return "counter"
    if read(cell):
        return "meta"
    if _CLAUSE.search(cell):
        return "content"
    if _LABELLED.match(cell) or _FIGURE.search(cell):
        # a labelled fact, or a code's or a figure's cell: its letters are no prose's
        # ('统一社会信用代码：91A2BC…', whose code's capitals would count as letters)
        return "other"
    if len(_LETTER.findall(cell)) >= PROSE_CHARS:
        return "content"
    return "name" if len(cell) <= NAME_CHARS else "other"


def kept_cells(
    text: str, edit: Edit, read: Reader, *, rule: str = "split.meta_header", gaps: bool = False
) -> Edit:
    """``edit`` again, or, when it removes one row of bar-parted cells as ``rule`` (its
    id, or the id's last parts: ``publish_info``) and some of its cells are the text's own
    (module doc), an edit replacing the row by those cells.  With ``gaps``, a row
    without bars is parted by its wide gaps.

    >>> from cleaner.edits import Edit
    >>> row = "2031-01-05 | 某某科技 | 备注：周五前交齐材料，逾期不候 | 1164次阅读\\n"
    >>> read = lambda s: {"published": s} if s.startswith("2031") else None
    >>> kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), read).after
    '备注：周五前交齐材料，逾期不候\\n'
    >>> row = "M4.7 | 2031-01-05 | 28.04°N | 深度8千米"
    >>> kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), read).after
    ''
    >>> row = "信用代码：91A2BCDEFGHJKLMNPQ | 所属行业：某某加工 | 所在区县：某某县"
    >>> kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), read).after
    ''
    >>> row = "2031-01-05 | 某某科技 | 1164次阅读"
    >>> kept_cells(row, Edit(0, len(row), "", "split.meta_header", "delete"), read).after
    ''
    """
    if edit.action != "delete" or edit.after:
        return edit
    if edit.rule != rule and not edit.rule.endswith("." + rule):
        return edit
    before = text[edit.start : edit.end]
    line = before.rstrip("\n")
    if "\n" in line:
        return edit
    # the row's last word a sentence of the text's own: it stays, and so do the cells of
    # prose a bar parts from the row's fields before it (both kept, neither lost)
    tail = sentence_tail(line.strip(), read)
    parts = _BAR
    if "|" not in line and "｜" not in line:
        if tail is not None:
            return edit._replace(after=tail + before[len(line) :], action="replace")
        if not gaps or not _GAP.search(line.strip()):
            return edit
        parts = _GAP
    cells = [c for c in parts.split(line.strip()) if c]
    if tail is not None and cells and cells[-1] != tail and cells[-1].endswith(tail):
        cells[-1:] = [cells[-1][: -len(tail)].strip(), tail]  # its sentence: a cell of its own
    kinds = [_kind(c, read) for c in cells]
    if len(cells) < MIN_CELLS or "other" in kinds or "content" not in kinds:
        # a record's row of its own values ('M4.7 | 某日 | 28.04°N'): whole, but its
        # sentence of the text's own
        if tail is None:
            return edit
        return edit._replace(after=tail + before[len(line) :], action="replace")
    kept = [c for c, k in zip(cells, kinds, strict=True) if k == "content" or c == tail]
    bar = parts.search(line.strip())
    after = (bar.group(0) if bar else " | ").join(kept) + before[len(line) :]
    return edit._replace(after=after, action="replace")


#: A sentence sharing a row's line holds at least this many letters.
TAIL_CHARS = 8
_TAIL_END = re.compile(r"[。！？!?]$")


def sentence_tail(line: str, read: Reader) -> str | None:
    """The sentence of the text's own that a row of fields parted by single spaces ends
    with (``发布时间：2031-01-05 来源：某报 作者：某某 本次会议持续两天，共有百人参加。``),
    or None.  The row's last space-parted word is that sentence when it holds a clause
    mark and :data:`TAIL_CHARS` letters or more, closes like a sentence, opens with no
    label and is no field, and a reader reads fields from the rest of the row.  The
    sentence reaches leftwards over the words before it that are no field
    (:func:`_loose_word`: ``… 来源：某报 本次会议 持续两天，…`` keeps ``本次会议``), never over
    a name a credit before it owns.  A row without a space, or whose rest no reader
    reads, is left as it was judged.

    >>> read = lambda s: {"published": s} if s.startswith("发布时间") else None
    >>> sentence_tail("发布时间：2031-01-05 来源：某报 本次会议持续两天，共有百人参加。", read)
    '本次会议持续两天，共有百人参加。'
    >>> sentence_tail("发布时间：2031-01-05 来源：某报 本次会议 持续两天，共有百人参加。", read)
    '本次会议 持续两天，共有百人参加。'
    >>> sentence_tail("发布时间：2031-01-05 来源：某报 浏览：12次", read) is None
    True
    >>> sentence_tail("某报 本次会议持续两天，共有百人参加。", read) is None  # nothing read
    True
    >>> sentence_tail("发布时间：2031-01-05 备注：周五前交齐，逾期不候。", read) is None
    True
    """
    head, sep, last = line.rpartition(" ")
    if not sep or not head.strip() or "\u3000" in last:
        return None
    if not _TAIL_END.search(last) or not _CLAUSE.search(last[:-1]):
        return None
    if len(_LETTER.findall(last)) < TAIL_CHARS or _LABELLED.match(last) or read(last):
        return None
    if not read(head.strip()):
        return None
    # the sentence reaches leftwards over the words before it that are no field
    words = head.split(" ")
    while len(words) > 1 and _loose_word(words[-1], words[-2], read):
        head = " ".join(words[:-1])
        if not read(head.strip()):
            break
        last = words.pop() + " " + last
    return last


#: a word of a field's: a label's colon, a figure (a date, a count), a bar or a gap
_FIELD_MARK = re.compile(r"[:：|｜\d\u3000\t]")


def _loose_word(word: str, before: str, read: Reader) -> bool:
    """``word``, standing in a row of fields before the row's closing sentence, is no
    field's and opens that sentence: not empty (a gap parts cells), no label, figure or
    field a reader reads, not the value of a bare label before it (``来源： 某报``) and no
    person's name, which a credit's label before it owns (``作者：李某 王某``: the readers
    read both names as the author's).

    >>> read = lambda s: None
    >>> _loose_word("本次会议", "来源：某报", read), _loose_word("王某", "作者：李某", read)
    (True, False)
    >>> _loose_word("某报", "来源：", read), _loose_word("12次", "浏览", read)
    (False, False)
    """
    if not word or _FIELD_MARK.search(word) or before.endswith((":", "：")):
        return False
    if surnamed(word) or read(word):
        return False
    return not _counter(word)


def row_fields_part(before: str, after: str) -> str:
    """The part of a removed row (``before``) that holds its fields, when
    :func:`kept_cells` kept its prose cells as ``after``: the row without those cells.
    Kept cells that stood apart in the row (a field cell between them) were joined by a
    bar, so each is taken out on its own: the fields are never read out of the text's
    own sentences.

    >>> row = "2031-01-05 | 备注：请带证件，准时到场 | 作者：某某 | 说明：另有安排，请留意"
    >>> row_fields_part(row, "备注：请带证件，准时到场 | 说明：另有安排，请留意")
    '2031-01-05 |  | 作者：某某 | '
    >>> row_fields_part("2031-01-05 | 某某 | 附记：见下文，不另行通知", "附记：见下文，不另行通知")
    '2031-01-05 | 某某 | '
    >>> row_fields_part("2031-01-05 | 某某", "")
    '2031-01-05 | 某某'
    """
    kept = after.strip()
    if not kept:
        return before
    if kept in before:
        return before.replace(kept, "")
    parts = _BAR if ("|" in kept or "｜" in kept) else _GAP
    for cell in (c for c in parts.split(kept) if c):
        before = before.replace(cell, "", 1)
    return before
