"""A catalogue whose entries each print a credit row straight under their title.

A festival's programme, a book list, a record label's or a lecture series' catalogue
prints, per entry, a bare title line and under it one row of the entry's facts, short
cells parted by one bar (``|``, ``｜``, ``丨``), one of them naming its maker by a credit
label (``Another Title｜作者 某某｜某地｜2020｜320 页``, ``Directed by A. Name | 2019 |
95 min | Colour``), or a row of role credits parted by wide gaps (:mod:`role_rows`:
``作词：某甲　作曲：某乙``); its text (a synopsis, a review, or verse: a song's lyrics,
:func:`verse_keeps.holds_verse`) under the row.  A row of the entry's
slot (``场次 B3　3/4 19:30　某厅``) may stand over the title.

Read line by line such a page is one document: no number, no header form opens its
pieces.  What declares them is the credit row's SHAPE repeated (:func:`credit_row`):
four cells at least, none a sentence, one of them ``label name`` whose label the
metadata reader reads as the author's, or a maker's credit (``[makers]`` of
``cleaner/rules/credit_rows.toml``: ``导演``, ``Composer``; read as the author only in
such a row: elsewhere a review's ``导演：某某`` credits the work reviewed).  Two such
rows of one shape (the same label in the same cell), each under a bare title-like line
and each followed by prose, make a catalogue (:func:`credit_catalogue`).  The row is
the entry's metadata (its maker the ``author``), the title stays its first line of
text; a row over every title whose first word repeats (the slot row) is the entry's
header.  A table of such rows with no title and no prose between (a filmography), a
lone credit row under an article's title, or a menu of bars with no credit cell is no
catalogue.  Nor is a page whose own head carries its byline or source row over the first
entry (a review or a news story about two works), or one whose rows are all the same row
(tabs, or one work's credits under its acts).  A label glued to its name is read only
before a person's name in a row with a figure (``作者简介｜目录｜书评`` is tabs); a slot row
opens with its label and a code or number and holds no sentence.  The row's other cells
(``credits``) and the slot row (``slot``) are kept as the entry's fields, and the page's
head above the first entry stays, a piece of its own (:func:`split_page_ends.page_ends`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.person_names import person_name, surnamed
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.role_rows import MIN_ROLE_CELLS, role_cells, role_row
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _TITLE_STOP
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE
from cleaner.stages.split_blocks import BlockRun
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_masthead import rule_line
from cleaner.stages.split_page import joined, stripped
from cleaner.stages.verse_keeps import holds_verse

__all__ = ["catalogue_lines", "credit_catalogue", "credit_row"]

FieldOf = Callable[[str], str | None]
Reader = Callable[[str], dict[str, str] | None]

#: a credit row holds at least this many cells
MIN_CELLS = 4
#: a cell of a credit row is at most this long
CELL_MAX_CHARS = 48
#: a maker's name is at most this long
NAME_MAX_CHARS = 24
#: a title line is at most this long
TITLE_MAX_CHARS = 40
#: a slot row over a title is at most this long
SLOT_MAX_CHARS = 80
#: an entry's text holds at least this many characters of prose
MIN_PROSE_CHARS = 20

#: a label written close up to its name is at most this long
GLUED_LABEL_MAX = 4

_BARS = "｜|丨"
# a row of the page's head that reads one of these is its byline or source row (a row
# that only dates the page, an album's or a programme's card, is the catalogue's head)
_BYLINE = frozenset({"author", "origin", "issuer"})
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# a Han name after a glued label: two to four letters, a '·' part allowed
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[·‧][\u4e00-\u9fff]{1,4})?")
_PROSE = re.compile(r"[。！？!?]|\.(?:\s|$)")
# a slot row opens with its label and the slot's code or number ('场次 B3', 'Slot 12', an
# icon before them: '★ Track 03')
_SLOT_HEAD = re.compile(
    r"^[^\w\s]{0,2}[ \u3000]*([\u4e00-\u9fff]+|[A-Za-z]+)[ \u3000\t:：#№]*[A-Za-z]{0,2}\d"
)
# where a credit cell's label may end: a colon, or a blank before the name
_LABEL_END = re.compile(r"[：:]\s*|[ \u3000]+")


@cache
def _makers() -> frozenset[str]:
    """``[makers]`` of credit_rows.toml: the maker labels read only in a credit row
    (both scripts; English in lower case)."""
    return frozenset(w.lower() for w in load_table("credit_rows")["makers"]["labels"])


def _credits_maker(label: str, field_of: FieldOf) -> bool:
    """The label names the maker: an author's label anywhere, or a maker's credit
    (credit_rows.toml), which names the author only inside a credit row."""
    return label.lower() in _makers() or field_of(label) == "author"


def _maker(cell: str, field_of: FieldOf) -> tuple[str, str] | None:
    """``(label, name)`` of a cell that credits the item's maker: a label the reader
    reads as the author's, a colon or a blank, a short name with no digit."""
    for m in _LABEL_END.finditer(cell):
        label, name = cell[: m.start()].strip(), cell[m.end() :].strip()
        if not label or not name or len(name) > NAME_MAX_CHARS:
            continue
        if any(ch.isdigit() for ch in name) or any(b in name for b in "：:"):
            continue
        if _credits_maker(label, field_of):
            return label, name
    # a Han label written close up to the name ('导演某某': the blank between two Han
    # letters taken out by the repair stage)
    for n in range(2, min(GLUED_LABEL_MAX, len(cell) - 1) + 1):
        label, name = cell[:n], cell[n:]
        if not (_HAN_ONLY.fullmatch(label) and _HAN_NAME.fullmatch(name)):
            continue
        if not (surnamed(name.split("·")[0].split("‧")[0]) and person_name(name)):
            continue  # '作者简介', '导演剪辑版': a tab's word, no name
        if _credits_maker(label, field_of):
            return label, name
    return None


