"""The user names a page links inside its text: a reply's addressee, a mention.

A forum reply opens with the name of the post it answers, linked, and a space
(``<a class="PostMention">某某</a> 测试了…``); a comment names another reader
(``谢谢 <a href="/u/某某">某某</a> 的回复``).  In the text the space stands between two
Han characters, and the cjk_space repair deletes such spaces as stray ones: the name
would be glued to the reply.  :func:`mention_names` finds the names: links marked as a
user's or a mention (the link's class or attribute names say ``mention``, ``user``,
``author``, ``member``, ``nick``; the address is a profile's, ``/u/…``, ``/user/…``,
``/@…``; or the text opens with ``@``) that stand inline, a space between them and the
text beside them, and open or close with a Han character (the repair joins only Han to
Han).  The reader hands them on (``html_mentions``); the repair stage keeps
the spaces around them (:mod:`cleaner.stages.mention_gaps`).  Issue 12, real pages.
"""

from __future__ import annotations

import re
from typing import Any

#: A name is at most this long (a display name; a sentence is no name).
NAME_MAX_CHARS = 24
#: Names handed on per page at most.
MAX_NAMES = 200
_USER_MARK = re.compile(r"(?i)mention|user|author|member|nick|profile")
_USER_HREF = re.compile(
    r"(?i)(?:^|/)(?:u|user|users|member|members|people|profile|space)/[^/?#]+/?(?:$|[?#])"
    r"|(?:^|/)@[^/?#]+/?$|[?&](?:uid|userid|user_id)="
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NOT_NAME = re.compile(r"[。，、；！？!?,;：:\n（）()《》\"“”]")


def _inline(node: Any, *, after: bool) -> bool:
    """The sibling text on one side of ``node`` is parted from it by whitespace and holds
    text of its own."""
    sib = node.next_sibling if after else node.previous_sibling
    if not isinstance(sib, str) or not sib.strip():
        return False
    return sib[:1].isspace() if after else sib[-1:].isspace()


def _user_link(a: Any, text: str) -> bool:
    if text[:1] in "@＠":
        return True
    marks = " ".join(a.get_attribute_list("class") or []) + " " + " ".join(a.attrs)
    if _USER_MARK.search(marks):
        return True
    return bool(_USER_HREF.search(str(a.get("href") or "")))


def mention_names(root: Any) -> list[str]:
    """The texts of the user links inline in ``root``'s text (module doc), each once.

    >>> from bs4 import BeautifulSoup
    >>> html = ('<p><a class="PostMention" href="/d/7/2">林间鹿</a> 试过了，能用。</p>'
    ...         '<p>谢谢 <a href="/u/小北">小北</a> 的提醒</p>'
    ...         '<p><a href="/tag/茶">茶叶</a> 相关的帖子</p><div><a class="user">某甲</a></div>')
    >>> mention_names(BeautifulSoup(html, "lxml"))
    ['林间鹿', '小北']
    """
    out: dict[str, None] = {}
    for a in root.find_all("a"):
        if not (_inline(a, after=True) or _inline(a, after=False)):
            continue
        text = " ".join(a.get_text(" ").split())
        if not 2 <= len(text) <= NAME_MAX_CHARS or _NOT_NAME.search(text):
            continue
        if not (_HAN.match(text[0]) or _HAN.match(text[-1])):
            continue  # the repair joins only Han to Han: a Latin name's space is safe
        if _user_link(a, text):
            out[text] = None
            if len(out) >= MAX_NAMES:
                break
    return list(out)
