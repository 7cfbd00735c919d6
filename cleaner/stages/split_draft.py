"""A piece under its chosen title, made a draft of the split stage.

Its title is finished (:func:`title_choice.finish_title`) and the site's dressed copy of
it over the text goes (:mod:`dressed_title`); the rows inside the piece that are
metadata are read out of it (a paper's authors and notes, :mod:`split_papers`; a card
of labelled cells, :mod:`split_cell_card`; an answer's byline, :mod:`split_reply`); a
title line printed twice is kept once; the fields its header and the page head gave
are added; then the piece's span, title, fields and inner edits join the drafts.
"""

from __future__ import annotations

import itertools
import json

from cleaner.edits import Edit
from cleaner.model import Change
from cleaner.stages.dateline_credit import dateline_author
from cleaner.stages.dressed_title import (
    cut_title_line,
    dressed_line,
    page_names,
    page_title_over_h1,
)
from cleaner.stages.header_words import lost_row_words, row_fields
from cleaner.stages.page_hints import PageHints
from cleaner.stages.ruled_rows import block_field, ruled_block_row
from cleaner.stages.split_asker import asking_rows
from cleaner.stages.split_cell_card import card_under_headline, cell_card
from cleaner.stages.split_coded_title import coded_title_rows
from cleaner.stages.split_deck import bylines_over_h1
from cleaner.stages.split_enacted import enactment, named_version
from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_framed_title import framed_title_rows
from cleaner.stages.split_head import box_label_over
from cleaner.stages.split_headers import worded_count
from cleaner.stages.split_host import listed_issuer
from cleaner.stages.split_listed_rows import listed_rows
from cleaner.stages.split_masthead import rule_line
from cleaner.stages.split_papers import foot_notes, front_rows, rows_under_title
from cleaner.stages.split_record_run import answer_fields
from cleaner.stages.split_reply import answer_byline, fill_from_row
from cleaner.stages.stamped_title import stamped_title
from cleaner.stages.title_choice import PieceTitle, finish_title
from cleaner.stages.title_copies import headline_copy


