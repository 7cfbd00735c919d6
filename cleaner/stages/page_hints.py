"""What the reader learnt about a page outside its text (the HTML ``<head>``, the chrome
the extractor dropped, what the boilerplate stage removed): :class:`PageHints`, handed to
the split stage with the page.  Re-exported by :mod:`split_titles`, where it lived.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from cleaner.stages.split_record_leads import LEAD_SEP


def record_leads(value: str | None) -> tuple[tuple[str, ...], ...]:
    """Each record's rows of a declared ``html_record_leads`` (records by tabs, a
    record's rows by :data:`split_record_leads.LEAD_SEP`).

    >>> record_leads("甲\\x1f乙\\t\\t丙"), record_leads(None)
    ((('甲', '乙'), (), ('丙',)), ())
    """
    if not value:
        return ()
    return tuple(tuple(r for r in e.split(LEAD_SEP) if r) for e in value.split("\t"))


@dataclass(frozen=True, slots=True)
class PageHints:
    """What the reader learnt about the page outside its text (HTML ``<head>``)."""

    title: str | None = None
    h1: str | None = None
    site_name: str | None = None
    published: str | None = None
    source: str | None = None
    #: the source named on the info row the publish date was read from (HTML, dropped)
    origin: str | None = None
    #: title suffixes the page's site repeats across the batch (learned, not declared)
    site_suffixes: frozenset[str] = frozenset()
    #: sentences (and their shapes) the page's site prints at the head of several pages
    #: (learned: :mod:`cleaner.stages.head_repeat`): a compilation's standfirst
    head_notes: frozenset[str] = frozenset()
    #: dated rows the page's site prints word for word on most of its pages (learned:
    #: :mod:`cleaner.stages.site_rows`): the site's, no field of this page's
    site_rows: frozenset[str] = frozenset()
    #: other names of the site: application name, host, title parts in the page's chrome
    site_names: tuple[str, ...] = ()
    #: the headings of the page's kept text (HTML ``<h1>``-``<h6>``), for a compilation's
    #: pieces (:mod:`cleaner.stages.split_headings`)
    headings: tuple[str, ...] = ()
    #: the dates of the info bars ('发布时间：…　来源：…') the boilerplate stage removed, in
    #: page order: a compilation whose every piece had one gets each piece its own
    info_dates: tuple[str, ...] = ()
    #: those info bars' lines themselves, in page order (removed and recorded in the
    #: ledger by the boilerplate stage): the split stage reads their fields with its
    #: label readers ('来源：…' is the article's origin)
    info_rows: tuple[str, ...] = ()
    #: the headings each right over a byline the extractor left out (html_deck)
    bylined: tuple[str, ...] = ()
    #: those headings' bylines, in the same order (each the piece's row of fields)
    bylines: tuple[str, ...] = ()
    #: the headings each right under a dated slug row, and those rows in the same order
    #: (html_deck.heading_slugs; split_slugs)
    slugged: tuple[str, ...] = ()
    slugs: tuple[str, ...] = ()
    #: the author the page's JSON-LD or ``<meta>`` tags name (html_authors)
    author: str | None = None
    #: the lines of the page's label/value ``<dl>`` cards (html_cards)
    cards: tuple[str, ...] = ()
    #: the lines of the link card a post embeds under its text (html_link_cards): the
    #: linked page's title and host, no headline of this page
    link_cards: tuple[str, ...] = ()
    #: the day of the issue's masthead the boilerplate stage removed (masthead.py): every
    #: piece's of a compilation that dates none of its own
    issue_date: str | None = None
    #: the linked titles each opening a record's container of prose (html_record_heads)
    record_heads: tuple[str, ...] = ()
    #: the rows inside each record's container over its heading (html_heading_records),
    #: one tuple a record of ``record_heads``, in order
    record_leads: tuple[tuple[str, ...], ...] = ()
    #: the lines the repair stage cut a glued timestamp off, in their repaired form
    #: (stamped_title): the title line among them was the site's dressed copy
    stamped: tuple[str, ...] = ()
    #: the lines that stood right over a separator rule the boilerplate stage removed
    #: (ruled_rows.rows_over_rules): a field block's closing row over its rule
    ruled: tuple[str, ...] = ()
    #: the issuer and date of the document's sign-off that the extractor or the
    #: boilerplate stage left out of its text (dropped_signoff), as ``(key, value)``
    signed: tuple[tuple[str, str], ...] = ()
    #: the fields of the label/value table under the headline that the extractor left
    #: out, naming the document's number (dropped_cards), as ``(key, value)``
    carded: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, container: Mapping[str, Any], *, source: str, url: str | None) -> PageHints:
        """The hints of a page read by :mod:`cleaner.ingest.records` (``container``)."""

        def get(key: str) -> str | None:
            v = container.get(key)
            return str(v) if v else None

        names = [n for n in (get("html_app_name") or "").split("\t") if n]
        names += [n for n in (get("html_title_tails") or "").split("\t") if n]
        host = urlsplit(url).hostname if url and "//" in url else None
        if host:
            names.append(host)
        return cls(
            title=get("title"),
            h1=get("html_h1"),
            site_name=get("html_site_name"),
            published=get("html_published"),
            source=source,
            origin=get("html_origin"),
            site_names=tuple(names),
            headings=tuple(h for h in (get("html_headings") or "").split("\t") if h),
            bylined=tuple(h for h in (get("html_bylined") or "").split("\t") if h),
            bylines=tuple((get("html_bylines") or "").split("\t")) if get("html_bylines") else (),
            slugged=tuple(h for h in (get("html_slugged") or "").split("\t") if h),
            slugs=tuple((get("html_slugs") or "").split("\t")) if get("html_slugs") else (),
            author=get("html_author"),
            cards=tuple(h for h in (get("html_cards") or "").split("\t") if h),
            link_cards=tuple(h for h in (get("html_link_cards") or "").split("\t") if h),
            record_heads=tuple(h for h in (get("html_record_heads") or "").split("\t") if h),
            record_leads=record_leads(get("html_record_leads")),
        )
