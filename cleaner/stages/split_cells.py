"""One generic reader for metadata rows of cells, read by the SHAPE of their values.

Sites print a header's facts in rows nobody listed: English labels (``Author: X　Date:
2021-03-05``), key=value cells (``PN=…; PD=…``), unlabelled cells (``档号 X ／ 某某委员会
／ 2019.12.03``, ``楼主 X · 2022-9-7 · 回复 26``), a grid with letter-spaced labels
(``档　　号：X　　载　　体：Y``) or a stack (a label alone on its line, its value on the
next).  Listing every label would fail on the next site, so a row is read as cells and each
value by what it looks like:

* a **date** (any common layout, a time may follow) is the publish date when its label
  names publishing (the tables' words: ``公开日``, ``发表于`` read as ``发表日期``) or when
  it is the row's only date under a label that names no other date (``申请日``, ``报名日期``
  name another);
* an **identifier** (Latin letters and digits, maybe ``-``/``.``: ``CN1234567A``,
  ``AB-2017-012``) is the document number when its label names a number (ends in 号,
  preferred when it also names publishing: ``公开号`` over ``申请号``) or, the row's only
  identifier, under a label that names nothing or none;
* an **organisation** (a name ending like a body: ``…委员会``, ``…公司``, ``…研究所``:
  ``[org_name]`` in ``headers.toml``) is the issuer under an issuing label, or under an
  unknown label or none when it is the row's only such name and the row also gives a
  date or a code (a name alone may be a related item's title).

Labels the tables name (``meta_fields``, ``label_class``) keep their fields.  A row is a
short line without sentence punctuation, split into cells at any separator run (wide
spaces, ``|``, ``｜``, ``／``, a spaced ``/`` or ``·``, ``;``, ``，`` between labelled
cells only; in a run of bracketed labels, ``【编号】X【发布】Y``, the brackets); a cell
is ``label<:|：|=|→> value``, ``<Han label> <value>`` or a bare value.  Whether a row
sits where metadata does (right under a title or header) is the caller's business
(:mod:`split_meta`): read anywhere else, a row of this shape is never taken from prose.
"""

from __future__ import annotations

import re
import unicodedata

from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.sentence_marks import CLAUSE_MARK as _PROSE_MARK
from cleaner.stages.sentence_marks import FULL_STOP_MARK as _VALUE_END
from cleaner.stages.split_cell_marks import (
    _CLOSERS,
    _GAPS,
    _ID,
    _LATIN_PROSE,
    _SENTENCE,
    CARD_CELLS,
    MAX_CELL_CHARS,
    MAX_ROW_CHARS,
    Fields,
    _cells,
    _is_org,
    _trailing_labels,
    dated_cell,
    is_org,
)
from cleaner.stages.split_cell_rows import (
    cell_row,
    credit_row,
    credited,
    dated_title,
    read_cells,
)
from cleaner.stages.split_values import text_width

__all__ = [
    "LEADER",
    "cell_row",
    "cell_stack",
    "credit_row",
    "credited",
    "dated_title",
    "icon_row",
    "is_org",
    "key_value_block",
    "prose_line",
    "read_cells",
    "row_kind",
    "row_signature",
]

_LABEL_LINE = re.compile(
    r"^(?:(?:[\u4e00-\u9fff][ \t\u3000]{0,4}){1,5}[\u4e00-\u9fff]|[A-Za-z][A-Za-z .]{0,18})[:：]?$"
)
# a line opened by a Han label and its colon ('事由：…'): a labelled line, no cell's value
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,8}[:：]\S")


def _short_value(label: str, value: str, cells: list[tuple[str | None, str]]) -> bool:
    """A value of a label's shape that is a value all the same: an organisation's name
    ('某县政府' under any label), or, below two cells of the stack, a word shorter than
    its label ('状态' / '开'): a card's state or a name in a few letters."""
    if _is_org(value):
        return True
    return len(cells) >= 2 and len(_GAPS.sub("", value)) < len(_GAPS.sub("", label).rstrip(":："))