def credit_row(line: str, field_of: FieldOf) -> tuple[int, int, str, str] | None:
    """``(cells, maker's cell, label, name)`` of a credit row (module docstring), None for
    any other line.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> credit_row("Some Book｜作者 王某｜某地｜2020｜320 页", f)
    (5, 1, '作者', '王某')
    >>> credit_row("首页 | 新闻 | 图片 | 视频 | 关于我们", f) is None  # no credit cell
    True
    >>> credit_row("作者：王某。他说 | 甲 | 乙 | 丙", f) is None  # a sentence
    True
    >>> credit_row("作词：王某　作曲：李某", f)  # a row of role credits (role_rows)
    (2, 0, '作词', '王某')
    """
    s = line.strip()
    bars = [b for b in _BARS if s.count(b) >= MIN_CELLS - 1]
    if len(bars) != 1 or _SENTENCE.search(s):
        return role_row(s, field_of)  # every cell a role's credit (role_rows)
    cells = [c.strip() for c in s.split(bars[0])]
    if len(cells) < MIN_CELLS or any(not c or len(c) > CELL_MAX_CHARS for c in cells):
        return None
    figured = any(ch.isdigit() for c in cells for ch in c)
    for k, cell in enumerate(cells):
        if (made := _maker(cell, field_of)) is not None:
            if cell == made[0] + made[1] and not figured:
                continue  # a glued label in a row of bare words: tabs ('作者简介｜目录')
            return len(cells), k, made[0], made[1]
    return None


def _title_like(s: str, field_of: FieldOf, read: Reader) -> bool:
    if not 2 <= len(s) <= TITLE_MAX_CHARS or _TITLE_STOP.search(s) or rule_line(s):
        return False
    if any(b in s for b in _BARS) or read(s):
        return False
    return sum(map(str.isdecimal, s)) * 2 < len(s)


def _slot_rows(strip: list[str], titles: list[int]) -> list[int] | None:
    """The row straight over every title when each is a short row with no sentence
    and all open with one word (a slot's label) and the slot's code or number, else
    None (a line of prose, 'The book was…', is no slot row)."""
    rows = [t - 1 for t in titles]
    if any(r < 0 or not strip[r] for r in rows):
        return None
    if any(
        len(strip[r]) > SLOT_MAX_CHARS or _SENTENCE.search(strip[r]) or _PROSE.search(strip[r])
        for r in rows
    ):
        return None
    if any(rule_line(strip[r]) for r in rows):
        return None
    firsts = {(m.group(1) if (m := _SLOT_HEAD.match(strip[r])) else None) for r in rows}
    return rows if len(firsts) == 1 and None not in firsts else None


def _prose(strip: list[str], lo: int, hi: int) -> int:
    return sum(len(s) for s in strip[lo:hi] if _PROSE.search(s))


def _may_catalogue(text: str) -> bool:
    """A page gate (issue 15), a NECESSARY condition of a catalogue: two credit rows,
    each with ``MIN_CELLS - 1`` bars of one kind (:func:`credit_row`), so the page
    ``text`` holds ``2 * (MIN_CELLS - 1)`` bars at least.  Where it fails
    :func:`credit_catalogue` finds fewer than two rows and answers nothing: one count
    per bar instead of a row reading per line (``tests/stages/test_page_gates.py``
    compares the gated and ungated answers).

    >>> _may_catalogue("甲书\\nA｜作者 王某｜某地｜2020\\n乙书\\nB｜作者 李某｜某地｜2021")
    True
    >>> _may_catalogue("甲书\\nA｜作者 王某｜某地｜2020\\n正文")  # one row: no catalogue
    False
    """
    if sum(text.count(b) for b in _BARS) >= 2 * (MIN_CELLS - 1):
        return True
    # two rows of role credits (role_rows): two labelled cells each
    return text.count("：") + text.count(":") >= 2 * MIN_ROLE_CELLS


