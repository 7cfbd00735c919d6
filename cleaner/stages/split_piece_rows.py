"""The metadata rows of one piece, read out of its text by the split stage.

At the piece's head: a board post's header box (:mod:`split_post_box`), a card of field
rows (the tables' ``meta_block``, or a record's rows under its count,
:mod:`split_records`), a card's title row (:func:`split_titles_cards.card_title_cut`), a rule
under the block, a ``<dl>`` card (:mod:`split_dl_cards`), the page head above a block
that opens the document and a PDF's masthead under the card (:mod:`split_issue_head`);
at its end, its closing rows (:mod:`split_piece_end`); and a row labelled as the title
(:mod:`title_choice`). Each row read goes to the ledger with the fields it gave.
"""

from __future__ import annotations

import json
from collections.abc import Container, Sequence
from functools import partial

from cleaner.edits import Edit
from cleaner.stages.cited_sources import cited_row
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split_asker import asker_dated
from cleaner.stages.split_card_head import titled_card
from cleaner.stages.split_cards import price_row
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_closing_slots import slot_fields
from cleaner.stages.split_dash_byline import byline_under_title
from cleaner.stages.split_dl_cards import card_run, pairs
from cleaner.stages.split_dump_rows import dump_fields
from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_headers import labelled_counter
from cleaner.stages.split_host import issuer_over_host
from cleaner.stages.split_info_row import info_row_below
from cleaner.stages.split_issue_head import issue_head
from cleaner.stages.split_lead_rows import boxed_number
from cleaner.stages.split_listed_rows import entry_rows, listed_rows, party_rows
from cleaner.stages.split_masthead import rule_line
from cleaner.stages.split_occasion import occasion_rows
from cleaner.stages.split_piece_end import piece_end
from cleaner.stages.split_post_box import read_box
from cleaner.stages.split_prefix_guard import sentence_line
from cleaner.stages.split_quoted_place import quoted_row_out_of_place
from cleaner.stages.split_records import record_rows, record_tail, signed_records
from cleaner.stages.split_reply import fill_from_row
from cleaner.stages.split_titles_cards import card_title, card_title_cut, page_title_over_card
from cleaner.stages.stamp_bylines import editor_credit
from cleaner.stages.title_choice import lead_nav, rows_over_title

#: what :func:`read_rows` gives back: the piece's lines left (``body_idx``, ``content``),
#: its fields, their edits, the rows' lines, the rows, whether a card was read under a
#: heading, and the title a card or a labelled row named
PieceRows = tuple[
    list[int],
    list[int],
    dict[str, str],
    list[Edit],
    set[int],
    list[tuple[list[int], dict[str, str]]],
    bool,
    str | None,
    str | None,
]


def _box_in_entries(lines: list[str], body_idx: list[int], rows: Sequence[int]) -> bool:
    """A header box's rows (places in ``body_idx``) lie in a run of repeated entries
    (:func:`split_listed_rows.entry_rows`): a schedule's first entry, no post's box."""
    entries = entry_rows(lines, body_idx, [([i], {}) for i in body_idx])
    return any(body_idx[n] in entries for n in rows if n < len(body_idx))


