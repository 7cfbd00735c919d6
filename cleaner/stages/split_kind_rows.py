"""A piece's header row that names its kind, over its title: the title line is text.

A compilation may head each piece with a row that files it under a category (``▶ 行业领域：
建筑施工``, ``◆ 案件类别：道路交通``, ``• Sector: Construction``), the title on the line
under it.  The split stage takes the title from that line; under a bare number (``（2）``)
or a number's label row (``公告编号：2017-034``) it deletes the title line with the header,
since there the row IS the piece's heading.  A row that names a kind in words says what
the piece is about besides the title, like a label row (:func:`split_header_shapes.
labelled_number`) or a tag row: the title line under it is the piece's first line of text
and stays (:func:`kind_row`).
"""

from __future__ import annotations

import re

__all__ = ["kind_row"]

#: An optional glyph (a bullet, an arrow, a square), a label of two to six letters, a
#: colon, and a value in words: no figure, no clause mark, no second label.
_KIND_ROW = re.compile(
    r"^(?:[^\w\s]\s*)?(?P<label>[^\W\d_]{2,6})\s*[:：]\s*"
    r"(?P<value>[^\W\d_][^\d:：，,。；;！？!?、]{0,15})$"
)


def kind_row(line: str) -> bool:
    """``line`` is a header row naming a kind of piece in words (see the module docstring).

    >>> kind_row("▶ 行业领域：建筑施工"), kind_row("◆ 案件类别：道路交通")
    (True, True)
    >>> kind_row("• Sector: Construction")
    True
    >>> kind_row("公告编号：2017-034"), kind_row("◆ 第3例"), kind_row("（2）")
    (False, False, False)
    >>> kind_row("■ 说明：本期案例均由各地报送，未经删节。")  # a sentence, no kind
    False
    """
    return _KIND_ROW.match(line.strip()) is not None
