"""Site-repeat pass of the boilerplate stage: delete the lines a site repeats, keep its pages' own.

Given the :class:`~cleaner.stages.site_profile.SiteProfiles` built from the batch
beforehand, :func:`site_repeat` claims, on each page of a site, the lines that repeat on
most of that site's pages (rule ``boilerplate.site_repeat``, score = support 0-100; a
learned ``tail`` line takes the lines under it too).  A repeated line is not chrome by its
repetition alone, so the pass first lets go of the lines that read as the page's own:
its headings and headline, the rows of facts a split reads over each piece
(:mod:`~cleaner.stages.heading_rows`, :mod:`~cleaner.stages.split_masthead`), titles learned
from the site's lists (:mod:`~cleaner.stages.listed_titles`), and, between the body's first
content line and its last prose line, short labels, section heads, table rows, notes and
sign-offs glued to the text (:mod:`~cleaner.stages.repeat_keeps`,
:mod:`~cleaner.stages.block_rows`, :mod:`~cleaner.stages.body_openers`).  A shape the site
repeats with this page's own figures is returned as the page's data, which the stage keeps
and flags (``boilerplate.site_repeat.page_data``).
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from cleaner.stages.block_rows import (
    row_of_block,
    row_of_card,
    row_of_labelled_list,
    row_of_list,
)
from cleaner.stages.body_label import byline_label
from cleaner.stages.body_openers import body_opener, sign_off, signing_block
from cleaner.stages.boilerplate_claims import Claim
from cleaner.stages.boilerplate_config import SITE_REPEAT
from cleaner.stages.dated_marks import chrome_cued
from cleaner.stages.echoed_rows import echoed_row
from cleaner.stages.file_lists import file_line
from cleaner.stages.foot_lines import prose
from cleaner.stages.glued_closes import echoed_close, glued_close
from cleaner.stages.glyph_bars import lone_glyph_bar
from cleaner.stages.heading_lists import heading_item
from cleaner.stages.keep import keep_table
from cleaner.stages.marked_heads import framed_heads, marked_heads
from cleaner.stages.masthead_rows import masthead_rows
from cleaner.stages.numbered_closes import numbered_close
from cleaner.stages.numbered_runs import counter_run
from cleaner.stages.own_data import (
    closing_data,
    footer_hit,
    glued_contact,
    in_fields,
    in_footer,
    own_contact,
    page_data,
    text_note,
    under_credit,
    valued_shape,
    worded_call,
)
from cleaner.stages.own_data import under_text as foot_under_text
from cleaner.stages.piece_links import piece_closer
from cleaner.stages.piece_sentences import piece_sentence
from cleaner.stages.recurring_rows import (
    closes_like_pieces,
    echoed_piece_row,
    recurring_rows,
    row_form,
)
from cleaner.stages.repeat_keeps import (
    cited_works,
    heads_nothing,
    labelled_slot,
    letters,
    own_heading,
    own_headline,
    own_series_title,
    prose_head,
    section_head,
    still_chrome,
    templated_sentence,
    texted,
    varying_shapes,
)
from cleaner.stages.repeat_slots import reply_stamp
from cleaner.stages.run_siblings import sibling_of_own
from cleaner.stages.section_runs import framed_value, labelled_lead, section_run
from cleaner.stages.serial_rows import labelled_serial_rows, serial_rows
from cleaner.stages.signed_text import tail_sign_off
from cleaner.stages.site_judge import FOOT, FOOT_CALL, LearnedLine, under_text
from cleaner.stages.site_own_lines import release_own_lines
from cleaner.stages.site_title_bar import TITLE_BAR, headline_under
from cleaner.stages.split_annex import under_mark
from cleaner.stages.split_cell_card import glued_cell_card
from cleaner.stages.split_foot import foot_row
from cleaner.stages.stock_items import own_list_item
from cleaner.stages.strip_rows import strip_rows
from cleaner.stages.table_heads import table_caption
from cleaner.stages.table_rows import table_head
from cleaner.stages.varying_fields import row_cells, varying_field_row
from cleaner.stages.verb_bylines import own_verb_byline
from cleaner.stages.written_figures import written_figures

if TYPE_CHECKING:
    from cleaner.stages.boilerplate_config import BoilerplateConfig
    from cleaner.stages.site_profile import SiteProfiles

#: A learned line inside the page body must be at least this long to be removed there
#: (measured on ../shared 360doc pages: table column heads of 4-6 characters repeat on
#: every page of the site and are content; per-article disclaimers are 15+ characters).
MIDDLE_MIN_CHARS = 8


def _keep_reason(s: str) -> bool:
    """The keep table protects ``s`` (a numbered section heading, a closing formula)."""
    return keep_table().reason(s) is not None


#: A status tag: one mark (no letter, no digit), a space, a short word (``● 已处理``).
_STATUS_TAG = re.compile(r"^[^\w\s（）()【】\[\]《》「」“”\"'，。：:；;、]\s*[\u4e00-\u9fff]{2,4}$")


def status_tag(stripped: list[str], i: int, hit: LearnedLine, headings: tuple[str, ...]) -> bool:
    """Line ``i`` is the site's status tag right under the page's headline: a mark and
    a short word the site prints word for word near the top of its pages (learned at
    the pages' edge), which the template sets above the headline on some pages and
    below it on others.  Short repeated lines inside the text stay (a table's column
    heads); this one is chrome where it stands.

    >>> hit = LearnedLine("● 已处理", "line", "line", 8, 100.0, ("● 已处理",), 0.9, ("edge",))
    >>> status_tag(["某事怎么办", "● 已处理", "正文。"], 1, hit, ("某事怎么办",))
    True
    >>> status_tag(["某事怎么办", "正文。", "● 已处理"], 2, hit, ("某事怎么办",))
    False
    >>> status_tag(["某事怎么办", "品名", "正文。"], 1, hit, ("某事怎么办",))
    False
    """
    if hit.kind != "line" or "edge" not in hit.signals or not _STATUS_TAG.match(stripped[i]):
        return False
    above = next((j for j in range(i - 1, -1, -1) if stripped[j]), None)
    return above is not None and stripped[above] in headings


def site_repeat(
    profiles: SiteProfiles,
    config: BoilerplateConfig,
    site: str,
    stripped: list[str],
    claimed: dict[int, Claim],
    headings: tuple[str, ...] = (),
    *,
    headline: tuple[str, ...] = (),
    headers_kept: list[int] | None = None,
    pieces_kept: list[int] | None = None,
    records: frozenset[str] = frozenset(),
    record_tails: frozenset[str] = frozenset(),
    under_cuts: frozenset[str] = frozenset(),
) -> list[int]:
    """Claim the lines the site's profile marks as chrome (tail lines take the rest);
    never one of the page's own ``headings`` (:func:`own_heading`), nor the text
    page's ``headline`` (the line its saved page title dresses) when the site
    repeats it only as a shape with other figures on each page (``2021年某县工作报告``
    over ``2021年某县工作报告_某县网``: one series' titles, each page its own).
    Returns the lines kept as the page's data (a learned shape with this page's
    figures).  The rows of a numbered run of article headers and the titles under them
    (:func:`~cleaner.stages.repeat_keeps.split_header_rows`) are the split's: kept, and
    listed in ``headers_kept`` when the site had learned them.  The titles and rows of
    the page's own pieces, each a block of its text (:func:`~cleaner.stages.piece_blocks.
    piece_lines`: a reprinted piece of a compilation), are kept and listed in
    ``pieces_kept``.  The titles that head the page's records (``records``:
    html_record_heads, each a container of its own prose) are never chrome here,
    whatever their words; the sentences of a record's own text between its title and
    its last line (``record_tails``) are kept (:mod:`~cleaner.stages.record_sentences`).
    A learned shape with a cue word that stood right under chrome the extractor cut
    (``under_cuts``: a tool bar closing the article) with only the site's lines under it
    stands in the page's foot: the site's, though each page fills it with its own number
    (a complaint hotline under the print bar), no data of the page's."""
    kept: list[int] = []
    learned = profiles.learned(site, config)
    if learned is None or not (len(learned) or learned.notes):
        return kept
    title = next((s for s in stripped if s), "")

    def _site_line(s: str, k: int) -> bool:
        """The site's line: claimed, or one it repeats (a pinned post's title)."""
        return k in claimed or learned.match(s, title) is not None

    counters = counter_run(stripped)  # '▌第2条／共4条' over each piece: the split's
    # '■■ 某栏 · 02 ■■' over each piece, its title, row: counters hold every banner
    # marked_heads starts from (none, no marked head); a framed record row is no banner
    counters |= marked_heads(stripped, headings) if counters else framed_heads(stripped)
    counters |= serial_rows(stripped)  # '第6号　类：甲' over each piece: the split's
    # '序号 02 ／ …' over each piece: the split's, never claimed below (yet read as the
    # site's lines where the pass measures the page's text: its first and last lines)
    register = labelled_serial_rows(stripped)
    hits = {
        i: hit
        for i, s in enumerate(stripped)
        if s
        and i not in claimed
        and i not in counters
        and s not in records
        and (hit := learned.match(s, title)) is not None
        and not (
            own_heading(s, hit, headings) and not heads_nothing(stripped, i, claimed, headline)
        )
        and not own_headline(s, hit, headline)
        and not own_verb_byline(stripped, i, lambda k: _site_line(stripped[k], k))
    }
    # a sentence the site fills with each page's number to call is the site's only
    # inside the page's footer (site_judge.foot_call); elsewhere the page's own
    # (a sentence whose cue words speak for the site, worded_call, needs only the site's
    # lines under it: it closes the page under its text, whatever row stands over it)
    worded: set[int] = set()  # such sentences closing the page: the site's, no page data
    site_line = partial(_site_foot, hits, claimed)
    for i in [k for k, h in hits.items() if FOOT_CALL in h.signals]:
        if in_footer(stripped, i, site_line):
            continue
        if under_credit(stripped, i, site_line, _credit_row):
            continue  # under the credit row closing the text (資料提供：…): the foot
        if worded_call(hits[i].signals) and foot_under_text(
            stripped, i, lambda k: site_line(k) or file_line(stripped[k])
        ):
            worded.add(i)  # (a file's link under it is no text: the list the site offers)
            continue
        del hits[i]
    if under_cuts:  # a cued shape under the chrome the extractor cut, the site's under it
        worded |= {
            i
            for i, h in hits.items()
            if h.kind == "shape"
            and stripped[i] in under_cuts
            and any(x.startswith("cue:") for x in h.signals)
            and foot_under_text(stripped, i, site_line)
        }
    # a strip of cells over a piece, its siblings of one skeleton the page's (strip_rows)
    for i in strip_rows(stripped, hits):
        del hits[i]
    # a shape recurring down the page with its own measures (each piece's row, its
    # title): the page's structure, the split's to read (recurring_rows)
    fills = learned.word_fills(row_form) if learned.shapes else {}
    for i in sorted(recurring_rows(stripped, hits, claimed, fills)):
        del hits[i]
        (pieces_kept if pieces_kept is not None else kept).append(i)
    if hits and (prof := profiles.get(site)) is not None:
        # a masthead's staff row over the site's chrome block (masthead_rows): the
        # site's, though it has a signer row's shape
        keep = keep_table()
        half = max(2.0, prof.pages / 2)
        n_hits = len(hits)
        for i in masthead_rows(
            stripped,
            hits.keys() | claimed.keys(),
            lambda s: keep.reason(s) == "signer_row",
            lambda s: prof.lines.get(s, 0) >= half,
        ):
            n = prof.lines.get(stripped[i], 0)
            hits[i] = LearnedLine(
                stripped[i],
                "line",
                "line",
                n,
                100.0 * n / prof.pages,
                (stripped[i],),
                signals=("masthead",),
            )
        if len(hits) > n_hits:
            hits = dict(sorted(hits.items()))  # page order: a tail below claims the rest
    dated = release_own_lines(
        stripped,
        hits,
        claimed,
        kept,
        learned,
        title,
        counters,
        headings,
        headline,
        records,
        record_tails,
        headers_kept,
        pieces_kept,
    )
    content = [i for i, s in enumerate(stripped) if s and i not in hits and i not in claimed]
    # a heading left over a list the page lost (heads_nothing) closes no text: a foot's
    # sentence above it stands below the text's end
    taken = set(hits) | set(claimed)
    while content and stripped[content[-1]] in headings:
        if not heads_nothing(stripped, content[-1], taken, headline):
            break
        taken.add(content.pop())
    first = content[0] if content else len(stripped)
    # the body ends at its last prose line: below it, short lines that nobody claimed
    # (a credit line, a list of past posts) are the foot's, not the body's
    last = next((i for i in reversed(content) if prose(stripped[i])), -1)
    ruled = set(claimed)  # the rules' claims: a learned sibling row is no claim here

    def _claimed(k: int) -> bool:
        return k in claimed

    # a notice's own contact line glued under its text, each page its own numbers
    contacts = {
        k
        for k, h in hits.items()
        if h.kind == "shape"
        and valued_shape(h.key, h.examples)
        and own_contact(h.signals, h.examples)
        and glued_contact(stripped, k, h.signals, hits)
        # (under the last piece's closing row, a row the pieces above close with too:
        # the contact is the page's, below its last piece, no piece's own)
        and not closes_like_pieces(stripped, _above(stripped, k), first, _claimed)
    }
    valued = {  # shapes holding each page's own figures, no cue word (closing_data)
        k
        for k, h in hits.items()
        if h.kind == "shape"
        and valued_shape(h.key, h.examples)
        # a dated line's glyph is no cue; nor a contact's that each page fills anew
        and (not chrome_cued(h.signals, stripped[k]) or k in contacts)
        and not reply_stamp(h.key)  # the count of the page's responses: the site's
    }
    # the text's framed section labels and their values running on under its last
    # sentence ('〔保存期限〕' over '18个月'): the body's, not the foot's (section_runs)
    run = set(section_run(stripped, first, last, hits, claimed, varying_shapes(hits)))
    sentences: set[int] = set()  # templated sentences kept as the text's
    # the rows of the page's own list opened by one slot ('02:10　…'), its heading
    from cleaner.stages.slot_runs import slot_rows

    listed_rows = slot_rows(stripped, hits, claimed, first, last)
    # a line the site repeats inside a run of the page's own verse (verse_keeps)
    from cleaner.stages.repair_tables import tables as repair_tables
    from cleaner.stages.verse_keeps import verse_lines

    cued = {
        k for k, h in hits.items() if any(x.startswith("cue:") or x == "menu" for x in h.signals)
    }
    verse = verse_lines(stripped, hits, claimed, cued, repair_tables().verse)
    head_notes = profiles.head_notes(site)  # (kept when the profile is settled)

    def _repeated(s: str) -> bool:
        """Is ``s`` a sentence the site prints at the head of its pages (a notice)?"""
        from cleaner.stages.head_repeat import printed_at_head

        return printed_at_head(s, head_notes)

    def _field_label(label: str) -> bool:  # a label the split's tables name (a bare
        # '日期' names no field: beside a quota it is an event's day, no publish date)
        return keep_table().split.meta.field_of(label) is not None

    def _own_fields(s: str, hit: LearnedLine) -> bool:
        """A row of the piece's own fields, learned in the site's wording; no row with
        a cue of the site's chrome (a counter, a menu, the site's voice: an info bar
        over every page, read from the ledger as one)."""
        if any(x.startswith("cue:") or x == "menu" for x in hit.signals):
            return False
        if not any(_field_label(label) for label in row_cells(s)):
            return False
        if not keep_table().split.meta.shaped_row(s, near_title=True):
            return False  # no field the split reads from it: it would stay in the text
        # the site's learned rows by their labels: built once a site (Learned.label_rows)
        return varying_field_row(s, hit.examples, learned.label_rows(), _field_label)

    def _own(k: int) -> bool:
        return bool(stripped[k]) and ((k not in hits and k not in claimed) or k in kept)

    def _own_row(k: int) -> bool:  # a row of the page's own figures in the site's wording
        return _own(k) or k in valued

    notes = edge_notes(stripped, learned.notes, content, claimed)

    def _dated_row(s: str) -> bool:  # a piece's closing row: a date the split reads
        return "published" in (keep_table().split.meta.shaped_row(s, near_title=True) or {})

    for i, hit in hits.items():
        s = stripped[i]
        # the guards that find the page's own structure around a line (its register, a
        # run it keeps, its sections, its list, its verse) are asked first: a sentence
        # the site words alike closing each page is the site's only when none holds it
        if i in register:
            continue  # a register's numbered row over its piece (serial_rows)
        if hit.scope == "line" and sibling_of_own(
            stripped, i, first, last, _own, hit.signals, own_row=_own_row
        ):
            continue  # a line of a run (numbered heads, label rows) the page keeps (run_siblings)
        if echoed_piece_row(stripped, i, first, last, lambda k: k in claimed):
            continue  # the last piece's row under its last sentence (recurring_rows)
        if i in run:
            if hit.kind == "shape":
                kept.append(i)
            continue
        if i in listed_rows:
            continue  # a row of the page's own slotted list, or its heading (slot_runs)
        if i in verse:
            continue  # a line of the page's verse, though the site repeats it
        if i in worded:
            # (after the guards above, before the foot's: what stands under a worded
            # sentence is the site's or a file's link, which is no text of the page's)
            claimed[i] = Claim(SITE_REPEAT, "line", hit.support, learned=True)
            continue
        if FOOT in hit.signals and content and i < content[-1]:
            continue  # a foot's sentence above the end of the text: the text's own
        if TITLE_BAR in hit.signals and not headline_under(stripped, i, taken, _repeated):
            continue  # a column's title bar over no headline: the page's only title
        if first < i < last and labelled_lead(stripped, i, hits, claimed, hit.signals):
            continue  # the text's lead glued over its first framed section label
        if (
            first < i < last
            and hit.scope == "line"
            and framed_value(stripped, i, claimed, hit.signals)
        ):
            continue  # a framed section's only value line ('〔馆区〕' over '全部分馆')
        # Between the first content line and the last prose line, a short label
        # repeated on every page ('邮票名称', '面值(元)': the column heads of a
        # flattened table) is content; only sentence-length chrome (per-article
        # disclaimers, prompts) goes there.
        if first < i < last and hit.scope == "line" and piece_closer(stripped, i):
            # the same link closing every piece of the page (piece_links.py)
            claimed[i] = Claim(SITE_REPEAT, "line", hit.support, learned=True)
            continue
        if (
            first < i < last
            and hit.scope != "tail"
            and letters(s) < MIDDLE_MIN_CHARS
            and not (hit.kind == "shape" and reply_stamp(hit.key))  # '3 个回答' (repeat_slots)
            and not status_tag(stripped, i, hit, headings)
            and not byline_label(stripped, i, hit, _keep_reason)
        ):
            continue
        if (
            first < i < last
            and hit.scope == "line"
            and section_head(stripped, i, hits, claimed, dated)
        ):
            continue  # a section heading of the text repeated on every page
        if (
            first < i < last
            and hit.kind == "line"
            and hit.scope == "line"
            and not any(x.startswith("cue:") for x in hit.signals)
            and prose_head(stripped, i, hits, claimed)
        ):
            continue  # a section heading between two blocks of the page's own text
        if first < i < last and hit.scope == "line" and under_mark(stripped, i):
            continue  # an attached document's title under its mark ('附件')
        if s in headline and own_series_title(hit):
            continue  # the text page's headline, one of a series (no row read under it)
        # the text's own note ('注：…') glued under it: kept (a tail starts below it)
        noted = hit.scope in ("line", "tail") and text_note(stripped, i, hits, claimed)
        if noted and hit.scope == "line":
            continue
        # one wording, other figures on each page, glued between text lines: the
        # page's data (block_rows.page_data); a sentence may close the body
        # (a learned line above it that this pass kept is the body's: text here);
        # a page of records with no sentence at all has no body's end to stand
        # above, and a record's row glued to another row ('时段：…' over '路段：…')
        # is its record's wherever the last sentence stands: page_data judges them
        if first < i < last and cited_works(s, hit, headline):
            kept.append(i)  # the works this page cites, in the site's wording
            valued.discard(i)
            continue
        if first < i and hit.scope == "line" and labelled_slot(stripped, i, hits):
            continue  # the sentence in a label every piece of the page fills ('In brief:')
        if first < i < last and templated_sentence(s, hit):
            kept.append(i)  # a sentence of a notice the site fills in anew each time:
            valued.discard(i)  # the text's own line, over the rows it announces
            sentences.add(i)
            continue
        if first < i < last and hit.scope == "line" and _own_fields(s, hit):
            kept.append(i)  # a piece's own fields in the site's wording (varying_fields)
            continue
        if (
            hit.kind == "shape"
            and not reply_stamp(hit.key)  # a response's stamp or count: the site's
            and (
                first < i < last
                or prose(s)
                or last < 0
                or in_fields(stripped, i, lambda k: k in hits or k in claimed)
            )
            and page_data(
                stripped, i, hit.key, hit.examples, still_chrome(hits, i, claimed), claimed
            )
        ):
            kept.append(i)
            continue
        if (
            hit.kind == "shape"
            and i > first
            and numbered_close(
                stripped,
                i,
                hit.examples,
                lambda k: k in claimed or (k in hits and k not in kept),
                partial(keep_table().split.meta.shaped_row, near_title=True),
            )
        ):
            kept.append(i)  # a piece's closing row with its record number (numbered_closes)
            continue
        if (
            i > first
            and closing_data(
                stripped, i, valued, texted(hits, sentences), claimed, contact=i in contacts
            )
            # (under the last piece's closing row, in the form the pieces above close
            # with: the page's figures below its last piece, no piece's own)
            and not closes_like_pieces(stripped, _above(stripped, i), first, _claimed)
        ):
            kept.append(i)  # the page's own figures closing its text (block_rows)
            continue
        if i > first and written_figures(s, hit):
            kept.append(i)  # a writer's spelled-out year, not a template's slot
            continue  # (written_figures): the page's own, kept and flagged
        if first < i < last and hit.scope == "line":
            if hit.kind == "line" and heading_item(
                stripped, i, hits, claimed, headings, lambda x: bool(keep_table().cues(x))
            ):
                continue  # an item of a list under the page's own heading (heading_lists)
            if (
                row_of_block(stripped, i, hits, claimed) or row_of_list(stripped, i, ruled)
            ) and not lone_glyph_bar(stripped, i, claimed):  # a badge row: no table's (glyph_bars)
                continue
            if own_list_item(stripped, i, hits, claimed, lambda x: bool(keep_table().cues(x))):
                continue  # a stock item of a list under the page's own line (stock_items)
            if table_head(stripped, i, hits, claimed):
                continue  # a table's head row over the page's own values (table_rows)
            if row_of_card(stripped, i, hits, claimed):
                continue  # a row of a card of facts glued under the text
            if glued_cell_card(stripped, i):
                continue  # a record's card of labelled cells inside the text (its values
                # recur where the same record comes again on another page)
            if table_caption(stripped, i, ruled):
                continue  # the caption over a table of the text (table_heads.py)
            if body_opener(stripped, i, hits, claimed):
                continue  # a label or a question over the page's own text
        listed = hit.scope in ("line", "tail") and row_of_labelled_list(stripped, i, hits, claimed)
        if listed and hit.scope == "line":
            continue  # an item (or closing row) of a list under the text's own label
        # the writer's place line over the sign-off date: a learned tail starts below
        signed = hit.scope in ("line", "tail") and sign_off(stripped, i, hits, claimed)
        if signed and hit.scope == "line":
            continue
        if hit.scope == "line" and signing_block(stripped, i, hits, claimed):
            continue  # a name of the bench that signs the text, over its date
        if hit.scope in ("line", "tail") and glued_close(stripped, i, hits):
            continue  # a labelled close glued under the text (a media contact)
        if (
            hit.kind == "line"
            and hit.scope == "line"
            and i > first
            and piece_sentence(stripped, i, _own, _dated_row)
        ):
            continue  # a template's sentence inside each piece's text (piece_sentences)
        if hit.scope == "line" and echoed_close(stripped, i, first):
            continue  # the last piece's close, as the pieces above it close (repeat_keeps)
        if echoed_row(stripped, i, hits, first):
            continue  # the last piece's row of fields, as the rows above close theirs
        if hit.scope == "tail" and hit.kind == "shape" and first < i < last:
            # a learned shape that opens the site's foot (the last piece's sign-off,
            # '某局　2021年1月20日') above the page's own prose: here it closes a piece
            # of the compilation with more pieces under it, no foot (a tail would take
            # a whole piece); left to the split, which reads it
            continue
        claim = Claim(
            SITE_REPEAT, hit.scope, hit.support, learned=True, expected=hit.expected_share
        )
        if hit.scope == "tail":
            below = next(k for k in range(i + 1, len(stripped)) if stripped[k]) if signed else i
            # a list's closing row stays: the footer starts below it
            start = below + 1 if signed else i + 1 if listed or noted else i
            if (own_date := tail_sign_off(stripped, start, hits, claimed)) != -1:
                # the page's own sign-off under the tail's first rows: the footer
                # starts below its date; the learned rows above it go on their own
                for k in range(start, own_date + 1):
                    if k in hits and k not in claimed and not _signer_of(stripped, k, own_date):
                        claimed[k] = Claim(SITE_REPEAT, "line", hit.support, learned=True)
                start = own_date + 1
            for k in range(start, len(stripped)):
                claimed.setdefault(k, claim)
            break
        claimed[i] = claim
    for i, note in notes.items():
        claimed.setdefault(i, note)
    return kept


def edge_notes(
    stripped: list[str],
    notes: dict[str, LearnedLine],
    content: list[int],
    claimed: dict[int, Claim],
) -> dict[int, Claim]:
    """The claims on the site's standing sentences (``Learned.notes``,
    :func:`~cleaner.stages.site_judge.edge_note`) that close the page under its text
    (:func:`~cleaner.stages.site_judge.under_text`): the lines of ``content`` (no claim,
    no site hit) are the page's own, the sentences themselves aside."""
    if not notes:
        return {}
    found = {i: notes[s] for i, s in enumerate(stripped) if s in notes and i not in claimed}
    if not found:
        return {}
    own = set(content) - found.keys()
    last = next((k for k in sorted(own, reverse=True) if prose(stripped[k])), -1)
    return {
        i: Claim(SITE_REPEAT, "line", hit.support, learned=True, expected=hit.expected_share)
        for i, hit in found.items()
        if under_text(stripped, i, last, own.__contains__)
    }


def _credit_row(s: str) -> bool:
    """Is ``s`` a credit or source row the split reads as a piece's metadata
    (:func:`~cleaner.stages.split_foot.foot_row`: ``資料提供：某課``, ``（责任编辑：某某）``)?"""
    return foot_row(s, keep_table().split.meta.field_of) is not None


def _signer_of(stripped: list[str], k: int, dated: int) -> bool:
    """Is line ``k`` the signer over the sign-off date at ``dated`` (blank lines aside)?"""
    return all(not stripped[j] for j in range(k + 1, dated)) and k < dated


def _site_foot(hits: dict[int, LearnedLine], claimed: dict[int, Claim], k: int) -> bool:
    """Is line ``k`` one of the site's in the page's foot: claimed by a rule, or a learned
    chrome line (no row filled with a number, :func:`~cleaner.stages.own_data.footer_hit`)?"""
    return k in claimed or footer_hit(hits, k)


def _above(stripped: list[str], i: int) -> int:
    """The nearest line with text above line ``i``, or -1."""
    return next((k for k in range(i - 1, -1, -1) if stripped[k]), -1)
