"""Entry rows of a list: a running number, a category cell and the title in the last cell.

A register or a list compiled from a PDF opens each entry with one row of cells parted by
slashes or bars: the entry's number in the list, the category it is filed under, then its
title (``12／某类／某某项目``).  The numbers run on by one from wherever the batch starts
(a list published in parts goes on counting), so the entries are not numbered 1, 2, 3 as
:func:`split_headers.numbered_runs` asks.  :func:`cell_runs` finds such rows; the run is
judged by :func:`split_headers.judge` like any numbered one, so it cuts the page only
with a cue: a metadata row under every row (each entry's own card of facts) or a count in
the page head.  A table's rows (nothing between them), a date (``12/05/2021``: no letter
in its cells) or a row whose last cell is a sentence are no entry rows.
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _SENTENCE
from cleaner.stages.split_header_shapes import Candidate
from cleaner.stages.split_numerals import fw_digits

__all__ = ["ENTRY_RULE", "cell_head", "cell_runs"]

_SEP = re.compile(r"[ \t\u3000]*[／/｜|][ \t\u3000]*")
_NUM = re.compile(r"^[0-9０-９]{1,3}$")
#: the shape every entry row of a run shares: a number, tag cells, the title last
SHAPE = "R|#／tag／title|"
#: the split rule of headers read from entry rows
ENTRY_RULE = f"generic:{SHAPE}"


def cell_head(line: str) -> tuple[int, str] | None:
    """``(number, title)`` when ``line`` is an entry row: a number of one to three digits,
    one or two short category cells with a letter each, and a title-shaped last cell.

    >>> cell_head("07／民间文学／某山传说"), cell_head("7 | 甲类 | 某某项目的名称")
    ((7, '某山传说'), (7, '某某项目的名称'))
    >>> cell_head("12/05/2021"), cell_head("3／甲类／我们去了那里，看了很久。")
    (None, None)
    """
    s = line.strip()
    if len(s) > 60:
        return None
    cells = _SEP.split(s)
    if not 3 <= len(cells) <= 4 or not _NUM.match(cells[0]):
        return None
    tags, title = cells[1:-1], cells[-1]
    if not all(1 <= len(t) <= 10 and _lettered(t) and not _SENTENCE.search(t) for t in tags):
        return None
    if not (2 <= len(title) <= 40 and _lettered(title) and not _SENTENCE.search(title)):
        return None
    return int(fw_digits(cells[0])), title


def _lettered(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


def cell_runs(lines: list[str]) -> list[list[Candidate]]:
    """Runs of entry rows (:func:`cell_head`) whose numbers go on by one in page order,
    from any first number; two rows at least, longest run first.

    >>> page = ["4／甲类／某村传说", "正文。", "5／乙类／某镇技艺", "正文。"]
    >>> [(c.line, c.number, c.title) for c in cell_runs(page)[0]]
    [(0, 4, '某村传说'), (2, 5, '某镇技艺')]
    """
    runs: list[list[Candidate]] = []
    run: list[Candidate] = []
    for i, ln in enumerate(lines):
        head = cell_head(ln) if ln.strip()[:1].isdigit() else None
        if head is None:
            continue
        n, title = head
        if run and n == run[-1].number + 1:
            run.append(Candidate(i, SHAPE, n, title))
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [Candidate(i, SHAPE, n, title)]
    if len(run) >= 2:
        runs.append(run)
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs
