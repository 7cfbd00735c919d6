"""Facts :func:`cleaner.ingest.html.extract` declares once the page's lines are kept or
dropped: the kept headings and, per heading, the byline or dated slug row over it and a
``<dl>`` card's terms and values (:func:`heading_facts`, read from the elements); the
title's parts the chrome shows, the publish date, the source and the author
(:func:`text_facts`, read from the visible text).  Each adds to ``declared`` in place,
a fact the page's head declared already left as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from cleaner.ingest.html_authors import byline_author
from cleaner.ingest.html_bylines import byline_origin, credited_byline, labelled_author
from cleaner.ingest.html_cards import card_lines
from cleaner.ingest.html_dates import byline_date, kicker_date, labelled_date, labelled_origin
from cleaner.ingest.html_deck import heading_bylines, heading_slugs
from cleaner.ingest.html_head import title_tails
from cleaner.ingest.html_layout import _Block, _Line
from cleaner.ingest.html_posters import poster
from cleaner.ingest.html_select import HEADING_MAX, MAX_HEADINGS
from cleaner.ingest.html_side_bylines import side_byline

__all__ = ["heading_facts", "text_facts"]


def heading_facts(
    declared: dict[str, str],
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    reasons: list[str | None],
    kept: list[int],
) -> None:
    """The kept headings, their bylines and slug rows, and the cards' lines (module doc)."""
    if heads := [texts[i] for i in kept if lines[i].heading and len(texts[i]) <= HEADING_MAX]:
        declared["headings"] = "\t".join(dict.fromkeys(heads[:MAX_HEADINGS]))
    bylined: dict[str, str] = {}  # each heading once, its first byline, in page order
    for head, byline in heading_bylines(lines, texts, blocks, reasons)[:MAX_HEADINGS]:
        bylined.setdefault(head, byline.replace("\t", " "))
    if bylined:
        # the headings, then their bylines (a piece's row of fields, for the split stage)
        declared["bylined"] = "\t".join(bylined)
        declared["bylines"] = "\t".join(bylined.values())
    slugged: dict[str, str] = {}  # each heading once, the dated slug row over it
    for head, row in heading_slugs(lines, texts, blocks, reasons)[:MAX_HEADINGS]:
        slugged.setdefault(head, row.replace("\t", " "))
    if slugged:
        declared["slugged"] = "\t".join(slugged)
        declared["slugs"] = "\t".join(slugged.values())
    if cards := card_lines(lines, texts, blocks, reasons):
        declared["cards"] = "\t".join(cards)  # a <dl> card's terms and values (html_cards)


def text_facts(
    declared: dict[str, str],
    title: str | None,
    visible: str,
    drops: tuple[tuple[int, int, str], ...],
    names: tuple[str, ...],
    users: Callable[[], frozenset[str]] = frozenset,
) -> None:
    """The title's tails, the publish date, the source and the author (module doc), read
    from the ``visible`` text; ``names`` are the site's names (not an author), ``users``
    gives the names the page marks as its users' (:func:`~cleaner.ingest.html_posters.user_names`),
    read only when nothing else named the author."""
    if tails := title_tails(title, visible, drops):
        declared["title_tails"] = tails
    if "published" not in declared and (
        day := byline_date(visible, declared.get("h1") or declared.get("headline") or title)
    ):
        declared["published"] = day
    if "published" not in declared and (day := labelled_date(visible)):
        declared["published"] = day
    if "published" not in declared and (
        day := kicker_date(visible, declared.get("h1") or declared.get("headline") or title)
    ):
        declared["published"] = day  # the section's dated row over the headline
    if "published" not in declared and (day := _issued_day(visible)):
        declared["published"] = day  # '（本通告於…發出）': the note of the day it went out
    if (day := declared.get("published")) and (origin := labelled_origin(visible, day)):
        declared["origin"] = origin  # the source on the info row of that date
    headline = declared.get("h1") or declared.get("headline") or title
    if (day := declared.get("published")) and "origin" not in declared:
        if origin := byline_origin(visible, headline, day):
            declared["origin"] = origin  # the source on the byline under the headline
    if "author" not in declared and (credit := credited_byline(visible, headline)):
        # the writer a poem's row credits by era or home town, over or under the headline
        declared["author"] = credit[0]
        declared.setdefault("published", credit[1])
    if "author" not in declared and (
        who := byline_author(visible, headline, title=title, site_names=names)
    ):
        declared["author"] = who  # the 'By …' line under the headline
    if "author" not in declared and (who := labelled_author(visible)):
        declared["author"] = who  # the page's one labelled writer (or editor)
    if "author" not in declared and (side := side_byline(visible, headline)):
        # the byline row over or under the headline, in a box beside the text's
        # (html_side_bylines): its writer, and its day when the page gave none
        declared["author"] = side["author"]
        declared.setdefault("published", side["published"])
    if "author" not in declared and (who := poster(visible, headline, users(), not_names=names)):
        declared["author"] = who  # the poster's name beside the post's stamp (html_posters)


def _issued_day(visible: str) -> str | None:
    """The one day the page's closing notes say the document was issued
    (:func:`~cleaner.stages.split_dates.issued_note`), or None (none, or two days)."""
    from cleaner.stages.split_dates import issued_note  # (stage tables, loaded late)

    days = {d for ln in visible.split("\n") if "本" in ln and (d := issued_note(ln))}
    return days.pop() if len(days) == 1 else None
