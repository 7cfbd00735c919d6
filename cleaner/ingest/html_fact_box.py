"""An entry's box of facts beside its text: a label/value table that names the headline.

An encyclopedia or directory entry sets a table of short facts about its subject beside
its text (``中文名　某桥``, ``始建　清代``, ``结构　三孔石拱``: an "infobox").  It stands
inside the content the extractor chose, so it would come out as rows glued between the
lead and the first section; the text does not read on through it, and its labels are the
subject's attributes, no document's fields.  :func:`fact_box` names its lines, and the
extractor drops them as ``extract.fact_box`` (on the record, with every other drop).

A table is such a box when, by its shape:

* every row is one label and one value (two cells), at least :data:`MIN_ROWS` rows;
  every label at most :data:`LABEL_MAX_CHARS` characters, every value at most
  :data:`VALUE_MAX_CHARS`, neither a sentence;
* one of its values is the page's ``<h1>``: the box names the subject the page is about;
* none of its labels is a document's field as the split stage reads one (索引号, 发布日期,
  文号, 名称 …; an entry's kind, ``category``, aside): such a table is a notice's own
  header of fields, which the split reads as metadata, and stays;
* the page's other kept lines hold more text than the box: it stands beside a text;
* it sums up its entry: most of its values (the headline's aside) stand again in the text
  beside it, or the row naming the headline is labelled as an entry's name in the
  encyclopedia's own form (``[fact_box] name_labels`` of html_extract.toml: ``中文名``).

A page's own content in a two-column table that names its headline (a product's spec
table under ``型号　X100``, a ferry's timetable under ``航线　某渡``) repeats nothing of
the text and names no entry: it stays.  A table of data (a column head row over its rows,
more than two cells a row), a card that names another subject, and a notice's info table
are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.ingest.html_layout import _Block, _Line
from cleaner.rules import load_table
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE

FACT_BOX = "extract.fact_box"
#: A box has at least this many label/value rows.
MIN_ROWS = 3
#: A label holds at most this many characters, a value at most this many.
LABEL_MAX_CHARS = 8
VALUE_MAX_CHARS = 30
#: The one field a fact box's label may read as: an entry's kind ('分类', '类别').
_KIND_FIELDS = frozenset(("category",))


def fact_box(
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    reasons: list[str | None],
    h1: str | None,
    field_of: Callable[[str], str | None],
) -> list[int]:
    """The kept lines of the page's fact boxes (see the module doc), in page order.

    ``field_of`` reads a label as a document's field (the split stage's label tables),
    or None.
    """
    head = (h1 or "").strip()
    if not head:
        return []
    tables: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if not ln.cells or not texts[i].strip():
            continue
        table = next((o for o in reversed(ln.owners) if _tag(blocks, o) == "table"), None)
        if table is not None:
            tables.setdefault(table, []).append(i)
    out: list[int] = []
    for rows in tables.values():
        if any(reasons[i] is not None for i in rows) or not _box(rows, texts, head, field_of):
            continue
        inside = sum(len(texts[i]) for i in rows)
        taken = set(rows)
        beside = sum(
            len(t)
            for k, (t, r) in enumerate(zip(texts, reasons, strict=True))
            if r is None and k not in taken
        )
        if beside > inside and (
            _entry_named(rows, texts, head) or _summed_up(rows, texts, reasons, taken, head)
        ):
            out += rows
    return sorted(out)


@lru_cache(maxsize=1)
def _name_labels() -> frozenset[str]:
    """An entry's name labels (``[fact_box] name_labels`` of html_extract.toml)."""
    return frozenset(load_table("html_extract")["fact_box"]["name_labels"])


def _entry_named(rows: list[int], texts: list[str], head: str) -> bool:
    """The row naming the headline is labelled as an entry's name (``中文名``)."""
    pairs = (texts[i].split("\t") for i in rows)
    return any(v.strip() == head and k.strip() in _name_labels() for k, v in pairs)


@lru_cache(maxsize=1)
def _answer_values() -> frozenset[str]:
    """Yes/no values (``[fact_box] answer_values`` of html_extract.toml)."""
    return frozenset(load_table("html_extract")["fact_box"].get("answer_values", ()))


#: A value counts as repeated in the text only when at least this long.
VALUE_MIN_CHARS = 2
#: At least this many of a box's values must stand again in the text beside it.
MIN_FOUND = 2
_CLAUSE = re.compile(r"[\n。！？；!?;，,、：:]")


def _summed_up(
    rows: list[int], texts: list[str], reasons: list[str | None], taken: set[int], head: str
) -> bool:
    """Most of the box's values (the headline's aside; one character or a yes/no
    answer never counts) stand again each inside one clause of the kept text beside
    it, two at least: the box sums up its entry, so dropping it loses nothing the text
    lacks.

    >>> texts = ["航线\\t某渡", "夜航\\t否", "可载车辆\\t是", "票价\\t3元",
    ...          "某渡是沿江古渡，否则须绕行十里。"]
    >>> _summed_up([0, 1, 2, 3], texts, [None] * 5, {0, 1, 2, 3}, "某渡")
    False
    >>> texts = ["中文\\t某桥", "始建\\t清代", "结构\\t三孔石拱", "某桥始建于清代，为三孔石拱桥。"]
    >>> _summed_up([0, 1, 2], texts, [None] * 4, {0, 1, 2}, "某桥")
    True
    """
    clauses = [
        c.strip()
        for k, (t, r) in enumerate(zip(texts, reasons, strict=True))
        if r is None and k not in taken
        for c in _CLAUSE.split(t)
        if c.strip()
    ]
    values = [texts[i].split("\t")[1].strip() for i in rows]
    answers = _answer_values()
    values = [v for v in values if v != head and len(v) >= VALUE_MIN_CHARS and v not in answers]
    found = sum(1 for v in values if any(v in c for c in clauses))
    return found >= MIN_FOUND and found * 2 > len(values)


def _tag(blocks: dict[int, _Block], owner: int) -> str:
    block = blocks.get(owner)
    return block.tag if block is not None else ""


def _box(
    rows: list[int], texts: list[str], head: str, field_of: Callable[[str], str | None]
) -> bool:
    """The rows are label/value pairs, one value is ``head``, no label a document's field."""
    if len(rows) < MIN_ROWS:
        return False
    named = False
    for i in rows:
        cells = texts[i].split("\t")
        if len(cells) != 2:
            return False
        label, value = (c.strip() for c in cells)
        if not label or not value or len(label) > LABEL_MAX_CHARS or len(value) > VALUE_MAX_CHARS:
            return False
        if _SENTENCE.search(label) or _SENTENCE.search(value):
            return False
        if (field := field_of(label)) is not None and field not in _KIND_FIELDS:
            return False
        named = named or value == head
    return named
