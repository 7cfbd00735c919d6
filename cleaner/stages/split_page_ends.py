"""The page around its pieces, for the split stage: the head above the first and the
close under the last.

The head is no article (boilerplate left it); its date is every piece's when the pieces
print none (the tables' ``head_date``, or the date the page declares by its ``<h1>``,
its one info bar over a list, its issue's masthead). A sentence above the first found
header is kept as a piece of its own (:mod:`split_prefix_prose`), never page head, and a
standfirst not proven the compilation's opens the first piece (:mod:`split_lead`). The
close is the notice and sign-off under the last record (:mod:`split_page_close`), or
the foot under the rule that frames the pieces (:mod:`split_framed_close`).
"""

from __future__ import annotations

import json

from cleaner.edits import Edit, Editor
from cleaner.stages.head_repeat import printed_at_head, site_head_row
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split_contents import contents_block
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_flags import flag as _flag
from cleaner.stages.split_framed_close import framed_close
from cleaner.stages.split_group_heads import group_heads
from cleaner.stages.split_lead import counts_pieces, lead_lines, standfirst_proven
from cleaner.stages.split_page import stripped
from cleaner.stages.split_page_close import close_block
from cleaner.stages.split_prefix_edges import sign_off
from cleaner.stages.split_prefix_guard import mirrors_piece, prefix_block, sentence_line
from cleaner.stages.split_prefix_prose import prefix_prose, prefix_run
from cleaner.stages.split_tally import tally_close
from cleaner.stages.split_titles import split_suffix
from cleaner.stages.time_rows import time_row


def untitled_keys(headers: list[tuple[int, str, str]]) -> bool:
    """Are the pieces' headers dated rows whose "title" is a date again, each row a span
    of days (``2024.10.03 — 2025.01.31``: an exhibition's run, a campaign's period)?  Such
    a row is a fact under its piece's title, no title line: it proves nothing of the
    page's head, whose last lines are the first piece's title (kept over its text, as the
    piece finder's are).

    >>> untitled_keys([(5, "keyed:date", "2025.01.31"), (9, "keyed:date", "2025年2月16日")])
    True
    >>> untitled_keys([(5, "keyed:date", "甲县小记"), (9, "keyed:date", "2025.02.16")])
    False
    >>> untitled_keys([(5, "numbered", "2025.01.31")])
    False
    """
    return bool(headers) and all(
        rule == "keyed:date" and title[:4].isdigit() and normalise_date(title) is not None
        for _, rule, title in headers
    )


def _own_head(lines: list[str], top: int, hints: PageHints | None) -> int | None:
    """The first filled line of the page's head above line ``top``, when no line of it
    is one the site prints at the head of its pages (:mod:`head_repeat`)."""
    filled = [j for j in range(top) if lines[j].strip()]
    notes = hints.head_notes if hints is not None else frozenset()
    if not filled or any(printed_at_head(lines[j], notes) for j in filled):
        return None
    return filled[0]


def _lists_pieces(lines: list[str], headers: list[tuple[int, str, str]]) -> bool:
    """The page's head lists the pieces' titles in a contents block
    (:func:`~cleaner.stages.split_contents.contents_block`): the head is the
    compilation's own, no piece of it."""
    return contents_block(stripped(lines)) == [h[0] for h in headers]


def _title_over_h1(head: list[str], hints: PageHints | None) -> bool:
    """Is the head's first line the page's ``<title>`` as the reader copied it over the
    text, the page's ``<h1>`` among the head lines under it (the compilation's own
    heading is kept; the copy of the ``<title>`` over it is no visible line)?

    >>> from cleaner.stages.page_hints import PageHints
    >>> hints = PageHints(title="某日行情_价格行情_某市场", h1="某日行情（周日）")
    >>> _title_over_h1(["某日行情_价格行情_某市场", "某日行情（周日）", "今日成交平稳。"], hints)
    True
    >>> _title_over_h1(["某日行情（周日）", "今日成交平稳。"], hints)
    False
    >>> _title_over_h1(["某日行情_价格行情_某市场", "今日成交平稳。"], hints)  # no <h1> under it
    False
    """
    if hints is None or not hints.title or not hints.h1 or not head:
        return False
    return head[0] == hints.title.strip() and hints.h1.strip() in head[1:]


#: a compilation's title line is short and no sentence
_TITLE_MAX_CHARS = 40


