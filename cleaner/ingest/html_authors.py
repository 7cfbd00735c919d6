"""Who wrote an HTML page, as its head declares it outside the text.

News and blog pages name the author in JSON-LD (an ``Article``'s ``author``: a
``Person``'s ``name``, a list of them, or a bare string) and in ``<meta>`` tags
(``article:author``, ``parsely-author``, ``byl``, ``DC.creator`` …: data,
``rules/html_extract.toml`` ``[authors]``).  JSON-LD is read first: its ``Person`` is a
person, where a ``<meta name=author>`` often holds the site's or template's name
(``Example Media``, ``Forum Software Team``).  So a value is no author when it is a URL
or a handle (``https://facebook.com/…``, ``@site``), names a domain (``site.com``), is
an ``Organization``, or is the site's own name (``og:site_name``, a part of the title
after the headline, the host).  A comment's author (``itemprop=author`` inside a reply)
is never read: only the page's head, its JSON-LD and the microdata author of a post's
item (a Q&A page's question or answer, a forum post: ``_from_microdata``) are.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html import unescape
from typing import Any

from cleaner.ingest.html_dates import meta_values, under_headline
from cleaner.rules import load_table

_WS = re.compile(r"\s+")
#: An author's name is at most this long ('Analysis by A. Writer, Editor-at-large').
AUTHOR_MAX_CHARS = 60
#: At most this many names of a list of authors are kept (joined by ', ').
MAX_AUTHORS = 3
# a URL, a handle, an e-mail, or a name with a domain in it ('Site.NET', 'News (www.x.de)')
_NOT_NAME = re.compile(r"://|^@|@\w|\bwww\.|\w\.(?:com|net|org|cn|de|co|uk|io|info)\b", re.I)
_BY = re.compile(r"^(?:by|von|par|por)\s+", re.I)
# the separators of a title's parts: 'Headline - Site', '标题_站点'
_TITLE_SEP = re.compile(r"\s[-–—|｜·:]+\s|[_|｜–—]+")
_PERSON_TYPES = ("person",)


@lru_cache(maxsize=1)
def _tables() -> tuple[tuple[str, ...], frozenset[str]]:
    t = load_table("html_extract")["authors"]
    return tuple(n.casefold() for n in t["meta"]), frozenset(n.casefold() for n in t["generic"])


@lru_cache(maxsize=1)
def _no_names() -> frozenset[str]:
    return frozenset(n.casefold() for n in load_table("html_extract")["authors"]["no_names"])


def _clean(value: str) -> str | None:
    s = _BY.sub("", _WS.sub(" ", unescape(value)).strip()).strip(" ,;|")
    if not s or len(s) > AUTHOR_MAX_CHARS or _NOT_NAME.search(s) or not re.search(r"\w", s):
        return None
    return None if s.casefold() in _no_names() else s


def _ld_names(node: Any, out: list[str]) -> None:
    """The names of the persons in a JSON-LD ``author`` value."""
    if isinstance(node, list):
        for item in node:
            _ld_names(item, out)
    elif isinstance(node, dict):
        kind = node.get("@type")
        kinds = [str(k).casefold() for k in (kind if isinstance(kind, list) else [kind])]
        name = node.get("name")
        if isinstance(name, str) and any(k in _PERSON_TYPES for k in kinds):
            out.append(name)
    elif isinstance(node, str):
        out.append(node)


def _walk_authors(node: Any, out: list[list[str]]) -> None:
    """Every ``author`` value in a JSON-LD tree, as lists of names, in document order."""
    if isinstance(node, list):
        for item in node:
            _walk_authors(item, out)
    elif isinstance(node, dict):
        if "author" in node:
            names: list[str] = []
            _ld_names(node["author"], names)
            if names:
                out.append(names)
        for key, value in node.items():
            if key != "author" and isinstance(value, (dict, list)):
                _walk_authors(value, out)


def _from_json_ld(soup: Any) -> list[str]:
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}, limit=5):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        found: list[list[str]] = []
        _walk_authors(data, found)
        for names in found:
            kept = [n for n in (_clean(x) for x in names) if n]
            if kept:
                return kept
    return []


@lru_cache(maxsize=1)
def _post_types() -> frozenset[str]:
    """The schema.org item types of a post whose microdata author is the page's
    (``html_extract.toml`` ``[authors]`` ``post_types``); a ``Comment``'s is never read."""
    return frozenset(n.casefold() for n in load_table("html_extract")["authors"]["post_types"])


#: A page is read for its microdata authors among this many elements marked ``author``.
MAX_MICRODATA = 20


