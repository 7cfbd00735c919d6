"""A record's field rows under its labelled count (``消息：2`` over ``日期：…`` /
``发件人：…`` / ``主题：…``): a digest's or a dump's record fields, each row the record's
metadata, none a line of its text.

The count's block (:func:`split_headers.field_block`) is read only under a run of such
counts that :func:`split_headers.judge` took for the page's records (its title row
found in every block), so a plain ``日期：`` row elsewhere keeps its own reading: a date
labelled only ``日期`` is the record's date here, the sender's row names its author (the
address after the name dropped), the subject row is the title the header already holds;
a row of any other label is read as the row readers read it (:meth:`field_of`) and goes
with the block whatever it holds (its line stays in the ledger).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_headers import field_block, labelled_counter, title_field
from cleaner.stages.split_meta import normalise_date

__all__ = ["record_rows"]

_ROW = re.compile(r"^(?P<label>[^:：]{1,12}?)[ \t\u3000]*[:：][ \t\u3000]*(?P<v>\S.*)$")
# a mailer's address after the sender's name ('某人 <a@b.example>', '"某人" <…>')
_ADDRESS = re.compile(r"[ \t\u3000]*[<＜(（][^<>＜＞()（）\s]+@[^<>＜＞()（）\s]+[>＞)）]$")


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset[str], tuple[str, ...]]:
    g = load_table("headers")["record_fields"]
    return (
        frozenset(w.lower() for w in g["sender_labels"]),
        tuple(g["date_endings"]),
    )


def sender_name(value: str) -> str | None:
    """The sender's name of a mail row's value, its address dropped.

    >>> sender_name("某甲 <a1@mail.example>"), sender_name('"Ann Lee" <ann@x.example>')
    ('某甲', 'Ann Lee')
    >>> sender_name("<a1@mail.example>"), sender_name("某甲写道：我们明天再说这件事吧。")
    (None, None)
    """
    name = _ADDRESS.sub("", value.strip()).strip().strip("\"'“”")
    if not name or "@" in name or len(name) > 40 or re.search(r"[。！？，；.!?;]", name):
        return None
    return name


def record_fields(row: str, field_of: Callable[[str], str | None]) -> dict[str, str]:
    """The fields one record row gives (the title row gives none: the header has it).

    >>> f = lambda label: None
    >>> record_fields("日期：2021-03-09 21:14:05 +0800", f)
    {'published': '2021-03-09'}
    >>> record_fields("发件人：某甲 <a1@mail.example>", f), record_fields("主题：[列] 乙事", f)
    ({'author': '某甲'}, {})
    """
    m = _ROW.match(row.strip())
    if m is None or title_field(row) is not None:
        return {}
    label, value = m["label"].strip(), m["v"].strip()
    senders, date_endings = _labels()
    if label.lower() in senders:
        name = sender_name(value)
        return {"author": name} if name else {}
    field = field_of(label)
    if field is None and label.endswith(date_endings):
        field = "published"
    if field == "published":
        day = normalise_date(value)
        return {"published": day} if day else {}
    return {field: value} if field and field in ("author",) else {}


def record_rows(
    lines: list[str], body: list[int], head: int, field_of: Callable[[str], str | None]
) -> list[tuple[list[int], dict[str, str]]]:
    """The field rows under a record's labelled count at line ``head`` (``消息：2``), each
    ``([line], fields)`` as the row readers give them; none under any other header."""
    if labelled_counter(lines[head]) is None:
        return []
    block = field_block(lines, head)
    out: list[tuple[list[int], dict[str, str]]] = []
    for i, row in zip(body, block, strict=False):
        if lines[i].strip() != row:
            break
        out.append(([i], record_fields(row, field_of)))
    return out
