"""The rows of a metadata block that only their place beside the title makes metadata,
for the split stage.

:class:`MetaBlockRows` adds to the title readers of :class:`split_meta_titles.MetaTitles`
the row readers :meth:`split_meta.MetaParser.meta_block` tries line by line: a two-row
table of labels over values, a listing's card rows (a price, a condition, a rent), a
poster's row and a byline under the title, a row of names each with its role, a run of
label/value rows no table names, a drawn box's rows.
"""

from __future__ import annotations

import re

from cleaner.stages.badge_bylines import badge_byline
from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.split_cards import badged_row, fact_strip, price_row
from cleaner.stages.split_cells import key_value_block, prose_line
from cleaner.stages.split_meta_marks import _BOX_RULE, _row_kinds
from cleaner.stages.split_meta_titles import MetaTitles
from cleaner.stages.split_values import text_width

# a card's row whose label no table names: a short label of letters, a short value, no
# sentence mark ('上课地点：某楼三层', '学分／学费：2学分'); at most UNNAMED_MAX in a run
# (a table's row flattened to its two cells, a tab between, is a label and its value)
_LABEL_VALUE = re.compile(
    r"^(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff／/]{1,7})(?:\s*[：:]\s*|\t+)"
    r"[^\s。！？；;!?][^。！？；;!?]{0,39}$"
)
UNNAMED_MAX = 5


_COLON = re.compile(r"[:：]")
# the gap between two cells of a row: a tab, an ideographic space or two spaces


def boxed_rows(lines: list[str], rows: list[tuple[list[int], dict[str, str]]]) -> bool:
    """Are ``rows`` one drawn box: rows of one line each, every one framed by a box's
    side marks (``┃ 编号：… ┃``) or a rule of box-drawing marks alone, one at least read?

    >>> boxed_rows(["┏━━┓", "┃ 编号：1 ┃", "┗━━┛"], [([0], {}), ([1], {"a": "1"}), ([2], {})])
    True
    >>> boxed_rows(["┃ 编号：1　类别：甲 ┃"], [([0], {"a": "1"})])
    True
    >>> boxed_rows(["编号：1"], [([0], {"a": "1"})])
    False
    >>> boxed_rows(["┏━━┓", "┃ 某某 ┃", "┗━━┛"], [([0], {}), ([1], {}), ([2], {})])
    False
    """
    if not rows or any(len(r[0]) != 1 for r in rows):
        return False
    for idx, fields in rows:
        line = lines[idx[0]].strip()
        if _BOX_RULE.match(line):
            if fields:
                return False
        elif not _BOX_SIDES.match(line):
            return False
    return any(fields for _, fields in rows)


#: a row framed by a drawn box's side marks, one at either end
_BOX_SIDES = re.compile(r"^[│┃║┆┇┊┋].*[^│┃║┆┇┊┋\s].*[│┃║┆┇┊┋]$")


def labelled_cells(line: str) -> bool:
    """``line`` is a row of two or more ``label：value`` cells apart by wide gaps, each
    a short label and a short value with no sentence mark (:data:`_LABEL_VALUE`).

    >>> labelled_cells("寄件人：某甲　　寄件时间：2020-01-02 08:30")
    True
    >>> labelled_cells("寄件人：某甲"), labelled_cells("时间：周五　我们一起去，好吗？")
    (False, False)
    """
    cells = [c for c in CELL_GAP.split(line.strip()) if c]
    return len(cells) >= 2 and all(_LABEL_VALUE.match(c) for c in cells)


_TITLE_END = re.compile(r"[。！？!?；;]$")