def read_rows(
    stage: SplitFinder,
    lines: list[str],
    spans: list[tuple[int, int, int]],
    *,
    hints: PageHints | None,
    head: tuple[int, str, str] | None,
    seg_start: int,
    authors: dict[str, str] | None,
    body_idx: list[int],
    edits: list[Edit],
    issue_day: str | None = None,
    slot_rows: Container[int] = frozenset(),
) -> PieceRows:
    """Read the metadata rows of the piece whose lines are ``body_idx`` (edits outside
    the piece go to ``edits``; ``issue_day``: the day of the issue over the pieces,
    :mod:`~cleaner.stages.issue_days`; ``slot_rows``: the framed credit rows closing every
    piece of the compilation, :mod:`~cleaner.stages.split_closing_slots`)."""
    meta: dict[str, str] = dict(authors) if authors and stage.config.parse_meta else {}
    dropped: set[int] = set()
    meta_edits: list[Edit] = []
    box = None
    if head is None and seg_start == 0 and stage.config.parse_meta:
        # a board post's header box (split_post_box): its rows the post's fields
        read = read_box(lines, spans, body_idx, stage.parse_meta_line)
        if read is not None and _box_in_entries(lines, body_idx, read.box.rows):
            read = None  # a schedule's entry of rows repeated below: content, no box
        if read is not None:
            box, body_idx = read.box, read.rest
            edits += read.prefix
            meta_edits += read.rows
            meta.update({a: b for a, b in read.fields.items() if a not in meta})
    lead_nav_ = 0 if head else lead_nav([lines[i] for i in body_idx[:3]])
    if lead_nav_ and (
        stage.meta.row_over_title(lines, body_idx, 0)
        or stage.meta.table_over_title(lines, body_idx, lead_nav_)
    ):
        lead_nav_ = 0  # a row of fields over the title ('作者：某 | 更新：…'), no nav
    # the page's <title> over a heading naming the page's kind, a card under it
    # (split_card_head): the card is read under the heading
    card = head is None and seg_start == 0 and titled_card(lines, body_idx, hints)
    rows = (
        stage.meta.meta_block(
            lines, body_idx, headed=head is not None, lead=lead_nav_, title=head[2] if head else ""
        )
        if stage.config.parse_meta
        else []
    )
    # a corner-quoted row read where no header stands (split_quoted_place) stays text
    rows = [r for r in rows if not quoted_row_out_of_place(lines, body_idx, r[0][0])]
    if rows:  # a roster's rows repeating their labels are content
        listed = listed_rows(lines, body_idx, rows) | entry_rows(lines, body_idx, rows)
        listed |= party_rows(lines, rows)  # a case's parties, its counterpart labelled
        rows = [r for r in rows if r[0][0] not in listed]
    if head is not None and head[1] == HEADER_IS_TEXT:
        # a headline kept as the piece's first line of text is no row of fields (an issuer
        # over the dated row under it: '某某走进敬老院' over '文：某某　2021.3.5')
        rows = [r for r in rows if head[0] not in r[0]]
    if head is not None and not rows and stage.config.parse_meta:
        # a record's field rows under its labelled count ('消息：2'): the record's
        rows = record_rows(lines, body_idx, head[0], stage.meta.field_of)
    if card and not rows and stage.config.parse_meta:
        rows = stage.meta.meta_block(lines, body_idx[1:])
        card = bool(rows) and rows[0][0][0] == body_idx[2]
        if not card:
            rows = []
        if rows:  # a card's rows are no entries of a schedule nor a case's parties
            listed = entry_rows(lines, body_idx, rows) | party_rows(lines, rows)
            rows = [r for r in rows if r[0][0] not in listed]
            card = bool(rows)
    info: list[tuple[list[int], dict[str, str]]] = []
    if not rows and head is None and seg_start == 0 and stage.config.parse_meta:
        # a single page's info row under the facts its head prints first (a price row, a
        # card): read past them, down to its first prose line (split_info_row); no row
        # of the block under the title (the title stays where it was found)
        near = partial(stage.meta.shaped_row, near_title=True)
        info = info_row_below(lines, body_idx, near, stage.meta.field_of)
    if not rows and not info and stage.config.parse_meta:
        # a record dumped as 'label~value~' cells (split_dump_rows): its fields are read,
        # the line stays text
        near = partial(stage.meta.shaped_row, near_title=True)
        for k, v in dump_fields(lines, body_idx, near).items():
            meta.setdefault(k, v)
    if len(rows) >= 2 and sum("published" in r[1] for r in rows) >= 2:
        # a card printing the day it was written before the day it went up
        # ('成文日期' … '发布日期'): the publish label's date is the page's
        day = stage.meta.publish_label_date([lines[i] for r in rows for i in r[0]])
        if day is not None:
            meta.setdefault("published", day)
    editor_author = False  # the author read so far is the name an editor's credit gives
    for row_idx, parsed in [*rows, *info]:
        cut = card_title_cut(lines[row_idx[0]]) if head is None and not parsed else None
        value = lines[row_idx[0]][cut:].strip() if cut is not None else ""
        if (
            cut is not None
            and len(row_idx) == 1
            and not any(lines[i].strip() == value for i in body_idx if i < row_idx[0])
        ):
            # a card's title row: its label cell goes, its value (the title) is
            # the text's first line (split_titles_cards.card_title); a title printed
            # above the card already is the text's, the row goes whole
            s = spans[row_idx[0]][0]
            label = json.dumps({"line": lines[row_idx[0]][:cut].strip()}, ensure_ascii=False)
            meta_edits.append(Edit(s, s + cut, "", "split.meta_header", "delete", ref=label))
            continue
        if "published" in parsed and asker_dated(lines, row_idx, body_idx):
            # the asker's row over a letter a reply answers (split_asker): its date is
            # the letter's, the page's publish date the reply's own row gives
            parsed = {a: b for a, b in parsed.items() if a != "published"}
        if "author" in meta and "author" in parsed and editor_author:
            # an editor's credit read first names the author only where no writer is
            # named: a writer's row of the block goes over it (stamp_bylines)
            if not editor_credit(lines[row_idx[-1]], parsed["author"]):
                meta.pop("author")
        fill_from_row(meta, parsed, lines[row_idx[-1]])  # a reply's own row goes over
        if "author" in parsed and meta.get("author") == parsed["author"]:
            editor_author = editor_credit(lines[row_idx[-1]], parsed["author"])
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
        other = issuer_over_host(row_lines, meta["issuer"], hints, stage.meta.field_of)
        if other is not None:
            meta["issuer"] = other
    content = [i for i in body_idx if i not in dropped]
    # a header whose title line stays the text's first line (a bare heading under its
    # row) has the text open with the title, as a page without a header does
    titled_text = head is not None and bool(content) and lines[content[0]].strip() == head[2]
    if stage.config.parse_meta and (
        dash := byline_under_title(
            lines,
            content,
            headed=head is not None and not titled_text and head[1] != HEADER_IS_TEXT,
        )
    ):  # (a header kept as text is the title line the byline is under)
        # a dash-led byline under the title ('——某班　某甲（指导教师：某乙）'): metadata
        at, fields = dash
        i = content.pop(at)
        meta.update({a: b for a, b in fields.items() if a not in meta})
        ref = json.dumps(fields, ensure_ascii=False)
        meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
        dropped.add(i)
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
        content = [i for i in content if i not in tail] if len(tail) < len(content) else content
    if head is None and seg_start == 0 and hints and hints.cards:
        # a <dl> card of terms and values by the title (split_dl_cards) that the row
        # readers above left: its rows
        run = card_run([lines[i] for i in content], hints.cards) or range(0)
        for a, b in pairs([lines[content[k]] for k in run], hints.cards):
            idx = [content[run[a]]] + ([content[run[b]]] if b is not None else [])
            row = "：".join(lines[i].strip() for i in idx)
            fields = (stage.parse_meta_line(row) or {}) if stage.config.parse_meta else {}
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
        stage.meta,
        headed=head is not None,
        parse_meta=stage.config.parse_meta,
        carded=any(price_row(lines[r[0][0]]) for r in rows),
        site_rows=hints.site_rows if hints else frozenset(),
        title=head[2] if head else "",
        issue_day=issue_day,
    )
    for idx, ref in closing:
        s, e = spans[idx[0]][0], spans[idx[-1]][2]
        meta_edits.append(Edit(s, e, "", "split.meta_header", "delete", ref=ref))
        dropped.update(idx)
    # the framed credit row closing every piece of the compilation, labels the same and
    # values its own, that no reader above took (split_closing_slots): the piece's
    # metadata (a writer's slash credit its author, no other field); a piece of its
    # title and the row alone keeps it
    slot = [i for i in content[1:] if i in slot_rows]
    if slot and len(content) - len(slot) >= 2:
        for i in slot:
            fields = slot_fields(lines[i]) if stage.config.parse_meta else {}
            for k, v in fields.items():
                meta.setdefault(k, v)
            ref = json.dumps(fields or {"line": lines[i].strip()}, ensure_ascii=False)
            meta_edits.append(Edit(*spans[i][::2], "", "split.meta_footer", "delete", ref=ref))
            dropped.add(i)
        content = [i for i in content if i not in dropped]
    above = 0 if head else stage.meta.title_below(lines, content, rows, stage.t.title_endings)
    if any(sentence_line(lines[i].strip()) for i in content[:above]):
        above = 0  # a sentence over the block is text, never page head (split_prefix_guard)
    for i in content[:above]:  # page head above a block that opens the document
        edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_prefix", "delete"))
    content = content[above:]
    if head is None and rows and not above:  # a PDF's masthead under the card
        prefix, mast, day = issue_head(lines, content, rows[-1][0][-1])
        for i in prefix:  # the page's <title> over the card: a copy of the title
            edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_prefix", "delete"))
        for i in mast:
            ref = json.dumps({"line": lines[i].strip()}, ensure_ascii=False)
            meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
        if day and stage.config.parse_meta:
            meta.setdefault("published", day)
        dropped.update(mast)
        content = [i for i in content if i not in prefix and i not in mast]
    # a row labelled as the title, or rows with a header row's shape over a
    # heading-shaped line: the title's header, or fields (title_choice)
    carded = None
    labelled, lead_found = (
        rows_over_title(
            [lines[i] for i in content],
            # a bare number, or one in a bracket alone ('（编号：…）', split_lead_rows)
            lambda s: stage.meta.doc_number(s) or boxed_number(s, stage.meta.named_number),
            # a dated byline row over the title ('【某栏】2021-03-09　执笔：某某')
            partial(stage.meta.shaped_row, near_title=True) if stage.config.parse_meta else None,
        )
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
        if stage.config.parse_meta:
            meta.update({k: v for k, v in fields.items() if k not in meta})
        i = content[n]
        ref = json.dumps(fields, ensure_ascii=False)
        meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
        dropped.add(i)
    content = content[len(lead_found) :]
    if head is not None and not rows and content:
        # a compiled piece's occasion rows under its title (split_occasion)
        top = 1 if lines[content[0]].strip() == head[2] else 0
        found = occasion_rows([lines[i].strip() for i in content[top:]])
        for n, fields in enumerate(found):
            if stage.config.parse_meta:
                meta.update({k: v for k, v in fields.items() if k not in meta})
            i = content[top + n]
            ref = json.dumps(fields, ensure_ascii=False)
            meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
            dropped.add(i)
        content = [i for i in content if i not in dropped]
    return body_idx, content, meta, meta_edits, dropped, rows, card, carded, labelled


def above_rows(
    lines: list[str], content: list[int], rows: list[tuple[list[int], dict[str, str]]]
) -> int | None:
    """How many of the piece's lines stand above its first metadata row (None: no rows),
    a row citing another document left as text right over that row not counted: the
    title stands over it (``原标题：《…》（…号）`` / ``发布日期：…``, split_meta)."""
    if not rows:
        return None
    above = [i for i in content if i < rows[0][0][0]]
    while len(above) > 1 and cited_row(lines[above[-1]]):
        above.pop()
    return len(above)
