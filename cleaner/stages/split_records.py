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
from cleaner.stages.split_headers import (
    field_block,
    labelled_counter,
    labelled_counter_runs,
    title_field,
)
from cleaner.stages.split_meta import normalise_date

__all__ = ["record_rows", "record_tail", "signed_records"]

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


def signed_records(stripped: list[str]) -> set[int]:
    """The text of each record of a run of labelled record counts (``消息：2``) that its
    sender signs (the name of its sender's row, without the address): the lines under
    its field block down to the signature, however often the same sender signs (or the
    same closing words stand) on the site's pages.

    >>> page = ["消息：1", "发件人：某甲 <a@x.example>", "主题：甲事", "正文。", "某甲", "--",
    ...         "消息：2", "发件人：某乙 <b@x.example>", "主题：乙事", "正文。", "某乙", "--"]
    >>> sorted(signed_records(page))
    [3, 4, 9, 10]
    """
    runs = labelled_counter_runs(stripped)
    if not runs:
        return set()
    senders, _ = _labels()
    run = [c.line for c in runs[0]]
    out: set[int] = set()
    for k, top in enumerate(run):
        end = run[k + 1] if k + 1 < len(run) else len(stripped)
        block = field_block(stripped, top)
        if not any(title_field(r) is not None for r in block):
            return set()  # no record's block: no run of records
        names = {
            name
            for r in block
            if (m := _ROW.match(r)) is not None
            and m["label"].strip().lower() in senders
            and (name := sender_name(m["v"])) is not None
        }
        body = range(top + len(block) + 1, end)
        signs = [i for i in body if stripped[i].strip() in names]
        if signs:
            out.update(range(body.start, signs[-1] + 1))
    return out


def _marks(line: str) -> bool:
    """A rule of marks alone ('------', '____', '****'): no letter or digit."""
    return not any(ch.isalnum() for ch in line)


def record_tail(lines: list[str], body: list[int], signed: set[int]) -> list[int]:
    """The lines of a signed record's ``body`` below its signature (``signed``:
    :func:`signed_records`) when they are only rules and labelled rows: the digest's
    footer after its last message (``主题：摘要页脚``, a rule), none of the message; a
    line of prose there (a postscript) keeps them all.

    >>> page = ["正文。", "某甲", "------", "主题：页脚", "下次再聊，祝好。", "****"]
    >>> record_tail(page, [0, 1, 2, 3, 5], {0, 1}), record_tail(page, [0, 1, 2, 3, 4], {0, 1})
    ([2, 3, 5], [])
    """
    sign = max((i for i in body if i in signed), default=None)
    if sign is None:
        return []
    tail = [i for i in body if i > sign and lines[i].strip()]
    rows = [lines[i].strip() for i in tail if not _marks(lines[i])]
    if all(_ROW.match(s) and len(s) <= 40 and not re.search(r"[。！？]", s) for s in rows):
        return tail
    return []
