"""Reading one HTML element by its tag and attributes, for the layout walk.

:func:`cleaner.ingest.html_layout._walk` lays a page out as lines; what it records on each
line comes from what the elements around the line are, read here from the element alone
(its tag, ``class``/``id``/``role``/``style`` attributes, or a link's own text), with the
rule table :func:`default_rules` loads from ``rules/html_extract.toml``:

* hidden for good or until a script reveals it (:func:`_hidden`), or kept from sight for
  screen readers only (:func:`_unseen`);
* named as site chrome, post meta or comments by a word of its class or id, or by an ARIA
  landmark role (:func:`_chrome_named`), and its shape, tag and class words without
  numbers, that tells a thread's posts from their container (:func:`_shape`);
* a page control a reader clicks (:func:`_is_control`), a form field a reader types into
  (:data:`_ENTRY`), an icon (:data:`_ICONS`, :func:`icon_glyphs`);
* a link whose text is text, not a way elsewhere: an attachment naming a file
  (:func:`_is_attachment`), an @mention, a cited address (:func:`_text_link`);
* a table set between two paragraphs of the text (:func:`_between_paragraphs`).

None of these looks at the rest of the page; weighing lines against each other is
:mod:`cleaner.ingest.html_layout`'s and :mod:`cleaner.ingest.html`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cleaner.rules import load_table

_TOKEN_SPLIT = re.compile(r"[-_\s:./]+|(?<=[a-z])(?=[A-Z])")
_GONE = re.compile(r"display\s*:\s*none", re.I)
# a box of no size that hides what overflows it: screen-reader text ('正文已结束，您可以按
# alt+4进行评论').  Not 'font-size:0', which inline-block layouts set on a parent whose
# children set their own size.
_ZERO_BOX = re.compile(
    r"(?=.*(?<![-\w])width\s*:\s*0(?:px)?\s*(?:;|$))"
    r"(?=.*(?<![-\w])height\s*:\s*0(?:px)?\s*(?:;|$))(?=.*overflow\s*:\s*hidden)",
    re.I,
)
_REVEALABLE = re.compile(r"visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)", re.I)


@dataclass(frozen=True, slots=True)
class Rules:
    skip_tags: frozenset[str]  # laid out (visible) but always dropped: chrome, form controls
    chrome_tokens: frozenset[str]
    meta_tokens: frozenset[str]
    comment_tokens: frozenset[str]
    sites: dict[str, list[str]]
    chrome_lines: re.Pattern[str] | None = None
    code_tags: frozenset[str] = frozenset()  # never laid out: not text a reader sees
    control_tokens: frozenset[str] = frozenset()  # class/id words of small page tools
    attachment: re.Pattern[str] | None = None  # link text that names a file (attachments)
    unseen_classes: frozenset[str] = frozenset()  # inline text kept from sight by its class
    # (chrome words, content words): a class/id name holding both names part of the content
    chrome_qualified: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    reader_ids: frozenset[str] = frozenset()  # whole ids of a readers' comment section
    badge_words: frozenset[str] = frozenset()  # badge words at a heading's edge (casefolded)
    # class words that make the text above such a section a forum thread (it stays)
    thread_words: frozenset[str] = frozenset()
    # a thread's floors by name (沙发: the second floor), (word, floor number)
    floor_words: tuple[tuple[str, int], ...] = ()
    # chrome words that name an article's own header box (html_lede): where it sits
    header_words: frozenset[str] = frozenset()


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
    controls = frozenset(t for entry in data.get("controls", []) for t in entry["tokens"])
    exts = [e for entry in data.get("attachments", []) for e in entry["extensions"]]
    attach = (
        re.compile(r"[^\s/\\]\.(?:" + "|".join(map(re.escape, exts)) + r")(?![\w.])", re.I)
        if exts
        else None
    )
    unseen = frozenset(
        c.lower()
        for group in ("visually_hidden", "inline_tools")
        for entry in data.get(group, [])
        for c in entry["classes"]
    )
    qualified = tuple(
        (frozenset(e["chrome"]), frozenset(e["content"])) for e in data.get("chrome_qualified", [])
    )
    readers = frozenset(
        i.lower() for entry in data.get("reader_comments", []) for i in entry["ids"]
    )
    badges = frozenset(
        w.casefold() for entry in data.get("heading_badges", []) for w in entry["words"]
    )
    threads = frozenset(
        w.lower()
        for entry in data.get("reader_comments", [])
        for w in entry.get("thread_words", [])
    )
    return Rules(
        skip,
        tokens,
        meta,
        comments,
        sites,
        line_re,
        code,
        controls,
        attach,
        unseen,
        qualified,
        readers,
        badges,
        threads,
        tuple(
            (w, int(n))
            for entry in data.get("reader_comments", [])
            for w, n in entry.get("floor_words", {}).items()
        ),
        frozenset(w.lower() for w in data.get("headline_box", {}).get("words", [])),
    )


def _hidden(attrs: dict[str, Any]) -> int:
    """0 shown, 1 hidden for good (``display:none``, ``hidden``), 2 hidden until a script
    reveals it (``visibility:hidden``, ``opacity:0``)."""
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return 1
    style = attrs.get("style")
    if not style:
        return 0
    style = str(style)
    if _GONE.search(style) or _ZERO_BOX.search(style):
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


def _qualified(words: frozenset[str], hit: frozenset[str], rules: Rules) -> bool:
    """Whether a name's chrome words ``hit`` are qualified by a content word of the same
    name (``[[chrome_qualified]]``): ``MoreAnswers`` names more of a question's answers,
    ``a-article-header`` the article's own header, not site chrome."""
    return any(
        hit <= chrome and not words.isdisjoint(content)
        for chrome, content in rules.chrome_qualified
    )


