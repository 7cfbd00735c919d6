"""Metadata blocks at the top of an article: label/value lines, tables, date lines.

The split stage removes a leading block of metadata from each article into ``meta``.  A
line is metadata when it is made only of label/value items: ``【发布单位】…``,
``发文机关：… 发文字号：…``, label cells followed by value cells (tabs, ``|`` or runs of
spaces), a two-row table (labels, then values), or a label alone on its line with its
value on the next (``索 引 号`` / ``0012/2023-001``, a table flattened cell by cell).
Labels are known by name (``meta_fields`` in ``cleaner/rules/headers.toml``) or, for
names no table lists, by
their shape: a short label whose last words say what it holds (``…部门`` is the issuer,
``…字号`` the document number; ``label_class`` in the same file), letter-spaced or not.
Two shapes carry no label at all: a date line (``2021年6月8日 09:15 来源：某报``, the
publish date) and a document-number line (``某政办发〔2023〕12号``, ``[2023]12号``,
``(2023)第12号``, ``某部令第12号``).

The readers are layered, one module each: labels and fields (:mod:`split_meta_labels`),
one line's items (:mod:`split_meta_rows`), stacked rows and date lines
(:mod:`split_meta_stacked`), rows near a title (:mod:`split_meta_lines`), where the title
stands (:mod:`split_meta_titles`), rows beside it (:mod:`split_meta_block_rows`); this
module's :meth:`MetaParser.meta_block` tries them in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.bracketed_numbers import bracketed_number, doc_title
from cleaner.stages.cited_sources import cited_document, cited_row
from cleaner.stages.issuer_rows import issuers_over_date
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_END
from cleaner.stages.split_cards import price_row
from cleaner.stages.split_cell_marks import is_org
from cleaner.stages.split_cell_rows import cell_row
from cleaner.stages.split_cells import (
    cell_stack,
    icon_row,
    key_value_block,
    prose_line,
    trailing_labels,
)
from cleaner.stages.split_dates import (
    badge_date,
    cn_number,
    normalise_date,
)
from cleaner.stages.split_form_rows import origin_in_form
from cleaner.stages.split_head import (
    HEAD_LINES,
    boxed_title,
    glossed_title,
    row_hint,
    under_head,
)
from cleaner.stages.split_issue_head import issue_rows
from cleaner.stages.split_meta_block_rows import MetaBlockRows
from cleaner.stages.split_meta_marks import _BOX_RULE

# read by split_meta_titles; tests import it from here, where it was read before
from cleaner.stages.split_meta_marks import _glossed_dateline as _glossed_dateline
from cleaner.stages.split_tag_rows import tag_block
from cleaner.stages.split_titles_cards import card_title
from cleaner.stages.split_unnamed import card_dates
from cleaner.stages.split_values import sentence_in, text_width
from cleaner.stages.stamp_bylines import named_stamp

__all__ = ["MetaParser", "cn_number", "normalise_date"]


class MetaParser(MetaBlockRows):
    """Parse one line, or the leading block of an article, into ``meta`` fields."""

    def meta_block(
        self,
        lines: list[str],
        idx: list[int],
        *,
        headed: bool = False,
        lead: int = 0,
        title: str = "",
    ) -> list[tuple[list[int], dict[str, str]]]:
        """Metadata lines at the top of an article body: ``(line indices, fields)`` rows.

        The block may start on the first line or, below a title line, on the second, or
        below a bare title under at most ``HEAD_LINES`` lines of the page's head (a copy
        of the page title, a crumb trail: :func:`split_head.under_head`), then only when one
        of its rows reads (the title for the split stage is the line right above); a
        two-row table (labels, then values) and a label line with its value on the next
        line (:meth:`stacked`; two such pairs in a row at least) count as one row.
        ``headed``: the article has a header line (its title), so a bare date or number
        line on the first line also lies next to the title.  ``lead``: navigation lines
        above the title.  ``title``: the header's title (a row citing the document the
        piece is about by its 《title》 and number is read only under a title naming it:
        :func:`~cleaner.stages.cited_sources.cited_document`).
        """
        for first in range(lead, lead + 2 + HEAD_LINES):
            if first > lead and (len(idx) <= first or text_width(lines[idx[first - 1]]) > 60):
                break
            if first == lead + 2 and glossed_title(*(lines[i] for i in idx[lead:first])):
                # a title and its English under it: the block below lies under the title
                # (under a header too: a section row's piece opens with its title line)
                pass
            elif first > lead + 1:
                if headed and not (first == lead + 2 and _title_second(lines, idx, lead, title)):
                    break
                if not row_hint(lines[idx[first]]) or prose_line(lines[idx[first]]):
                    continue  # cheap: most lines open no row
                if headed:
                    pass  # the header's title under a row of its own (a catalogue's call
                    # number, an episode's number and day): the block under the title
                elif lines[idx[first]].strip() == lines[idx[lead]].strip():
                    continue  # the headline under the page's copy of it opens no row
                elif (
                    not under_head(lines, idx[lead:first])
                    and not boxed_title(lines, idx, lead, first)
                    and not _body_title_number(lines, idx, lead, first, self.doc_number)
                ):
                    break  # a bare title under the page's trail or its page-title copy
            rows: list[tuple[list[int], dict[str, str]]] = []
            k = first
            stacked = False  # the row before is a label line over its value line
            # a card opening the body with the row that holds the title ('課程名稱：某課',
            # split_titles_cards.card_title): its rows lie next to the title as under a title line
            carded = (
                first == lead
                and first < len(idx)
                and not headed
                and card_title(lines[idx[first]]) is not None
            )
            while k < len(idx) and k < first + 10:
                if first > lead and rows and self._title_copy(lines, idx, k, rows, lead):
                    k += 1  # the headline between a listing's price row and its facts
                    continue
                if _BOX_RULE.match(lines[idx[k]]) and (rows or self._boxed_row(lines, idx, k)):
                    # a border of a box of metadata rows belongs to the box
                    rows.append(([idx[k]], {}))
                    k += 1
                    continue
                near = k <= first + 2 and (first > lead or headed or carded)
                if not near and rows and price_row(lines[rows[0][0][0]]):
                    near = rows[-1][0][-1] == idx[k - 1]  # a listing's card goes on
                if near:  # a record's '[Key "value"]' tag lines (split_tag_rows)
                    size, found = tag_block([lines[i] for i in idx[k : k + 40]], self.field_of)
                    if size:
                        rows.append((idx[k : k + size], found))
                        k += size
                        continue
                table = self._table_pair(lines, idx, k)
                if table is not None:  # a row of labels over its values: read by column,
                    # never as label/value pairs along the label row
                    rows.append(([idx[k], idx[k + 1]], table))
                    k += 2
                    continue
                parsed = self.shaped_row(lines[idx[k]], near_title=near)
                if parsed is not None and bracketed_number(lines[idx[k]]):
                    # '（2019年第14号）' is a number only under a document's title
                    if not doc_title(title or _above(lines, idx, first, lead)):
                        parsed = None
                if parsed is None and (pages := self._pages_row(lines[idx[k]])) is not None:
                    # a page range alone is no row ('页码：第12页' opening an erratum's
                    # item), but in a block of rows it is the block's ('作者：…' over it)
                    in_block = bool(rows) and rows[-1][0][-1] == idx[k - 1]
                    row_over = in_block and any(r[1] for r in rows)
                    row_under = k + 1 < len(idx) and bool(
                        self.shaped_row(lines[idx[k + 1]], near_title=True)
                    )
                    parsed = pages if row_over or (row_under and near) else None
                if parsed is None and near and not any("doc_number" in r[1] for r in rows):
                    # '解读文件：《某办法》（某发〔2021〕3号）' under a title naming it
                    parsed = self._cited_row(
                        lines, idx, k, title or _above(lines, idx, first, lead)
                    )
                if parsed is None and near:
                    # a stamp row naming the writers its credit row beside it names
                    # ('2021-03-09 08:15 某甲 某乙' over '执笔／某甲、某乙'): their byline
                    for credit in self._credits_beside(lines, idx, k, rows):
                        if (parsed := named_stamp(lines[idx[k]], credit)) is not None:
                            break
                if parsed is None and near and k + 1 < len(idx) and not rows:
                    under = lines[idx[k + 1]]  # the issuers' row over its date row
                    parsed = issuers_over_date(lines[idx[k]], under, self._date_below)
                if (
                    parsed is None
                    and k == first == lead
                    and not headed
                    and k + 1 < len(idx)
                    and prose_line(lines[idx[k + 1]])
                ):
                    # the page's first line below its crumbs, prose below it: the header
                    # zone of a page whose title line was lost; a row of cells there is its
                    # metadata (over a title line it is a file card, not ours to drop)
                    parsed = cell_row(lines[idx[k]], self.field_of)
                if parsed is None and k == first == lead and not headed and k + 2 < len(idx):
                    # a date badge over the title ('09' / 'Mar 2021'): its two lines one row
                    day = badge_date(lines[idx[k]], lines[idx[k + 1]])
                    if day is not None and not self.shaped_row(lines[idx[k + 2]], near_title=True):
                        rows.append(([idx[k], idx[k + 1]], {"published": day}))
                        k += 2
                        continue
                if parsed is None and k == first == lead and not headed:
                    parsed = self.row_over_title(lines, idx, k)
                if parsed is None and k == first == lead and not headed and k + 1 < len(idx):
                    # an issue or document number alone over the issuer's dated row, both
                    # over the title ('2021年第3期' / '某某科　2021年3月9日'): one block
                    number = self.doc_number(lines[idx[k]])
                    below = self.shaped_row(lines[idx[k + 1]], near_title=True)
                    if number and below and "doc_number" not in below:
                        rows += [([idx[k]], {"doc_number": number}), ([idx[k + 1]], below)]
                        k += 2
                        continue
                # labels without values ('成文日期：' alone, a row of labels) are not a
                # row of their own: the value below, or the row of values, completes them
                if parsed is None and headed and k == first == lead:
                    parsed = self.name_date(lines[idx[k]])  # a dateline under its header
                if parsed:
                    rows.append(([idx[k]], parsed))
                    k += 1
                    continue
                if self._refused_cited(lines, idx, k, near=near):
                    k += 1  # a row citing another document stays text; the rows below read
                    continue
                card = self._card_row(lines, idx, k, rows, near=near)
                if card is not None:  # a listing's price row or its poster's (split_cards)
                    rows.append(([idx[k]], card))
                    k += 1
                    continue
                poster = self._poster_under_title(lines, idx, k, rows)
                if poster is None:
                    poster = self._byline_under_title(lines, idx, k, rows)
                if poster is not None:  # the title between its card and its poster's row
                    rows.append(([idx[k + 1]], poster))
                    break
                if near and k + 1 < len(idx) and icon_row(lines[idx[k]]):
                    # a row of pictograph facts over a row that reads: one block
                    below = self.shaped_row(lines[idx[k + 1]], near_title=True)
                    if below:
                        rows += [([idx[k]], {}), ([idx[k + 1]], below)]
                        k += 2
                        continue
                pair = self._stacked_at(lines, idx, k)
                # a flattened table has several cells: a pair alone may be a salutation
                # over a heading ('各有关单位：' / '情况通报'), never taken
                if (
                    pair is not None
                    and near
                    and not stacked
                    and self.shaped_pair(pair, lines[idx[k + 1]])
                    and not self._stacked_at(lines, idx, k + 2)
                    and not cell_stack([lines[i] for i in idx[k : k + 16]], self.field_of)[0]
                ):
                    # a pair alone is read when its value has its field's shape (a date …)
                    # and no card of cells stacks from it
                    rows.append(([idx[k], idx[k + 1]], pair))
                    k += 2
                    continue
                if pair is not None and (stacked or self._stacked_at(lines, idx, k + 2)):
                    rows.append(([idx[k], idx[k + 1]], pair))
                    stacked = True
                    k += 2
                    continue
                if near and not stacked:
                    # labels over values that no table names: read by the values' shapes
                    size, found = cell_stack([lines[i] for i in idx[k : k + 16]], self.field_of)
                    if size and not sentence_in(found):
                        rows.append((idx[k : k + size], found))
                        k += size
                        continue
                    # a front matter of 'label: value' lines, one item a line
                    size, found = key_value_block(
                        [lines[i] for i in idx[k : k + 12]], self.field_of
                    )
                    if size and not sentence_in(found):
                        rows.append((idx[k : k + size], found))
                        k += size
                        continue
                    # a list that prints each label behind its value ('2021-03-09 发布日期')
                    cells = trailing_labels([lines[i] for i in idx[k : k + 8]], self.field_of)
                    behind = self.fields(cells) if cells else None
                    if behind and not sentence_in(behind):
                        rows.append((idx[k : k + len(cells)], behind))
                        k += len(cells)
                        continue
                if rows and rows[-1][1] and rows[-1][0][-1] == idx[k - 1]:
                    run = self._unnamed_rows(lines, idx, k)
                    if run:  # rows of the card's shape whose labels no table names
                        rows += [([idx[j]], {}) for j in range(k, k + run)]
                        k += run
                        continue
                if (near or rows) and self._kin_row(lines, idx, k, rows):
                    rows.append(([idx[k]], {}))
                    k += 1
                    continue
                table = self._table_pair(lines, idx, k)
                if table is not None:
                    rows.append(([idx[k], idx[k + 1]], table))
                    k += 2
                    continue
                break
            if first > lead + 1 and not any(r[1] for r in rows):
                continue  # under head lines, the block must read: rows alone say nothing
            if rows:
                # an origin row opening the piece's labelled body form (split_form_rows);
                # every row's lines are taken from idx, so its last line stands in it
                last = idx.index(rows[-1][0][-1])
                if origin_in_form(lines, idx[last + 1 :], *rows[-1], self.field_of):
                    rows.pop()
            if any(not _BOX_RULE.match(lines[r[0][0]]) for r in rows):
                # the card's rows no table names give its date by their values' shapes
                return card_dates(lines, rows, self.field_of)  # borders alone are no block
        if headed:
            return []
        # a paper bulletin's issue row and dated issuers' row over its title, under the
        # page's head (split_issue_head.issue_rows)
        return self._code_row_over_title(lines, idx, lead) or issue_rows(lines, idx[lead:])

    def _credits_beside(
        self, lines: list[str], idx: list[int], k: int, rows: list[tuple[list[int], dict[str, str]]]
    ) -> list[str]:
        """The authors the block's row right over line ``k`` and the row right under it
        read (a writer's credit beside a stamp row naming the writers)."""
        out = []
        if rows and rows[-1][0][-1] == idx[k - 1] and "author" in rows[-1][1]:
            out.append(rows[-1][1]["author"])
        if k + 1 < len(idx):
            below = self.shaped_row(lines[idx[k + 1]], near_title=True) or {}
            out += [below["author"]] if "author" in below else []
        return out

    def _pages_row(self, line: str) -> dict[str, str] | None:
        """``{'pages': …}`` of a row that is a labelled page range alone ('页码：112-120'),
        else None (:func:`~cleaner.stages.split_meta_lines._numbered` refuses it alone).

        >>> MetaParser()._pages_row("页码：112-120"), MetaParser()._pages_row("页码：若干")
        ({'pages': '112-120'}, None)
        """
        m = _PAGES_ROW.match(line.strip())
        if m is None or self.field_of(m["k"].strip()) != "pages":
            return None
        return {"pages": m["v"].strip()}

    def _refused_cited(self, lines: list[str], idx: list[int], k: int, *, near: bool) -> bool:
        """Whether the line at ``idx[k]``, next to the title, is a row citing a document
        that is not the piece's own (``原标题：《…》（…号）``, refused by
        :func:`~cleaner.stages.cited_sources.cited_document`) over a labelled row that
        reads: the row stays text, the reader goes on below it."""
        if not near or k + 1 >= len(idx) or not cited_row(lines[idx[k]]):
            return False
        return bool(self.shaped_row(lines[idx[k + 1]], near_title=True))

    def _cited_row(
        self, lines: list[str], idx: list[int], k: int, about: str
    ) -> dict[str, str] | None:
        """The row at ``idx[k]`` citing the document the piece is about (its title
        ``about`` names it) by title and number, read with the rows next to it (a list's
        items are none: :func:`~cleaner.stages.cited_sources.cited_document`)."""
        if not about:
            return None
        return cited_document(
            lines[idx[k]],
            self.doc_number,
            self.field_of,
            about=about,
            above=lines[idx[k - 1]] if k > 0 else "",
            below=lines[idx[k + 1]] if k + 1 < len(idx) else "",
        )


_PAGES_ROW = re.compile(r"^(?P<k>[^：:\s]{1,8})\s*[：:]\s*(?P<v>\S*\d\S*)$")


def _body_title_number(
    lines: list[str],
    idx: list[int],
    lead: int,
    first: int,
    doc_number: Callable[[str], str | None],
) -> bool:
    """The issuing body's name alone on the line over a bare title (a notice's masthead
    line: ``某某市市场监督管理局`` over ``关于…的通告``) and the document's number alone right
    under the title (``某市监通〔2019〕8号``): the number lies under the title as under a
    page's head.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> num = MetaParser().doc_number
    >>> page = ["某某市市场监督管理局", "关于某事的通告", "某市监通〔2019〕8号", "正文。"]
    >>> _body_title_number(page, [0, 1, 2, 3], 0, 2, num)
    True
    >>> _body_title_number(["春天来了", *page[1:]], [0, 1, 2, 3], 0, 2, num)
    False
    >>> _body_title_number([page[0], "关于某事。", *page[2:]], [0, 1, 2, 3], 0, 2, num)
    False
    """
    if first != lead + 2:
        return False
    title = lines[idx[lead + 1]].strip()
    return (
        is_org(lines[idx[lead]].strip())
        and bool(title)
        and not _SENTENCE_END.search(title)
        and doc_number(lines[idx[first]]) is not None
    )


def _title_second(lines: list[str], idx: list[int], lead: int, title: str) -> bool:
    """The header's title is the piece's second line, one short row over it that reads
    no sentence (an entry's call number, an episode's number and day): the rows under
    the title are the piece's, as under a title line opening it.

    >>> _title_second(["索书号 I247／12　│　三楼", "某书", "著者：某某"], [0, 1, 2], 0, "某书")
    True
    >>> _title_second(["他走了很远的路才到。", "某书", "著者：某某"], [0, 1, 2], 0, "某书")
    False
    """
    if not title or len(idx) < lead + 3 or lines[idx[lead + 1]].strip() != title.strip():
        return False
    over = lines[idx[lead]].strip()
    return 0 < text_width(over) <= 60 and not prose_line(over)


def _above(lines: list[str], idx: list[int], first: int, lead: int) -> str:
    """The title line over a block starting at ``first`` (the line right above it), or
    ``""`` when the block opens the piece."""
    return lines[idx[first - 1]] if first > lead else ""
