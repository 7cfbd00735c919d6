"""A compilation of FIELD RECORDS: pieces that each open with a block of labelled
bibliographic rows, one of which gives the piece's title as a field.

A gazette's or a catalogue's export prints every entry as a stack of rows, each a
label and its value (``名称：某事``, ``(54)Title　Something``, ``Author: A; B``), one or
several to a row, the labels often under a code (``(21)``, ``[72]``, ``〔3〕``); then the
entry's text.  No line of such a page is a title: the title is the value of the row
whose label names a title (``[field_records] title_words`` in headers.toml: ``题名``,
``…名称``, ``Title``; a subtitle's or a body's name is none, ``unless``).

What declares the pieces is the BLOCK's shape, not its words (:func:`field_records`):
at least ``MIN_ROWS`` rows one under the other, every cell of each a short label and a
value that is no sentence, exactly one of them a title row, then prose; at least two
such blocks down the page under the same title label, each over text of its own; no
sentence and no title-shaped line above the first (the page's own head: one document);
at least ``MIN_KNOWN_CELLS`` cells of every block read as bibliographic fields (a date,
a number, a writer, a body: a block of a price and a duration is a document's own
table); the last record's text no longer than the longest other's (text under it that
concerns all the records is no part of it: one document).  A code-marked label alone on
the line after a block (``(57)摘要``: the text's own label under the same code as the
rows) is the block's last row.  A labelled line whose value is prose (``摘要：本文…``)
ends the block and stays text.  The block's rows are metadata
(:func:`split_cell_rows.read_cells` reads them: a date under a publishing label, a
number under one, a body, a writer), the title row's value the piece's title; a row goes
only when every cell of it is read (a row read as nothing, or in part, stays in the
piece's text, whole); a page with one such block is a single record, left to the readers
of single documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from cleaner.rules import load_table

# a sentence over the first block: the page's own lead (one document)
from cleaner.stages.sentence_marks import FULL_STOP_MARK as _SENTENCE_MARK
from cleaner.stages.split_cell_marks import _ID, Fields, _is_org, cn_doc_number, dated_cell
from cleaner.stages.split_cell_rows import read_cells
from cleaner.stages.split_dates import normalise_date, simplified_label
from cleaner.stages.split_facts import cell_gaps, sentence_stops
from cleaner.stages.split_page import MIN_BODY_CHARS, per_page, prose_chars, stripped

__all__ = ["FieldRecords", "field_records", "record_cells"]

#: a block holds at least this many rows
MIN_ROWS = 3
#: a value is at most this long (a longer one is text, not a field)
VALUE_MAX_CHARS = 80
#: a row is at most this long
ROW_MAX_CHARS = 160

_CODE = r"(?:[(（\[〔【［]\s*\d{1,3}\s*[)）\]〕】］])"
_HAN_LABEL = r"[\u4e00-\u9fff][\u4e00-\u9fff·]{0,7}"
_LATIN_LABEL = r"[A-Za-z][A-Za-z.\-/]{0,15}(?: [A-Za-z][A-Za-z.\-/]{0,15}){0,2}"
# a cell: an optional code, a label, then a colon, or a gap after a Han label or a coded one
_CELL = re.compile(
    rf"^(?P<code>{_CODE})?\s*(?:"
    rf"(?P<han>{_HAN_LABEL})\s*(?:[:：]\s*|[\t\u3000 ]+)"
    rf"|(?P<latin>{_LATIN_LABEL})\s*[:：]\s*"
    rf")(?P<value>\S.*)$"
)
# a coded Latin label needs no colon: '(51)Int.Cl.　X' (the code says it is a label)
_CODED_LATIN = re.compile(
    rf"^(?P<code>{_CODE})\s*(?P<latin>{_LATIN_LABEL})[\t\u3000 ]+(?P<value>\S.*)$"
)
# cells of one row: a tab, a bar, or a gap of two spaces (or one ideographic) or more
_GAP = re.compile(r"\t+|\s*[|｜]\s*|[ \u3000]{2,}")
# a second labelled cell after a single gap ('题名：某事　作者：某甲')
_INNER = re.compile(rf"[ \u3000]+(?=(?:{_CODE})?\s*(?:{_HAN_LABEL}|{_LATIN_LABEL})\s*[:：])")
# a label alone ('(57)摘要', '[57] Abstract'): the text's own label under a code
_CODED_BARE = re.compile(rf"^{_CODE}\s*(?:{_HAN_LABEL}|{_LATIN_LABEL})\s*[:：]?$")
# a label alone in a cell of its own, its value in the next ('题名<TAB>某事')
_BARE = re.compile(rf"^(?P<code>{_CODE})?\s*(?P<label>{_HAN_LABEL}|{_LATIN_LABEL})\s*[:：]?$")
# a sentence inside a value: the value is text, not a field
_SENTENCE = re.compile(r"[。！？!?]|[，,].*[，,]")
_PROSE = re.compile(r"[。！？；，!?;,]|\.(?:\s|$)")
# a title-shaped line over the first block: one Han phrase, no gap, bar or colon in it
_TITLE_LINE = re.compile(r"^(?=.*[\u4e00-\u9fff])[^\s|｜:：/／>＞·•]{4,40}$")
# a number's value: letters, digits and separators, four digits at least
_NUMBER = re.compile(r"^(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9.\-/]*$")
#: a block holds at least this many cells read as bibliographic fields, its title apart
MIN_KNOWN_CELLS = 2


@dataclass(frozen=True)
class Cell:
    """One labelled cell of a row."""

    code: str
    label: str
    value: str


def _cell(text: str) -> Cell | None:
    m = _CODED_LATIN.match(text) or _CELL.match(text)
    if m is None:
        return None
    value = m["value"].strip()
    if not value or len(value) > VALUE_MAX_CHARS or _SENTENCE.search(value):
        return None
    label = m.groupdict().get("han") or m["latin"]
    return Cell(m["code"] or "", label.strip(), value)


def record_cells(line: str) -> list[Cell] | None:
    r"""The labelled cells of a record's row, or None when any part of the line is no
    ``label value`` cell (or a value is a sentence).

    >>> [(c.code, c.label, c.value) for c in record_cells("(21)编号　A-12　　(22)日期　2020.1.2")]
    [('(21)', '编号', 'A-12'), ('(22)', '日期', '2020.1.2')]
    >>> [(c.label, c.value) for c in record_cells("题名：某事　作者：某甲；某乙")]
    [('题名', '某事'), ('作者', '某甲；某乙')]
    >>> [(c.label, c.value) for c in record_cells("篇名\t某事\t\t年份\t2020")]
    [('篇名', '某事'), ('年份', '2020')]
    >>> record_cells("摘要：本文讨论了某事。结果表明可行。") is None
    True
    """
    s = line.strip()
    if not s or len(s) > ROW_MAX_CHARS:
        return None
    pieces = [p.strip() for part in _GAP.split(s) for p in _INNER.split(part.strip())]
    pieces = [p for p in pieces if p]
    out: list[Cell] = []
    k = 0
    while k < len(pieces):
        cell = _cell(pieces[k])
        if cell is None and k + 1 < len(pieces) and (m := _BARE.match(pieces[k])):
            # a label and its value in cells of their own (a flattened table's row)
            value = pieces[k + 1]
            if len(value) > VALUE_MAX_CHARS or _SENTENCE.search(value) or ":" in value:
                return None
            if "：" in value:
                return None
            cell = Cell(m["code"] or "", m["label"], value)
            k += 1
        if cell is None:
            return None
        out.append(cell)
        k += 1
    return out or None


@lru_cache(maxsize=1)
def _title_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = load_table("headers").get("field_records", {})
    return tuple(t.get("title_words", ())), tuple(t.get("unless", ()))


def title_label(label: str) -> bool:
    """``label`` names a piece's title (``[field_records] title_words``, ``unless``).

    >>> title_label("题名"), title_label("作品名称"), title_label("Title"), title_label("副标题")
    (True, True, True, False)
    >>> title_label("单位名称"), title_label("作者")
    (False, False)
    """
    words, unless = _title_words()
    key = simplified_label(label).lower().rstrip(".")
    return key.endswith(words) and not any(u in key for u in unless)


@dataclass
class FieldRecords:
    """What :func:`field_records` found: per piece its first row (the header), its
    title, its block's other lines (rows and a coded bare label) and its fields."""

    heads: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    rows: dict[int, list[int]] = field(default_factory=dict)
    fields: dict[int, dict[str, str]] = field(default_factory=dict)
    #: per row taken, what it was read as (the ledger's ref); a row read as nothing stays
    read: dict[int, dict[str, str]] = field(default_factory=dict)


