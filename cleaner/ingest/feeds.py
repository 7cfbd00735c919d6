"""RSS and Atom feeds (``.rss``, ``.atom``, or ``.xml`` that holds one): a page per item.

Each RSS ``<item>`` (2.0 and 1.0/RDF) or Atom ``<entry>`` becomes a page:

* its text is the visible text of the item's HTML (RSS ``content:encoded``, else
  ``description``; Atom ``content``, else ``summary``; Atom ``type="xhtml"`` and
  ``type="text"`` too) under the item's title: all of it, as the content is the article
  (no main-text extraction drops, which are for pages with site chrome);
* its URL (and so its site) is the item's link (Atom ``rel="alternate"``; RSS ``guid``
  when it is a permalink and there is no ``link``);
* its title becomes the article title when the item is one article, its date
  (``pubDate``, ``dc:date``, ``published``, ``updated``) ``meta.published`` (YYYY-MM-DD),
  its author (``dc:creator``, Atom ``<author><name>``, RSS ``<author>`` as ``mail (Name)``)
  ``meta.author``;
* a bar of links that ends every item the same way (``(浏览全文 引用此文)``, "Read more |
  Comments") is dropped as ``extract.feed_tail`` (:mod:`cleaner.ingest.feed_tails`);
* its original bytes are the item's exact bytes in the feed, kept in ``originals/`` so
  ``rebuild`` gives them back.

Items are cut from the file at their tags (CDATA sections and comments passed over), so
each keeps its bytes; each is decoded with the feed's encoding (found as for an HTML page:
BOM, XML declaration, detection) and parsed on its own inside the feed's root tag (which
declares its namespaces).  The parser resolves no entities
and fetches nothing.  An item without any content (a link-only feed) is counted as
skipped (``feed item without content``), not made into an empty page.
"""

from __future__ import annotations

import html as htmlmod
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any

from cleaner.ingest.feed_tails import TAIL_MIN_ITEMS, drop_tail, tail_links
from cleaner.ingest.source import Quarantined, Skipped
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

_TOKENS = re.compile(
    rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->|<(/?)(?:[\w.-]+:)?(item|entry)\b[^>]*?(/?)>", re.S | re.I
)
_CLOSE = re.compile(rb"</(?:[\w.-]+:)?(?:channel|rss|feed|RDF)\s*>", re.I)
_ROOT = re.compile(rb"<((?:[\w.-]+:)?(?:rss|feed|RDF))\b[^>]*>", re.I)
#: A feed is read whole (items need its root's namespaces): this many page limits at most.
FEED_PAGES = 4


