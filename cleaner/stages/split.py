"""Stage 3: cut a compiled page into articles and parse their metadata headers.

A page that compiles documents under numbered headers (``第一篇:…``, ``篇二：…``,
``【篇三】…``) becomes one article per header; the numbers must run 1, 2, 3 … so that a
sentence starting with 第二篇 inside an article is not a boundary.  Text before the first
header (what boilerplate left of the page head) is never an article.  In each article a
leading metadata block (``【发布单位】…【发布文号】…``) is parsed into ``meta`` and removed,
and a header title that the site truncated is completed from the title inside the body.
Metadata printed after the body is taken too: a credit row (:mod:`split_foot`), a closing
row of several fields, a labelled link and a card of rows under its heading
(:mod:`split_tail`).
A page without headers is one article.  Tables live in ``cleaner/rules/headers.toml``.

This module keeps the order in which the header readers are tried; the steps after it
live beside it: the rows and header lines around the pieces (:mod:`split_header_lines`),
the page's head and close (:mod:`split_page_ends`), each piece's head lines
(:mod:`split_piece_head`), metadata rows (:mod:`split_piece_rows`) and draft
(:mod:`split_draft`), and the articles tiling the page (:mod:`split_tiling`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from cleaner.edits import Edit, Editor, split_lines
from cleaner.model import Change
from cleaner.stages.echoed_rows import labelled_row, row_cells, same_form, same_labels
from cleaner.stages.issue_days import issue_day
from cleaner.stages.page_hints import PageHints
from cleaner.stages.post_stream import post_run
from cleaner.stages.split_above import serial_titles, titles_under_rows
from cleaner.stages.split_annex import annex_cuts
from cleaner.stages.split_asked import asked_run
from cleaner.stages.split_blocks import BlockRun, titles_under_blocks
from cleaner.stages.split_book_cards import book_card_run
from cleaner.stages.split_cell_marks import Fields, dated_cell
from cleaner.stages.split_clock import HEADER_IS_TEXT, TITLE_IS_TEXT, clock_run, counted_run
from cleaner.stages.split_closed import closing_rows
from cleaner.stages.split_closing_slots import closing_slots
from cleaner.stages.split_config import ArticleDraft, SplitConfig
from cleaner.stages.split_credit_rows import credit_catalogue
from cleaner.stages.split_crosscheck import (
    CHECK,
    bodiless,
    crosscheck,
    keeps_titles,
    span_of_days,
)
from cleaner.stages.split_dated_cells import dated_cells
from cleaner.stages.split_dated_rows import dated_run
from cleaner.stages.split_dispatches import dispatch_run
from cleaner.stages.split_draft import draft_piece
from cleaner.stages.split_field_records import field_records
from cleaner.stages.split_find import _HAN, SplitFinder, _names_title, _unwrapped
from cleaner.stages.split_find import contents_list as contents_list
from cleaner.stages.split_flags import NAME
from cleaner.stages.split_flags import flag as _flag
from cleaner.stages.split_floors import THREAD_FLOORS, floor_run
from cleaner.stages.split_foot import foot_row, supplier
from cleaner.stages.split_frames import FramedRun, framed_records
from cleaner.stages.split_gap_credit import gap_credit
from cleaner.stages.split_header_lines import block_heads_over, header_lines, rows_over, tag_day
from cleaner.stages.split_header_rows import numbered_row_fields
from cleaner.stages.split_heading_under import (
    closing_rows_of,
    rows_over_headings,
    titles_under_headings,
)
from cleaner.stages.split_headings import HEADING_RUN, closed_meta, heading_run
from cleaner.stages.split_keyed import keyed_headers, lone_dated, row_run, titled_run
from cleaner.stages.split_kickers import bylined_meta
from cleaner.stages.split_lead import lead_into_first
from cleaner.stages.split_lead_rows import titles_over_rows
from cleaner.stages.split_leaders import leader_titles
from cleaner.stages.split_mark_rows import mark_rows, table_rows_over, titles_under_marks
from cleaner.stages.split_masthead import titles_under_mastheads
from cleaner.stages.split_meta import cn_number, normalise_date
from cleaner.stages.split_page import PageLines
from cleaner.stages.split_page_ends import page_ends, untitled_keys
from cleaner.stages.split_papers import PAPER, coded_run, paper_run, title_row
from cleaner.stages.split_passages import passage_headers
from cleaner.stages.split_piece_find import PieceRun, piece_find, refines, rows_over_headers
from cleaner.stages.split_piece_head import piece_head
from cleaner.stages.split_piece_rows import above_rows, read_rows
from cleaner.stages.split_prefilter import may_shape_run
from cleaner.stages.split_record_leads import lead_days, lead_edits
from cleaner.stages.split_record_run import answer_rows, record_run
from cleaner.stages.split_rows import signer_over_date
from cleaner.stages.split_shape_run import ShapeMemo, ShapeRun, shape_run
from cleaner.stages.split_sources import dateline_run, headlines_kept
from cleaner.stages.split_stamps import banner_run, stamp_run, tag_title_run
from cleaner.stages.split_state_stamps import state_stamp_run
from cleaner.stages.split_statutes import statute_cuts
from cleaner.stages.split_subject_rows import SUBJECT_ROW, titled_by_subjects
from cleaner.stages.split_tags import banner_titles
from cleaner.stages.split_tiling import close_articles
from cleaner.stages.time_rows import own_time_days
from cleaner.stages.title_choice import piece_title

__all__ = ["ArticleDraft", "PageHints", "SplitConfig", "SplitStage", "cn_number", "normalise_date"]


def _closing_fields(
    lines: list[str],
    starts: list[int],
    under_header: Callable[[str], bool],
    read: Callable[[str], dict[str, str] | None],
    field_of: Fields,
) -> dict[int, tuple[int, dict[str, str]]]:
    """Each piece's closing row (piece start → (line, fields read from it)): the rows of
    :func:`~cleaner.stages.split_closed.closing_rows`, all of one form with the first
    (:func:`_one_form`, a table's cells), or none: rows of other forms are the pieces'
    own text."""
    closers = closing_rows(lines, starts, under_header)
    if not closers or not all(
        _one_form(lines[closers[0]], lines[j], field_of) for j in closers[1:]
    ):
        return {}
    return {at: (j, read(lines[j].strip()) or {}) for at, j in zip(starts, closers, strict=True)}


def _one_form(a: str, b: str, field_of: Fields) -> bool:
    """Two rows closing two pieces in one form: a table's cells (:func:`same_form`) or
    labelled cells under the same labels (``批准日期：…　有效期至：…``, :func:`same_labels`)
    that the piece-end reader of a closing row's dated cells leaves (it reads its own:
    ``经办机构：某公司　｜　结案日期：…``, :func:`split_dated_cells.dated_cells`), a cell of
    it dated or every label one the metadata reads (``承办单位：某站　｜　满意度：很高``,
    no date, an unread label: the piece's text)."""
    if same_form(a, b):
        return True
    cells = row_cells(a)
    return (
        same_labels(a, b)
        and cells is not None
        and (any(dated_cell(v) for v in cells[1]) or all(field_of(k) for k in cells[0]))
        and not any(dated_cells(r, field_of, template=True) for r in (a, b))
    )


class SplitStage(SplitFinder):
    """Find article boundaries, parse headers, and return the articles."""

    name = NAME

    def __call__(self, editor: Editor, *, hints: PageHints | None = None) -> list[ArticleDraft]:
        text = editor.text
        page, spans = split_lines(text)
        lines = PageLines(page)  # what the recognisers read of each line, read once
        headers = self.find_headers(lines) if self.config.enabled else []
        if self.config.enabled and self.config.generic_headers:
            # papers each under its bare code row (split_papers): the code rows head them,
            # before a list's numbering reads them as its items
            coded = [(i, rule, title) for i, rule, title, _ in coded_run(lines)]
            headers = coded or headers
        head_meta: dict[int, dict[str, str]] = {}  # a keyed header's date or number
        asked_rows: dict[int, tuple[str, dict[str, str]]] = {}  # rows read inside a piece
        piece_found = False  # the pieces came from the generic piece finder (no loss)
        if self.config.enabled and self.config.generic_headers and not headers:
            # pieces each under a block of labelled rows, one its title's (a gazette's
            # entries: split_field_records); the block's shape says so, whatever its words
            fields_run = field_records(lines, self.meta.field_of)
            headers = [
                (at, TITLE_IS_TEXT, name)
                for at, name in zip(fields_run.heads, fields_run.titles, strict=True)
            ]
            for at in fields_run.heads:
                for row in fields_run.rows[at]:  # rows read as fields only: none read stays
                    asked_rows[row] = ("split.meta_header", fields_run.read[row])
            if self.config.parse_meta:
                head_meta = dict(fields_run.fields)
        framed = FramedRun()  # split_frames's framed header rows and fact rows
        block_run = BlockRun()  # split_blocks's repeated header blocks
        under_title: list[Edit] = []  # a block's card row under its title (split_blocks)
        by_blocks = False  # headers declared by blocks over them (mastheads or blocks)
        credit_head = False  # a credit catalogue's pieces: the page's head is kept
        marks: list[tuple[int, str, str, dict[str, str]]] | None = None  # mark_rows, once read
        if self.config.enabled and self.config.generic_headers and not headers:
            # entries each with a credit row of cells under its bare title, one cell its
            # maker's (split_credit_rows): before the readers of rows over or under titles,
            # which read such a row's cells as fields of their own
            credited, credits = credit_catalogue(lines, self.meta.field_of, self._row_reader)
            if credited:
                headers = [(i, rule, title) for i, rule, title, _ in credited]
                head_meta = {i: m for i, _, _, m in credited} if self.config.parse_meta else {}
                block_run, by_blocks = credits, True
                credit_head = True
        if self.config.enabled and self.config.generic_headers and not headers:
            # headers each over a metadata row: the rows say where pieces start, whatever
            # the numbering (split_keyed.row_run); tried before the numbering's evidence
            rows_run = row_run(lines, self.meta.below_title)
            headers = _unwrapped([(i, rule, title) for i, rule, title, _ in rows_run])
            if self.config.parse_meta:
                head_meta = {i: m for i, _, _, m in rows_run}
        if self.config.enabled and self.config.generic_headers and not headers:
            # logs each under a row of its day, over its title (split_dated_rows)
            headers, dated_meta = dated_run(lines, self.meta.field_of, asked_rows)
            head_meta = dated_meta if self.config.parse_meta else head_meta
        registered = False  # titles under a register's serial rows (split_above)
        if self.config.enabled and self.config.generic_headers and not headers:
            # titles each under a register's serial row ('No.2023-088', '-089' …): the run
            # declares the pieces before a repeated tag in the rows passes for headers
            serial = serial_titles(lines, self._row_reader)
            headers = [(i, rule, title) for i, rule, title, _ in serial]
            registered = bool(serial)  # its row over each title, its names row under
            if self.config.parse_meta and serial:
                head_meta = {i: m for i, _, _, m in serial}
        passage_heads: dict[int, int] = {}  # a template row over each passage (split_passages)
        if self.config.enabled and self.config.generic_headers and not headers:
            # titles each over a byline and prose: a reading paper's passages
            if (passages := passage_headers(lines, self.meta.field_of)) is not None:
                headers = [(i, HEADER_IS_TEXT, t) for i, t in passages.headers]
                passage_heads = passages.heads
                for j, parsed in passages.rows.items():
                    asked_rows[j] = ("split.meta_header", parsed)
                if self.config.parse_meta:
                    head_meta.update(passages.fields)
        answered: dict[int, dict[str, str]] = {}  # a record's answer row (split_record_run)
        recorded = False  # the headers are the page's record titles (split_record_run)
        if self.config.enabled and self.config.generic_headers and not headers and hints:
            # an HTML page's records, each headed by its linked title (split_record_run)
            recs = record_run(
                lines, self.meta.below_title, self._titled_signature, hints.record_heads
            )
            own_h = frozenset(h for h in hints.headings if h != hints.h1)
            if len(hints.record_leads) >= len(recs) and all(hints.record_leads):
                # records each opened by its lead row, its own markup heading under it:
                # the heading is the record's first line, no header (the row is)
                recs = headlines_kept(lines, recs, headings=own_h)
            elif all(t in own_h and lines[i].strip() == t for i, _, t, _ in recs):
                # each record's whole title one of the page's own markup headings (an
                # <h4> over its strip of cells): its first line, as a document's heading is
                recs = [(i, HEADER_IS_TEXT, t, m) for i, _, t, m in recs]
            headers = _unwrapped([(i, rule, title) for i, rule, title, _ in recs])
            recorded = bool(headers)
            if headers:  # a row inside every record: its answer's (metadata, no text)
                answers = answer_rows(lines, [h[0] for h in headers], self._row_reader)
                heads_at = [h[0] for h in headers]
                for j, parsed in answers.items():
                    asked_rows[j] = ("split.meta_header", parsed)
                    if self.config.parse_meta:
                        answered[max(h for h in heads_at if h < j)] = parsed
        if self.config.enabled and self.config.generic_headers and not headers:
            # titles each with its stamp glued before it ('【计划停水】关于…的通知'): before
            # the numbered lines, which read a stamp two pieces share as their numbering
            headers = [
                (i, rule, title) for i, rule, title, _ in tag_title_run(lines, self.t.title_endings)
            ]
        numbered: list[int] | None = None
        asked_before = dict(asked_rows)  # the rows asked before the last readers ran
        kicked = False  # the headers are the page's HTML headings (split_kickers)
        bannered = False  # the headers are titles each under a banner (split_tags)
        if self.config.enabled and self.config.generic_headers and not headers:
            # read only now: a page whose headers are found needs no numbered lines
            numbered = self.numbered_lines(lines)
            # every word the generic layer's evidence rests on is Chinese: on a page whose
            # numbered lines and head hold no Han character it could only ever be unsure
            if numbered and not any(_HAN.search(lines[i]) for i in numbered):
                if not _HAN.search("\n".join(lines[: numbered[0]])):
                    numbered = None
        own_heads = tuple(h for h in hints.headings if h != hints.h1) if hints else ()
        last_tier = False  # the generic layer's numbered lines or blocks (split_blocks)
        if numbered is not None:
            headers, unsure = self.find_generic_headers(lines, numbered, own_heads)
            last_tier = bool(headers)
            if unsure is not None:
                _flag(editor, "split.generic_unsure", unsure)
            if titled := banner_titles(lines, headers, self._row_reader):
                # the headers are banners ('◤ 某栏 · 2 ◢'): each piece's title is the bare
                # line under its banner (and its air row); the banner goes as its header
                headers, bannered = titled, True
            if headers and not bannered and self.config.parse_meta:
                # a numbered header whose title is the line under it is a row of its
                # own ('【第2报】某市气象台　1月28日7时05分发布'): its fields are the piece's
                for at, read in numbered_row_fields(lines, headers, self._row_reader).items():
                    head_meta[at] = read | head_meta.get(at, {})
                # each piece closed by a row of its fields (split_closed): its metadata
                closed = _closing_fields(
                    lines,
                    [h[0] for h in headers],
                    self._under_header,
                    self._row_reader,
                    self.meta.field_of,
                )
                for at, (j, fields) in closed.items():
                    asked_rows[j] = ("split.meta_footer", fields or {"line": lines[j].strip()})
                    for key, val in fields.items():
                        head_meta.setdefault(at, {}).setdefault(key, val)
        if self.config.enabled and self.config.generic_headers and not headers:
            keyed = keyed_headers(text, lines, self.meta.field_of)
            if keyed and all(self.meta.doc_number(t) for _, _, t, _ in keyed):
                # '〔date〕number' rows: each a piece's metadata row, its title the heading
                # over it (kept as text), or no split when a piece has none
                keyed = titles_over_rows(lines, [i for i, _, _, _ in keyed], HEADER_IS_TEXT)
            if not keyed:  # one dated header under the page title that names it
                keyed = lone_dated(lines, _names_title)
            if not keyed:  # posts each under its account's name and stamp rows
                keyed, stamps = post_run(lines)
                asked_rows.update(stamps)
            day = hints.published if hints is not None else None
            if not keyed:  # titles each under a lone stamp line ('【休診】', split_stamps)
                # no closing-row pass of its own: the header readers take a row closing
                # each piece (one that was here never fired: it held the first row
                # against itself, and _one_form wants two rows of other values)
                keyed = stamp_run(lines)
            if not keyed:  # titles each under a banner of cells ('[JS-2017-083] [成品油]')
                keyed = banner_run(lines)
            if not keyed:  # items under their time of day alone (a day's flash list)
                keyed = clock_run(lines, hints.headings if hints else (), day)
            if not keyed and hints is not None and hints.headings:  # HTML headings over rows
                # headings each over its authors' row: an issue's papers, whatever rows
                # close them (a paper's DOI row reads as a closing row of fields too)
                keyed = paper_run(lines)
            if not keyed and hints is not None and hints.headings:
                own = tuple(h for h in hints.headings if h != hints.h1)
                keyed = heading_run(lines, own, self._under_header, self._closing_row)
                if keyed and self.config.parse_meta:  # the rows closing the pieces: theirs
                    keyed = closed_meta(lines, keyed, self._closing_row, self._closing_fields)
                if not keyed:  # headings a count in the page's head confirms ('共3篇')
                    keyed = counted_run(
                        lines, own, day, hints.bylined, (hints.slugged, hints.slugs)
                    )
                    if keyed and self.config.parse_meta:  # each byline the piece's fields
                        keyed = bylined_meta(keyed, hints.bylined, hints.bylines, self._row_reader)
                kicked = bool(keyed)  # a kicker over each heading is its column's label
            if not keyed:  # a gazette's documents, each its number line under its office
                keyed = dispatch_run(lines)
            if not keyed:  # works' names in book-title marks, each over a card of cells
                keyed = book_card_run(lines, self._titled_signature, self.meta.doc_number)
            if not keyed:  # un-numbered titles over rows of one signature: the last try
                keyed = titled_run(lines, self.meta.below_title, self._titled_signature)
                # a bare title no markup heading sets apart (a plain text page's): text
                marked = set(hints.headings) if hints is not None else set()
                plain = not any(t in marked for _, _, t, _ in keyed)
                keyed = headlines_kept(lines, keyed, self.meta.field_of, plain=plain)
            if not keyed:  # titles each under its piece's numbered or listed row (split_above)
                keyed = titles_under_rows(lines, self._row_reader)
            if not keyed:  # titles each under a repeated masthead (split_masthead)
                keyed = titles_under_mastheads(lines, self._row_reader)
                by_blocks = bool(keyed)  # its masthead lines all go, not the row above
            if not keyed:  # titles over their authors' names: an issue's papers
                keyed = paper_run(lines)
            if not keyed:  # questions each beside a dated row: a Q&A board's pieces (after
                # titled_run, which takes a numbered question over its row as a header)
                keyed, asked_rows = asked_run(lines, self._row_reader)
            if not keyed:  # titles each under a source's dateline (split_sources)
                keyed = dateline_run(lines, self.meta.below_title, self.meta.field_of)
            if not keyed:  # records each under a framed header row (split_frames)
                framed = framed_records(
                    lines, self._row_reader, self.meta.field_of, self.no_publish()
                )
                keyed = framed.keyed
            if not keyed:  # titles each under a status stamp ('▣ 生效中'): the stamp the
                # piece's header row, recorded; the title its first line (split_state_stamps)
                keyed, stamp_lines = state_stamp_run(lines, self.t.title_endings)
                for j in stamp_lines:
                    asked_rows[j] = ("split.article_header", {"line": lines[j].strip()})
            if not keyed:  # titles each under a repeated header block of any shape: the
                # general form of the two above, the last try (split_blocks)
                own_h = (
                    frozenset(h for h in hints.headings if h != hints.h1) if hints else frozenset()
                )
                keyed, block_run = titles_under_blocks(lines, self._row_reader, own_h)
                by_blocks = last_tier = bool(keyed)
                if block_run.verdict == "unsure":
                    unsure_blocks = {"shape": "blocks", "lines": [t + 1 for t in block_run.titles]}
                    _flag(editor, "split.blocks_unsure", unsure_blocks)
            if not keyed:  # titles a leader contents block lists (split_leaders), or
                # titles each under a numbered row of cells (split_mark_rows)
                keyed = leader_titles(lines, self.t.title_endings)
                if not keyed:
                    notes = hints.head_notes if hints is not None else frozenset()
                    marks = keyed = mark_rows(lines, notes)
            headers = _unwrapped([(i, rule, title) for i, rule, title, _ in keyed])
            head_meta = {i: m for i, _, _, m in keyed} if self.config.parse_meta else {}
        # the piece finder re-judges a page the numbered lines, the header blocks or the
        # page's headings split, when its own evidence is stronger (split_piece_find.refines): more
        # pieces, each under a row of one shape, every cut of the reader's among its own
        memo = ShapeMemo(self._row_reader, self.t.title_endings)
        rejudged = PieceRun()
        if headers and (last_tier or kicked) and self.config.generic_headers:
            rejudged = piece_find(lines, self._row_reader, memo, frozenset(own_heads))
            if refines(rejudged, [h[0] for h in headers]):
                cuts = [h[0] + 1 for h in headers]  # the reader's, in the verdict
                _flag(
                    editor,
                    "split.piece_find",
                    {"verdict": "split", "over": cuts, **rejudged.evidence},
                )
                # the reader's headers, fields and rows give way to the finder's
                headers, head_meta, asked_rows = [], {}, asked_before
                kicked = bannered = by_blocks = False
                block_run = BlockRun()
            else:
                rejudged = PieceRun()
        # a second document under an attachment mark or a divider (split_annex): each
        # its own article, read as a page of its own; the mark is a separator
        annex: list[tuple[int, int]] = []
        if (
            self.config.enabled
            and self.config.generic_headers
            and not headers
            and not rejudged.keyed
        ):
            annex = annex_cuts(lines, self.t.title_endings)
            if not annex:  # statutes one after another: '第一条' again under a title
                annex = statute_cuts(lines)
        over_heads: list[tuple[int, str, str]] = []  # rows over the page's headings
        if self.config.enabled and self.config.generic_headers and hints and not annex:
            over_heads = rows_over_headings(lines, own_heads)
        if over_heads and not headers and not rejudged.keyed:
            # a short row of one shape right over each of the page's own headings: the
            # piece's row, the heading its title, before the last resorts read the rows
            # by their words (split_heading_under); the row's fields are its piece's
            headers = list(over_heads)
            if self.config.parse_meta:
                for at, _, _ in headers:
                    if row_fields := self._row_reader(lines[at].strip()):
                        head_meta[at] = row_fields
        if self.config.enabled and self.config.generic_headers and not headers and not annex:
            # the last resort: rows of one shape, each over (or under) a titled piece of
            # prose, spread over the page (split_shape_run); every verdict recorded
            # skipped where it cannot fire: a necessary condition read once (split_prefilter)
            shaped = ShapeRun()
            if not rejudged.keyed:
                may = may_shape_run(lines, memo)
                shaped = shape_run(lines, self._row_reader, memo) if may else ShapeRun()
                if shaped.verdict != "none":
                    _flag(editor, "split.shape_run", {"verdict": shaped.verdict, **shaped.evidence})
            by_proof = shaped.evidence.get("records") and not shaped.evidence.get("stated")
            if shaped.verdict != "split" or by_proof:
                # the generic piece finder (split_piece_find): a row of one shape over
                # (or under) each piece's title, whatever its words; after every known
                # form, so it only decides pages they left whole (or re-judges, above);
                # a shape run that split only by its pieces' record proof under a lead
                # line (split_record_form; a count the head states proves more) stands
                # where the finder finds no pieces
                found = rejudged
                if not found.keyed:
                    found = piece_find(lines, self._row_reader, memo, frozenset(own_heads))
                    if found.verdict != "none":
                        verdict = {"verdict": found.verdict, **found.evidence}
                        _flag(editor, "split.piece_find", verdict)
                if found.verdict == "split":
                    shaped = found
                    piece_found = True
                    for j, fields in found.rows_under:  # a row under its title: its header
                        if fields:  # a row no field is read from stays text (no loss)
                            asked_rows[j] = ("split.meta_header", fields)
            if shaped.verdict == "split":
                # a flattened table's row over every title: the board's index entry, the
                # piece's header row (split_mark_rows.table_rows_over), no text
                indexed = piece_found and table_rows_over(lines, [k[:2] for k in shaped.keyed])
                headers = [
                    # a row that is its title line stays text, a title row (a name
                    # and its fields) does not: its name is the title, its fields meta;
                    # a piece finder's row no field is read from stays the piece's text
                    (
                        s,
                        HEADER_IS_TEXT
                        if (s == t and lines[t].strip() == title)
                        or (piece_found and not m and not indexed)
                        else TITLE_IS_TEXT,
                        title,
                    )
                    for s, t, title, m in shaped.keyed
                ]
                head_meta = {s: m for s, _, _, m in shaped.keyed} if self.config.parse_meta else {}
                by_blocks = True  # the rows are the pieces' headers, no row over them
                for (j, fields), h in zip(shaped.closers, shaped.keyed, strict=False):
                    if not fields:  # a credit row ('（某局供稿）'): split_foot reads it
                        fields = supplier(
                            foot_row(lines[j], self.meta.field_of, closing=True) or {}
                        )
                    if not fields:  # a post or release stamp closing it ('（某局　… 发布）')
                        fields = self.meta.posted_stamp(lines[j].strip(), closing=True) or {}
                    if not fields:  # a bare credit ('策展人　某某', split_gap_credit)
                        fields = gap_credit(lines[j], headed=True) or {}
                    if set(fields) == {"published"} and (
                        signer := signer_over_date(lines, j, h[0])
                    ):  # the date under its signing body: a sign-off of two lines, the
                        # body (kept as text) the piece's issuer
                        fields = {**fields, "issuer": signer}
                    # a row closing each piece (a sign-off, a source line): its metadata
                    for key, val in fields.items():
                        head_meta.setdefault(h[0], {}).setdefault(key, val)
                    close = lines[j].strip()
                    if close.endswith(("。", "！", "？")) and memo.prose(close):
                        continue  # a closing sentence of prose ('提示：…。') is its text
                    if fields or not piece_found:
                        asked_rows[j] = ("split.meta_footer", fields or {"line": lines[j].strip()})
        if headers and all(h[1].startswith("generic") for h in headers):
            # numbered rows of cells, each over its piece's title (split_mark_rows)
            headers = titles_under_marks(lines, headers, marks)
            if self.config.parse_meta and headers and headers[0][1] == TITLE_IS_TEXT:
                # each row over its title now a row of its own: its fields are the piece's
                for at, read in numbered_row_fields(lines, headers, self._row_reader).items():
                    head_meta[at] = read | head_meta.get(at, {})
        if headers and all(h[1].startswith("generic") for h in headers):
            # a row of tags over each piece's own markup heading: the heading is the
            # title, the row the piece's row (split_heading_under)
            headers = titles_under_headings(lines, headers, own_heads)
        if over_heads and [h[0] for h in headers] == [h[0] for h in over_heads]:
            # the pieces cut at the rows over the headings: the rows closing them in one
            # shape are their metadata rows (split_heading_under.closing_rows_of)
            starts = [h[0] for h in headers]

            def closer(row: str) -> dict[str, str] | None:  # a row of labelled cells only
                return self._row_reader(row) if labelled_row(row) else None

            for at, (j, fields) in closing_rows_of(lines, starts, closer).items():
                if j in asked_rows or any(k in head_meta.get(at, {}) for k in fields):
                    continue
                asked_rows[j] = ("split.meta_footer", fields)
                if self.config.parse_meta:
                    head_meta[at] = head_meta.get(at, {}) | fields
        if headers and all(
            h[1] == HEADING_RUN
            and lines[h[0]].strip() == h[2]
            and (h[2].endswith(("？", "?")) or self._row_under(lines, h[0]))
            for h in headers
        ):
            # the page's own headings, each its piece's whole title (no count framing it,
            # no date closing it) with its row under it (a speech's byline) or a FAQ's
            # question: the title stays the piece's first line of text, as a single
            # document's title over its byline does (a heading under its row of cells
            # heads a record: the heading goes as its header)
            headers = [(i, HEADER_IS_TEXT, t) for i, _, t in headers]
        if self.config.enabled and self.config.generic_headers and not annex:
            # a subject row titles each piece, under its serial row when no header was
            # found (split_subject_rows); the serial row's cells are the piece's fields
            read_heads = list(headers)  # as the readers proposed them
            headers, subjects, cells = titled_by_subjects(lines, headers, self._row_reader)
            if subjects and [h[0] for h in read_heads] == [h[0] for h in headers]:
                # the pieces' own titles stay theirs (split_crosscheck.keeps_titles)
                why = keeps_titles(
                    [h[2] for h in read_heads], [h[2] for h in headers], self._row_reader
                )
                if why is not None:
                    kept_rows = sorted(j + 1 for j in subjects)  # stay the pieces' text
                    _flag(editor, f"{CHECK}.retitle", {"why": why, "rows": kept_rows})
                    headers, subjects, cells = read_heads, {}, {}
            asked_rows.update({j: (SUBJECT_ROW, {"title": t}) for j, t in subjects.items()})
            if self.config.parse_meta:
                for i, m in cells.items():
                    head_meta.setdefault(i, {}).update(m)
        if headers and floor_run([t for _, _, t in headers]):
            # a thread's floor marks ('1楼', '2楼' …) over its posters' rows: one
            # conversation, one article, its rows the thread's (split_floors)
            _flag(editor, THREAD_FLOORS, {"lines": [i + 1 for i, _, _ in headers]})
            headers, head_meta, asked_rows = [], {}, {}
        if self.config.enabled and self.config.generic_headers and len(headers) >= 2:
            # the pieces' own rows over the headers (split_piece_find): a row of one
            # shape counting the pieces; a header before the run with none is the
            # page's own heading (its lines the page's head), not a piece
            cut, own_rows = rows_over_headers(
                lines, [h[0] for h in headers], ShapeMemo(self._row_reader, self.t.title_endings)
            )
            if own_rows:
                _flag(
                    editor,
                    "split.piece_rows",
                    {
                        "rows": [j + 1 for j in own_rows],
                        "page_heads": [h[0] + 1 for h in headers[:cut]],
                    },
                )
                headers = headers[cut:]
                for j in own_rows:
                    fields = self._row_reader(lines[j].strip()) or {}
                    rule = "split.meta_header" if fields else "split.article_header"
                    asked_rows[j] = (rule, fields or {"line": lines[j].strip()})
        keep_head = False  # the page's head kept over the first piece
        checked = crosscheck(lines, headers, text_rule=HEADER_IS_TEXT)
        for why, evidence in checked.notes:  # the proposal checked (split_crosscheck)
            _flag(editor, f"{CHECK}.{why}", evidence)
        headers = checked.headers
        if headers and not annex:
            # a header heading no text is no header: its line stays text (a one-line
            # record opening with 第一篇), and a page never splits into nothing
            headers, empty = bodiless(
                lines, headers, text_rule=HEADER_IS_TEXT, own_line=partial(title_row, lines)
            )
            if empty:
                _flag(editor, f"{CHECK}.bodiless", {"lines": [j + 1 for j in empty]})
                if headers and empty[0] < headers[0][0]:
                    keep_head = True  # the first header's line stays over the first piece
        for j in checked.unread:
            # the reader's header row under the moved cut: its piece's row of fields (a
            # run of days dates no publication), on the record as the reader had it
            fields = dict(head_meta.pop(j, {}))
            if span_of_days(lines[j]):
                fields.pop("published", None)
            rule = "split.meta_header" if fields else "split.article_header"
            asked_rows[j] = (rule, fields or {"line": lines[j].strip()})
        segments: list[tuple[int, int, tuple[int, str, str] | None]]
        if annex:
            starts = [0, *(t for _, t in annex)]
            ends = [*(m for m, _ in annex), len(lines)]
            segments = [(a, b, None) for a, b in zip(starts, ends, strict=True)]
        elif headers:
            segments = [
                (
                    h[0] + (h[1] != HEADER_IS_TEXT and not title_row(lines, h)),
                    headers[k + 1][0] if k + 1 < len(headers) else len(lines),
                    h,
                )
                for k, h in enumerate(headers)
            ]
        else:
            segments = [(0, len(lines), None)]
        title_flags: list[Change] = []
        edits: list[Edit] = []
        drafts: list[tuple[int, int, str, dict[str, str], list[Edit]]] = []
        clip_fields: dict[str, str] = {}  # a clipping's export head (split_clip_head)
        records: set[int] = set()  # drafts under a dump's record counts
        # rows over the headers, each its piece's (split_above), a framed row over each
        # record's title and a column's label over each heading (split_header_lines)
        over, above_lines = rows_over(
            self,
            lines,
            spans,
            headers=headers,
            framed=framed,
            bannered=bannered or registered,
            by_blocks=by_blocks,
            kicked=kicked,
            asked_rows=asked_rows,
            edits=edits,
        )
        if recorded and hints is not None:  # the rows over each record's title
            heads_at = [h[0] for h in headers]
            paired = list(zip(hints.record_heads, hints.record_leads, strict=False))
            edits += lead_edits(lines, spans, heads_at, paired, above_lines)
            if self.config.parse_meta:
                # each record's own dated row over its title ('#12 ｜ 40:05 ｜ 2021/3/5'):
                # its day, over the page head's (split_record_leads.lead_days)
                day_of = partial(tag_day, self)
                for head_at, day in lead_days(lines, heads_at, paired, day_of).items():
                    head_meta.setdefault(head_at, {}).setdefault("published", day)
        over = block_heads_over(
            self,
            lines,
            spans,
            headers=headers,
            block_run=block_run,
            over=over,
            edits=edits,
            under_title=under_title,
            above_lines=above_lines,
        )
        # a tag-and-serial line over each piece's header block (split_tags): its header
        # line too, neither the text of the piece above nor a field (split_header_lines)
        headers, segments, asked_edits = header_lines(
            self,
            lines,
            spans,
            headers=headers,
            segments=segments,
            over=over,
            bannered=bannered,
            passage_heads=passage_heads,
            asked_rows=asked_rows,
            under_title=under_title,
            above_lines=above_lines,
            edits=edits,
        )
        lead: list[int] = []  # a standfirst kept over the first piece (split_lead)
        head_date = page_ends(
            self,
            editor,
            lines,
            spans,
            hints=hints,
            headers=headers,
            over=over,
            annex=annex,
            segments=segments,
            above_lines=above_lines,
            edits=edits,
            lead=lead,
            keep_head=credit_head,
            keep_prefix=piece_found or untitled_keys(headers) or checked.keep_prefix or keep_head,
        )
        # the day of the issue the head names, every piece's over its signing day
        issue = (
            issue_day(lines[: headers[0][0]], head_date, lambda ln: self.meta.head_date([ln]))
            if headers and self.config.parse_meta
            else None
        )
        own_days: dict[int, str] = {}
        if self.config.parse_meta:
            # each piece's own time row under one label (a session's, a match's day):
            # its day, under the dates its rows give, over the head's (time_rows)
            heads = [(h[0], end) for _, end, h in segments if h is not None]
            own_days = own_time_days(
                lines, [a for a, _ in heads], [e for _, e in heads], self.meta.field_of
            )
            posted = head_date or (hints.published if hints is not None else None)
            if posted and any(day > posted for day in own_days.values()):
                own_days = {}  # a day after the post's is a schedule's: no piece's publish date
        # the framed credit row of one skeleton closing every piece (split_closing_slots)
        slot_rows = (
            closing_slots(
                lines,
                [(a, b) for a, b, h in segments if h is not None],
                # rows over the next piece's header, read as its own, close no piece
                skip={*above_lines, *(r for r, _ in over.values()), *asked_rows},
            )
            if self.config.parse_meta and headers and not annex
            else set()
        )
        n_drafts = len(drafts)
        for seg_start, seg_end, head in segments:
            n_edits = len(edits)
            body_idx, authors = piece_head(
                self,
                lines,
                spans,
                hints=hints,
                head=head,
                seg_start=seg_start,
                seg_end=seg_end,
                above_lines=above_lines,
                clip_fields=clip_fields,
                edits=edits,
            )
            body_idx, content, meta, meta_edits, dropped, rows, card, carded, labelled = read_rows(
                self,
                lines,
                spans,
                hints=hints,
                head=head,
                seg_start=seg_start,
                authors=authors,
                body_idx=body_idx,
                edits=edits,
                issue_day=issue,
                slot_rows=slot_rows,
            )
            if not content:
                continue
            if head is not None and head[1] == PAPER:
                # a paper's rows under its title line lie inside the piece: its own edits
                meta_edits += [e for e in edits[n_edits:] if e.rule == "split.meta_header"]
                edits[n_edits:] = [e for e in edits[n_edits:] if e.rule != "split.meta_header"]
            body_lines = [lines[i] for i in content]
            chosen = piece_title(
                body_lines,
                head[2] if head else labelled or "",
                above_rows=above_rows(lines, content, rows),
                hints=hints,
                single=not headers,
                doc_number=self.meta.doc_number,
                field_of=self.meta.field_of,
                endings=self.t.title_endings,
                complete=self.config.complete_titles and carded is None,
            )
            # the card's page: its title is the <title>'s, not the heading over the card
            title = lines[body_idx[0]].strip() if card else chosen.title
            draft_piece(
                self,
                lines,
                spans,
                hints=hints,
                head=head,
                seg_start=seg_start,
                chosen=chosen,
                title=title,
                card=card,
                body_idx=body_idx,
                body_lines=body_lines,
                content=content,
                meta=meta,
                meta_edits=meta_edits,
                dropped=dropped,
                head_meta=head_meta,
                over=over,
                answered=answered,
                head_date=head_date,
                own_days=own_days,
                clip_fields=clip_fields,
                asked_edits=asked_edits,
                title_flags=title_flags,
                records=records,
                edits=edits,
                drafts=drafts,
            )
        if head_date and headers and self.config.parse_meta:
            # the head's byline row names the column's writer beside the head's date:
            # every piece's with no writer of its own, as the date is every piece's
            first = over.get(headers[0][0])
            who = self.meta.head_author(lines[: first[0] if first else headers[0][0]], head_date)
            if who is not None:
                for draft in drafts[n_drafts:]:
                    draft[3].setdefault("author", who)
        if lead:  # the page's own opening lines over the first piece's text
            lead_into_first(drafts, edits, spans[lead[0]][0])
        if not drafts and text.strip():
            # a page never splits into nothing: what its readers took for headers and
            # rows with no text under them is the page's text, one article, on the record
            body = [ln for ln in lines if ln.strip()]
            start, end = len(text) - len(text.lstrip()), len(text.rstrip())
            edits, asked_edits, title_flags = [], [], []
            title = piece_title(
                body,
                "",
                above_rows=None,
                hints=hints,
                single=True,
                doc_number=self.meta.doc_number,
                field_of=self.meta.field_of,
                endings=self.t.title_endings,
                complete=False,
            ).title
            drafts.append((start, end, title, {}, []))
            _flag(editor, "split.kept_whole", {"lines": len(body)})
        return close_articles(
            self,
            editor,
            text,
            edits=edits,
            asked_edits=asked_edits,
            drafts=drafts,
            title_flags=title_flags,
            hints=hints,
            annex=annex,
            records=records,
        )