def _block_at(strip: list[str], i: int) -> tuple[list[int], list[Cell]] | None:
    """The rows of a block starting at line ``i`` (one under the other) and their
    cells, with a coded bare label after them; None under ``MIN_ROWS`` rows."""
    rows: list[int] = []
    cells: list[list[Cell]] = []
    j = i
    n = len(strip)
    while j < n and strip[j] and (got := record_cells(strip[j])) is not None:
        rows.append(j)
        cells.append(got)
        j += 1
    # a page head glued over the first block ('某刊　第5期' over coded rows): rows of
    # the block's own kind only, coded or not as its last row is
    kind = all(c.code for c in cells[-1]) if cells else False
    while cells and all(c.code for c in cells[0]) != kind:
        rows.pop(0)
        cells.pop(0)
    if len(rows) < MIN_ROWS:
        return None
    return _close(strip, rows, [c for row in cells for c in row])


def _close(strip: list[str], rows: list[int], cells: list[Cell]) -> tuple[list[int], list[Cell]]:
    """The block with a coded bare label under its coded rows taken in."""
    j = rows[-1] + 1
    n = len(strip)
    coded = all(c.code for c in cells)
    if coded and j < n and _CODED_BARE.match(strip[j]):
        rows.append(j)
    return rows, cells


@per_page
def row_lines(lines: list[str]) -> list[bool]:
    """Per line: may :func:`record_cells` read it as a row?  False only where it
    cannot: a stripped line over ``ROW_MAX_CHARS``, one without a separator (a cell
    needs a colon, or a tab or space after its label, and a label alone needs a gap or
    bar before its value's cell) or one with a sentence mark (every piece of a row is
    a label, a code or a value, and a value holding one is refused), read off the
    page's shared line facts (:mod:`split_facts`).

    >>> row_lines(["题名：某事", "摘要：本文讨论了某事。", "某事", "篇名\t某事"])
    [True, False, False, True]
    """
    strip = stripped(lines)
    gaps = cell_gaps(lines)
    marks = sentence_stops(lines)
    return [
        gap and not mark and len(s) <= ROW_MAX_CHARS
        for s, gap, mark in zip(strip, gaps, marks, strict=True)
    ]