def counting_title(line: str, pieces: int) -> bool:
    """Is ``line`` a compilation's title counting its ``pieces`` (two at least): a short
    line, no sentence, with a count of pieces equal to their number
    (:func:`~cleaner.stages.split_lead.counts_pieces`)?  The piece finder's pieces
    prove nothing of the page's head, but a title that counts exactly what was found
    under it heads them all, none of them its own.

    >>> counting_title("某类开奖公告（最近3期）", 3), counting_title("本周要闻（共4条）", 4)
    (True, True)
    >>> counting_title("某类开奖公告（最近3期）", 2)  # counts other pieces (a page of them)
    False
    >>> counting_title("某类开奖公告（第3期）", 3)  # an ordinal counts nothing
    False
    >>> counting_title("本期汇集3篇来稿，欢迎读者来信。", 3)  # a sentence: split_lead's
    False
    """
    s = line.strip()
    if not s or len(s) > _TITLE_MAX_CHARS or s.endswith(("。", "！", "？", ".", "!", "?")):
        return False
    if "，" in s or "。" in s:
        return False
    return counts_pieces([s], pieces)


def _dressed_copy(line: str, hints: PageHints | None) -> bool:
    """Is ``line`` the page's ``<title>`` as the reader copied it, dressed with a name the
    site's titles end with (``某栏_第2页_某站``: :attr:`PageHints.site_suffixes`)?

    >>> _dressed_copy("已答问题_第2页_某律所", PageHints(site_suffixes=frozenset({"某律所"})))
    True
    >>> _dressed_copy("已答问题_第2页_某律所", None), _dressed_copy("已答问题（第2页）", None)
    (False, False)
    """
    cut = split_suffix(line.strip())
    return cut is not None and hints is not None and cut[1] in hints.site_suffixes


def _one_bar_date(hints: PageHints) -> str | None:
    """The page's date when it has one info bar (``info_rows``) and that bar gives it.

    >>> _one_bar_date(PageHints(published="2022-06-09", info_rows=("发布日期：2022-06-09",)))
    '2022-06-09'
    >>> bars = ("发布时间：2022-06-09", "发布时间：2022-06-12")
    >>> _one_bar_date(PageHints(published="2022-06-09", info_rows=bars)) is None
    True
    """
    if len(hints.info_rows) != 1 or not hints.published:
        return None
    return hints.published


