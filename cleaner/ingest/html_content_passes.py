"""The passes over the content :func:`cleaner.ingest.html.extract` chose (the page's
main block), each of which keeps or drops lines by the shape of their elements, and the
records they declare: the headline's kicker and subtitle kept (:mod:`~cleaner.ingest.html_deck`);
other pages' dated headlines and teaser cards, readers' comments, each post's time line
and tail row dropped; a sentence whose clause is a link and a post's link card
(:mod:`~cleaner.ingest.html_link_cards`) kept; the title and the end of each record
(:mod:`~cleaner.ingest.html_record_heads`,
:mod:`~cleaner.ingest.html_heading_records`), a link list's own heading and an entry's
fact box.  The order is the order they run in (each sees the reasons the ones before
it set).
"""

from __future__ import annotations

from typing import Any

from cleaner.ingest.html_comment_foot import comment_foot
from cleaner.ingest.html_dated_list import dated_list
from cleaner.ingest.html_deck import deck_lines
from cleaner.ingest.html_fact_box import FACT_BOX, fact_box
from cleaner.ingest.html_headed import page_title
from cleaner.ingest.html_heading_records import heading_heads
from cleaner.ingest.html_headline import headline_element
from cleaner.ingest.html_layout import _Block, _Line
from cleaner.ingest.html_link_cards import link_cards
from cleaner.ingest.html_linked_prose import linked_sentences
from cleaner.ingest.html_list_heads import list_heads
from cleaner.ingest.html_post_stamps import post_stamps
from cleaner.ingest.html_post_tails import post_tails
from cleaner.ingest.html_record_heads import record_heads, record_tails
from cleaner.ingest.html_teaser_cards import teaser_cards
from cleaner.stages.keep import keep_table
from cleaner.stages.split_record_leads import LEAD_SEP

__all__ = ["content_passes"]


def _deck_head(soup: Any, declared: dict[str, str]) -> tuple[str | None, str]:
    """The headline's text and tag for :func:`~cleaner.ingest.html_deck.deck_lines`: the
    declared ``<h1>``, else the page's headline ``<h2>``/``<h3>``
    (:func:`~cleaner.ingest.html_headline.headline_element`)."""
    head = headline_element(soup, page_title(soup))
    if head is None or head.name == "h1":
        return declared.get("h1"), "h1"
    return " ".join(head.get_text(" ").split()) or None, head.name


def content_passes(
    soup: Any,
    lines: list[_Line],
    texts: list[str],
    blocks: dict[int, _Block],
    reasons: list[str | None],
    declared: dict[str, str],
    title: str | None,
) -> None:
    """Run the passes (module doc) over the chosen content: ``reasons`` (None: kept) and
    ``declared`` (the page's facts) are updated in place."""
    for i in deck_lines(lines, texts, blocks, reasons, *_deck_head(soup, declared)):
        reasons[i] = None  # the headline's kicker and subtitle (html_deck)
    for i in dated_list(lines, texts, blocks, reasons):
        reasons[i] = "extract.dated_list"  # other pages' dated headlines (html_dated_list)
    for i in teaser_cards(lines, texts, blocks, reasons):
        reasons[i] = "extract.teaser_cards"  # other pages' teaser cards (html_teaser_cards)
    signs: list[str] = []
    for i in comment_foot(lines, texts, blocks, reasons, title, signs):
        reasons[i] = "extract.comment_foot"  # readers' comments (html_comment_foot)
    if signs:
        declared["thread_replies"] = signs[0]  # kept: a thread's replies (flagged)
    for i in post_stamps(texts, reasons, [ln.link_chars for ln in lines]):
        reasons[i] = "extract.post_meta"  # each post's time line (html_post_stamps)
    for i in post_tails(texts, reasons, [ln.owners for ln in lines]):
        reasons[i] = "extract.post_meta"  # each post's tail row (html_post_tails)
    for i in linked_sentences(lines, texts, blocks, reasons):
        reasons[i] = None  # a sentence of the article, its clause a link (html_linked_prose)
    carded = link_cards(soup, lines, texts, blocks, reasons)
    for i in carded:
        reasons[i] = None  # the link card a post embeds under its text (html_link_cards)
    if carded:  # the linked page's words: never the post's headline (title_choice)
        declared["link_cards"] = "\t".join(texts[i] for i in carded)
    recs = record_heads(lines, texts, blocks, reasons)
    for i in recs:
        reasons[i] = None  # the linked title over each record (html_record_heads)
    if not recs and (headed := heading_heads(lines, texts, blocks, reasons)):
        # or the heading over each (html_heading_records), and the rows over it
        recs = set(headed)
        if any(headed.values()):  # each record's own rows, in the heads' order
            declared["record_leads"] = "\t".join(
                LEAD_SEP.join(texts[j] for j in headed[h]) for h in sorted(headed)
            )
    if recs:
        declared["record_heads"] = "\t".join(texts[i] for i in sorted(recs))
    for i in list_heads(lines, texts, reasons, blocks):
        reasons[i] = "extract.link_list"  # a link list's own heading (html_list_heads)
    field_of = keep_table().split.meta.field_of
    for i in fact_box(lines, texts, blocks, reasons, declared.get("h1"), field_of):
        reasons[i] = FACT_BOX  # an entry's label/value box naming it (html_fact_box)
    if recs and (ends := record_tails(lines, texts, recs, reasons)):
        declared["record_tails"] = "\t".join(texts[i] for i in ends)  # where each ends
