"""Entries of a catalogue, each a work's name in book-title marks over a row of labelled
cells: the name is the entry's title.

A filing list, a register of works or a catalogue prints each entry under the work's
name framed by ``《》`` on a line of its own, often with a short class note in brackets
after a gap (``《某某》　　（类别 · 12集）``), and right under it one row of ``label：value``
cells parted by bars or wide gaps (the entry's card: its number, its body, its place),
then the entry's prose::

    《某某》　　（纪录片 · 6集）
    编号：甲-03　｜　出品单位：某某公司　｜　地点：某县
    简介：……

:func:`book_card_run` finds such entries: two at least, every card of one signature (the
same labels in the same order), the names distinct, each entry holding prose.  The
header line is no word of the text (the title is the bare name, the class note goes with
the line); the card is the piece's metadata row, read by the piece's rows reader.  Prose
above the first entry (a list's preamble) does not stop the run: the frame and the card
under every name say where the entries start.  A name in book-title marks alone on a line
with no card under it (a reading list, a quoted title over a review) is no entry.

A register numbers its entries: every card holds a cell whose value is a document number
(``备案号：某剧备字〔2031〕第12号``) or a register's code (``甲-03``, ``QZ-2020-8``,
``第3批``: a letter or a word, then figures).  A reading list, a review, a programme or an award
list sets cards of the same shape under each name (author, publisher, length, prize)
without one; it is one article about several works, and its headline, byline and closing
paragraph stay with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.cell_row_ends import _CELL_GAP, labelled_cell_row
from cleaner.stages.split_page import MIN_BODY_CHARS, joined, nonempty, prose_chars, stripped

__all__ = ["BOOK_CARD", "book_card_run", "book_name"]

#: The split rule of headers read from framed names over cards.
BOOK_CARD = "keyed:book_card"
# a framed name alone, or with a bracketed note after it (a class, a count, a year)
_NAMED = re.compile(
    r"^《(?P<name>[^《》\s，。；;！？!?]{1,30})》"
    r"(?:[ \t\u3000]*[（(［\[〔【][^（）()［\]〔〕【】。！？]{1,30}[）)］\]〕】])?$"
)


def book_name(line: str) -> str | None:
    """The bare name of a line that is a work's name in book-title marks, with at most a
    bracketed note after it; None for any other line.

    >>> book_name("《青石桥》　　（纪录片 · 6集）"), book_name("《北岭》(2021)")
    ('青石桥', '北岭')
    >>> book_name("《北岭》【话剧】"), book_name("《某某》")
    ('北岭', '某某')
    >>> book_name("《青石桥》讲述了一个故事。"), book_name("推荐《北岭》（2021）")
    (None, None)
    """
    m = _NAMED.match(line.strip())
    return None if m is None else m["name"]


# a register's code: letters or a short word, then figures ('甲-03', 'QZ-2020-8'), or a
# counted number ('第3号', '第2批'); no measure ('9-12岁', '7.0', '15万字')
_REGISTER = re.compile(
    r"^(?:[A-Za-z\u4e00-\u9fff]{1,8}[-－_]?\d[-－\dA-Za-z]*|第\d{1,5}[号號批期])$"
)


def card_numbered(card: str, doc_number: Callable[[str], str | None]) -> bool:
    """Does the card row ``card`` hold a cell whose value is a document number?

    >>> num = lambda v: v if "〔" in v else None
    >>> card_numbered("编号：某备字〔2031〕3号　｜　单位：某公司", num)
    True
    >>> card_numbered("作者：某甲　｜　出版社：某出版社　｜　适读：8-12岁", num)
    False
    >>> card_numbered("登记号:QZ-2020-8|主办方:某协会", num)
    True
    >>> card_numbered("批次：第2批　　　评分：7.5", num)
    True
    >>> card_numbered("导演：某甲　　　主演：某乙　　　评分：7.0", num)
    False
    """
    for cell in _CELL_GAP.split(card.strip()):
        _, colon, value = cell.partition("：")
        if not colon:
            _, colon, value = cell.partition(":")
        value = value.strip()
        if colon and (_REGISTER.match(value) or doc_number(value) is not None):
            return True
    return False


def _may_cards(text: str) -> bool:
    """A page gate (issue 15), a NECESSARY condition of :func:`book_card_run`: two
    entries, each a line opening with ``《`` (:func:`book_name`), so the page ``text``
    holds two at least; where it fails the run answers nothing.

    >>> _may_cards("《甲》\\n类别：话剧\\n《乙》"), _may_cards("《甲》\\n正文")
    (True, False)
    """
    return text.count("《") >= 2


def book_card_run(
    lines: list[str],
    signature: Callable[[str], tuple[str, ...]],
    doc_number: Callable[[str], str | None] = lambda v: v or None,
) -> list[tuple[int, str, str, dict[str, str]]]:
    """``(line, rule, title, meta)`` of the entries of a catalogue whose every entry is a
    framed name over a card of labelled cells (see the module docstring), or [].

    >>> body = "简介：一群年轻人回到山村，在困难面前互相扶持，最终把荒坡变成了果园。"
    >>> sig = lambda s: tuple(c.split("：")[0] for c in s.split("　｜　"))
    >>> page = ["这是某年的名单，现予公布，请各界监督。",
    ...         "《甲》　（纪录片 · 6集）", "编号：1　｜　单位：某公司　｜　地点：某县", body,
    ...         "《乙》　（纪录片 · 8集）", "编号：2　｜　单位：某公司　｜　地点：某市", body]
    >>> [(i, t) for i, _, t, _ in book_card_run(page, sig)]
    [(1, '甲'), (4, '乙')]
    >>> book_card_run(page[:4] + ["《乙》", body], sig)  # the second name has no card
    []
    """
    if not _may_cards(joined(lines)):
        return []
    filled, strip = nonempty(lines), stripped(lines)
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for k, i in enumerate(filled[:-1]):
        name = book_name(strip[i])
        if name is None:
            continue
        below = strip[filled[k + 1]]
        if not labelled_cell_row(below):
            continue
        if not card_numbered(below, doc_number):
            return []  # a card without a register's number: one article about works
        found.append((i, name, signature(below)))
    if len(found) < 2 or len({sig for *_, sig in found}) != 1 or len(found[0][2]) < 2:
        return []
    if len({t for _, t, _ in found}) < len(found):
        return []  # one name twice: a table, not entries
    starts = [i for i, *_ in found]
    ends = [*starts[1:], len(lines)]
    if any(
        prose_chars(lines[a + 2 : b]) < MIN_BODY_CHARS for a, b in zip(starts, ends, strict=True)
    ):
        return []
    return [(i, BOOK_CARD, t, {}) for i, t, _ in found]