def _item_type(tag: Any) -> str:
    """The last word of ``tag``'s ``itemtype`` (``http://schema.org/Answer`` → ``answer``)."""
    kind = str(tag.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
    return kind.casefold()


def _from_microdata(soup: Any) -> list[str]:
    """The name of the first person that schema.org microdata marks as the ``author`` of
    a post's item (:func:`_post_types`): a Q&A page's answerer, whose name the page
    prints far under the question's headline, beside no stamp.  A comment's author, or
    one of an item of another type, is none.

    >>> from bs4 import BeautifulSoup
    >>> html = ('<div itemscope itemtype="http://schema.org/Question"><h1>问一件事？</h1></div>'
    ...         '<div itemprop="answer" itemscope itemtype="http://schema.org/Answer">'
    ...         '<div itemprop="author" itemscope itemtype="http://schema.org/Person">'
    ...         '<meta itemprop="name" content="答题的林某"></div><p>答案。</p></div>')
    >>> _from_microdata(BeautifulSoup(html, "html.parser"))
    ['答题的林某']
    >>> _from_microdata(BeautifulSoup(html.replace("/Answer", "/Comment"), "html.parser"))
    []
    """
    for tag in soup.find_all(attrs={"itemprop": "author"}, limit=MAX_MICRODATA):
        owner = tag.find_parent(attrs={"itemscope": True})
        if owner is None or _item_type(owner) not in _post_types():
            continue
        if tag.has_attr("itemscope") and _item_type(tag) != "person":
            continue  # an organisation's, or an item of no person
        name = tag.find(attrs={"itemprop": "name"}) if tag.has_attr("itemscope") else tag
        if name is None:
            continue
        value = name.get("content") if name.name == "meta" else name.get_text(" ")
        if value and (clean := _clean(str(value))):
            return [clean]
    return []


def _from_meta(soup: Any, *, article: bool) -> list[str]:
    names, generic = _tables()
    found = meta_values(soup)
    out = []
    for name in names:
        if name in generic and not article:
            continue
        if name in found and (value := _clean(found[name])):
            out.append(value)
    return out


def _site_word(name: str, site_names: tuple[str, ...]) -> bool:
    """``name`` is (in) one of the site's names, or one of them is in it."""
    key = name.casefold().replace(" ", "")
    for site in site_names:
        s = site.casefold().replace(" ", "")
        if len(s) >= 2 and (key in s or s in key):
            return True
    return False


def declared_author(
    soup: Any, *, title: str | None, site_names: tuple[str, ...] = (), article: bool = False
) -> str | None:
    """The page's author as its JSON-LD or ``<meta>`` tags declare it (see the module
    doc), names joined by ``', '``, or None.  ``site_names``: the site's own names
    (``og:site_name``, the host); the title's parts after its first are added."""
    sites = list(site_names)
    tag_title = soup.title.string if soup.title is not None and soup.title.string else ""
    for t in dict.fromkeys((title or "", str(tag_title))):
        sites += [p.strip() for p in _TITLE_SEP.split(t) if p.strip()][1:]
    names = [n for n in _from_json_ld(soup) if not _site_word(n, tuple(sites))]
    names = names or [n for n in _from_microdata(soup) if not _site_word(n, tuple(sites))]
    if names:
        return ", ".join(dict.fromkeys(names[:MAX_AUTHORS]))
    # the first meta tag (most specific first) that names no site, else the byline link
    metas = [*_from_meta(soup, article=article), *_from_links(soup), *_from_author_box(soup)]
    return next((n for n in metas if not _site_word(n, tuple(sites))), None)


def _from_links(soup: Any) -> list[str]:
    """The one name the page's ``rel=author`` links give (a byline's link to the writer's
    page); none when they give two or more (a list of other stories, each with its own)."""
    names = set()
    for a in soup.find_all("a", attrs={"rel": True}, limit=500):
        rel = a.get("rel")
        if "author" in (rel if isinstance(rel, list) else str(rel).split()):
            if name := _clean(a.get_text(" ")):
                names.add(name)
    return [names.pop()] if len(names) == 1 else []


#: A post's author box holds a short row (``某某 發表在 某站 留言(0)``).
AUTHOR_BOX_MAX_CHARS = 60


@lru_cache(maxsize=1)
def _posting_verb() -> re.Pattern[str]:
    """A name, a gap, then a verb of posting (``headers.toml`` ``[meta] dated_verbs``)
    and a preposition or a space: how a blog's author box opens."""
    verbs = load_table("headers").get("meta", {}).get("dated_verbs", ())
    alt = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(rf"^(?P<name>[^\s\d:：|｜]{{1,12}})\s+(?:{alt})(?:[于於在]|\s)")


def _from_author_box(soup: Any) -> list[str]:
    """The one name the page's author boxes give: elements whose class names ``author``
    holding a short row that opens with a name and a verb of posting (``某某 发表于 某站``,
    the post's foot on a blog platform); none when they give two or more names.

    >>> from bs4 import BeautifulSoup
    >>> page = '<p>正文。</p><div class="author">小林 发表在 某某部落 留言(2)</div>'
    >>> _from_author_box(BeautifulSoup(page, "html.parser"))
    ['小林']
    >>> bio = '<div class="author">关于作者的一段介绍</div>'
    >>> _from_author_box(BeautifulSoup(bio, "html.parser"))
    []
    """
    names = set()
    verb = _posting_verb()
    for tag in soup.find_all(class_="author", limit=50):
        text = _WS.sub(" ", tag.get_text(" ")).strip()
        if len(text) <= AUTHOR_BOX_MAX_CHARS and (m := verb.match(text)):
            if name := _clean(m["name"]):
                names.add(name)
    return [names.pop()] if len(names) == 1 else []


#: A byline line is at most this long (the lines looked at: html_dates.under_headline).
BYLINE_MAX_CHARS = 120
# 'By A. Writer', 'by A and B on Monday …', 'By A | November 18, 2019', 'By A, Site'
# a date cell may stand first ('May 3, 2021 · By A')
_BYLINE = re.compile(r"^(?:[^·|｜•]{0,30}\d{4}\s*[·|｜•]\s*)?by\s+(.+)$", re.I)
# what ends the names of a byline: a date, a time, a separator, 'on …'
_BY_END = re.compile(r"\s+on\s|\s*[|｜/／•·]\s*|\s+[-–—]\s+|\s\d|\d{4}")
_BY_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&)\s+", re.I)
# a name: one to five words, each opening with a capital letter ('Ana de la Cruz' too)
_NAME = re.compile(
    r"^(?:[A-Z][\w.'’-]*|de|da|van|von|der|la|le|del|di|bin)(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|la|le|del|di|bin)){0,4}$"
)