def cell_stack(lines: list[str], field_of: Fields) -> tuple[int, dict[str, str]]:
    """A stack of labels over values (``label`` / ``value`` / ``label`` / ``value`` …, a
    grid flattened one cell a line) at the top of ``lines``: how many lines it takes and
    its ``meta`` (:func:`read_cells`); ``(0, {})`` when fewer than two pairs stack or
    nothing reads.  A value is short, no sentence, and no label line itself.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> cell_stack(["登记号", "AB2020123C", "日期", "2020.01.02", "正文开始了。"], f)
    (4, {'doc_number': 'AB2020123C', 'published': '2020-01-02'})
    >>> cell_stack(["登记号", "AB2020123C", "登记日", "2020.01.02", "正文开始了。"], f)
    (4, {'doc_number': 'AB2020123C'})
    >>> cell_stack(["床前明月", "疑是地上", "举头望月", "低头思乡"], f)
    (0, {})

    A definition list with each colon on a line of its own (label, ``：``, value):

    >>> cell_stack(["联系人", "：", "某某", "发表于", "：", "2020-01-02 09:30", "正文。"], f)
    (6, {'published': '2020-01-02'})
    """
    cells: list[tuple[str | None, str]] = []
    k = 0
    while k + 1 < len(lines):
        label, value = lines[k].strip(), lines[k + 1].strip()
        # a definition list drawn one part a line: the label, its colon alone, the value
        # (the colon says which line is the value, so a short value may look like a label)
        colon = value in ("：", ":") and k + 2 < len(lines)
        if colon:
            value = lines[k + 2].strip()
        if not _LABEL_LINE.match(label):
            break
        if _LABEL_LINE.match(value) and not colon and not _short_value(label, value, cells):
            break
        if not value or len(value) > MAX_CELL_CHARS or _VALUE_END.search(value):
            break
        if _LABELLED.match(value):
            break  # 'label：value' is a line of its own, no cell's value
        cells.append((_GAPS.sub("", label).rstrip(":："), value))
        k += 3 if colon else 2
    aligned, taken = _aligned_stack(lines)
    if taken > k:
        cells, k = aligned, taken
    if len(cells) < 2:
        return 0, {}
    meta = read_cells(cells, field_of, card=len(cells) >= CARD_CELLS)
    return (k, meta) if meta else (0, {})


#: values of a card's own shape (a date, a code, a figure) an aligned stack needs at least
ALIGNED_SHAPED = 2


def _aligned_stack(lines: list[str]) -> tuple[list[tuple[str | None, str]], int]:
    """A record's card whose values may have a label's shape (a name, a subject, a
    degree: ``责任人`` / ``某某`` / ``专业`` / ``某某工程``): read strictly in pairs from the
    first line, label line then value line, the card when it holds ``CARD_CELLS`` pairs
    at least and ``ALIGNED_SHAPED`` of its values are dates or codes (no label has their
    shape: they fix which lines are the values).  ``([], 0)`` else: a run of short words
    (a poem's lines, a menu) has no such values.

    >>> _aligned_stack(["经手人", "某甲", "科室", "某某科", "登记日期", "2020-01-02",
    ...                 "登记号", "AB-2020-12", "正文开始了。"])[1]
    8
    >>> _aligned_stack(["床前明月", "疑是地上", "举头望月", "低头思乡", "2020年"])[1]
    0
    """
    cells: list[tuple[str | None, str]] = []
    shaped = k = 0
    while k + 1 < len(lines):
        label, value = lines[k].strip(), lines[k + 1].strip()
        if not _LABEL_LINE.match(label) or not value or len(value) > MAX_CELL_CHARS:
            break
        if _VALUE_END.search(value) or _LABELLED.match(value) or _SENTENCE.search(value):
            break
        if dated_cell(value) or _ID.match(value):
            shaped += 1
        cells.append((_GAPS.sub("", label).rstrip(":："), value))
        k += 2
    if len(cells) < CARD_CELLS or shaped < ALIGNED_SHAPED:
        return [], 0
    return cells, k


def icon_row(line: str) -> bool:
    """A row of facts each opened by a pictograph (``💰 8-12K　📍 某市　⏳ 3-5年``):
    two short cells at least, every one opened by a symbol (Unicode 'So'), no sentence.
    It names no field; :mod:`split_meta` takes it only over a row that reads.

    >>> icon_row("💰 8-12K　📍 某市·某区　🎓 本科"), icon_row("💰 8-12K　某市")
    (True, False)
    """
    s = line.strip()
    if not s or len(s) > MAX_ROW_CHARS or _PROSE_MARK.search(s):
        return False
    cells = [c.strip() for c in CELL_GAP.split(s) if c.strip()]
    return len(cells) >= 2 and all(
        len(c) <= MAX_CELL_CHARS and unicodedata.category(c[0]) == "So" for c in cells
    )


