"""How the split stage finds article headers and reads metadata lines:
:class:`SplitFinder`, the base of :class:`split.SplitStage`, with the header tables,
the numbered, fallback and generic header finders, and the row readers the stage asks
of each line; :func:`contents_list` tells a contents list from a compilation's headers.

Split out of :mod:`split` so that each part stays short; the stage is described there.
"""

from __future__ import annotations

import itertools
import re

from cleaner.rules import load_table
from cleaner.stages.split_badges import badged_headings
from cleaner.stages.split_cell_heads import cell_runs
from cleaner.stages.split_cells import row_signature
from cleaner.stages.split_clock import TITLE_IS_TEXT
from cleaner.stages.split_closed import closed_by_rows, unstopped
from cleaner.stages.split_config import (
    SplitConfig,
)
from cleaner.stages.split_dash_byline import dash_byline
from cleaner.stages.split_fallback import fallback_headers
from cleaner.stages.split_foot import foot_row, supplier
from cleaner.stages.split_header_shapes import Candidate
from cleaner.stages.split_headers import (
    bullet_runs,
    counted_title,
    counter_runs,
    judge,
    numbered_line,
    numbered_runs,
    titles_below,
)
from cleaner.stages.split_marks import (
    form_titles,
    framed_runs,
    series_runs,
    titles_under_frames,
    unlabelled,
    word_runs,
)
from cleaner.stages.split_meta import MetaParser, cn_number
from cleaner.stages.split_numerals import unwrap_numbers
from cleaner.stages.split_offset import kicker_rule, kicker_titles, offset_runs
from cleaner.stages.split_page import stripped
from cleaner.stages.split_page_title import page_title_line
from cleaner.stages.split_tag_heads import framed_tags

# every header form starts with one of these characters (a cheap pre-filter)
_HEADER_START = frozenset("第篇【〖[〔（(范例样作模文材精优热推经参")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _num(m: re.Match[str]) -> int | None:
    """The article number of a header match (its ``num`` group or an alternative)."""
    groups = m.groupdict()
    for g in ("num", "num2", "num3"):
        if groups.get(g):
            return cn_number(groups[g])
    return None


#: A run of at least this many headers with no line between any two is a contents list.
CONTENTS_MIN = 3


def contents_list(heads: list[int], strip: list[str]) -> bool:
    """Whether header lines ``heads`` (in page order) are a contents list: at least
    :data:`CONTENTS_MIN` of them, each straight under the one before, no text between
    (a compilation's pieces each hold a body).  Found on a real book index page whose
    chapter list read as headers: its pieces, all empty, left the page with nothing."""
    if len(heads) < CONTENTS_MIN:
        return False
    return all(not any(strip[j] for j in range(a + 1, b)) for a, b in itertools.pairwise(heads))


