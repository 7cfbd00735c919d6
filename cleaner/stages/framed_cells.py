"""A row of bracketed cells, each a labelled field (``[ 时间：… ]  [ 来源：… ]  [ 点击： ]``).

A site's info bar may frame every cell in its own pair of brackets instead of parting them
by wide gaps.  The row reads as the cells it frames, a wide gap apart, so that the label
readers of a row under a title know it (:func:`unframed`).  Used where a removed line's
fields are looked for (a row under a title, the pipeline's dropped info row).
"""

from __future__ import annotations

import re

__all__ = ["unframed"]

_PAIRS = {"[": "]", "【": "】", "〔": "〕", "［": "］", "(": ")", "（": "）"}
_FIELD = re.compile(r"[：:0-9]")
_CELL = re.compile(r"\s*([\[【〔［(（])\s*([^\[\]【】〔〕［］()（）]*?)\s*([\]】〕］)）])\s*")


def unframed(line: str) -> str | None:
    """``line`` as its bracketed cells a wide gap apart when it is two or more cells,
    each in its own pair of brackets and one at least holding a label (``：``); else None.

    >>> unframed("[ 时间：2024-01-02 ]  [ 来源：某局 ]  [ 点击： ]")
    '时间：2024-01-02\\u3000来源：某局\\u3000点击：'
    >>> unframed("【日期：2024-01-02】【作者：某甲】【打印】")
    '日期：2024-01-02\\u3000作者：某甲'
    >>> unframed("[首页] [新闻]") is None, unframed("【通知】关于某事") is None
    (True, True)
    """
    s = line.strip()
    cells: list[str] = []
    pos = 0
    for m in _CELL.finditer(s):
        if m.start() != pos or _PAIRS[m[1]] != m[3]:
            return None
        cells.append(m[2])
        pos = m.end()
    if pos != len(s) or len(cells) < 2 or not any("：" in c or ":" in c for c in cells):
        return None
    # a cell of a field holds a label or a figure; a bare word is the bar's link ('打印')
    return "\u3000".join(c for c in cells if _FIELD.search(c))