@lru_cache(maxsize=1)
def _unit_endings() -> tuple[str, ...]:
    """Last words of an English office's or unit's name (``headers.toml``
    ``[posted_by_unit]``): a unit named after a writer in a byline is no writer."""
    return tuple(load_table("headers")["posted_by_unit"]["endings"])


def _unit_name(name: str) -> bool:
    """``name`` ends with a unit's word ('University Communications', 'Press Office').

    >>> _unit_name("University Communications"), _unit_name("Ana Office-Ruiz")
    (True, False)
    """
    words = name.split()
    return len(words) >= 2 and words[-1] in _unit_endings()


def byline_author(
    visible: str,
    headline: str | None,
    *,
    title: str | None = None,
    site_names: tuple[str, ...] = (),
) -> str | None:
    """The names of the ``By …`` line under the page's headline (``By Ana Ruiz and Bo
    Lark on Monday, …`` → ``'Ana Ruiz, Bo Lark'``), or None: a name is capitalised
    words; a site's name (``By Ana Ruiz, Valley Post`` with ``Valley Post`` in the
    title), a CMS account and a phrase (``By the numbers``, ``By 2030, …``) are not.

    >>> page = "Home\\nBridge opens\\nBy Ana Ruiz and Bo Lark on Monday\\nText."
    >>> byline_author(page, "Bridge opens")
    'Ana Ruiz, Bo Lark'
    >>> byline_author("Bridge opens\\nBy the numbers: ten spans\\nText.", "Bridge opens")
    """
    lines = under_headline(visible, headline)
    if lines is None:
        return None
    sites = list(site_names)
    sites += [p.strip() for p in _TITLE_SEP.split(title or "") if p.strip()][1:]
    for ln in lines:
        s = ln.strip()
        m = _BYLINE.match(s) if len(s) <= BYLINE_MAX_CHARS else None
        if m is None:
            continue
        head = _BY_END.split(m.group(1), maxsplit=1)[0]
        names = [n.strip() for n in _BY_SPLIT.split(head) if n.strip()]
        if not names or not _NAME.match(names[0]):
            return None
        kept = [
            c
            for k, n in enumerate(names)
            if _NAME.match(n)
            and (c := _clean(n))
            and not _site_word(c, tuple(sites))
            and not (k and _unit_name(c))  # 'By A, Media Office': the writer's unit
        ]
        return ", ".join(kept[:MAX_AUTHORS]) or None
    return None