@per_page
def block_starts(lines: list[str]) -> list[bool]:
    """Per line: may a block (:func:`_block_at`) start at it?  Only where it and the
    next ``MIN_ROWS - 1`` lines may all be rows (:func:`row_lines`): a block's rows
    stand one under the other from its first line (its first rows of another kind are
    dropped, never lines under it added), at least ``MIN_ROWS`` of them.

    >>> block_starts(["题名：甲", "作者：乙", "年份：2020", "正文。"])
    [True, False, False, False]
    """
    rows = row_lines(lines)
    opens = rows
    for k in range(1, MIN_ROWS):
        opens = [a and b for a, b in zip(opens, rows[k:], strict=False)]
    return opens + [False] * (len(rows) - len(opens))


def field_records(lines: list[str], field_of: Fields) -> FieldRecords:
    """The pieces of a compilation of field records (module docstring), or none.

    >>> body = "本条记录介绍了某项做法的主要内容，并说明了适用的范围和条件。"
    >>> page = ["某库　导出", "", "题名：甲事", "作者：某甲", "出版日期：2020-01-02", body, "",
    ...         "题名：乙事", "作者：某乙", "出版日期：2020-02-03", body]
    >>> f = lambda s: "author" if s == "作者" else None
    >>> run = field_records(page, f)
    >>> run.heads, run.titles, run.rows
    ([2, 7], ['甲事', '乙事'], {2: [3, 4], 7: [8, 9]})
    >>> field_records(page[:6], f).heads  # one record: a single document
    []

    The page's own title over the first block, or blocks of labels read as nothing (a
    price, a duration): one document, its rows its own.

    >>> field_records(["某某工程招标公告", *page[1:]], f).heads
    []
    >>> priced = [s.replace("作者：某", "价格：").replace("出版日期", "工期") for s in page]
    >>> field_records(priced, f).heads
    []
    """
    strip = stripped(lines)
    found = FieldRecords()
    blocks: list[tuple[list[int], list[Cell]]] = []
    opens = block_starts(lines)
    i = 0
    while i < len(strip):
        if opens[i] and (got := _block_at(strip, i)) is not None:
            blocks.append(got)
            i = got[0][-1] + 1
        else:
            i += 1
    titled: list[tuple[list[int], list[Cell], Cell]] = []
    for rows, cells in blocks:
        named = [c for c in cells if title_label(c.label)]
        if len(named) == 1:
            titled.append((rows, cells, named[0]))
    if len(titled) < 2:
        return found
    if len({t[2].label for t in titled}) != 1 or len({t[2].value for t in titled}) < len(titled):
        return found  # one title label throughout, a title of its own each
    first = _without_head(strip, *titled[0], field_of)
    if first is None:
        return found
    titled[0] = first
    if any(
        sum(c is not t and known_cell(c, field_of) for c in cells) < MIN_KNOWN_CELLS
        for _, cells, t in titled
    ):
        return found  # a block of unread labels (a price, a duration): a document's table
    if own_head(strip[: titled[0][0][0]]):
        return found  # the page's own title or lead over the first block: one document
    ends = [*(t[0][0] for t in titled[1:]), len(strip)]
    sizes: list[int] = []
    for (rows, _, _), end in zip(titled, ends, strict=True):
        if prose_chars(strip[rows[-1] + 1 : end], _PROSE) < MIN_BODY_CHARS:
            return found  # a record without text: a listing's rows, no compilation
        sizes.append(sum(1 for s in strip[rows[-1] + 1 : end] if s))
    if sizes[-1] > max(sizes[:-1]):
        # the last record runs longer than every other: text under it that concerns all
        # the records (a summary, terms for all) would be glued to it; one document
        return found
    for rows, cells, title in titled:
        meta = _fields(cells, title, field_of)
        read = {
            j: cells_read
            for j in rows
            if (cells_read := _row_read(strip[j], title, meta, field_of))
        }
        if rows[0] not in read:
            return FieldRecords()  # a head row read as nothing: no record's header
        found.heads.append(rows[0])
        found.titles.append(title.value)
        found.fields[rows[0]] = meta
        found.rows[rows[0]] = [j for j in rows[1:] if j in read]
        found.read.update(read)
    return found


