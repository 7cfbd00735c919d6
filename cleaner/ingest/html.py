"""Main-text extraction from HTML pages with beautifulsoup4 (lxml parser), every removal on
the record.

The page is parsed and laid out as lines: one per heading, paragraph, list item or table
row (cells joined by a tab).  Tags that never hold text a reader sees (scripts, styles,
``head``, comments) are not laid out; hidden elements (``display:none``, ``hidden``) are
not either, except a block hidden by ``visibility:hidden`` / ``opacity:0``, which a script
reveals (see the fallbacks below).  Site chrome by tag (``nav``, ``header``, ``footer``,
``aside``, form controls) is laid out, so it is part of :attr:`Extracted.visible`, but it
never weighs in the choice of the main content and is always dropped.  Each other line is
weighed by how much non-link text it holds (link-heavy and very short lines count against
it; lines inside elements whose class/id names site chrome, from
``rules/html_extract.toml``, count against it and are left out).  The main content is the
element whose lines weigh most in total: a maximum-weight subtree, the tree form of the
"maximum subsequence" segmentation of BTE/boilerpipe (Finn et al. 2001; Kohlschütter et
al. 2010), which keeps every post of a forum thread (they share one container) and drops
the menus around an article.

Two kinds of named blocks (``rules/html_extract.toml``) adjust this for forums and Q&A:

* post meta (``[[post_meta]]``: user name and rank, post date, reply/like/report bars):
  small elements so named weigh nothing and are left out, so a thread of short replies
  ("谢谢分享！") is no longer outweighed by the user info around each reply;
* comment sections (``[[comments]]``) outside the winning container are kept with it, as
  trafilatura keeps comments: on forum pages the replies often live apart from the post.

Forms are scored like any block (their controls are chrome): government and university
CMS pages wrap the whole article in a ``<form>``.  A ``<header>`` inside ``<article>`` or
``<main>`` is the article's own header (its ARIA role is not ``banner``), so its headline
is content.

Fallbacks, after trafilatura's ``compare_extraction``: when the chosen content keeps a
small share of the page, or a revealable hidden block holds most of it, other candidates
are tried and one is taken only when it is clearly better (:data:`CLEARLY_BETTER` times
the text, and shaped like prose: sentence punctuation, few links).  The one taken is named
in :attr:`Extracted.fallback`:

* ``hidden_container``: a ``visibility:hidden`` / ``opacity:0`` block holding most of the
  page's text (WeChat articles deliver the body so and reveal it by script);
* ``chrome_named_prose``: an element whose class names chrome (``content BSHARE_POP``)
  but which holds long prose is content after all;
* ``densest_block``: the block whose lines are the longest prose, when the chosen one is
  a short block (an author bio, a teaser list) beside the article.

What was dropped is recorded: :attr:`Extracted.visible` holds every laid-out line a
reader could see and :attr:`Extracted.drops` the ``(start, end, rule)`` spans of it that
are not in :attr:`Extracted.body` (``apply_drops(visible, drops) == body``), one span per
run of lines dropped by the same rule.  Rule ids (:data:`DROP_RULES`), the first that
applies to a line:

* ``extract.skip_tag``: inside a chrome tag (``nav``, ``header``, ``footer``, ``aside``,
  ``menu``, ``dialog``) or a form control (``button``, ``select``, ``label`` …);
* ``extract.site_selector``: outside the per-site selector (``[sites]``);
* ``extract.chrome_named``: inside an element whose class/id/role names chrome;
* ``extract.chrome_line``: the line matches a ``[[chrome_lines]]`` pattern;
* ``extract.outside_main``: not in the chosen container (nor a kept comment section);
* ``extract.post_meta``: user info / action bar around a post;
* ``extract.link_list``: mostly link text (menus, tag lists, related posts).

Everything is iterative, so a page nested 100,000 levels deep does not hit Python's
recursion limit; such a page is read with a flat walk (``method="flat"``).

Examples
--------
>>> page = extract(b"<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav>"
...                b"<article><h1>Title</h1><p>First paragraph of the story.</p>"
...                b"<p>Second one, longer than the menu.</p></article></body></html>")
>>> page.title
'T'
>>> print(page.body)
Title
First paragraph of the story.
Second one, longer than the menu.
>>> page.drops
((0, 5, 'extract.skip_tag'),)
>>> apply_drops(page.visible, page.drops) == page.body
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from cleaner.rules import load_table

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
#: A line's weight is its text minus this many characters: a short line ("Share",
#: "2024-01-02", a user name) weighs about nothing, a paragraph weighs its length.
SHORT_LINE_PENALTY = 12
#: A list of links weighs this many times its length against the region holding it:
#: a related-articles teaser (linked title + summary) then weighs about nothing.
LINK_LINE_FACTOR = 1.0
#: Weight of one Han character against one Latin letter: a Chinese character carries
#: about a word's worth (an English word is ~5 letters + space); measured on the
#: magic-html forum pages, where short replies ("元旦快乐！") are content.
HAN_WEIGHT = 3
#: Weight of a post-meta line (user name, post date, reply/report buttons): about
#: nothing, so the replies of a thread are not outweighed by the user info around them.
META_LINE_WEIGHT = 0.0
#: A post-meta-named element with more text than this is a wrapper, not meta data.
META_MAX_CHARS = 80
#: Leave post-meta lines out of the extracted text.
DROP_META = True
#: Keep comment / reply sections outside the main content.
INCLUDE_COMMENTS = True
#: A comment section must weigh at least this much (one real reply) to be kept.
MIN_COMMENT_WEIGHT = 10.0
#: Link density above which a line is a list of links (menus, tag lists, related posts).
MAX_LINK_DENSITY = 0.5
#: A chrome-named element holding more than this share of the page's text is a layout
#: wrapper that happens to have such a class ("has-sidebar"), not chrome.
CHROME_MAX_SHARE = 0.5

#: A form with a text field must hold this much non-link text (weighed as
#: :func:`_weight_len`) to be scored as content: a WordPress comment form's notices weigh
#: ~400, an article ~2000 and more.
FORM_MIN_PROSE = 1000

# -- fallbacks ----------------------------------------------------------------------------
#: The fallbacks are tried when the body keeps less than this share of the visible text.
#: Measured on the tune halves of the bench sets (43 pages, hash 0-7): the share kept has
#: its 10th percentile at 0.24 (news pages with long menus and comment lists) and only two
#: pages fall below 0.15, a forum stub (0.02) and a news page whose long footer dwarfs
#: a right extraction (0.06, F1 1.0; no candidate is clearly better, so it is untouched).
FALLBACK_SHARE = 0.15
#: A fallback is taken only when its text is at least this many times the body's: two
#: candidates of similar size are a judgement call the scoring already made.
CLEARLY_BETTER = 2.0
#: A revealable hidden block is a candidate when it holds at least this share of all the
#: text of the page, hidden or not (the WeChat body is ~90 % of it).
HIDDEN_MIN_SHARE = 0.5
#: Prose, for the fallbacks: at least this many characters (a Han character counts
#: :data:`HAN_WEIGHT` times: ~70 Chinese characters or two English sentences) ...
PROSE_MIN_WEIGHT = 200
#: ... at most this share of link text ...
PROSE_MAX_LINK_DENSITY = 0.2
#: ... and at least one sentence mark (。！？.!?;；) per this many characters.
PROSE_CHARS_PER_SENTENCE = 200
#: ``densest_block`` is also tried when the body is shorter than this (weighed as
#: :func:`_weight_len`): an author bio or a teaser list is a paragraph or two, ~300-600
#: letters, an article that loses to one is rarely much longer.
SHORT_BODY_WEIGHT = 800

#: Every rule id a drop can carry, in the order they are tried on a line.
DROP_RULES = (
    "extract.skip_tag",
    "extract.site_selector",
    "extract.chrome_named",
    "extract.chrome_line",
    "extract.outside_main",
    "extract.post_meta",
    "extract.link_list",
)

_WS = re.compile(r"\s+")
_TOKEN_SPLIT = re.compile(r"[-_\s:./]+|(?<=[a-z])(?=[A-Z])")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SENTENCE = re.compile(r"[。！？!?;；]|\.(?=\s|$)")
_GONE = re.compile(r"display\s*:\s*none", re.I)
_REVEALABLE = re.compile(r"visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)", re.I)


@dataclass(frozen=True, slots=True)
class Extracted:
    """The main text of a page and what was learnt about it on the way."""

    body: str  # main text: one line per heading / paragraph / list item / table row
    title: str | None = None
    url: str | None = None  # canonical or og:url the page declares
    method: str = "main"  # "main" (scored subtree), "site" (site selector), "flat", "empty"
    lines_total: int = 0  # lines of `visible`
    lines_kept: int = 0  # lines of `body`
    meta: dict[str, Any] = field(default_factory=dict)
    visible: str = ""  # every laid-out line a reader could see, "\n"-joined
    drops: tuple[tuple[int, int, str], ...] = ()  # (start, end, rule) spans of `visible`
    fallback: str | None = None  # the fallback that chose the content, if any

    @property
    def text(self) -> str:
        """Title line (unless the body opens with it or a part of it) and body."""
        title = (self.title or "").strip()
        first = self.body.split("\n", 1)[0].strip()
        if not title or (first and (first in title or title in first)):
            return self.body
        return f"{title}\n{self.body}" if self.body else title


def apply_drops(visible: str, drops: tuple[tuple[int, int, str], ...]) -> str:
    """``visible`` with every ``(start, end, rule)`` span deleted (it gives the body).

    Examples
    --------
    >>> apply_drops("Home\\nStory.\\n© 2024", ((0, 5, "a"), (11, 18, "b")))
    'Story.'
    """
    out: list[str] = []
    pos = 0
    for start, end, _ in drops:
        out.append(visible[pos:start])
        pos = end
    out.append(visible[pos:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Rules:
    skip_tags: frozenset[str]  # laid out (visible) but always dropped: chrome, form controls
    chrome_tokens: frozenset[str]
    meta_tokens: frozenset[str]
    comment_tokens: frozenset[str]
    sites: dict[str, list[str]]
    chrome_lines: re.Pattern[str] | None = None
    code_tags: frozenset[str] = frozenset()  # never laid out: not text a reader sees


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    data = load_table("html_extract")
    groups = data["skip_tags"]
    code = frozenset(groups.get("code", ()))
    skip = frozenset(t for name, group in groups.items() if name != "code" for t in group)
    tokens = frozenset(t for entry in data["chrome"] for t in entry["tokens"])
    meta = frozenset(t for entry in data.get("post_meta", []) for t in entry["tokens"])
    comments = frozenset(t for entry in data.get("comments", []) for t in entry["tokens"])
    sites = {host: list(v.get("main", [])) for host, v in data.get("sites", {}).items()}
    pats = [entry["pattern"] for entry in data.get("chrome_lines", [])]
    line_re = re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None
    return Rules(skip, tokens, meta, comments, sites, line_re, code)


@dataclass(slots=True)
class _Line:
    parts: list[str]
    chars: int = 0
    link_chars: int = 0
    meta_chars: int = 0  # characters inside (small) post-meta elements: user info, actions
    meta_runs: list[tuple[int, int]] = field(default_factory=list)  # (meta element, chars)
    owners: tuple[int, ...] = ()  # ids of the block elements containing the line, outermost first
    chrome: tuple[int, ...] = ()  # ids of chrome-named elements containing it
    heading: bool = False
    cells: bool = False
    skip: bool = False  # inside a skip tag (nav, footer, form control …)
    form: int = 0  # id of the outermost <form> holding it, 0 outside forms
    hidden: int = 0  # id of the revealable hidden block holding it, 0 when shown
    focus: bool = True  # inside the site selector's element (always, without one)

    def text(self) -> str:
        s = "".join(self.parts)
        if self.cells:
            s = "\t".join(c.strip() for c in s.split("\t") if c.strip())
        return s.strip()


def _weight_len(s: str) -> int:
    """Characters, a Han character counting :data:`HAN_WEIGHT` times."""
    return len(s) + (HAN_WEIGHT - 1) * len(_HAN.findall(s))


def _hidden(attrs: dict[str, Any]) -> int:
    """0 shown, 1 hidden for good (``display:none``, ``hidden``), 2 hidden until a script
    reveals it (``visibility:hidden``, ``opacity:0``)."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return 1
    style = attrs.get("style")
    if not style:
        return 0
    style = str(style)
    if _GONE.search(style):
        return 1
    return 2 if _REVEALABLE.search(style) else 0