def split_items(data: bytes) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each top-level ``<item>``/``<entry>`` element in the feed.

    >>> feed = b"<rss><channel><item><title>a</title><description><![CDATA[</item>]]>"
    >>> feed += b"</description></item><item/></channel></rss>"
    >>> [feed[s:e][-20:] for s, e in split_items(feed)]
    [b'/description></item>', b'<item/>']

    Items do not nest: an item whose end tag is missing ends where the next one starts,
    the last one where the channel or feed closes (or the file ends), so that a feed
    cut short or hand-edited loses no item unseen (each is parsed, else quarantined).

    >>> feed = b"<rss><channel><item><title>a</title><item><title>b</title></item>"
    >>> feed += b"<item><title>c</title></channel></rss>"
    >>> [feed[s:e] for s, e in split_items(feed)]  # doctest: +NORMALIZE_WHITESPACE
    [b'<item><title>a</title>', b'<item><title>b</title></item>',
     b'<item><title>c</title>']
    """
    depth = 0
    start = 0
    name = b""
    for m in _TOKENS.finditer(data):
        if m.group(2) is None:  # CDATA or comment
            continue
        if m.group(1):  # closing tag
            if depth:
                depth -= 1
                if depth == 0:
                    yield start, m.end()
        elif m.group(3):  # <item/>
            if depth == 0:
                yield m.start(), m.end()
        else:
            tag = m.group(0).split(None, 1)[0].rstrip(b">")
            if depth and tag == name:  # the open item lost its end tag
                yield start, m.start()
                depth = 0
            if depth == 0:
                start, name = m.start(), tag
            depth += 1
    if depth:  # the last item lost its end tag: it runs to the channel's or feed's end
        end = _CLOSE.search(data, start)
        yield start, end.start() if end else len(data)


def read_feed(
    stream: IO[bytes], source: str, opts: ReadOptions, base: dict[str, Any]
) -> Iterator[RawInput | Quarantined | Skipped]:
    """The items of an RSS/Atom feed as raw pages named ``<source>:<n>``."""
    from cleaner.ingest.compression import read_all

    limit = opts.max_page_bytes * FEED_PAGES
    data = read_all(stream, limit=limit)
    if data is None:
        mb = limit // (1024 * 1024)
        yield Quarantined(source, f"feed larger than {mb} MB: not processed", code="too_large")
        return
    root = _ROOT.search(data)
    if root is None:
        yield Quarantined(
            source, "not an RSS or Atom feed (no rss/feed root)", data, code="corrupt"
        )
        return
    from cleaner.ingest.encoding import decode_html

    # the feed's encoding as for an HTML page (BOM, XML declaration, detection): items are
    # decoded with it and parsed as text, so a wrong declaration does not lose them
    enc = decode_html(data).encoding
    wrap = (root.group(0).decode(enc, "replace"), "</" + root.group(1).decode("ascii") + ">")
    fmt = "atom" if root.group(1).lower().endswith(b"feed") else "rss"
    skipped: Counter[str] = Counter()
    n = 0
    items: list[tuple[int, int, int, dict[str, str] | None]] = []
    for start, end in split_items(data):
        n += 1
        items.append((n, start, end, _item(data[start:end], wrap, enc)))
    tails = Counter(t for *_, it in items if it and (t := tail_links(it["html"])))
    for k, start, end, item in items:
        if item is None:
            yield Quarantined(
                source, f"item {k}: not well-formed XML", data[start:end], code="invalid_xml"
            )
            continue
        if not item["html"].strip():
            skipped["feed item without content"] += 1
            continue
        page = _page(f"{source}:{k}", data[start:end], item, fmt, k, base, opts)
        tail = tail_links(item["html"])
        if tail and tails[tail] >= TAIL_MIN_ITEMS:
            page = drop_tail(page, tail)
        yield page
    if not n:
        yield Quarantined(source, "feed without items", data, code="empty")
    if skipped:
        yield Skipped(source, dict(skipped))


def _page(
    src: str,
    raw: bytes,
    item: dict[str, str],
    fmt: str,
    n: int,
    base: dict[str, Any],
    opts: ReadOptions,
) -> RawInput:
    from cleaner.ingest.records import html_page, normalise_record_date

    container: dict[str, Any] = {"kind": "feed", "feed": fmt, "item": n, **base}
    container["encoding"] = item["encoding"]
    title = " ".join(item["title"].split())
    if title:
        container["record_title"] = title
    if item["author"]:
        container["record_author"] = item["author"]
    if item["date"]:
        day = normalise_record_date(item["date"])
        if day:
            container["record_date"] = day
        else:
            container["record_date_raw"] = item["date"][:100]
    doc = (
        f"<html><head><title>{htmlmod.escape(title)}</title></head>"
        f"<body><article>{item['html']}</article></body></html>"
    )
    page = html_page(src, raw, container, opts, url=item["link"] or None, html=doc)
    # an item's content is the article itself (no navigation or chrome around it): all of
    # its visible text is kept, none of it judged "outside the main text"
    return replace(page, drops=())


#: A CDATA section or comment (passed over), or an ``&`` with the reference it starts.
_AMP = re.compile(r"<!\[CDATA\[.*?\]\]>|<!--.*?-->|&(#[0-9]+;|#[xX][0-9a-fA-F]+;|\w+;)?", re.S)
_XML_NAMED = frozenset(("lt;", "gt;", "amp;", "quot;", "apos;"))


def xml_safe(text: str) -> str:
    """The item's XML with every ``&`` that XML would reject made well-formed: an HTML
    entity (``&nbsp;``, ``&rsquo;``, often unescaped in feeds) as its character reference,
    any other stray ``&`` (``Tom & Jerry``, an undeclared ``&custom;``) as ``&amp;``.

    libxml2's recovery after one such error silently drops every later ``&lt;``/``&gt;``
    of the item: its escaped HTML came out as ``pText/p``, tags turned into words.

    >>> xml_safe("<title>A&nbsp;B & C &x; &#38; &lt;</title><![CDATA[&nbsp;&]]>")
    '<title>A&#160;B &amp; C &amp;x; &#38; &lt;</title><![CDATA[&nbsp;&]]>'
    """
    from html.entities import html5

    def fix(m: re.Match[str]) -> str:
        ref = m.group(1)
        if m.group(0)[0] == "<" or (ref and (ref[0] == "#" or ref in _XML_NAMED)):
            return m.group(0)
        if ref and ref in html5:
            return "".join(f"&#{ord(c)};" for c in html5[ref])
        return "&amp;" + (ref or "")

    return _AMP.sub(fix, text) if "&" in text else text


def _item(raw: bytes, wrap: tuple[str, str], enc: str) -> dict[str, str] | None:
    """Link, title, date and HTML of one item, parsed inside the feed's root tag."""
    from lxml import etree

    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, remove_comments=True
    )
    try:
        text = xml_safe(raw.decode(enc, "replace"))
        root = etree.fromstring(wrap[0] + text + wrap[1], parser)
    except etree.XMLSyntaxError:
        return None
    if root is None or len(root) == 0:
        return None
    el = root[0]
    kids: dict[str, Any] = {}
    for child in el:
        if isinstance(child.tag, str):
            kids.setdefault(etree.QName(child).localname.lower(), child)
    links = [c for c in el if isinstance(c.tag, str) and etree.QName(c).localname == "link"]
    link = ""
    for c in links:
        href = c.get("href")
        if href and c.get("rel", "alternate") == "alternate":
            link = href
            break
        if not href and (c.text or "").strip():
            link = c.text.strip()
            break
    guid = kids.get("guid")
    if not link and guid is not None and guid.get("isPermaLink", "true") == "true":
        link = (guid.text or "").strip() if (guid.text or "").startswith("http") else ""
    date = ""
    for name in ("pubdate", "date", "published", "updated", "issued", "modified"):
        if name in kids and (kids[name].text or "").strip():
            date = kids[name].text.strip()
            break
    body = ""
    for name in ("encoded", "content", "description", "summary"):
        if name in kids:
            body = _html_of(kids[name])
            if body.strip():
                break
    title = "".join(kids["title"].itertext()) if "title" in kids else ""
    if "title" in kids and (kids["title"].get("type") or "").lower() == "html":
        title = htmlmod.unescape(re.sub(r"<[^>]*>", "", title))  # Atom: an HTML title
    author = _author(el)
    return {
        "link": link,
        "title": title,
        "date": date,
        "author": author,
        "html": body,
        "encoding": enc,
    }


_MAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")


def _author(el: Any) -> str:
    """The item's authors (``dc:creator``, Atom ``<author><name>``, RSS ``<author>``: a
    mail address with the name in brackets), in order, joined by ``、``.  A byline's
    shape (a writer's word, a gap, the name: ``记者 某某``) gives the name alone."""
    from lxml import etree

    from cleaner.stages.badge_bylines import plain_byline

    names: list[str] = []
    for c in el:
        if not isinstance(c.tag, str) or etree.QName(c).localname not in ("creator", "author"):
            continue
        named = [n for n in c if isinstance(n.tag, str) and etree.QName(n).localname == "name"]
        text = " ".join("".join((named[0] if named else c).itertext()).split())
        m = _MAIL_NAME.match(text)
        if m:
            text = m.group(1).strip()
        if (byline := plain_byline(text)) is not None:
            text = byline["author"]  # '记者 某某': the writer's word is no part of the name
        if text:
            names.append(text)
    return "、".join(dict.fromkeys(names))[:200]


def _html_of(el: Any) -> str:
    """An element's content as HTML: escaped HTML (RSS, Atom ``type="html"``), inline
    XHTML (Atom ``type="xhtml"``) or plain text (Atom ``type="text"``)."""
    from lxml import etree

    kind = (el.get("type") or "").lower()
    if kind == "xhtml" or (len(el) and not (el.text or "").strip()):
        return "".join(etree.tostring(c, encoding="unicode", method="html") for c in el)
    text = "".join(el.itertext())
    if kind == "text":
        paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        return "".join(f"<p>{htmlmod.escape(p)}</p>" for p in paras)
    return text
