"""The split stage's last step: the drafts become articles that tile the page text.

What is left between the articles is a separator (deleted, on the record); the page-level
fields the hints carry (its date, info bars, author) go to the single article or to each
piece in page order; each article's boundary is recorded, and a title taken from a
dressed copy or a kicker row is replaced by the title under it (:mod:`title_head`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import partial
from itertools import accumulate, pairwise

from cleaner.edits import Edit, Editor
from cleaner.model import Change
from cleaner.stages.page_hints import PageHints
from cleaner.stages.split_clip_head import named_source
from cleaner.stages.split_config import ArticleDraft
from cleaner.stages.split_find import SplitFinder
from cleaner.stages.split_flags import NAME
from cleaner.stages.split_flags import flag as _flag
from cleaner.stages.split_foot import according_day
from cleaner.stages.split_meta_marks import section_origin
from cleaner.stages.split_row_cells import kept_cells
from cleaner.stages.split_title_issuer import HEAD_TRIES, title_issuer
from cleaner.stages.title_head import retitle


def close_articles(
    stage: SplitFinder,
    editor: Editor,
    text: str,
    *,
    edits: list[Edit],
    asked_edits: list[Edit],
    drafts: list[tuple[int, int, str, dict[str, str], list[Edit]]],
    title_flags: list[Change],
    hints: PageHints | None,
    annex: list[tuple[int, int]],
    records: set[int],
) -> list[ArticleDraft]:
    """Apply ``edits`` to ``editor`` and return ``drafts`` as the page's articles
    (``text`` is the page as the stage received it)."""
    spans = _Spans([(a, b) for a, b, *_ in drafts])
    edits.extend(e for e in asked_edits if not spans.around(e.start))
    # a metadata row's cells that are the text's own stay its text (split_row_cells)
    keep = partial(kept_cells, text, read=stage._row_reader)
    edits[:] = [keep(e) if spans.holds(e.start, e.end) else e for e in edits]
    for draft in drafts:
        draft[4][:] = [keep(e) for e in draft[4]]
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
        and stage.config.parse_meta
        and len(drafts) >= 2
        and len(hints.info_dates) == len(drafts)
        and not any("published" in d[3] for d in drafts)
    ):
        # one info bar a piece, none read otherwise: each piece's own, in page order
        for draft, date in zip(drafts, hints.info_dates, strict=True):
            draft[3]["published"] = date
    if hints is not None and stage.config.parse_meta and hints.info_rows and drafts:
        # the info bars the boilerplate stage removed (recorded there) still hold the
        # article's fields: the one bar of a single document, or one bar a piece
        metas = [d[3] for d in drafts]
        single = len(drafts) == 1 or bool(annex)
        if single and len(hints.info_rows) == 1:
            bar = stage.meta.shaped_row(hints.info_rows[0], near_title=True) or {}
            _source_day_yields(text, metas[0], bar.get("published"))
        stage._info_row_fields(metas[:1] if single else metas, hints.info_rows)
    if hints is not None and stage.config.parse_meta and hints.signed and len(drafts) == 1:
        # the document's sign-off an earlier step left out (dropped_signoff): its
        # issuer and day, after the rows its text prints have been read
        for k, v in hints.signed:
            drafts[0][3].setdefault(k, v)
    if hints is not None and stage.config.parse_meta and hints.carded and len(drafts) == 1:
        # the document's table of fields the extractor left out (dropped_cards)
        for k, v in hints.carded:
            drafts[0][3].setdefault(k, v)
    if hints is not None and hints.author and drafts and (len(drafts) == 1 or annex):
        # the page's declared author, after the rows its text prints have been read
        drafts[0][3].setdefault("author", hints.author)
    for n, draft in enumerate(drafts if stage.config.parse_meta else []):
        if n not in records:  # a record's 'author:' field names its author
            section_origin(draft[3])
        if "origin" in draft[3]:  # '公众号「某号」': the channel's name
            draft[3]["origin"] = named_source(draft[3]["origin"])
    out: list[ArticleDraft] = []
    for n, (a, b, title, meta, inner) in enumerate(drafts, start=1):
        piece = _edited(text, a, b, inner)
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


class _Spans:
    """The articles' spans ``(start, end)``, asked whether one holds a position or a
    stretch: sorted by start with the furthest end so far, so each question is a
    bisection, not a pass over the articles (a page of thousands of pieces asked it of
    each edit).

    >>> spans = _Spans([(10, 20), (0, 5)])
    >>> spans.around(3), spans.around(5), spans.around(15), spans.holds(10, 20), spans.holds(4, 11)
    (True, False, True, True, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._ends = list(accumulate((b for _, b in ordered), max))

    def around(self, x: int) -> bool:
        """Does a span hold ``x`` strictly inside (``a < x < b``)?"""
        k = bisect_left(self._starts, x)  # the spans starting before x
        return k > 0 and self._ends[k - 1] > x

    def holds(self, start: int, end: int) -> bool:
        """Does a span hold ``start``-``end`` (``a <= start`` and ``end <= b``)?"""
        k = bisect_right(self._starts, start)  # the spans starting at start or before
        return k > 0 and self._ends[k - 1] >= end


def _edited(text: str, a: int, b: int, inner: list[Edit]) -> str:
    """``text[a:b]`` with the edits ``inner`` inside it applied (the last first, as each
    slices the piece as it then is); when they stand apart, as they do, in one pass.

    >>> e = [Edit(3, 4, "X", "r", "replace"), Edit(1, 2, "", "r", "delete")]
    >>> _edited("0123456", 0, 7, e)
    '02X456'
    """
    ordered = sorted(inner, key=lambda x: x.start)
    if any(p.end > q.start or p.start == q.start for p, q in pairwise(ordered)) or (
        ordered and (ordered[0].start < a or ordered[-1].end > b)
    ):
        # edits that touch, or one reaching out of the piece: each on the piece the
        # later ones left, as they always were
        piece = text[a:b]
        for ed in sorted(inner, key=lambda x: x.start, reverse=True):
            piece = piece[: ed.start - a] + ed.after + piece[ed.end - a :]
        return piece
    parts: list[str] = []
    pos = a
    for ed in ordered:
        parts += (text[pos : ed.start], ed.after)
        pos = ed.end
    parts.append(text[pos:b])
    return "".join(parts)


def _source_day_yields(text: str, meta: dict[str, str], own: str | None) -> None:
    r"""A single document's date read from a row crediting the source it was taken from
    (``——据某某晚报　1999.01.01``) dates that source: the document's own info bar (its
    date ``own``), read next, gives the document's date and its author, so the credit's
    day gives way.

    >>> meta = {"published": "1999-01-01", "origin": "某某晚报"}
    >>> _source_day_yields("正文。\n——据某某晚报　1999.01.01\n", meta, None); meta["published"]
    '1999-01-01'
    >>> _source_day_yields("正文。\n——据某某晚报　1999.01.01\n", meta, "2022-11-03"); meta
    {'origin': '某某晚报'}
    """
    day = meta.get("published")
    if day and own and own != day and any(according_day(ln) == day for ln in text.split("\n")):
        del meta["published"]
