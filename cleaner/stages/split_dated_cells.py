"""A row of labelled cells closing each piece of a compilation, one of them a date.

A compilation's pieces often end with a row of two or more ``label：value`` cells apart
by a bar or a wide gap (``承办科室：某某科　｜　办结时间：2021-3-5``): who handled or
supplied the piece and the day it was done.  The labels are the site's own wording; the
shape is not.  :func:`dated_cells` reads such a row by its shape: every cell labelled,
no sentence in it, and one value at least a full date (with its day) under a label that
names the piece done or put up (``办结``, ``结案``, ``发布``…, ``rules/dated_cells.toml``):
that date is the piece's publish date.  A date whose label names an event still to come,
a deadline or a validity (``活动时间``, ``报名截止``, ``有效期至``) makes the row text.
The other cells' labels must name fields the meta tables know (a unit's label such as
``…机构``, ``…单位``: the issuer);
a cell whose label names no field, or a value that runs past a name's length, makes the
row no metadata row (it stays text).  The unit that closes a piece of a compilation is
where the piece comes from too (:func:`~cleaner.stages.split_foot.supplier`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_foot import supplier

__all__ = [
    "ROW_CELLS",
    "dated_cells",
    "done_label",
    "neutral_label",
    "page_shapes",
    "plan_label",
    "refused_label",
    "row_labels",
]

#: The cells of a row: parted by an ideographic space, a wide gap or a bar (one space
#: parts the words of one cell, never cells).  split_tail reads its rows' cells so too.
ROW_CELLS = re.compile(r"\u3000+|\s{2,}|\s*[|｜]\s*")
_CELL = re.compile(r"^(?P<k>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<v>[^。！？；!?;：:]{1,30})$")
#: a full date: year, month and day ('2021/3/5', '2021-03-05', '2021年3月5日')
_FULL_DATE = re.compile(r"^\d{4}\s*[年/.\-－]\s*\d{1,2}\s*[月/.\-－]\s*\d{1,2}\s*日?$")
_MAX_LEN = 80


@cache
def _labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``dated_cells.toml``: the words of a done date's label, the refused words."""
    t = load_table("dated_cells")["date_label"]
    return tuple(t["done"]), tuple(t["refused"])


@cache
def _label_shapes() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """``dated_cells.toml``: plan prefixes, window endings, the plain day words that are
    no window, the neutral labels."""
    t = load_table("dated_cells")["date_label"]
    return (
        tuple(t["plan"]),
        tuple(t["window_end"]),
        tuple(t["window_not"]),
        frozenset(t["neutral"]),
    )


@cache
def _duty() -> tuple[str, ...]:
    """``dated_cells.toml``: the duty words that make a plan before a done word."""
    return tuple(load_table("dated_cells")["date_label"]["duty"])


def done_label(label: str) -> bool:
    """A date cell's label naming the piece done or put up, no event, deadline, validity,
    plan or window.

    >>> done_label("办结时间"), done_label("结案日期"), done_label("完成于")
    (True, True, True)
    >>> done_label("活动时间"), done_label("报名截止"), done_label("有效期至"), done_label("日期")
    (False, False, False, False)
    >>> done_label("预计完成时间"), done_label("拟发布时间"), done_label("公示期")
    (False, False, False)
    """
    done, _ = _labels()
    return any(w in label for w in done) and not refused_label(label)


def neutral_label(label: str) -> bool:
    """A label naming only a day (``日期``, ``时间``): a piece's date only as a site's
    template (:func:`dated_cells` ``template``).

    >>> neutral_label("日期"), neutral_label("时间"), neutral_label("活动日期")
    (True, True, False)
    """
    return label in _label_shapes()[3]


def plan_label(label: str) -> bool:
    """A label naming a plan, an intent or a duty (``预计…``, ``拟…``, ``应…``): its day
    is still to come.

    >>> plan_label("拟答复时间"), plan_label("答复时间"), plan_label("应用日期")
    (True, False, False)
    """
    s = label.strip()
    if s.startswith(_label_shapes()[0]):
        return True
    return s.startswith(_duty()) and s[1:].startswith(_labels()[0])


def refused_label(label: str) -> bool:
    """A date's label naming an event still to come, a deadline, a validity, a plan or
    intent (``预计…``, ``拟…``, ``应…``) or a window of days (``…期``): never a publish
    date.

    >>> refused_label("有效期至"), refused_label("活动日期"), refused_label("日期")
    (True, True, False)
    >>> refused_label("计划办结日期"), refused_label("应答复时间"), refused_label("考察期")
    (True, True, True)
    >>> refused_label("答复时间"), refused_label("受理日期"), refused_label("成文日期")
    (False, False, False)
    """
    _, window_end, window_not, _ = _label_shapes()
    if any(w in label for w in _labels()[1]) or plan_label(label):
        return True
    return label.endswith(window_end) and not label.endswith(window_not)


