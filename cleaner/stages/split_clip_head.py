"""A read-later app's export head over the piece it clipped.

A clipping exported from a read-later or notes app opens with the app's own head: the
piece's title behind the app's bracketed tag (``【某藏】标题``, ``[摘录] 标题``), then a few
rows of where and when it was clipped (the source, the address, the day it was saved),
often a ruler, and only then the clipped piece: its own title again, bare, with its own
byline rows.  The tagged line is no title (the tag is the app's word, not the writer's)
and the head's rows are the export's, not the piece's: its day is the day of saving, not
of writing.  :func:`clip_head` finds the bare copy of the tagged title among the lines
under it; the split stage takes every line above the clipped piece's block (the copy and the
unlabelled byline rows right over it) as the page's head, reads the head's rows for
what they say of the piece's source (never its date), and the copy is the title.
"""

from __future__ import annotations

import re

__all__ = ["CLIP_REACH", "clip_head", "clip_start", "named_source"]

#: The bare copy of the title stands within this many filled lines under the tagged one.
CLIP_REACH = 8
#: A head row is at most this long.
HEAD_ROW_MAX = 80
# a short bracketed tag of one script, then the title: '【某藏】标题', '[摘录] 标题'
_TAGGED = re.compile(
    r"^[【\[［〔](?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{2,10})[】\]］〕][ \t\u3000]*(?P<t>\S.*)$"
)
_SENTENCE_END = re.compile(r"[。！？!?]$")


def clip_head(filled: list[str]) -> int | None:
    """The place in ``filled`` (a page's first filled lines, stripped) of the bare copy of
    the tagged title that opens them, when the lines between are short rows (no
    sentence); else None.

    >>> clip_head(["【某藏】一条河的名字", "来源：某号", "存于：2021-03-09", "一条河的名字"])
    3
    >>> clip_head(["[Saved] A river's name", "From: somewhere", "A river's name", "Text."])
    2
    >>> clip_head(["【通知】关于放假的安排", "正文说起今年的安排，请遵照执行。", "关于放假的安排"])
    >>> clip_head(["【某藏】一条河的名字", "正文。"]), clip_head(["一条河的名字", "一条河的名字"])
    (None, None)
    """
    if not filled or (m := _TAGGED.match(filled[0])) is None:
        return None
    title = m["t"].strip()
    if len(title) < 4 or len(title) > HEAD_ROW_MAX:
        return None
    for k in range(1, min(len(filled), CLIP_REACH + 1)):
        s = filled[k]
        if s == title:
            return k
        if len(s) > HEAD_ROW_MAX or _SENTENCE_END.search(s):
            return None
    return None


def clip_start(filled: list[str], k: int) -> int:
    """The place in ``filled`` where the clipped piece's block starts over its title at
    ``k``: the head's rows are labelled (a label and its colon, a rule), the unlabelled
    rows right over the title (an account and a day) are the piece's byline and go with
    it, two at most.

    >>> top = ["【某藏】甲乙丙丁", "来源：某号", "存于：2021-03-09", "某号　2021-03-08", "甲乙丙丁"]
    >>> clip_start(top, 4)
    3
    >>> clip_start(["【某藏】甲乙丙丁", "来源：某号", "甲乙丙丁"], 2)
    2
    """
    j = k
    while j > 1 and k - j < 2 and not _LABELLED.search(filled[j - 1]):
        j -= 1
    return j


_LABELLED = re.compile(r"^[^：:]{1,12}[：:]|^[-─━=_—~·•*]{3,}$")


# a kind word of a channel, then the channel's name in quotes: '公众号「某号」', '微信公众号“某号”'
_NAMED = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:公众号|账号|帐号|频道|专栏|订阅号|服务号|小程序)[ \t\u3000]*"
    r"[「『“\"《](?P<n>[^」』”\"》]{1,30})[」』”\"》]$"
)


def named_source(value: str) -> str:
    """An origin named as a channel and its quoted name is the name (the channel's kind
    is no part of it); anything else as it is.

    >>> named_source("公众号「某号」"), named_source("微信公众号“某号”"), named_source("某日报")
    ('某号', '某号', '某日报')
    """
    m = _NAMED.match(value.strip())
    return m["n"].strip() if m else value
