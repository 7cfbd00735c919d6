"""A post quoted inside another post's chrome part, for :mod:`cleaner.ingest.html_layout`.

Forum software shows a thread's chosen answer, or the post a reply quotes, as a copy of
that post inside another post's ``<footer>`` (or ``<aside>``, ``<header>``): Flarum's
best-answer box under a question, a reply's "in reply to" preview.  Those tags are site
chrome by definition (``[skip_tags] chrome`` of ``rules/html_extract.toml``), so the copy
was dropped whole with the buttons around it: when the quoted post is not printed
elsewhere on the page (a thread cut into pages, an answer whose own floor is on another
page), its text is lost without a trace.

:func:`quoted_post` tells such a copy from the part's chrome by structure alone: inside
a post (an open block named as a comment, ``[[comments]]``), inside a sectioning chrome
tag (:data:`POST_PARTS`, never a nav bar or a form control), a block itself named as a
comment, and not as post meta or chrome (a comment's ``comment-author`` or
``comment-meta`` line is the comment's byline), that carries a post's worth of text
(:data:`MIN_QUOTED_CHARS`, links left out).
Its lines are then laid out as content; its own header, user card and buttons stay
chrome or post meta by their names, as in any post.  A comment's footer holding only a
reply button, a count or a user line (short, or all links) stays skipped, and so does a
footer of a page or of a news article (no post around it).
"""

from __future__ import annotations

from typing import Any

from cleaner.ingest.html_elements import Rules, _chrome_named

__all__ = ["MIN_QUOTED_CHARS", "POST_PARTS", "quoted_post"]

#: The skip tags that may hold a quoted post: a post's own parts.
POST_PARTS = frozenset({"footer", "aside", "header"})
#: The quoted block carries at least this many characters outside links (a sentence: a
#: reply button, a "3 replies" count or a user name is shorter).
MIN_QUOTED_CHARS = 20


def _own_chars(node: Any) -> int:
    """Characters of ``node``'s text outside links, spaces left out."""
    from bs4 import NavigableString, Tag

    n = 0
    for s in node.descendants:
        if isinstance(s, NavigableString) and type(s) is NavigableString:
            up = s.parent
            linked = False
            while up is not None and up is not node:
                if isinstance(up, Tag) and up.name in ("a", "script", "style", "button"):
                    linked = True
                    break
                up = up.parent
            if not linked:
                n += len("".join(str(s).split()))
                if n >= MIN_QUOTED_CHARS:
                    return n
    return n


def quoted_post(node: Any, skips: list[str], rules: Rules, *, in_post: bool) -> bool:
    """Whether ``node``, laid out inside the skip tags ``skips`` (outermost first), is a
    post quoted in a post's chrome part (module doc): every open skip tag a post part,
    inside a post (``in_post``), itself named as a comment (not as post meta nor chrome),
    with a post's worth of text.

    >>> from bs4 import BeautifulSoup
    >>> from cleaner.ingest.html_elements import default_rules
    >>> rules = default_rules()
    >>> def el(html):
    ...     return BeautifulSoup(html, "lxml").div
    >>> quote = el("<div class=comment><p>引用的回答有二十多个汉字，是真正的帖子内容。</p></div>")
    >>> quoted_post(quote, ["footer"], rules, in_post=True)
    True
    >>> quoted_post(quote, ["nav"], rules, in_post=True)
    False
    >>> quoted_post(quote, ["footer"], rules, in_post=False)
    False
    >>> button = el('<div class="reply"><a href="#">回复 (3)</a></div>')
    >>> quoted_post(button, ["footer"], rules, in_post=True)
    False
    >>> byline = el("<div class='comment-author'>Bartholomew Richardson-Smythe says:</div>")
    >>> quoted_post(byline, ["footer"], rules, in_post=True)
    False
    """
    if not (skips and in_post) or any(t not in POST_PARTS for t in skips):
        return False
    attrs = node.attrs
    if not rules.comment_tokens or not _chrome_named(attrs, rules.comment_tokens, roles=False):
        return False
    if _chrome_named(attrs, rules.meta_tokens, roles=False) or _chrome_named(
        attrs, rules.chrome_tokens
    ):
        return False
    return _own_chars(node) >= MIN_QUOTED_CHARS
