"""Dated rows a site prints word for word on its pages: the site's, no page's fields.

A site prints a credit or update row on every page it serves (``（转自某报　2024.01.01）``,
``更新时间：2023-12-30``): the same name and the same day on a notice of its own as on
every story.  A page's own source row names its own day; a row with a date that the site
repeats word for word on most of its pages dates none of them.  On a site of five pages or
more the boilerplate stage learns such a row as chrome; on a smaller one nothing is
learned, and the split stage would read the row as the page's origin and publish date.

:func:`site_rows` lists, for one site, the dated lines seen on at least ``MIN_PAGES`` of
its distinct pages and on ``MIN_SHARE`` of them, in the lower half of the page on average
(pages of one day each open with the same dated row under their titles: their own); the
split stage keeps such a row in the text and reads no field from it when the page has a
date of its own that differs (:func:`~cleaner.stages.split_piece_end.piece_end`).  A
crawl of a small site is often a few pages of one day, each closed by its own identical
row: a row whose frame the site prints with other dates too, or one labelled as the
publish date, is never the site's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cleaner.stages.foot_repeat import profile_foot_lines

if TYPE_CHECKING:
    from cleaner.stages.site_counts import SiteProfile

__all__ = ["MIN_PAGES", "MIN_SHARE", "site_rows"]

#: The site prints the row on at least this many distinct pages …
MIN_PAGES = 3
#: … and on at least this share (0-1) of its pages …
MIN_SHARE = 0.75
#: … in the lower half of the page on average (a page's own dated row opens it, under
#: its title; a site's credit row stands in its foot).
FOOT_ZONE = 0.5
#: A row is at most this long.
MAX_CHARS = 80
# a full date: year, month and day ('2024.01.01', '2024-1-1', '2024年1月1日')
_DATE = re.compile(r"(?:19|20)\d{2}\s*[-./／年]\s*\d{1,2}\s*[-./／月]\s*\d{1,2}")


def site_rows(prof: SiteProfile) -> frozenset[str]:
    """The dated rows ``prof``'s site prints word for word on at least ``MIN_PAGES`` and
    ``MIN_SHARE`` of its pages, in the lower half of the page on average.

    >>> from cleaner.stages.site_counts import SiteProfile
    >>> row, body = "（转自某某日报　2024.01.01）", "某日，某地举行了活动。2024年1月1日"
    >>> head = "发布时间：2024-01-01"
    >>> prof = SiteProfile("s", pages=4, lines={row: 4, body: 2, head: 4, "首页": 4})
    >>> prof.positions = {"L" + row: 3.6, "L" + body: 1.0, "L" + head: 0.4}
    >>> sorted(site_rows(prof))
    ['（转自某某日报　2024.01.01）']
    >>> site_rows(SiteProfile("s", pages=8, lines={row: 3}, positions={"L" + row: 2.7}))
    frozenset()
    """
    return profile_foot_lines(
        prof,
        min_pages=MIN_PAGES,
        min_share=MIN_SHARE,
        max_chars=MAX_CHARS,
        foot_zone=FOOT_ZONE,
        shape=lambda s, n: (
            _DATE.search(s) is not None
            and not _dated_variants(prof, s, n)
            and not _publish_label(s)
        ),
    )


def _dated_variants(prof: SiteProfile, row: str, n: int) -> bool:
    """The site prints ``row``'s frame with other numbers (another day) on more pages
    than the row itself: the row changes from page to page, every copy is its page's own.
    (The shape counts mask every number: :func:`~cleaner.stages.site_counts.shape_of`.)"""
    from cleaner.stages.site_counts import shape_of

    return prof.shapes.get(shape_of(row, ""), 0) > n


_LABEL = re.compile(r"^[\s【\[［〔(（]*([^\s:：】\]］〕)）]{1,8})[\s】\]］〕)）]*[:：]")


def _publish_label(row: str) -> bool:
    """``row`` is labelled as a publish date ('发布日期：…', '【发布时间】…', '刊发日期：…'):
    a site prints no fixed publish date as chrome; pages put up on one day share it.  An
    update's date ('更新日期：…') or a bare '日期：' may be the site's fixed footer.

    >>> _publish_label("发布日期：2024-03-05"), _publish_label("（转自某报　2024.03.05）")
    (True, False)
    >>> _publish_label("更新日期：2024-03-05"), _publish_label("日期：2024-03-05")
    (False, False)
    """
    from cleaner.stages.split_dates import simplified_label

    m = _LABEL.match(row.strip())
    if m is None:
        return False
    label = simplified_label(m[1])
    headers = _headers()
    if headers["meta_fields"].get(label) != "published":
        return False
    return any(w in label for w in headers["meta"]["publish_label_words"])


@lru_cache(maxsize=1)
def _headers() -> dict[str, Any]:
    """headers.toml, read once a process (read-only: the callers only look words up)."""
    from cleaner.rules import load_table

    table: dict[str, Any] = load_table("headers")
    return table


def update_label(row: str) -> bool:
    """``row`` is labelled as a date the page was not published on (an update's, a
    revision's: '更新日期：…', '最后修改时间：…': a date label with an edit verb of
    ``[meta] edit_verbs`` and no publishing word): printed on most of a site's pages,
    it is the site's footer even where the page has no date of its own.

    >>> update_label("更新日期：2023-12-31"), update_label("发布日期：2023-12-31")
    (True, False)
    >>> update_label("日期：2023-12-31"), update_label("（转自某报　2023.12.31）")
    (False, False)
    """
    from cleaner.stages.split_dates import simplified_label

    m = _LABEL.match(row.strip())
    if m is None:
        return False
    label = simplified_label(m[1])
    meta = _headers()["meta"]
    if not label.endswith(("日期", "时间", "時間")) or any(
        w in label for w in meta["publish_label_words"]
    ):
        return False
    return any(w in label for w in meta["edit_verbs"])
