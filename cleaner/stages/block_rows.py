"""Rows of a paragraph block that a site repeats: a qualifier under each item.

A guideline rates every recommendation on the line under it (``评分：B；适用：成人``), a
catalogue gives every entry its terms; the values repeat across the site's pages, so the
site profile learns the row as chrome, and the line model, seeing a short label row,
guesses so too.  The boilerplate stage asks :func:`row_of_block` before it removes such a
line from the body: glued under a line of text (no blank line between), a short labelled
row whose label opens another row of the page is the block's.  Issue 12, sixth blind set.

A list of cells is a block too: a recipe's ingredients (``清水　500毫升`` among ``姜　2片``,
``食用油　适量``), a price list, a roster, one item per line and its cells parted by wide
gaps.  The common items (water, salt) recur on the site's pages and are learned as
chrome; glued to a row of the same number of short cells that stays, the line is a row
of the list (:func:`row_of_list`; seventh blind set).

A site shape's hits that are the page's own data (:func:`~cleaner.stages.own_data.page_data`,
closing figures, a notice's own contact, a text note) are read in :mod:`cleaner.stages.own_data`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping

from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.keep import keep_table
from cleaner.stages.own_data import (
    CONTACT_CUES,
    OWN_CONTACT_VALUES,
    below_fields,
    closing_data,
    glued_contact,
    in_fields,
    own_contact,
    page_data,
    text_note,
    valued_shape,
)
from cleaner.stages.sentence_marks import SENTENCE_END

# the page's own data among a site's shapes moved to own_data; importable here as before
__all__ = [
    "CARD_MAX_ROWS",
    "CARD_ROW_MAX_CHARS",
    "CELL_MAX_CHARS",
    "CONTACT_CUES",
    "ITEM_MAX_CHARS",
    "LIST_LABEL_MAX_CHARS",
    "OWN_CONTACT_VALUES",
    "ROW_MAX_CHARS",
    "below_fields",
    "closing_data",
    "glued_contact",
    "in_fields",
    "own_contact",
    "page_data",
    "row_of_block",
    "row_of_card",
    "row_of_labelled_list",
    "row_of_list",
    "text_note",
    "valued_shape",
]


#: A line glued under a line of a paragraph block (text or the block's end below it) is
#: a row of the block when it is at most this long, ends no sentence, opens with a short
#: label and a colon that opens another row of the page too (a qualifier under each item,
#: ``评分：B；适用：成人`` twice or more), and carries no chrome cue word: a site repeats
#: it because its values repeat.  Chrome in the body (a prompt, a credit, a separator)
#: stands alone or carries no such label.
ROW_MAX_CHARS = 30
_ROW_LABEL = re.compile(r"^([^，。；：:\s]{1,8})[：:]")
_DIGITS = re.compile(r"\d+")


def row_of_block(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is a labelled row (see ``ROW_MAX_CHARS``) right under an unclaimed text
    line, with an unclaimed text line or a blank line below it.

    >>> page = ["要点1：先量体温。", "评分：B；适用：成人", "要点2：再问病史。", "评分：A"]
    >>> row_of_block(page, 1, {}, {}), row_of_block(page, 1, {}, {0: 1})
    (True, False)
    """
    s = stripped[i]
    if len(s) > ROW_MAX_CHARS or s[-1] in SENTENCE_END or not 0 < i < len(stripped) - 1:
        return False
    m = _ROW_LABEL.match(s)
    if m is None:
        return False
    up, down = i - 1, i + 1
    if not stripped[up] or up in hits or up in claimed:
        return False
    if stripped[down] and (down in hits or down in claimed):
        return False
    key = _DIGITS.sub("0", m.group(1))
    same = sum(
        1 for t in stripped if (n := _ROW_LABEL.match(t)) and _DIGITS.sub("0", n.group(1)) == key
    )
    if same < 2:
        return False
    return not keep_table().cues(s)


