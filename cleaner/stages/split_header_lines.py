"""The header lines around each piece that are none of its text, for the split stage.

The rows over each piece's header (:mod:`split_above`, or a framed row over each
record's title, :mod:`split_frames`) are its metadata; a column's label or a dated slug
row over each later heading (:mod:`split_kickers`) is no line of the piece above.
A tag-and-serial line over each piece's header block (:mod:`split_tags`) or a column's
word and a running ordinal (:mod:`split_ordinals`), and when every
piece has one over a bare title, the banner becomes the piece's header and the title its
first line of text; a passage's template row (:mod:`split_passages`); the labelled row
closing every bannered piece; the rows the header readers took as metadata (a question's
dated row, an answer's row, a post's stamps); the rows closing each piece under a closed
heading (:mod:`split_headings`). Each goes to the ledger as the line it was.
"""

from __future__ import annotations

import json
import re

from cleaner.edits import Edit
from cleaner.stages.split_above import rows_above
from cleaner.stages.split_asked import ROW_UNDER as ASKED_ROW
from cleaner.stages.split_blocks import BlockRun
from cleaner.stages.split_clock import HEADER_IS_TEXT
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_frames import FramedRun
from cleaner.stages.split_headings import CLOSED, piece_closers
from cleaner.stages.split_kickers import kickers_over
from cleaner.stages.split_masthead import masthead_blocks, masthead_fields
from cleaner.stages.split_ordinals import ordinals_over
from cleaner.stages.split_slugs import slug_line
from cleaner.stages.split_tags import (
    banner_closers,
    coded_serial,
    framed_serial,
    tag_first,
    tags_over,
)

# a cell that is a date alone ('2023/12/26', '2021.03.05', '2021年3月5日', '民國110年3月5日')
_DAY_CELL = re.compile(r"^(?:民[國国])?\d{2,4}\s*[-年./／]\s*\d{1,2}\s*[-月./／]\s*\d{1,2}\s*日?$")


def rows_over(
    stage: SplitFinder,
    lines: list[str],
    spans: list[tuple[int, int, int]],
    *,
    headers: list[tuple[int, str, str]],
    framed: FramedRun,
    bannered: bool,
    by_blocks: bool,
    kicked: bool,
    asked_rows: dict[int, tuple[str, dict[str, str]]],
    edits: list[Edit],
) -> tuple[dict[int, tuple[int, dict[str, str]]], set[int]]:
    """Delete the rows over the headers (to ``edits``; a framed record's facts row under
    its title to ``asked_rows``); return each header's row over it and the lines taken."""
    # rows over the headers, each its piece's (split_above): not the text of the piece
    # above it, nor the page head's date of every piece
    over = (
        rows_above(lines, [h[0] for h in headers], stage._row_reader, bannered=bannered)
        if stage.config.parse_meta
        and len(headers) >= 2
        and headers[0][1] != CLOSED
        and not by_blocks
        else {}
    )
    if framed.keyed and stage.config.parse_meta:
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
                edits.append(Edit(spans[j][0], spans[j][2], "", "split.kicker", "delete", ref=kref))
                above_lines.add(j)
        for j in kickers_over(lines, [h[0] for h in headers], slug_line):
            if j not in above_lines:  # a dated slug row over each heading: its meta
                sref = json.dumps({"line": lines[j].strip()}, ensure_ascii=False)
                edits.append(
                    Edit(spans[j][0], spans[j][2], "", "split.meta_header", "delete", ref=sref)
                )
                above_lines.add(j)
    return over, above_lines


def read_fields(parsed: dict[str, str]) -> bool:
    """``parsed`` (what a reader read a row as) holds a field: anything but the bare
    line (``{"line": …}``), which reads nothing.

    >>> read_fields({"published": "2021-03-05"}), read_fields({"line": "价格：9元"})
    (True, False)
    >>> read_fields({})
    False
    """
    return any(k != "line" for k in parsed)


