"""The lines that stood right under chrome the HTML extractor cut out of the page.

A page's tool bar (``【打印本页】　【关闭窗口】``), a box named as chrome or a list of links
closes the article on most sites; the extractor drops it before the boilerplate stage
reads the text, so a line the site prints under it (a complaint hotline every page fills
with its own number) comes to stand glued under the text's last sentence, where it reads
as the notice's own contact.  :func:`lines_under_cuts` gives the boilerplate stage the
lines that stood right under such a cut (``extract.controls``, ``extract.chrome_named``,
``extract.link_list``, ``extract.skip_tag``, ``extract.chrome_line``): with only the
site's lines under them too, they stand in the page's foot
(:func:`~cleaner.stages.boilerplate_site.site_repeat`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["CHROME_CUTS", "TOOL_BAR", "lines_over_bars", "lines_under_cuts"]

#: The extractor's rules that cut the page's chrome: a bar, a box, a list, a chrome tag.
CHROME_CUTS = frozenset(
    {
        "extract.controls",
        "extract.chrome_named",
        "extract.link_list",
        "extract.skip_tag",
        "extract.chrome_line",
    }
)


#: The extractor's rule for a bar of page controls (print, close, font size).
TOOL_BAR = "extract.controls"


def lines_over_bars(visible: str, drops: Iterable[tuple[int, int, str]]) -> frozenset[str]:
    """The kept lines (stripped) of ``visible`` that stood right over a bar of page
    controls the extractor cut (:data:`TOOL_BAR`), blank lines aside: the print bar
    under an article closes it, the line over it is the text's last.

    >>> page = "正文。\\n温馨提示：请按时就餐。\\n\\n【打印】\\n投诉电话：1234\\n"
    >>> bar = page.index("【")
    >>> sorted(lines_over_bars(page, [(bar, bar + 5, "extract.controls")]))
    ['温馨提示：请按时就餐。']
    >>> lines_over_bars(page, [(bar, bar + 5, "extract.link_list")])
    frozenset()
    """
    spans = sorted((s, e, r) for s, e, r in drops if e > s)
    reach = _Reach(spans)
    out: set[str] = set()
    for s, _, rule in spans:
        if rule != TOOL_BAR or visible[visible.rfind("\n", 0, s) + 1 : s].strip():
            continue
        p = s
        while p > 0 and visible[p - 1].isspace():
            p -= 1
        if p == 0 or reach.ends_at(p):
            continue  # the page's start, or another cut right over this one
        line = visible[visible.rfind("\n", 0, p) + 1 : p].strip()
        if line:
            out.add(line)
    return frozenset(out)


def lines_under_cuts(visible: str, drops: Iterable[tuple[int, int, str]]) -> frozenset[str]:
    """The kept lines (stripped) of ``visible`` that stood right under a span the
    extractor cut as chrome (:data:`CHROME_CUTS`), blank lines aside; a line cut itself
    is none.

    >>> page = "正文。\\n【打印】\\n投诉电话：1234\\n版权所有\\n"
    >>> bar, foot = page.index("【"), page.index("版")
    >>> sorted(lines_under_cuts(page, [(bar, bar + 5, "extract.controls"),
    ...                                (foot, len(page), "extract.chrome_line")]))
    ['投诉电话：1234']
    >>> lines_under_cuts(page, [(bar, bar + 5, "extract.fact_box")])
    frozenset()
    >>> lines_under_cuts("某题 独家\\n正文。", [(3, 5, "extract.chrome_line")])
    frozenset()
    """
    spans = sorted((s, e, r) for s, e, r in drops if e > s)
    reach = _Reach(spans)
    out: set[str] = set()
    for s, e, rule in spans:
        if rule not in CHROME_CUTS or visible[visible.rfind("\n", 0, s) + 1 : s].strip():
            continue  # (a cut starting inside a line, a word of it, cuts no line)
        p = e
        while p < len(visible) and visible[p].isspace():
            p += 1
        if p >= len(visible) or reach.covers(p):
            continue  # the page's end, or another cut right under this one
        if visible.rfind("\n", 0, p) + 1 < e:
            continue  # the cut ends inside the line (a word of it): no line under it
        end = visible.find("\n", p)
        line = visible[p : end if end >= 0 else len(visible)].strip()
        if line:
            out.add(line)
    return frozenset(out)


class _Reach:
    """Sorted cuts ``(start, end, rule)``, asked whether one reaches a position: the
    furthest end of the cuts starting before it, by bisection (a page cut by thousands
    of bars asked it of each cut, over every cut).

    >>> r = _Reach([(0, 4, "x"), (10, 12, "x")])
    >>> r.ends_at(4), r.ends_at(5), r.covers(10), r.covers(12)
    (True, False, True, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self._starts = [a for a, _, _ in spans]
        self._ends = list(accumulate((b for _, b, _ in spans), max))

    def ends_at(self, p: int) -> bool:
        """Is there a cut with ``start < p <= end`` (one ending at ``p`` or over it)?"""
        k = bisect_left(self._starts, p)
        return k > 0 and self._ends[k - 1] >= p

    def covers(self, p: int) -> bool:
        """Is there a cut with ``start <= p < end`` (one holding the character at ``p``)?"""
        k = bisect_right(self._starts, p)
        return k > 0 and self._ends[k - 1] > p