_CHROME_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> frozenset[str]:
    """Lower-cased words of one class or id ("wgt-replyer-all" -> wgt, replyer, all)."""
    # a BEM modifier ("Post--by-start-user") says how an element looks, not what it is
    return frozenset(t.lower() for t in _TOKEN_SPLIT.split(name.split("--", 1)[0]) if t)


def _chrome_named(attrs: dict[str, Any], tokens: frozenset[str], *, roles: bool = True) -> bool:
    """Whether the element's class or id holds one of ``tokens`` (or, with ``roles``,
    its ARIA role is a landmark of site chrome)."""
    if roles and attrs.get("role") in _CHROME_ROLES:
        return True
    cls = attrs.get("class")
    if cls:
        for name in cls if isinstance(cls, list) else (str(cls),):
            if not tokens.isdisjoint(_name_tokens(name)):
                return True
    ident = attrs.get("id")
    return bool(ident) and not tokens.isdisjoint(_name_tokens(str(ident)))


@dataclass(slots=True)
class _Block:
    """A block element that owns lines: its parent block, and whether it holds comments."""

    parent: int | None
    comments: bool = False  # class/id names a comment or reply section


# flags of a "close" item of the walk: what opening the element pushed
_OWNER, _CHROME, _META, _SKIP, _HIDE, _FOCUS, _SECTION, _FORM = 1, 2, 4, 8, 16, 32, 64, 128
#: Controls a reader types into or picks from: a form holding one is a widget ...
_ENTRY = frozenset(("input", "textarea", "select"))
#: ... unless it is one of these input types (hidden state, buttons, ticks).
_NOT_ENTRY = frozenset(("hidden", "submit", "button", "image", "reset", "checkbox", "radio"))


