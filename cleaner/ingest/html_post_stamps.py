"""A thread's post stamps: the line under (or over) each post that holds only its time.

A forum, Q&A or microblog thread prints every post with its time on a line of its own
(``2023-07-07 03:04``, ``3天前 回复``, ``2 hours ago``) in a box the page names freely
(``time-item``, ``comment-meta-mute``), so the post-meta class names
(``[[post_meta]]``) miss some of them.  Such a line is no text of the thread: it is the
post's meta, like the user line beside it.

:func:`post_stamps` names the kept lines that are stamps of a thread, by shape and
repetition, no vocabulary of the site:

* the line is a time stamp: a date with a time of day (``2023-07-07 03:04``,
  ``24-5-13 17:26``, ``2023年7月7日 03:04``) or a relative time (``3天前``,
  ``5 minutes ago``), and nothing else but a short label that is a link or button
  (``回复``, ``Reply``: at most :data:`LABEL_MAX_CHARS`).  A line with a plain word
  beside its time (``某网友　2021-05-21 15:16``) is an author line: a comment's user and
  time, which the boilerplate stage reads to find a reader comment thread
  (:mod:`cleaner.stages.comment_threads`), so it is left to it;
* there are at least :data:`MIN_STAMPS` of them, each after a line of text since the
  previous one: one stamp per post, interleaved with the posts.

A bare date (``2023-07-07``) is no stamp: a dated list or a chronicle's entries keep it.
A bare time of day (``10:32``) is none either: a live blog's entries open with it.  A
news article's one dateline is no thread.  The lines are dropped on the record
(``extract.post_meta``).
"""

from __future__ import annotations

import re

#: At least this many stamp lines, each after a line of text, make a thread's stamps.
MIN_STAMPS = 3
#: A stamp line may carry a label of at most this many characters beside its time
#: (``发布于``, ``回复``, ``Posted``).
LABEL_MAX_CHARS = 8
#: A longer line is text, whatever it starts with.
STAMP_MAX_CHARS = 60

_DATE = (
    r"(?:(?:19|20)?\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
_TIME = r"\d{1,2}\s*[:：点]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*分?(?:\s*[ap]\.?m\.?)?"
_UNITS_ZH = r"(?:秒|分钟|小时|天|日|周|星期|个月|月|年)"
_UNITS_EN = (
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?|[smhdwy])"
)
_RELATIVE = rf"(?:\d+\s*{_UNITS_ZH}前|\d+\s*{_UNITS_EN}\s+ago|(?:昨天|前天|今天)\s*{_TIME})"
#: A time stamp: a date with a time of day, or a relative time (for other recognisers).
STAMP_PATTERN = rf"(?i:{_DATE}\s*(?:[T ]\s*|星期.|周.)?\s*{_TIME}|{_RELATIVE})"
_STAMP = re.compile(STAMP_PATTERN)
_SEPARATORS = re.compile(r"[\s·•|｜/／,，:：()（）\[\]【】-]+")


def is_stamp(text: str, link_chars: int = 0) -> bool:
    """Whether ``text`` is a time stamp with at most a short label, which must be link
    text (the line holds at least ``link_chars`` characters of links).

    >>> is_stamp("2023-07-07 03:04"), is_stamp("3天前 回复", 2), is_stamp("24-5-13 17:26 回复", 2)
    (True, True, True)
    >>> is_stamp("2023-07-07"), is_stamp("10:32"), is_stamp("3天前我去了水库钓鱼，收获不错")
    (False, False, False)
    >>> is_stamp("某网友 2021-05-21 15:16")  # an author line: its name is no link
    False
    """
    found = list(_STAMP.finditer(text))
    if len(found) != 1:
        return False
    rest = _SEPARATORS.sub("", text[: found[0].start()] + text[found[0].end() :])
    return not rest or (
        len(rest) <= min(LABEL_MAX_CHARS, link_chars) and not any(c.isdigit() for c in rest)
    )


def post_stamps(
    texts: list[str], reasons: list[str | None], link_chars: list[int] | None = None
) -> list[int]:
    """The kept lines (``reasons[i] is None``) that are a thread's post stamps: every
    stamp line, once at least :data:`MIN_STAMPS` of them follow a line of text.
    ``link_chars``: the characters of link text in each line (none when not given)."""
    links = link_chars or [0] * len(texts)
    stamps: list[int] = []
    interleaved = 0
    text_since = False  # a kept line of text since the previous stamp
    for i, (t, r) in enumerate(zip(texts, reasons, strict=True)):
        if r is not None or not t.strip():
            continue
        if len(t) <= STAMP_MAX_CHARS and is_stamp(t, links[i]):
            stamps.append(i)
            interleaved += text_since
            text_since = False
        else:
            text_since = True
    return stamps if interleaved >= MIN_STAMPS else []