def page_ends(
    stage: SplitFinder,
    editor: Editor,
    lines: list[str],
    spans: list[tuple[int, int, int]],
    *,
    hints: PageHints | None,
    headers: list[tuple[int, str, str]],
    over: dict[int, tuple[int, dict[str, str]]],
    annex: list[tuple[int, int]],
    segments: list[tuple[int, int, tuple[int, str, str] | None]],
    above_lines: set[int],
    edits: list[Edit],
    lead: list[int],
    keep_head: bool = False,
    keep_prefix: bool = False,
) -> str | None:
    """Delete the page head above the first of ``headers`` and the page's close under the
    last piece; return the head's date, every piece's (a kept sentence above the first
    header joins ``segments``; a kept standfirst's lines go to ``lead``, to open the
    first piece: :func:`~cleaner.stages.split_lead.lead_into_first`).  ``keep_head``: the
    pieces are a credit catalogue's, which proves nothing of the page's head: it is kept
    as a piece of its own unless the site prints it at the head of its pages.
    ``keep_prefix``: the pieces are the generic piece finder's, which proves nothing of
    the page's head either (a single document's title, byline, price): every line above
    the first piece is kept over the first piece's text (``split.prefix_kept``), but the
    site's head sentences over them (:func:`printed_at_head`)."""
    head_date: str | None = None  # a compilation's byline date holds for every piece
    if (
        keep_prefix
        and stage.config.parse_meta
        and hints is not None
        and hints.published
        and len(hints.info_rows) == 1
    ):
        # the piece finder's pieces under the page's one info bar (removed as the
        # site's: a bulletin's issuer-and-date row over its events): the page is
        # published as one, its date every piece's (a piece's own date stays its own)
        head_date = hints.published
    if headers and headers[0][0] == 0 and stage.config.parse_meta and hints is not None:
        # the first piece's header opens the text: no head line is left to read, but
        # the issue's masthead removed as chrome still dates every piece (masthead.py)
        head_date = hints.issue_date or head_date
    if headers and headers[0][0] > 0:
        if stage.config.parse_meta and over and (row := over.get(headers[0][0])) is not None:
            # each piece's row printed over its title (a paper's page-and-DOI row): the
            # page's head ends above the first piece's row, its dated line every piece's
            # (a piece's own date, read from its row, stays its own)
            head_date = stage.meta.head_date(lines[: row[0]]) or head_date
            if head_date is None and hints is not None and hints.issue_date:
                # the issue's masthead over the pieces' rows, removed as chrome: the
                # issue's date, every piece's (masthead.py)
                head_date = hints.issue_date
            if head_date is None and hints is not None:
                head_date = _one_bar_date(hints)  # the page's one info bar, as below
        if stage.config.parse_meta and not over:
            head_date = stage.meta.head_date(lines[: headers[0][0]]) or head_date
            if head_date is None and hints is not None and hints.h1 and hints.published:
                # an HTML page's byline stood by its <h1>, outside the kept text: the
                # date the page declares is the compilation's, every piece's (a text
                # page's date is read from its own head lines above)
                head_date = hints.published
            elif head_date is None and hints is not None and hints.published and hints.info_rows:
                # the page's one info bar over its pieces, removed as the page's chrome
                # (the extractor's or the site's): the compilation is published as one,
                # the bar's date every piece's (a list's entry rows, a register's records;
                # a piece's own date stays its own).  Bars over several pieces each
                # (``info_dates``) date their own pieces instead.
                head_date = _one_bar_date(hints)
            if head_date is None and hints is not None and hints.issue_date:
                # the issue's masthead, removed as chrome: the issue's date (masthead.py)
                head_date = hints.issue_date
            if head_date is None:
                # the head's time row of what the pieces record, no date of the page's
                # own read: a meeting's, a match day's (time_rows); a day after the
                # page's post date is a schedule's, no piece's
                day = stage.meta.head_time_day(lines[: headers[0][0]])
                posted = hints.published if hints is not None else None
                head_date = day if day is not None and not (posted and day > posted) else None
        start = 0
        proven: frozenset[str] = frozenset()  # a standfirst proven the compilation's head
        first = over.get(headers[0][0])
        end = spans[first[0] if first else headers[0][0]][0]
        top = first[0] if first else headers[0][0]
        notes = hints.head_notes if hints is not None else frozenset()
        own = [j for j in range(top) if lines[j].strip()]
        rows = keep_prefix and len(headers) > 1
        head0 = own[0] if own else -1
        while own:
            if printed_at_head(lines[own[0]], notes):
                own.pop(0)  # the site's own head sentence over its pages: chrome, as before
            elif rows and site_head_row(lines[own[0]], notes):
                # over the several pieces the piece finder found, the site's head row,
                # printed on most of its pages with this page's figures, day or names
                # (head_repeat): chrome as its sentences are
                own.pop(0)
            elif rows and own[0] == head0 and _dressed_copy(lines[own[0]], hints):
                own.pop(0)  # the page's <title>, dressed with the site's name: no text line
            elif rows and own[0] == head0 and counting_title(lines[own[0]], len(headers)):
                # the compilation's title counting the pieces found under it ('某类公告
                # （最近3期）'): the page's head, as a standfirst that counts them is
                own.pop(0)
            elif keep_prefix and _title_over_h1([lines[j].strip() for j in own], hints):
                own.pop(0)  # the page's <title> the reader copied over its <h1>: no text line
            elif rows and head_date is not None and _dating_row(lines[own[0]], head_date, stage):
                # the head's time row whose day dates every piece (time_rows): read as
                # the compilation's metadata, a row of its head, no line of the first piece
                own.pop(0)
            else:
                break
        if keep_prefix and not annex and own:
            lead[:] = own
            _flag(editor, "split.prefix_kept", {"lines": [lines[j].strip() for j in own]})
            end = spans[own[0]][0]
            kept = None
        else:
            kept = None if first or annex else prefix_prose(lines, headers[0][0])
        if (
            kept is None
            and not lead
            and keep_head
            and not annex
            and not _lists_pieces(lines, headers)
        ):
            kept = _own_head(lines, first[0] if first else headers[0][0], hints)
        if kept is not None:
            # a sentence above the first found header: the first piece's body, whose
            # header row went unfound; kept as a piece of its own, never page head
            _flag(editor, "split.prefix_prose", {"line": kept + 1})
            segments.insert(0, (kept, first[0] if first else headers[0][0], None))
            end = spans[kept][0]
        elif (
            not annex
            and not lead
            and (run := prefix_run(lines, first[0] if first else headers[0][0]))
        ):
            # one sentence alone (or sentences over the rows over the first header): a
            # standfirst, the compilation's head only when proven (the site prints it,
            # the head counts the pieces); else the page's own opening, kept over the
            # first piece's text (split_lead)
            if standfirst_proven(lines, run, len(headers), hints) is not None:
                proven = frozenset(lines[j].strip() for j in run)  # head, proven so
            else:
                lead[:] = lead_lines(lines, run, hints)
                kept_lines = [lines[j].strip() for j in lead]
                _flag(editor, "split.prefix_kept", {"lines": kept_lines})
                end = spans[lead[0]][0]
        if not annex and not lead:
            end = _keep_block(
                editor, lines, spans, hints, first, headers, segments, edits, lead, end, proven
            )
        if end > start or (not first and kept is None and not lead):
            edits.append(Edit(start, end, "", "split.page_prefix", "delete"))
    grouped = group_heads(lines, segments) if headers else []
    for j in grouped:
        # a later group's numbered head at the end of the piece above it: the
        # compilation's heading, as the first group's head went with the page's head
        gref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
        edits.append(Edit(spans[j][0], spans[j][2], "", "split.group_head", "delete", ref=gref))
        above_lines.add(j)
    unheaded = [("" if j in grouped else ln) for j, ln in enumerate(lines)]
    closing, signed = close_block(unheaded, segments) if headers else ([], False)
    if closing and not signed:
        # the close's shape, but sentences alone: the last piece's closing paragraph
        # as well as the page's; kept as the piece's text and flagged (split_page_close)
        _flag(editor, "split.close_kept", {"lines": [lines[j].strip() for j in closing]})
        closing = []
    if headers and not closing:
        # the same rule under the page's head and under the last piece: the page's
        # foot below it (split_framed_close)
        closing = framed_close(unheaded, segments)
    if headers and not closing:  # a line counting the pieces under the last (split_tally)
        closing = tally_close(unheaded, segments, above_lines)
    for j in closing:
        # the page's close under the last record (split_page_close): a notice and the
        # sign-off of the whole list, as the text above the first header is its head
        cref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
        edits.append(Edit(spans[j][0], spans[j][2], "", "split.page_close", "delete", ref=cref))
        above_lines.add(j)
    return head_date


