"""Rows that open the pieces of a compilation with a serial (``第6号　类：甲``), kept
from the site's memory of repeated lines.

A compilation reprinting a piece another page of the site printed too (a motion carried
over from one sitting to the next, an item in two issues) repeats its header row word for
word: the site profile learns the row as chrome and deletes it, and the split stage loses
the boundary.  The row is told by structure: it opens with an ordinal (``第N`` and one
unit character, Arabic or Han figures) followed by a gap or nothing, and the page prints
at least :data:`MIN_RUN` such rows of one unit whose numbers run N, N+1, N+2 … in page
order, each over lines of its own piece.  Such rows are the split's, whatever the site
repeats.  The unit is one that numbers a compilation's pieces (a motion's, a case's, a
question's: ``rules/compilations.toml`` ``[serial]``): a division of ONE document (a
chapter, a section, a part, a statute's article) and a folio's or an issue's ordinal
(page, edition, issue, volume) are no piece's row; rows out of order, or glued to the
next one, are no run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.stages.compilation_words import serial_units
from cleaner.stages.split_dates import cn_number
from cleaner.stages.split_numerals import fw_digits

__all__ = ["MIN_RUN", "SERIAL", "labelled_serial", "labelled_serial_rows", "serial", "serial_rows"]

#: rows of one run on a page, at least
MIN_RUN = 2
#: lines of a piece under its row before the next row, at least
MIN_BODY = 2

_SERIAL = re.compile(
    r"^第\s*([0-9０-９]{1,4}|[〇零一二三四五六七八九十百]{1,5})\s*(\w)(?:[\s\u3000]+\S.*)?$"
)
#: a serial row's ordinal and the gap after it (the row's rest is its cells)
SERIAL = re.compile(r"^第\s*(?:[0-9０-９]{1,4}|[〇零一二三四五六七八九十百]{1,5})\s*\w[\s\u3000]*")


def serial(s: str) -> tuple[int, str] | None:
    """``(number, unit)`` of a serial row, or None.

    >>> serial("第12号　类：甲"), serial("第三件"), serial("第3页"), serial("第2届第1次会议")
    ((12, '号'), (3, '件'), None, None)
    >>> serial("第一章　总则"), serial("第二节"), serial("第3条　本办法适用于本县。")
    (None, None, None)
    """
    m = _SERIAL.match(s)
    if m is None or m.group(2) not in serial_units():
        return None
    n = cn_number(fw_digits(m.group(1)))
    return None if n is None else (n, m.group(2))


def _may_run(stripped: Sequence[str]) -> bool:
    """A page gate (issue 15), a NECESSARY condition of :func:`serial_rows`: every serial
    row opens with ``第`` (:data:`_SERIAL`) and a run holds :data:`MIN_RUN` rows; a page
    with fewer has no run.

    >>> _may_run(["第7号", "说明。", "第8号"]), _may_run(["第7号", "说明。"])
    (True, False)
    """
    return "\n".join(stripped).count("第") >= MIN_RUN


def serial_rows(stripped: Sequence[str]) -> set[int]:
    """The lines of the page's run of serial rows (see the module), or none.

    >>> body = ["说明：", "这里是一段说明文字。"]
    >>> page = ["第7号　类：甲", *body, "", "第8号　类：乙", *body, "", "第9号", *body, "完"]
    >>> sorted(serial_rows(page))
    [0, 4, 8]
    >>> serial_rows(["第7号　类：甲", *body, "第9号　类：乙", *body])  # a gap in the numbers
    set()
    >>> serial_rows(["第3页", *body, "第4页", *body])  # a folio's ordinals
    set()
    """
    if not _may_run(stripped):
        return set()
    found = [(i, sr) for i, s in enumerate(stripped) if s and (sr := serial(s.strip()))]
    best: list[int] = []
    run: list[tuple[int, tuple[int, str]]] = []
    for i, (n, unit) in found:
        if run and (unit != run[-1][1][1] or n != run[-1][1][0] + 1):
            run = []  # another unit, or a number out of turn: a new run starts here
        if run and sum(1 for s in stripped[run[-1][0] + 1 : i] if s.strip()) < MIN_BODY:
            run = []
        run.append((i, (n, unit)))
        if len(run) > len(best):
            best = [k for k, _ in run]
    if len(best) < MIN_RUN:
        return set()
    last = best[-1]
    if sum(1 for s in stripped[last + 1 :] if s.strip()) < MIN_BODY:
        return set()
    return set(best)


#: a labelled serial row: a short label (a register's word for its entries' number, no
#: section's or page's word), the number (zero-padded or not), then nothing or the row's
#: other cells after a gap or a bar (``序号 02 ／ 受理号 …``, ``编号：7　｜　…``, ``No. 3``)
_LABELLED = re.compile(
    r"^(?P<label>[\u4e00-\u9fff]{2,4}|[A-Za-z]{2,8}\.?)[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"[#＃№]?[ \t]*(?P<n>[0-9０-９]{1,3})"
    r"(?:$|[ \t\u3000]*[|｜/／┃│·][ \t\u3000]*\S|(?:\u3000+|[ \t]{2,})\S)"
)


def labelled_serial(s: str) -> tuple[int, str] | None:
    """``(number, label)`` of a labelled serial row, or None.

    >>> labelled_serial("序号 02 ／ 受理号 某〔2019〕3号 ／ 报告表"), labelled_serial("编号：7")
    ((2, '序号'), (7, '编号'))
    >>> labelled_serial("页码 2 ／ 共3页"), labelled_serial("序号 02号楼的住户")
    (None, None)
    >>> labelled_serial("第2条")
    """
    m = _LABELLED.match(s)
    if m is None:
        return None
    label = m["label"].rstrip(".").lower()
    from cleaner.stages.split_header_shapes import vocab

    if vocab().section_rx.search(label):
        return None  # a section's or a page's word counts parts of one document
    return int(fw_digits(m["n"])), label


def labelled_serial_rows(stripped: Sequence[str]) -> set[int]:
    """The lines of the page's run of labelled serial rows over its pieces
    (``序号 01 ／ …`` over one piece, ``序号 02 ／ …`` over the next): one label, numbers
    running N, N+1 … in page order, :data:`MIN_RUN` rows at least, each over
    :data:`MIN_BODY` lines of its piece.  A register's rows are the split's, whatever the
    site repeats; rows glued to each other (a table's) or out of turn are no run.

    >>> body = ["项目名称甲", "这里是一段说明文字。"]
    >>> page = ["序号 01 ／ 甲类", *body, "", "序号 02 ／ 乙类", *body, "完"]
    >>> sorted(labelled_serial_rows(page))
    [0, 4]
    >>> labelled_serial_rows(["序号 1", "序号 2", "序号 3", "完。", "又一行。"])  # a table's
    set()
    >>> labelled_serial_rows(["序号 01 ／ 甲类", *body, "序号 03 ／ 乙类", *body])
    set()
    """
    found = [(i, r) for i, s in enumerate(stripped) if s and (r := labelled_serial(s.strip()))]
    if len(found) < MIN_RUN:
        return set()
    best: list[int] = []
    run: list[tuple[int, tuple[int, str]]] = []
    for i, (n, label) in found:
        if run and (label != run[-1][1][1] or n != run[-1][1][0] + 1):
            run = []
        if run and sum(1 for s in stripped[run[-1][0] + 1 : i] if s.strip()) < MIN_BODY:
            run = []
        run.append((i, (n, label)))
        if len(run) > len(best):
            best = [k for k, _ in run]
    if len(best) < MIN_RUN:
        return set()
    if sum(1 for s in stripped[best[-1] + 1 :] if s.strip()) < MIN_BODY:
        return set()
    return set(best)
