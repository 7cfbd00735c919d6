"""Laying an HTML page out as lines, the units :mod:`cleaner.ingest.html` weighs to
choose the main content.

The page (parsed by beautifulsoup4 with lxml) is laid out as lines: one per heading,
paragraph, list item or table row (cells joined by a tab).  Each line carries what the
choice needs: its characters and how many of them are link text, the block elements that
own it (outermost first), the elements named as site chrome or post meta around it, and
whether it is a heading, inside a skip tag, a form or a hidden block.  The line is the
text block of BTE/boilerpipe (Finn et al. 2001; Kohlschütter et al. 2010), whose two
shallow features, text length and link density, are what the weighing uses
(:func:`_weight_len` counts a Han character :data:`HAN_WEIGHT` times).

Tags that never hold text a reader sees (scripts, styles, ``head``, comments; the
``code`` group of ``rules/html_extract.toml`` ``[skip_tags]``) are not laid out; hidden
elements (``display:none``, ``hidden``) are not either, except a block hidden by
``visibility:hidden`` / ``opacity:0``, which a script reveals (its lines carry the block's
id, for the ``hidden_container`` fallback).  Site chrome by tag (``nav``, ``header``,
``footer``, ``aside``, form controls) is laid out, so it is part of what a reader sees,
but its lines are marked ``skip``.  A ``<header>`` inside ``<article>`` or ``<main>`` is
the article's own header (its ARIA role is not ``banner``), so its headline is content;
a post quoted inside a post's ``<footer>`` (a thread's best answer) is content too
(:mod:`cleaner.ingest.html_quoted`).
Elements whose class/id names site chrome (``[[chrome]]``), post meta (``[[post_meta]]``,
only when small: :data:`META_MAX_CHARS`, and not when every post's text box carries the
name: :func:`repeated_items`) or a comment section (``[[comments]]``) are
recorded on their lines and blocks, with each block's shape (tag and class names) that
tells the posts of a thread apart from their container.  A link whose text names a file
(``[[attachments]]``) is an attachment: its text is not counted as link text.

What each element is, read from its tag and attributes alone (hidden, chrome-named, a
control, an attachment, an @mention …), is :mod:`cleaner.ingest.html_elements`'s, with the
rule table (:func:`~cleaner.ingest.html_elements.default_rules`); this module walks the
tree and records it on the lines.

The walk is iterative, so a page nested 100,000 levels deep does not hit Python's
recursion limit; a page lxml/bs4 cannot parse at all is read by :func:`_flat_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from cleaner.ingest.html_elements import (
    Rules,
)

#: Elements that end a line of text.
BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tfoot "
    "tr blockquote pre figure figcaption address center hr body html details summary "
    "caption fieldset legend form header footer nav aside menu dialog".split()
)
CELL_TAGS = frozenset(("td", "th"))
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
#: Elements within which a ``<header>`` is the section's own header, not the site banner.
SECTIONING = frozenset(("article", "main"))
#: Block depth beyond which nesting adds no new candidate containers (pathological pages).
MAX_TRACKED_DEPTH = 400
#: Weight of one Han character against one Latin letter: a Chinese character carries
#: about a word's worth (an English word is ~5 letters + space); measured on the
#: magic-html forum pages, where short replies ("元旦快乐！") are content.
HAN_WEIGHT = 3
#: A post-meta-named element with more text than this is a wrapper, not meta data.
META_MAX_CHARS = 80
#: Elements of one shape named as a role (chrome or post meta) are the page's own items
#: (:func:`repeated_items`) when at least this many of them together hold more than
#: :data:`REPEATED_MIN_SHARE` of the page's text.
REPEATED_MIN_ITEMS = 3
REPEATED_MIN_SHARE = 0.5
#: Link density above which a line is a list of links (menus, tag lists, related posts).
MAX_LINK_DENSITY = 0.5
#: A page control (a ``javascript:`` or ``#`` link, an ``onclick`` element, a button
#: role, an element named as a page tool in ``[[controls]]``) holds at most this much
#: text: ``[打印]``, ``调整字体``, ``顶 67``, ``Print``; a bigger one is a wrapper.
CONTROL_MAX_CHARS = 24

#: HTML white space that collapses (CSS ``white-space: normal``): ASCII space, tab and line
#: breaks and the other Unicode spaces, but never the ideographic space U+3000, which a
#: browser renders as is and Chinese pages type on purpose as a field separator
#: (``2021-03-09 10:20　来源：X``), as the text readers see it.
_WS = re.compile(r"[^\S\u3000]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(slots=True)
class _Line:
    parts: list[str]
    chars: int = 0
    link_chars: int = 0
    meta_chars: int = 0  # characters inside (small) post-meta elements: user info, actions
    meta_runs: list[tuple[int, int]] = field(default_factory=list)  # (meta element, chars)
    control_chars: int = 0  # characters inside small page controls (:func:`_is_control`)
    control_runs: list[tuple[int, int]] = field(default_factory=list)  # (control, chars)
    owners: tuple[int, ...] = ()  # ids of the block elements containing the line, outermost first
    chrome: tuple[int, ...] = ()  # ids of chrome-named elements containing it
    heading: bool = False
    cells: bool = False
    skip: bool = False  # inside a skip tag (nav, footer, form control …)
    form: int = 0  # id of the outermost <form> holding it, 0 outside forms
    hidden: int = 0  # id of the revealable hidden block holding it, 0 when shown
    focus: bool = True  # inside the site selector's element (always, without one)
    icon: bool = False  # an empty <i> or <svg> (an icon) opens it, before any text
    badge: bool = False  # a badge word at a heading's edge (:func:`heading_badge`)
    label: bool = False  # a share button's label beside a quotation (html_share_quote)

    def text(self) -> str:
        s = "".join(self.parts)
        if self.cells:
            s = "\t".join(c.strip() for c in s.split("\t") if c.strip())
        return s.strip()


def _weight_len(s: str) -> int:
    """Characters, a Han character counting :data:`HAN_WEIGHT` times."""
    return len(s) + (HAN_WEIGHT - 1) * len(_HAN.findall(s))


@dataclass(slots=True)
class _Block:
    """A block element that owns lines: its parent block, and whether it holds comments."""

    parent: int | None
    comments: bool = False  # class/id names a comment or reply section
    body: bool = False  # the page declares it its article body (schema.org articleBody)
    shape: str = ""  # tag and class words, digits left out ("div.post"); "" without a class
    tag: str = ""  # the element's tag name
    reader: bool = False  # its id names a readers' comment section (``[[reader_comments]]``)


def _walk(
    root: Any, rules: Rules, focus: Any = None
) -> tuple[list[_Line], dict[int, _Block], set[int], list[tuple[int, ...]]]:
    """Lay the tree out as lines, iteratively.

    Returns the lines, the tree of block elements, the forms that hold a control to
    type into (a text field, a text area, a drop-down list) and, for each such control
    outside any form, the block elements around it, innermost first (a comment box or a
    feedback dialog built without a ``<form>``).  With ``focus`` (an element under
    ``root``) lines outside it have ``focus=False``.
    """
    from bs4 import Comment, NavigableString, Tag
    from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

    from cleaner.ingest.html_walker import Walker

    skip_strings = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    walker = Walker(root, rules, focus)
    # stack items: ("open", node) or ("close", tag, flags)
    stack: list[tuple[Any, ...]] = [("open", root)]
    while stack:
        item = stack.pop()
        if item[0] == "close":
            walker.close(item[1], item[2])
            continue
        node = item[1]
        if isinstance(node, NavigableString):
            if not isinstance(node, skip_strings):
                walker.text(str(node))
            continue
        if not isinstance(node, Tag) or (flags := walker.open(node)) is None:
            continue
        stack.append(("close", node, flags))
        stack.extend(("open", child) for child in reversed(node.contents))
    walker.finish()
    return walker.lines, walker.blocks, walker.interactive, walker.loose


def repeated_items(weight: dict[int, float], shape: dict[int, str], rest: float) -> set[int]:
    """The role-named elements (``weight``: the weight of their text) that are the page's
    repeated items: at least :data:`REPEATED_MIN_ITEMS` of one shape (``shape``; "" is
    none) whose text together weighs more than :data:`REPEATED_MIN_SHARE` of it and the
    page's plain text (``rest``: the text in no role-named element, nor links) together.

    A name says what an element is on most pages, but the posts of a thread all carry
    the same name, and when each post's text box is named like a role (a framework's
    ``overflow-hidden``, a ``show-more-content`` box, a ``message-userContent`` wrapper)
    every post went as chrome or post meta, and the thread with them.  Chrome and post
    meta are small beside the page's own text; an article's sidebar boxes weigh less
    than the article.  A role whose items of one shape outweigh the plain text is the
    page's content.  One element holding most of the page is the layout wrapper case
    (``CHROME_MAX_SHARE`` in :mod:`cleaner.ingest.html`).

    >>> repeated_items({1: 40, 2: 50, 3: 45, 9: 5}, {1: "div.x", 2: "div.x", 3: "div.x"}, 100)
    {1, 2, 3}
    >>> repeated_items({1: 40, 2: 50, 3: 45}, {1: "div.x", 2: "div.x", 3: "div.x"}, 300)
    set()
    >>> repeated_items({1: 40, 2: 50}, {1: "div.x", 2: "div.x"}, 10)  # two: no items
    set()
    """
    groups: dict[str, list[int]] = {}
    for e in weight:
        if sh := shape.get(e):
            groups.setdefault(sh, []).append(e)
    out: set[int] = set()
    for members in groups.values():
        held = sum(weight[e] for e in members)
        if len(members) >= REPEATED_MIN_ITEMS and held > REPEATED_MIN_SHARE * (held + rest):
            out.update(members)
    return out


def plain_weight(line: _Line, text: str) -> float:
    """The weight of a line's text per character (Han characters count
    :data:`HAN_WEIGHT`), 0 for a list of links (:data:`MAX_LINK_DENSITY`)."""
    if not line.chars or line.link_chars > MAX_LINK_DENSITY * line.chars:
        return 0.0
    return _weight_len(text.strip()) / line.chars


def _is_meta(line: _Line) -> bool:
    """Whether most of the line is small post-meta text (user info, an action bar)."""
    return line.meta_chars * 2 > line.chars


def _flat_text(html: str) -> str:
    """Last resort for pages lxml/bs4 cannot lay out: strip tags with regexes."""
    html = re.sub(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>", " ", html)
    html = re.sub(r"(?s)<!--.*?-->", " ", html)
    html = re.sub(r"(?i)<(br|/p|/div|/li|/tr|/h[1-6])\b[^>]*>", "\n", html)
    html = re.sub(r"<[^>]*>", " ", html)
    import html as htmllib

    text = htmllib.unescape(html)
    out = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in out if ln)
