"""The writer and day of a byline row beside the headline, wherever the extractor put it.

A community site prints its byline row in a box of its own, next to the text's box: right
over the headline (``林某 的游记 · 2021-03-09 10:20`` above the ``<h1>``) or just under it
(``林某　评论　《某片》　★★★★☆　2021-03-09``).  The main-text choice takes the text's box
and drops that row as ``extract.outside_main``, so the split stage, which reads such rows
in the text (:meth:`~cleaner.stages.split_meta_lines.MetaLines.byline`), never sees it.
:func:`side_byline` reads the row where it stands on the visible page, with the split's
own reading, so the page declares its author (``html_author``) and publish date as its
head would; the row itself stays dropped (on the record as before).

Only a row that names a writer AND a day is read, and only the line right over the
headline or one of the :data:`~cleaner.ingest.html_dates.BYLINE_LINES` under it: a list
of other posts' rows lies further away.
"""

from __future__ import annotations

from cleaner.ingest.html_dates import BYLINE_CLAUSE, BYLINE_MAX_CHARS, beside_headline
from cleaner.stages.keep import keep_table


def side_byline(visible: str, headline: str | None) -> dict[str, str] | None:
    """``{'author': …, 'published': …}`` of the byline row right over ``headline`` (the
    first visible line equal to it), else of the first of the lines under it that reads
    as one, or None.

    >>> side_byline("首页\\n林小某 的游记 · 2021-03-09 10:20\\n春日小记\\n正文。", "春日小记")
    {'published': '2021-03-09', 'author': '林小某'}
    >>> side_byline("首页\\n春日小记\\n林小某　评论　《某片》　2021-03-09\\n正文。", "春日小记")
    {'published': '2021-03-09', 'author': '林小某'}

    A dated row without a writer, or a row away from the headline, is not read:

    >>> side_byline("首页\\n春日小记\\n2021-03-09　浏览 88\\n正文。", "春日小记")
    >>> page = "春日小记\\n一\\n二\\n三\\n四\\n五\\n六\\n林小某 的游记 · 2021-03-09"
    >>> side_byline(page, "春日小记")
    """
    beside = beside_headline(visible, headline)
    if beside is None:
        return None
    above, under = beside
    meta = keep_table().split.meta
    for ln in [above, *under]:
        if not ln or len(ln) > BYLINE_MAX_CHARS or BYLINE_CLAUSE.search(ln):
            continue
        row = meta.byline(ln)
        if row and row.get("author") and row.get("published"):
            return {"published": row["published"], "author": row["author"]}
    return None
