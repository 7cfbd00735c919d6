"""A person's value that names the body the person works for and the post held there
before the name (``某某省交通运输厅厅长　某某某``, ``某区图书馆馆长某某``).

A credit row (``发布人：``, ``主讲人：``, ``作者：``) often writes who the person is in full:
the body, the post, the name.  The name is the person (the ``author``); the body is where
the piece comes from, its ``origin``.  Read only when the parts have their shapes: the
body an organisation's name (:func:`~cleaner.stages.split_cell_marks.is_org`), the post a
short word closed by an office's or an occupation's ending (``[names]
person_value_ends`` of ``rules/person_names.toml``: ``长``, ``主任``, ``教授`` …), the
name a person's (:func:`~cleaner.stages.person_names.person_name`), after a gap or glued
to the post.  Any other value is left as its reader gave it.
"""

from __future__ import annotations

import re
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.person_names import person_name
from cleaner.stages.split_cell_marks import is_org

__all__ = ["post_holder"]

#: A post is at most this long ('副厅长', '常务副主任', '党委书记').
POST_MAX_CHARS = 5
#: ... and two letters at least: one letter after a body's ending ('某厅' + '长') is read
#: as the body's own name going on ('某某局局' is no body).
POST_MIN_CHARS = 2
_GAP = re.compile(r"[ \t\u3000]+")
_HAN = re.compile(r"^[\u4e00-\u9fff（）()·]+$")


@cache
def _post_ends() -> tuple[str, ...]:
    return tuple(load_table("person_names")["names"]["person_value_ends"])


def _body_post(head: str) -> str | None:
    """The body of ``head`` written as a body and a post ('某厅副厅长' → '某厅'), or None:
    the longest body leaving a post of :data:`POST_MIN_CHARS` to :data:`POST_MAX_CHARS`
    letters closed by an office's ending."""
    if not _HAN.match(head):
        return None
    for cut in range(len(head) - POST_MIN_CHARS, 1, -1):
        post = head[cut:]
        if len(post) > POST_MAX_CHARS:
            break
        if post.endswith(_post_ends()) and is_org(head[:cut]):
            return head[:cut]
    return None


def post_holder(value: str) -> tuple[str, str] | None:
    """``(name, body)`` of a value naming a person by body, post and name, or None.

    >>> post_holder("某某省交通运输厅厅长　孟某川")
    ('孟某川', '某某省交通运输厅')
    >>> post_holder("某某省应急管理厅副厅长 宋某言")
    ('宋某言', '某某省应急管理厅')
    >>> post_holder("某某市住房和城乡建设局局长严某明")
    ('严某明', '某某市住房和城乡建设局')
    >>> post_holder("某区图书馆馆长　林某")
    ('林某', '某区图书馆')

    A name alone, a body alone, a post with no body or a body's own words stay:

    >>> post_holder("孟某川"), post_holder("某某省交通运输厅"), post_holder("厅长　孟某川")
    (None, None, None)
    >>> post_holder("某某省交通运输厅综合规划处")
    """
    value = value.strip()
    parts = _GAP.split(value)
    if len(parts) == 2:
        head, name = parts
        candidates = [(head, name)]
    elif len(parts) == 1:
        candidates = [(value[:-n], value[-n:]) for n in (3, 2) if len(value) > n + 3]
    else:
        return None
    for head, name in candidates:
        if not person_name(name):
            continue
        body = _body_post(head)
        if body is not None:
            return name, body
    return None
