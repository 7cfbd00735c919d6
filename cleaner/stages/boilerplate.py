"""Stage 1: remove site chrome lines named by rule packs.

Each pack (``cleaner/rules/boilerplate_*.toml``) applies to a page when its ``detect``
patterns match near the top or bottom of the page; its rules then delete whole lines.  A
deleted line takes its newline with it, so the remaining text keeps its paragraph shape.
Scopes: ``line`` (a matching line; ``head``: above the first prose line), ``page_title``
(the first non-empty line), ``tail`` (a matching line and everything after it) and ``list``
(a heading and the short title lines after it), as trafilatura treats link lists.

Given :class:`~cleaner.stages.site_profile.SiteProfiles` built from the batch beforehand,
the stage also deletes, on each site's pages, the lines that repeat on most of that site's
pages (rule ``boilerplate.site_repeat``, score = support 0-100); see ``site_profile.py``.

The stage is split along its passes: the rule packs' matching lives in
:mod:`~cleaner.stages.boilerplate_match`, the site-repeat pass in
:mod:`~cleaner.stages.boilerplate_site`, and the claims every pass leaves on a line, the
loss budget that may take them back (issue 11) and the edits made from them in
:mod:`~cleaner.stages.boilerplate_claims`.  This module runs the passes in order and
settles their claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from operator import itemgetter
from typing import TYPE_CHECKING

from cleaner.edits import Editor, split_lines
from cleaner.model import Change
from cleaner.rules import RulePack
from cleaner.stages.block_rows import row_of_block, row_of_labelled_list, row_of_list
from cleaner.stages.boilerplate_claims import (
    EXPECTED_FACTOR,
    EXPECTED_SLACK,
    NAME,
    Claim,
    claim_edits,
    loss_budget,
)
from cleaner.stages.boilerplate_config import (
    LINE_MODEL,
    LINE_MODEL_HTML_EDGE,
    LINE_MODEL_LIST_ITEM,
    LINE_MODEL_UNSURE,
    LOSS_BUDGET,
    SITE_REPEAT,
    SITE_REPEAT_DATA,
    SITE_REPEAT_HEADER,
    SITE_REPEAT_PIECE,
    BoilerplateConfig,
)
from cleaner.stages.boilerplate_match import (
    MAX_RULE_TIMEOUTS,
    RULE_TIMEOUT_FLAG,
    PackMatcher,
)
from cleaner.stages.boilerplate_site import MIDDLE_MIN_CHARS, site_repeat
from cleaner.stages.clock_widgets import CLOCK_WIDGET, clock_widgets
from cleaner.stages.colophon import RULE_ID as COLOPHON
from cleaner.stages.colophon import colophon_rows
from cleaner.stages.comment_threads import COMMENT_THREAD, counted_gap_rows, english_thread
from cleaner.stages.credit_tail import CREDIT_TAIL, credit_tail
from cleaner.stages.echoed_closes import echoed_closes
from cleaner.stages.fact_rows import numbered_labels, short_page_guard
from cleaner.stages.file_lists import (
    FILE_LIST,
    FILE_TAIL_MAX_LINES,
    REFERENCE_LIST,
    file_list,
    reference_list,
)
from cleaner.stages.folio_cuts import cut_folios
from cleaner.stages.foot_lines import HEAD_RULE, foot_lines, foot_zone, head_rule
from cleaner.stages.foot_pager import foot_pager
from cleaner.stages.gap_nav import COLUMN_MENU, column_menu
from cleaner.stages.glued_tails import glued_nav_tails
from cleaner.stages.head_bars import HEAD_BAR, head_bars
from cleaner.stages.heading_row_runs import heading_rows
from cleaner.stages.keep import keep_table
from cleaner.stages.page_folio import PAGE_FOLIO, folio_lines
from cleaner.stages.page_marks import marks_inside_sentences, numbered_marks
from cleaner.stages.post_bylines import POST_BYLINE, post_bylines
from cleaner.stages.post_frame import post_frame_claims
from cleaner.stages.post_stream import post_heads, post_text
from cleaner.stages.rating_rows import RATING_ROW, rating_rows
from cleaner.stages.record_rows import release_record_rows
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.seo_titles import PAGE_TITLE, page_title_index
from cleaner.stages.shape_lines import (
    JUMP,
    TRAIL,
    jump_links,
    separator_line,
    shape_claims,
    trail_line,
)
from cleaner.stages.spaced_labels import SPACED_LABEL, spaced_labels
from cleaner.stages.split_page_title import text_headline
from cleaner.stages.split_row_cells import kept_cells
from cleaner.stages.stat_blocks import STAT_BLOCK, stat_blocks
from cleaner.stages.table_heads import release_rows

if TYPE_CHECKING:
    from cleaner.stages.site_profile import SiteProfiles

#: the names other modules and tests import from here, wherever they now live
__all__ = [
    "EXPECTED_FACTOR",
    "EXPECTED_SLACK",
    "LOSS_BUDGET",
    "MAX_RULE_TIMEOUTS",
    "MIDDLE_MIN_CHARS",
    "NAME",
    "RULE_TIMEOUT_FLAG",
    "SITE_REPEAT",
    "BoilerplateConfig",
    "BoilerplateStage",
]

_START = itemgetter(0)
#: the rule (built-in or a user pack's) that removes an article's info bar
INFO_BAR = ".publish_info"


class BoilerplateStage:
    """Delete the lines that the applicable rule packs match."""

    name = NAME

    def __init__(
        self,
        packs: Sequence[RulePack],
        *,
        profiles: SiteProfiles | None = None,
        config: BoilerplateConfig | None = None,
    ) -> None:
        self.packs = tuple(packs)
        self.profiles = profiles
        self.config = config or BoilerplateConfig()
        #: the lines each pack's rules match (boilerplate_match.py)
        self.matcher = PackMatcher(self.packs)

    def __call__(
        self,
        editor: Editor,
        *,
        site: str | None = None,
        kind: str = "text",
        headings: tuple[str, ...] = (),
        headline: tuple[str, ...] = (),
        records: frozenset[str] = frozenset(),
        record_tails: frozenset[str] = frozenset(),
        under_cuts: frozenset[str] = frozenset(),
        over_bars: frozenset[str] = frozenset(),
    ) -> None:
        """Delete chrome lines; ``site`` selects the learned profile to apply (if any);
        ``kind`` ``html`` (text extracted from markup) gets the line model only at the
        page's edges (``line_model_html_edges``, :mod:`cleaner.stages.html_edges`)
        unless ``line_model_html``.  ``headings`` (an HTML page's ``<h1>`` and kept
        headings) are never learned chrome on their own page unless the learned line has
        a cue word or menu separators: a headline repeats on a site as a link to it.
        ``headline`` (the ``<h1>`` or the line the ``<title>`` dresses up) is never the
        line model's to delete: at the page's top it looks like an edge line.  ``records``
        (the titles heading an HTML page's records) are never learned chrome; with
        ``record_tails`` (the last line of each record) they bound the records, whose
        own sentences stay (:mod:`~cleaner.stages.record_sentences`).  ``under_cuts``
        (the lines that stood right under chrome the extractor cut: a tool bar, a link
        list; :mod:`~cleaner.stages.cut_chrome`) stand in the page's foot when only the
        site's lines are under them; ``over_bars`` (the lines right over a tool bar it cut)
        close the text, no foot notice."""
        text = editor.text
        lines, spans = split_lines(text)
        stripped = list(map(str.strip, lines))
        # rules only look at lines up to their max_len: most prose lines are longer, and
        # skipping them up front is what keeps this stage fast on clean text
        limit = self.matcher.limit
        short = [(i, s) for i, s in enumerate(stripped) if s and len(s) <= limit]
        claimed: dict[int, Claim] = {}
        timed_out: list[tuple[str, int]] = []  # (user rule id, line index or -1: disabled)
        starts = list(map(_START, spans))  # line starts, once per page for every pack
        # a rule's foot_only matches, claimed once every pack has claimed its lines: only
        # in the page's foot zone (no prose line below them that no rule takes)
        foot_only: list[tuple[int, Claim]] = []
        for pack in self.packs:
            if not pack.applies_to(lines):
                continue
            hits = (
                self.matcher.user_hits(pack, short, timed_out)
                if pack.user
                else self.matcher.line_hits(pack, short, text, starts)
            )
            for rule in pack.rules:
                found = hits.get(rule.name)
                if not found and rule.scope != "page_title":
                    continue  # only a page-title rule claims a line that no pattern matched
                idxs = self.matcher.match(rule, stripped, found or [])
                if idxs and rule.scope == "head" and headings:
                    # the first of a run of rows over the pieces' headings: the piece's
                    # row, not the page's trail (heading_row_runs)
                    run = heading_rows(stripped, found or [], headings)
                    idxs = [i for i in idxs if i not in run]
                if not idxs:
                    continue
                claim = Claim(rule.rule_id, rule.scope, 100.0, expected=rule.expected_share)
                for idx in idxs:
                    if rule.foot_only is not None and rule.foot_only_matches(stripped[idx]):
                        foot_only.append((idx, claim))
                    else:
                        claimed.setdefault(idx, claim)
        for idx, claim in foot_only:
            if foot_zone(stripped, idx, claimed):
                claimed.setdefault(idx, claim)
        # separators and trails told by their shape (shape_lines.py), on the lines no rule took
        shaped = shape_claims(stripped, claimed)
        if headings and TRAIL in shaped.values():
            # a trail-shaped row over a heading, one of a run over the page's headings
            # further down: the first piece's row (heading_row_runs)
            trails = [i for i, s in enumerate(stripped) if s and trail_line(s)]
            for idx in heading_rows(stripped, trails, headings):
                shaped.pop(idx, None)
        for idx, rule_id in shaped.items():
            claimed[idx] = Claim(rule_id, "line", 100.0)
        if kind == "text":  # a menu one item a line over a lone page's title (gap_nav)
            for idx in column_menu(stripped, claimed):
                claimed[idx] = Claim(COLUMN_MENU, "line", 100.0)
        for idx in spaced_labels(stripped, claimed):  # '通　告' over a title (spaced_labels)
            claimed[idx] = Claim(SPACED_LABEL, "line", 100.0, learned=True)
        for rule_id, idx in timed_out:  # kept, and said so
            start, end = (spans[idx][0], spans[idx][2]) if idx >= 0 else (0, 0)
            editor.record(
                Change(
                    editor.page_id, NAME, RULE_TIMEOUT_FLAG, "flag", start, end, "", "",
                    ref=rule_id, step=editor.step,
                )
            )  # fmt: skip
        data: list[int] = []  # site shapes kept as the page's data (block_rows.page_data)
        headers: list[int] = []  # learned lines kept as the split's header rows
        pieces: list[int] = []  # learned lines kept as lines of the page's own pieces
        if kind == "text" and not headline:
            headline = text_headline(stripped)  # the line its saved page title dresses
        if self.profiles is not None and site is not None:
            data = site_repeat(
                self.profiles,
                self.config,
                site,
                stripped,
                claimed,
                headings,
                headline=headline,
                headers_kept=headers,
                pieces_kept=pieces,
                records=records,
                record_tails=record_tails,
                under_cuts=under_cuts,
            )
        held: list[int] = []  # rows the line model keeps only for the split
        if self.config.line_model and (kind != "html" or self.config.line_model_html):
            self._line_model(editor, stripped, spans, claimed, held)
        elif self.config.line_model and self.config.line_model_html_edges:
            from cleaner.stages.html_edges import (
                EDGE_LABEL,
                edge_gate,
                edge_labels,
                kicker_labels,
            )

            gate = edge_gate(stripped)
            if any(gate(i) for i in range(len(stripped))):  # else nothing could go
                self._line_model(editor, stripped, spans, claimed, held, gate=gate)
            for i in edge_labels(stripped):  # control labels and consent notices
                claimed.setdefault(i, Claim(EDGE_LABEL, "line", 100.0, learned=True))
            for i in kicker_labels(stripped, headline):  # 'NOTICE' over the headline
                claimed.setdefault(i, Claim(EDGE_LABEL, "line", 100.0, learned=True))
        if kind == "text":  # a PDF page's folio beside its repeated running head
            for i in folio_lines(
                stripped, lambda k: k in claimed and claimed[k].rule_id == SITE_REPEAT
            ):
                claimed.setdefault(i, Claim(PAGE_FOLIO, "line", 100.0))
            for i in cut_folios(stripped):  # a titled folio cutting a sentence (folio_cuts):
                # the folio's claim whatever rule took the line (a print date's), so that
                # the repair stage joins the sentence it cut
                claimed[i] = Claim(PAGE_FOLIO, "line", 100.0)
        for i in [i for i, c in claimed.items() if c.rule_id.startswith(LINE_MODEL)]:
            if stripped[i] in headline:
                del claimed[i]  # the page's own headline, at its top edge
        # the colophon under the page's last rule line: the footer (colophon.py)
        for i in colophon_rows(
            stripped, claimed, lambda k: k in claimed and separator_line(stripped[k])
        ):
            claimed[i] = Claim(COLOPHON, "line", 100.0)
        if kind == "text":  # numbered rows over the titles of the page's pieces: the
            # split's to read (split_mark_rows), whatever a learned claim guessed of them
            from cleaner.stages.split_mark_rows import rows_kept

            rows, titles = rows_kept(stripped)
            for k in (*rows, *titles):
                if k in claimed and claimed[k].learned:
                    del claimed[k]
            # a catalogue's entries under their credit rows (split_credit_rows): likewise
            from cleaner.stages.split_credit_rows import catalogue_lines

            for k in catalogue_lines(stripped):
                if k in claimed and claimed[k].learned:
                    del claimed[k]
            headers += [k for k in rows if k not in headers]
            pieces += [k for k in titles if k not in pieces]
        # the labelled row under every piece's title of a compilation: the split's to
        # read and remove, not an info bar (piece_info_rows)
        from cleaner.stages.piece_info_rows import labelled_date_cells, piece_info_rows
        from cleaner.stages.repeat_keeps import labelled_dated_row

        def dated_row(s: str) -> bool:
            return labelled_dated_row(s) or labelled_date_cells(s)

        for k in piece_info_rows(stripped, claimed, dated_row):
            del claimed[k]
            headers.append(k)
        # an in-page jump link between the page's pieces (shape_lines.jump_links): after
        # the site's lines are judged, which read the page with the link in its place
        for k in jump_links(stripped, claimed):
            claimed[k] = Claim(JUMP, "line", 100.0)
            if k in pieces:
                pieces.remove(k)
        # kept, and said so: a shape the site repeats with this page's figures (data), a
        # header row of the page's own compilation, kept for the split (headers), a line of
        # one of the page's own pieces (pieces)
        for kept, flag in (
            (data, SITE_REPEAT_DATA),
            (headers, SITE_REPEAT_HEADER),
            (pieces, SITE_REPEAT_PIECE),
        ):
            for i in kept:
                if i in claimed and claimed[i].rule_id.startswith(LINE_MODEL):
                    del claimed[i]
                _flag_line(editor, spans, i, flag)
        # after the model: it keeps the first line nobody claimed as the page title
        if (top := page_title_index(stripped, self.profiles, site)) is not None:
            claimed.setdefault(top, Claim(PAGE_TITLE, "line", 100.0))
        self._notice_blocks(editor, stripped, spans, claimed)
        # an English reader thread: a comment heading, an author line under it and each
        # comment framed by author lines is evidence of its own (a pack rule's, not a
        # learned one's): it may be most of a page, and the loss budget does not judge it
        for i in english_thread(stripped):
            claimed.setdefault(i, Claim(COMMENT_THREAD, "line", 100.0))
        # one-row comments set out by gaps under a heading that counts them: the count and
        # the stamped rows are the evidence (comment_threads.py)
        for i in counted_gap_rows(stripped):
            claimed.setdefault(i, Claim(COMMENT_THREAD, "line", 100.0))
        # the same short bar under every numbered section head (head_bars.py)
        for i in head_bars(stripped):
            claimed.setdefault(i, Claim(HEAD_BAR, "line", 100.0, learned=True))
        for i in clock_widgets(stripped, claimed):  # the head's clock bar (clock_widgets.py)
            claimed.setdefault(i, Claim(CLOCK_WIDGET, "line", 100.0))
        for i in stat_blocks(stripped, claimed):  # a thread's counters (stat_blocks.py)
            claimed.setdefault(i, Claim(STAT_BLOCK, "line", 100.0))
        for i in rating_rows(stripped):  # a review's rating row by its title (rating_rows.py)
            claimed.setdefault(i, Claim(RATING_ROW, "line", 100.0, learned=True))
        heads = post_heads(stripped)  # a microblog's post header rows (post_stream)
        post_frame_claims(stripped, claimed, heads)
        # the links to the files a notice offers, closing its text (file_lists.py); on
        # HTML a few short lines of the site's may stand under a labelled list
        tail_max = FILE_TAIL_MAX_LINES if kind == "html" else 0
        for i in file_list(stripped, claimed, tail_max):
            claimed.setdefault(i, Claim(FILE_LIST, "line", 100.0, learned=True))
        for i in reference_list(stripped, claimed):  # a paper's, closing its export
            claimed.setdefault(i, Claim(REFERENCE_LIST, "line", 100.0, learned=True))
        for i, rule_id in foot_pager(stripped, claimed).items():  # foot_pager.py
            claimed.setdefault(i, Claim(rule_id, "line", 100.0, learned=True))
        # the foot's lines; a page with nothing else going may still close on a list of
        # titles cut to one width (foot_lines.cut_list), the readers below need a claim
        others_go = bool(claimed)
        keep = keep_table()
        for i, rule_id in foot_lines(
            stripped, claimed, lambda s: keep.reason(s) is not None, over_bars
        ).items():
            claimed[i] = Claim(rule_id, "line", 100.0, learned=True)
        if others_go:
            for i in post_bylines(stripped, lambda s: keep.reason(s) is not None):
                claimed.setdefault(i, Claim(POST_BYLINE, "line", 100.0, learned=True))
            from cleaner.stages.foot_bio import FOOT_BIO, bio_tail

            for i in bio_tail(stripped, claimed):  # the writer's profile over the foot
                claimed.setdefault(i, Claim(FOOT_BIO, "line", 100.0, learned=True))
            ruled_at = head_rule(stripped, claimed)  # the rule under a head the claims took
            if ruled_at is not None:
                claimed[ruled_at] = Claim(HEAD_RULE, "line", 100.0, learned=True)
        if kind == "html":
            # the UI lines a page shows under the article's closing credit; a numbered
            # "heading" there with no text under it is a menu's item, not a heading
            guard = keep_table()
            for i in credit_tail(
                stripped, claimed, lambda s: guard.reason(s) not in (None, "section_heading")
            ):
                claimed.setdefault(i, Claim(CREDIT_TAIL, "line", 100.0, learned=True))
        notes = self.profiles.foot_notes(site) if claimed and self.profiles is not None else None
        if notes:
            # the site's note among its foot chrome, on nearly every page (foot_repeat.py)
            from cleaner.stages.foot_repeat import FOOT_REPEAT, foot_repeat
            from cleaner.stages.own_data import measured_cells

            guard = keep_table()

            def number_row(s: str) -> bool:
                return "doc_number" in (guard.split.meta.shaped_row(s, near_title=True) or {})

            def closes_list(s: str) -> bool:
                # a number row closes the last piece of a record LIST only: on a page of
                # one record the row is its own data and the line under it its answer
                if measured_cells(s):
                    # a labelled row of readings closing the text (own_data.measured_cells),
                    # kept as the page's data: the site's fixed note under it stays the
                    # foot's, as when the row was taken for a site shape
                    return True
                return number_row(s) and sum(1 for t in stripped if t and number_row(t)) >= 2

            at = foot_repeat(
                stripped,
                claimed,
                notes,
                lambda s: guard.reason(s) is not None,
                closing=closes_list,
            )
            if at is not None:
                claimed[at] = Claim(FOOT_REPEAT, "line", 100.0, learned=True)
        if self.profiles is not None and site is not None:
            self._foot_block(editor, spans, site, stripped, claimed)
        for i in numbered_labels(stripped):  # the page's own list under one label
            if i in claimed and claimed[i].learned:
                del claimed[i]
                _flag_line(editor, spans, i, LINE_MODEL_UNSURE)
        for i in post_text(stripped, heads):
            if i in claimed and claimed[i].learned:
                del claimed[i]  # a post's own text in a compilation of posts (post_stream)
        site_claims = {i for i, c in claimed.items() if c.rule_id == SITE_REPEAT}
        for i in echoed_closes(stripped, claimed, site_claims):
            del claimed[i]  # the last piece's close, as the pieces above it (echoed_closes)
            _flag_line(editor, spans, i, SITE_REPEAT_PIECE)
        if claimed and kind == "text":
            # a page mark cutting a sentence is the repair stage's: its join removes it
            rt = repair_tables()
            soft = [i for i, c in claimed.items() if c.rule_id == LINE_MODEL]
            seen = self.profiles.shape_seen(site) if self.profiles is not None else None
            numbered = numbered_marks(text, rt.bare_marks, rt.bare_max, seen)
            for i in marks_inside_sentences(
                stripped, claimed, rt.page_marks, rt.mark_min, soft, rt.break_marks, numbered
            ):
                if claimed[i].scope == "line":
                    del claimed[i]
            # a short row the model guessed, glued inside a paragraph block, is the
            # block's (a qualifier under an item), as the learned rows are
            for i in [i for i in soft if i in claimed]:
                if row_of_block(stripped, i, {}, claimed) or row_of_list(stripped, i, claimed):
                    del claimed[i]
                elif row_of_labelled_list(stripped, i, {}, claimed):
                    del claimed[i]  # an item of a list under the text's own label
            # a table's rows, head row and caption, released from its kept end inwards
            release_rows(stripped, soft, claimed)
        if records and claimed:  # each record's dated row is the split's (record_rows)
            for i in release_record_rows(stripped, claimed, records, record_tails):
                _flag_line(editor, spans, i, SITE_REPEAT_HEADER)
        if claimed and self.config.max_loss_share < 100.0:
            loss_budget(editor, claimed, spans, self.config.max_loss_share, held)
        edits = claim_edits(claimed, spans)
        if any(e.rule.endswith(INFO_BAR) for e in edits):
            # an info bar's cells that are a sentence of the text's own stay (the row
            # is recorded whole: its fields are still read), as the split's meta rows
            read = partial(keep_table().split.meta.shaped_row, near_title=True)
            edits = [kept_cells(editor.text, e, read, rule=INFO_BAR[1:], gaps=True) for e in edits]
        editor.apply(NAME, edits)
        # a way-back link glued onto a paragraph's end: the link cut, the prose kept
        editor.apply(NAME, glued_nav_tails(editor.text))

    def _foot_block(
        self,
        editor: Editor,
        spans: list[tuple[int, int, int]],
        site: str,
        stripped: list[str],
        claimed: dict[int, Claim],
    ) -> None:
        """Claim the site's headed foot notice (:mod:`~cleaner.stages.foot_blocks`); flag
        a block of its shape kept as the page's own closing section."""
        from cleaner.stages.foot_blocks import (
            FOOT_BLOCK,
            FOOT_BLOCK_SECTION,
            foot_block,
            site_names,
        )

        assert self.profiles is not None
        notes = self.profiles.foot_notes(site)
        learned = self.profiles.learned(site, self.config) if notes else None
        if learned is None:
            return
        guard = keep_table()
        sections: list[int] = []
        for i in foot_block(
            stripped,
            claimed,
            notes,
            learned.lines,
            lambda s: guard.reason(s) is not None,
            cued=lambda s: bool(guard.cues(s)),
            sections=sections,
            names=self.profiles.title_suffixes(site) | site_names(stripped),
        ):
            claimed[i] = Claim(FOOT_BLOCK, "line", 100.0, learned=True)
        if sections:
            start, end = spans[sections[0]][0], spans[sections[-1]][1]
            editor.record(
                Change(
                    editor.page_id,
                    NAME,
                    FOOT_BLOCK_SECTION,
                    "flag",
                    start,
                    end,
                    "",
                    "",
                    step=editor.step,
                )
            )

    @staticmethod
    def _notice_blocks(
        editor: Editor,
        stripped: list[str],
        spans: list[tuple[int, int, int]],
        claimed: dict[int, Claim],
    ) -> None:
        """Claim the site notice blocks (:mod:`cleaner.stages.notice_blocks`); flag the
        look-alikes it keeps."""
        from cleaner.stages.notice_blocks import NOTICE_BLOCK, NOTICE_BLOCK_UNSURE, notice_blocks

        for block in notice_blocks(stripped, claimed):
            if block.remove:
                claim = Claim(NOTICE_BLOCK, "list", 100.0)
                for i in block.lines:
                    claimed[i] = claim
                continue
            start, end = spans[block.lines[0]][0], spans[block.lines[-1]][1]
            editor.record(
                Change(
                    editor.page_id, NAME, NOTICE_BLOCK_UNSURE, "flag", start, end, "", "",
                    step=editor.step,
                )
            )  # fmt: skip

    def _line_model(
        self,
        editor: Editor,
        stripped: list[str],
        spans: list[tuple[int, int, int]],
        claimed: dict[int, Claim],
        held: list[int],
        gate: Callable[[int], bool] | None = None,
    ) -> None:
        """Claim the lines the chrome line model deletes; flag (keep) its unsure lines;
        ``held`` gets the rows it keeps only for the split (its loss all the same).

        With ``gate`` (HTML text) a deletion stands only where ``gate(line)`` allows it
        (recorded as ``boilerplate.line_model.html_edge``); elsewhere it is a flag."""
        from cleaner.stages.line_model import decide
        from cleaner.stages.paper_shield import paper_shield

        decided = decide(stripped, set(claimed), keep_table(), self.config)
        held.extend(d.index for d in decided if d.action == "held")
        decided = [d for d in decided if d.action != "held"]
        # a rule line the model was not shown (line_model.bare_rules) keeps its own claim
        decided = [d for d in decided if d.index not in claimed]
        # a paper's title and code row, by the header's shape: kept, flagged (paper_shield)
        shield = paper_shield(stripped) if any(d.action == "delete" for d in decided) else set()
        # a short page's own facts and a large guess on it: kept, flagged (fact_rows)
        gone = {d.index for d in decided if d.action == "delete"}
        shield |= short_page_guard(stripped, set(claimed), gone, keep_table().split.meta.field_of)
        # the first header of a numbered run the page keeps the rest of (run_opener)
        shield |= {i for i in gone if run_opener(stripped, i, set(claimed) | gone)}
        for d in decided:
            score = round(100.0 * d.score, 1)
            if d.action == "delete" and d.index in shield:
                pass  # kept: flagged below as unsure
            elif d.action == "delete" and gate is None:
                claimed[d.index] = Claim(LINE_MODEL, "line", score, learned=True)
            elif d.action == "delete" and gate is not None and gate(d.index):
                claimed[d.index] = Claim(LINE_MODEL_HTML_EDGE, "line", score, learned=True)
            if (
                d.action != "delete"
                or d.index in shield
                or (gate is not None and not gate(d.index))
            ):
                start, end = spans[d.index][0], spans[d.index][1]
                rule = LINE_MODEL_LIST_ITEM if d.action == "item" else LINE_MODEL_UNSURE
                editor.record(
                    Change(
                        editor.page_id, NAME, rule, "flag", start, end, "", "",
                        score=score, step=editor.step,
                    )
                )  # fmt: skip


#: a header of a numbered run: its words around one number of one to three digits
_RUN_HEAD = re.compile(r"^(\D{0,8}?)0*(\d{1,3})(\D{0,12})(?:$|[\s\u3000])")
#: a run's header line is at most this long
_RUN_HEAD_CHARS = 40


def run_opener(stripped: Sequence[str], i: int, gone: set[int]) -> bool:
    """Is line ``i`` the first header of a numbered run whose next headers the page
    keeps (not in ``gone``): numbered 1, with a line of the same words around 2 below
    it, kept?  The model judges one line; a piece's header it deletes where the next
    pieces' stay would hand the first piece to the page's head (its text lost with it).

    Not :func:`~cleaner.stages.split_headers.numbered_runs`: that reader knows other
    shapes (numerals in words, section words refused, text needed between two headers)
    and answers otherwise on 7 of the 617 calls the families make (a folio run
    ``第 1 页 共 3 页``, ``- 1 / 9 -`` held here, a cut line ``推荐1：…`` held there).

    >>> page = ["某公司", "案例 01 · 医疗险", "正文。", "案例 02 · 重疾险", "正文。"]
    >>> run_opener(page, 1, {0, 1}), run_opener(page, 1, {0, 1, 3})
    (True, False)
    >>> run_opener(["第1页", "正文。", "第3页"], 0, {0})  # no 2 below it
    False
    """
    line = stripped[i].strip()
    m = _RUN_HEAD.match(line)
    if m is None or len(line) > _RUN_HEAD_CHARS or int(m[2]) != 1:
        return False
    for j in range(i + 1, len(stripped)):
        n = _RUN_HEAD.match(stripped[j].strip())
        if n is not None and n[1] == m[1] and int(n[2]) == 2 and j not in gone:
            return True
    return False


def _flag_line(editor: Editor, spans: Sequence[tuple[int, int, int]], i: int, flag: str) -> None:
    """Record line ``i`` as kept, and said so (``flag``): a flag change, no edit."""
    start, end = spans[i][0], spans[i][1]
    editor.record(Change(editor.page_id, NAME, flag, "flag", start, end, "", "", step=editor.step))