def _walk(
    root: Any, rules: Rules, focus: Any = None
) -> tuple[list[_Line], dict[int, _Block], set[int]]:
    """Lay the tree out as lines, iteratively.

    Returns the lines, the tree of block elements and the forms that hold a control to
    type into (a text field, a text area, a drop-down list).  With ``focus`` (an element
    under ``root``) lines outside it have ``focus=False``.
    """
    from bs4 import Comment, NavigableString, Tag
    from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

    skip_strings = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    lines: list[_Line] = []
    owners: list[int] = []
    chrome: list[int] = []
    blocks: dict[int, _Block] = {}
    state = {"link": 0, "pre": 0, "cells": 0, "heading": 0, "skip": 0, "focus": 0, "sect": 0}
    if focus is None:
        state["focus"] = 1
    hidden: list[int] = []
    forms: list[int] = []
    interactive: set[int] = set()
    meta: list[int] = []
    meta_size: dict[int, int] = {}
    cur = _Line([])

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
            if name in CELL_TAGS:
                cur.parts.append("\t")
            if name == "a":
                state["link"] -= 1
            elif name == "pre":
                state["pre"] -= 1
            elif name == "tr":
                state["cells"] -= 1
            elif name in HEADINGS:
                state["heading"] -= 1
            if name in BLOCK_TAGS or name == "br" or flags & (_SKIP | _HIDE):
                flush()
            if flags & _OWNER:
                owners.pop()
            if flags & _CHROME:
                chrome.pop()
            if flags & _SKIP:
                state["skip"] -= 1
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
                continue
            _add(cur, s, state, owners, chrome, meta, meta_size, hidden, forms)
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in rules.code_tags:
            continue
        hid = _hidden(node.attrs)
        # an inline element hidden until revealed is a tooltip, not a container
        if hid == 1 or (hid == 2 and name not in BLOCK_TAGS):
            continue
        if name == "br":
            flush()
            continue
        if forms and name in _ENTRY and node.get("type", "text") not in _NOT_ENTRY:
            interactive.add(forms[0])
        flags = 0
        if name == "form":
            flags |= _FORM
            forms.append(id(node))
        if name in rules.skip_tags and not (name == "header" and state["sect"]):
            flags |= _SKIP
            state["skip"] += 1
        if hid:
            flags |= _HIDE
            hidden.append(id(node))
        if node is focus:
            flags |= _FOCUS
            state["focus"] += 1
        if name in SECTIONING:
            flags |= _SECTION
            state["sect"] += 1
        if name in BLOCK_TAGS or name in CELL_TAGS or flags & (_SKIP | _HIDE):
            if name in BLOCK_TAGS or flags & (_SKIP | _HIDE):
                flush()
            if name in BLOCK_TAGS and len(owners) < MAX_TRACKED_DEPTH:
                parent = owners[-1] if owners else None
                blocks[id(node)] = _Block(
                    parent,
                    comments=bool(rules.comment_tokens)
                    and _chrome_named(node.attrs, rules.comment_tokens, roles=False),
                )
                owners.append(id(node))
                flags |= _OWNER
            if (
                name not in ("body", "html", "main", "article")
                and len(chrome) < 8
                and _chrome_named(node.attrs, rules.chrome_tokens)
            ):
                chrome.append(id(node))
                flags |= _CHROME
        if name == "a":
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
        ):
            meta.append(id(node))
            flags |= _META
        stack.append(("close", node, flags))
        stack.extend(("open", child) for child in reversed(node.contents))
    flush()
    # post-meta is small: a "user-content" or "post-author-and-body" wrapper is not
    for ln in lines:
        if ln.meta_runs:
            ln.meta_chars = sum(n for m, n in ln.meta_runs if meta_size[m] <= META_MAX_CHARS)
    return lines, blocks, interactive


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


