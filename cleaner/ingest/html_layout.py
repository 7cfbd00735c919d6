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
from functools import partial
from typing import Any

from cleaner.ingest.html_elements import (
    _CHROME_ROLES,
    _ENTRY,
    _ICONS,
    _NOT_ENTRY,
    Rules,
    _between_paragraphs,
    _chrome_named,
    _hidden,
    _is_attachment,
    _is_control,
    _names_chrome,
    _shape,
    _text_link,
    _unseen,
    heading_badge,
    icon_glyphs,
)
from cleaner.ingest.html_headed import chrome_words, headed_part, headed_prose, page_title
from cleaner.ingest.html_lede import lede
from cleaner.ingest.html_parting import MAX_CELL_CHARS, must_part
from cleaner.ingest.html_quoted import quoted_post

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


# flags of a "close" item of the walk: what opening the element pushed
_OWNER, _CHROME, _META, _SKIP, _HIDE, _FOCUS, _SECTION, _FORM = 1, 2, 4, 8, 16, 32, 64, 128
_CONTROL, _ATTACH, _BADGE, _HEADED, _UNSKIP = 256, 512, 1024, 2048, 4096
_LEDE = 8192


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

    skip_strings = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    lines: list[_Line] = []
    owners: list[int] = []
    chrome: list[int] = []
    chrome_els: list[Any] = []  # the chrome-named elements open (html_lede)
    unchromes: list[tuple[list[int], list[Any]]] = []  # set aside around a lede
    blocks: dict[int, _Block] = {}
    state = {"link": 0, "pre": 0, "cells": 0, "heading": 0, "skip": 0, "focus": 0, "sect": 0}
    state["badge"] = 0
    skips: list[str] = []  # the skip tags open, outermost first
    unskips: list[tuple[int, list[str]]] = []  # their count and names, set aside (html_quoted)
    headed: list[frozenset[str]] = []  # chrome words of the headline boxes open
    title: str | None = None  # the document's title (html_headed), looked up when needed
    if focus is None:
        state["focus"] = 1
    hidden: list[int] = []
    forms: list[int] = []
    interactive: set[int] = set()
    loose: list[tuple[int, ...]] = []
    meta: list[int] = []
    meta_size: dict[int, int] = {}
    meta_shape: dict[int, str] = {}
    control: list[int] = []
    control_size: dict[int, int] = {}
    cur = _Line([])
    # neighbouring inline elements (:mod:`cleaner.ingest.html_parting`): where each open
    # one starts in its line, and the last closed one (its line, parts, tag, text) with the
    # tag of the element opened right after it, before any text
    starts: dict[int, tuple[_Line, int]] = {}
    after: list[Any] = []

    def flush() -> None:
        nonlocal cur
        if cur.chars:
            lines.append(cur)
        cur = _Line([])

    # stack items: ("open", node) or ("close", tag, flags)
    stack: list[tuple[Any, ...]] = [("open", root)]
    while stack:
        item = stack.pop()
        if item[0] == "close":
            _, tag, flags = item
            name = tag.name
            if flags & _META:
                meta.pop()
            if flags & _CONTROL:
                control.pop()
            if name in CELL_TAGS:
                cur.parts.append("\t")
            elif (start := starts.pop(id(tag), None)) and start[0] is cur:
                if len(cur.parts) > start[1]:
                    left = _tail(cur.parts, start[1])
                    after[:] = [cur, len(cur.parts), name, left, None] if left else []
            if name == "a":
                state["link"] -= 0 if flags & _ATTACH else 1
            elif name == "pre":
                state["pre"] -= 1
            elif name == "tr":
                state["cells"] -= 1
            elif name in HEADINGS:
                state["heading"] -= 1
            if name in BLOCK_TAGS or name == "br" or flags & (_SKIP | _HIDE | _BADGE):
                flush()
            if flags & _BADGE:
                state["badge"] -= 1
            if flags & _OWNER:
                owners.pop()
            if flags & _CHROME:
                chrome.pop()
                chrome_els.pop()
            if flags & _LEDE:
                chrome[:], chrome_els[:] = unchromes.pop()
            if flags & _HEADED:
                headed.pop()
            if flags & _SKIP:
                state["skip"] -= 1
                skips.pop()
            if flags & _UNSKIP:
                state["skip"], skips[:] = unskips.pop()
            if flags & _HIDE:
                hidden.pop()
            if flags & _FOCUS:
                state["focus"] -= 1
            if flags & _SECTION:
                state["sect"] -= 1
            if flags & _FORM:
                forms.pop()
            continue
        node = item[1]
        if isinstance(node, NavigableString):
            if isinstance(node, skip_strings):
                continue
            s = str(node)
            if not state["pre"]:
                s = _WS.sub(" ", s)
                if not cur.parts or cur.parts[-1].endswith((" ", "\t")):
                    s = s.lstrip()
            if state["pre"] and "\n" in s:
                pieces = s.split("\n")
                for k, piece in enumerate(pieces):
                    if k:
                        flush()
                    _add(cur, piece, state, owners, chrome, meta, meta_size, hidden, forms)
                    _add_control(cur, piece, state, control, control_size)
                continue
            if after and after[4] and after[0] is cur and after[1] == len(cur.parts):
                if must_part(after[2], after[3], after[4], s):
                    cur.parts.append(" ")
            if s:
                after.clear()
            _add(cur, s, state, owners, chrome, meta, meta_size, hidden, forms)
            _add_control(cur, s, state, control, control_size)
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in _ICONS and not cur.chars and not icon_glyphs(node.get_text(strip=True)):
            cur.icon = True  # an icon font's <i> or an <svg> before a count ('👁 3573')
        if name in rules.code_tags:
            continue
        hid = _hidden(node.attrs)
        # an inline element hidden until revealed is a tooltip, not a container
        if hid == 1 or (hid == 2 and name not in BLOCK_TAGS):
            continue
        if rules.unseen_classes and name not in BLOCK_TAGS and _unseen(node.attrs, rules):
            continue  # screen-reader text inside a line ('$9.00<span class=sr-only>Price')
        if name == "br":
            flush()
            continue
        if name in _ENTRY and node.get("type", "text") not in _NOT_ENTRY:
            if forms:
                interactive.add(forms[0])
            else:
                loose.append(tuple(reversed(owners)))
        flags = 0
        if name == "form":
            flags |= _FORM
            forms.append(id(node))
        if name in rules.skip_tags and not (name == "header" and state["sect"]):
            flags |= _SKIP
            state["skip"] += 1
            skips.append(name)
        elif (
            state["skip"]
            and name in BLOCK_TAGS
            and quoted_post(
                node, skips, rules, in_post=any(blocks[o].comments for o in owners if o in blocks)
            )
        ):
            # a post quoted in a post's footer is content (html_quoted)
            unskips.append((state["skip"], skips[:]))
            state["skip"] = 0
            skips.clear()
            flags |= _UNSKIP
        if hid:
            flags |= _HIDE
            hidden.append(id(node))
        if state["heading"] and rules.badge_words and heading_badge(node, rules.badge_words):
            flags |= _BADGE  # '<h2><span>Exclusive</span>Title</h2>': a line of its own
            state["badge"] += 1
        if node is focus:
            flags |= _FOCUS
            state["focus"] += 1
        if name in SECTIONING:
            flags |= _SECTION
            state["sect"] += 1
        if name not in BLOCK_TAGS and name not in CELL_TAGS and not flags & (_SKIP | _HIDE):
            starts[id(node)] = (cur, len(cur.parts))
            if after and after[4] is None and after[0] is cur and after[1] == len(cur.parts):
                after[4] = name
        if name in BLOCK_TAGS or name in CELL_TAGS or flags & (_SKIP | _HIDE | _BADGE):
            if name in BLOCK_TAGS or flags & (_SKIP | _HIDE | _BADGE):
                flush()
            if name in BLOCK_TAGS and len(owners) < MAX_TRACKED_DEPTH:
                parent = owners[-1] if owners else None
                reader = str(node.attrs.get("id", "")).lower() in rules.reader_ids
                blocks[id(node)] = _Block(
                    parent,
                    comments=reader
                    or (
                        bool(rules.comment_tokens)
                        and _chrome_named(node.attrs, rules.comment_tokens, roles=False)
                    ),
                    body=str(node.attrs.get("itemprop", "")).lower() == "articlebody",
                    shape=_shape(name, node.attrs),
                    tag=name,
                    reader=reader,
                )
                owners.append(id(node))
                flags |= _OWNER
            if (
                name not in ("body", "html", "main", "article")
                and len(chrome) < 8
                and _names_chrome(node.attrs, rules, partial(node.get_text, " "))
            ):
                if title is None:
                    title = page_title(root)
                if node.attrs.get("role") in _CHROME_ROLES:
                    chrome.append(id(node))
                    chrome_els.append(node)
                    flags |= _CHROME
                elif headed and headed_part(node, headed[-1], rules.chrome_tokens):
                    pass  # a part of a headline box (html_headed)
                elif headed_prose(node, title):
                    headed.append(chrome_words(node.attrs, rules.chrome_tokens))
                    flags |= _HEADED  # the headline and prose (html_headed)
                else:
                    chrome.append(id(node))
                    chrome_els.append(node)
                    flags |= _CHROME
            if (
                chrome
                and state["sect"]
                and name in ("p", "div")
                and rules.header_words
                and lede(
                    node,
                    chrome_els,
                    rules.header_words,
                    rules.chrome_tokens,
                    title := page_title(root) if title is None else title,
                )
            ):
                # an article's standfirst in its header box is content (html_lede)
                if flags & _CHROME:
                    chrome.pop()
                    chrome_els.pop()
                    flags &= ~_CHROME
                unchromes.append((chrome[:], chrome_els[:]))
                chrome.clear()
                chrome_els.clear()
                flags |= _LEDE
        if name == "a":
            if _is_attachment(node, rules.attachment) or _text_link(node):
                flags |= _ATTACH
            else:
                state["link"] += 1
        elif name == "pre":
            state["pre"] += 1
        elif name == "tr":
            state["cells"] += 1
        elif name in HEADINGS:
            state["heading"] += 1
        if (
            rules.meta_tokens
            and name not in ("body", "html", "main", "article")
            and ("class" in node.attrs or "id" in node.attrs)
            and _chrome_named(node.attrs, rules.meta_tokens, roles=False)
            and not (name == "table" and _between_paragraphs(node))
        ):
            meta.append(id(node))
            meta_shape[id(node)] = _shape(name, node.attrs)
            flags |= _META
        if _is_control(name, node.attrs, rules.control_tokens):
            control.append(id(node))
            flags |= _CONTROL
        stack.append(("close", node, flags))
        stack.extend(("open", child) for child in reversed(node.contents))
    flush()
    # post-meta is small: a "user-content" or "post-author-and-body" wrapper is not, nor
    # are the repeated items holding most of the page's text (every post's text box)
    meta_weight: dict[int, float] = {}
    rest = 0.0
    for ln in lines:
        if ln.skip or not (unit := plain_weight(ln, ln.text())):
            continue
        if not ln.meta_runs and not ln.chrome:
            rest += unit * ln.chars
        for m, n in ln.meta_runs:
            meta_weight[m] = meta_weight.get(m, 0.0) + unit * n
    posts = repeated_items(meta_weight, meta_shape, rest)
    for ln in lines:
        if ln.meta_runs:
            ln.meta_chars = sum(
                n for m, n in ln.meta_runs if meta_size[m] <= META_MAX_CHARS and m not in posts
            )
        if ln.control_runs:
            ln.control_chars = sum(
                n for c, n in ln.control_runs if control_size[c] <= CONTROL_MAX_CHARS
            )
    return lines, blocks, interactive, loose


