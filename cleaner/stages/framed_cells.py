"""A row of bracketed cells, each a labelled field (``[ 时间：… ]  [ 来源：… ]  [ 点击： ]``).

A site's info bar may frame every cell in its own pair of brackets instead of parting them
by wide gaps.  The row reads as the cells it frames, a wide gap apart, so that the label
readers of a row under a title know it (:func:`unframed`).  Used where a removed line's
fields are looked for (a row under a title, the pipeline's dropped info row).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cleaner.rules import load_table
from cleaner.rules.han_forms import simplify_map

__all__ = ["banner_cells", "unframed"]

_PAIRS = {"[": "]", "【": "】", "〔": "〕", "［": "］", "(": ")", "（": "）"}
_FIELD = re.compile(r"[：:0-9]")
_DATE = re.compile(r"\d{4}\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?")
_GAPS = re.compile(r"\s+")
_COLON = re.compile("[：:]")
_CELL = re.compile(r"\s*([\[【〔［(（])\s*([^\[\]【】〔〕［］()（）]*?)\s*([\]】〕］)）])\s*")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    cells = load_table("framed_cells")["cells"]
    labels = frozenset(cells["date_labels"]) | frozenset(cells["control_labels"])
    words = frozenset(_GAPS.sub("", w) for w in cells["control_words"])
    return labels, words, tuple(cells["label_endings"]), tuple(cells["control_prefixes"])


def _meta_cell(cell: str, known: Callable[[str], str | None]) -> bool:
    """The cell is one of an info bar's: a field the labels ``known`` name (or a day's,
    a counter's, a font switch's, a column's or a contributor's label), a bare date, or
    a bare control word (or a link that starts like one: ``分享到微信``)."""
    labels, words, endings, prefixes = _words()
    colon = _COLON.search(cell)
    if colon is not None:
        key = _GAPS.sub("", cell[: colon.start()])
        if not key or known(key) is not None:
            return bool(key)
        key = key.translate(simplify_map())
        return key in labels or key.endswith(endings) or known(key) is not None
    bare = _GAPS.sub("", cell)
    if _DATE.fullmatch(bare):
        return True
    bare = bare.translate(simplify_map())
    return bare in words or (bare.startswith(prefixes) and len(bare) <= 6)


def unframed(line: str, known: Callable[[str], str | None] | None = None) -> str | None:
    """``line`` as its bracketed cells a wide gap apart when it is two or more cells,
    each in its own pair of brackets and one at least holding a label (``：``); else None.
    With ``known`` (the meta labels' reader), every cell must be an info bar's: a field
    ``known`` names, a day's or a counter's label, a bare date or a control word; a row
    with a venue, a speaker, a price or a score in it is the text's own (None).

    >>> unframed("[ 时间：2024-01-02 ]  [ 来源：某局 ]  [ 点击： ]")
    '时间：2024-01-02\\u3000来源：某局\\u3000点击：'
    >>> unframed("【日期：2024-01-02】【作者：某甲】【打印】")
    '日期：2024-01-02\\u3000作者：某甲'
    >>> unframed("[首页] [新闻]") is None, unframed("【通知】关于某事") is None
    (True, True)
    >>> known = {"来源": "origin", "作者": "author"}.get
    >>> unframed("【时间：2024-01-02】【来源：某局】【打印】", known)
    '时间：2024-01-02\u3000来源：某局'
    >>> unframed("【时间：2024-01-02】【地点：某厅】", known) is None
    True
    >>> unframed("（某队 86:79 某队）（2024年3月10日）", known) is None
    True
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
    if known is not None and not all(_meta_cell(c, known) for c in cells):
        return None
    # a cell of a field holds a label or a figure; a bare word is the bar's link ('打印')
    return "\u3000".join(c for c in cells if _FIELD.search(c))


# a banner's cell: one pair of brackets round a short value with no label
_BANNER_PAIRS = {"〖": "〗", "【": "】", "〔": "〕", "［": "］", "[": "]"}
_BANNER_CELL = re.compile(
    r"[ \t\u3000]*([〖【〔［\[])([^〖〗【】〔〕［］\[\]：:。，；！？]{1,16})([〗】〕］\]])"
)
# the decision's or the notice's own serial in a cell: '第574726号', 'No. 12'
_SERIAL = re.compile(r"^(?:第[ \t]*\d{1,8}[ \t]*号|(?i:no)\.?[ \t]*\d{1,8})$")
_WORD_CELL = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
# a case's or a file's code opening a banner: capitals, then two or more runs of digits
# joined by dashes ('JS-2017-083', 'AJ2019-0012'); a standard's 'ISO-9001' has one run
_CASE_CODE = re.compile(r"^[A-Z]{1,6}[-－]?\d{2,6}(?:[-－]\d{1,6})+$")


def banner_cells(
    line: str,
    date_of: Callable[[str], str | None],
    number_of: Callable[[str], str | None] = lambda _: None,
) -> dict[str, str] | None:
    """The fields of a banner of bracketed cells printed over a title: each cell in its
    own pair of brackets, no label in any, one cell the document's number (a serial,
    ``第574726号``, or a number ``number_of`` reads) and one its date (``date_of``), the
    others short words (its kind, its outcome); else None.  A row of links or a run of
    section tags holds no number and no date.

    >>> from cleaner.stages.split_dates import normalise_date as day
    >>> banner_cells("〖第574726号〗〖2019.09.14〗〖实用新型〗〖维持有效〗", day)
    {'doc_number': '第574726号', 'published': '2019-09-14'}
    >>> banner_cells("【No. 12】 【2021-03-09】", day)
    {'doc_number': 'No. 12', 'published': '2021-03-09'}
    >>> banner_cells("【2021-03-09】【通知】【公告】", day) is None  # no number
    True
    >>> banner_cells("〖第3号〗〖2019.09.14〗〖详见下文所附的说明材料〗", day) is None
    True
    >>> banner_cells("〖第3号〗〖2019.09.14〗关于某事的决定", day) is None
    True

    A case's code opening the banner (capitals and runs of digits), then two word cells
    or more (its goods, its stage): the code is the number, with no date beside it.

    >>> banner_cells("[AJ-2020-017] [木材] [已结案]", day)
    {'doc_number': 'AJ-2020-017'}
    >>> banner_cells("[木材] [AJ-2020-017] [已结案]", day) is None  # the code not first
    True
    >>> banner_cells("[ISO-9001] [认证] [通过]", day) is None  # one run of digits
    True
    >>> banner_cells("[AJ-2020-017] [已结案]", day) is None  # one word cell
    True
    """
    s = line.strip()
    pos = 0
    fields: dict[str, str] = {}
    words = 0
    coded = False  # the first cell a case's code ('JS-2017-083')
    for m in _BANNER_CELL.finditer(s):
        if m.start() != pos or _BANNER_PAIRS[m[1]] != m[3]:
            return None
        cell = m[2].strip()
        if "doc_number" not in fields and (
            _SERIAL.match(cell) is not None or number_of(cell) is not None
        ):
            fields["doc_number"] = cell
        elif not pos and _CASE_CODE.match(cell) is not None:
            fields["doc_number"], coded = cell, True
        elif "published" not in fields and (day := date_of(cell)) is not None:
            fields["published"] = day
        elif _WORD_CELL.match(cell) is None:
            return None
        else:
            words += 1
        pos = m.end()
    if pos != len(s):
        return None
    if len(fields) < 2 and not (coded and words >= 2):
        return None
    return fields