def _unwrapped(headers: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """Headers found by their rows, not their numbers, whose titles each open with one
    numbered frame running 1, 2, 3 ('【某刊第2条】标题'): the frame counts the pieces,
    the title is what follows it (:func:`split_numerals.unwrap_numbers`)."""
    titles = unwrap_numbers([h[2] for h in headers])
    if titles is None:
        return headers
    return [(h[0], h[1], t) for h, t in zip(headers, titles, strict=True)]


def _names_title(line: str, title: str) -> bool:
    """``line`` is the title itself or the page's title line over it (``标题 - 某博客``:
    :func:`page_title_line`)."""
    return line == title or page_title_line(line, [title])


class Tables:
    def __init__(self) -> None:
        t = load_table("headers")
        self.headers = [(h["name"], re.compile(h["regex"])) for h in t["article_header"]]
        self.fallback = [(h["name"], re.compile(h["regex"])) for h in t["fallback_header"]]
        self.title_endings = tuple(t["meta"]["title_endings"])


class SplitFinder:
    """What :class:`SplitStage` reads lines with (its base): the tables, the metadata
    parser, the header finders and the row readers it asks of each line."""

    def __init__(self, config: SplitConfig | None = None) -> None:
        self.config = config or SplitConfig()
        self.t = Tables()
        self.meta = MetaParser()

    def no_publish(self) -> frozenset[str]:
        """The words that make a date label no publish date (a deadline's: the
        ``unless`` words of the tables' date label classes)."""
        return frozenset(
            u
            for field, endings, _, unless, _ in self.meta.t.classes
            if field == "published" and ("日期" in endings or "时间" in endings)
            for u in unless
        )

    # -- metadata (cleaner/stages/split_meta.py) ---------------------------------------
    def _titled_signature(self, line: str) -> tuple[str, ...]:
        """A row's cell signature for :func:`titled_run`; a labelled date alone
        ('发布日期：2021-03-09' under every piece: a release history's) counts its label
        and its value, where a bare date under each line (a timeline's) stays one cell."""
        sig = row_signature(line)
        if len(sig) == 1 and sig[0] != "_" and self.meta.field_of(sig[0]) == "published":
            return (sig[0], "_")
        return sig

    def _info_row_fields(self, metas: list[dict[str, str]], rows: tuple[str, ...]) -> None:
        """Fill each article's fields from its removed info bar, read by the label
        readers of a row under a title (:meth:`MetaParser.shaped_row`): one row an
        article, in page order, else none.  A row whose date is not the article's own
        date is another record's (an update's), and gives it nothing."""
        if len(rows) != len(metas) and len(metas) > 1:
            return
        for meta, row in zip(metas, rows, strict=False):
            fields = self.meta.shaped_row(row, near_title=True) or {}
            day = fields.get("published")
            if day and meta.get("published", day) != day:
                continue
            for k, v in fields.items():
                meta.setdefault(k, v)

    def _near_row(self, line: str) -> dict[str, str] | None:
        """Fields of a row read as near a title (:meth:`MetaParser.shaped_row`)."""
        return self.meta.shaped_row(line, near_title=True)

    def parse_meta_line(self, line: str) -> dict[str, str] | None:
        """Fields of one metadata line (see :meth:`MetaParser.parse_meta_line`).

        >>> SplitFinder().parse_meta_line("索 引 号：001-2020-03 ｜ 发文机关：某市人民政府")
        {'index_no': '001-2020-03', 'issuer': '某市人民政府'}
        """
        return self.meta.parse_meta_line(line)

    def header_row(self, line: str) -> list[str] | None:
        """Fields of a table header row made only of labels ('发文机关 | 发文字号')."""
        return self.meta.header_row(line)

    def is_header_line(self, line: str) -> bool:
        """True when ``line`` has the form of an article header (any number)."""
        s = line.strip()
        return bool(s) and s[0] in _HEADER_START and any(rx.match(s) for _, rx in self.t.headers)

    # -- the stage ------------------------------------------------------------------
    def find_headers(
        self, lines: list[str], *, numbered: list[int] | None = None
    ) -> list[tuple[int, str, str]]:
        """``(line index, header rule, title)`` of the accepted article headers.

        ``numbered`` collects the lines that may be generic headers (a number or bracket
        at either end: :func:`numbered_line`) for :meth:`find_generic_headers`.
        """
        found: list[tuple[int, str, str]] = []
        expected = 1
        strip = stripped(lines)
        if numbered is not None:
            numbered += self.numbered_lines(lines)
        for i in [i for i, s in enumerate(strip) if s[:1] in _HEADER_START]:
            s = strip[i]
            if len(s) > 130:
                continue
            for name, rx in self.t.headers:
                m = rx.match(s)
                if m is None:
                    continue
                n = _num(m)
                if n == 1 and found and contents_list([h[0] for h in found], strip):
                    found, expected = [], 1  # the run so far listed the pieces: a contents
                if n == expected:
                    found.append((i, name, counted_title(strip, i, m["title"].strip())))
                    expected += 1
                    break
        if contents_list([h[0] for h in found], strip):
            found = []  # a contents list and no pieces under it: no headers
        return found or self.find_fallback_headers(lines)

    @staticmethod
    def numbered_lines(lines: list[str]) -> list[int]:
        """The lines that may be generic headers (a number or bracket at either end:
        :func:`numbered_line`), for :meth:`find_generic_headers`."""
        return [i for i, s in enumerate(stripped(lines)) if s and len(s) <= 80 and numbered_line(s)]

    def _row_reader(self, line: str) -> dict[str, str] | None:
        """A metadata row's fields, read as right by a title (:func:`split_above.rows_above`)."""
        return self.meta.shaped_row(line, near_title=True)

    def _under_header(self, line: str) -> bool:
        """A metadata row under a numbered header (:meth:`MetaParser.below_title`), or a
        source's dateline (:meth:`MetaParser.name_date`): :func:`judge` asks it of the
        line under every header of a run."""
        return self.meta.below_title(line) or self.meta.name_date(line) is not None

    def _row_under(self, lines: list[str], i: int) -> bool:
        """Is the first non-empty line under line ``i`` a row :meth:`_under_header` reads
        or a dash-led byline ('——某班　某甲', :func:`split_dash_byline.dash_byline`)?"""
        below = next((s.strip() for s in lines[i + 1 :] if s.strip()), "")
        return bool(below) and (self._under_header(below) or dash_byline(below) is not None)

    def _foot_line(self, line: str) -> bool:
        """A credit or source row closing a piece (:func:`split_foot.foot_row`)."""
        return foot_row(line, self.meta.field_of) is not None

    def _closing_row(self, line: str) -> bool:
        """A row that may close a piece of a compilation: a metadata row
        (:meth:`_under_header`) or a credit or source row (:meth:`_foot_line`,
        ``资料提供：某课``)."""
        return self._under_header(line) or self._foot_line(line)

    def _foot_fields(self, line: str) -> dict[str, str]:
        """The fields of a credit or source row closing a piece: who supplied it is
        its issuer and where it comes from (:func:`split_foot.supplier`)."""
        return supplier(foot_row(line, self.meta.field_of) or {})

    def _closing_fields(self, line: str) -> dict[str, str]:
        """The fields of a row closing a piece: a credit or source row's
        (:meth:`_foot_fields`), else a metadata row's as right by a title
        (:meth:`_row_reader`: a seal row ``召回企业：某厂（盖章）　2021年2月9日``)."""
        return self._foot_fields(line) or self._row_reader(line) or {}

    def find_fallback_headers(self, lines: list[str]) -> list[tuple[int, str, str]]:
        """Numbered document-title lines (``1. …总结``) when no header form occurs."""
        return fallback_headers(lines, self.t.fallback, self.t.title_endings)

    def _verdict(self, lines: list[str], run: list[Candidate]) -> str:
        """The judge's verdict on ``run`` with its titles read as the loop reads them."""
        run = titles_under_frames(lines, titles_below(lines, run), self._under_header)
        return judge(lines, run, self.t.title_endings, self._under_header, self._foot_line)

    def find_generic_headers(
        self,
        lines: list[str],
        numbered: list[int] | None = None,
        headings: tuple[str, ...] = (),
    ) -> tuple[list[tuple[int, str, str]], dict[str, object] | None]:
        """Headers from the page's own numbering (:mod:`split_headers`), and the run the
        evidence could not decide (the page stays one article, flagged), if any;
        ``headings``: the page's own HTML headings (its ``<h1>`` left out)."""
        unsure: dict[str, object] | None = None
        # numbered runs first; un-numbered ones (a repeated bullet glyph or bracketed
        # word) only after, then a series word's runs ('…之二：', split_marks)
        nums, kicks = kicker_titles(lines, numbered_runs(lines, numbered))
        runs = itertools.chain(
            nums,
            bullet_runs(lines),
            counter_runs(lines),
            cell_runs(lines),
            word_runs(lines),
            framed_runs(lines),
            series_runs(lines),
            offsets := offset_runs(lines, numbered),
        )
        for run in runs:
            original = next((o for k, o in kicks if k is run), None)
            if original is not None and "split" != self._verdict(lines, original):
                run = original  # the kicker reading titles a split, never makes one
            elif original is not None and "split" != self._verdict(lines, run):
                run = original  # nor unmakes one: the rows' own words stay the titles
            kicked = kicker_rule(run, offsets) or kicker_rule(run, [k for k, _ in kicks])
            if not kicked and framed_tags([c.title for c in run]):
                # '#某类#　第2条' files the piece under a class: the title line below the
                # row is the piece's first line of text, as under a kicker (split_tag_heads)
                kicked = TITLE_IS_TEXT
            run = titles_below(lines, run)
            run = titles_under_frames(lines, run, self._under_header)
            if not kicked and (under := form_titles(lines, run, self._under_header)):
                # rows of one form, each over a bare title line: the row files the
                # piece, the line under it is its title and first line of text
                run, kicked = under, TITLE_IS_TEXT
            verdict = judge(
                lines, run, self.t.title_endings, self._under_header, self._foot_line, headings
            )
            if verdict == "split":
                if not kicked and badged_headings(lines, run, headings):
                    kicked = TITLE_IS_TEXT  # a badge's title is its heading: a line of text
                titles = unlabelled([c.title for c in run])
                ends = [c.line for c in run[1:]] + [len(lines)]
                bodies = [lines[c.line + 1 : e] for c, e in zip(run, ends, strict=True)]
                if closed_by_rows(bodies, self._under_header):  # sentence-written titles
                    titles = [unstopped(t) for t in titles]
                return [
                    (c.line, kicked or f"generic:{c.shape}", t)
                    for c, t in zip(run, titles, strict=True)
                ], None
            if verdict == "unsure" and unsure is None:
                unsure = {"shape": run[0].shape, "lines": [c.line + 1 for c in run]}
        return [], unsure