def _is_meta(line: _Line) -> bool:
    return line.meta_chars * 2 > line.chars


def _line_weight(line: _Line, text: str, *, is_chrome: bool) -> float:
    wl = _weight_len(text)
    if is_chrome:
        return -float(wl)
    if _is_meta(line):
        return META_LINE_WEIGHT
    density = line.link_chars / max(1, line.chars)
    if density > MAX_LINK_DENSITY:
        return -LINK_LINE_FACTOR * wl
    return wl * (1.0 - density) - SHORT_LINE_PENALTY


def _comment_sections(best: int, blocks: dict[int, _Block], gain: dict[int, float]) -> set[int]:
    """Comment and reply sections outside the main content (kept as trafilatura does).

    The outermost blocks named as comments (``rules/html_extract.toml`` ``[[comments]]``)
    that are neither ancestors of ``best`` nor inside it, and whose positive lines weigh
    at least :data:`MIN_COMMENT_WEIGHT` (their net weight is no guide: each reply comes
    with a user line and a button bar).
    """
    ancestors: set[int] = set()
    node: int | None = best
    while node is not None and node in blocks:
        ancestors.add(node)
        node = blocks[node].parent
    found: set[int] = set()
    for bid, blk in blocks.items():
        if not blk.comments or bid in ancestors or gain.get(bid, 0.0) < MIN_COMMENT_WEIGHT:
            continue
        up = blk.parent
        inside = False
        while up is not None:
            if up == best or (blocks[up].comments and up not in ancestors):
                inside = True
                break
            up = blocks[up].parent
        if not inside:
            found.add(bid)
    return found