def _anchor_slug(words: frozenset[str], hit: frozenset[str], text: Callable[[], str]) -> bool:
    """Whether an id is a jump anchor made from the element's own words: besides its
    chrome word (``nav_``), two or more words all found in the element's text
    (``<h3 id="nav_lower_cost__1">Lower cost at last</h3>``): a heading's link target, not
    a name of what the element is."""
    rest = {w for w in words - hit if not w.isdigit()}
    if len(rest) < 2:
        return False
    seen = set(_WORDS.findall(text().lower()))
    return rest <= seen


_WORDS = re.compile(r"\w+")


def _names_chrome(attrs: dict[str, Any], rules: Rules, text: Callable[[], str]) -> bool:
    """:func:`_chrome_named` with :attr:`Rules.chrome_tokens`, less the names that do not
    name chrome: a chrome word qualified by a content word (:func:`_qualified`) and an id
    that is an anchor made from the element's text (:func:`_anchor_slug`)."""
    if attrs.get("role") in _CHROME_ROLES:
        return True
    tokens = rules.chrome_tokens
    cls = attrs.get("class")
    names = (cls if isinstance(cls, list) else [str(cls)]) if cls else []
    for name in names:
        words = _name_tokens(name)
        hit = tokens & words
        if hit and not _qualified(words, hit, rules):
            return True
    ident = attrs.get("id")
    if not ident:
        return False
    words = _name_tokens(str(ident))
    hit = tokens & words
    return bool(hit) and not _qualified(words, hit, rules) and not _anchor_slug(words, hit, text)


_BADGE_TAGS = frozenset(("span", "em", "i", "b", "strong", "small", "sup", "mark", "font", "a"))
#: The heading's own words besides the badge: at least this many characters.
BADGE_REST_MIN_CHARS = 4


def heading_badge(node: Any, words: frozenset[str]) -> bool:
    """Whether ``node`` is a badge at the edge of the heading it stands in: an inline
    element, the heading's first or last child, whose whole text is a badge word
    (``[[heading_badges]]``: ``<h2><span>Exclusive</span>Harbour cranes sold</h2>``)
    beside at least :data:`BADGE_REST_MIN_CHARS` of the heading's own words.  A reader
    sees a label on the headline, not a word of it."""
    if node.name not in _BADGE_TAGS:
        return False
    parent = node.parent
    if parent is None or parent.name not in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return False
    text = node.get_text(strip=True)
    if not text or text.casefold() not in words:
        return False
    kids = [c for c in parent.contents if getattr(c, "name", None) or str(c).strip()]
    if not kids or (kids[0] is not node and kids[-1] is not node):
        return False
    return len(parent.get_text(strip=True)) - len(text) >= BADGE_REST_MIN_CHARS


