"""A card's title row, for the split stage: a label cell naming the piece's title, then
its value, in a label/value table (``公告标题<TAB>某事``, ``文章標題：某事``).

:func:`card_title` reads the title such a row holds, :func:`card_title_cut` where it
starts (the label cell goes, the title stays a line of the text), and
:func:`page_title_over_card` tells the page's ``<title>`` printed over the card (the
card's title and the site's name after a separator) from a line of the text.  The label
words are data: ``[titles] card_title_kinds`` and ``card_name_words`` in headers.toml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split_dates import simplified_label

__all__ = ["card_title", "card_title_cut", "page_title_over_card"]


def card_title(line: str) -> str | None:
    r"""The title a card's title row holds: a label cell naming the piece's title, then its
    value, in a label/value table (``公告标题<TAB>某事``, ``文章標題：某事``), or None.  The
    label is a title word alone or after a word naming the kind of piece (``[titles]
    card_title_kinds`` in headers.toml), read in either script (``標題`` for ``标题``); a
    subtitle's label (``副标题``) names no title.  A name word (``[titles] card_name_words``)
    after a kind names its title too (``課程名稱：某課``); a bare ``名称`` names any thing.

    >>> card_title("公告标题\t某地新桥通车"), card_title("文章標題：舊事一則")
    ('某地新桥通车', '舊事一則')
    >>> card_title("副标题\t某事"), card_title("公告标题\t某事。正文接着说。"), card_title("标题")
    (None, None, None)
    >>> card_title("課程名稱：陶藝初探"), card_title("名称：某物"), card_title("单位名称：某局")
    ('陶藝初探', None, None)
    """
    m = _CARD_ROW.match(line)
    if m is None:
        return None
    label = simplified_label(m["label"])
    kinds, names = _card_title_kinds(), _card_name_words()
    titled = any(label == k + w for k in ("", *kinds) for w in ("标题", "题名"))
    if not titled and not any(label == k + w for k in kinds for w in names):
        return None
    value = m["value"].strip()
    return value if 0 < len(value) <= 80 and not re.search(r"[。！？]", value) else None


def page_title_over_card(line: str, title: str, hints: PageHints | None) -> bool:
    """``line`` is the page's ``<title>`` (``hints.title``) opening with the title a card's
    row holds and a separator after it (``某事－某站``): the page's name, no text line.

    >>> h = PageHints(title="某事－某站")
    >>> page_title_over_card("某事－某站", "某事", h), page_title_over_card("某事又一事", "某事", h)
    (True, False)
    """
    if hints is None or not hints.title or line.strip() != hints.title.strip():
        return False
    rest = line.strip()[len(title) :] if line.strip().startswith(title) else None
    return rest is not None and (not rest or rest.lstrip()[:1] in _TITLE_SEPARATORS)


# what parts a page's <title> from the site's name after it ('某事－某站', '某事 | 某站')
_TITLE_SEPARATORS = frozenset("-－–—_＿|｜·•:：")


def card_title_cut(line: str) -> int | None:
    r"""Where the title starts in a card's title row (:func:`card_title`): the label cell
    before it goes, the title stays a line of the text; None for any other line.

    >>> row = "公告标题\t某地新桥通车"
    >>> row[card_title_cut(row) :], card_title_cut("公告日期\t2021-03-09")
    ('某地新桥通车', None)
    """
    m = _CARD_ROW.match(line)
    return m.start("value") if m is not None and card_title(line) is not None else None


# a card's row: a label of Han letters, then a tab (a table's cells) or a colon, the value
_CARD_ROW = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,6})\s*(?:\t|[:：])\s*(?P<value>\S.*)$")


@lru_cache(maxsize=1)
def _card_title_kinds() -> tuple[str, ...]:
    return tuple(load_table("headers")["titles"].get("card_title_kinds", ()))


@lru_cache(maxsize=1)
def _card_name_words() -> tuple[str, ...]:
    return tuple(load_table("headers")["titles"].get("card_name_words", ()))
