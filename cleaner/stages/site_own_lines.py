"""The lines a site's memory yields to the page's own structure (site-repeat pass).

A helper of :func:`~cleaner.stages.boilerplate_site.site_repeat`: of the lines the site's
profile learned as chrome, the split's header rows and rows of facts, the page's reprinted
pieces, its titles (own, dated, of a series), a FAQ's first question, a record's sentences
and a notice's standing text stay the page's.  Split from
:mod:`cleaner.stages.boilerplate_site` (behaviour unchanged).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from cleaner.stages.body_label import body_label
from cleaner.stages.body_openers import top_question
from cleaner.stages.boilerplate_claims import Claim
from cleaner.stages.boilerplate_config import SITE_REPEAT
from cleaner.stages.cell_head_rows import cell_head_rows
from cleaner.stages.finder_rows import finder_rows
from cleaner.stages.heading_pieces import heading_pieces
from cleaner.stages.heading_rows import MIN_ROWS, rows_at_headline, rows_by_headings
from cleaner.stages.heading_shape_rows import cell_rows_by_headings
from cleaner.stages.keep import keep_table
from cleaner.stages.listed_titles import (
    MAX_TITLE_SUPPORT,
    dated_titles,
    heads_under,
    own_title,
    series_title,
)
from cleaner.stages.piece_blocks import piece_lines, weak_hit
from cleaner.stages.record_sentences import record_sentences, record_spans
from cleaner.stages.repeat_keeps import (
    labelled_dated_row,
    split_header_rows,
)
from cleaner.stages.signed_text import standing_text
from cleaner.stages.site_judge import LearnedLine
from cleaner.stages.split_above import titles_under_rows
from cleaner.stages.split_asked import asked_lines
from cleaner.stages.split_contents import contents_block
from cleaner.stages.split_masthead import masthead_blocks
from cleaner.stages.standing_keep import notice_page, standing_line

if TYPE_CHECKING:
    from cleaner.stages.site_judge import Learned


def release_own_lines(
    stripped: list[str],
    hits: dict[int, LearnedLine],
    claimed: dict[int, Claim],
    kept: list[int],
    learned: Learned,
    title: str,
    counters: set[int],
    headings: tuple[str, ...],
    headline: tuple[str, ...],
    records: frozenset[str],
    record_tails: frozenset[str],
    headers_kept: list[int] | None,
    pieces_kept: list[int] | None,
) -> list[int]:
    """Let go of the learned ``hits`` that read as the page's own structure, before
    :func:`~cleaner.stages.boilerplate_site.site_repeat` judges the rest line by line: the
    template's label over the body is claimed instead (:func:`body_label`); the split's
    header rows and the page's reprinted pieces are dropped from ``hits`` (listed in
    ``headers_kept`` / ``pieces_kept``); rows of facts by the headings or the headline,
    mastheads over titles, the page's own and series titles, a FAQ's first question,
    a record's sentences and a notice's standing text are dropped (the split's and
    series' rows appended to ``kept``).  ``hits``, ``claimed`` and ``kept`` are updated
    in place; returns the page's dated titles and their rows (:func:`dated_titles`)."""
    if headings:
        # the template's label over the whole body ('<h3>物品介绍</h3>' on every page),
        # though a heading of the page: chrome (body_label.py)
        def chrome_heading(line: str) -> bool:
            h = learned.match(line, title)
            return h is not None and any(x.startswith("cue:") or x == "menu" for x in h.signals)

        for i, s in enumerate(stripped):
            if not s or i in claimed or i in counters or i in hits:
                continue
            hit = learned.match(s, title)
            if hit is not None and body_label(
                stripped, i, hit, headings, headline, claimed, chrome_heading
            ):
                claimed[i] = Claim(SITE_REPEAT, "line", hit.support, learned=True)
    if hits and (
        rows := split_header_rows(stripped, hits)
        | asked_lines(stripped, hits)
        | cell_head_rows(stripped, hits)
        or finder_rows(stripped, hits)
    ):
        # the split's header evidence outranks the site's memory: a tag row or a title
        # of the page's own run of pieces stays for the split to cut at
        for k in sorted(rows & hits.keys()):
            del hits[k]
            if headers_kept is not None:
                headers_kept.append(k)
    if hits and (pieces := piece_lines(stripped, hits, claimed, weak_hit(hits))):
        for k in pieces:  # a piece the site reprints: its title and close are the text's
            del hits[k]
            if pieces_kept is not None:
                pieces_kept.append(k)
    if hits and headings and (pieces := heading_pieces(stripped, headings, hits, claimed)):
        for k in pieces:  # a line of a piece under the page's own heading (heading_pieces)
            del hits[k]
            if pieces_kept is not None:
                pieces_kept.append(k)
    named = headings
    if hits and not headings:
        # a text page declares no headings: its contents block names its pieces'
        # titles, or its rows over them number the pieces (split_above)
        meta = keep_table().split.meta
        named = tuple(stripped[i] for i in contents_block(stripped))
        row = partial(meta.shaped_row, near_title=True)
        if not named and any(h.kind == "shape" and row(stripped[i]) for i, h in hits.items()):
            # (only where a learned shape reads as a row: what the run would keep)
            named = tuple(t for _, _, t, _ in titles_under_rows(stripped, row))
        if not named and any(row(stripped[i]) for i in hits):
            # titles each under a repeated masthead (split_masthead): the mastheads
            # and the titles are the split's, however often the site prints them
            for line, block in masthead_blocks(stripped, row).items():
                for k in (*block, line):
                    if k in hits:
                        del hits[k]
                        kept.append(k)
    if len(named) >= MIN_ROWS and hits:
        # a compilation's row of facts over (or under) each of its headings: the
        # split's, which reads each piece's fields from it (heading_rows.py)
        meta = keep_table().split.meta
        for k in rows_by_headings(
            stripped, hits, claimed, named, lambda s: meta.shaped_row(s, near_title=True)
        ):
            del hits[k]
            kept.append(k)
        # the same run of rows whose cells no metadata reader knows (heading_shape_rows)
        for k in cell_rows_by_headings(stripped, hits, claimed, named):
            del hits[k]
            kept.append(k)
    if headings and hits:
        # a single document's card of facts over or under its headline: the split's
        meta = keep_table().split.meta
        for k in rows_at_headline(
            stripped, hits, claimed, headings, lambda s: meta.shaped_row(s, near_title=True)
        ):
            del hits[k]
            kept.append(k)
    dated: list[int] = []  # this page's own titles by their dated rows, and the rows
    if hits:
        sig = {i: h.signals for i, h in hits.items()}
        own = None
        if not headings:
            # a text page's own title, learned from the lists of the site's other pages
            endings = keep_table().split.t.title_endings
            own = own_title(stripped, hits, sig, claimed, endings)
            if own is not None:
                del hits[own]
        # titles of any wording over their info rows (and the rows, for the split); on
        # an HTML page, whose headings name its titles, a line the site prints word for
        # word on most of its pages is no title (a sign-off's issuer over its date)
        wide = [
            i
            for i, h in hits.items()
            if headings and h.kind != "shape" and h.support > MAX_TITLE_SUPPORT
        ]
        dated = dated_titles(stripped, hits, sig, claimed, labelled_dated_row, wide)
        for k in dated:
            hits.pop(k, None)
        # the first question of a FAQ page over its answer (body_openers)
        share = {i: h.support for i, h in hits.items()}
        if (asked := top_question(stripped, share, sig, claimed)) is not None:
            del hits[asked]
        if not headings and own is None and not dated:  # a numbered series title: kept
            shapes = {i: h.kind == "shape" and len(set(h.examples)) > 1 for i, h in hits.items()}
            own = series_title(stripped, hits, sig, claimed, shapes)
            if own is not None:  # and the section headings glued under it
                for k in [own, *(heads_under(stripped, own, hits, sig, claimed) or [])]:
                    del hits[k]
                    kept.append(k)
    if hits and records:
        # a record's own sentence, however often the site prints it (record_sentences)
        spans = record_spans(stripped, records, record_tails)
        for k in record_sentences(stripped, hits, claimed, spans):
            del hits[k]
    if hits:
        # a notice's standing paragraphs between its own text and its sign-off (signed_text)
        def never_text(j: int) -> bool:  # the site's voice, a widget, a tag row
            return not standing_line(stripped[j], hits[j].signals)

        shaped = {i for i, h in hits.items() if h.kind == "shape"}
        for k in sorted(standing_text(stripped, hits, claimed, never_text, notice_page, shaped)):
            del hits[k]
            kept.append(k)
    return dated
