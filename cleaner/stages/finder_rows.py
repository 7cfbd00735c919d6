"""The generic piece finder's rows, kept from the site's memory (a helper of
:func:`~cleaner.stages.site_own_lines.release_own_lines`).

A compilation marks each piece by a row of one SHAPE over (or under) its title: a clock
or time window (``◷ 07-11 06:30 至 07-11 12:00　｜　某类``), a date and a sequence, a
posting row, a strip of cells.  The split stage's generic piece finder
(:func:`~cleaner.stages.split_piece_find.piece_find`) cuts the page at those rows.  But
the site profile sees the same row's form (its figures masked) on most of the site's
pages and, when one piece's words happen to be the site's most common ones (the usual
kind of work, the usual place), learns it as chrome: one row of the run goes, the
finder is left with too few rows, or with a piece twice as long as the others, and the
page stays whole.

The finder's own evidence outranks that memory, as the numbered headers' does
(:func:`~cleaner.stages.repeat_keeps.split_header_rows`): when a learned line is one of
the rows (or titles) of a run the finder judges ``split`` on the page as it stands,
the run's rows and titles are the page's.  The finder asks everything it asks in the
split (a title next to every row, a body under each, rows that differ, regular spacing,
a confirmed run), so a site's menu or footer row, printed once on the page or over no
titled prose, is no such row and stays chrome; and only where the memory breaks the
run (with the learned lines gone, the finder cuts fewer pieces, or none): rows the
split does not need to cut at (a player's widget under each piece) stay the site's.
Looked for only when a learned line shares its row shape with another line of the page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from cleaner.stages.keep import keep_table
from cleaner.stages.split_piece_find import STRIP_MAX, cell_key, piece_find, row_key
from cleaner.stages.split_shape_lines import ShapeMemo

__all__ = ["finder_rows"]


def _keys(s: str) -> tuple[str, ...]:
    return (row_key(s), cell_key(s) or "")


def finder_rows(stripped: Sequence[str], hit_lines: Collection[int]) -> set[int]:
    """The rows and title lines of the piece finder's split of the page (``stripped``),
    when one of the learned lines (``hit_lines``) is among them; else the empty set.

    >>> body = ["范围：某支线所带砂石场、沿线零散用户，涉及公用变压器6台。",
    ...         "内容：更换老化导线，本次工作结束后供电可靠性将进一步提高。",
    ...         "提示：请提前做好生产生活安排，给您带来的不便敬请谅解。"]
    >>> page = ["某网　停电信息", "", "◷ 07-11 06:30 至 07-11 12:00　｜　计划检修",
    ...         "甲线支线计划停电", *body, "",
    ...         "◷ 07-12 08:00 至 07-12 12:00　｜　配合施工", "乙线分段计划停电", *body, "",
    ...         "◷ 07-13 07:30 至 07-13 17:00　｜　计划检修", "丙线支线计划停电", *body,
    ...         "", "版权所有　某公司"]
    >>> sorted(finder_rows(page, {14}))
    [2, 3, 8, 9, 14, 15]
    >>> finder_rows(page, {20})  # the footer: no row of the run
    set()
    """
    strip = [s.strip() for s in stripped]
    # the row shapes of the learned lines, and how many lines of the page share each:
    # only those counts are read, and a page's lines are cell-keyed only when a learned
    # line has a cell skeleton (most pages: none).  One count per key string, as
    # before: a row key holds no digit (digit runs read N) and a cell key ends in its
    # count of cells, so no row key is any line's cell key
    own = {i: _keys(strip[i]) for i in hit_lines if strip[i] and len(strip[i]) <= STRIP_MAX}
    rows_wanted = {r for r, _ in own.values() if r}
    cells_wanted = {c for _, c in own.values() if c}
    shared: dict[str, int] = {}
    for s in strip:
        if s and len(s) <= STRIP_MAX:
            if (r := row_key(s)) in rows_wanted:
                shared[r] = shared.get(r, 0) + 1
            if cells_wanted and (c := cell_key(s) or "") in cells_wanted:
                shared[c] = shared.get(c, 0) + 1
    if not any(k and shared[k] >= 2 for keys in own.values() for k in keys):
        return set()
    split = keep_table().split
    read = split.meta.shaped_row

    def row(s: str) -> dict[str, str] | None:
        return read(s, near_title=True)

    run = piece_find(strip, row, ShapeMemo(row, split.t.title_endings))
    if run.verdict != "split" or run.evidence.get("title_place") != "under":
        # a row under its title: on the page as it stands (chrome not yet gone) the
        # line over a row may be the site's (a breadcrumb, the last piece's tool bar)
        return set()
    # the rows opening the pieces and their titles; a row closing each piece, or
    # standing under its title (a widget, a vote bar, a credit) keeps its own verdict
    out = {i for s, t, _, _ in run.keyed for i in (s, t)}
    if not out & set(hit_lines):
        return set()
    # only where the memory breaks the run: with the learned lines gone the finder
    # still cutting as many pieces, the site's rows (a player's widget under every
    # piece, a share bar) are no cut point the split needs, and stay the site's
    hits = set(hit_lines)
    left = ["" if i in hits else s for i, s in enumerate(strip)]
    without = piece_find(left, row, ShapeMemo(row, split.t.title_endings))
    if without.verdict == "split" and len(without.keyed) >= len(run.keyed):
        return set()
    return out
