"""Rows of facts the site prints with each of a compilation's headings, kept for the split.

A weekly issue of notices (a port office's warnings, a bulletin's items) prints every
piece under its own heading element with a row of facts right over it or right under it
(``▌某号　发布：2021-03-09`` over ``<h4>标题</h4>``).  The row's wording is the site's and
its figures are each piece's, so the batch learns its shape as chrome; deleted there, the
split stage no longer sees where the pieces start nor what their numbers and dates are.
:func:`rows_by_headings` names the learned lines that are such rows: each right over (or
each right under) one of the page's declared headings (``<h1>``-``<h6>``), each read as a
metadata row by the split's reader, one label signature for all (the same labels in the
same order: a learned shape may differ from piece to piece by a value the site repeats,
a source's name), two at least, one of them learned at least, no cue word on them, each
piece holding a line of its own (a list of links under rows stays chrome).  A text page
declares no headings, but a digest's contents block in its head names its pieces'
titles before them (:func:`split_contents.contents_block`), or its rows number the
pieces over their title lines (:func:`split_above.titles_under_rows`): those titles are
its headings.  A
single document's card of facts right over (or under) its one headline is the same:
:func:`rows_at_headline`.  The boilerplate stage leaves them to the split, which moves
their fields into each piece's ``meta`` (and records the move in the ledger).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Protocol

from cleaner.stages.split_cells import row_signature

__all__ = ["rows_at_headline", "rows_by_headings"]

#: A compilation shows its rows on at least this many pieces.
MIN_ROWS = 2


class _Hit(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def key(self) -> str: ...

    @property
    def signals(self) -> tuple[str, ...]: ...


def rows_by_headings(
    stripped: Sequence[str],
    hits: Mapping[int, _Hit],
    claimed: Collection[int],
    headings: Collection[str],
    read: Callable[[str], object],
) -> list[int]:
    """Indices of the learned lines (``hits``) that are the rows of the page's own
    ``headings``: each over its heading (or each under it), one label signature, each
    read by ``read`` as metadata, at least :data:`MIN_ROWS` of them (learned or not: a
    row the site printed once is not learned, and still counts).

    >>> from types import SimpleNamespace as NS
    >>> row = NS(kind="shape", key="▌甲⟨N⟩　发布：⟨D⟩", signals=())
    >>> page = ["期刊", "▌甲1　发布：2021-03-09", "乙事", "正文。", "▌甲2　发布：2021-03-08",
    ...         "丙事", "正文。"]
    >>> read = lambda s: "发布：" in s or None
    >>> rows_by_headings(page, {1: row, 4: row}, (), ("乙事", "丙事"), read)
    [1, 4]

    One row alone proves nothing, nor does a row over a line that is no heading; a row
    the site printed once counts for the run (its learned sibling is kept):

    >>> rows_by_headings(page, {1: row}, (), ("乙事", "丙事"), read)
    [1]
    >>> rows_by_headings(page[:4], {1: row}, (), ("乙事", "丙事"), read)
    []
    >>> rows_by_headings(page, {1: row, 4: row}, (), ("乙事",), read)
    []

    Rows of other labels over the headings are no run:

    >>> other = page[:4] + ["▌甲2　来源：某处", "丙事", "正文。"]
    >>> rows_by_headings(other, {1: row, 4: row}, (), ("乙事", "丙事"), lambda s: "：" in s)
    []

    Rows and headings with no text between them are a list of links, not pieces:

    >>> listing = ["期刊", "▌甲1　发布：2021-03-09", "乙事", "▌甲2　发布：2021-03-08", "丙事"]
    >>> rows_by_headings(listing, {1: row, 3: row}, (), ("乙事", "丙事"), read)
    []
    """
    wanted = {h for h in headings if h}
    if len(wanted) < MIN_ROWS or not hits:
        return []
    filled = [i for i, s in enumerate(stripped) if s and i not in claimed]
    sides: dict[str, list[int]] = {"over": [], "under": []}
    keys: dict[str, set[object]] = {"over": set(), "under": set()}
    for k, i in enumerate(filled):
        hit = hits.get(i)
        if stripped[i] in wanted or (hit is not None and hit.kind != "shape"):
            continue
        if hit is not None and any(x.startswith("cue:") or x == "menu" for x in hit.signals):
            continue
        nxt = stripped[filled[k + 1]] if k + 1 < len(filled) else ""
        prv = stripped[filled[k - 1]] if k > 0 else ""
        side = "over" if nxt in wanted else "under" if prv in wanted else None
        if side is None or not read(stripped[i]):
            continue
        sides[side].append(i)
        keys[side].add(row_signature(stripped[i]))
    out: list[int] = []
    for side, rows in sides.items():  # a run over the headings, one under them, or both
        if len(rows) < MIN_ROWS or len(keys[side]) != 1 or not any(i in hits for i in rows):
            continue
        # each piece holds a body: a line that is neither a heading nor a row between one
        # row and the next (and after the last), or the rows and headings list links
        taken = set(rows)
        ends = [*rows[1:], len(stripped)]
        if all(
            any(i not in taken and stripped[i] not in wanted for i in filled if a < i < b)
            for a, b in zip(rows, ends, strict=True)
        ):
            out += [i for i in rows if i in hits]
    return sorted(out)


#: A card of facts over or under a headline holds at most this many rows.
MAX_CARD_ROWS = 4


def rows_at_headline(
    stripped: Sequence[str],
    hits: Mapping[int, _Hit],
    claimed: Collection[int],
    headings: Collection[str],
    read: Callable[[str], object],
) -> list[int]:
    """Indices of the learned lines that are rows of the card of facts right over or right
    under the page's first declared heading (its headline): a run of lines next to it,
    each read as metadata by ``read``; the learned ones among them have one wording and
    each page's own figures (a learned shape, no menu).  The page's own text must
    follow the card and the headline (a card over a list of links is chrome).

    >>> from types import SimpleNamespace as NS
    >>> row = NS(kind="shape", key="数量：⟨N⟩件　日期：⟨D⟩", signals=())
    >>> page = ["某站", "编号：A-1", "数量：3件　日期：2021-03-09", "甲事", "正文。", "某站地址"]
    >>> read = lambda s: "：" in s or None
    >>> rows_at_headline(page, {0: row, 2: row, 5: row}, (), ("甲事",), read)
    [2]
    >>> rows_at_headline(page[:4], {0: row, 2: row}, (), ("甲事",), read)  # no text below
    []
    >>> rows_at_headline(page, {2: NS(kind="line", key="", signals=())}, (), ("甲事",), read)
    []
    """
    wanted = {h for h in headings if h}
    filled = [i for i, s in enumerate(stripped) if s and i not in claimed]
    # the headline may stand twice (the saved page's title over the page): each place
    card = next(
        (
            c
            for at, i in enumerate(filled)
            if stripped[i] in wanted
            if (c := _card(stripped, filled, at, wanted, hits, read))
        ),
        [],
    )
    rows = []
    for k in sorted(card):
        hit = hits.get(filled[k])
        if hit is None or hit.kind != "shape":
            continue
        if "menu" in hit.signals:
            continue  # a cue word may stand in a row's label ('备案日期'): read as a row
        rows.append(filled[k])
    return rows


def _card(
    stripped: Sequence[str],
    filled: list[int],
    at: int,
    wanted: set[str],
    hits: Mapping[int, _Hit],
    read: Callable[[str], object],
) -> list[int]:
    """Places in ``filled`` of the rows read as metadata right over and under the
    headline at ``filled[at]``, when the page's own text follows them; else []."""
    card: list[int] = []
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(filled) and abs(k - at) <= MAX_CARD_ROWS:
            s = stripped[filled[k]]
            if s in wanted or not read(s):
                break
            card.append(k)
            k += step
    if not card:
        return []
    below = max([at, *card]) + 1
    if below >= len(filled) or filled[below] in hits:
        return []  # no line of the page's own under the card and its headline
    return card
