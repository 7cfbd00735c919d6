"""Strips of cells that open the pieces of a page, kept from the site's memory of
repeated lines.

A compilation opens each piece with a strip of cells (``【某类】　上市量 N 吨　·　均价 X
元/公斤``, ``№01 ┃ 某项 ┃ 某组 ┃ 某日 ┃ 某地``) whose first cell names the piece's kind
and whose other cells carry its figures.  When one kind comes back on most of the site's
pages, the site profile learns its strip as a SHAPE (the words the same, the figures
each page's own) and deletes it as chrome, and the split stage loses that piece's
boundary.  The strip is told by its siblings on the same page: lines of the same cell
skeleton (:func:`~cleaner.stages.split_piece_find.cell_key`: the first cell's shape, the
bars and the number of cells), the site repeating some and not the others, each over
lines of its own piece (no two glued: a table's rows follow one another), each right
over its piece's title and prose (a caption closing each piece is none).  Such a strip
with its page's own figures is the page's, whatever the site repeats.  A line the site
repeats word for word (a pinned link) and a strip with no sibling the site does not
repeat (its nav row, its footer) stay the site's.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from cleaner.stages.site_judge import LearnedLine
from cleaner.stages.split_piece_find import cell_key, opens_piece
from cleaner.stages.split_shape_lines import ShapeMemo

__all__ = ["MIN_BODY", "strip_rows"]

#: lines of a piece between two strips of one skeleton, at least
MIN_BODY = 2


def strip_rows(stripped: Sequence[str], hits: Mapping[int, LearnedLine]) -> set[int]:
    """The learned shapes among the page's strips of one cell skeleton that also holds
    a strip the site does not repeat (see the module), or none.

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> shape = LearnedLine("【W】…", "shape", "line", 5, 62.5, ())
    >>> body = ["某类到货增加", "今日到货增加，价格有所回落，全天成交平稳。"]
    >>> page = ["【甲类】　量 11 吨　·　价 6.5 元", *body, "【乙类】　量 9 吨　·　价 5.8 元", *body]
    >>> sorted(strip_rows(page, {0: shape}))
    [0]
    >>> sorted(strip_rows(page, {0: shape, 3: shape}))  # every strip the site's: its own
    []
    >>> table = ["品名　　产地　　价格", "白菜　　本地　　1.2", "萝卜　　本地　　0.9"]
    >>> sorted(strip_rows(table, {1: shape}))  # a table's rows, glued: no strips
    []
    """
    # only a skeleton some learned shape has can give a line back: the page's other
    # lines are keyed only when there is one (most pages: none, and no line is keyed)
    wanted = {key for i, h in hits.items() if h.kind == "shape" and (key := cell_key(stripped[i]))}
    if not wanted:
        return set()
    filled = [i for i, s in enumerate(stripped) if s]
    tests = ShapeMemo(None)
    groups: dict[str, list[int]] = {}
    for n, i in enumerate(filled):
        if (key := cell_key(stripped[i])) is not None and key in wanted:
            groups.setdefault(key, []).append(n)
    out: set[int] = set()
    for ns in groups.values():
        rows = [filled[n] for n in ns]
        if len(ns) < 2 or all(i in hits for i in rows) or not any(i in hits for i in rows):
            continue
        if any(b - a - 1 < MIN_BODY for a, b in itertools.pairwise(ns)):
            continue  # rows glued to each other: a table's, not a strip over each piece
        if not all(opens_piece(stripped, filled, n, tests) for n in ns):
            continue  # a row closing each piece (a photo's caption): no strip over one
        out |= {i for i in rows if i in hits and hits[i].kind == "shape"}
    return out