def _dating_row(line: str, day: str, stage: SplitFinder) -> bool:
    """Is ``line`` the head's time row (:func:`~cleaner.stages.time_rows.time_row`) that
    gives ``day``, the date the compilation's pieces take?"""
    row = time_row(line, stage.meta.field_of)
    return row is not None and row[1] == day


def _keep_block(
    editor: Editor,
    lines: list[str],
    spans: list[tuple[int, int, int]],
    hints: PageHints | None,
    first: tuple[int, dict[str, str]] | None,
    headers: list[tuple[int, str, str]],
    segments: list[tuple[int, int, tuple[int, str, str] | None]],
    edits: list[Edit],
    lead: list[int],
    end: int,
    proven: frozenset[str],
) -> int:
    """Keep the content-shaped lines the page-head deletion (up to offset ``end``) would
    take (:mod:`split_prefix_guard`): a piece of its own from the first of them, flagged
    ``split.prefix_block``; return where the deletion now ends. Down to the first header
    when a kept run or standfirst lies under them (they join it) or when the lines there
    print the first piece's rows (:func:`mirrors_piece`: the piece itself, its header
    lost; the site's head sentences prove nothing there), else to the last of
    them, the chrome under it deleted on the record (``split.page_prefix``) unless a
    sentence lies there (kept down to the header). The site's
    head sentences, a standfirst ``proven`` the compilation's head and a line counting
    the pieces are no content."""
    bottom = first[0] if first else headers[0][0]
    upto = next((j for j in range(bottom + 1) if j == bottom or spans[j][0] >= end), bottom)
    # rows of the first found piece's form under a sentence: a piece whose header was
    # lost, its sentences no head notes however often the site prints them (mirrors_piece)
    piece = lines[headers[0][0] : headers[1][0] if len(headers) > 1 else len(lines)]
    mirrored = mirrors_piece(lines, upto, piece)
    notes = (hints.head_notes if hints is not None else frozenset()) | proven
    # a line counting the pieces is the compilation's own frame (split_lead.counts_pieces)
    notes |= {s for ln in lines[:upto] if counts_pieces([s := ln.strip()], len(headers))}
    block = prefix_block(lines, upto, frozenset() if mirrored else notes)
    if block is None:
        return end
    top, last, shape = block
    # the block's sign-off right under it (a name and a date): the kept piece's
    last, signed = sign_off(lines, last, bottom) if shape == "prose" else (last, {})
    evidence: dict[str, object] = {"lines": [top + 1, last + 1], "shape": shape}
    if signed:
        evidence["signed"] = signed
    if mirrored:
        evidence["mirrored"] = True  # its rows down to the first header: the piece's
    _flag(editor, "split.prefix_block", evidence)
    if segments and segments[0][2] is None and segments[0][0] < bottom:
        segments[0] = (top, segments[0][1], None)  # a kept run under it: one piece
    elif lead or mirrored:
        lead.clear()  # the standfirst under it: one piece, down to the first header
        segments.insert(0, (top, bottom, None))
    elif any(sentence_line(lines[j].strip()) for j in range(last + 1, bottom)):
        # a sentence between it and the first header (one the site prints on other
        # pages too: an event's standing terms) is no contents list: one piece, kept
        segments.insert(0, (top, bottom, None))
    else:
        segments.insert(0, (top, last + 1, None))
        if last + 1 < bottom and spans[last + 1][0] < spans[bottom][0]:
            # the chrome between the kept block and the first header (a contents list)
            edits.append(
                Edit(spans[last + 1][0], spans[bottom][0], "", "split.page_prefix", "delete")
            )
    return spans[top][0]