def _tail(parts: list[str], start: int) -> str:
    """The text of ``parts[start:]`` (an inline element's), or ``""`` when it is longer
    than a cell (:data:`~cleaner.ingest.html_parting.MAX_CELL_CHARS`) or does not end in a
    digit: read backwards, so a long element costs no more than a short one."""
    if not parts[-1][-1:].isdigit():
        return ""
    out: list[str] = []
    n = 0
    for k in range(len(parts) - 1, start - 1, -1):
        out.append(parts[k])
        n += len(parts[k])
        if n > MAX_CELL_CHARS:
            return ""
    return "".join(reversed(out))


def _add_control(
    cur: _Line, s: str, state: dict[str, int], control: list[int], size: dict[int, int]
) -> None:
    """Count the characters of ``s`` that lie inside page controls (innermost first)."""
    n = len(s.strip())
    if control and n and not state["skip"]:
        cur.control_runs.append((control[-1], n))
        for c in control:
            size[c] = size.get(c, 0) + n


def _add(
    cur: _Line,
    s: str,
    state: dict[str, int],
    owners: list[int],
    chrome: list[int],
    meta: list[int],
    meta_size: dict[int, int],
    hidden: list[int],
    forms: list[int],
) -> None:
    if not s:
        return
    if not cur.chars and s.strip():
        cur.owners = tuple(owners)
        cur.chrome = tuple(chrome)
        cur.heading = bool(state["heading"])
        cur.cells = bool(state["cells"])
        cur.skip = bool(state["skip"])
        cur.badge = bool(state["badge"])
        cur.hidden = hidden[0] if hidden else 0
        cur.focus = bool(state["focus"])
        cur.form = forms[0] if forms else 0
    cur.parts.append(s)
    n = len(s.strip()) if s.strip() else 0
    cur.chars += n
    if state["link"]:
        cur.link_chars += n
    # chrome tags inside a meta bar were not walked when post meta was measured: skip them
    if meta and n and not state["skip"]:
        cur.meta_runs.append((meta[-1], n))
        for m in meta:
            meta_size[m] = meta_size.get(m, 0) + n


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