def credit_catalogue(
    lines: list[str], field_of: FieldOf, read: Reader
) -> tuple[list[tuple[int, str, str, dict[str, str]]], BlockRun]:
    """``(title line, rule, title, fields)`` of each entry of a catalogue declared by
    its credit rows (module docstring), and the run as a :class:`split_blocks.BlockRun`
    (each title's block: its slot row over it, its credit row under it); nothing
    when the page is no such catalogue.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> body = "这是一段足够长的介绍文字，讲述了书中的故事与人物。"
    >>> page = ["书目", "", "甲书", "A Book｜作者 王某｜某地｜2020｜320 页", body, "",
    ...         "乙书", "B Book｜作者 李某｜某地｜2021｜210 页", body]
    >>> keyed, run = credit_catalogue(page, f, lambda s: None)
    >>> [(t, title, m["author"]) for t, _, title, m in keyed], run.blocks
    ([(2, '甲书', '王某'), (6, '乙书', '李某')], {2: [3], 6: [7]})
    >>> keyed[1][3]["credits"]  # the row's other cells, kept as a field
    'B Book ｜ 某地 ｜ 2021 ｜ 210 页'
    >>> credit_catalogue(page[:6], f, lambda s: None)[0]  # one entry: no catalogue
    []
    """
    if not _may_catalogue(joined(lines)):
        return [], BlockRun()
    strip = stripped(lines)
    found: dict[tuple[int, str], list[tuple[int, str]]] = {}
    for i, s in enumerate(strip):
        if i == 0 or not s or not strip[i - 1]:
            continue
        row = credit_row(s, field_of)
        if row is None or not _title_like(strip[i - 1], field_of, read):
            continue
        found.setdefault(row[1:3], []).append((i, row[3]))
    best = max(found.values(), key=len, default=[])
    if len(best) < 2 or len(best) != sum(map(len, found.values())):
        return [], BlockRun()  # rows of two shapes: a table's, not one catalogue's
    if len({strip[i] for i, _ in best}) == 1:
        return [], BlockRun()  # one row under every title: tabs, or one work's credits
    titles = [i - 1 for i, _ in best]
    if len({strip[t] for t in titles}) < len(titles):
        return [], BlockRun()
    slots = _slot_rows(strip, titles)
    starts = slots or titles
    if any(_BYLINE & (read(s) or {}).keys() for s in strip[: starts[0]] if s):
        return [], BlockRun()  # the page's own byline or source row: one article on the works
    ends = [*starts[1:], len(strip)]
    verse = repair_tables().verse
    if any(
        _prose(strip, i + 1, e) < MIN_PROSE_CHARS and not holds_verse(strip[i + 1 : e], verse)
        for (i, _), e in zip(best, ends, strict=True)
    ):
        return [], BlockRun()  # an entry with no text (prose or verse): a list of rows
    blocks = {
        t: ([slots[k]] if slots else []) + [i]
        for k, (t, (i, _)) in enumerate(zip(titles, best, strict=True))
    }
    keyed = [
        (t, HEADER_IS_TEXT, strip[t], _row_fields(strip[i], name))
        for t, (i, name) in zip(titles, best, strict=True)
    ]
    for (_, _, _, fields), (i, _) in zip(keyed, best, strict=True):
        for cell in _cells(strip[i]):
            for key, val in (read(cell) or {}).items():
                fields.setdefault(key, val)  # a labelled cell's date, source, place
    if slots:
        for (_, _, _, fields), r in zip(keyed, slots, strict=True):
            fields["slot"] = strip[r]
    return keyed, BlockRun(titles, blocks, "split")


def _bar(row: str) -> str:
    """What parts the credit row's cells: its bar, or a wide gap (a row of role
    credits: role_rows)."""
    return next((b for b in _BARS if row.count(b) >= MIN_CELLS - 1), "\u3000")


def _cells(row: str) -> list[str]:
    bar = _bar(row)
    if bar == "\u3000" and (roles := role_cells(row)) is not None:
        return [f"{k}：{v}" for k, v in roles]
    return [c.strip() for c in row.split(bar)]


def _row_fields(row: str, name: str) -> dict[str, str]:
    """An entry's fields from its credit row: the maker the ``author``, the row's other
    cells (a date, a place, a length: no text of the entry, yet never lost) ``credits``."""
    bar = _bar(row)
    others = [c for c in _cells(row) if name not in c]
    return {"author": name, "credits": f" {bar} ".join(others).strip()}


def catalogue_lines(lines: list[str]) -> list[int]:
    """The lines of a catalogue's entries the split reads (its titles, credit rows and
    slot rows), for the boilerplate stage: a credit row's bars read like a menu's, but
    under a title in a catalogue the row is the entry's metadata, the split's to read.

    >>> body = "这是一段足够长的介绍文字，讲述了书中的故事与人物。"
    >>> page = ["甲书", "A Book | 作者 王某 | 某地 | 2020 | 320 页", body, "",
    ...         "乙书", "B Book | 作者 李某 | 某地 | 2021 | 210 页", body]
    >>> catalogue_lines(page)
    [0, 1, 4, 5]
    """
    from cleaner.stages.split_meta_labels import MetaLabels

    if not _may_catalogue("\n".join(lines)):
        return []  # no two rows of cells: no catalogue (most pages end here)
    keyed, run = credit_catalogue(lines, MetaLabels().field_of, lambda s: None)
    return sorted({*(k[0] for k in keyed), *(j for b in run.blocks.values() for j in b)})
