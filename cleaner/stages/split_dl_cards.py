"""A lone page's label/value card, printed as a definition list (``<dl>``), as metadata.

The reader names the lines of each ``<dl>`` card of short terms and short values
(:func:`cleaner.ingest.html_cards.card_lines`: ``昵称`` / ``团子`` / ``性别`` / ``母``).
Printed next to the title they are the item's facts, neither its text nor its title: a
run of them among the page's first lines is read as the card's rows, each term and value
pair parsed by the label tables (a known label gives its field, an unknown one none: the
row is still no text).  Lines the card names that stand apart from such a run stay text.
"""

from __future__ import annotations

from collections.abc import Sequence

#: A run of card lines is read only among the lone page's first lines (the card stands by
#: the title), and holds at least this many lines (two term/value pairs).
HEAD_LINES = 6
MIN_RUN = 4


def card_run(body: Sequence[str], cards: Sequence[str]) -> range | None:
    """Where in ``body`` (a lone page's lines, in order) the card's lines run: the first
    run of :data:`MIN_RUN` lines or more that the card names, starting within the first
    :data:`HEAD_LINES` lines; None when there is none.

    >>> card = ["昵称", "小黑", "年龄", "两岁", "性别", "公"]
    >>> card_run(["某标题", "昵称", "小黑", "年龄", "两岁", "正文说起它的来历。"], card)
    range(1, 5)
    >>> card_run(["某标题", "昵称", "小黑", "正文。"], card) is None
    True
    >>> late = ["某标题", "正文。", "一", "二", "三", "四", "五", "昵称", "小黑", "年龄", "两岁"]
    >>> card_run(late, card) is None
    True
    """
    named = {c.strip() for c in cards}
    if not named:
        return None
    for start in range(min(HEAD_LINES, len(body))):
        end = start
        while end < len(body) and body[end].strip() in named:
            end += 1
        if end - start >= MIN_RUN:
            return range(start, end)
    return None


def pairs(run: Sequence[str], cards: Sequence[str]) -> list[tuple[int, int | None]]:
    """The run's lines as (term, value) index pairs, by the card's own order: a line the
    card prints as a term opens a pair, the next line is its value when the card prints
    it as that term's value; a value whose term was left out stands alone.

    >>> pairs(["昵称", "小黑", "年龄", "两岁"], ["昵称", "小黑", "年龄", "两岁"])
    [(0, 1), (2, 3)]
    >>> pairs(["小黑", "年龄", "两岁"], ["昵称", "小黑", "年龄", "两岁"])
    [(0, None), (1, 2)]
    """
    terms = {cards[k].strip(): cards[k + 1].strip() for k in range(0, len(cards) - 1, 2)}
    out: list[tuple[int, int | None]] = []
    k = 0
    while k < len(run):
        s = run[k].strip()
        if s in terms and k + 1 < len(run) and run[k + 1].strip() == terms[s]:
            out.append((k, k + 1))
            k += 2
        else:
            out.append((k, None))
            k += 1
    return out
