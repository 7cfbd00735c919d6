"""A thread's post tails: the short row under each post that holds only its meta.

A forum prints under every post a row of its meta: the client it was sent from, its floor
number, its time, the buttons to reply or report, where the poster's IP is
(``来自某某客户端 3楼 2021-04-01 10:20 回复``, ``#12 · Reply · Quote``, ``IP属地：某地``,
``收起回复``).  The post-meta class names (``[[post_meta]]``) miss it when the page names
its box freely, and the post stamps (:mod:`cleaner.ingest.html_post_stamps`) miss it when
the row holds more than a time.  Such a row is no text of the thread.

:func:`post_tails` names the kept lines that are tails of a thread, by shape and
repetition; the words a row may be made of are data (``rules/post_tails.toml``):

* the line is short (at most :data:`TAIL_MAX_CHARS`) and made of nothing but pieces of a
  tail: a time stamp (:data:`cleaner.ingest.html_post_stamps`' shape), a floor number
  (``3楼``, ``#12``), an action button named whole (``回复``, ``Reply``), a label with
  its short value (``IP属地：某地``, ``来自某某客户端``) and separators;
* it holds a floor number or a label, or an action beside a time or another action: a
  bare time is a post stamp's, a bare date a post's own text (a post may be only
  ``2024年1月1日``), a lone action word a short reply's (``赞``) unless it is right under
  a tail row (``收起回复``);
* there are at least :data:`MIN_TAILS` of them, each after a line of text since the
  previous one: one tail per post, interleaved with the posts.

A line with any other word (``回复一下楼上：明天10:00见``) is text and stays.  The lines
are dropped on the record (``extract.post_meta``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.ingest.html_post_stamps import STAMP_PATTERN
from cleaner.rules import load_table

#: At least this many tail rows, each after a line of text, make a thread's tails.
MIN_TAILS = 3
#: A longer line is text, whatever it is made of.
TAIL_MAX_CHARS = 60

_STAMP = re.compile(STAMP_PATTERN)
_SEPARATORS = re.compile(r"[\s·•|｜/／,，:：()（）\[\]【】\-—]+")


@lru_cache(maxsize=1)
def _pieces() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the pieces that make a row a tail: floor or label; an action; any piece)."""
    data = load_table("post_tails")["post_tail"]
    actions = sorted(data["actions"], key=len, reverse=True)
    words = "|".join(re.escape(a) for a in actions)
    # an action word is whole: not a letter of a longer Latin word
    action = rf"(?i:(?<![A-Za-z])(?:{words})(?![A-Za-z]))"
    labels = "|".join(f"(?:{p})" for p in data["labelled"])
    marks = rf"(?:{data['floor']}|{labels})"
    return re.compile(marks), re.compile(action), re.compile(rf"{STAMP_PATTERN}|{marks}|{action}")


def _kind(text: str) -> str | None:
    """``"tail"``: made of a tail's pieces only, a floor number or label among them, or an
    action beside a time or another action; ``"actions"``: one action alone (``收起回复``,
    which is also a short reply's whole text: ``赞``); None: text."""
    if not text.strip() or len(text) > TAIL_MAX_CHARS:
        return None
    marks, action, any_piece = _pieces()
    if _SEPARATORS.sub("", any_piece.sub(" ", text)):
        return None
    if marks.search(text):
        return "tail"
    acts = len(action.findall(text))
    if acts >= 2 or (acts and _STAMP.search(text)):
        return "tail"
    return "actions" if acts else None


def is_tail(text: str) -> bool:
    """Whether ``text`` is made of a post tail's pieces only: a floor number or a label
    among them, or an action beside a time or another action.

    >>> is_tail("来自某某客户端 5楼 2022-01-02 10:20 回复"), is_tail("#4 Reply Quote")
    (True, True)
    >>> is_tail("2022-01-02 10:20"), is_tail("2024年1月1日"), is_tail("回复楼上：明天10:00见")
    (False, False, False)
    >>> is_tail("赞")  # alone, a tail only right under another (post_tails)
    False
    """
    return _kind(text) == "tail"


def _shared(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How many block elements (outermost first) two lines share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def post_tails(
    texts: list[str], reasons: list[str | None], owners: list[tuple[int, ...]] | None = None
) -> list[int]:
    """The kept lines (``reasons[i] is None``) that are a thread's post tails: every tail
    row, once at least :data:`MIN_TAILS` of them follow a line of text, and a lone action
    right under a tail row (``收起回复``; that row may be dropped already) that is as close
    to it in the page as the tail is to its post: a lone ``赞`` in the next post's box is
    that post's text.  ``owners``: the ids of each line's block elements, outermost first
    (without them no lone action is a tail)."""
    tails: list[int] = []
    interleaved = 0
    text_since = False  # a kept line of text since the previous tail
    tail = -1  # the previous line when it is a tail row, else -1
    post = -1  # the last kept line of text
    post_of_tail = -1  # the post's line above that tail row
    for i, (t, r) in enumerate(zip(texts, reasons, strict=True)):
        if not t.strip():
            continue
        kind = _kind(t)
        if r is not None:  # dropped already (a tail in a box named as chrome or meta)
            tail, post_of_tail = (i, post) if kind == "tail" else (-1, -1)
            continue
        if kind == "actions" and tail >= 0 and owners and post_of_tail >= 0:
            near = _shared(owners[i], owners[tail]) >= _shared(owners[tail], owners[post_of_tail])
            kind = "tail" if near else None
        if kind == "tail":
            tails.append(i)
            interleaved += text_since
            text_since = False
            tail, post_of_tail = i, post
        else:
            text_since = True
            tail, post_of_tail, post = -1, -1, i
    return tails if interleaved >= MIN_TAILS else []
