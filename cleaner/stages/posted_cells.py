"""A piece's row of labelled cells right under its title, read cell by cell.

Two shapes of such a row that the table readers miss:

* a posting cell, a publish label and a person's name before the bracketed unit the
  person speaks for (``发布：某甲乙（某中心）``), beside only readers' counters
  (``浏览 88 次``): the person is the piece's author;
* a number's label glued to its value (``案号（2021）某01民初5号``): the label names a
  document-number field and the rest reads as a document number; the row's other cells
  (a judge, a clerk) are roles, no author, and are not read.

Each is a row (no sentence mark), never a line of prose that holds a colon.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.cell_gaps import CELL_GAP_OR_BAR
from cleaner.stages.counted_rows import COUNT_CELL, counter_words, publish_label
from cleaner.stages.person_names import person_name
from cleaner.stages.split_dates import simplified_label

#: a posting cell: a short label, a colon, a name, its unit in round brackets
_POSTED = re.compile(
    r"^(?P<k>[^\s\d：:（(]{1,6})\s*[：:]\s*(?P<n>[^\s（(]{2,6})\s*[（(](?P<u>[^）)]{2,30})[）)]$"
)
#: a label glued to a bracketed number: '案号（2021）某01民初5号'
_GLUED = re.compile(r"^(?P<k>[^\s\d：:（(【\[]{2,6})(?P<v>[（(〔\[]\d{4}[）)〕\]]\S{2,40}号)")
#: cells of a row apart from a bar and wide gaps, also a middle dot between spaces
_CELL_SPLIT = re.compile(CELL_GAP_OR_BAR.pattern + r"|\s+[·・]\s+")
_SENTENCE = re.compile(r"[。；！？!?]")


def _counter(cell: str) -> bool:
    m = COUNT_CELL.match(cell)
    if m is None:
        return False
    key = simplified_label(m["k"]).lower()
    return any(w in key for w in counter_words())


def posted_cells(
    line: str,
    field_of: Callable[[str], str | None],
    doc_number: Callable[[str], str | None],
) -> dict[str, str] | None:
    """Fields of a posting row or a glued number row (module docstring), else None.

    >>> fo = lambda k: "doc_number" if k.endswith("号") else None
    >>> dn = lambda v: v if v.endswith("号") else None
    >>> posted_cells("发布：某甲乙（某小区服务中心）　｜　浏览 3026 次", fo, dn)
    {'author': '某甲乙'}
    >>> posted_cells("發布：某甲乙（某中心）", fo, dn)
    {'author': '某甲乙'}
    >>> posted_cells("案号（2021）某0105民初601号　·　承办法官 某甲", fo, dn)
    {'doc_number': '（2021）某0105民初601号'}
    >>> posted_cells("发布：某甲乙（某中心）称，明日开放。", fo, dn) is None
    True
    >>> posted_cells("发布：某甲乙（某中心）　价格 3026 元", fo, dn) is None
    True
    """
    s = line.strip()
    if not s or len(s) > 90 or _SENTENCE.search(s):
        return None
    cells = [c.strip() for c in _CELL_SPLIT.split(s) if c and c.strip()]
    if not cells:
        return None
    glued = _GLUED.match(cells[0])
    if glued is not None and glued.end() == len(cells[0]):
        if field_of(glued["k"]) == "doc_number" and (n := doc_number(glued["v"])):
            return {"doc_number": n}
        return None
    posted = _POSTED.match(cells[0])
    if posted is None or not publish_label(simplified_label(posted["k"])):
        return None
    if not person_name(posted["n"]) or not all(_counter(c) for c in cells[1:]):
        return None
    return {"author": posted["n"]}