def draft_piece(
    stage: SplitFinder,
    lines: list[str],
    spans: list[tuple[int, int, int]],
    *,
    hints: PageHints | None,
    head: tuple[int, str, str] | None,
    seg_start: int,
    chosen: PieceTitle,
    title: str,
    card: bool,
    body_idx: list[int],
    body_lines: list[str],
    content: list[int],
    meta: dict[str, str],
    meta_edits: list[Edit],
    dropped: set[int],
    head_meta: dict[int, dict[str, str]],
    over: dict[int, tuple[int, dict[str, str]]],
    answered: dict[int, dict[str, str]],
    head_date: str | None,
    own_days: dict[int, str] | None = None,
    clip_fields: dict[str, str],
    asked_edits: list[Edit],
    title_flags: list[Change],
    records: set[int],
    edits: list[Edit],
    drafts: list[tuple[int, int, str, dict[str, str], list[Edit]]],
) -> None:
    """Finish the piece ``content`` (line numbers) titled ``title`` and add its draft to
    ``drafts`` and its edits to ``edits``."""
    said = {t.strip() for t in (title, chosen.title) if t}  # the title as found
    for day in chosen.dates if stage.config.parse_meta else ():
        meta.setdefault("published", day)
    if stage.config.parse_meta:  # a statute's enactment lines (split_enacted)
        enacted = enactment(body_lines)
        if enacted and hints is not None:
            # the version's date its file is named by, over an older head (named_version)
            named = named_version(hints.source, title, enacted.get("published"))
            if named is not None:
                enacted["published"] = named
        for key, value in enacted.items():
            meta.setdefault(key, value)
    # a byline over the <h1> chosen under a card ('某某 的游记 · 日期'): metadata
    above_h1 = (
        bylines_over_h1(body_lines, chosen.title, hints.h1, stage.meta.byline)
        if stage.config.parse_meta and hints is not None and not head and not card
        else []
    )
    for n, fields in above_h1:
        meta.update({k: v for k, v in fields.items() if k not in meta})
        i = content[n]
        ref = json.dumps(fields, ensure_ascii=False)
        meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
        dropped.add(i)
    if above_h1:
        drop = {n for n, _ in above_h1}
        content[:] = [i for k, i in enumerate(content) if k not in drop]
    # a lone piece's date row over its title and its row under it (split_framed_title)
    framed = (
        framed_title_rows(lines, content, chosen.title, stage._row_reader)
        if stage.config.parse_meta and head is None and not card and not drafts
        else []
    )
    if not framed and stage.config.parse_meta and head is None and not card and not drafts:
        # its bare code over the title, its dated issuer under it (split_coded_title)
        framed = coded_title_rows(lines, content, chosen.title, stage._row_reader)
    for i, fields in framed:
        meta.update({k: v for k, v in fields.items() if k not in meta})
        ref = json.dumps(fields, ensure_ascii=False)
        meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
        dropped.add(i)
        content.remove(i)
    if chosen.header_line is not None:
        # '《标题》' over its card of rows: a header line, no word of the text
        i = content.pop(chosen.header_line)
        edits.append(Edit(spans[i][0], spans[i][2], "", "split.title_row", "delete"))
    if stage.config.clean_titles:
        raw, flagged = title, len(title_flags)
        title = finish_title(
            title,
            body_lines,
            hints,
            len(drafts) + 1,
            title_flags,
            endings=stage.t.title_endings,
            complete=stage.config.complete_titles,
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
                or (
                    lines[content[0]].strip() == raw.strip()
                    and cut_title_line(
                        lines[content[0]],
                        title,
                        [c.rule.removeprefix("split.title.") for c in title_flags[flagged:]],
                    )
                )
                or (
                    hints is not None
                    and stamped_title(
                        lines[content[0]], title, hints.stamped, (lines[k] for k in content[1:])
                    )
                )
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
                edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_title", "delete"))
                content.remove(i)
    # a paper's authors and affiliations under its title line, then its codes row
    # and its page-foot notes: metadata inside it (split_papers)
    for phase in () if head else ("under", "inside"):
        if phase == "under":
            found = rows_under_title(lines, content, title)
        else:
            inside = dict(front_rows(content, lines, stage.parse_meta_line))
            inside.update(foot_notes(content, lines, stage.parse_meta_line))
            found = sorted(inside.items())
        for i, fields in found:
            if stage.config.parse_meta:
                fill_from_row(meta, fields, lines[i])
            ref = json.dumps(fields, ensure_ascii=False)
            meta_edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
            content.remove(i)
            dropped.add(i)
    # a card of labelled cells under the headline (split_cell_card): the page's
    # metadata, its fields those the tables name, the cells kept in the ledger
    card_at = (
        card_under_headline(content, lines)
        if head is None and stage.config.parse_meta and len(drafts) == 0
        else None
    )
    if card_at is not None and listed_rows(lines, content, [([card_at], {})]):
        card_at = None  # the first of a roster's rows repeating its labels: content
    if card_at is not None and card_at not in dropped:
        fields = stage.meta.shaped_row(lines[card_at], near_title=True) or {}
        meta.update({k: v for k, v in fields.items() if k not in meta})
        cells = cell_card(lines[card_at]) or {}
        ref = json.dumps(fields or cells, ensure_ascii=False)
        meta_edits.append(Edit(*spans[card_at][::2], "", "split.meta_header", "delete", ref=ref))
        content.remove(card_at)
        dropped.add(card_at)
    # the asker's row over a letter's text, a reply's row under it (split_asker): the
    # page's header, no field of it (its date is the letter's, not the reply's)
    for i, cells in asking_rows(content, lines) if head is None else []:
        ref = json.dumps(cells, ensure_ascii=False)
        meta_edits.append(Edit(*spans[i][::2], "", "split.asker_row", "delete", ref=ref))
        content.remove(i)
        dropped.add(i)
    # an answer's byline under the question's text (split_reply): who and when
    # (under a head row read already only a reply's own row, whose day is the page's:
    # the head row's is the letter's, its registration's)
    for idx, fields in (
        answer_byline(content, lines, stage._near_row, replies_only=head is not None)
        if stage.config.parse_meta
        else []
    ):
        fill_from_row(meta, fields, lines[idx[-1]])
        ref = json.dumps(fields, ensure_ascii=False)
        s, e = spans[idx[0]][0], spans[idx[-1]][2]
        meta_edits.append(Edit(s, e, "", "split.meta_header", "delete", ref=ref))
        content = [i for i in content if i not in idx]
        dropped.update(idx)
    # a row no table names closing the field block, over the rule drawn under it
    # (ruled_rows): the block's, no line of the text
    ruled = hints.ruled if hints is not None else ()
    for j in content[:3] if dropped and stage.config.parse_meta else []:
        if (
            j - 1 in dropped
            and ruled_block_row(lines, content, j - 1, ruled, rule_line, stage.meta.field_of) == j
            and (read := block_field(lines[j], stage.meta.field_of))
        ):
            for k, v in read.items():  # read as a field only (none read: the row stays)
                meta.setdefault(k, v)
            ref = json.dumps(read, ensure_ascii=False)
            meta_edits.append(Edit(*spans[j][::2], "", "split.meta_header", "delete", ref=ref))
            dropped.add(j)
            content.remove(j)
            break
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
    # the same over a box's head label between the copy and the headline, a row of the
    # box read out next to the headline (split_head.box_label_over): the copy and the
    # label are the page's head
    if box_label_over(lines, content, dropped):
        a, label = content[:2]
        edits.append(Edit(spans[a][0], spans[a][2], "", "split.repeated_title", "delete"))
        ref = json.dumps({"line": lines[label].strip()}, ensure_ascii=False)
        edits.append(
            Edit(spans[label][0], spans[label][2], "", "split.page_prefix", "delete", ref=ref)
        )
        del content[:2]
    # a meta block below the title line lies inside the article: an inner edit
    first_start = spans[content[0]][0]
    # (one at its start: a card title row's label cell, split_titles_cards.card_title_cut)
    inner: list[Edit] = [e for e in meta_edits if e.start >= first_start]
    edits.extend(e for e in meta_edits if e.start < first_start)
    # a title line repeated right below itself (scraped twice) is kept once
    gone: set[int] = set()
    for a, b in itertools.pairwise(content[:3]):
        if lines[a].strip() != lines[b].strip() or len(lines[a].strip()) > 120:
            continue
        if (
            not (head is None and a == content[0])
            and lines[a].strip() not in said | {title}
            and not headline_copy(
                lines[a],
                said | {title},
                second=head is None and a == content[1],
                after=_after(lines, content, b),
            )
        ):
            continue  # a line of the text said twice (a verse, a refrain): no title
        if a in gone or any(a < d < b for d in dropped) or any(map(str.strip, lines[a + 1 : b])):
            # a metadata row lies between (the page title over a record's card,
            # the heading under it; or a row another reader took out of the text, a
            # piece's closing row): the lower copy goes as a line of its own,
            # the row's own edit removes the row (one range would overlap it)
            if b != content[-1]:
                inner.append(Edit(spans[b][0], spans[b][2], "", "split.repeated_title", "delete"))
                gone.add(b)
            continue
        inner.append(Edit(spans[a][1], spans[b][1], "", "split.repeated_title", "delete"))
    a_start = spans[content[0]][0]
    a_end = spans[content[-1]][1]
    if head is not None:
        for k, v in head_meta.get(head[0], {}).items():
            meta.setdefault(k, v)
        if head[0] not in content and (
            words := lost_row_words(lines[head[0]], title, "\n".join(lines[i] for i in content))
        ):
            # the header row's words, by kind: a credit, a date, a kicker (header_words)
            for k, v in row_fields(words).items():
                meta.setdefault(k, v)
        for k, v in over.get(head[0], (0, {}))[1].items():
            meta.setdefault(k, v)
        answer_fields(meta, answered.get(head[0], {}))  # the record went up answered
    if head is not None and own_days and head[0] in own_days:
        # the piece's own time row, no date read from its rows: its day (time_rows)
        meta.setdefault("published", own_days[head[0]])
    if head_date:
        meta.setdefault("published", head_date)
    for field, value in clip_fields.items() if seg_start == 0 else ():
        meta.setdefault(field, value)
    if stage.config.parse_meta and "issuer" not in meta:
        # a listed company's filing: the company its title names (split_host)
        if company := listed_issuer(title, meta):
            meta["issuer"] = company
    if stage.config.parse_meta and "author" not in meta:
        # the reporter a news lead's dateline credits ('本报讯（记者 某某）…') or a bracket
        # of credits closing the text ('（文／某某）'): read, the text kept (dateline_credit)
        text_idx = [j for j in content if lines[j].strip() not in said | {title}]
        if text_idx and (who := dateline_author(lines[text_idx[0]], lines[text_idx[-1]])):
            meta["author"] = who
    inner.extend(e for e in asked_edits if a_start < e.start < a_end)
    if head is not None and worded_count(head[1]):
        records.add(len(drafts))  # a dump's record: its fields are its schema's
    drafts.append((a_start, a_end, title, meta, inner))
    edits.extend(inner)


def _after(lines: list[str], content: list[int], b: int) -> str:
    """The content line under line ``b``, or ''."""
    k = content.index(b) + 1
    return lines[content[k]] if k < len(content) else ""
