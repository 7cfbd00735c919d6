"""Serial numbers that run on from row to row: the pieces of a compilation, in order.

A digest may number the rows over its pieces ``1, 2, 3 …`` (:func:`split_above.row_number`);
a notice board numbers them by its own register instead, where the first piece of the
page is some later entry (``No.2023-088``, ``No.2023-089`` … or ``编号 D-31``, ``D-32``
…).  The run is the evidence: every row's first cell holds the same code with only its
last figure changed, and that figure steps up by one down the page (a run going down
proves no order: ``split_above`` reads ``2, 1`` as none either).  A date in the cell is
no serial (two days in a row step by one too), nor is a clock time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.split_dates import YMD

__all__ = ["register_run", "row_serial", "serial_code", "serial_run"]

#: a serial's cell is short (a tag in brackets before it aside)
SERIAL_CELL_CHARS = 20
# a tag in brackets opening the row ('[公告] ', '【第三期】'): not the serial's cell
_TAG = re.compile(r"^(?:\[[^\]]{1,10}\]|【[^】]{1,10}】|〔[^〕]{1,10}〕)[ \t]*")
# the last run of figures, nothing but the code's tail after it ('号', '期', ')')
_LAST = re.compile(r"(\d{1,6})(\D{0,2})$")
# a whole date or a clock time: two such cells in a row step by one too
_DATED = re.compile(rf"{YMD}|\d{{1,2}}:\d{{2}}")


def _cells(row: str) -> list[str]:
    """The row, its bracketed tag off, cut at its first gap or bar: ``[first]`` or
    ``[first, rest]``."""
    return CELL_GAP_OR_BAR.split(_TAG.sub("", row.strip()), maxsplit=1)


def row_serial(row: str) -> tuple[str, int] | None:
    """``(code's shape, serial)`` of a row's first cell: the cell with its last figures
    left out, and those figures; None for a long cell, a dated one or one with none.

    >>> row_serial("[公告] No.2023-088　·　发布于 2023-05-04")
    ('No.2023-#', 88)
    >>> row_serial("编号：D-31 | 2023-05-04"), row_serial("第12期　责编：某某")
    (('编号：D-#', 31), ('第#期', 12))
    >>> row_serial("2023-05-04　某某处"), row_serial("14:30　报告厅"), row_serial("某某处　2023")
    (None, None, None)
    """
    first = _cells(row)[0].strip()
    if not first or len(first) > SERIAL_CELL_CHARS or _DATED.search(first):
        return None
    m = _LAST.search(first)
    if m is None:
        return None
    if not (first[: m.start()] or m.group(2)):
        return None  # a bare figure is a count or a year, not a code
    return f"{first[: m.start()]}#{m.group(2)}", int(m.group(1))


def serial_run(rows: Sequence[str]) -> bool:
    """Do ``rows`` (two or more, in page order) number their pieces by one register:
    one code's shape, its serial stepping up by one all the way?

    >>> serial_run(["No.2023-088　甲", "No.2023-089　乙", "No.2023-090　丙"])
    True
    >>> serial_run(["No.2023-090　甲", "No.2023-089　乙"])  # down: no order of pieces
    False
    >>> serial_run(["No.2023-088　甲", "No.2023-091　乙"]), serial_run(["A-1　甲", "B-2　乙"])
    (False, False)
    >>> serial_run(["No.2023-088　甲"])  # one row proves no order
    False
    """
    if len(rows) < 2:
        return False
    read = [row_serial(r) for r in rows]
    if any(x is None for x in read):
        return False
    shapes = {x[0] for x in read if x is not None}
    numbers = [x[1] for x in read if x is not None]
    if len(shapes) != 1:
        return False
    steps = {b - a for a, b in itertools.pairwise(numbers)}
    return steps == {1}


# a register's code: figures (or letters) and figures joined by a dash or a slash
_CODE = re.compile(r"[A-Za-z0-9]+(?:[-/－][A-Za-z0-9]+)+$")
# a telephone number: an area code and a line ('0571-88880001', '010-6666 8888')
_PHONE = re.compile(r"^(?:\+?\d{1,3}[-－ ]?)?0\d{2,3}[-－]\d{7,8}$")
# a cell labelled as a line, a desk or a place, not a document ('电话 0571-…', '站点 7-1')
_NOT_DOC = re.compile(
    r"电话|電話|传真|傳真|分机|分機|窗口|站点|站點|房间|房間|(?i:\b(?:tel|fax|ext|room|stop)\b)"
)


def serial_code(row: str) -> str | None:
    """The register's code a serial row's first cell ends with, when it is a compound
    code (``2023-088``, ``HB/2023/17``): the piece's document number; a bare count
    (``No.7``, ``第12期``) numbers the pieces only, and gives None.

    >>> serial_code("[公告] No.2023-088　·　发布于 2023-05-04"), serial_code("No.7　某某")
    ('2023-088', None)

    A telephone number or a cell labelled as a line, a desk or a stop is no document's
    number (``电话 0571-88880001``, ``站点 7-1``):

    >>> serial_code("电话 0571-88880001　更新"), serial_code("站点 7-1　首班")
    (None, None)
    >>> serial_code("0571-88880001　更新"), serial_code("Tel. 021-5555-0001")
    (None, None)
    """
    if row_serial(row) is None:
        return None
    first = _cells(row)[0].strip()
    m = _CODE.search(first)
    if m is None or _PHONE.search(m.group()) or _NOT_DOC.search(first[: m.start()]):
        return None
    return m.group()


def register_run(rows: Sequence[str]) -> bool:
    """Do ``rows`` number their pieces by a register's entries: a :func:`serial_run` of
    compound codes (:func:`serial_code`: ``2023-088``, ``SEM-2020-18``), each row's
    other cells differing from the row before?  A bare count or an outline number
    (``第1条``, ``1.1``, ``步骤1``, ``Q1``) numbers one document's sections, and the same
    stamp in every row (``生效日期：2023-01-01``) is one document's, not a register's.

    >>> register_run(["No.2023-088　发布于 2023-05-04", "No.2023-089　发布于 2023-05-09"])
    True
    >>> register_run(["第1条　生效日期：2023-01-01", "第2条　生效日期：2023-01-01"])
    False
    >>> register_run(["ZC-2023-001　入库：2023-05-06", "ZC-2023-002　入库：2023-05-06"])
    False
    """
    if not serial_run(rows) or any(serial_code(r) is None for r in rows):
        return False
    rests = [_rest(r) for r in rows]
    return all(a != b for a, b in itertools.pairwise(rests))


def _rest(row: str) -> str:
    """The row past its serial's cell."""
    parts = _cells(row)
    return parts[1].strip() if len(parts) > 1 else ""
