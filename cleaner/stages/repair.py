"""Stage 2: repair encoding damage and scraping artifacts, one recorded step per rule.

Rules run in a fixed order, each over the whole page as its own step (so each can be
inverted on its own): ftfy for mojibake, ``&nbsp;`` leftovers, stray ``?``, ``○``→``〇``,
spaces inside CJK words, glued timestamps, half-width punctuation, broken paragraphs,
whitespace, and (optionally) placeholder masking.  The tables behind the rules are in
``cleaner/rules/repair.toml``.  ftfy runs with the CJK-safe settings from
datatrove's ``formatters/ftfy.py`` (no width folding, no quote uncurling, NFC).

What a rule may touch depends on where the text came from and what a line is:

* ``kind="html"``: line breaks are block boundaries from the markup, so paragraphs are
  never joined; on text pages they are joined only where the page looks paginated
  (a page mark, or several lines broken mid-sentence) and never after a heading-like
  line or a caption;
* code (:mod:`cleaner.stages.codelines`) is left exactly as it is by every artifact rule;
* lines that are mostly U+FFFD/``锟斤拷`` debris (:func:`debris_share`) get no encoding
  repair: their bytes are lost and ftfy would only reshuffle the debris.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

import ftfy

from cleaner.edits import Edit, Editor, line_spans
from cleaner.ingest.encoding import gbk_mojibake
from cleaner.model import Change
from cleaner.provenance import expand
from cleaner.stages.block_joins import block_joins, cut_points
from cleaner.stages.cell_gaps import CELL_GAP
from cleaner.stages.charscan import Scanner
from cleaner.stages.cjk_spaces import CjkSpaceRule
from cleaner.stages.codelines import code_spans
from cleaner.stages.mention_gaps import kept_gaps
from cleaner.stages.page_folio import counted_points, folio_points, folios_taken
from cleaner.stages.page_marks import drop_marks, run_marks
from cleaner.stages.paragraph_joins import JoinRule
from cleaner.stages.pinyin_gloss import pinyin_glosses
from cleaner.stages.print_heads import copied_head, first_head_left, sheet_marks
from cleaner.stages.repair_tables import (
    HAN,
    Tables,
    debris_share,
    han_ratio,
    placeholder_runs,
    tables,
)
from cleaner.stages.split_meta import MetaParser
from cleaner.stages.stray_marks import StrayRule

__all__ = [
    "FTFY_CONFIG",
    "HAN",
    "NAME",
    "PAGE_KINDS",
    "RepairConfig",
    "RepairStage",
    "Tables",
    "debris_share",
    "han_ratio",
    "placeholder_runs",
    "tables",
]

NAME = "repair"

# CJK punctuation that may sit next to converted punctuation
CJK_PUNCT = "。，、；：？！“”‘’《》〈〉「」『』【】（）〔〕…—·"

# Characters whose presence suggests mojibake; text without any of them skips ftfy
# (measured: ftfy costs ~6 MB/s on clean Chinese, the pre-check ~1 GB/s).
# (× and ÷, U+00D7/U+00F7, are left out: × is the redaction mark in Chinese documents)
_MOJIBAKE_HINT = re.compile(
    "[\u0080-\u00d6\u00d8-\u00f6\u00f8-\u02af\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\ufffd]"
)

FTFY_CONFIG = ftfy.TextFixerConfig(
    fix_character_width=False,
    uncurl_quotes=False,
    normalization="NFC",
    fix_line_breaks=False,
    explain=True,
)

_HALF_PUNCT = ",;:?!()"
# a byline's date and time is metadata the split stage reads, not a scraper's stamp
_BYLINE = MetaParser()

_HAN_CLASS = f"[{HAN}]"
_CJK_CTX = f"[{HAN}{re.escape(CJK_PUNCT)}]"
# , ; : ? ! after a Han character, before Han / CJK punctuation / line end
# (a comma or semicolon also before a number that a Han character follows, '路径,2020年度':
# a clause opening with a year or a count; '1,200' has a digit before the comma).
# Written mark first, its Han character read behind it ('(?<=H)[,;:?!]' ≡ '[,;:?!](?<=H.)'):
# a pattern that opens with a class gets re's prefix scan, so one finditer call finds the
# marks at C speed (tests/stages/test_charscan.py holds the lookbehind-first form as the
# reference)
# (a comma, semicolon or colon also after a CJK closing mark and before a Han letter,
# '「某委員會」,負責': the clause runs on after the quoted name)
_PUNCT_SIMPLE = re.compile(
    f"[,;:?!](?<={_HAN_CLASS}.)(?:(?=[ \t]*(?:{_CJK_CTX}|$))|(?<=[,;])(?=\\d[\\d.]*{_HAN_CLASS}))"
    f"|[,;:](?<=[」』”’》】〕）].)(?={_HAN_CLASS})",
    re.M,
)
# ( … ) whose content starts and ends with Han and which touches Han or a line start
# (the bracket first, as above: r'(?:(?<=C)|^)\(' ≡ r'\((?:(?<=^\()|(?<=C\())')
_PUNCT_PAREN = re.compile(
    f"\\((?:(?<=^\\()|(?<={_CJK_CTX}\\())({_HAN_CLASS}[^()\\n]{{0,120}}?{_HAN_CLASS}|{_HAN_CLASS})\\)",
    re.M,
)
# 'X' then 'X*', not 'X+': a pattern that starts with a class (not a repeat) gets re's
# prefix scan, which skips to the next possible start at C speed
_TRAILING = re.compile("[ \t\u3000\u00a0][ \t\u3000\u00a0]*(?=\n|$)")
_INDENT = Scanner(re.compile(r"(?:(?<=\n)|^)[ \t\u3000\u00a0]+(?=\S)"))

_BLANK_RUNS = re.compile(r"\n(?:[ \t\u3000\u00a0]*\n)+")
# the edits of the rules that make hundreds a page, made in C: tuple.__new__ with every
# field given (calling Edit runs namedtuple's __new__ in Python, ~2x the time)
_new = tuple.__new__
_START = re.Match.start
_SPAN = re.Match.span

PlaceholderPolicy = Literal["keep", "mask", "drop"]
#: where a page's text came from: a text file, or text extracted from HTML/WARC markup
PAGE_KINDS = ("text", "html")


@dataclass(frozen=True, slots=True)
class RepairConfig:
    """Options of the repair stage (section ``[repair]`` of ``cleaner.toml``).

    Attributes
    ----------
    encoding:
        Run ftfy on lines with mojibake signs (default ``True``).
    stray_question, zero_circle, pinyin_gloss, cjk_spaces, timestamps, join_paragraphs,
    whitespace:
        Switch each artifact repair (all ``True`` by default; ``stray_question`` also
        switches the removal of ``&nbsp;`` leftovers, see :mod:`cleaner.stages.stray_marks`;
        ``join_paragraphs`` also the removal of page-number lines, see
        :mod:`cleaner.stages.page_marks`).
    cjk_punct:
        Half-width ``, ; : ? ! ( )`` between CJK characters → full-width (default ``True``;
        applies only to pages that are mostly Chinese).
    placeholder_policy:
        ``keep`` (count only, default), ``mask`` (each run → ``mask_token``) or ``drop``
        (articles above ``max_placeholder_ratio`` get status ``dropped``).
    """

    encoding: bool = True
    stray_question: bool = True
    zero_circle: bool = True
    pinyin_gloss: bool = True
    cjk_spaces: bool = True
    timestamps: bool = True
    cjk_punct: bool = True
    join_paragraphs: bool = True
    whitespace: bool = True
    placeholder_policy: PlaceholderPolicy = "keep"
    mask_token: str = "[REDACTED]"
    max_placeholder_ratio: float = 0.05


def _outside(edits: Iterable[Edit], spans: list[tuple[int, int]]) -> list[Edit]:
    """The edits that touch none of ``spans`` (sorted, disjoint ``(start, end)``)."""
    if not spans:
        return list(edits)
    starts = [s for s, _ in spans]
    kept = []
    for e in edits:
        i = bisect_right(starts, max(e.end, e.start + 1) - 1) - 1
        if i < 0 or spans[i][1] <= e.start:
            kept.append(e)
    return kept


def _deleted(editor: Editor) -> Iterator[str]:
    """The texts earlier steps deleted from the page, one per edit (:func:`_deletions`).
    A generator: :func:`~cleaner.stages.page_marks.run_marks` reads it only on a page
    that shows page marks at all, and the ledger is expanded then."""
    for c in _deletions(editor):
        yield c.before


def _deletions(editor: Editor) -> list[Change]:
    """The deletions earlier steps recorded on the page, one row per edit."""
    return expand([r for r in editor.ledger if r.action == "delete"])


class RepairStage(StrayRule, CjkSpaceRule, JoinRule):
    """Apply every enabled repair to a page, one step per rule."""

    name = NAME

    def __init__(self, config: RepairConfig | None = None) -> None:
        self.config = config or RepairConfig()
        self.t = tables()

    def __call__(
        self,
        editor: Editor,
        *,
        kind: str = "text",
        site_shapes: Callable[[str], bool] | None = None,
        headings: tuple[str, ...] = (),
        breaks: frozenset[tuple[str, str]] = frozenset(),
        names: frozenset[str] = frozenset(),
    ) -> None:
        """Repair ``editor``'s page in place, one recorded step per rule.

        ``kind`` says where the text came from: ``"text"`` (a text file, the default) or
        ``"html"`` (extracted from HTML/WARC: its line breaks are block boundaries from
        the markup, so broken paragraphs are never joined).  ``site_shapes(line)``: does
        the page's site print the line's shape on many pages
        (:meth:`~cleaner.stages.site_profile.SiteProfiles.shape_seen`): a lone numbered
        page mark is then the site's page break.  ``names``: the user names an HTML
        page links inside its text (``html_mentions``): the spaces around them stay.
        """
        if kind not in PAGE_KINDS:
            raise ValueError(f"kind must be one of {PAGE_KINDS}, not {kind!r}")
        cfg = self.config
        chinese = han_ratio(editor.text) >= 0.3
        if cfg.encoding:
            editor.apply(NAME, self._ftfy(editor.text))
            for s, e in self._gbk_unsure(editor.text):  # left as it is, on the record
                rule = "repair.encoding.gbk_mojibake_unsure"
                editor.record(
                    Change(editor.page_id, NAME, rule, "flag", s, e, "", step=editor.step)
                )
        # code is left as it is by every artifact rule; pages without code (nearly all)
        # skip the guard after this one look
        # (text, its code spans): a rule that changed nothing leaves the same str object,
        # so the spans are found again only after an edit
        spans = (editor.text, code_spans(editor.text))
        code = bool(spans[1])

        def apply(rule: Callable[[str], Iterable[Edit]]) -> None:
            nonlocal spans
            text = editor.text
            edits = rule(text)
            if code:
                if spans[0] is not text:
                    spans = (text, code_spans(text))
                edits = _outside(edits, spans[1])
            editor.apply(NAME, edits)

        if cfg.stray_question:
            apply(self._entities)
            apply(self._stray_question)
            for s, e in self._unsure_questions(editor.text):  # unsure: kept, on the record
                rule = "repair.stray_question.unsure"
                editor.record(
                    Change(editor.page_id, NAME, rule, "flag", s, e, "?", step=editor.step)
                )
        if cfg.zero_circle:
            apply(self._zero_circle)
        if cfg.pinyin_gloss:
            apply(pinyin_glosses)
        if cfg.cjk_spaces:
            # a mention's space stays ('@某某 说得对', a reply under its linked addressee)
            apply(lambda text: kept_gaps(text, self._cjk_spaces(text), names))
        if cfg.timestamps:
            apply(self._timestamps)
        if cfg.cjk_punct:
            # a page mostly in Chinese: every mark between Han characters; a bilingual or
            # mostly English page: only the marks inside its Chinese lines
            apply(self._cjk_punct if chinese else self._cjk_punct_lines)
        if cfg.join_paragraphs and kind == "html" and breaks:
            # a paragraph cut by a block the page put inside it (block_joins.py)
            points = cut_points(editor.ledger)
            if points:
                apply(
                    lambda text: block_joins(
                        text, points, self._cut_block_kind, self.t.mark_min, headings, breaks
                    )
                )
        if cfg.join_paragraphs and kind == "text":
            # page numbers: read on the page the join receives, deleted where it left them
            marks = run_marks(editor.text, self.t.page_marks_scan, _deleted(editor))
            # a print header the sheets repeat or a sheet's footer shows (print_heads)
            head = copied_head(editor.text, _deleted(editor))
            verse: list[tuple[int, int]] = []

            # the page's folios, taken out as chrome (page_folio.py): it was paginated;
            # the ledger is read only where a line end is a join candidate
            def folios() -> bool:
                return folios_taken(_deletions(editor))

            cache: list[list[int]] = []

            def folio_gap(start: int, end: int) -> bool:
                if not cache:
                    # a sheet's page counter taken out turns its page even where the
                    # page's other folios were not taken (page_folio.counted_points)
                    counted = counted_points(editor.ledger, self._deleted_mark)
                    cache.append(folio_points(editor.ledger) + counted if folios() else counted)
                return any(start <= p <= end for p in cache[0])

            joins = list(
                self._join(editor.text, site_shapes, verse, folios=folios, folio_gap=folio_gap)
            )
            for s, e in verse:  # verse line ends that looked cut: kept, on the record
                rule = "repair.join_broken_paragraph.verse_kept"
                editor.record(
                    Change(editor.page_id, NAME, rule, "flag", s, e, "", step=editor.step)
                )
            apply(lambda text: joins)
            # a printed sheet's footer and header left between paragraphs (print_heads)
            apply(lambda text: sheet_marks(text, self.t.page_marks.fullmatch))
            if head is not None:  # its first copy, once the join took the others
                apply(lambda text: first_head_left(text, head))
            if marks:
                apply(lambda text: drop_marks(text, self.t.page_marks_scan, marks))
        if cfg.whitespace:
            apply(self._whitespace)
            apply(self._page_edges)
        if cfg.placeholder_policy == "mask":
            editor.apply(
                NAME,
                (
                    Edit(s, e, cfg.mask_token, "repair.placeholder.mask")
                    for s, e in placeholder_runs(editor.text)
                ),
            )

    # -- encoding -------------------------------------------------------------------
    def _ftfy(self, text: str) -> Iterator[Edit]:
        if text.isascii():
            return
        normal = unicodedata.is_normalized("NFC", text)
        if normal and not _MOJIBAKE_HINT.search(text):
            return
        debris = "\ufffd" in text or "锟斤拷" in text
        for s, e, _ in line_spans(text):
            line = text[s:e]
            if normal and not _MOJIBAKE_HINT.search(line):
                continue
            if debris and debris_share(line) >= self.t.debris_line_max:
                continue  # lost bytes: nothing to repair, only debris to reshuffle
            if gbk_mojibake(line) is not None:
                continue  # GBK read as Latin-1: ftfy's UTF-8 reading is wrong (flagged)
            fixed, plan = ftfy.fix_and_explain(line, config=FTFY_CONFIG)
            if fixed != line:
                steps = [list(step) for step in plan or []]
                names = sorted({str(step[1]) for step in steps})
                rule = "repair.encoding." + ("+".join(names) if names else "ftfy")
                yield Edit(s, e, fixed, rule, ref=json.dumps(steps, ensure_ascii=False))

    def _gbk_unsure(self, text: str) -> Iterator[tuple[int, int]]:
        """Lines left as GBK-as-Latin-1 mojibake (the read stage undoes it page-wide when
        a line is certain; a line left here is kept for a curator, not "repaired")."""
        if text.isascii() or not _MOJIBAKE_HINT.search(text):
            return
        for s, e, _ in line_spans(text):
            line = text[s:e]
            if _MOJIBAKE_HINT.search(line) and gbk_mojibake(line) is not None:
                yield s, e

    # -- ○ as zero ------------------------------------------------------------------
    def _zero_circle(self, text: str) -> Iterator[Edit]:
        if "○" not in text:
            return
        for m in self.t.zero_run.finditer(text):
            run = m.group()
            if len(run) < 2 or run.count("○") == len(run):
                continue
            yield Edit(m.start(), m.end(), run.replace("○", "〇"), "repair.zero_circle")

    # -- timestamps glued to titles -------------------------------------------------
    def _timestamps(self, text: str) -> Iterator[Edit]:
        if ":" not in text:
            return
        for m in self.t.timestamp.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            end = len(text) if end == -1 else end
            if end - start <= self.t.ts_max and m.start() - start >= 4:
                if _BYLINE.byline(text[start:end]) is not None:
                    continue  # a byline's date and time (words apart by spaces): metadata
                if CELL_GAP.search(text, start, m.start()):  # a wide gap before the date
                    continue  # the last field of a row ('2楼　某人　发表于 2021-3-6 9:02')
                yield Edit(m.start(), m.end(), "", "repair.timestamp_glued", "delete")

    # -- half-width punctuation -----------------------------------------------------
    def _cjk_punct(self, text: str) -> list[Edit]:
        if not any(c in text for c in _HALF_PUNCT):
            return []
        pm = self.t.punct_map
        rule = "repair.cjk_punct"
        # a match is the one mark at its start; every field given, the edit is made in C
        edits = [
            _new(Edit, (s, s + 1, pm[text[s]], rule, "replace", None, None))
            for s in map(_START, _PUNCT_SIMPLE.finditer(text))
        ]
        for m in _PUNCT_PAREN.finditer(text):
            edits.append(_new(Edit, (m.start(), m.start() + 1, "（", rule, "replace", None, None)))
            edits.append(_new(Edit, (m.end() - 1, m.end(), "）", rule, "replace", None, None)))
        return edits

    def _cjk_punct_lines(self, text: str) -> list[Edit]:
        """The marks of :meth:`_cjk_punct` on a page that is not mostly Chinese (a
        bilingual post, an English page quoting Chinese): only those on a line whose Han
        share is at least ``line_min_han_share``; an English sentence naming a Chinese
        place or person keeps its ASCII marks."""
        edits = self._cjk_punct(text)
        if not edits:
            return edits
        least = self.t.punct_line_share
        verdicts: dict[int, bool] = {}
        kept = []
        for e in edits:
            start = text.rfind("\n", 0, e.start) + 1
            ok = verdicts.get(start)
            if ok is None:
                end = text.find("\n", e.start)
                line = text[start : len(text) if end == -1 else end]
                ok = verdicts[start] = han_ratio(line, sample=len(line)) >= least
            if ok:
                kept.append(e)
        return kept

    # -- whitespace -----------------------------------------------------------------
    def _whitespace(self, text: str) -> list[Edit]:
        # trailing spaces, leading indentation, runs of blank lines, page-edge whitespace
        edits = [
            _new(Edit, (s, e, "", "repair.whitespace.trailing", "delete", None, None))
            for s, e in map(_SPAN, _TRAILING.finditer(text))
        ]
        edits += [
            _new(Edit, (s, e, "", "repair.whitespace.indent", "delete", None, None))
            for s, e in map(_SPAN, _INDENT.finditer(text))
        ]
        n = len(text)
        edits += [
            _new(Edit, (s, e, "\n", "repair.whitespace.blank_lines", "replace", None, None))
            for s, e in map(_SPAN, _BLANK_RUNS.finditer(text))
            if s != 0 and e != n
        ]
        return edits

    def _page_edges(self, text: str) -> Iterator[Edit]:
        lead = re.match(r"\s+", text)
        if lead:
            end = lead.end()
            if text[end - 1] != "\n" and any(s < end for s, _ in code_spans(text)[:1]):
                end = text.rfind("\n", 0, end) + 1  # keep the indentation of leading code
            if end:
                yield Edit(0, end, "", "repair.whitespace.page_edges", "delete")
        # the run re.search(r"\s+$") finds (str.isspace is re's \s), without trying the
        # regex at every whitespace character of the page
        end = len(text.rstrip())
        if 0 < end < len(text):
            yield Edit(end, len(text), "", "repair.whitespace.page_edges", "delete")