def _select(
    lines: list[_Line],
    texts: list[str],
    use: list[bool],
    is_chrome: list[bool],
) -> tuple[int | None, dict[int, float], dict[int, float]]:
    """The max-weight container over the lines in ``use``, and per block its weight and
    the weight of its positive lines alone."""
    score: dict[int, float] = {}
    gain: dict[int, float] = {}
    for ln, t, u, ch in zip(lines, texts, use, is_chrome, strict=True):
        if not u:
            continue
        w = _line_weight(ln, t, is_chrome=ch)
        for o in ln.owners:
            score[o] = score.get(o, 0.0) + w
        if w > 0:
            for o in ln.owners:
                gain[o] = gain.get(o, 0.0) + w
    if not score:
        return None, score, gain
    best = max(score, key=lambda k: score[k])
    return best, score, gain


def _skip_widget_forms(lines: list[_Line], texts: list[str], interactive: set[int]) -> None:
    """Mark the lines of widget forms as skipped (``extract.skip_tag``).

    A form with a control to type into is a widget (log-in, search, comment box) unless
    it holds :data:`FORM_MIN_PROSE` of non-link text (an ASP.NET page is one big form).
    """
    prose: dict[int, int] = {}
    for ln, t in zip(lines, texts, strict=True):
        if ln.form in interactive and not ln.skip and ln.link_chars * 2 <= ln.chars:
            prose[ln.form] = prose.get(ln.form, 0) + _weight_len(t)
    for ln in lines:
        if ln.form in interactive and prose.get(ln.form, 0) < FORM_MIN_PROSE:
            ln.skip = True


