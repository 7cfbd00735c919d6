"""The lines at the head of one piece that are no line of its text, for the split stage.

The header line a counted heading took its title from, a paper's name row under its
header (:mod:`split_papers`); on the page's first piece, the page's ``<title>`` over the
document's own and the site's name under it (:mod:`split_page_title`), a column's tag
over the headline (:mod:`split_tags`) and a clipping app's export head
(:mod:`split_clip_head`), whose rows say where the piece came from.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left

from cleaner.edits import Edit
from cleaner.stages.page_hints import PageHints
from cleaner.stages.paper_heads import affiliation_row
from cleaner.stages.split_clip_head import CLIP_REACH, clip_head, clip_start
from cleaner.stages.split_clock import HEADER_IS_TEXT, TITLE_IS_TEXT
from cleaner.stages.split_code_heads import coded_row
from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_headers import item_counter, labelled_number, tag_row
from cleaner.stages.split_kind_rows import kind_row
from cleaner.stages.split_page import PageLines, nonempty
from cleaner.stages.split_page_title import page_title_line, site_banner
from cleaner.stages.split_papers import PAPER, first_unit, names_under, title_row
from cleaner.stages.split_subject_rows import ROW_OVER_TITLE
from cleaner.stages.split_tags import tag_over_headline

#: a day in a value ('2021-03-09 21:33', '2021年3月9日'): a clipping head's date is the export's
_DAY = re.compile(r"\d{4}\s*[-年./／]\s*\d{1,2}")


def piece_head(
    stage: SplitFinder,
    lines: PageLines,
    spans: list[tuple[int, int, int]],
    *,
    hints: PageHints | None,
    head: tuple[int, str, str] | None,
    seg_start: int,
    seg_end: int,
    above_lines: set[int],
    clip_fields: dict[str, str],
    edits: list[Edit],
) -> tuple[list[int], dict[str, str] | None]:
    """The non-empty lines of the piece ``seg_start``–``seg_end`` left under its head, and
    a paper's authors (the head's lines go to ``edits``, a clipping's fields to
    ``clip_fields``)."""
    paper_title = head is not None and title_row(lines, head)
    if head is not None and head[1] != HEADER_IS_TEXT and not paper_title:
        # a counted heading stays, so does a paper's title line (its first line)
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
        and head[1] not in (TITLE_IS_TEXT, PAPER)  # a paper's title line is its text
        and item_counter(lines[head[0]]) is None  # a counter's title line is text
        and not labelled_number(lines[head[0]])  # a label row's title line is text
        and not tag_row(lines[head[0]])  # so is a tag row's ('▍某类 · 第2位')
        and not coded_row(lines[head[0]])  # and a record's code row's ('〔车辆〕甲A·3K5××')
        and not kind_row(lines[head[0]])  # and a kind's row's ('▶ 行业领域：建筑施工')
        and head[1] != ROW_OVER_TITLE  # and a row of fields' over a bare title (subject rows)
    ):
        if lines[body_idx[0]].strip() == head[2]:
            i = body_idx.pop(0)
            edits.append(Edit(spans[i][0], spans[i][2], "", "split.article_header", "delete"))
    authors = None  # a paper's name row under its header (split_papers)
    if head and head[1] == PAPER and body_idx:
        at = 1 if lines[body_idx[0]].strip() == head[2] else 0  # under the title line
        under = [lines[k] for k in body_idx[at : at + 2]]
        authors = names_under(*under) if under else None
        if authors is not None:
            i = body_idx.pop(at)
            ref = json.dumps(authors, ensure_ascii=False)
            edits.append(Edit(*spans[i][::2], "", "split.meta_header", "delete", ref=ref))
            if at < len(body_idx) and body_idx[at] == i + 1 and affiliation_row(lines[i + 1]):
                j = body_idx.pop(at)  # the units' row glued under the names
                unit = {"origin": first_unit(lines[j])}
                ref = json.dumps(unit, ensure_ascii=False)
                edits.append(Edit(*spans[j][::2], "", "split.meta_header", "delete", ref=ref))
                authors = {**authors, **unit}
    if head is None and seg_start == 0 and len(body_idx) > 2:
        if page_title_line(lines[body_idx[0]], [lines[i] for i in body_idx[1:4]]):
            i = body_idx.pop(0)  # the page's <title> above the document's own
            edits.append(Edit(spans[i][0], spans[i][2], "", "split.page_title", "delete"))
            below = [lines[k] for k in body_idx[1:4]]
            if body_idx and site_banner(lines[body_idx[0]], lines[i], below):
                j = body_idx.pop(0)  # the site's name under it, the <title>'s end
                edits.append(Edit(spans[j][0], spans[j][2], "", "split.page_title", "delete"))
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
                got = (stage.parse_meta_line(lines[i]) or {}) if n else {}
                fields = {a: b for a, b in got.items() if not _DAY.search(b)}
                clip_fields.update({a: b for a, b in fields.items() if a not in clip_fields})
                rule = "split.meta_header" if fields else "split.page_prefix"
                href = json.dumps(fields, ensure_ascii=False) if fields else None
                edits.append(Edit(spans[i][0], spans[i][2], "", rule, "delete", ref=href))
            body_idx = body_idx[clip_start(clip_top, copy) :]
    return body_idx, authors