class MetaBlockRows(MetaTitles):
    """The block-row readers of :class:`MetaParser` (over the title readers of
    :class:`MetaTitles`): rows that are metadata by their place beside the title."""

    def _table_pair(self, lines: list[str], idx: list[int], k: int) -> dict[str, str] | None:
        """The fields of a label/value table at body line ``idx[k]``: a header row of
        labels (:meth:`header_row`, :meth:`label_row`) over ONE row of as many values, no
        value a label, read column by column; a third row of as many cells that is no
        row of labels makes a data table, not ours (None).

        >>> p = MetaBlockRows()
        >>> row = "某发〔2020〕3号\t2020年1月2日\t2020-01-05"
        >>> page = ["发文字号\t成文日期\t发布日期", row, "正文。"]
        >>> p._table_pair(page, [0, 1, 2], 0)
        {'doc_number': '某发〔2020〕3号', 'published': '2020-01-05'}
        >>> p._table_pair([*page[:2], page[1], "正文。"], [0, 1, 2, 3], 0) is None
        True
        """
        if k + 1 >= len(idx):
            return None
        line = lines[idx[k]]
        head = self.header_row(line) or self.label_row(line)
        if not head:
            return None
        vals = self.cells(lines[idx[k + 1]])
        if len(vals) != len(head) or any(self.label(v) for v in vals):
            return None
        nxt = lines[idx[k + 2]] if k + 2 < len(idx) else ""
        if len(self.cells(nxt)) == len(head) and not (self.header_row(nxt) or self.label_row(nxt)):
            return None
        return self.fields(list(zip(head, vals, strict=True))) or {}

    def _card_row(
        self,
        lines: list[str],
        idx: list[int],
        k: int,
        rows: list[tuple[list[int], dict[str, str]]],
        *,
        near: bool,
    ) -> dict[str, str] | None:
        """Line ``idx[k]`` of a listing's card (:mod:`split_cards`): its price row near the
        title over labelled facts that read as a front matter (the fields: none), or,
        under facts taken, the poster's row of labelled cells beside badges.

        >>> p = MetaBlockRows()
        >>> page = ["¥ 150　原价 ¥ 699", "成色：八成新", "交易方式：自提", "发布时间：2022-07-08"]
        >>> p._card_row(page, [0, 1, 2, 3], 0, [], near=True)
        {}
        >>> p._card_row(["¥ 150　原价 ¥ 699", "这张桌子很结实。"], [0, 1], 0, [], near=True)

        A rental card's price row over its strip of facts (:func:`split_cards.fact_strip`;
        the title's copy may stand between) and the strip under that price row:

        >>> card = ["2500 元/月（押一付三）", "某苑 两室", "整租 · 2室1厅 · 70㎡ · 朝南", "正文。"]
        >>> p._card_row(card, [0, 1, 2, 3], 0, [], near=True)
        {}
        >>> p._card_row(card, [0, 1, 2, 3], 2, [([0], {})], near=True)
        {}
        >>> bare = ["2500 元/月（押一付三）", "某苑 两室", "正文。"]
        >>> p._card_row(bare, [0, 1, 2], 0, [], near=True)
        """
        line = lines[idx[k]]
        if near and not rows and k + 1 < len(idx) and price_row(line):
            size, _ = key_value_block([lines[i] for i in idx[k + 1 : k + 13]], self.field_of)
            if size or any(fact_strip(lines[i]) for i in idx[k + 1 : k + 3]):
                return {}
            return None
        if rows and price_row(lines[rows[0][0][0]]) and fact_strip(line):
            return {}  # the card's strip of facts under its price row
        if rows and any(r[1] for r in rows) and rows[-1][0][-1] == idx[k - 1]:
            return badged_row(line, self.field_of, self.fields)
        return None

    @staticmethod
    def _title_copy(
        lines: list[str],
        idx: list[int],
        k: int,
        rows: list[tuple[list[int], dict[str, str]]],
        lead: int,
    ) -> bool:
        """Line ``idx[k]`` repeats the title line ``idx[lead]`` right under a listing's
        price row, its facts below (the page's title put in front of its card): the
        headline itself, kept where it stands; the card goes on under it."""
        return (
            len(rows) == 1
            and rows[0][0][-1] == idx[k - 1]
            and price_row(lines[rows[0][0][0]])
            and lines[idx[k]].strip() == lines[idx[lead]].strip()
            and k + 1 < len(idx)
            and fact_strip(lines[idx[k + 1]])
        )

    def _poster_under_title(
        self, lines: list[str], idx: list[int], k: int, rows: list[tuple[list[int], dict[str, str]]]
    ) -> dict[str, str] | None:
        """A listing's card taken over its title (a price row first): the poster's row
        right under the title line ``idx[k]`` (:func:`split_cards.badged_row`); the title
        stays.

        >>> p = MetaBlockRows()
        >>> page = ["¥ 150", "成色：八成新", "某书桌", "卖家：某某　信用：★★★　已认证", "正文。"]
        >>> p._poster_under_title(page, [0, 1, 2, 3, 4], 2, [([0], {}), ([1], {"x": "y"})])
        {'author': '某某'}
        >>> p._poster_under_title(page, [0, 1, 2, 3, 4], 2, [([1], {"x": "y"})]) is None
        True
        """
        if not rows or k + 1 >= len(idx) or not price_row(lines[rows[0][0][0]]):
            return None
        if rows[-1][0][-1] != idx[k - 1] or prose_line(lines[idx[k]]):
            return None
        if text_width(lines[idx[k]]) > 60:
            return None
        return badged_row(lines[idx[k + 1]], self.field_of, self.fields)

    def _byline_under_title(
        self, lines: list[str], idx: list[int], k: int, rows: list[tuple[list[int], dict[str, str]]]
    ) -> dict[str, str] | None:
        """The title between its rows: a dated row read over the title line ``idx[k]``
        (``更新：…`` / title) and a row right under it that gives fields the row above did
        not (``撰文：某某``); the title stays.  A second date under the title is none.

        >>> p = MetaBlockRows()
        >>> page = ["更新时间：2021年3月9日 10:00", "某地新桥通车", "撰文：某某", "正文。"]
        >>> p._byline_under_title(page, [0, 1, 2, 3], 1, [([0], {"published": "2021-03-09"})])
        {'author': '某某'}
        >>> page[2] = "更新时间：2021年3月10日 10:00"
        >>> p._byline_under_title(page, [0, 1, 2, 3], 1, [([0], {"published": "2021-03-09"})])

        A drawn box of rows over the title is one row as well (its rules and the rows
        inside, :func:`boxed_rows`): the dated row under the title gives the fields the
        box did not (``编号：…　类别：…`` in the box, ``2021-03-09 10:00　某处`` under).

        >>> box = ["┃ 编号：A-1　类别：甲 ┃", "某厂召回部分某型车", "2021-03-09 10:00　某局某处",
        ...        "正文。"]
        >>> read = [([0], {"doc_number": "A-1", "category": "甲"})]
        >>> p._byline_under_title(box, list(range(4)), 1, read)
        {'published': '2021-03-09', 'origin': '某局某处'}
        >>> box[2] = "某局某处"  # no date under the title: a line of the text
        >>> p._byline_under_title(box, list(range(4)), 1, read)
        """
        boxed = boxed_rows(lines, rows)
        if not boxed and (len(rows) != 1 or len(rows[0][0]) != 1 or "published" not in rows[0][1]):
            return None  # one dated row of one line over the title, no card of rows
        if k + 1 >= len(idx) or rows[-1][0][-1] != idx[k - 1]:
            return None
        title = lines[idx[k]].strip()
        # a badge row under it ('原创　某某', badge_bylines) names a writer: the line over
        # it is a title even with a clause comma in it (no sentence's end)
        badged = badge_byline(lines[idx[k + 1]]) is not None and not _TITLE_END.search(title)
        if (prose_line(title) and not badged) or not 6 <= text_width(title) <= 60:
            return None
        if _COLON.search(title):
            return None  # a 'label：value' line is a row of the card, no title
        if self.shaped_row(title, near_title=True) or self.field_of(title.rstrip("：:")):
            return None  # a label over its value is a card's, no title
        below = self.shaped_row(lines[idx[k + 1]], near_title=True)
        if not below or any(key in r[1] for r in rows for key in below):
            return None
        if boxed and "published" not in below:
            return None  # under a box, only a dated byline is the title's row
        return below

    def _kin_row(
        self,
        lines: list[str],
        idx: list[int],
        k: int,
        rows: list[tuple[list[int], dict[str, str]]],
    ) -> bool:
        """Line ``idx[k]`` is a row of labelled cells that reads nothing (labels no table
        names: ``公开期限\t十天``, ``某甲〔编者〕``) laid out as the row next to it, which
        reads (:func:`split_cells.row_kind`): the row above when it was taken, or the row
        below.  The rows beneath a title are one block, whatever their labels.

        >>> p = MetaBlockRows()
        >>> page = ["某甲〔编者〕　某乙〔校者〕", "2020-01-02〔收录〕　某丙〔编者〕", "正文。"]
        >>> p._kin_row(page, [0, 1, 2], 0, [])
        True
        >>> p._kin_row(["某甲〔编者〕　某乙〔校者〕", "正文。"], [0, 1], 0, [])
        False
        """
        if not rows and k + 1 < len(idx) and labelled_cells(lines[idx[k]]):
            # a row of 'label：value' cells no table names over such a row that reads:
            # the block's first row (closed below by a row that reads, as a card's
            # unnamed rows are, never taken under one: a text's facts may stand there)
            below = lines[idx[k + 1]]
            if labelled_cells(below) and self.shaped_row(below, near_title=True):
                return True
        kinds = _row_kinds(lines[idx[k]])
        if not kinds:
            return False
        above = k > 0 and bool(rows) and bool(rows[-1][1]) and rows[-1][0][-1] == idx[k - 1]
        if above and kinds & _row_kinds(lines[idx[k - 1]]):
            return True
        if k + 1 >= len(idx) or not kinds & _row_kinds(lines[idx[k + 1]]):
            return False
        return self.shaped_row(lines[idx[k + 1]], near_title=True) is not None

    def _unnamed_rows(self, lines: list[str], idx: list[int], k: int) -> int:
        """How many lines from ``idx[k]`` on are a card's rows that no table names
        (``label：value``, a short label, a short value, no sentence mark) between two rows
        that read: the row above (the caller's) and the row right below the run.  0 when
        the run is not closed by a row that reads: a card stops where its rows stop.

        >>> p = MetaBlockRows()
        >>> page = ["作者：某甲", "集合地点：北门", "人数：30人", "发布日期：2020-01-02", "正文。"]
        >>> p._unnamed_rows(page, [0, 1, 2, 3, 4], 1)
        2
        >>> p._unnamed_rows(page[:3] + ["正文。"], [0, 1, 2, 3], 1)
        0
        >>> page[1] = "集合地点：北门。大家准时到"
        >>> p._unnamed_rows(page, [0, 1, 2, 3, 4], 1)
        0
        >>> table = ["生效日期\\t2021年3月15日", "受影響路線\\t9", "通告編號\\tPN21044", "正文。"]
        >>> p._unnamed_rows(table, [0, 1, 2, 3], 1)
        1
        >>> panel = ["决定号：第12号", "请求人：某甲　　专利权人：某公司"]
        >>> panel += ["组长：某乙　　主审员：某丙", "正文。"]
        >>> p._unnamed_rows(panel, [0, 1, 2, 3], 1)
        1
        """
        n = 0
        while k + n < len(idx) and n < UNNAMED_MAX:
            line = lines[idx[k + n]].strip()
            m = _LABEL_VALUE.match(line)
            if m is None or self.field_of(m["label"]) is not None:
                break
            if n and self.shaped_row(line, near_title=True) is not None:
                break  # a row that reads by a later cell ('某组长：甲　主审员：乙') closes the run
            n += 1
        if not n or k + n >= len(idx):
            return 0
        below = lines[idx[k + n]]
        if self.shaped_row(below, near_title=True) is None and not self.parse_meta_line(below):
            return 0
        return n

    def _boxed_row(self, lines: list[str], idx: list[int], k: int) -> bool:
        """The line below the border ``idx[k]`` is a row of metadata cells (labelled, or a
        row read as by a title: a clipping's boxed source row)."""
        if k + 1 >= len(idx):
            return False
        below = lines[idx[k + 1]]
        return (
            self.parse_meta_line(below) is not None
            or self.shaped_row(below, near_title=True) is not None
        )
