"""A credit row whose label is parted from its value by a bar (``编辑|某某``).

News sites print a row of credits under the article with a colon (``编辑：某某``) or, as
often on public-account reposts, a bar (``编辑|某某``, ``责编｜某某``, ``来源丨某报``): one
label and its value to a line, the bar standing where the colon would.  The foot-row
reader (:mod:`cleaner.stages.split_foot`) parts a row's cells at its bars, so such a row
read as two bare cells, neither a credit, and stayed text.  :func:`bar_label` reads the
bar back as the colon when the row is that shape: one bar, a label the caller knows
(a credit word or a field's label) before it, a value after it; a row of several bars
(a table's cells, a menu) is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["bar_label"]

# an optional opening bracket, a label (two to six Han letters or a Latin word), the bar
# (ASCII, full-width, or the Han '丨' sites use for it), then a value holding no other bar
_BAR_ROW = re.compile(
    r"^(?P<o>[（(〔【［\[]?)(?P<k>[\u4e00-\u9fff]{2,6}|[A-Za-z]{2,12})\s*[|｜丨]\s*"
    r"(?P<v>[^|｜丨\s][^|｜丨]*)$"
)


def bar_label(row: str, known: Callable[[str], bool]) -> str:
    """``row`` with the bar after its label written as a colon, when ``known`` reads the
    label (``row`` unchanged otherwise).

    >>> known = lambda k: k in {"编辑", "来源"}
    >>> bar_label("编辑|某某", known), bar_label("（来源｜某某日报）", known)
    ('编辑：某某', '（来源：某某日报）')
    >>> bar_label("首页|新闻|视频", known), bar_label("天气|晴", known)
    ('首页|新闻|视频', '天气|晴')
    >>> bar_label("编辑|某甲|某乙", known)
    '编辑|某甲|某乙'
    """
    m = _BAR_ROW.match(row)
    if m is None or not known(m["k"]):
        return row
    return f"{m['o']}{m['k']}：{m['v']}"
