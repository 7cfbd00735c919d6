"""A row of a piece's own fields that the site prints in one wording, its values changing
from page to page: the split's to read, not the site's chrome.

The site-repeat pass learns the lines a site prints on many pages, word for word or as a
shape (its figures masked).  A row of labelled cells under a piece
(``处理机构：某分公司　｜　办结日期：2023/10/1``, ``本期展出 4 件　登载日期：2017-07-01``,
``口径：…　／　撰稿：某甲``) is learned so: its labels are the site's, its values each
piece's own.  Deleted, the piece loses its origin, its day or its writer, and only the
ledger keeps them.  :func:`varying_field_row` tells such a row by signals that do not
depend on the site's words:

* a cell of the row is labelled (``label：value``; wide gaps, bars, dots or spaced
  slashes between the cells) by a label the split's tables name (``label_ok``: a
  field's label; a bare ``日期`` names none);
* that label's value varies across the site's pages: the site's learned rows of the
  same labels (the row's own examples, and its siblings: the same row learned again with
  another writer's name) hold two values or more under it.  A counter's row's label
  (``来源：本站　阅读：643``) holds one value on every page; a footer printed word
  for word holds one value too: both stay the site's.

The caller (:func:`~cleaner.stages.boilerplate_site.site_repeat`) asks two more things:
the row stands inside the page's text (below its first content line, above its last
sentence: a foot's address row stays the site's), and the split's field reader reads a
field from it (a row it cannot read would stay in the piece's text as residue: the ledger
keeps it instead).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

#: the site's learned rows by their labels, in order (:func:`label_rows`)
LabelRows = dict[tuple[str, ...], list[dict[str, str]]]

#: the longest row read as one piece's fields (a sentence is no row)
ROW_MAX_CHARS = 80

#: the cells of a row: wide gaps, bars, dots, spaced slashes between cells (a date's
#: slashes are no separator)
_CELLS = re.compile(r"\s{2,}|\u3000+|\s*[｜|┆·•]\s*|\s+[／/]\s+")

#: a cell's label: two to eight characters before a colon (a bracket may open the row)
_LABEL = re.compile(r"^[（(【\[〔]?\s*([^\s：:（(【\[〔]{2,8}?)\s*[：:]\s*\S")


def row_cells(s: str) -> dict[str, str]:
    """The labelled cells of row ``s``: label to value, in order.

    >>> row_cells("处理机构：甲所　｜　办结日期：2023/10/1")
    {'处理机构': '甲所', '办结日期': '2023/10/1'}
    >>> row_cells("（实施单位：乙所　联系人：丙工）")
    {'实施单位': '乙所', '联系人': '丙工）'}
    >>> row_cells("本期展出 4 件　登载日期：2017-07-01")
    {'登载日期': '2017-07-01'}
    >>> row_cells("口径：含税 / 撰稿：某甲")
    {'口径': '含税', '撰稿': '某甲'}
    >>> row_cells("某局　2023年2月14日")
    {}
    """
    if len(s) > ROW_MAX_CHARS:
        return {}
    out: dict[str, str] = {}
    for c in _CELLS.split(s.strip()):
        if (m := _LABEL.match(c.strip())) is not None:
            out.setdefault(m[1], c.strip()[m.end(1) :].lstrip(" ：:"))
    return out


def label_rows(examples: Iterable[str]) -> LabelRows:
    """The site's learned rows (``examples``: every learned line's and shape's) by their
    labels, in order: the rows of one wording, whatever values they hold.

    >>> rows = label_rows(["撰稿：甲　日期：1", "撰稿：乙　日期：2", "首页　关于我们"])
    >>> sorted(rows), len(rows[("撰稿", "日期")])
    ([('撰稿', '日期')], 2)
    """
    out: LabelRows = {}
    for e in examples:
        if cells := row_cells(e):
            out.setdefault(tuple(cells), []).append(cells)
    return out


def varying_field_row(
    s: str,
    examples: Sequence[str],
    site_rows: Mapping[tuple[str, ...], list[dict[str, str]]],
    label_ok: Callable[[str], bool],
) -> bool:
    """Is ``s`` (a learned line, the site's ``examples`` of it) a row one of whose
    cells is labelled by a label ``label_ok`` takes and holds a value that varies across
    the site's pages (``site_rows``: :func:`label_rows` of all the site's learned rows,
    with the row's own examples)?

    >>> ok = {"处理机构", "办结日期", "撰稿"}.__contains__
    >>> rows = ["处理机构：甲所　办结日期：2021/3/1", "处理机构：甲所　办结日期：2022/5/7"]
    >>> varying_field_row(rows[0], rows, {}, ok)
    True
    >>> varying_field_row(rows[0], rows[:1], {}, ok)  # one value only
    False
    >>> pair = ["口径：含税　／　撰稿：某甲", "口径：含税　／　撰稿：某乙"]  # two learned lines
    >>> varying_field_row(pair[0], pair[:1], label_rows(pair), ok)
    True
    >>> hot = ["客服热线：95590　第1页", "客服热线：95590　第2页"]  # no field's label
    >>> varying_field_row(hot[0], hot, {}, ok)
    False
    >>> signed = ["某局　2023年2月14日", "某局　2023年3月1日"]  # no label at all
    >>> varying_field_row(signed[0], signed, {}, ok)
    False
    >>> bar = ["处理机构：本站　浏览：643", "处理机构：本站　浏览：553"]
    >>> varying_field_row(bar[0], bar, {}, ok)  # the field's value is the same
    False
    """
    cells = row_cells(s)
    labels = [label for label in cells if label_ok(label)]
    if not labels:
        return False
    seen = [cells, *map(row_cells, examples), *site_rows.get(tuple(cells), ())]
    return any(len({c.get(label) for c in seen if label in c}) >= 2 for label in labels)