def tag_day(stage: SplitFinder, line: str) -> str | None:
    """The day a tag row over a piece names in a cell of its own (the cell a date and
    nothing else, in any form the date reader knows), or None: none, or two days.

    >>> s = SplitFinder()
    >>> tag_day(s, "#067　｜　39:30　｜　2023/12/26"), tag_day(s, "No.3　2021.03.05")
    ('2023-12-26', '2021-03-05')
    >>> tag_day(s, "【甲栏】No.1"), tag_day(s, "第3期　2021年出版　共12页") is None
    (None, True)
    """
    days = {
        day
        for cell in stage.meta.cells(line)
        if len(cell) <= 16 and (day := normalise_date(cell)) and _DAY_CELL.match(cell)
    }
    return days.pop() if len(days) == 1 else None


def header_lines(
    stage: SplitFinder,
    lines: list[str],
    spans: list[tuple[int, int, int]],
    *,
    headers: list[tuple[int, str, str]],
    segments: list[tuple[int, int, tuple[int, str, str] | None]],
    over: dict[int, tuple[int, dict[str, str]]],
    bannered: bool,
    passage_heads: dict[int, int],
    asked_rows: dict[int, tuple[str, dict[str, str]]],
    under_title: list[Edit],
    above_lines: set[int],
    edits: list[Edit],
) -> tuple[
    list[tuple[int, str, str]], list[tuple[int, int, tuple[int, str, str] | None]], list[Edit]
]:
    """Delete the header lines around the pieces (to ``edits``, or inside a piece to the
    edits returned); return the headers and segments, a banner made the header."""
    rows = {h: r for h, (r, _) in over.items()}
    tags = tags_over(lines, [h[0] for h in headers], rows)
    # or a column's word and a running ordinal over each ('某栏之贰': split_ordinals)
    ordinals = {} if tags else ordinals_over(lines, [h[0] for h in headers], rows)
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
    for j in [*tags.values(), *ordinals.values()]:
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
        if rule == "split.meta_header" and not read_fields(parsed):
            continue  # a row read as no field is no metadata: it stays text
        aref = json.dumps(parsed, ensure_ascii=False) if parsed else None
        asked_edits.append(Edit(spans[j][0], spans[j][2], "", rule, "delete", None, aref))
        above_lines.add(j)
    if headers and headers[0][1] == CLOSED:  # rows closing each piece: its metadata
        # (inner: the last piece's row lies inside it when a line of text follows)
        for j in piece_closers(lines, [h[0] for h in headers], stage._closing_row):
            asked_edits.append(Edit(spans[j][0], spans[j][2], "", "split.meta_footer", "delete"))
            above_lines.add(j)
    return headers, segments, asked_edits


def block_heads_over(
    stage: SplitFinder,
    lines: list[str],
    spans: list[tuple[int, int, int]],
    *,
    headers: list[tuple[int, str, str]],
    block_run: BlockRun,
    over: dict[int, tuple[int, dict[str, str]]],
    edits: list[Edit],
    under_title: list[Edit],
    above_lines: set[int],
) -> dict[int, tuple[int, dict[str, str]]]:
    """The rows over the headers when :func:`rows_over` found none and the headers are
    the text's own lines: a masthead over each title (split_masthead) or a repeated
    header block over each (split_blocks), their lines deleted (to ``edits``, a card row
    under its title to ``under_title``) and added to ``above_lines``; else ``over``."""
    if over or len(headers) < 2 or headers[0][1] != HEADER_IS_TEXT:
        return over
    # a masthead over each title (split_masthead): its lines are the piece's
    # metadata, each deleted with what it reads (its fields went to head_meta)
    blocks = masthead_blocks(lines, stage._row_reader)
    if sorted(blocks) == [h[0] for h in headers]:
        for block in blocks.values():
            for j in block:
                fields = masthead_fields(lines[j], stage._row_reader)
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
                fields = masthead_fields(lines[j], stage._row_reader)
                rule = "split.meta_header" if fields else "split.article_header"
                bref = json.dumps(fields or {"line": lines[j].strip()}, ensure_ascii=False)
                s0, _, s1 = spans[j]
                # a card row under the title lies inside its piece: an inner edit
                (under_title if j > top else edits).append(
                    Edit(s0, s1, "", rule, "delete", ref=bref)
                )
                above_lines.add(j)
        # a block under its title only (no row over it) sets no row over the piece
        over = {h: (blk[0], {}) for h, blk in block_run.blocks.items() if blk[0] < h}
    return over