#: A card of rows glued into the text (``地址：…`` / ``开放时间：…`` / ``门票：…``) holds at
#: most this many rows; each row is at most this long.
CARD_MAX_ROWS = 8
CARD_ROW_MAX_CHARS = 80
#: A sentence after its lead-in label (``心得：先把水烧开，再放盐。``): clauses parted by a
#: comma, closed by a sentence end.  A paragraph of the text, no row of facts: a card
#: never runs through it.
_CLAUSED = re.compile(r"^[^：:]+[：:].*[，,；;].*[。！？!?]$")


def _card_row(s: str) -> bool:
    """``s`` is a card's row: a short label and a colon, and no sentence after it.

    >>> _card_row("时间：全天"), _card_row("心得：先把水烧开，再放盐。"), _card_row("正文。")
    (True, False, False)
    """
    return _ROW_LABEL.match(s) is not None and _CLAUSED.match(s) is None


def row_of_card(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is one row of a card of labelled rows glued under a line of text (no
    blank line between): each line of the card opens with a short label and a colon,
    the labels differ, another row of the card is no learned line and no rule's, and
    the row carries no chrome cue word.  A guide lists every spot's address, hours and fare
    under its text; the rows whose values recur on the site (the usual hours, the usual
    fare) are learned as chrome, the card's other rows are not: the card is the text's.

    >>> page = ["正文写到这里。", "地址：甲村", "时间：全天", "票价：免费", "", "分享"]
    >>> row_of_card(page, 2, {2: 0, 3: 0}, {}), row_of_card(page, 2, {1: 0, 2: 0, 3: 0}, {})
    (True, False)
    >>> row_of_card(["", "地址：甲村", "时间：全天"], 2, {2: 0}, {})
    False

    A paragraph opened by a label (``心得：…，…。``) is the text, no row of a card: the
    learned line under it is no card's row.

    >>> said = ["正文写到这里。", "心得：先把水烧开，再放盐。", "往届：第3届 | 第2届"]
    >>> row_of_card(said, 2, {2: 0}, {})
    False
    """
    if not _card_row(stripped[i]):
        return False
    lo = hi = i
    while lo > 0 and stripped[lo - 1] and _card_row(stripped[lo - 1]):
        lo -= 1
    while hi + 1 < len(stripped) and stripped[hi + 1] and _card_row(stripped[hi + 1]):
        hi += 1
    rows = stripped[lo : hi + 1]
    if not 2 <= len(rows) <= CARD_MAX_ROWS or any(len(r) > CARD_ROW_MAX_CHARS for r in rows):
        return False
    labels = [m.group(1) for r in rows if (m := _ROW_LABEL.match(r))]
    if len(set(labels)) < len(labels):
        return False
    up = lo - 1
    if up < 0 or not stripped[up] or up in hits or up in claimed:
        return False
    if not any(k != i and k not in hits and k not in claimed for k in range(lo, hi + 1)):
        return False
    return not keep_table().cues(stripped[i])


#: A cell of a list row is at most this long (a name, a quantity, a price).
CELL_MAX_CHARS = 12
_CELL_PUNCT = re.compile(r"[。，；！？,;!?|｜:：]")


def _cells(s: str) -> int:
    """How many short cells ``s`` holds (0: not a row of cells: one cell, a long cell,
    punctuation, a bar or a label).

    >>> _cells("清水　500毫升"), _cells("步骤1　先把水烧开，再放盐。"), _cells("作者：某　日期：1")
    (2, 0, 0)
    """
    if len(s) > ROW_MAX_CHARS or _CELL_PUNCT.search(s):
        return 0
    cells = CELL_GAP.split(s)  # a wide gap: an ideographic space, two spaces, a tab
    if len(cells) < 2 or any(not c or len(c) > CELL_MAX_CHARS for c in cells):
        return 0
    return len(cells)


def row_of_list(stripped: list[str], i: int, claimed: Collection[int]) -> bool:
    """Line ``i`` is a row of short cells glued (no blank line between) to a row of as
    many cells that no rule claimed, and holds no chrome cue word.  A sibling the site
    learned counts (the common items of a list recur on the site's pages: that is why
    the line itself was learned).

    >>> page = ["用料", "清水　500毫升", "姜　2片", "", "收藏　分享"]
    >>> row_of_list(page, 1, set()), row_of_list(page, 1, {2}), row_of_list(page, 4, set())
    (True, False, False)
    """
    n = _cells(stripped[i])
    if not n:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(stripped) or j in claimed:
            continue
        if _cells(stripped[j]) == n:
            return not keep_table().cues(stripped[i])
    return False


#: A list's own label ('优势：', 'Pros:', '所需材料：'): a short line ending in a colon.
LIST_LABEL_MAX_CHARS = 12
#: An item of such a list is at most this long.
ITEM_MAX_CHARS = 40
_LIST_LABEL = re.compile(r"^[^，。；！？,;!?：:]{1,11}[：:]$")
_ROW_VALUE = re.compile(r"^[^，。；：:\s]{1,8}[：:]\s*\S")


def _glyph(s: str) -> str | None:
    """The bullet opening ``s`` ('+ 某', '- 某', '✓某'): a symbol or a mark (no
    bracket or quote that opens a phrase), then a space or a Han character.

    >>> _glyph("+ 体积小"), _glyph("✓体积小"), _glyph("（一）体积小"), _glyph("-5度")
    ('+', '✓', None, None)
    """
    if len(s) < 3 or not (s[1] in " \u3000" or "\u4e00" <= s[1] <= "\u9fff"):
        return None
    cat = unicodedata.category(s[0])
    if cat[0] not in "SP" or cat in ("Ps", "Pi") or s[0] in "\"'":
        return None
    return s[0]


def _under_label(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` is an item of a bulleted list glued under its own label line."""
    glyph = _glyph(stripped[i])
    if glyph is None or len(stripped[i]) > ITEM_MAX_CHARS or stripped[i][-1] in SENTENCE_END:
        return False
    j = i - 1
    while j >= 0 and _glyph(stripped[j]) == glyph and len(stripped[j]) <= ITEM_MAX_CHARS:
        j -= 1  # a sibling item (learned or not) between it and the label
    if j < 0 or not stripped[j] or j in hits or j in claimed:
        return False
    return _LIST_LABEL.match(stripped[j]) is not None


def row_of_labelled_list(
    stripped: list[str], i: int, hits: Mapping[int, object], claimed: Mapping[int, object]
) -> bool:
    """Line ``i`` belongs to a bulleted list under its own label, a list the text gives
    (``优势：`` over ``+ …`` items, ``所需材料：`` over ``- …`` items): an item, or the
    short labelled row that closes the list (a score, a total: ``合计：…``) glued under its
    last item.  The common items recur on a site's pages (a reviewer's stock pros, a
    recipe's salt) and the closing row repeats its shape, so the site profile learns them;
    glued to a label that stays, they are the text's.  A related list's heading is a
    word alone (``相关阅读``) or learned chrome itself, and a line with a chrome cue word
    (a counter, a share prompt) is never kept here.

    >>> page = ["优势：", "+ 体积小", "+ 好清洗", "评分：8/10", "", "相关阅读", "• 某篇"]
    >>> [row_of_labelled_list(page, i, {}, {}) for i in (1, 2, 3, 6)]
    [True, True, True, False]
    >>> row_of_labelled_list(page, 1, {0: 1}, {})
    False
    """
    s = stripped[i]
    if _under_label(stripped, i, hits, claimed):
        ok = True
    elif 0 < i and len(s) <= ROW_MAX_CHARS and s[-1] not in SENTENCE_END:
        # a closing row: glued under an item of such a list, the list's end below it
        below = stripped[i + 1] if i + 1 < len(stripped) else ""
        ok = (
            _ROW_VALUE.match(s) is not None
            and not below
            and _under_label(stripped, i - 1, hits, claimed)
        )
    else:
        ok = False
    if not ok:
        return False
    return not keep_table().cues(s)