def _is_prose(lines: list[_Line], texts: list[str]) -> bool:
    """Whether the lines read as running text: long enough, few links, sentences."""
    chars = sum(ln.chars for ln in lines)
    links = sum(ln.link_chars for ln in lines)
    if not chars or links > PROSE_MAX_LINK_DENSITY * chars:
        return False
    joined = "\n".join(texts)
    if _weight_len(joined) < PROSE_MIN_WEIGHT:
        return False
    return len(_SENTENCE.findall(joined)) * PROSE_CHARS_PER_SENTENCE >= chars


def _meta(soup: Any) -> tuple[str | None, str | None]:
    title = None
    url = None
    for attrs in ({"property": "og:title"}, {"name": "twitter:title"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content"):
            title = _WS.sub(" ", str(tag["content"])).strip()
            break
    if not title and soup.title and soup.title.string:
        title = _WS.sub(" ", str(soup.title.string)).strip()
    if not title:
        h1 = soup.find("h1")
        if h1 is not None:
            title = _WS.sub(" ", h1.get_text(" ")).strip() or None
    link = soup.find("link", rel="canonical")
    if link and link.get("href"):
        url = str(link["href"])
    else:
        tag = soup.find("meta", attrs={"property": "og:url"})
        if tag and tag.get("content"):
            url = str(tag["content"])
    return title or None, url


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


#: Reason of a line that is not part of ``visible`` (no text, or hidden and not chosen).
_UNSEEN = ""


@dataclass(slots=True)
class _Page:
    """A laid-out page and the per-line facts every choice of content reuses."""

    lines: list[_Line]
    texts: list[str]
    line_chrome: list[bool]  # matches a [[chrome_lines]] pattern
    site: bool  # a site selector chose the content

    def reasons(
        self, group: set[int], chrome_ok: set[int], shown_hidden: int = 0
    ) -> list[str | None]:
        """Per line: :data:`_UNSEEN`, the id of the rule that drops it, or None (kept)."""
        out: list[str | None] = []
        for ln, t, lc in zip(self.lines, self.texts, self.line_chrome, strict=True):
            if not t or (ln.hidden and ln.hidden != shown_hidden):
                out.append(_UNSEEN)
            elif ln.skip:
                out.append("extract.skip_tag")
            elif not ln.focus:
                out.append("extract.site_selector")
            elif not self.site and not chrome_ok.isdisjoint(ln.chrome):
                out.append("extract.chrome_named")
            elif lc:
                out.append("extract.chrome_line")
            elif self.site:
                out.append(None)
            elif group.isdisjoint(ln.owners):
                out.append("extract.outside_main")
            elif DROP_META and _is_meta(ln):
                out.append("extract.post_meta")
            elif ln.link_chars > MAX_LINK_DENSITY * max(1, ln.chars) and not ln.heading:
                out.append("extract.link_list")
            else:
                out.append(None)
        return out

    def choose(
        self, blocks: dict[int, _Block], use: list[bool], chrome_ok: set[int]
    ) -> tuple[list[str | None], dict[int, float]]:
        """Reasons per line for the max-weight container (and its comment sections)."""
        is_chrome = [
            lc or not chrome_ok.isdisjoint(ln.chrome)
            for ln, lc in zip(self.lines, self.line_chrome, strict=True)
        ]
        best, score, gain = _select(self.lines, self.texts, use, is_chrome)
        group = {best} if best is not None else set()
        if INCLUDE_COMMENTS and best is not None:
            group |= _comment_sections(best, blocks, gain)
        return self.reasons(group, chrome_ok), score

    def body(self, reasons: list[str | None]) -> str:
        return "\n".join(t for t, r in zip(self.texts, reasons, strict=True) if r is None)

    def kept_chars(self, reasons: list[str | None]) -> int:
        return sum(ln.chars for ln, r in zip(self.lines, reasons, strict=True) if r is None)


def _fallback(
    page: _Page,
    blocks: dict[int, _Block],
    use: list[bool],
    chrome_ok: set[int],
    reasons: list[str | None],
    score: dict[int, float],
) -> tuple[str, list[str | None]] | None:
    """A clearly better choice of content than ``reasons``, and its name, if any."""
    lines, texts = page.lines, page.texts
    kept = page.kept_chars(reasons)
    seen = sum(ln.chars for ln, r in zip(lines, reasons, strict=True) if r != _UNSEEN)
    # a block hidden until a script reveals it, holding most of the page's text
    hidden: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.hidden and texts[i]:
            hidden.setdefault(ln.hidden, []).append(i)
    if hidden:
        h, idx = max(hidden.items(), key=lambda kv: sum(lines[i].chars for i in kv[1]))
        size = sum(lines[i].chars for i in idx)
        if (
            h in blocks
            and size >= HIDDEN_MIN_SHARE * (seen + size)
            and size >= CLEARLY_BETTER * kept
            and _is_prose([lines[i] for i in idx], [texts[i] for i in idx])
        ):
            return "hidden_container", page.reasons({h}, chrome_ok, shown_hidden=h)
    if kept >= FALLBACK_SHARE * seen:
        if _weight_len(page.body(reasons)) >= SHORT_BODY_WEIGHT:
            return None
        return _densest(page, blocks, use, chrome_ok, reasons, score, kept)
    # an element named as chrome ("content BSHARE_POP") that holds long prose
    members: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if use[i]:
            for c in ln.chrome:
                if c in chrome_ok:
                    members.setdefault(c, []).append(i)
    prose = {
        c
        for c, idx in members.items()
        if sum(lines[i].chars for i in idx) >= CLEARLY_BETTER * kept
        and _is_prose([lines[i] for i in idx], [texts[i] for i in idx])
    }
    if prose:
        alt, _ = page.choose(blocks, use, chrome_ok - prose)
        if page.kept_chars(alt) >= CLEARLY_BETTER * kept:
            return "chrome_named_prose", alt
    # the densest prose block, when the chosen one is short (an author bio, a teaser list)
    return _densest(page, blocks, use, chrome_ok, reasons, score, kept)


def _densest(
    page: _Page,
    blocks: dict[int, _Block],
    use: list[bool],
    chrome_ok: set[int],
    reasons: list[str | None],
    score: dict[int, float],
    kept: int,
) -> tuple[str, list[str | None]] | None:
    """The heaviest block apart from the chosen content whose lines are prose and at
    least :data:`CLEARLY_BETTER` times the body (the article beside a bio it lost to)."""
    lines = page.lines
    chosen = {o for ln, r in zip(lines, reasons, strict=True) if r is None for o in ln.owners}
    # per block: the lines it would keep if chosen (scored, and no line rule drops them)
    own: dict[int, list[int]] = {}
    for i, (ln, u) in enumerate(zip(lines, use, strict=True)):
        if (
            u
            and not page.line_chrome[i]
            and chrome_ok.isdisjoint(ln.chrome)
            and not _is_meta(ln)
            and (ln.link_chars <= MAX_LINK_DENSITY * max(1, ln.chars) or ln.heading)
        ):
            for o in ln.owners:
                own.setdefault(o, []).append(i)
    best: int | None = None
    for b, idx in own.items():
        # apart: neither holding the chosen lines nor held by the chosen container
        if b in chosen or any(reasons[i] is None for i in idx):
            continue
        if sum(lines[i].chars for i in idx) < CLEARLY_BETTER * kept:
            continue
        if best is not None and score.get(b, 0.0) <= score.get(best, 0.0):
            continue
        if _is_prose([lines[i] for i in idx], [page.texts[i] for i in idx]):
            best = b
    if best is None:
        return None
    return "densest_block", page.reasons({best}, chrome_ok)


def _ledger(
    texts: list[str], reasons: list[str | None]
) -> tuple[str, str, tuple[tuple[int, int, str], ...], int]:
    """``visible``, ``body``, the drop spans and the number of visible lines.

    A dropped line before the last kept line takes its trailing newline with it, one
    after it takes the preceding newline, so deleting the spans leaves the body's joins.
    """
    vis = [(t, r) for t, r in zip(texts, reasons, strict=True) if r != _UNSEEN]
    last_kept = max((k for k, (_, r) in enumerate(vis) if r is None), default=len(vis))
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for k, (t, r) in enumerate(vis):
        end = pos + len(t)
        if r is not None:
            start, stop = (pos, end + 1) if k < last_kept else (pos - 1, end)
            if k == len(vis) - 1 and k < last_kept:  # nothing kept: no newline after
                stop = end
            if spans and spans[-1][2] == r and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], stop, r)
            else:
                spans.append((start, stop, r))
        pos = end + 1
    visible = "\n".join(t for t, _ in vis)
    body = "\n".join(t for t, r in vis if r is None)
    return visible, body, tuple(spans), len(vis)


