"""Pieces that are RECORDS, told from sections of one text (:mod:`split_shape_run`).

A run of rows of one shape, each over a titled piece of prose, is refused as a
compilation when prose stands over the first row: an article's opening over its own
numbered sections (``§ 01 · 阶段 1``, then a heading and paragraphs) looks the same.
What sections of one text do not carry is a RECORD's build, repeated piece by piece
whatever its words:

* **a register's serial** (:func:`serial_run`): one number of the rows, at the same
  place in every row, counts up one by one and is written with three digits or more
  (``≡ 046 ≡``, ``No.0312``): the rows count entries of a register that runs on from
  issue to issue, while a text numbers its sections 1, 2, 3 (or 一, 二, 三);
* **a form** (:func:`one_form`): every piece holds the same labels (a short word
  before a colon, any words: ``时间：``, ``地点：``, ``处理：``), three or more, each
  once, in one order, their values different from piece to piece (one text printed
  again under each piece is no set of records).

Either proof lets ONE line of prose stand over the first row (the edition's lead:
a notice over the list); two lines or more stay an article's opening, and the page
stays whole.  Nothing here cuts or deletes: it answers why the pieces are records.
Standard library only (a replay benchmark grafts the shape-run modules onto an older
tree: ``benchmarks/shape_run_replay.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

__all__ = ["FORM_LABELS", "SERIAL_DIGITS", "YEARS", "one_form", "record_proof", "serial_run"]

#: a register's serial is written with this many digits at least (``046``, ``0312``)
SERIAL_DIGITS = 3
#: four digits in this span read as a year (``2021``, ``2022``: a chronicle's parts)
YEARS = (1900, 2099)
#: the labels every record of one form repeats, at least
FORM_LABELS = 3
#: a line's label: a short run of Han letters (or one Latin word) before a colon
_LABEL = re.compile(r"^([\u3400-\u9fff]{1,8}|[A-Za-z]{2,12})\s*[：:]\s*(\S.*)$")
_DIGITS = re.compile(r"\d+")


def serial_run(rows: Sequence[str]) -> bool:
    """Do the rows carry a register's serial: at one place (the k-th digit run) in every
    row a number of three digits or more that counts up one by one?

    >>> serial_run(["≡ 046 ≡　证件", "≡ 047 ≡　印章", "≡ 048 ≡　公告"])
    True
    >>> serial_run(["§ 01 · 阶段 1", "§ 02 · 阶段 2", "§ 03 · 阶段 3"])  # a text's sections
    False
    >>> serial_run(["No.0312 某", "No.0318 某", "No.0320 某"])  # not one by one
    False
    >>> serial_run(["2021年　甲", "2022年　乙", "2023年　丙"])  # a chronicle's years
    False
    """
    if len(rows) < 2:
        return False
    runs = [_DIGITS.findall(r) for r in rows]
    width = min(len(r) for r in runs)
    for k in range(width):
        col = [r[k] for r in runs]
        if min(len(v) for v in col) < SERIAL_DIGITS:
            continue
        nums = [int(v) for v in col]
        if all(len(v) == 4 and YEARS[0] <= n <= YEARS[1] for v, n in zip(col, nums, strict=True)):
            continue  # years one after another: a chronicle's own parts, no register
        if all(b == a + 1 for a, b in itertools.pairwise(nums)):
            return True
    return False


def one_form(strip: Sequence[str], filled: Sequence[int], starts: Sequence[int]) -> bool:
    """Are the pieces (each from its start to the next one's) records of one form: three
    labels or more in every piece, each once per piece, in one order, with values that
    differ from piece to piece under three labels or more?  An interview's ``问：`` /
    ``答：`` run again and again is one dialogue (a label twice in a piece: no form).

    >>> page = ["甲", "时间：5日", "地点：东岸", "处理：清运", "乙", "时间：7日",
    ...         "地点：西岸", "处理：拆除", "丙", "时间：9日", "地点：北岸", "处理：移交"]
    >>> one_form(page, range(12), [0, 4, 8])
    True
    >>> same = [ln if ln in "甲乙丙" else ln[:3] + "同" for ln in page]
    >>> one_form(same, range(12), [0, 4, 8])  # the same values: one text printed again
    False
    """
    if len(starts) < 2:
        return False
    ends = [*starts[1:], len(strip)]
    seqs: list[dict[str, str]] = []
    for a, b in zip(starts, ends, strict=True):
        labelled = [
            (m.group(1), m.group(2)) for i in filled if a <= i < b and (m := _LABEL.match(strip[i]))
        ]
        if len({k for k, _ in labelled}) != len(labelled):
            return False
        seqs.append(dict(labelled))
    common = set(seqs[0]).intersection(*seqs[1:])
    if len(common) < FORM_LABELS:
        return False
    if len({tuple(k for k in q if k in common) for q in seqs}) != 1:
        return False
    return sum(len({q[k] for q in seqs}) == len(seqs) for k in common) >= FORM_LABELS


def record_proof(
    strip: Sequence[str], filled: Sequence[int], rows: Sequence[int], starts: Sequence[int]
) -> str | None:
    """Why the pieces opened at ``starts`` by ``rows`` are records (``serial`` or
    ``form``), or None when nothing tells them from sections of one text."""
    if serial_run([strip[r] for r in rows]):
        return "serial"
    if one_form(strip, filled, starts):
        return "form"
    return None
