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
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_left
from dataclasses import replace

from cleaner.edits import Edit, Editor, split_lines
from cleaner.model import Change
from cleaner.stages.dressed_title import dressed_line, page_names, page_title_over_h1
from cleaner.stages.post_stream import post_run
from cleaner.stages.split_above import rows_above, titles_under_rows
from cleaner.stages.split_annex import annex_cuts
from cleaner.stages.split_asked import ROW_UNDER as ASKED_ROW
from cleaner.stages.split_asked import asked_run
from cleaner.stages.split_blocks import BlockRun, titles_under_blocks
from cleaner.stages.split_card_head import titled_card
from cleaner.stages.split_cards import price_row
from cleaner.stages.split_cell_card import card_under_headline, cell_card
from cleaner.stages.split_cell_heads import ENTRY_RULE
from cleaner.stages.split_clip_head import CLIP_REACH, clip_head, clip_start, named_source
from cleaner.stages.split_clock import HEADER_IS_TEXT, TITLE_IS_TEXT, clock_run, counted_run
from cleaner.stages.split_config import (
    ArticleDraft,
    SplitConfig,
)
from cleaner.stages.split_deck import bylines_over_h1
from cleaner.stages.split_dl_cards import card_run, pairs
from cleaner.stages.split_enacted import enactment
from cleaner.stages.split_find import (
    _HAN,
    SplitFinder,
    _names_title,
    _unwrapped,
)
from cleaner.stages.split_find import contents_list as contents_list
from cleaner.stages.split_foot import foot_row, supplier
from cleaner.stages.split_frames import FramedRun, framed_records
from cleaner.stages.split_headers import (
    item_counter,
    labelled_counter,
    labelled_number,
    tag_row,
    worded_count,
)
from cleaner.stages.split_headings import CLOSED, HEADING_RUN, heading_run, piece_closers
from cleaner.stages.split_host import issuer_over_host, listed_issuer
from cleaner.stages.split_issue_head import issue_head
from cleaner.stages.split_keyed import keyed_headers, lone_dated, row_run, titled_run
from cleaner.stages.split_kickers import bylined_meta, kickers_over
from cleaner.stages.split_lead_rows import titles_over_rows
from cleaner.stages.split_masthead import (
    masthead_blocks,
    masthead_fields,
    rule_line,
    titles_under_mastheads,
)
from cleaner.stages.split_meta import cn_number, normalise_date
from cleaner.stages.split_meta_marks import section_origin
from cleaner.stages.split_page import PageLines, nonempty
from cleaner.stages.split_page_close import page_close
from cleaner.stages.split_page_title import page_title_line, site_banner
from cleaner.stages.split_papers import (
    PAPER,
    foot_notes,
    front_rows,
    names_under,
    paper_run,
    rows_under_title,
)
from cleaner.stages.split_passages import passage_headers
from cleaner.stages.split_piece_end import piece_end
from cleaner.stages.split_post_box import read_box
from cleaner.stages.split_prefilter import may_shape_run
from cleaner.stages.split_prefix_prose import prefix_prose
from cleaner.stages.split_record_run import answer_rows, record_run
from cleaner.stages.split_records import record_rows, record_tail, signed_records
from cleaner.stages.split_reply import answer_byline
from cleaner.stages.split_shape_run import ShapeMemo, ShapeRun, shape_run
from cleaner.stages.split_slugs import slug_line
from cleaner.stages.split_sources import dateline_run, headlines_kept
from cleaner.stages.split_statutes import statute_cuts
from cleaner.stages.split_tags import (
    banner_closers,
    banner_titles,
    coded_serial,
    framed_serial,
    tag_first,
    tag_over_headline,
    tags_over,
)
from cleaner.stages.split_title_issuer import HEAD_TRIES, title_issuer
from cleaner.stages.split_titles import (
    PageHints,
    card_title,
    card_title_cut,
    page_title_over_card,
)
from cleaner.stages.title_choice import (
    finish_title,
    lead_nav,
    piece_title,
    rows_over_title,
)
from cleaner.stages.title_head import retitle

__all__ = ["ArticleDraft", "PageHints", "SplitConfig", "SplitStage", "cn_number", "normalise_date"]

NAME = "split"


#: a day in a value ('2021-03-09 21:33', '2021年3月9日'): a clipping head's date is the export's
_DAY = re.compile(r"\d{4}\s*[-年./／]\s*\d{1,2}")


def _flag(editor: Editor, rule: str, evidence: object) -> None:
    """Record a split the stage was unsure of (no text changes; the evidence as JSON)."""
    ref = json.dumps(evidence, ensure_ascii=False)
    editor.record(
        Change(editor.page_id, NAME, rule, "flag", 0, 0, "", "", ref=ref, step=editor.step)
    )


