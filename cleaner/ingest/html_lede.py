"""An article's standfirst inside its own header box is content.

News templates set the headline and a one- or two-sentence summary of the story (the
lede, standfirst or teaser) in the article's own header box, beside its byline, date and
share bar (``<article><header class="article-header"><h1>…</h1><p class="lead">…</p>
<div class="byline">…</div></header>``).  The box is named by a chrome word
(``header``) that says where it sits, so its lines would all be dropped as chrome.

:func:`lede` picks out the paragraph a reader reads as the story's lede: inside the
page's ``<article>`` or ``<main>``, a leaf paragraph (no block inside it) that is
sentence-shaped (:func:`sentence_shaped`: at least :data:`LEDE_MIN_WEIGHT` of text
outside links, links under a quarter, ending on a sentence mark) and stands in a header
box (a ``<header>``, or an element named by the header words
``[headline_box] words`` of ``rules/html_extract.toml``; or, for a paragraph so named
itself, ``article-header__lead``, the block it stands in) that holds the page's headline
(:func:`~cleaner.ingest.html_headed.headline`) above it, with no other heading between
them: a teaser box of other stories below the headline has headings of its own.  Every
chrome-named element around it (and the paragraph itself) must be named by header words
only: a share bar, a tag list, a related box keep their own names and stay chrome, and
so do a byline and a date (post meta, short, no sentence mark).  A site's header (outside
the article, a skip tag) and its slogan are never looked at.  The headline is left as
it was: kept with a box :mod:`~cleaner.ingest.html_headed` keeps, else the page's title;
kept here, it would pull the byline rows around it into the chosen container.
"""

from __future__ import annotations

import re
from typing import Any

from cleaner.ingest.html_headed import chrome_words
from cleaner.ingest.html_headline import is_headline_element

__all__ = ["LEDE_MIN_WEIGHT", "lede", "sentence_shaped"]

#: A lede holds at least this weight of text outside links (a Han character counts 3).
LEDE_MIN_WEIGHT = 48
_BLOCKS = (
    "p div section article main header footer aside nav ul ol li dl table blockquote "
    "figure h1 h2 h3 h4 h5 h6 form"
).split()
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: The text ends on a sentence mark, maybe behind a closing quote or bracket.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»«)）」』]*\s*$")


def _weight(s: str) -> int:
    han = len(_HAN.findall(s))
    return len(s) - han + 3 * han


def sentence_shaped(node: Any) -> bool:
    """Whether ``node``'s text reads as a sentence or two of prose.

    >>> from bs4 import BeautifulSoup
    >>> p = BeautifulSoup("<p>A firm from the valley has cut the heat its boilers use.</p>",
    ...                   "html.parser").p
    >>> sentence_shaped(p)
    True
    >>> sentence_shaped(BeautifulSoup("<p>By Ann Lee | 2 May 2024, 10:15</p>", "html.parser").p)
    False
    >>> zh = "<p>某市一家企业改进了工艺，能耗降低三成。</p>"
    >>> sentence_shaped(BeautifulSoup(zh, "html.parser").p)
    True
    """
    text = node.get_text(" ", strip=True)
    links = sum(len(a.get_text(" ", strip=True)) for a in node.find_all("a"))
    if 4 * links >= len(text) or _weight(text) - links < LEDE_MIN_WEIGHT:
        return False
    return bool(_SENTENCE_END.search(text))


def _box(node: Any, words: frozenset[str], tokens: frozenset[str]) -> Any:
    """The nearest header box around ``node`` (a ``<header>`` or an element named by
    header ``words``) below the article or main element; None when none."""
    for up in node.parents:
        if up.name in ("article", "main", "body", "html") or up.name is None:
            return None
        if up.name == "header" or (chrome_words(up.attrs, tokens) & words):
            return up
    return None


def lede(
    node: Any,
    chrome: list[Any],
    words: frozenset[str],
    tokens: frozenset[str],
    title: str,
) -> bool:
    """Whether ``node`` is the lede of the article whose header box holds it (see the
    module); ``chrome``: the chrome-named elements open around it (and ``node`` itself
    when it is named so), ``words``: the header words, ``tokens``: all chrome words,
    ``title``: the page's folded title (:func:`~cleaner.ingest.html_headed.page_title`)."""
    if not words or node.name not in ("p", "div") or node.find(_BLOCKS) is not None:
        return False
    for el in chrome:
        own = chrome_words(el.attrs, tokens)
        if el.attrs.get("role") or not own or not own <= words:
            return False
    if not sentence_shaped(node):
        return False
    box = _box(node, words, tokens)
    if box is None and chrome_words(node.attrs, tokens) & words:
        box = node.parent  # 'article-header__lead' beside its headline
    if box is None or not any(up.name in ("article", "main") for up in (box, *box.parents)):
        return False
    above = [id(up) for up in box.parents]
    if any(id(el) in above for el in chrome):
        return False  # a chrome element around the box: the box is not the article's own
    head = box.find("h1") or box.find(("h2", "h3"))
    if head is None or not is_headline_element(head, title):
        return False
    for el in head.find_all_next(True):
        if el is node:
            return True
        if el.name in _HEADINGS:
            return False  # a heading between: some other story's teaser
    return False