def row_labels(line: str) -> tuple[str, ...] | None:
    """The labels of a row of labelled cells, in order (None: not such a row).

    >>> row_labels("承办单位：城东站　｜　日期：2021/4/3")
    ('承办单位', '日期')
    >>> row_labels("这是一句话。") is None
    True
    """
    s = line.strip()
    if not s or len(s) > _MAX_LEN:
        return None
    labels = []
    for cell in (c for c in ROW_CELLS.split(s) if c):
        m = _CELL.match(cell)
        if m is None:
            return None
        labels.append(m["k"])
    return tuple(labels) if len(labels) >= 2 else None


class _Shapes:
    """The rows of labelled cells of one page's lines, by their labels: each line's
    labels (:func:`row_labels`), how many lines have each row of labels, and which
    distinct rows (stripped) have them."""

    __slots__ = ("count", "labels", "rows")

    def __init__(self, lines: list[str]) -> None:
        self.labels = [row_labels(x) for x in lines]
        self.count: dict[tuple[str, ...], int] = {}
        self.rows: dict[tuple[str, ...], set[str]] = {}
        for x, shape in zip(lines, self.labels, strict=True):
            if shape is not None:
                self.count[shape] = self.count.get(shape, 0) + 1
                self.rows.setdefault(shape, set()).add(x.strip())


# the last page's shapes: ``closing_rows`` asks them of every piece of a compilation, so
# they are read once a page, not once a piece (a page of 4,000 pieces took 143 s); the
# entry is the list itself and a copy of it, so a list changed since is read anew
_LAST: list[tuple[list[str], list[str], _Shapes]] = []


def page_shapes(lines: list[str]) -> _Shapes:
    """The rows of labelled cells of ``lines`` by their labels (read once for a list).

    >>> rows = ["甲", "承办单位：东站　｜　日期：2021/4/3", "承办单位：西站　｜　日期：2021/5/3"]
    >>> s = page_shapes(rows)
    >>> s.labels[1], s.count[s.labels[1]], len(s.rows[s.labels[1]])
    (('承办单位', '日期'), 2, 2)
    """
    if _LAST and _LAST[0][0] is lines and _LAST[0][1] == lines:
        return _LAST[0][2]
    shapes = _Shapes(lines)
    _LAST[:] = [(lines, list(lines), shapes)]
    return shapes


def dated_cells(
    line: str, field_of: Callable[[str], str | None], *, template: bool = False
) -> dict[str, str] | None:
    """The fields of a closing row of labelled cells with a date among them, or None.
    ``template``: the same row of labels recurs on the page (a site's closing row), so a
    neutral day label (``日期``, ``时间``) dates the piece too.

    >>> f = lambda k: "issuer" if k.endswith(("机构", "单位", "科室")) else None
    >>> dated_cells("承办科室：城西所　｜　办结时间：2021-3-5", f)
    {'issuer': '城西所', 'published': '2021-03-05', 'origin': '城西所'}
    >>> dated_cells("受理单位：北湖站　　完成于：2020年7月9日", f)
    {'issuer': '北湖站', 'published': '2020-07-09', 'origin': '北湖站'}
    >>> dated_cells("承办科室：城西所　｜　满意度：很高", f) is None  # no date
    True
    >>> dated_cells("申请人：林某　｜　办结时间：2021-3-5", f) is None  # an unknown label
    True
    >>> dated_cells("办结时间：2021-3-5", f) is None  # one cell: a dated line's own reader
    True
    >>> dated_cells("主办单位：东湖站　　活动时间：2021年5月8日", f) is None  # an event's day
    True
    >>> dated_cells("受理单位：北湖站　　日期：2020年7月9日", f) is None  # a lone plain day
    True
    >>> dated_cells("受理单位：北湖站　　日期：2020年7月9日", f, template=True)["published"]
    '2020-07-09'
    """
    s = line.strip()
    if not s or len(s) > _MAX_LEN:
        return None
    cells = [c for c in ROW_CELLS.split(s) if c]
    if len(cells) < 2:
        return None
    out: dict[str, str] = {}
    for cell in cells:
        m = _CELL.match(cell)
        if m is None:
            return None
        value = m["v"].strip()
        if _FULL_DATE.match(value):
            if not (done_label(m["k"]) or (template and neutral_label(m["k"]))):
                return None  # an event's day, a deadline, a validity: the row is text
            day = normalise_date(value)
            if day is None:
                return None
            out.setdefault("published", day)
            continue
        key = field_of(m["k"])
        if key is None:
            return None
        out.setdefault(key, value)
    if "published" not in out or len(out) < 2:
        return None
    return supplier(out)
