"""Signs that a comment-named section under a text holds a forum thread's replies.

:mod:`cleaner.ingest.html_comment_foot` drops a readers' comment section below an
article, and a forum thread with its first post is built the same way: a post, then a
``<div id="comments">`` of short posts each under a user line.  When the first post has
no named author card nothing else tells them apart, so :func:`thread_sign` looks at the
shape of the page for a thread's marks (any one keeps the section: unsure, kept, and the
caller records the sign as the page's ``thread_replies`` meta):

* ``floors``: the posts are numbered as floors of one thread: at least two distinct
  floor numbers on short lines of the section (``#2``, ``3楼``, ``4F``, ``第5楼``, or a
  floor's name ``[[reader_comments]] floor_words``, 沙发 for the second), and the count
  starts past 1 (the first post is floor 1) or a line above the section is floor 1.  A
  blog numbering its comments from ``#1`` is no thread by this sign;
* ``question``: the page title asks (ends in a question mark) and the text above is
  short (under :data:`QUESTION_MAX_CHARS`): the section holds the answers;
* ``opener``: the text above is short and a name on one of its lines (the opener's
  user line) is the user name of one of the section's posts, besides two other users
  (the opener replying in a conversation of several).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.ingest.html_elements import default_rules

__all__ = ["QUESTION_MAX_CHARS", "floor_of", "thread_sign"]

#: The text above a question's answers, or the first post of a conversation, is short.
QUESTION_MAX_CHARS = 500
#: A floor number sits on a short line (a post's user or time line).
FLOOR_LINE_MAX_CHARS = 60
_FLOOR = re.compile(r"#(\d{1,5})(?!\S)|(?<!\d)(\d{1,5}) ?(?:[楼樓]|F(?![A-Za-z0-9]))")
_ASKS = ("?", "？")
#: A page title's parts: "Headline - Site", "Headline_Site", "Headline | Site".
TITLE_PARTS = re.compile(r"\s[-–—|]\s|[_|｜]")
_NAME = re.compile(r"[^\s|·•:：,，]{3,}")


def floor_of(text: str) -> int | None:
    """The floor number a short line carries, else ``None``.

    >>> floor_of("kettlebird 2026-03-02 #3"), floor_of("5楼 回复"), floor_of("沙发")
    (3, 5, 2)
    >>> floor_of("tinroof2026-03-03 10:13#4"), floor_of("第12楼"), floor_of("reader 3F")
    (4, 12, 3)
    >>> floor_of("see page 3"), floor_of("x" * 70 + " #3"), floor_of("tag #3a")
    (None, None, None)
    """
    s = text.strip()
    if len(s) > FLOOR_LINE_MAX_CHARS:
        return None
    for word, floor in default_rules().floor_words:
        if s == word:
            return floor
    m = _FLOOR.search(s)
    if m is None:
        return None
    return int(m.group(1) or m.group(2))


def thread_sign(
    section: Sequence[str],
    above: Sequence[str],
    users: Sequence[str],
    title: str | None,
) -> str | None:
    """The sign that ``section`` (the texts of all its lines) holds a thread's replies to
    the text ``above`` (its kept lines), or ``None``; ``users`` are the section's user
    lines (post meta).  See the module doc."""
    floors = {f for t in section if (f := floor_of(t)) is not None}
    if len(floors) >= 2 and (min(floors) > 1 or any(floor_of(t) == 1 for t in above)):
        return "floors"
    short = sum(len(t) for t in above) < QUESTION_MAX_CHARS
    if short and title and any(p.strip().endswith(_ASKS) for p in TITLE_PARTS.split(title)):
        return "question"
    if short and users:
        # a user line's first word with a letter in it (not its date or floor)
        names = [n for u in users if (n := _name(u))]
        if len(set(names)) >= 3:
            head = {w for t in above for w in _NAME.findall(t) if _has_letter(w)}
            if head.intersection(names):
                return "opener"
    return None


def _has_letter(word: str) -> bool:
    return any(c.isalpha() for c in word)


def _name(user_line: str) -> str | None:
    """The first word of a user line that has a letter in it (its user's name).

    >>> _name("2025-11-02 08:31 lantern88 #3"), _name("12:40")
    ('lantern88', None)
    """
    return next((w for w in _NAME.findall(user_line) if _has_letter(w)), None)