def prose_line(line: str) -> bool:
    """``line`` reads as prose: long, or holding a sentence mark (no row, no title).

    >>> prose_line("渡口的早晨"), prose_line("清晨的渡口雾气很重，船工把缆绳收好。")
    (False, True)

    An ASCII letter counts half (an English row of 64 letters is a short row), and a
    line of English words closed by a full stop is prose.

    >>> prose_line("Updated: 2023-08-01 07:32 | Source: Kelin County Information Office")
    False
    >>> prose_line("The ferry leaves at dawn when the river is calm and the fog lifts.")
    True
    """
    s = line.strip()
    return text_width(s) > 60 or bool(_PROSE_MARK.search(s) or _LATIN_PROSE.match(s))


def row_signature(line: str) -> tuple[str, ...]:
    """The labels of a row's cells in order (``_`` for a bare value): the rows under
    the pieces of one compilation share it.

    >>> row_signature("Date: 2021/3/5 · Time: 20 min"), row_signature("某某 · 2021-3-5 · 回复 3")
    (('Date', 'Time'), ('_', '_', '回复'))
    """
    return tuple(label or "_" for label, _ in _cells(line))


# a card's row under a bracket label: '【审　　级】二审' (a short Han label, letter-spaced or
# not, then a short value)
_BRACKET_ROW = re.compile(
    r"^[【\[［](?:[\u4e00-\u9fff][ \t\u3000]*){2,6}[】\]］][ \t\u3000]*"
    rf"\S.{{0,{MAX_CELL_CHARS - 1}}}$"
)
# a grid's label cell: a short Han word ('类别', '期限'), no digit
_GRID_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")


# a card's dotted leader between a short label and its value ('篇　　号……A-1', '出版日期
# .......2020年5月16日', '编印 ・・・ 某会'): a catalogue's or an archive's way to write the
# colon (a table of contents has a page number after its leader, no label before it)
#: (shared with :mod:`split_meta`, which reads the label's field)
LEADER = re.compile(
    r"^(?P<k>(?:[\u4e00-\u9fff][ \t\u3000]*){2,6}?)[ \t\u3000]*"
    r"(?:[…⋯]{1,4}|[.．·・]{3,})[ \t\u3000]*(?=\S)"
)


def row_kind(line: str) -> str | None:
    """The layout of a row of labelled cells, whatever its labels name: ``"trailing"``
    (every cell a value and its bracketed label, ``某甲〔编者〕　某乙〔校者〕``) or
    ``"grid<n>"`` (n cells apart by tabs or wide gaps, a short Han label before each
    value, two pairs at least: ``类别\\t某类\\t期限\\t十天``); None for anything
    else.  A row of labels no table names reads nothing (:func:`read_cells`);
    :mod:`split_meta` takes it only beside a row of the same layout that reads: the
    rows beneath a title are one block.

    >>> row_kind("某甲〔编者〕　某乙〔校者〕"), row_kind("类别\\t某类\\t期限\\t十天")
    ('trailing', 'grid4')
    >>> row_kind("校　　对……某乙")
    'leader'
    >>> row_kind("苹果很甜，香蕉也甜"), row_kind("某甲〔编者〕"), row_kind("第一章　总则")
    (None, None, None)

    A card of bracket labels, one a line (``【审　　级】二审``): ``"bracketed"``; a tag
    line with a sentence (``【提示】请按时缴费。``) or a long value is none.

    >>> row_kind("【审　　级】二审"), row_kind("【提示】请按时缴费。"), row_kind("【某类】")
    ('bracketed', None, None)
    >>> row_kind("[阅读次数]88"), row_kind("［点击量］88")
    ('bracketed', 'bracketed')
    """
    s = line.strip()
    if not s or len(s) > MAX_ROW_CHARS or _PROSE_MARK.search(s):
        return None
    if _BRACKET_ROW.match(s):
        return "bracketed"
    if (m := LEADER.match(s)) is not None and len(s) - m.end() <= MAX_CELL_CHARS:
        return "leader"  # '撰　　稿……某某': a card's row, its label named or not
    if s[-1] in _CLOSERS:
        trailing = _trailing_labels(s)
        return "trailing" if trailing is not None and len(trailing) >= 2 else None
    cells = CELL_GAP.split(s)
    if len(cells) < 4 or len(cells) % 2:
        return None  # one label and value alone may be a heading ('第一章　总则')
    if not all(_GRID_LABEL.fullmatch(k) for k in cells[::2]):
        return None
    if not all(0 < len(v) <= MAX_CELL_CHARS for v in cells[1::2]):
        return None
    return f"grid{len(cells)}"