def _without_head(
    strip: list[str], rows: list[int], cells: list[Cell], title: Cell, field_of: Fields
) -> tuple[list[int], list[Cell], Cell] | None:
    """The first block without the rows over it read as nothing (the page's head glued
    over it: ``某库　检索结果`` reads as a label and a value); None when fewer than
    ``MIN_ROWS`` rows are left."""
    meta = _fields(cells, title, field_of)
    k = 0
    while k < len(rows) and not _row_read(strip[rows[k]], title, meta, field_of):
        k += 1
    if k == 0:
        return rows, cells, title
    rows = rows[k:]
    if len(rows) < MIN_ROWS:
        return None
    kept = [c for j in rows for c in record_cells(strip[j]) or ()]
    named = [c for c in kept if title_label(c.label)]
    return (rows, kept, named[0]) if len(named) == 1 else None


def own_head(above: list[str]) -> bool:
    """Lines over the first block that are the page's own head: a sentence, or a
    title-shaped line (one Han phrase with no gap, bar or colon: a database's banner
    prints its name and its section apart, ``某库　检索结果``).

    >>> own_head(["某某县道路工程招标公告"]), own_head(["先说结论。"]), own_head(["某库　导出"])
    (True, True, False)
    >>> own_head(["", "Example Digest Export"])
    False
    """
    for s in (ln.strip() for ln in above):
        if s and (_SENTENCE_MARK.search(s) or _TITLE_LINE.match(s)):
            return True
    return False


