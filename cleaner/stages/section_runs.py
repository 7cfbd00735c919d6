"""The text's labelled sections running on below its last sentence (boilerplate stage).

The site-repeat pass (:mod:`cleaner.stages.boilerplate_site`) takes the body to end at its last
prose line: below it, the lines the site repeats on most of its pages are the foot's.  A
document printed as framed section labels each over its own value ('〔保存期限〕' over
'18个月', '〔登记编号〕' over 'AB12345', '〔联系方式〕' over a phone number that differs
page to page) ends in short value lines, no sentence: its last labels and its last values
would go with the foot, although they are the sections the body printed above.

:func:`section_run` finds that run: the lines glued (no blank line) under the last prose
line, each either the page's own (no learned line, no claim), or a learned label framed
like the labels the site repeats inside the body (the same opening and closing bracket),
or a learned shape whose figures differ page to page (each page its own value).  The run
must hold a framed label with a value under it; it ends at its last value, so a label
left without one, a blank line or any other learned line ends it (the site's bar and
footer below keep going).  A related-links heading ('更多文章') has no frame, and a site's
hotline printed the same on every page is one line, not a shape of varying figures.

Inside the body, :func:`framed_value` keeps the one value line of a framed section
('〔适用馆区〕' over '全部分馆' over '〔借阅须知〕'): a value that many pages share word
for word is still the section's, and without it the label would head nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

__all__ = ["frame", "framed_value", "labelled_lead", "section_run"]

#: A framed label is short: a section's name, not a sentence in brackets.
LABEL_MAX_CHARS = 16
#: A text printed as framed sections holds this many learned labels at least.
MIN_LABELS = 3


def frame(s: str) -> tuple[str, str] | None:
    """The brackets framing a label alone on its line (``〔保存期限〕`` → ``('〔', '〕')``),
    or None: an opening and a closing bracket at the two ends, nothing of a clause inside.

    >>> frame("〔保存期限〕"), frame("[Storage]"), frame("（一）概况"), frame("保存期限")
    (('〔', '〕'), ('[', ']'), None, None)
    >>> frame("（以上据旧本誊录，略有删节。）")
    """
    if not 3 <= len(s) <= LABEL_MAX_CHARS:
        return None
    if unicodedata.category(s[0]) != "Ps" or unicodedata.category(s[-1]) != "Pe":
        return None
    inner = s[1:-1]
    if any(unicodedata.category(ch)[0] in "PZ" for ch in inner.replace(" ", "")):
        return None
    return s[0], s[-1]


def section_run(
    stripped: list[str],
    first: int,
    last: int,
    hits: Mapping[int, object],
    claimed: Mapping[int, object],
    varying: Callable[[int], bool],
) -> list[int]:
    """The learned lines of the body's labelled run under its last prose line ``last``
    (see the module doc): the framed labels and the varying values to keep, or ``[]``.
    ``first`` is the body's first line; ``varying(i)`` says whether the learned line
    ``i`` is a shape whose figures differ page to page.

    >>> page = ["标题", "〔用法〕", "每日一次。", "〔保存期限〕", "18个月", "〔登记编号〕",
    ...         "AB12345", "", "打印　｜　关闭"]
    >>> hits = {1: 0, 3: 0, 5: 0, 6: 0, 8: 0}
    >>> section_run(page, 0, 2, hits, {}, lambda i: i == 6)
    [3, 5, 6]
    >>> section_run(page, 0, 2, hits, {}, lambda i: False)  # a label with no value: ends
    [3]
    >>> links = ["标题", "正文写到这里。", "更多文章", "另一篇的标题", "再一篇的标题"]
    >>> section_run(links, 0, 1, {2: 0}, {}, lambda i: False)
    []
    """
    frames = {
        f
        for i in range(first + 1, last)
        if i in hits and i not in claimed and (f := frame(stripped[i])) is not None
    }
    if not frames:
        return []
    kept: list[int] = []
    run: list[int] = []  # learned lines since the last value
    labelled = False  # a framed label stands over the values seen
    for k in range(last + 1, len(stripped)):
        s = stripped[k]
        if not s or k in claimed:
            break
        if k not in hits or varying(k):
            if run and run[-1] == k - 1 and frame(stripped[run[-1]]) in frames:
                labelled = True
            if labelled:
                kept.extend(run)
                if k in hits:
                    kept.append(k)
            run = []
            continue
        if frame(s) not in frames:
            break
        run.append(k)
    return kept if labelled else []


def labelled_lead(
    stripped: list[str],
    i: int,
    hits: Mapping[int, object],
    claimed: Mapping[int, object],
    signals: tuple[str, ...],
) -> bool:
    """Line ``i``, learned on the site with no cue word and no menu shape (``signals``),
    opens a text printed as framed section labels: glued right over the first of them
    (no blank line between), and the body holds at least MIN_LABELS learned labels of
    that frame.  A leaflet's or a form's standing lead ('请在〔用途〕一栏如实填写' over
    '〔申请人〕'), the text's first line however often the site prints it; a site's prompt
    carries a cue word, or stands apart from the text by a blank line.

    >>> page = ["标题", "", "填写前请通读全部条目并据实作答", "〔姓名〕", "某某", "〔住址〕",
    ...         "某地", "〔用途〕", "自用。"]
    >>> hits = {2: 0, 3: 0, 5: 0, 7: 0}
    >>> labelled_lead(page, 2, hits, {}, ("edge",))
    True
    >>> labelled_lead(page, 2, hits, {}, ("cue:share", "edge"))
    False
    >>> apart = page[:3] + [""] + page[3:]
    >>> labelled_lead(apart, 2, {2: 0, 4: 0, 6: 0, 8: 0}, {}, ("edge",))
    False
    """
    if any(x.startswith("cue:") or x == "menu" for x in signals):
        return False
    if i + 1 >= len(stripped) or frame(stripped[i]) is not None:
        return False
    label = frame(stripped[i + 1])
    if label is None or i + 1 not in hits or i + 1 in claimed:
        return False
    if any(frame(stripped[k]) == label for k in range(i) if k in hits):
        return False  # not the first label: a line between two sections
    labels = sum(
        1
        for k in range(i + 1, len(stripped))
        if k in hits and k not in claimed and frame(stripped[k]) == label
    )
    return labels >= MIN_LABELS


def framed_value(
    stripped: list[str],
    i: int,
    claimed: Mapping[int, object],
    signals: tuple[str, ...],
) -> bool:
    """Line ``i``, learned on the site with no cue word and no menu shape (``signals``),
    is the only line of a framed section of the text: glued right under a framed label
    nobody claimed (``〔适用馆区〕``), and the next line below it is a label in the same
    frame opening the next section.  The section's value, however many pages print the
    same words ('全部分馆' under each notice's scope): taken away, it would leave the
    label heading nothing.  A line with a cue word (a share prompt under ``〔分享〕``), a
    line apart from the label by a blank line, or two lines under it are not judged here.

    >>> page = ["〔开放时段〕", "9:00—17:00", "〔适用馆区〕", "全部分馆", "〔借阅须知〕",
    ...         "逾期请及时续借。"]
    >>> framed_value(page, 3, {}, ("edge",)), framed_value(page, 3, {2: 0}, ("edge",))
    (True, False)
    >>> framed_value(page, 3, {}, ("cue:share",))
    False
    >>> framed_value(page[:4] + ["逾期请及时续借。"], 3, {}, ("edge",))  # no next label
    False
    >>> framed_value(["〔馆区〕", "", "全部分馆", "〔须知〕"], 2, {}, ("edge",))  # apart
    False
    """
    if any(x.startswith("cue:") or x == "menu" for x in signals):
        return False
    if i < 1 or i - 1 in claimed or frame(stripped[i]) is not None:
        return False
    label = frame(stripped[i - 1])
    if label is None:
        return False
    down = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
    return down is not None and down not in claimed and frame(stripped[down]) == label
