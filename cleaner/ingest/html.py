"""Main-text extraction from HTML pages with beautifulsoup4 (lxml parser).

The page is parsed, tags that never hold article text (scripts, styles, forms, ``nav``,
``header``, ``footer``, ``aside``, comments) are skipped, and the rest is laid out as lines:
one per heading, paragraph, list item or table row (cells joined by a tab).  Each line is
weighed by how much non-link text it holds (link-heavy and very short lines count
against it; lines inside elements whose class/id names site chrome, from
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
    "caption fieldset legend".split()
)
CELL_TAGS = frozenset(("td", "th"))
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
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

_WS = re.compile(r"\s+")
_TOKEN_SPLIT = re.compile(r"[-_\s:./]+|(?<=[a-z])(?=[A-Z])")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Extracted:
    """The main text of a page and what was learnt about it on the way."""

    body: str  # main text: one line per heading / paragraph / list item / table row
    title: str | None = None
    url: str | None = None  # canonical or og:url the page declares
    method: str = "main"  # "main" (scored subtree), "site" (site selector), "flat", "empty"
    lines_total: int = 0
    lines_kept: int = 0
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """Title line (unless the body opens with it or a part of it) and body."""
        title = (self.title or "").strip()
        first = self.body.split("\n", 1)[0].strip()
        if not title or (first and (first in title or title in first)):
            return self.body
        return f"{title}\n{self.body}" if self.body else title


@dataclass(frozen=True, slots=True)
class Rules:
    skip_tags: frozenset[str]
    chrome_tokens: frozenset[str]
    meta_tokens: frozenset[str]
    comment_tokens: frozenset[str]
    sites: dict[str, list[str]]
    chrome_lines: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    data = load_table("html_extract")
    skip = frozenset(t for group in data["skip_tags"].values() for t in group)
    tokens = frozenset(t for entry in data["chrome"] for t in entry["tokens"])
    meta = frozenset(t for entry in data.get("post_meta", []) for t in entry["tokens"])
    comments = frozenset(t for entry in data.get("comments", []) for t in entry["tokens"])
    sites = {host: list(v.get("main", [])) for host, v in data.get("sites", {}).items()}
    pats = [entry["pattern"] for entry in data.get("chrome_lines", [])]
    line_re = re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None
    return Rules(skip, tokens, meta, comments, sites, line_re)


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

    def text(self) -> str:
        s = "".join(self.parts)
        if self.cells:
            s = "\t".join(c.strip() for c in s.split("\t") if c.strip())
        return s.strip()


def _weight_len(s: str) -> int:
    """Characters, a Han character counting :data:`HAN_WEIGHT` times."""
    return len(s) + (HAN_WEIGHT - 1) * len(_HAN.findall(s))


def _is_hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", str(style), re.I):
        return True
    return False


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


def _walk(root: Any, rules: Rules) -> tuple[list[_Line], dict[int, int], dict[int, _Block]]:
    """Lay the tree out as lines, iteratively.

    Returns the lines, the text size per chrome element and the tree of block elements.
    """
    from bs4 import Comment, NavigableString, Tag
    from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

    skip_strings = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    lines: list[_Line] = []
    owners: list[int] = []
    chrome: list[int] = []
    chrome_size: dict[int, int] = {}
    blocks: dict[int, _Block] = {}
    state = {"link": 0, "pre": 0, "cells": 0, "heading": 0}
    meta: list[int] = []
    meta_size: dict[int, int] = {}
    cur = _Line([])

    def flush() -> None:
        nonlocal cur
        if cur.chars:
            lines.append(cur)
            for c in cur.chrome:
                chrome_size[c] = chrome_size.get(c, 0) + cur.chars
        cur = _Line([])

    # stack items: ("open", tag) or ("close", tag, pushed_owner, pushed_chrome)
    stack: list[tuple[Any, ...]] = [("open", root)]
    while stack:
        item = stack.pop()
        if item[0] == "close":
            _, tag, pushed_owner, pushed_chrome, pushed_meta = item
            name = tag.name
            if pushed_meta:
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
            if name in BLOCK_TAGS or name == "br":
                flush()
            if pushed_owner:
                owners.pop()
            if pushed_chrome:
                chrome.pop()
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
                    _add(cur, piece, state, owners, chrome, meta, meta_size)
                continue
            _add(cur, s, state, owners, chrome, meta, meta_size)
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in rules.skip_tags or _is_hidden(node.attrs):
            continue
        if name == "br":
            flush()
            continue
        pushed_owner = pushed_chrome = False
        if name in BLOCK_TAGS or name in CELL_TAGS:
            if name in BLOCK_TAGS:
                flush()
            if name in BLOCK_TAGS and len(owners) < MAX_TRACKED_DEPTH:
                parent = owners[-1] if owners else None
                blocks[id(node)] = _Block(
                    parent,
                    comments=bool(rules.comment_tokens)
                    and _chrome_named(node.attrs, rules.comment_tokens, roles=False),
                )
                owners.append(id(node))
                pushed_owner = True
            if (
                name not in ("body", "html", "main", "article")
                and len(chrome) < 8
                and _chrome_named(node.attrs, rules.chrome_tokens)
            ):
                chrome.append(id(node))
                pushed_chrome = True
        if name == "a":
            state["link"] += 1
        elif name == "pre":
            state["pre"] += 1
        elif name == "tr":
            state["cells"] += 1
        elif name in HEADINGS:
            state["heading"] += 1
        pushed_meta = bool(
            rules.meta_tokens
            and name not in ("body", "html", "main", "article")
            and ("class" in node.attrs or "id" in node.attrs)
            and _chrome_named(node.attrs, rules.meta_tokens, roles=False)
        )
        if pushed_meta:
            meta.append(id(node))
        stack.append(("close", node, pushed_owner, pushed_chrome, pushed_meta))
        stack.extend(("open", child) for child in reversed(node.contents))
    flush()
    # post-meta is small: a "user-content" or "post-author-and-body" wrapper is not
    for ln in lines:
        ln.meta_chars = sum(n for m, n in ln.meta_runs if meta_size[m] <= META_MAX_CHARS)
    return lines, chrome_size, blocks


def _add(
    cur: _Line,
    s: str,
    state: dict[str, int],
    owners: list[int],
    chrome: list[int],
    meta: list[int],
    meta_size: dict[int, int],
) -> None:
    if not s:
        return
    if not cur.chars and s.strip():
        cur.owners = tuple(owners)
        cur.chrome = tuple(chrome)
        cur.heading = bool(state["heading"])
        cur.cells = bool(state["cells"])
    cur.parts.append(s)
    n = len(s.strip()) if s.strip() else 0
    cur.chars += n
    if state["link"]:
        cur.link_chars += n
    if meta and n:
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
    lines: list[_Line], texts: list[str], chrome_ok: set[int], line_chrome: list[bool]
) -> tuple[int | None, list[bool], dict[int, float], dict[int, float]]:
    """The max-weight container, per line whether it is chrome, and per block its
    weight and the weight of its positive lines alone."""
    is_chrome = [
        lc or any(c in chrome_ok for c in ln.chrome)
        for ln, lc in zip(lines, line_chrome, strict=True)
    ]
    score: dict[int, float] = {}
    gain: dict[int, float] = {}
    for ln, t, ch in zip(lines, texts, is_chrome, strict=True):
        w = _line_weight(ln, t, is_chrome=ch)
        for o in ln.owners:
            score[o] = score.get(o, 0.0) + w
        if w > 0:
            for o in ln.owners:
                gain[o] = gain.get(o, 0.0) + w
    if not score:
        return None, is_chrome, score, gain
    best = max(score, key=lambda k: score[k])
    return best, is_chrome, score, gain


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
        return Extracted(_flat_text(html), method="flat")
    title, declared_url = _meta(soup)
    root = soup.body or soup
    method = "main"
    if site is None and url:
        from urllib.parse import urlsplit

        site = (urlsplit(url).hostname or "").removeprefix("www.") or None
    if site and rules.sites.get(site):
        for sel in rules.sites[site]:
            found = soup.select_one(sel)
            if found is not None:
                root, method = found, "site"
                break
    lines, chrome_size, blocks = _walk(root, rules)
    texts = [ln.text() for ln in lines]
    total = sum(ln.chars for ln in lines) or 1
    chrome_ok = {c for c, n in chrome_size.items() if n <= CHROME_MAX_SHARE * total}
    line_chrome = [
        bool(rules.chrome_lines and len(t) < 300 and rules.chrome_lines.search(t)) for t in texts
    ]
    if method == "site":
        keep = [bool(t) and not lc for t, lc in zip(texts, line_chrome, strict=True)]
    else:
        best, is_chrome, _, gain = _select(lines, texts, chrome_ok, line_chrome)
        group = {best} if best is not None else set()
        if INCLUDE_COMMENTS and best is not None:
            group |= _comment_sections(best, blocks, gain)
        keep = [
            bool(t)
            and not ch
            and not group.isdisjoint(ln.owners)
            and not (DROP_META and _is_meta(ln))
            and (ln.link_chars / max(1, ln.chars) <= MAX_LINK_DENSITY or ln.heading)
            for ln, t, ch in zip(lines, texts, is_chrome, strict=True)
        ]
    kept = [i for i, k in enumerate(keep) if k]
    body = "\n".join(texts[i] for i in kept)
    # a page title is usually "Headline - Site name": the headline alone is the title
    if kept and lines[kept[0]].heading and title and texts[kept[0]] in title:
        title = texts[kept[0]]
    if not body and texts:
        method = "empty"
    return Extracted(
        body,
        title=title,
        url=declared_url,
        method=method,
        lines_total=len(lines),
        lines_kept=sum(keep),
    )
