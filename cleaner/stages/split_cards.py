"""The card of facts a listing prints by its title: a price row, labelled facts, a poster.

Classified and second-hand sites, shops and rental boards set a card next to each item's
title (above or under it)::

    ¥ 150　原价 ¥ 699
    成色：八成新
    交易方式：同城自提
    发布时间：2022-07-08
    卖家：某某　信用：★★★　已认证

The labelled facts read as a front matter (:func:`split_cells.key_value_block`); two rows
round it off that no table reads: the price row over them (a currency sign and a figure,
no label: :func:`price_row`) and the poster's row under them, whose labelled cell names
the author beside a rating and a badge with no label (:func:`badged_row`).  Both are read
only as part of such a card (the split's ``meta_block``), never alone: a price in a
sentence or a labelled cell in the text stays text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.sentence_marks import CLAUSE_MARK as _SENTENCE

__all__ = ["badged_row", "fact_strip", "price_row"]

Fields = Callable[[str], str | None]
Read = Callable[[list[tuple[str, str]]], dict[str, str] | None]

# a price row: a currency sign and a figure, then at most a short note or a second price
# ('¥ 150　原价 ¥ 699', '￥80（可议价）', 'HK$ 1,200'); no sentence mark
_PRICE = re.compile(
    r"^(?:(?:[¥￥$€£]|HK\$|US\$|RMB|CNY)\s*\d[\d,]*(?:\.\d+)?\s*(?:元|万元?)?"
    # or a figure and its currency word, per a period or an area ('3200 元/月', '85万元')
    r"|\d[\d,]*(?:\.\d+)?\s*(?:元|万元)(?:\s*/\s*(?:月|天|日|晚|周|年|季|㎡|平米|平方米))?)"
    r"(?:[ \t\u3000]+[^。！？!?，,；;]{0,24}|[（(][^。！？!?；;（）()]{0,12}[）)])?$"
)
# the cells of a row: parted by wide gaps or bars
_GAP = re.compile(r"[ \t]{2,}|\u3000+|\s*[|｜]\s*")
_LABELLED = re.compile(r"^(?P<k>[\u4e00-\u9fff]{1,6})\s*[:：]\s*(?P<v>\S.{0,29})$")
# a cell without a label: a short badge or rating ('已实名认证', '★★★', 'VIP'), no figure
_BADGE = re.compile(r"^[^\d:：。！？!?，,；;]{1,8}$")
# ... or a count the site keeps of the poster ('近30天带看 66 次', '成交 12 单'): a few
# words and figures ending in a counting word, no label
_COUNT_BADGE = re.compile(r"^[^:：。！？!?，,；;]{0,10}\d+\s*[次单套人条位件]$")
#: A labelled cell of the row holds at most this many characters.
VALUE_MAX = 20


def price_row(line: str) -> bool:
    """A listing's price row.

    >>> price_row("¥ 150　原价 ¥ 699"), price_row("￥80（可议价）"), price_row("¥ 60　（无原价）")
    (True, True, True)
    >>> price_row("¥150买的，用了两年，现在转手。"), price_row("价格：150元")
    (False, False)
    >>> price_row("3200 元/月（押一付三）"), price_row("2019年房租涨了300元")
    (True, False)
    """
    s = line.strip()
    return len(s) <= 40 and _PRICE.match(s) is not None


# a strip of short facts parted by middle dots or bars ('整租 · 2室1厅 · 78㎡ · 朝南')
_STRIP_GAP = re.compile(r"[ \t\u3000]+[·・•|｜/][ \t\u3000]+")
#: A fact strip holds at least this many cells, each at most STRIP_CELL_MAX characters,
#: two of them at least holding a figure.
STRIP_MIN_CELLS = 3
STRIP_CELL_MAX = 12


def fact_strip(line: str) -> bool:
    """A listing's strip of short facts (``整租 · 2室1厅1卫 · 78㎡ · 朝南 · 中楼层/共18层``):
    three cells or more parted by spaced middle dots or bars, each a few characters and
    no sentence, two at least holding a figure.  Read only inside a card begun with a
    price row, never alone.

    >>> fact_strip("整租 · 2室1厅1卫 · 78㎡ · 朝南 · 中楼层/共18层"), fact_strip("78㎡ · 朝南")
    (True, False)
    >>> fact_strip("整租 · 某某小区 两室一厅 南北通透 近地铁三号线")
    False
    >>> fact_strip("第1站 · 第2站 · 还有很多好玩的地方等着你，快来吧")
    False
    """
    cells = [c for c in _STRIP_GAP.split(line.strip()) if c]
    if len(cells) < STRIP_MIN_CELLS:
        return False
    if any(len(c) > STRIP_CELL_MAX or _SENTENCE.search(c) for c in cells):
        return False
    return sum(1 for c in cells if any(ch.isdigit() for ch in c)) >= 2


def badged_row(line: str, field_of: Fields, read: Read) -> dict[str, str] | None:
    """A row of labelled cells beside unlabelled badges (``卖家：某某　信用：★★★　已认证``):
    the fields its labelled cells read (every labelled cell a short value, one at least
    naming a field), the badges read as nothing; None when a cell is text or nothing reads.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> p = MetaParser()
    >>> badged_row("卖家：某某　信用：★★★　已实名认证", p.field_of, p.fields)
    {'author': '某某'}
    >>> badged_row("成色：八成新　可小刀", p.field_of, p.fields) is None
    True
    >>> badged_row("经纪人：某某　｜　某某置业　｜　近30天带看 12 次", p.field_of, p.fields)
    {'author': '某某'}
    >>> badged_row("经纪人：某某　｜　带看后觉得房子不错，价格合适。", p.field_of, p.fields) is None
    True
    >>> badged_row("卖家：某某说这个很好用，推荐。", p.field_of, p.fields) is None
    True
    """
    cells = [c for c in _GAP.split(line.strip()) if c]
    if len(cells) < 2:
        return None
    items: list[tuple[str, str]] = []
    for cell in cells:
        m = _LABELLED.match(cell)
        if m is not None and (len(m["v"]) > VALUE_MAX or _SENTENCE.search(m["v"])):
            return None  # a labelled cell holding more than a short name or mark
        if m is not None:
            items.append((m["k"], m["v"].strip()))
        elif _BADGE.match(cell) is None and _COUNT_BADGE.match(cell) is None:
            return None
    named = [(k, v) for k, v in items if field_of(k)]
    if not named:
        return None
    got = read(named)
    return got or None