def known_cell(cell: Cell, field_of: Fields) -> bool:
    """``cell`` is read as a bibliographic field: its label is one the tables name, or
    its value is a date, a document number under a number's label, or a body's name.

    >>> f = lambda s: "author" if s == "作者" else None
    >>> [known_cell(Cell("", a, b), f) for a, b in [("作者", "某甲"), ("申请日", "2021.10.17"),
    ...  ("申请号", "20211690.5"), ("申请人", "某某集团有限公司"), ("价格", "1299元"),
    ...  ("工期", "120日历天")]]
    [True, True, True, True, False, False]
    """
    value = cell.value.replace(" ", "")
    if field_of(cell.label) is not None or _class_label(cell.label):
        return True
    if (m := dated_cell(cell.value)) is not None and normalise_date(m["d"]):
        return True
    numbered = simplified_label(cell.label).lower().endswith(("号", "no", "no."))
    if cn_doc_number(value) or (numbered and (_ID.match(value) or _NUMBER.match(value))):
        return True
    return _is_org(cell.value)


def _class_label(label: str) -> bool:
    """``label`` names a classification (``[field_records] class_labels``)."""
    key = simplified_label(label).lower().replace(" ", "")
    return key.endswith(_class_words())


@lru_cache(maxsize=1)
def _class_words() -> tuple[str, ...]:
    t = load_table("headers").get("field_records", {})
    return tuple(w.lower() for w in t.get("class_labels", ()))


def _row_read(line: str, title: Cell, meta: dict[str, str], field_of: Fields) -> dict[str, str]:
    """What a block's row was read as when every cell of it is read (the title's, one
    whose value went to ``meta``, one read as a known field), by label; a coded bare
    label (the text's own label) as such; {} otherwise (the row stays text)."""
    cells = record_cells(line)
    if cells is None:
        return {"label": line.strip()} if _CODED_BARE.match(line.strip()) else {}
    values = {v.replace(" ", "") for v in meta.values()}
    got: dict[str, str] = {}
    for c in cells:
        if not (
            (c.label == title.label and c.value == title.value)
            or c.value.replace(" ", "") in values
            or known_cell(c, field_of)
        ):
            return {}  # a cell read as nothing: the row stays text, whole
        got[c.label] = c.value
    return got


def _fields(cells: list[Cell], title: Cell, field_of: Fields) -> dict[str, str]:
    """The block's metadata (:func:`split_cell_rows.read_cells`); a number printed with
    spaces between its parts (``CN 1234 A``) is read as one and kept as printed."""
    spaced: dict[str, str] = {}
    pairs: list[tuple[str | None, str]] = []
    for c in cells:
        if c is title:
            continue
        value = c.value
        squashed = value.replace(" ", "")
        if squashed != value and _ID.match(squashed):
            spaced[squashed] = value
            value = squashed
        pairs.append((c.label, value))
    meta = read_cells(pairs, field_of)
    for c in cells:
        if _class_label(c.label) and field_of(c.label) is None:
            meta.setdefault("category", c.value)  # '(51)Int.Cl.　A01B 1/00': its class
    return {k: spaced.get(v, v) for k, v in meta.items()}
