r"""The gaps that part a row into cells, shared by the readers that mean the same gap.

A row of cells (``清水　500毫升``, ``作者：某甲  日期：2021-03-05``, ``阅读 12 | 评论 3``)
parts its cells with a wider gap than a word's space: a tab, an ideographic space, two
spaces or more, and on many sites a bar.  The readers below agree on these four gaps;
each is written once here.

>>> CELL_GAP.split("清水　500毫升\t姜  2片")
['清水', '500毫升', '姜', '2片']
>>> CELL_GAP.split("某 某")  # one space parts words, not cells
['某 某']
>>> CELL_GAP_OR_BAR.split("阅读 12|评论 3")
['阅读 12', '评论 3']
>>> WIDE_GAP.split("单位：某局\t日期：2021 \t备注：无")  # a lone tab is no gap here
['单位：某局\t日期：2021', '备注：无']
>>> CELL_GAP_OR_SPACED_BAR.split("作者：某 丨 日期：1")  # the spaces round a bar go too
['作者：某', '日期：1']

A name cell before a row's labelled cells (``某名A1　　登记号：X``) is parted from them by
any of the same gaps, a bar as well as wide spaces; the spaces round either go with it:

>>> [NAME_GAP.split(s, maxsplit=1)[0] for s in ("某名　　号：1", "某名 ｜ 号：1", "某名|号：1")]
['某名', '某名', '某名']
>>> NAME_GAP.split("某名 号：1")  # one space parts words
['某名 号：1']

Readers that once took wide gaps only and now take a bar the same way (perturb_bench's
``punct``: a site prints ``　｜　`` where another prints ``　　``): ``split_shape_lines``
(a title row's name cell, :data:`NAME_GAP`), ``split_issue_head`` (a dated issuers' row,
:data:`CELL_GAP_OR_SPACED_BAR`).  Brackets have their own shared class:
:mod:`cleaner.stages.bracket_pairs`.

The other readers keep a gap of their own on purpose (each beside its pattern): a wider
gap where a title may hold one ideographic space or two spaces (``listed_titles``,
``piece_blocks``), a dot or a slash parting a byline's or a footer's cells
(``post_bylines``, ``split_mark_rows``, ``split_foot``, ``split_meta_marks``,
``title_head``, ``header_rows``, ``heading_shape_rows``), ``、`` between issuers
(``issuer_rows``), box-drawing bars (``split_frames``; :data:`TABLE_CELLS` for
``split_meta_marks`` and ``split_piece_find``'s strips of cells), a tilde or a
no-break space (``title_shape``), the separators between bracketed cells, fullmatched
(``split_asked``).  The rest differ from these four in how a run of mixed whitespace
is cut (``\s{2,}`` before or after a bar: ``split_rows``, ``split_host``, ``split_tail``,
``split_cards``, ``split_meta_rows``, ``echoed_rows``,
``badge_bylines``, ``repeat_keeps``' own cell split), which decides where a cell's edge
falls; a tidy that merged them would change what those readers read, so they stay.
"""

from __future__ import annotations

import re

__all__ = [
    "BARS",
    "CELL_GAP",
    "CELL_GAP_OR_BAR",
    "CELL_GAP_OR_SPACED_BAR",
    "NAME_GAP",
    "TABLE_CELLS",
    "WIDE_GAP",
]

#: the bars that part cells as a wide gap does (``|``, ``｜``, ``丨``)
BARS = "|｜丨"

#: A wide gap: a run of tabs, a run of ideographic spaces or two spaces or more.
CELL_GAP = re.compile(r"\t+|\u3000+| {2,}")
#: A wide gap or a bar (``|``, ``｜``); the spaces round a bar stay with the cells.
CELL_GAP_OR_BAR = re.compile(r"\u3000+|\t+| {2,}|[|｜]")
#: A bar (``|``, ``｜``, ``丨``) with any spaces round it, or a wide gap.
CELL_GAP_OR_SPACED_BAR = re.compile(r"\s*[|｜丨]\s*|\t+|\u3000+| {2,}")
#: A run of ideographic spaces, or two spaces or tabs or more: a lone tab parts nothing.
WIDE_GAP = re.compile(r"\u3000+|[ \t]{2,}")
#: A name cell's gap: an ideographic space or a bar with any white space round it, or
#: two white spaces or more.
NAME_GAP = re.compile(rf"\s*[\u3000{BARS}]\s*|\s{{2,}}")
#: A tab, a wide gap, or a bar of any kind: the ASCII and full-width bars and a
#: box-drawing table's rules (``│``, ``┃``, ``┆``); the spaces round a bar stay with the
#: cells.  Read by :mod:`split_meta_marks` (a table's cells) and :mod:`split_piece_find`
#: (a strip's cells, :func:`~cleaner.stages.split_piece_find.cell_key`).
TABLE_CELLS = re.compile(r"\t|[|｜│┃┆┇┊┋╎╏║]|\s{2,}|\u3000+")
