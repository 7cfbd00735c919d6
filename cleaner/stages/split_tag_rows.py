"""A record's tag block: one bracketed ``[Key "value"]`` pair a line, under the title.

A game record (PGN and its kin), a bibliography export or a catalogue card prints its
header as tag pairs, each in its own square brackets with the value quoted
(``[Site "某地"]``, ``[Date "2021.03.26"]``, ``【作者 “某甲”】``).  A run of at least
:data:`MIN_TAG_LINES` such lines is the record's metadata, whatever its keys say: its
cells read as a card's (:func:`~cleaner.stages.split_cell_rows.read_cells`: ``Date``
the publish date, ``Annotator`` the author), and the rows that read nothing (the
players, the round, the result) are the block's all the same.  The shape is strict (a
key of letters, a gap, a quoted value, nothing after the closing bracket), so a
bracketed note of the text (``[注] 某某``, ``【评注】…``) or a list of bracketed links
is never read as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cleaner.stages.split_cell_rows import read_cells

__all__ = ["MIN_TAG_LINES", "tag_block"]

Fields = Callable[[str], str | None]

_TAG = re.compile(
    r"^[\[［【]\s*(?P<k>[A-Za-z][A-Za-z0-9_]{0,23}|[\u4e00-\u9fff]{1,6})\s+"
    r"(?:\"(?P<a>[^\"]{0,60})\"|“(?P<b>[^”]{0,60})”|「(?P<c>[^」]{0,60})」"
    r"|'(?P<d>[^']{0,60})')\s*[\]］】]$"
)
#: a tag block has this many lines at least (one or two: a bracketed quote of the text)
MIN_TAG_LINES = 3


def tag_pair(line: str) -> tuple[str, str] | None:
    """``(key, value)`` of a tag line ``[Key "value"]``, else None.

    >>> tag_pair('[Date "2021.03.26"]'), tag_pair("【作者 “某甲”】")
    (('Date', '2021.03.26'), ('作者', '某甲'))
    >>> tag_pair("[注] 某某"), tag_pair('[Date "2021"] 之后')
    (None, None)
    """
    m = _TAG.match(line.strip())
    if m is None:
        return None
    value = next(v for v in (m["a"], m["b"], m["c"], m["d"]) if v is not None)
    return m["k"], value.strip()


def tag_block(lines: list[str], field_of: Fields) -> tuple[int, dict[str, str]]:
    """How many lines at the top of ``lines`` are a tag block and its ``meta`` (the
    fields its known keys give, ``{}`` when none does); ``(0, {})`` when fewer than
    :data:`MIN_TAG_LINES` tag lines stack.

    >>> from cleaner.stages.split_meta import MetaParser
    >>> f = MetaParser().field_of
    >>> tag_block(['[Site "某地"]', '[Date "2020.01.02"]', '[Author "某乙"]', "正文。"], f)
    (3, {'author': '某乙', 'published': '2020-01-02'})
    >>> tag_block(['[Date "2020.01.02"]', '[White "某甲"]', "正文。"], f)
    (0, {})
    """
    cells: list[tuple[str | None, str]] = []
    for raw in lines:
        pair = tag_pair(raw)
        if pair is None:
            break
        cells.append(pair)
    if len(cells) < MIN_TAG_LINES:
        return 0, {}
    return len(cells), read_cells([(k, v) for k, v in cells if v], field_of)
