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
    need = max(MIN_PAGES, MIN_SHARE * prof.pages)
    return frozenset(
        s
        for s, n in prof.lines.items()
        if n >= need
        and len(s) <= MAX_CHARS
        and s.endswith(_SENTENCE_END)
        and prof.positions.get("L" + s, 0.0) / n >= FOOT_ZONE
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