class SplitStage(SplitFinder):
    """Find article boundaries, parse headers, and return the articles."""

    name = NAME

    def no_publish(self) -> frozenset[str]:
        """The words that make a date label no publish date (a deadline's: the
        ``unless`` words of the tables' date label classes)."""
        return frozenset(
            u
            for field, endings, _, unless, _ in self.meta.t.classes
            if field == "published" and ("日期" in endings or "时间" in endings)
            for u in unless
        )

    def __call__(self, editor: Editor, *, hints: PageHints | None = None) -> list[ArticleDraft]:
        text = editor.text
        page, spans = split_lines(text)
        lines = PageLines(page)  # what the recognisers read of each line, read once
        headers = self.find_headers(lines) if self.config.enabled else []
        head_meta: dict[int, dict[str, str]] = {}  # a keyed header's date or number
        framed = FramedRun()  # split_frames's framed header rows and fact rows
        block_run = BlockRun()  # split_blocks's repeated header blocks
        under_title: list[Edit] = []  # a block's card row under its title (split_blocks)
        by_blocks = False  # headers declared by blocks over them (mastheads or blocks)
        if self.config.enabled and self.config.generic_headers and not headers:
            # headers each over a metadata row: the rows say where pieces start, whatever
            # the numbering (split_keyed.row_run); tried before the numbering's evidence
            rows_run = row_run(lines, self.meta.below_title)
            headers = _unwrapped([(i, rule, title) for i, rule, title, _ in rows_run])
            if self.config.parse_meta:
                head_meta = {i: m for i, _, _, m in rows_run}
        asked_rows: dict[int, tuple[str, dict[str, str]]] = {}  # split_asked's other rows
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
        if self.config.enabled and self.config.generic_headers and not headers and hints:
            # an HTML page's records, each headed by its linked title (split_record_run)
            recs = record_run(
                lines, self.meta.below_title, self._titled_signature, hints.record_heads
            )
            headers = _unwrapped([(i, rule, title) for i, rule, title, _ in recs])
            if headers:  # a row inside every record: its answer's (metadata, no text)
                answers = answer_rows(lines, [h[0] for h in headers], self._row_reader)
                heads_at = [h[0] for h in headers]
                for j, parsed in answers.items():
                    asked_rows[j] = ("split.meta_header", parsed)
                    if self.config.parse_meta:
                        answered[max(h for h in heads_at if h < j)] = parsed
        numbered: list[int] | None = None
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
        if numbered is not None:
            headers, unsure = self.find_generic_headers(lines, numbered)
            if unsure is not None:
                _flag(editor, "split.generic_unsure", unsure)
            if titled := banner_titles(lines, headers, self._row_reader):
                # the headers are banners ('◤ 某栏 · 2 ◢'): each piece's title is the bare
                # line under its banner (and its air row); the banner goes as its header
                headers, bannered = titled, True
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
            if not keyed:  # items under their time of day alone (a day's flash list)
                keyed = clock_run(lines, hints.headings if hints else (), day)
            if not keyed and hints is not None and hints.headings:  # HTML headings over rows
                own = tuple(h for h in hints.headings if h != hints.h1)
                keyed = heading_run(lines, own, self._under_header)
                if not keyed:  # headings a count in the page's head confirms ('共3篇')
                    keyed = counted_run(
                        lines, own, day, hints.bylined, (hints.slugged, hints.slugs)
                    )
                    if keyed and self.config.parse_meta:  # each byline the piece's fields
                        keyed = bylined_meta(keyed, hints.bylined, hints.bylines, self._row_reader)
                kicked = bool(keyed)  # a kicker over each heading is its column's label
            if not keyed:  # un-numbered titles over rows of one signature: the last try
                keyed = titled_run(lines, self.meta.below_title, self._titled_signature)
                keyed = headlines_kept(lines, keyed, self.meta.field_of)  # a digest's
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
            if not keyed:  # titles each under a repeated header block of any shape: the
                # general form of the two above, the last try (split_blocks)
                own_h = (
                    frozenset(h for h in hints.headings if h != hints.h1) if hints else frozenset()
                )
                keyed, block_run = titles_under_blocks(lines, self._row_reader, own_h)
                by_blocks = bool(keyed)
                if block_run.verdict == "unsure":
                    unsure_blocks = {"shape": "blocks", "lines": [t + 1 for t in block_run.titles]}
                    _flag(editor, "split.blocks_unsure", unsure_blocks)
            headers = _unwrapped([(i, rule, title) for i, rule, title, _ in keyed])
            head_meta = {i: m for i, _, _, m in keyed} if self.config.parse_meta else {}
        # a second document under an attachment mark or a divider (split_annex): each
        # its own article, read as a page of its own; the mark is a separator
        annex: list[tuple[int, int]] = []
        if self.config.enabled and self.config.generic_headers and not headers:
            annex = annex_cuts(lines, self.t.title_endings)
            if not annex:  # statutes one after another: '第一条' again under a title
                annex = statute_cuts(lines)
        if self.config.enabled and self.config.generic_headers and not headers and not annex:
            # the last resort: rows of one shape, each over (or under) a titled piece of
            # prose, spread over the page (split_shape_run); every verdict recorded
            # skipped where it cannot fire: a necessary condition read once (split_prefilter)
            memo = ShapeMemo(self._row_reader)
            may = may_shape_run(lines, memo)
            shaped = shape_run(lines, self._row_reader, memo) if may else ShapeRun()
            if shaped.verdict != "none":
                _flag(editor, "split.shape_run", {"verdict": shaped.verdict, **shaped.evidence})
            if shaped.verdict == "split":
                headers = [
                    (s, TITLE_IS_TEXT if s != t else HEADER_IS_TEXT, title)
                    for s, t, title, _ in shaped.keyed
                ]
                head_meta = {s: m for s, _, _, m in shaped.keyed} if self.config.parse_meta else {}
                by_blocks = True  # the rows are the pieces' headers, no row over them
                for (j, fields), h in zip(shaped.closers, shaped.keyed, strict=False):
                    if not fields:  # a credit row ('（某局供稿）'): split_foot reads it
                        fields = supplier(foot_row(lines[j], self.meta.field_of) or {})
                    # a row closing each piece (a sign-off, a source line): its metadata
                    for key, val in fields.items():
                        head_meta.setdefault(h[0], {}).setdefault(key, val)
                    asked_rows[j] = ("split.meta_footer", fields or {"line": lines[j].strip()})
        if headers and all(
            h[1] == HEADING_RUN and h[2].endswith(("？", "?")) and lines[h[0]].strip() == h[2]
            for h in headers
        ):
            # a FAQ's questions, each its piece's heading: the answer under it ('答：…')
            # answers it, so the question stays the piece's first line of text
            headers = [(i, HEADER_IS_TEXT, t) for i, _, t in headers]
        segments: list[tuple[int, int, tuple[int, str, str] | None]]
        if annex:
            starts = [0, *(t for _, t in annex)]
            ends = [*(m for m, _ in annex), len(lines)]
            segments = [(a, b, None) for a, b in zip(starts, ends, strict=True)]
        elif headers:
            segments = [
                (
                    h[0] + (h[1] != HEADER_IS_TEXT),
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
        head_date = None  # a compilation's byline date holds for every piece
        clip_fields: dict[str, str] = {}  # a clipping's export head (split_clip_head)
        records: set[int] = set()  # drafts under a dump's record counts
        # rows over the headers, each its piece's (split_above): not the text of the piece
        # above it, nor the page head's date of every piece
        over = (
            rows_above(lines, [h[0] for h in headers], self._row_reader, bannered=bannered)
            if self.config.parse_meta
            and len(headers) >= 2
            and headers[0][1] != CLOSED
            and not by_blocks
            else {}
        )
        if framed.keyed and self.config.parse_meta:
            # a framed row over each record's title, a facts row under it (split_frames)
            over = dict(framed.over)
            for j, parsed in framed.under.items():
                asked_rows[j] = (ASKED_ROW, parsed)
        for j, parsed in over.values():
            ref = json.dumps(parsed, ensure_ascii=False)
            edits.append(Edit(spans[j][0], spans[j][2], "", "split.meta_header", "delete", ref=ref))
        above_lines = {j for j, _ in over.values()}
        if kicked and len(headers) >= 2:
            # a column's label over each later heading ('FROM THE FIELD'): no line of the
            # piece above (split_kickers); the first one goes with the page's head
            for j in kickers_over(lines, [h[0] for h in headers]):
                if j not in above_lines:
                    kref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
                    edits.append(
                        Edit(spans[j][0], spans[j][2], "", "split.kicker", "delete", ref=kref)
                    )
                    above_lines.add(j)
            for j in kickers_over(lines, [h[0] for h in headers], slug_line):
                if j not in above_lines:  # a dated slug row over each heading: its meta
                    sref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
                    edits.append(
                        Edit(spans[j][0], spans[j][2], "", "split.meta_header", "delete", ref=sref)
                    )
                    above_lines.add(j)
        if not over and len(headers) >= 2 and headers[0][1] == HEADER_IS_TEXT:
            # a masthead over each title (split_masthead): its lines are the piece's
            # metadata, each deleted with what it reads (its fields went to head_meta)
            blocks = masthead_blocks(lines, self._row_reader)
            if sorted(blocks) == [h[0] for h in headers]:
                for block in blocks.values():
                    for j in block:
                        fields = masthead_fields(lines[j], self._row_reader)
                        mref = json.dumps(fields, ensure_ascii=False) if fields else None
                        s0, _, s1 = spans[j]
                        edits.append(Edit(s0, s1, "", "split.meta_header", "delete", ref=mref))
                        above_lines.add(j)
                over = {h: (blk[0], {}) for h, blk in blocks.items()}
            elif block_run.verdict == "split" and block_run.titles == [h[0] for h in headers]:
                # a repeated header block over each title (split_blocks): its rows are
                # the piece's metadata (read into head_meta), its other lines its header
                for top, block in block_run.blocks.items():
                    for j in block:
                        fields = masthead_fields(lines[j], self._row_reader)
                        rule = "split.meta_header" if fields else "split.article_header"
                        bref = json.dumps(fields or {"line": lines[j].strip()}, ensure_ascii=False)
                        s0, _, s1 = spans[j]
                        # a card row under the title lies inside its piece: an inner edit
                        (under_title if j > top else edits).append(
                            Edit(s0, s1, "", rule, "delete", ref=bref)
                        )
                        above_lines.add(j)
                over = {h: (blk[0], {}) for h, blk in block_run.blocks.items()}
        # a tag-and-serial line over each piece's header block (split_tags): its header
        # line too, neither the text of the piece above nor a field
        tags = tags_over(lines, [h[0] for h in headers], {h: r for h, (r, _) in over.items()})
        if (
            len(headers) >= 2
            and len(tags) == len(headers)
            and all(
                framed_serial(lines[j]) or tag_first(lines[j]) or coded_serial(lines[j])
                for j in tags.values()
            )
            and all(h[1] != HEADER_IS_TEXT and h[2] == lines[h[0]].strip() for h in headers)
        ):
            # a banner drawn over each bare title ('■■ 某栏 · 02 ■■', or a catalogue's
            # serial and code 'No.2 某代码 K2136'): the banner is the piece's header,
            # the title its first line of text (as under a header block)
            headers = [(i, HEADER_IS_TEXT, t) for i, _, t in headers]
            segments = [
                (h[0], headers[k + 1][0] if k + 1 < len(headers) else len(lines), h)
                for k, h in enumerate(headers)
            ]
        for j in tags.values():
            if j not in above_lines:
                tref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
                edits.append(
                    Edit(spans[j][0], spans[j][2], "", "split.article_header", "delete", ref=tref)
                )
                above_lines.add(j)
        for j in passage_heads.values():
            if j not in above_lines and j > headers[0][0]:  # the first goes with the head
                pref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
                edits.append(
                    Edit(spans[j][0], spans[j][2], "", "split.article_header", "delete", ref=pref)
                )
                above_lines.add(j)
        asked_edits: list[Edit] = []  # inside a piece (a row under its question): inner
        asked_edits.extend(under_title)
        if bannered and len(tags) == len(headers):
            # the same labelled row closing every bannered piece ('重播：次日 13:30')
            tops = [tags[h[0]] for h in headers]
            for j in banner_closers(lines, tops, [h[0] for h in headers]):
                cref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
                asked_edits.append(
                    Edit(spans[j][0], spans[j][2], "", "split.meta_footer", "delete", ref=cref)
                )
                above_lines.add(j)
        for j, (rule, parsed) in sorted(asked_rows.items()):
            aref = json.dumps(parsed, ensure_ascii=False) if parsed else None
            asked_edits.append(Edit(spans[j][0], spans[j][2], "", rule, "delete", None, aref))
            above_lines.add(j)
        if headers and headers[0][1] == CLOSED:  # rows closing each piece: its metadata
            for j in piece_closers(lines, [h[0] for h in headers], self._under_header):
                edits.append(Edit(spans[j][0], spans[j][2], "", "split.meta_footer", "delete"))
                above_lines.add(j)
        if headers and headers[0][0] > 0:
            if self.config.parse_meta and not over:
                head_date = self.meta.head_date(lines[: headers[0][0]])
                if head_date is None and hints is not None and hints.h1 and hints.published:
                    # an HTML page's byline stood by its <h1>, outside the kept text: the
                    # date the page declares is the compilation's, every piece's (a text
                    # page's date is read from its own head lines above)
                    head_date = hints.published
                elif (
                    head_date is None
                    and hints is not None
                    and hints.published
                    and len(hints.info_rows) == 1
                    and headers[0][1].startswith(ENTRY_RULE)
                ):
                    # a list's entry rows ('12／某类／某项目') under the page's one info
                    # bar: the list is published as one, its date every entry's
                    head_date = hints.published
                if head_date is None and hints is not None and hints.issue_date:
                    # the issue's masthead, removed as chrome: the issue's date (masthead.py)
                    head_date = hints.issue_date
            start = 0
            first = over.get(headers[0][0])
            end = spans[first[0] if first else headers[0][0]][0]
            kept = None if first or annex else prefix_prose(lines, headers[0][0])
            if kept is not None:
                # a sentence above the first found header: the first piece's body, whose
                # header row went unfound; kept as a piece of its own, never page head
                _flag(editor, "split.prefix_prose", {"line": kept + 1})
                segments.insert(0, (kept, headers[0][0], None))
                end = spans[kept][0]
            if end > start or (not first and kept is None):
                edits.append(Edit(start, end, "", "split.page_prefix", "delete"))
        for j in page_close(lines, segments) if headers else ():
            # the page's close under the last record (split_page_close): a notice and the
            # sign-off of the whole list, as the text above the first header is its head
            cref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
            edits.append(Edit(spans[j][0], spans[j][2], "", "split.page_close", "delete", ref=cref))
            above_lines.add(j)
        for seg_start, seg_end, head in segments:
            if head is not None and head[1] != HEADER_IS_TEXT:  # a counted heading stays
                hs, _, he = spans[head[0]]
                edits.append(
                    Edit(
                        hs,
                        he,
                        "",
                        "split.article_header",
                        "delete",
                        ref=json.dumps({"rule": head[1], "title": head[2]}, ensure_ascii=False),
                    )
                )
            filled = nonempty(lines)
            body_idx = filled[bisect_left(filled, seg_start) : bisect_left(filled, seg_end)]
            if above_lines:
                body_idx = [i for i in body_idx if i not in above_lines]
            # a bare number ('（2）') took its title from the line below: a header line too
            if (
                head
                and head[2] not in lines[head[0]]
                and body_idx
                and head[1] != TITLE_IS_TEXT
                and item_counter(lines[head[0]]) is None  # a counter's title line is text
                and not labelled_number(lines[head[0]])  # a label row's title line is text
                and not tag_row(lines[head[0]])  # so is a tag row's ('▍某类 · 第2位')
            ):
                if lines[body_idx[0]].strip() == head[2]:
                    i = body_idx.pop(0)
                    edits.append(
                        Edit(spans[i][0], spans[i][2], "", "split.article_header", "delete")
                    )
            authors = None  # a paper's name row under its header (split_papers)
            if head and head[1] == PAPER and body_idx:
                authors = names_under(lines[body_idx[0]])
                if authors is not None:
                    i = body_idx.pop(0)
                    ref = json.dumps(authors, ensure_ascii=False)
                    edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
            if head is None and seg_start == 0 and len(body_idx) > 2:
                if page_title_line(lines[body_idx[0]], [lines[i] for i in body_idx[1:4]]):
                    i = body_idx.pop(0)  # the page's <title> above the document's own
                    edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_title", "delete"))
                    below = [lines[k] for k in body_idx[1:4]]
                    if body_idx and site_banner(lines[body_idx[0]], lines[i], below):
                        j = body_idx.pop(0)  # the site's name under it, the <title>'s end
                        edits.append(
                            Edit(spans[j][0], spans[j][2], "", "split.page_title", "delete")
                        )
                names = (hints.title, hints.h1, *hints.headings) if hints else ()
                tagged = tag_over_headline([lines[i] for i in body_idx[:3]], names)
                for n in reversed(tagged):
                    i = body_idx.pop(n)  # a column's tag over the headline (and a copy above)
                    rule = "split.page_title" if n < len(tagged) - 1 else "split.article_header"
                    edits.append(Edit(spans[i][0], spans[i][2], "", rule, "delete"))
                clip_top = [lines[i].strip() for i in body_idx[: CLIP_REACH + 1]]
                if (copy := clip_head(clip_top)) is not None:
                    # a clipping app's export head over the piece (split_clip_head): its
                    # rows say where the piece came from, never when it was written
                    for n, i in enumerate(body_idx[: clip_start(clip_top, copy)]):
                        got = (self.parse_meta_line(lines[i]) or {}) if n else {}
                        fields = {a: b for a, b in got.items() if not _DAY.search(b)}
                        clip_fields.update(
                            {a: b for a, b in fields.items() if a not in clip_fields}
                        )
                        rule = "split.meta_header" if fields else "split.page_prefix"
                        href = json.dumps(fields, ensure_ascii=False) if fields else None
                        edits.append(Edit(spans[i][0], spans[i][2], "", rule, "delete", ref=href))
                    body_idx = body_idx[clip_start(clip_top, copy) :]
            meta: dict[str, str] = dict(authors) if authors and self.config.parse_meta else {}
            dropped: set[int] = set()
            meta_edits: list[Edit] = []
            box = None
            if head is None and seg_start == 0 and self.config.parse_meta:
                # a board post's header box (split_post_box): its rows the post's fields
                if (read := read_box(lines, spans, body_idx, self.parse_meta_line)) is not None:
                    box, body_idx = read.box, read.rest
                    edits += read.prefix
                    meta_edits += read.rows
                    meta.update({a: b for a, b in read.fields.items() if a not in meta})
            lead_nav_ = 0 if head else lead_nav([lines[i] for i in body_idx[:3]])
            if lead_nav_ and (
                self.meta.row_over_title(lines, body_idx, 0)
                or self.meta.table_over_title(lines, body_idx, lead_nav_)
            ):
                lead_nav_ = 0  # a row of fields over the title ('作者：某 | 更新：…'), no nav
            # the page's <title> over a heading naming the page's kind, a card under it
            # (split_card_head): the card is read under the heading
            card = head is None and seg_start == 0 and titled_card(lines, body_idx, hints)
            rows = (
                self.meta.meta_block(lines, body_idx, headed=head is not None, lead=lead_nav_)
                if self.config.parse_meta
                else []
            )
            if head is not None and not rows and self.config.parse_meta:
                # a record's field rows under its labelled count ('消息：2'): the record's
                rows = record_rows(lines, body_idx, head[0], self.meta.field_of)
            if card and not rows and self.config.parse_meta:
                rows = self.meta.meta_block(lines, body_idx[1:])
                card = bool(rows) and rows[0][0][0] == body_idx[2]
                if not card:
                    rows = []
            if len(rows) >= 2 and sum("published" in r[1] for r in rows) >= 2:
                # a card printing the day it was written before the day it went up
                # ('成文日期' … '发布日期'): the publish label's date is the page's
                day = self.meta.publish_label_date([lines[i] for r in rows for i in r[0]])
                if day is not None:
                    meta.setdefault("published", day)
            for row_idx, parsed in rows:
                cut = card_title_cut(lines[row_idx[0]]) if head is None and not parsed else None
                value = lines[row_idx[0]][cut:].strip() if cut is not None else ""
                if (
                    cut is not None
                    and len(row_idx) == 1
                    and not any(lines[i].strip() == value for i in body_idx if i < row_idx[0])
                ):
                    # a card's title row: its label cell goes, its value (the title) is
                    # the text's first line (split_titles.card_title); a title printed
                    # above the card already is the text's, the row goes whole
                    s = spans[row_idx[0]][0]
                    label = json.dumps(
                        {"line": lines[row_idx[0]][:cut].strip()}, ensure_ascii=False
                    )
                    meta_edits.append(
                        Edit(s, s + cut, "", "split.meta_header", "delete", ref=label)
                    )
                    continue
                meta.update({a: b for a, b in parsed.items() if a not in meta})
                s = spans[row_idx[0]][0]
                e = spans[row_idx[-1]][2]
                meta_edits.append(
                    Edit(
                        s,
                        e,
                        "",
                        "split.meta_header",
                        "delete",
                        ref=json.dumps(parsed, ensure_ascii=False),
                    )
                )
                dropped.update(range(row_idx[0], row_idx[-1] + 1))
            if rows and "issuer" in meta:  # the site hosting it is no issuer (split_host)
                row_lines = [lines[i] for idx, _ in rows for i in idx]
                other = issuer_over_host(row_lines, meta["issuer"], hints, self.meta.field_of)
                if other is not None:
                    meta["issuer"] = other
            content = [i for i in body_idx if i not in dropped]
            if rows and content and content[0] == rows[-1][0][-1] + 1:
                if rule_line(lines[content[0]].strip()):
                    # a rule drawn under the piece's field block, over its text: the
                    # block's underline, no line of the text
                    i = content.pop(0)
                    edits.append(Edit(spans[i][0], spans[i][2], "", "split.meta_rule", "delete"))
            if head is not None and labelled_counter(lines[head[0]]) is not None:
                # rules and labelled rows under the last message's signature: the
                # digest's footer (split_records), none of the message's text
                tail = set(record_tail(lines, content, signed_records(list(lines))))
                for i in sorted(tail) if len(tail) < len(content) else []:
                    edits.append(Edit(spans[i][0], spans[i][2], "", "split.record_tail", "delete"))
                content = (
                    [i for i in content if i not in tail] if len(tail) < len(content) else content
                )
            if head is None and seg_start == 0 and hints and hints.cards:
                # a <dl> card of terms and values by the title (split_dl_cards) that the row
                # readers above left: its rows
                run = card_run([lines[i] for i in content], hints.cards) or range(0)
                for a, b in pairs([lines[content[k]] for k in run], hints.cards):
                    idx = [content[run[a]]] + ([content[run[b]]] if b is not None else [])
                    row = "：".join(lines[i].strip() for i in idx)
                    fields = (self.parse_meta_line(row) or {}) if self.config.parse_meta else {}
                    meta.update({k: v for k, v in fields.items() if k not in meta})
                    ref = json.dumps(fields or {"line": row}, ensure_ascii=False)
                    s0, e0 = spans[idx[0]][0], spans[idx[-1]][2]
                    meta_edits.append(Edit(s0, e0, "", "split.meta_header", "delete", ref=ref))
                    dropped.update(idx)
                content = [i for i in content if i not in dropped]
            # what closes the piece: a separator, a dated line, credit rows, a card of
            # fields (read out of the text), its sign-off and dateline (split_piece_end)
            content, closing = piece_end(
                lines,
                content,
                meta,
                self.meta,
                headed=head is not None,
                parse_meta=self.config.parse_meta,
                carded=any(price_row(lines[r[0][0]]) for r in rows),
            )
            for idx, ref in closing:
                s, e = spans[idx[0]][0], spans[idx[-1]][2]
                meta_edits.append(Edit(s, e, "", "split.meta_header", "delete", ref=ref))
                dropped.update(idx)
            above = 0 if head else self.meta.title_below(lines, content, rows, self.t.title_endings)
            for i in content[:above]:  # page head above a block that opens the document
                edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_prefix", "delete"))
            content = content[above:]
            if head is None and rows and not above:  # a PDF's masthead under the card
                prefix, mast, day = issue_head(lines, content, rows[-1][0][-1])
                for i in prefix:  # the page's <title> over the card: a copy of the title
                    edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_prefix", "delete"))
                for i in mast:
                    ref = json.dumps({"line": lines[i].strip()}, ensure_ascii=False)
                    meta_edits.append(
                        Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref)
                    )
                if day and self.config.parse_meta:
                    meta.setdefault("published", day)
                dropped.update(mast)
                content = [i for i in content if i not in prefix and i not in mast]
            # a row labelled as the title, or rows with a header row's shape over a
            # heading-shaped line: the title's header, or fields (title_choice)
            carded = None
            labelled, lead_found = (
                rows_over_title([lines[i] for i in content], self.meta.doc_number)
                if head is None and box is None
                else (None, [])
            )
            if box is not None:
                labelled = carded = box.title
            elif labelled is not None:
                i = content.pop(0)
                edits.append(Edit(spans[i][0], spans[i][2], "", "split.title_row", "delete"))
            elif head is None and rows:
                # a card's row naming the title ('公告标题<TAB>某事'): read as a row of the
                # card (no field), its value is the piece's whole title; the page's <title>
                # line over the card (the title and the site's name) is no line of the text
                labelled = carded = next(
                    (t for idx, _ in rows for i in idx if (t := card_title(lines[i]))), None
                )
                if carded and content and page_title_over_card(lines[content[0]], carded, hints):
                    i = content.pop(0)
                    edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_title", "delete"))
            for n, fields in lead_found:
                if self.config.parse_meta:
                    meta.update({k: v for k, v in fields.items() if k not in meta})
                i = content[n]
                ref = json.dumps(fields, ensure_ascii=False)
                meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
                dropped.add(i)
            content = content[len(lead_found) :]
            if not content:
                continue
            body_lines = [lines[i] for i in content]
            chosen = piece_title(
                body_lines,
                head[2] if head else labelled or "",
                above_rows=sum(1 for i in content if i < rows[0][0][0]) if rows else None,
                hints=hints,
                single=not headers,
                doc_number=self.meta.doc_number,
                field_of=self.meta.field_of,
                endings=self.t.title_endings,
                complete=self.config.complete_titles and carded is None,
            )
            # the card's page: its title is the <title>'s, not the heading over the card
            title = lines[body_idx[0]].strip() if card else chosen.title
            for day in chosen.dates if self.config.parse_meta else ():
                meta.setdefault("published", day)
            if self.config.parse_meta:  # a statute's enactment lines (split_enacted)
                for key, value in enactment(body_lines).items():
                    meta.setdefault(key, value)
            # a byline over the <h1> chosen under a card ('某某 的游记 · 日期'): metadata
            above_h1 = (
                bylines_over_h1(body_lines, chosen.title, hints.h1, self.meta.byline)
                if self.config.parse_meta and hints is not None and not head and not card
                else []
            )
            for n, fields in above_h1:
                meta.update({k: v for k, v in fields.items() if k not in meta})
                i = content[n]
                ref = json.dumps(fields, ensure_ascii=False)
                meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
                dropped.add(i)
            content = [i for k, i in enumerate(content) if k not in {n for n, _ in above_h1}]
            if chosen.header_line is not None:
                # '《标题》' over its card of rows: a header line, no word of the text
                i = content.pop(chosen.header_line)
                edits.append(Edit(spans[i][0], spans[i][2], "", "split.title_row", "delete"))
            if self.config.clean_titles:
                raw, flagged = title, len(title_flags)
                title = finish_title(
                    title,
                    body_lines,
                    hints,
                    len(drafts) + 1,
                    title_flags,
                    endings=self.t.title_endings,
                    complete=self.config.complete_titles,
                )
                # the title line as the site dressed it, over the text: a page prefix
                if (
                    not card
                    and len(content) > 1
                    and (
                        dressed_line(
                            lines[content[0]],
                            raw,
                            title,
                            [c.rule.removeprefix("split.title.") for c in title_flags[flagged:]],
                            page_names(hints, meta),
                            (lines[k] for k in content[1:]),
                        )
                        or page_title_over_h1(lines[content[0]], title, hints)
                    )
                ):
                    i = content.pop(0)
                    ref = json.dumps({"title": title}, ensure_ascii=False)
                    edits.append(
                        Edit(spans[i][0], spans[i][2], "", "split.dressed_title", "delete", ref=ref)
                    )

            if card and len(set(content) - set(body_idx[:2])) > 0:
                # the <title> line and the card's heading: no visible line of the text
                for i in body_idx[:2]:
                    if i in content:
                        edits.append(
                            Edit(spans[i][0], spans[i][2], "", "split.page_title", "delete")
                        )
                        content.remove(i)
            # a paper's authors and affiliations under its title line, then its codes row
            # and its page-foot notes: metadata inside it (split_papers)
            for phase in () if head else ("under", "inside"):
                if phase == "under":
                    found = rows_under_title(lines, content, title)
                else:
                    inside = dict(front_rows(content, lines, self.parse_meta_line))
                    inside.update(foot_notes(content, lines, self.parse_meta_line))
                    found = sorted(inside.items())
                for i, fields in found:
                    if self.config.parse_meta:
                        meta.update({k: v for k, v in fields.items() if k not in meta})
                    ref = json.dumps(fields, ensure_ascii=False)
                    meta_edits.append(
                        Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref)
                    )
                    content.remove(i)
                    dropped.add(i)
            # a card of labelled cells under the headline (split_cell_card): the page's
            # metadata, its fields those the tables name, the cells kept in the ledger
            card_at = (
                card_under_headline(content, lines)
                if head is None and self.config.parse_meta and len(drafts) == 0
                else None
            )
            if card_at is not None and card_at not in dropped:
                fields = self.meta.shaped_row(lines[card_at], near_title=True) or {}
                meta.update({k: v for k, v in fields.items() if k not in meta})
                cells = cell_card(lines[card_at]) or {}
                ref = json.dumps(fields or cells, ensure_ascii=False)
                meta_edits.append(
                    Edit(*spans[card_at][::2], "", "split.meta_header", "delete", ref=ref)
                )
                content.remove(card_at)
                dropped.add(card_at)
            # an answer's byline under the question's text (split_reply): who and when
            for idx, fields in (
                answer_byline(content, lines, self._near_row)
                if head is None and self.config.parse_meta
                else []
            ):
                meta.update({k: v for k, v in fields.items() if k not in meta})
                ref = json.dumps(fields, ensure_ascii=False)
                s, e = spans[idx[0]][0], spans[idx[-1]][2]
                meta_edits.append(Edit(s, e, "", "split.meta_header", "delete", ref=ref))
                content = [i for i in content if i not in idx]
                dropped.update(idx)
            # the title put in front of the page (its <title>) over a card of rows read out
            # above the headline itself: the same line twice, the rows gone between; the
            # headline under the card stays (its copy above is no word of the text)
            if (
                len(content) > 1
                and (a := content[0]) + 1 < (b := content[1])
                and lines[a].strip() == lines[b].strip()
                and len(lines[a].strip()) <= 120
                and all(d in dropped or not lines[d].strip() for d in range(a + 1, b))
            ):
                edits.append(Edit(spans[a][0], spans[a][2], "", "split.repeated_title", "delete"))
                content.pop(0)
            # a meta block below the title line lies inside the article: an inner edit
            first_start = spans[content[0]][0]
            # (one at its start: a card title row's label cell, split_titles.card_title_cut)
            inner: list[Edit] = [e for e in meta_edits if e.start >= first_start]
            edits.extend(e for e in meta_edits if e.start < first_start)
            # a title line repeated right below itself (scraped twice) is kept once
            gone: set[int] = set()
            for a, b in itertools.pairwise(content[:3]):
                if lines[a].strip() != lines[b].strip() or len(lines[a].strip()) > 120:
                    continue
                if a in gone or any(a < d < b for d in dropped):
                    # a metadata row lies between (the page title over a record's card,
                    # the heading under it): the lower copy goes as a line of its own,
                    # the row's own edit removes the row (one range would overlap it)
                    if b != content[-1]:
                        inner.append(
                            Edit(spans[b][0], spans[b][2], "", "split.repeated_title", "delete")
                        )
                        gone.add(b)
                    continue
                inner.append(Edit(spans[a][1], spans[b][1], "", "split.repeated_title", "delete"))
            a_start = spans[content[0]][0]
            a_end = spans[content[-1]][1]
            if head is not None:
                for k, v in head_meta.get(head[0], {}).items():
                    meta.setdefault(k, v)
                for k, v in over.get(head[0], (0, {}))[1].items():
                    meta.setdefault(k, v)
                meta.update(answered.get(head[0], {}))  # the record went up answered
            if head_date:
                meta.setdefault("published", head_date)
            for field, value in clip_fields.items() if seg_start == 0 else ():
                meta.setdefault(field, value)
            if self.config.parse_meta and "issuer" not in meta:
                # a listed company's filing: the company its title names (split_host)
                if company := listed_issuer(title, meta):
                    meta["issuer"] = company
            inner.extend(e for e in asked_edits if a_start < e.start < a_end)
            if head is not None and worded_count(head[1]):
                records.add(len(drafts))  # a dump's record: its fields are its schema's
            drafts.append((a_start, a_end, title, meta, inner))
            edits.extend(inner)
        edits.extend(e for e in asked_edits if not any(a < e.start < b for a, b, *_ in drafts))
        # every character outside an article and not yet deleted is a separator
        claimed = sorted((e.start, e.end) for e in edits)
        claimed += [(a, b) for a, b, *_ in drafts]
        claimed.sort()
        pos = 0
        for a, b in claimed:
            if a > pos:
                edits.append(Edit(pos, a, "", "split.separator", "delete"))
            pos = max(pos, b)
        if pos < len(text):
            edits.append(Edit(pos, len(text), "", "split.separator", "delete"))
        editor.apply(NAME, edits)
        for c in title_flags:
            editor.record(replace(c, page_id=editor.page_id, step=editor.step))
        if hints is not None and hints.published and (len(drafts) == 1 or annex):
            # (an attached document's date is its own: the page's is the first one's)
            drafts[0][3].setdefault("published", hints.published)
            if hints.origin and drafts[0][3].get("published") == hints.published:
                drafts[0][3].setdefault("origin", hints.origin)  # the same info row's
        elif (
            hints is not None
            and self.config.parse_meta
            and len(drafts) >= 2
            and len(hints.info_dates) == len(drafts)
            and not any("published" in d[3] for d in drafts)
        ):
            # one info bar a piece, none read otherwise: each piece's own, in page order
            for draft, date in zip(drafts, hints.info_dates, strict=True):
                draft[3]["published"] = date
        if hints is not None and self.config.parse_meta and hints.info_rows and drafts:
            # the info bars the boilerplate stage removed (recorded there) still hold the
            # article's fields: the one bar of a single document, or one bar a piece
            metas = [d[3] for d in drafts]
            single = len(drafts) == 1 or bool(annex)
            self._info_row_fields(metas[:1] if single else metas, hints.info_rows)
        if hints is not None and hints.author and drafts and (len(drafts) == 1 or annex):
            # the page's declared author, after the rows its text prints have been read
            drafts[0][3].setdefault("author", hints.author)
        for n, draft in enumerate(drafts if self.config.parse_meta else []):
            if n not in records:  # a record's 'author:' field names its author
                section_origin(draft[3])
            if "origin" in draft[3]:  # '公众号「某号」': the channel's name
                draft[3]["origin"] = named_source(draft[3]["origin"])
        out: list[ArticleDraft] = []
        for n, (a, b, title, meta, inner) in enumerate(drafts, start=1):
            piece = text[a:b]
            for ed in sorted(inner, key=lambda x: x.start, reverse=True):
                piece = piece[: ed.start - a] + ed.after + piece[ed.end - a :]
            if meta and "issuer" not in meta and n - 1 not in records:
                # a record's title opening with its body's name before a year: the issuer
                heads = [ln for ln in piece.split("\n", 8)[:8] if ln.strip()][:HEAD_TRIES]
                if (body := title_issuer(title, *heads)) is not None:
                    meta["issuer"] = body
            out.append(ArticleDraft(n, title, piece, meta))
        if "".join(d.text for d in out) != editor.text:
            raise AssertionError("split: articles do not tile the page text")
        offset = 0
        for d in out:
            editor.record(
                Change(
                    editor.page_id,
                    NAME,
                    "split.article_boundary",
                    "split",
                    offset,
                    offset + len(d.text),
                    "",
                    "",
                    ref=str(d.index),
                    step=editor.step,
                )
            )
            offset += len(d.text)
        # a dressed copy or a kicker row taken as a title: the title under it (title_head),
        # on the record as the line taken and the title now
        taken: list[tuple[str, str, str]] = []
        out = retitle(out, taken)
        for rule, was, now in taken:
            _flag(editor, f"split.title_head.{rule}", {"taken": was, "title": now})
        return out
