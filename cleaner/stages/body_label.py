"""The label a site's template prints over every page's body: chrome, though a heading.

A listing or an episode page heads its free text with a fixed label set as an HTML heading
(``<h3>物品介绍</h3>``, ``<h2>本集节目单</h2>``): the same words on every page of the
site, right under the page's headline and its rows of facts, over the body's first
paragraph.  The site-repeat pass keeps the page's own headings however often the site
prints them (:func:`~cleaner.stages.repeat_keeps.own_heading`): a section heading of a
release note (``新增功能`` after the intro) repeats on every release and is its text.  The
template's label differs in where it stands and what it heads: nothing of the page's
prose lies above it (only the headline, rows of facts and chrome), a paragraph follows it
and no other heading of the page's own follows in the body, so it heads the whole text
and names nothing the page itself says.  :func:`body_label` tells it; the pass claims it.

A section heading over the first of several sections (another own heading below it) stays,
as does a heading with prose above it, one the site does not print word for word on most
of its pages, and one that reads as a sentence.

A Q&A site sets the same kind of label as a plain line between a post's byline row and
the post it labels (``提问者：某某　2021-03-10`` over ``精选回答`` over the answer's first
paragraph): the asker's byline closes the question, the label opens the answer, and the
label names nothing the answer says.  :func:`byline_label` tells it, wherever it stands
on the page (the question's own text lies above the byline): a short label the site
prints word for word on most of its pages, a byline row right above it (a post's row of
``role：name`` and a date, or a forum's floor row, :func:`~cleaner.stages.post_bylines.byline_row`)
and a paragraph of prose right under it.  A label under a plain row of facts stays (the
column heads of a table under a record's dated row), as does one over a list or a row,
and one the keep table protects (a numbered section heading).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import TYPE_CHECKING

from cleaner.stages.foot_lines import prose
from cleaner.stages.post_bylines import byline_row

# A sentence mark or a field's colon: no label holds one.
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _CLAUSE

if TYPE_CHECKING:
    from cleaner.stages.site_judge import LearnedLine

#: The site prints the label word for word on at least this share (0-100) of its pages.
MIN_SUPPORT = 80.0
#: A label under a byline row: the site prints it on at least this share of its pages.
BYLINE_LABEL_SUPPORT = 50.0
#: A label is at most this long.
MAX_LABEL_CHARS = 24
#: A sentence of the page's text: a Chinese clause mark in it, or a sentence's end.
_SENTENCE = re.compile(r"[。！？；，]|[.!?]$|, ")


def _sentence(s: str) -> bool:
    """A line of the page's text above the label (a row of facts or the page's ``<title>``
    holds no clause mark and ends no sentence).

    >>> _sentence("售价：80元　成色：九成新"), _sentence("二手书架 - 某某同城网站")
    (False, False)
    >>> _sentence("书架很结实，只是旧了一点"), _sentence("It still works fine.")
    (True, True)
    """
    return bool(_SENTENCE.search(s.strip()))


def body_label(
    stripped: list[str],
    i: int,
    hit: LearnedLine,
    headings: tuple[str, ...],
    headline: tuple[str, ...],
    claimed: Container[int],
    chrome_heading: Callable[[str], bool],
) -> bool:
    """Line ``i`` (a declared heading the site repeats, ``hit``) is the template's label
    over the page's whole body: no prose above it, a paragraph right under it, no other
    heading of the page's own below it (``chrome_heading`` tells the site's own: a
    comments or related-links heading).

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> hit = LearnedLine("物品介绍", "line", "line", 8, 100.0, ("物品介绍",), 0.5, ("short",))
    >>> body = "这台旧书架用了三年，搬家带不走，所以便宜转给需要的人，自提优先。"
    >>> page = ["旧书架转让", "售价：80元", "物品介绍", body, "留言（2）"]
    >>> heads = ("旧书架转让", "物品介绍", "留言（2）")
    >>> body_label(page, 2, hit, heads, ("旧书架转让",), {}, lambda s: s.startswith("留言"))
    True
    >>> two = ["旧书架转让", "物品介绍", body, "交易说明", body]
    >>> body_label(two, 1, hit, (*heads, "交易说明"), ("旧书架转让",), {}, lambda s: False)
    False
    >>> late = ["旧书架转让", body, "物品介绍", body]
    >>> body_label(late, 2, hit, heads, ("旧书架转让",), {}, lambda s: False)
    False
    """
    s = stripped[i]
    if (
        hit.kind != "line"
        or hit.scope != "line"
        or hit.support < MIN_SUPPORT
        or s not in headings
        or s in headline
        or len(s) > MAX_LABEL_CHARS
        or _CLAUSE.search(s)
    ):
        return False
    if any(stripped[k] and k not in claimed and _sentence(stripped[k]) for k in range(i)):
        return False  # the page's own text above it: a section heading inside the body
    below = [k for k in range(i + 1, len(stripped)) if stripped[k] and k not in claimed]
    if not below or not prose(stripped[below[0]]):
        return False
    return not any(
        stripped[k] in headings and stripped[k] not in headline and not chrome_heading(stripped[k])
        for k in below
    )


def byline_label(
    stripped: list[str], i: int, hit: LearnedLine, kept: Callable[[str], bool] = lambda s: False
) -> bool:
    """Line ``i`` (a line the site repeats, ``hit``) is the label between a post's byline
    row and the post: a short label of no clause, printed word for word on at least
    BYLINE_LABEL_SUPPORT of the site's pages, a byline row the line right above it and a line of
    prose right under it; never a line ``kept`` protects.

    >>> from cleaner.stages.site_judge import LearnedLine
    >>> hit = LearnedLine("精选回答", "line", "line", 8, 100.0, ("精选回答",), 0.5, ("short",))
    >>> ask = "提问者：某甲　2021-03-10 08:30"
    >>> body = "先把表面擦干净，再用软布慢慢抛光，效果会好很多，前后十分钟。"
    >>> byline_label(["旧桌子怎么翻新？", ask, "精选回答", body], 2, hit)
    True
    >>> byline_label(["旧桌子怎么翻新？", "更新于 2021-03-10", "精选回答", body], 2, hit)
    False
    >>> byline_label(["旧桌子怎么翻新？", ask, "精选回答", "品名　单价"], 2, hit)
    False
    >>> rare = LearnedLine("精选回答", "line", "line", 3, 37.5, ("精选回答",), 0.5, ("short",))
    >>> byline_label(["旧桌子怎么翻新？", ask, "精选回答", body], 2, rare)
    False
    """
    s = stripped[i]
    if (
        hit.kind != "line"
        or hit.scope != "line"
        or hit.support < BYLINE_LABEL_SUPPORT
        or len(s) > MAX_LABEL_CHARS
        or _CLAUSE.search(s)
        or kept(s)
    ):
        return False
    above = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    below = next((k for k in range(i + 1, len(stripped)) if stripped[k]), None)
    if above is None or below is None or not byline_row(stripped[above]):
        return False
    return prose(stripped[below]) and not byline_row(stripped[below])
