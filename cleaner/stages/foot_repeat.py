"""A notice the site prints word for word at the foot of its pages, in its foot chrome.

A site sets a note to its readers among its foot chrome (``本页信息由各单位自行提供，
请读者自行甄别。`` between a tips line and the print and close controls): a sentence with
no cue word (the site profile learns no such sentence, :func:`~cleaner.stages.site_judge.
chrome_signals`), the same on nearly every page.  A document series closes each of its
documents with one fixed sentence as well, and that sentence is the documents' own; the
difference is its place.  The site's note stands inside the foot: chrome right above it
(a line another claim took) and only chrome below it, and it is the last line left on the
page; a document's closing sentence stands right under the document's text.

:func:`foot_repeat` takes the note (rule ``boilerplate.foot_repeat``) when all of these
hold: it is the page's last line no claim took, a short text ending in a sentence mark,
one the keep table does not protect; the nearest line above it and every line below it
(one at least) are claimed (or the line above is a record's closing row of number and
dates: the last piece of a record list ends there); and the site prints it word for word on at least
``MIN_SHARE`` of its pages, ``MIN_PAGES`` pages at least.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaner.stages.site_counts import SiteProfile

#: Rule id of the claim.
FOOT_REPEAT = "boilerplate.foot_repeat"
#: The site prints the note on at least this share (0-1) of its pages …
MIN_SHARE = 0.8
#: … and on at least this many pages.
MIN_PAGES = 4
#: … in the lower half of the page on average.
FOOT_ZONE = 0.5
#: A note is at most this long.
MAX_CHARS = 90
_SENTENCE_END = ("。", "！", "!", "．", ".")


def foot_notes(prof: SiteProfile) -> frozenset[str]:
    """The sentences ``prof``'s site prints word for word on at least ``MIN_SHARE`` of its
    pages (``MIN_PAGES`` at least), short, in the lower half of the page on average: the
    candidates of :func:`foot_repeat` (the place on the page at hand decides).

    >>> from cleaner.stages.site_counts import SiteProfile
    >>> note, body = "本页信息由各单位自行提供，请读者自行甄别。", "正文的一句话。"
    >>> prof = SiteProfile("s", pages=5, lines={note: 5, body: 5, "【打印】": 5})
    >>> prof.positions = {"L" + note: 4.5, "L" + body: 1.0, "L【打印】": 4.8}
    >>> sorted(foot_notes(prof))
    ['本页信息由各单位自行提供，请读者自行甄别。']
    """
    return profile_foot_lines(
        prof,
        min_pages=MIN_PAGES,
        min_share=MIN_SHARE,
        max_chars=MAX_CHARS,
        foot_zone=FOOT_ZONE,
        shape=lambda s, n: s.endswith(_SENTENCE_END),
    )


def profile_foot_lines(
    prof: SiteProfile,
    *,
    min_pages: int,
    min_share: float,
    max_chars: int,
    foot_zone: float,
    shape: Callable[[str, int], bool],
) -> frozenset[str]:
    """The lines ``prof``'s site prints word for word on at least ``min_pages`` pages and
    ``min_share`` (0-1) of its pages, at most ``max_chars`` long, whose mean position on
    the page (0 at the top, 1 at the end) is ``foot_zone`` or lower down, and that have
    the ``shape`` asked for (given the line and its page count): the candidates of a
    site's foot repeats (:func:`foot_notes`; :func:`site_rows.site_rows`, its dated rows).

    >>> from cleaner.stages.site_counts import SiteProfile
    >>> prof = SiteProfile("s", pages=4, lines={"甲。": 4, "乙。": 4, "丙": 4, "丁。": 2})
    >>> prof.positions = {"L甲。": 3.2, "L乙。": 0.8, "L丙": 3.6, "L丁。": 1.8}
    >>> sorted(profile_foot_lines(prof, min_pages=3, min_share=0.75, max_chars=9,
    ...        foot_zone=0.5, shape=lambda s, n: s.endswith("。")))
    ['甲。']
    """
    need = max(min_pages, min_share * prof.pages)
    return frozenset(
        s
        for s, n in prof.lines.items()
        if n >= need
        and len(s) <= max_chars
        and prof.positions.get("L" + s, 0.0) / n >= foot_zone
        and shape(s, n)
    )


def foot_repeat(
    stripped: list[str],
    claimed: Collection[int],
    notes: Container[str],
    kept: Callable[[str], bool] = lambda s: False,
    closing: Callable[[str], bool] = lambda s: False,
) -> int | None:
    """The line of the site's note in the foot chrome (see the module doc), or None.
    ``notes`` are the site's candidates (:func:`foot_notes`).  ``closing``: whether a
    line is a record's closing row (its number and dates: ``编号：X-01　｜　日期：…``);
    right under one the note stands under no text either, as under a claimed line.

    >>> note = "本页信息由各单位自行提供，请读者自行甄别。"
    >>> text = "欢迎应届毕业生投递简历，截止日期另行通知。"
    >>> page = ["某某单位招聘启事", text, "温馨提示：携带证件。", note, "【打印】"]
    >>> foot_repeat(page, {2, 4}, {note})
    3
    >>> foot_repeat(page, {2, 4}, set())  # the site does not print it on most pages
    >>> foot_repeat(page, {4}, {note})  # right under the text: the text's close
    >>> foot_repeat(page[:4], {2}, {note})  # the page's last line, under chrome
    3
    >>> foot_repeat([text, note], set(), {note})  # the text's close: nothing claimed above
    >>> row = "编号：X-01　｜　日期：2031-04-05"
    >>> foot_repeat([text, row, note, "【打印】"], {3}, {note}, closing=lambda s: s == row)
    2
    """
    filled = [i for i, s in enumerate(stripped) if s]
    rest = [i for i in filled if i not in claimed]
    if not rest:
        return None
    i = rest[-1]
    s = stripped[i]
    if s not in notes or kept(s):
        return None
    above = [k for k in filled if k < i]
    if not above or (above[-1] not in claimed and not closing(stripped[above[-1]])):
        return None  # (every line below, if any, is claimed: i is the last line left)
    return i
