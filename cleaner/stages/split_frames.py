"""Records each opening with a framed header row: a board's or a register's compilation.

A lost-and-found board, a register or a catalogue may print each record under a row
drawn as a frame's top edge with the record's number in it (``┏━━ 登记号：AB-0102-03
━━┓``, ``+--- 编号：Q-17 ---+``, ``==== 记录：7 ====``), then the record's bare title,
then a row of its facts (``发现时间：2021年3月9日 08:40　　地点：某处``), the record's
text, and the frame's bottom edge (``┗━━━━┛``: a separator the boilerplate stage takes).
The framed row repeats once per record, of one label (or one shape) with a distinct value
each time, as a numbered counter does: it is the record's header.  Its fields (a number
the metadata reader reads) are the record's metadata, and so is the facts row under the
title: its first cell, a date under a label no table names as any other date (no
deadline), is the record's date (``published``).

One framed row alone (a notice boxed inside an article) heads nothing, and neither do
a table's frame edges (no label in them) nor captions of different words over tables
(``┏━━ 表1：价格 ━━┓``, ``┏━━ 表2：产量 ━━┓``): the values must hold a digit and the
labels (or shapes) be one, every record's title a short line with no sentence, every
record's text prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_meta import normalise_date
from cleaner.stages.split_page import nonempty, stripped

__all__ = ["FramedRun", "framed_records", "framed_row"]

Reader = Callable[[str], dict[str, str] | None]
FieldOf = Callable[[str], str | None]

#: A frame's corner and the corner closing it on the same row (the top edge).
_CORNERS = dict(zip("┏╔┌╭┍┎╒╓+＋", "┓╗┐╮┑┒╕╖+＋", strict=True))
#: The line a frame's edge is drawn with.
_EDGE = "━═─-=＝~～*＊#＃"
_FRAMED_ROW = re.compile(
    rf"^(?P<corner>[{''.join(_CORNERS)}]?)(?P<edge>[{re.escape(_EDGE)}])(?P=edge)+"
    r"[ \t\u3000]*(?P<inner>[^ \t\u3000].{0,38}?)[ \t\u3000]*"
    rf"(?P<close>[{re.escape(_EDGE)}])(?P=close)+(?P<end>[{''.join(_CORNERS.values())}]?)$"
)
#: What a framed row opens with: a corner, else its edge (:data:`_FRAMED_ROW`).
_ROW_OPENERS = frozenset(_CORNERS) | frozenset(_EDGE)
#: A box-drawing character: a line holding one is a frame's or a table's, no title.
_BOX = re.compile(r"[\u2500-\u257f]")
_LABELLED = re.compile(r"^(?P<label>[^:：\d]{1,10})[:：][ \t\u3000]*(?P<value>\S.*)$")
_PROSE = re.compile(r"[^。！？!?]{10,}[。！？!?]")
#: A row's cells: parted by a wide gap or a bar.
_CELLS = re.compile(r"[ \t]{2,}|\u3000+|[|｜┃]")
#: A record's title is at most this long; its text holds this much prose at least.
TITLE_MAX = 40
MIN_PROSE = 30
#: Fact rows read under a record's title, at most.
ROWS_UNDER = 2


def framed_row(line: str) -> str | None:
    """What a framed header row holds between its edges (``┏━━ 编号：A-1 ━━┓`` →
    ``编号：A-1``), or None: the edge drawn of one character on both sides, the corners
    (if any) a pair, something with a digit between.

    >>> framed_row("┏━━ 编号：A-1 ━━┓"), framed_row("+--- 编号：Q-17 ---+")
    ('编号：A-1', '编号：Q-17')
    >>> framed_row("==== 记录 7 ===="), framed_row("┏━━━━━━━━┓"), framed_row("┏━━ 编号：A-1 ══╗")
    ('记录 7', None, None)
    >>> framed_row("┏━━ 温馨提示 ━━┓"), framed_row("┏━━ 编号：A-1 ━━┛")
    (None, None)
    """
    s = line.strip()
    if s[:1] not in _ROW_OPENERS:  # most lines: no corner nor edge opens them (issue 15)
        return None
    m = _FRAMED_ROW.match(s)
    if m is None or m["edge"] != m["close"] or _CORNERS.get(m["corner"], "") != m["end"]:
        return None
    inner = m["inner"].strip()
    if not re.search(r"\d", inner) or _BOX.search(inner) or _SENTENCE.search(inner):
        return None
    return inner


def _key(inner: str) -> str:
    """What every header of one run shares: its label, else its shape (digits as #)."""
    m = _LABELLED.match(inner)
    return "L:" + m["label"].strip() if m else "S:" + re.sub(r"\d+", "#", inner)


def _title(s: str) -> bool:
    return (
        2 <= len(s) <= TITLE_MAX
        and not _SENTENCE.search(s)
        and not _BOX.search(s)
        and re.search(r"[\u4e00-\u9fffA-Za-z]", s) is not None
    )


def _dated_first_cell(s: str, field_of: FieldOf, no_publish: Collection[str]) -> str | None:
    """The day a facts row opens with (``发现时间：2021年3月9日 08:40　　地点：某处``):
    every cell labelled, no sentence, the first cell's value a date under a label no
    table reads as a field and no deadline word; else None."""
    if len(s) > 80 or _SENTENCE.search(s):
        return None
    cells = [c.strip() for c in _CELLS.split(s) if c.strip()]
    parsed = [_LABELLED.match(c) for c in cells]
    if not cells or any(m is None for m in parsed):
        return None
    first = parsed[0]
    assert first is not None
    label = first["label"].strip()
    if field_of(label) is not None or any(w in label for w in no_publish):
        return None
    value = first["value"].strip()
    if not re.match(r"^(?:19|20)\d\d\s*[-/.年]", value):
        return None
    return normalise_date(value)


class FramedRun:
    """What :func:`framed_records` found: the headers, the framed row over each title
    (``{title: (row, fields)}``) and the fact rows under the titles (``{row: fields}``)."""

    def __init__(self) -> None:
        self.keyed: list[tuple[int, str, str, dict[str, str]]] = []
        self.over: dict[int, tuple[int, dict[str, str]]] = {}
        self.under: dict[int, dict[str, str]] = {}


def framed_records(
    lines: list[str], read: Reader, field_of: FieldOf, no_publish: Collection[str] = ()
) -> FramedRun:
    """The records of a page whose every record opens with a framed header row (see the
    module docstring); an empty :class:`FramedRun` when the page has no such run.

    >>> read = lambda s: {"doc_number": s.split("：")[1]} if "编号：" in s else None
    >>> field_of = lambda s: None
    >>> body = "工作人员在站台长椅上发现该物品，外观完好，现暂存于服务中心，请失主尽快认领。"
    >>> page = ["某站公告", "┏━━ 编号：K-01 ━━┓", "黑色钱包"]
    >>> page += ["发现时间：2021年3月9日 08:40　地点：甲站", body, "┗━━━━━━━━┛"]
    >>> page += ["┏━━ 编号：K-02 ━━┓", "蓝色雨伞", body, "┗━━━━━━━━┛"]
    >>> run = framed_records(page, read, field_of)
    >>> [(i, t, m) for i, _, t, m in run.keyed]
    [(2, '黑色钱包', {'published': '2021-03-09'}), (7, '蓝色雨伞', {})]
    >>> run.over
    {2: (1, {'doc_number': 'K-01'}), 7: (6, {'doc_number': 'K-02'})}
    >>> run.under
    {3: {'published': '2021-03-09'}}
    >>> framed_records(page[:6], read, field_of).keyed  # one framed row: a boxed notice
    []
    """
    out = FramedRun()
    strip = stripped(lines)
    filled = nonempty(lines)
    rows = [(k, i, inner) for k, i in enumerate(filled) if (inner := framed_row(strip[i]))]
    if len(rows) < 2:
        return out
    if len({_key(inner) for _, _, inner in rows}) != 1:
        return out
    if len({inner for _, _, inner in rows}) != len(rows):
        return out  # one framed row printed again: no run of records
    ends = [*(i for _, i, _ in rows[1:]), len(lines)]
    found: list[tuple[int, int, dict[str, str], dict[int, dict[str, str]]]] = []
    for (k, row, inner), end in zip(rows, ends, strict=True):
        if k + 1 >= len(filled):
            return out
        t = filled[k + 1]
        if t >= end or not _title(strip[t]) or read(strip[t]) or framed_row(strip[t]):
            return out
        under: dict[int, dict[str, str]] = {}
        meta: dict[str, str] = {}
        for j in filled[k + 2 : k + 2 + ROWS_UNDER]:
            if j >= end:
                break
            day = _dated_first_cell(strip[j], field_of, no_publish)
            if day is None:
                break
            under[j] = {"published": day}
            meta.setdefault("published", day)
        text = [strip[j] for j in filled if t < j < end and j not in under]
        if sum(len(m) for s in text for m in _PROSE.findall(s)) < MIN_PROSE:
            return out
        found.append((t, row, read(inner) or read(strip[row]) or {}, under))
        out.keyed.append((t, HEADER_IS_TEXT, strip[t], meta))
    if len({strip[t] for t, *_ in found}) != len(found):
        return FramedRun()  # one title under every frame: no records
    for t, row, fields, under in found:
        out.over[t] = (row, fields)
        out.under.update(under)
    return out
