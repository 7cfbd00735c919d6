"""The last piece's closing row, as the pieces above it close: the text's, not the foot's.

A compilation closes each piece with a row of its own fields (a table's cells flattened
into one line: ``经办\t某处\t日期\t2021.05.06``).  The site prints that row's shape on every
page, so the site-repeat pass knows it; the rows between the body's first and last
prose lines stay as the text's, but the last piece's row stands below the last prose
line (a templated closing sentence under it does not count as prose), where the foot
starts.  When an earlier row of the same learned shape closes an earlier block of this
page the same way (glued under a sentence of the text), the last one is that piece's
close too: :func:`echoed_row` keeps it.  A row of labelled cells is of one form with
another when their labels are the same, in the same order (:func:`same_labels`: an
archive's ``（来源：某处　整理：某甲）`` under each piece).  Used by :mod:`boilerplate_site`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaner.stages.site_judge import LearnedLine

# a sentence of the text ends on one of these (a closing quote may follow its stop)
_CLOSE_AFTER = ("。", "！", "？", ".", "!", "?", "”", '"')


def _glued_under_sentence(stripped: list[str], k: int) -> bool:
    return 0 < k and stripped[k - 1].endswith(_CLOSE_AFTER) and len(stripped[k - 1]) >= 10


# a row's cells: parted by tabs (a flattened table) or by two spaces or more
_CELLS = re.compile(r"\t|[ \u3000]{2,}")


def _cells(s: str) -> list[str]:
    return [c.strip() for c in _CELLS.split(s.strip())]


def same_form(a: str, b: str) -> bool:
    """Two rows of one form (a table's cells): as many cells, the same labels in the same
    places (half the cells at least), other values (a row of a piece's own fields, not a
    repeated line).

    >>> same_form("经办\t某处\t日期\t1.2", "经办\t他处\t日期\t1.5")
    True
    >>> same_form("经办\t某处", "经办\t某处"), same_form("经办\t某处", "甲\t乙")
    (False, False)
    """
    ca, cb = _cells(a), _cells(b)
    if len(ca) < 2 or len(ca) != len(cb):
        return False
    same = sum(x == y and x != "" for x, y in zip(ca, cb, strict=True))
    return 0 < same < len(ca) and 2 * same >= len(ca)


# a row of labelled cells, maybe in one bracket pair ('（来源：某处　整理：某甲）'): its
# cells parted by a wide space, tabs, spaces or a bar, each a short label, a colon, a value
_BRACKETED = re.compile(r"^[（(【\[](?P<in>[^（）()【】\[\]]*)[）)】\]]$")
_LABELLED_CELLS = re.compile(r"\t|\u3000+|\s{2,}|\s*[|｜]\s*")
_LABELLED = re.compile(r"^(?P<k>[^\s:：，。；！？,;!?]{2,8})[:：]\s*(?P<v>[^:：。；！？;!?]+)$")


def _labelled(s: str) -> tuple[list[str], list[str]] | None:
    """The labels and values of a row whose every cell is labelled, or None."""
    m = _BRACKETED.match(s)
    cells = [c for c in _LABELLED_CELLS.split(m["in"] if m else s) if c.strip()]
    found = [_LABELLED.match(c.strip()) for c in cells]
    if not found or not all(found):
        return None
    return [f["k"] for f in found if f], [f["v"].strip() for f in found if f]


def labelled_row(s: str) -> bool:
    """Every cell of the row ``s`` is a label and its value (``主办：某会　承办：某中心``),
    not a caption holding one (``▲ 画面　采集：某队　2016年5月7日``).

    >>> labelled_row("主办：某会　承办：某中心"), labelled_row("▲ 画面　采集：某队　5月7日")
    (True, False)
    """
    return _labelled(s.strip()) is not None


def row_cells(s: str) -> tuple[list[str], list[str]] | None:
    """The labels and the values of a row whose every cell is labelled, in order, or None.

    >>> row_cells("批准日期：2019-01-02　有效期至：2024-01-01"), row_cells("正文。")
    ((['批准日期', '有效期至'], ['2019-01-02', '2024-01-01']), None)
    """
    return _labelled(s.strip())


def same_labels(a: str, b: str) -> bool:
    """Two rows of labelled cells with the same labels in the same order (two at least)
    and other values: each piece's own row of one form (``（来源：甲处　整理：某甲）``).

    >>> same_labels("（来源：甲处　整理：某甲）", "（来源：乙处　整理：某乙）")
    True
    >>> same_labels("来源：甲处 | 整理：某甲", "来源：甲处 | 整理：某甲")
    False
    >>> same_labels("（来源：甲处　整理：某甲）", "（来源：乙处　审核：某乙）")
    False
    >>> same_labels("来源：甲处", "来源：乙处"), same_labels("（某甲说：好　某乙说：行）", "x")
    (False, False)
    """
    la, lb = _labelled(a), _labelled(b)
    if la is None or lb is None or len(la[0]) < 2:
        return False
    return la[0] == lb[0] and la[1] != lb[1]


def echoed_row(stripped: list[str], i: int, hits: Mapping[int, LearnedLine], first: int) -> bool:
    """Is line ``i`` (a hit of a learned shape) a row glued under a sentence, when a row
    of the same form (:func:`same_form`) closes an earlier block of the page's text the
    same way (below the text's first line ``first``)?

    >>> from types import SimpleNamespace as N
    >>> row = N(kind="shape")
    >>> p = ["标题", "甲事的经过写完了一句。", "经办\t某处\t日期\t1.2", "乙事的经过又写完了一句。"]
    >>> p += ["经办\t他处\t日期\t1.5", "页脚"]
    >>> echoed_row(p, 4, {4: row}, 0), echoed_row(p, 2, {2: row}, 0)
    (True, False)
    >>> q = p[:2] + ["编者\t某处\t日期\t1.2"] + p[3:]
    >>> echoed_row(q, 4, {4: row}, 0)
    False
    >>> echoed_row(p, 4, {4: N(kind="line")}, 0)
    False
    """
    hit = hits.get(i)
    if hit is None or hit.kind != "shape" or not _glued_under_sentence(stripped, i):
        return False
    return any(
        _glued_under_sentence(stripped, k)
        and (same_form(stripped[k], stripped[i]) or same_labels(stripped[k], stripped[i]))
        for k in range(first + 1, i - 1)
    )
