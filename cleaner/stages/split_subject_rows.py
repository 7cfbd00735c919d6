"""A piece's title printed as a labelled row of its head (``事由：修缮某桥，请审议。``).

Minutes, motions and petitions compiled one under another often print no bare title: each
piece's head is a few labelled rows (a number row, a mover's row) and one of them gives
its subject, ``LABEL：subject, a closing formula.``  The subject is the piece's title.  The
row is told by structure, never by its label's word: on every piece of the run (two at
least), among the first :data:`HEAD_ROWS` lines under the header, a row opens with the same
short label, the label reads as no metadata field, and its values differ from piece to
piece while being long enough to name something.  A closing clause every value shares
word for word (``，请审议。``, ``, for decision.``) is the formula, not the subject: it is
dropped with the row's end mark.  The row goes from the text (to the ledger, the subject
in its ref); the header's title becomes the subject.  A header titled by a heading of its
own keeps it: only a header whose title is a labelled row or a bare serial is retitled.
One piece alone, a label missing from one piece, or values all alike: nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cleaner.stages.cell_gaps import CELL_GAP_OR_SPACED_BAR
from cleaner.stages.line_features import is_prose
from cleaner.stages.serial_rows import SERIAL, serial, serial_rows

__all__ = ["ROW_OVER_TITLE", "SERIAL_HEAD", "SUBJECT_ROW", "subject_rows", "titled_by_subjects"]

#: the ledger rule of a subject row taken as its piece's title
SUBJECT_ROW = "split.title_row"
#: the header rule of a row of fields over a bare title (:func:`_bare_titles`): the row
#: goes as the header, the title line under it stays the piece's first line of text
ROW_OVER_TITLE = "keyed:row_over_title"
#: the header rule of a serial row opening a piece (:func:`titled_by_subjects`)
SERIAL_HEAD = "keyed:serial"
#: a serial row's text after its ordinal is a short label or cells, no sentence of prose
MAX_SERIAL_REST = 24
#: how many non-blank lines under a piece's header its head rows may take
HEAD_ROWS = 4
#: a subject holds at least this many characters (a value shorter names a field)
MIN_SUBJECT = 6

_LABELLED = re.compile(r"^([^\s：:，,。；;、]{1,6})\s*[：:]\s*(\S.*)$")
_CLAUSE = re.compile(r"[，,；;]")
_END = "。.！!；;"

Header = tuple[int, str, str]


def _head(lines: Sequence[str], start: int, end: int) -> list[int]:
    """The first :data:`HEAD_ROWS` non-blank lines of ``lines[start:end]``."""
    return [j for j in range(start, end) if lines[j].strip()][:HEAD_ROWS]


def _untitled(title: str) -> bool:
    """Does a header's title name no subject: empty, a labelled row or a bare serial?

    >>> _untitled("第3号　组别：甲"), _untitled("提议人：某某"), _untitled("关于修桥的议案")
    (True, True, False)
    """
    return not title or "：" in title or ":" in title or serial(title) is not None


#: a title about one colon: a name before it, a clause of words after it
_MAIN_SUB = re.compile(r"^(?P<main>[^\s：:，,。；;、]{2,12})[：:](?P<sub>[^：:]+)$")
#: the value of a ``name：verdict`` title holds at least this many Han letters
MIN_CLAUSE_HAN = 6


def _own_titles(titles: Sequence[str], row_reader: Callable[[str], dict[str, str] | None]) -> bool:
    """Are the headers' titles each a name and its verdict about one colon (``某社区：某事
    做得好，某事仍欠缺``), no labelled row?  The words before the colon differ on every
    piece (a label repeats: ``事由：``, ``提议人：`` on each piece is a column of fields),
    the row reader reads no field from the line, and the words after the colon are a
    clause (:data:`MIN_CLAUSE_HAN` Han letters or more, no cells' gap): the title is the
    piece's own, no subject row under it retitles the piece.

    >>> _own_titles(["东村：垃圾桶摆放整齐，标识清楚", "西村：投放点无人值守"], lambda s: None)
    True
    >>> _own_titles(["事由：修桥", "事由：装路灯"], lambda s: None)  # one label: fields
    False
    >>> _own_titles(["东村：甲", "西村：乙"], lambda s: None)  # values too short for a clause
    False
    >>> _own_titles(["作者：张三丰写的一篇长文", "来源：某某日报社编辑部稿件"], lambda s: {"x": s})
    False
    """
    mains: list[str] = []
    for t in titles:
        m = _MAIN_SUB.match(t.strip())
        if m is None or CELL_GAP_OR_SPACED_BAR.search(m["sub"]) or serial(t) is not None:
            return False
        if len(re.findall(r"[\u3400-\u9fff]", m["sub"])) < MIN_CLAUSE_HAN:
            return False
        if row_reader(t.strip()):
            return False
        mains.append(m["main"])
    return len(set(mains)) == len(mains)


def _formula(values: Sequence[str]) -> str:
    """The closing clause every value shares (from its last clause mark), or ''.

    >>> _formula(["修缮某桥，请审议。", "增设路灯，请审议。"])
    '，请审议。'
    >>> _formula(["修缮某桥，请审议。", "增设路灯，请公决。"])
    ''
    """
    tails = []
    for v in values:
        marks = list(_CLAUSE.finditer(v))
        if not marks:
            return ""
        tails.append(v[marks[-1].start() :])
    return tails[0] if len(set(tails)) == 1 else ""


def subject_rows(
    lines: Sequence[str],
    headers: Sequence[Header],
    row_reader: Callable[[str], dict[str, str] | None],
) -> tuple[list[Header], dict[int, str]]:
    """Each piece's subject row and the headers titled by it; ``({}, headers)`` unchanged
    when the run has none.  Returns the headers and ``{row line: subject}``.

    >>> page = ["第1号　类：甲", "动议：把村口的旧桥修好，请审议。", "说明：", "桥已很旧了。", "",
    ...         "第2号　类：乙", "动议：在河边步道装上路灯，请审议。", "说明：", "夜里太黑了。"]
    >>> hs, rows = subject_rows(page, [(0, "h", "第1号"), (5, "h", "第2号")], lambda s: None)
    >>> [h[2] for h in hs], sorted(rows)
    (['把村口的旧桥修好', '在河边步道装上路灯'], [1, 6])
    >>> same = [*page[:6], "动议：把村口的旧桥修好，请审议。", *page[7:]]  # one subject twice
    >>> subject_rows(same, [(0, "h", "第1号"), (5, "h", "第2号")], lambda s: None)[1]
    {}
    """
    if len(headers) < 2 or not all(_untitled(h[2]) for h in headers):
        return list(headers), {}
    if _own_titles([h[2] for h in headers], row_reader):
        return list(headers), {}
    ends = [h[0] for h in headers[1:]] + [len(lines)]
    if (bare := _bare_titles(lines, headers, ends)) is not None:
        # a row of fields over a bare title on every piece ('〖状态〗编号 …　日期：…' over
        # '某地块出让结果公示'): the line under the row is the title, and stays the text's
        return [(h[0], ROW_OVER_TITLE, t) for h, t in zip(headers, bare, strict=True)], {}
    found: list[dict[str, tuple[int, str]]] = []
    for h, end in zip(headers, ends, strict=True):
        rows: dict[str, tuple[int, str]] = {}
        for j in _head(lines, h[0], end):
            m = _LABELLED.match(lines[j].strip())
            if m is None or m.group(1) in rows or row_reader(lines[j].strip()):
                continue
            rows[m.group(1)] = (j, m.group(2).strip())
        found.append(rows)
    shared = set(found[0]).intersection(*found[1:])
    for label in sorted(shared, key=lambda k: found[0][k][0]):
        values = [rows[label][1] for rows in found]
        if any(len(v) < MIN_SUBJECT or "：" in v or ":" in v for v in values):
            continue
        if len(set(values)) < len(values):
            continue  # the same value twice: a field of the run, no subject
        formula = _formula(values)
        subjects = [v[: len(v) - len(formula)] if formula else v for v in values]
        subjects = [s.rstrip(_END).strip() for s in subjects]
        if any(len(s) < MIN_SUBJECT for s in subjects):
            continue
        out = [(h[0], h[1], s) for h, s in zip(headers, subjects, strict=True)]
        return out, {rows[label][0]: s for rows, s in zip(found, subjects, strict=True)}
    return list(headers), {}


#: a bare title: no label's colon, no clause or sentence mark, no cells' gap
_NOT_BARE = re.compile(r"[：:，,；;。！？!?]|\u3000{2,}| {2,}|\t")
#: a bare title is at most this long (a sentence runs longer)
MAX_BARE = 60


def _bare_titles(
    lines: Sequence[str], headers: Sequence[Header], ends: Sequence[int]
) -> list[str] | None:
    """The line right under each header row when every one is a bare title (a heading's
    shape: MIN_SUBJECT to MAX_BARE long, no colon, clause mark or cells' gap, no serial),
    all different; else ``None``.

    >>> page = ["【成交】编号 A-1　　日期：2023-05-09", "东区某路以北1号地块出让结果公示",
    ...         "位置：东区", "", "【流拍】编号 A-2　　日期：2023-05-12",
    ...         "西区某街以南2号地块出让结果公示",
    ...         "位置：西区"]
    >>> heads = [(0, "h", page[0]), (4, "h", page[4])]
    >>> _bare_titles(page, heads, [4, 7])
    ['东区某路以北1号地块出让结果公示', '西区某街以南2号地块出让结果公示']
    >>> prose = [*page[:5], "该宗地于当日流拍，将择期重新挂牌出让。", *page[6:]]
    >>> _bare_titles(prose, heads, [4, 7]) is None
    True
    """
    out: list[str] = []
    for h, end in zip(headers, ends, strict=True):
        under = _head(lines, h[0] + 1, end)
        if not under:
            return None
        t = lines[under[0]].strip()
        if not (MIN_SUBJECT <= len(t) <= MAX_BARE) or _NOT_BARE.search(t) or serial(t):
            return None
        if t == lines[h[0]].strip():
            return None
        out.append(t)
    return out if len(set(out)) == len(out) else None


def _cells(rest: str) -> bool:
    """Is a serial row's rest labelled cells (``组别：城建　提议人：某某``), no heading?

    >>> _cells("组别：城建"), _cells("類別：消防｜提案人：某某"), _cells("水源保护")
    (True, True, False)
    """
    cells = [c for c in CELL_GAP_OR_SPACED_BAR.split(rest) if c]
    return bool(cells) and all(_LABELLED.match(c) for c in cells)


def _serial_cut(lines: Sequence[str], run: Sequence[int], rests: dict[int, str]) -> bool:
    """May the page be cut at its run of serial rows?  Not when a row's rest is a heading
    of its own (``第1号　水源保护``: the text after the number would go with the row;
    the pieces are titled, not by subject rows) nor when an opening paragraph stands
    above the run (a title and its preamble over numbered parts: one document).

    >>> page = ["某汇编", "", "第1号　组别：甲", "事由：甲事。", "第2号", "事由：乙事。"]
    >>> _serial_cut(page, [2, 4], {2: "组别：甲", 4: ""})
    True
    >>> _serial_cut(page, [2, 4], {2: "修桥", 4: ""})
    False
    >>> opening = ["某方案", "为做好某项工作，结合本地实际，制定本方案。", *page[2:]]
    >>> _serial_cut(opening, [2, 4], {2: "组别：甲", 4: ""})
    False
    """
    if any(r and not _cells(r) for r in rests.values()):
        return False
    return not any(is_prose(lines[j].strip()) for j in range(run[0]))


def titled_by_subjects(
    lines: Sequence[str],
    headers: Sequence[Header],
    row_reader: Callable[[str], dict[str, str] | None],
) -> tuple[list[Header], dict[int, str], dict[int, dict[str, str]]]:
    """The headers titled by their subject rows (:func:`subject_rows`), the subject rows
    and each header's fields.  A page whose finders found no header is cut at its run of
    serial rows (:func:`~cleaner.stages.serial_rows.serial_rows`: ``第7号　组别：甲``)
    when every piece under them holds a subject row, the serial rows short (no article
    of a statute, its sentence on the row), each row's rest empty or labelled cells (a
    heading after the number is the piece's own title: no cut, the text is kept) and no
    opening paragraph above the run (:func:`_serial_cut`); each row's cells after the
    ordinal are the piece's fields.  Headers the finders found at some of those serial
    rows only (bare serials, the run's other rows missed) give way to the whole run the
    same way.

    >>> page = ["某会议案汇编", "", "第7号　组别：甲", "事由：把村口那座木桥改建为水泥桥。",
    ...         "理由：", "桥已很旧了，雨天难以通行。", "", "第8号",
    ...         "事由：在滨河步道沿线增设夜间照明。", "理由：", "夜里太黑了，行人不便。"]
    >>> hs, rows, fields = titled_by_subjects(page, [], lambda s: None)
    >>> [h[2] for h in hs], [h[0] for h in hs], sorted(rows)
    (['把村口那座木桥改建为水泥桥', '在滨河步道沿线增设夜间照明'], [2, 7], [3, 8])
    >>> law = [*page[:2], "第一条　为了规范某事的管理，根据有关法律，制定本办法。", *page[3:7],
    ...        "第二条　本办法适用于本县行政区域内的某事及其监督管理活动。", *page[8:]]
    >>> titled_by_subjects(law, [], lambda s: None)[0]
    []
    """
    run = sorted(serial_rows(lines)) if not headers or all(serial(h[2]) for h in headers) else []
    rests = {i: SERIAL.sub("", lines[i].strip(), count=1).strip() for i in run}
    if len(run) >= 2 and {h[0] for h in headers} <= set(run) and _serial_cut(lines, run, rests):
        if all(len(r) <= MAX_SERIAL_REST for r in rests.values()):
            heads = [(i, SERIAL_HEAD, "") for i in run]
            titled, subjects = subject_rows(lines, heads, row_reader)
            if subjects:
                fields = {i: row_reader(r) or {} for i, r in rests.items() if r}
                return titled, subjects, {i: f for i, f in fields.items() if f}
    if not headers:
        return [], {}, {}
    titled, subjects = subject_rows(lines, headers, row_reader)
    return titled, subjects, {}