def extract(
    html: str | bytes,
    *,
    url: str | None = None,
    site: str | None = None,
    rules: Rules | None = None,
) -> Extracted:
    """Extract the main text, title and declared URL of one HTML page.

    ``html`` may be bytes (decoded with :func:`cleaner.ingest.encoding.decode_html`) or
    text.  ``site`` (a host) picks site selectors from the rules when there are any.
    """
    from bs4 import BeautifulSoup

    if isinstance(html, bytes):
        from cleaner.ingest.encoding import decode_html

        html = decode_html(html).text
    rules = rules or default_rules()
    try:
        soup = BeautifulSoup(html, "lxml")
    except RecursionError:
        text = _flat_text(html)
        return Extracted(text, method="flat", visible=text)
    title, declared_url = _meta(soup)
    root = soup.body or soup
    focus = None
    if site is None and url:
        from urllib.parse import urlsplit

        site = (urlsplit(url).hostname or "").removeprefix("www.") or None
    if site and rules.sites.get(site):
        for sel in rules.sites[site]:
            found = soup.select_one(sel)
            if found is not None:
                focus = found
                break
    lines, blocks, interactive = _walk(root, rules, focus)
    texts = [ln.text() for ln in lines]
    if interactive:
        _skip_widget_forms(lines, texts, interactive)
    line_chrome = [
        bool(rules.chrome_lines and len(t) < 300 and rules.chrome_lines.search(t)) for t in texts
    ]
    page = _Page(lines, texts, line_chrome, site=focus is not None)
    use = [bool(t) and not ln.skip and not ln.hidden for ln, t in zip(lines, texts, strict=True)]
    total = sum(ln.chars for ln, u in zip(lines, use, strict=True) if u) or 1
    chrome_size: dict[int, int] = {}
    for ln, u in zip(lines, use, strict=True):
        if u:
            for c in ln.chrome:
                chrome_size[c] = chrome_size.get(c, 0) + ln.chars
    chrome_ok = {c for c, n in chrome_size.items() if n <= CHROME_MAX_SHARE * total}
    fallback = None
    if focus is not None:
        method = "site"
        reasons = page.reasons(set(), chrome_ok)
    else:
        method = "main"
        reasons, score = page.choose(blocks, use, chrome_ok)
        better = _fallback(page, blocks, use, chrome_ok, reasons, score)
        if better is not None:
            fallback, reasons = better
    visible, body, drops, n_visible = _ledger(texts, reasons)
    kept = [i for i, r in enumerate(reasons) if r is None]
    # a page title is usually "Headline - Site name": the headline alone is the title
    if kept and lines[kept[0]].heading and title and texts[kept[0]] in title:
        title = texts[kept[0]]
    if not body and visible:
        method = "empty"
    return Extracted(
        body,
        title=title,
        url=declared_url,
        method=method,
        lines_total=n_visible,
        lines_kept=len(kept),
        visible=visible,
        drops=drops,
        fallback=fallback,
    )
