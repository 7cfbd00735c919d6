"""What a page's reader declared outside its text, as the pipeline's stages take it.

The readers leave what they learnt from the markup in the raw input's ``container``
(``title``, ``html_h1``, ``html_headings``, ``html_record_heads``, ``html_breaks`` …);
these functions turn those keys into the hints the boilerplate and split stages take:
the page's kind, headline and headings, its records' heads and tails, and the
paragraphs the markup shows cut.
"""

from __future__ import annotations

from cleaner.model import RawInput
from cleaner.stages.split import PageHints


def page_hints(raw: RawInput) -> PageHints:
    """What the reader learnt outside the text (HTML head) for the split stage's titles."""
    return PageHints.of(raw.container or {}, source=raw.source, url=raw.url)


def page_headline(raw: RawInput) -> tuple[str, ...]:
    """An HTML page's headline: its ``<h1>`` when the ``<title>`` is that h1 (plus site
    parts: :func:`~cleaner.ingest.html_head.headline_of`, or a bracketed qualifier:
    :func:`~cleaner.ingest.html_head.qualified_headline`), else the visible line the
    ``<title>`` dresses up, if any.  An h1 the title does not name (a logo) is none."""
    from cleaner.ingest.html_head import headline_of, qualified_headline
    from cleaner.ingest.title_word import worded_headline

    container = raw.container or {}
    title, h1 = str(container.get("title") or ""), str(container.get("html_h1") or "")
    # an entry's title qualifies its h1 in brackets ('词条（某地的镇）_某某百科'): the h1
    named = h1 == title or headline_of(title, h1) == h1 or qualified_headline(title, h1)
    # or a word glued to the h1 before the site's parts ('某工具 V2.1下载_工具_某站')
    named = named or worded_headline(title, h1)
    out = [h1] if h1 and named else []
    if container.get("html_headline"):
        out.append(str(container["html_headline"]))
    return tuple(out)


def page_headings(raw: RawInput) -> tuple[str, ...]:
    """An HTML page's headline (:func:`page_headline`) and the other headings of its kept
    text (``html_headings``, not an h1 the title does not name): headlines the site may
    list as links on its other pages, never its chrome here."""
    container = raw.container or {}
    own = page_headline(raw)
    h1 = str(container.get("html_h1") or "")
    out = list(own)
    out += [
        h
        for h in str(container.get("html_headings") or "").split("\t")
        if h and (h != h1 or h in own)
    ]
    return tuple(out)


def _declared_lines(raw: RawInput, key: str) -> frozenset[str]:
    """The tab-separated lines the HTML reader declared under ``key`` for this page."""
    found = str((raw.container or {}).get(key) or "")
    return frozenset(h for h in found.split("\t") if h)


def page_records(raw: RawInput) -> frozenset[str]:
    """The linked titles heading an HTML page's records (``html_record_heads``,
    :mod:`cleaner.ingest.html_record_heads`): the page's own, never its chrome."""
    return _declared_lines(raw, "html_record_heads")


def page_record_tails(raw: RawInput) -> frozenset[str]:
    """The last kept line of each of an HTML page's records (``html_record_tails``,
    :func:`cleaner.ingest.html_record_heads.record_tails`): where each record ends."""
    return _declared_lines(raw, "html_record_tails")


def page_breaks(raw: RawInput) -> frozenset[tuple[str, str]]:
    """The paragraphs an HTML page's markup shows cut by a block set inside them
    (``html_breaks``, :func:`cleaner.ingest.html_breaks.cut_pairs`), as (tail, head)."""
    found = str((raw.container or {}).get("html_breaks") or "")
    return frozenset(
        (a, b) for a, _, b in (p.partition("\t") for p in found.split("\n") if "\t" in p)
    )


def page_mentions(raw: RawInput) -> frozenset[str]:
    """The user names an HTML page links inside its text (``html_mentions``,
    :func:`cleaner.ingest.html_mentions.mention_names`)."""
    found = str((raw.container or {}).get("html_mentions") or "")
    return frozenset(n for n in found.split("\t") if n)


def page_kind(raw: RawInput) -> str:
    """``html`` for text extracted from markup (HTML files, WARC records, HTML fields),
    whose line breaks are block boundaries; ``text`` for everything else."""
    container = raw.container or {}
    if container.get("kind") in ("html", "warc") or container.get("html"):
        return "html"
    return "text"
