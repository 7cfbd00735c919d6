"""A card of labelled cells under a single document's headline: its metadata.

A Q&A, a case or a catalogue page may print right under its headline one row of the
item's facts, every cell a label and a short value parted by bars (``品类：某物　｜
规格：3件　｜　状态：待处理``).  The row is the page's card, neither its text nor the
site's chrome: the split reads what fields its labels name (often none: a site's own
labels) and moves it out of the text, recorded with its cells.

Only the shape counts: two cells at least, each ``label：value`` (a label of one to
six letters, a value of at most twenty characters with no sentence mark), parted by a
bar; among the first lines under the headline, above the first line of prose.  A
sentence holding a colon, a row with an unlabelled cell, or such a row lower in the
text (a table's line, a list) stays.
"""

from __future__ import annotations

import re

from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE
from cleaner.stages.split_cells import prose_line

__all__ = ["card_under_headline", "cell_card", "glued_cell_card", "label_row"]

_BAR = re.compile(r"[ \t\u3000]*[|｜┃][ \t\u3000]*")
_CELL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{1,6})[:：][ \t\u3000]*(?P<value>[^:：]{1,20})$")
#: The card stands among this many lines under the headline.
CARD_LOOK = 3
#: what parts the cells of a row: a bar, ideographic spaces, a tab, two spaces or more
_GAP = re.compile(r"[ \t\u3000]*[|｜┃¦][ \t\u3000]*|\u3000+|\t+| {2,}")
#: a labelled cell: a short Han label, its colon and a value
_LABEL_CELL = re.compile(r"^[\u3400-\u9fff]{1,6}[:：][ \t\u3000]*\S")


def cell_card(line: str) -> dict[str, str] | None:
    """``{label: value}`` of a card row of labelled cells parted by bars, or None.

    >>> cell_card("品类：某物　｜　规格：3件　｜　状态：待处理")
    {'品类': '某物', '规格': '3件', '状态': '待处理'}
    >>> cell_card("品类：某物　规格：3件"), cell_card("注意：请先阅读说明。｜ 其他：无")
    (None, None)
    >>> cell_card("品类：某物　｜　另有一些说明文字"), cell_card("某物")
    (None, None)
    """
    s = line.strip()
    if len(s) > 80 or _SENTENCE.search(s) or not _BAR.search(s):
        return None
    out: dict[str, str] = {}
    for cell in _BAR.split(s):
        m = _CELL.match(cell.strip())
        if m is None or m["label"] in out:
            return None
        out[m["label"]] = m["value"].strip()
    return out if len(out) >= 2 else None


def label_row(line: str) -> bool:
    """Is the line a row of labelled cells, whatever its labels and separator: two
    cells or more parted by a bar or a wide gap, the first and one other each a short
    label, its colon and a value (``年代：某朝　材質：某物　尺寸：高 3 公分``), no sentence
    mark.  Such a row states an item's facts: it is never the item's title.

    >>> label_row("年代：某朝　材質：某物　尺寸：高 3 公分"), label_row("類別：甲 | 編號：A-1")
    (True, True)
    >>> label_row("專訪：某某談城市更新"), label_row("某地某事　記者：某某")
    (False, False)
    >>> label_row("注意：請先閱讀說明。　其他：無")
    False
    """
    s = line.strip()
    if len(s) > 80 or _SENTENCE.search(s):
        return False
    cells = [c for c in _GAP.split(s) if c]
    if len(cells) < 2 or not _LABEL_CELL.match(cells[0]):
        return False
    return sum(1 for c in cells if _LABEL_CELL.match(c)) >= 2


def card_under_headline(content: list[int], lines: list[str]) -> int | None:
    """The line of the card row among the first lines under the headline (``content``:
    the article's line indices, its headline first), above the first prose line; None.

    >>> card = "品类：某物　｜　规格：3件"
    >>> card_under_headline([0, 1, 2], ["某物怎么修", card, "正文说了一件事，写得很长很长。"])
    1
    >>> card_under_headline([0, 1, 2], ["某物怎么修", "正文说了一件事，写得很长很长。", card])
    """
    for i in content[1 : 1 + CARD_LOOK]:
        s = lines[i].strip()
        if cell_card(s) is not None:
            return i
        if prose_line(s):
            return None
    return None


def glued_cell_card(stripped: list[str], i: int) -> bool:
    """Line ``i`` is a card row of labelled cells (:func:`cell_card`) glued between two
    lines of the page (no blank line above or below): a record's card inside the text,
    the same where the same record is listed again on another page of the site, no
    chrome of the site's (its header or footer bars stand apart from the records).

    >>> page = ["某单位", "性质：甲类　｜　规模：50人", "简介：某单位做某事。", "", "页脚"]
    >>> glued_cell_card(page, 1), glued_cell_card(page[:2] + ["", "正文。"], 1)
    (True, False)
    """
    if cell_card(stripped[i]) is None:
        return False
    return 0 < i < len(stripped) - 1 and bool(stripped[i - 1]) and bool(stripped[i + 1])