def _unseen(attrs: dict[str, Any], rules: Rules) -> bool:
    """Whether the element's class keeps it from sight for screen readers only
    (``[[visually_hidden]]``: ``sr-only``, ``screen-reader-text`` …) or names an editor's
    inline tool (``[[inline_tools]]``: ``mw-editsection`` …): not laid out either way."""
    cls = attrs.get("class")
    if not cls:
        return False
    names = cls if isinstance(cls, list) else str(cls).split()
    return any(str(c).lower() in rules.unseen_classes for c in names)


_DIGITS = re.compile(r"\d+")


def _shape(name: str, attrs: dict[str, Any]) -> str:
    """Tag and class names of an element, names with a number left out: the posts of a
    thread (``post post-17``, ``post post-18``) share one shape, a grid's ``col-8`` and
    ``col-4`` columns have none.  "" for an element without such a class: a bare
    ``<div>`` says nothing about what it holds."""
    cls = attrs.get("class")
    if not cls:
        return ""
    names = cls if isinstance(cls, list) else str(cls).split()
    words = sorted({c for c in names if c and not _DIGITS.search(c)})
    return f"{name}.{'.'.join(words)}" if words else ""


def _between_paragraphs(node: Any) -> bool:
    """Whether ``node`` stands between two paragraphs of text, the next element on
    either side a ``<p>`` with words: a table the text sets among its paragraphs (a
    notice's rate table, ``<table class="rate">``) is the text's, whatever its class
    says; a forum's rating table (Discuz!'s ``rate``) stands under the post's box."""

    def side(forward: bool) -> bool:  # noqa: FBT001 (a local helper, one flag)
        # (the element right beside it, an empty one too: a table with an empty slot
        # between it and the text is laid out as a box of its own)
        sib = beside(node, forward=forward, pass_empty=False)
        return sib is not None and sib.name == "p" and bool(sib.get_text().strip())

    return side(False) and side(True)


#: Elements that hold no words a reader sees (passed over beside an element).
_UNSEEN = ("script", "style", "noscript", "template")


def beside(node: Any, *, forward: bool, pass_empty: bool) -> Any:
    """The nearest element beside ``node`` on one side (``forward``: after it), or
    ``None``: none, or loose words come first (no element stands right there).
    ``pass_empty``: elements that show no words (a script, an empty ad slot) are passed
    over, as a reader's eye passes them (:mod:`~cleaner.ingest.html_pull_quote`).

    >>> from bs4 import BeautifulSoup
    >>> div = BeautifulSoup("<div><p>a</p><span></span><aside>q</aside></div>", "lxml").div
    >>> beside(div.aside, forward=False, pass_empty=False).name
    'span'
    >>> beside(div.aside, forward=False, pass_empty=True).name
    'p'
    """
    sib = node.next_sibling if forward else node.previous_sibling
    while sib is not None:
        if getattr(sib, "name", None) is None:
            if str(sib).strip():
                return None  # loose words beside it: no element there
        elif not pass_empty or (sib.name not in _UNSEEN and sib.get_text(strip=True)):
            return sib
        sib = sib.next_sibling if forward else sib.previous_sibling
    return None


def _is_control(name: str, attrs: dict[str, Any], tokens: frozenset[str]) -> bool:
    """Whether the element is a page control a reader clicks to act on the page (print,
    font size, vote, reply), not a link to elsewhere nor text: a ``javascript:`` or ``#``
    link, an ``onclick`` element, a button role, or a page tool by class/id (``tokens``)."""
    if "onclick" in attrs or attrs.get("role") == "button":
        return True
    if name == "a":
        href = str(attrs.get("href", "")).strip().lower()
        if href == "#" or href.startswith("javascript:"):
            return True
    return bool(tokens) and _chrome_named(attrs, tokens, roles=False)


#: An attachment link's text is at most this long: a file name and its size.
ATTACHMENT_MAX_CHARS = 120