# one 'label: value' item alone on its line (a YAML-like front matter under a title)
_KEY_VALUE = re.compile(
    r"^(?P<k>[\u4e00-\u9fff]{1,6}|[A-Za-z][A-Za-z _-]{0,15})\s*[:：]\s*(?P<v>[^:：]{1,40})$"
)
#: a front matter of key: value lines has this many lines at least (fewer: a caption,
#: a speaker's line or two labelled facts of the text itself)
MIN_KEY_LINES = 3
# a label that names the time of an event, not of the document ('时间：', '开始时'):
# its date is no publish date, so it reads nothing in a front matter
_EVENT_TIME = ("时间", "时")


def key_value_block(lines: list[str], field_of: Fields) -> tuple[int, dict[str, str]]:
    """A front matter at the top of ``lines``: one ``label: value`` item a line, the
    values short and no sentence, ``MIN_KEY_LINES`` lines at least, read together as one
    row (:func:`read_cells`): how many lines it takes and its ``meta``; ``(0, {})`` when
    fewer lines stack or nothing reads (a date or a code must).

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> key_value_block(["地点: 某镇", "日期: 2020-01-02", "编号: AB-2020-07", "正文。"], f)
    (3, {'doc_number': 'AB-2020-07', 'published': '2020-01-02'})

    Labelled lines of the text itself (sentences, a schedule's times) read nothing:

    >>> key_value_block(["定义：某量的变化率。", "例：速度。", "注：见上。"], f)
    (0, {})
    >>> key_value_block(["时间：2020年1月2日", "地点：礼堂", "主讲：某某"], f)
    (0, {})
    """
    cells: list[tuple[str | None, str]] = []
    for raw in lines:
        m = _KEY_VALUE.match(raw.strip())
        if m is None or _PROSE_MARK.search(m["v"]):
            break
        cells.append((m["k"].strip(), m["v"].strip()))
    if len(cells) < MIN_KEY_LINES:
        return 0, {}
    read = [(k, v) for k, v in cells if k is None or field_of(k) or not k.endswith(_EVENT_TIME)]
    meta = read_cells(read, field_of)
    return (len(cells), meta) if meta else (0, {})


# one value and its label after it, parted by a gap ('2021-03-09 发布日期', '某某部　发布
# 部门'): a list that prints each label behind its value
_VALUE_LABEL = re.compile(
    r"^(?P<v>[^\s:：。！？，；]{2,30})[ \t\u3000\u00a0]+(?P<k>[\u4e00-\u9fff]{2,6})$"
)
#: a list of values with their labels behind them has this many lines at least
MIN_TRAILING_LINES = 2


def trailing_labels(lines: list[str], field_of: Fields) -> list[tuple[str, str]]:
    """The ``(label, value)`` cells of the lines at the top of ``lines`` that each hold
    one value and, behind it, the label naming it (``2021-03-09 发布日期`` / ``某某部
    发布部门``): a list whose labels follow their values.  Every label must say what it
    holds (``field_of``), no value may be a label, ``MIN_TRAILING_LINES`` lines at least;
    ``[]`` otherwise.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> trailing_labels(["2020-01-02 发布日期", "某某部 发布部门", "正文。"], f)
    [('发布日期', '2020-01-02'), ('发布部门', '某某部')]

    A name and a word of the text, or a label behind one line only, read nothing:

    >>> trailing_labels(["张三 主任", "李四 副主任"], f)
    []
    >>> trailing_labels(["2020-01-02 发布日期", "各位居民："], f)
    []
    """
    cells: list[tuple[str, str]] = []
    for raw in lines:
        m = _VALUE_LABEL.match(raw.strip())
        if m is None or not field_of(m["k"]) or field_of(m["v"]):
            break
        cells.append((m["k"], m["v"]))
    return cells if len(cells) >= MIN_TRAILING_LINES else []