def _is_attachment(node: Any, pattern: re.Pattern[str] | None) -> bool:
    """Whether a link is a post's attachment: its text names a file (``规程.pdf 1.2MB``,
    ``minutes.docx``), from ``[[attachments]]`` in ``rules/html_extract.toml``.

    Such a link is what the post offers, not a way elsewhere: its text counts as text,
    so a post that is a title and one attachment is not outweighed by the page's menus.
    A link whose address is an uploaded file of those kinds (``<a href="/upload/fj1.xls">附件：
    1．某某一览表</a>``) is one too: a notice names its attachment by its title, the file
    is what the link offers.
    """
    if pattern is None:
        return False
    text = node.get_text(" ", strip=True)
    if not 0 < len(text) <= ATTACHMENT_MAX_CHARS:
        return False
    if pattern.search(text) is not None:
        return True
    href = str(node.attrs.get("href", "")).split("?", 1)[0].split("#", 1)[0]
    return not href.startswith(("http://", "https://", "//")) and _file_href(href, pattern)


def _file_href(href: str, pattern: re.Pattern[str]) -> bool:
    """``href``'s last path part names a file of an attachment's kind (``fj1.xls``).

    >>> p = default_rules().attachment
    >>> _file_href("/upload/2021/fj1.xls", p), _file_href("/news/12.html", p)
    (True, False)
    """
    name = href.rsplit("/", 1)[-1]
    m = pattern.search(name)
    return m is not None and m.end() == len(name)


#: An @mention is at most this long ('@用户名', '＠someone').
MENTION_MAX_CHARS = 32
_MENTION = re.compile(rf"^[@＠][^\s@＠]{{1,{MENTION_MAX_CHARS - 1}}}$")


def _is_mention(node: Any) -> bool:
    """Whether a link is an @mention (``<a>@某人</a> 不行呢``): a word of the reply that
    names whom it answers, not a way elsewhere, so its text counts as text and a short
    reply is not dropped as a link list.

    >>> from bs4 import BeautifulSoup
    >>> a, b = BeautifulSoup("<a>@小林</a><a>首页</a>", "lxml").find_all("a")
    >>> _is_mention(a), _is_mention(b)
    (True, False)
    """
    return _MENTION.match(node.get_text(strip=True)) is not None


_URL_TEXT = re.compile(r"^(?:https?://|www\.)\S{4,}$", re.I)


def _is_cited_url(node: Any) -> bool:
    """Whether a link shows its own address (``参考：<a>https://…/69528.html</a>``): a
    source the text cites, whose address is the words a reader sees, not a menu item, so
    its text counts as text and a post's reference line is not dropped as a link list.

    >>> from bs4 import BeautifulSoup
    >>> a, b = BeautifulSoup("<a>https://example.org/a/1.html</a><a>Home</a>", "lxml").find_all("a")
    >>> _is_cited_url(a), _is_cited_url(b)
    (True, False)
    """
    return _URL_TEXT.match(node.get_text("", strip=True)) is not None


def _text_link(node: Any) -> bool:
    """An @mention or a cited address (:func:`_is_mention`, :func:`_is_cited_url`), read
    with one look at the link's text: only links opening with '@', 'h' or 'w' are read."""
    first = next((s for s in node.strings if s.strip()), "").lstrip()[:1].casefold()
    if first in ("@", "＠"):
        return _is_mention(node)
    return first in ("h", "w") and _is_cited_url(node)


#: Elements that draw an icon (an icon font's ``<i class="icon">``, an ``<svg>``) when
#: they hold no text but private-use glyphs (the icon font's code points).
_ICONS = frozenset(("i", "svg"))
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]+")


def icon_glyphs(s: str) -> str:
    """``s`` without the private-use code points an icon font draws its glyphs with.

    >>> icon_glyphs("\ue60e4"), icon_glyphs("\ue60e")
    ('4', '')
    """
    return _PRIVATE_USE.sub("", s)


#: Controls a reader types into or picks from: a form holding one is a widget ...
_ENTRY = frozenset(("input", "textarea", "select"))
#: ... unless it is one of these input types (hidden state, buttons, ticks).
_NOT_ENTRY = frozenset(("hidden", "submit", "button", "image", "reset", "checkbox", "radio"))
