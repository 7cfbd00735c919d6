"""Repair rule: paragraphs broken by page breaks (``repair.join_broken_paragraph``).

A line ending mid-sentence in a Han character, followed by the rest of the sentence, is
joined to it, on text pages that look paginated or hard-wrapped; never after a title, a
heading or a caption.  Mixed into :class:`~cleaner.stages.repair.RepairStage`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from cleaner.edits import Edit
from cleaner.stages.cell_cut import cell_gap_at_cut
from cleaner.stages.cell_gaps import BARS
from cleaner.stages.cell_row_ends import _cells, cell_row_end, table_row_end
from cleaner.stages.folio_heads import folio_head, split_head
from cleaner.stages.join_lines import (
    _dated_clause,
    _folio_cut,
    _title_parts,
    field_run_end,
    field_runs_on,
    label_rows,
)
from cleaner.stages.page_marks import (
    break_mark,
    head_shown,
    labelled_clause,
    numbered_marks,
    opens_piece,
    paragraph_cut,
)
from cleaner.stages.print_heads import print_foot, repeats_first_line
from cleaner.stages.repair_tables import _HAN_RE, HAN, Tables
from cleaner.stages.reply_marks import mark_label, reply_marks
from cleaner.stages.verse import in_verse

_DATE_END = re.compile(r"\d{1,2}[日号]$")


def _row(text: str, core: str, n: int = 3) -> bool:
    """Is ``core`` a table's row printed once (``n`` or more cells apart by wide gaps or
    bars), not a running head: a head repeats on the page or has two parts."""
    return text.count(core) < 2 and len(_cells(core)) >= n


def _line_after(text: str, le: int) -> str:
    """The next line with text after the line ending at ``le`` ('' at the page's end)."""
    while le != -1 and le < len(text):
        start = le + 1
        le = text.find("\n", start)
        line = text[start : len(text) if le == -1 else le].strip()
        if line:
            return line
    return ""


def _mark_deletes(text: str, start: int, end: int, cur: str) -> Iterator[Edit]:
    """Delete the page mark's lines between ``start`` and ``end``, keeping any line there
    that is a row of the table ``cur`` belongs to (one cell fewer at least: a row printed
    a little wider than the others, taken for a running head)."""
    n = max(2, len(_cells(cur)) - 1)
    pos = start
    while pos < end:
        le = text.find("\n", pos, end)
        le = end if le == -1 else le + 1
        if _row(text, text[pos:le].strip(), n):
            if pos > start:
                yield Edit(start, pos, "", "repair.page_mark", "delete")
            start = le
        pos = le
    if start < end:
        yield Edit(start, end, "", "repair.page_mark", "delete")


_DATED = re.compile(r"\d{4}[ \t]*[年/.\-－][ \t]*\d{1,2}")
# the wide gap between the parts of a running head set out across the page, or a bar
# spaced on both sides that stands for it ('某某公司　｜　2021-007号公告': cell_gaps' bars)
_WIDE_GAP = re.compile(rf"\S(?:\u3000{{3,}}|[ \t]{{4,}}|[ \t\u3000]+[{BARS}][ \t\u3000]+)\S")
_NUM_ITEM = re.compile(r"^\d+[.、．)）]")
_NUMERAL = re.compile(r"[一二三四五六七八九十百\d]+")


def _item_key(marker: str) -> str:
    """An item marker with its number left out: ``（二）`` and ``（五）`` are siblings.

    >>> _item_key("（二）") == _item_key("（十一）"), _item_key("（二）") == _item_key("二、")
    (True, False)
    """
    return _NUMERAL.sub("#", marker)


# a line that ends one sentence and stops inside the next one, cut between two Han
# characters ('……已经竣工。据介' over '绍，……'): a heading holds no sentence end
_RUN_ON = re.compile(f"[。！？][^。！？]*[{HAN}]$")
_ARTICLE_HEAD = re.compile(r"^(第[一二三四五六七八九十百\d]+篇|篇[一二三四五六七八九十]+)")


class JoinRule:
    """``_join`` and its judgements; needs ``self.t`` (the repair tables)."""

    t: Tables

    # a line that may run on: it ends in a Han character (or 《 “ ×), a comma, a digit
    _LINE_END = re.compile(f"[{HAN}×《“，、,0-9０-９][ \t]*\n")
    # the same line ends (match.end() is the same), found from the newline or the first
    # space or tab before it: every branch starts with a literal, so re skips to the next
    # '\n', ' ' or '\t' at C speed, where _LINE_END's first class matches nearly every
    # character of a Chinese page; the lookbehind checks the character before them
    _LINE_END_FAST = re.compile(
        f"\n(?<=[{HAN}×《“，、,0-9０-９]\n)"
        f"| (?<=[{HAN}×《“，、,0-9０-９] )[ \t]*\n"
        f"|\t(?<=[{HAN}×《“，、,0-9０-９]\t)[ \t]*\n"
    )

    def _join(
        self,
        text: str,
        seen: Callable[[str], bool] | None = None,
        verse: list[tuple[int, int]] | None = None,
        *,
        folios: Callable[[], bool] | None = None,
        folio_gap: Callable[[int, int], bool] | None = None,
    ) -> Iterator[Edit]:
        """The joins of ``text``; ``seen(line)``: does the page's site print the shape of a
        lone numbered mark on its pages (:func:`~cleaner.stages.page_marks.numbered_runs`);
        ``verse`` receives the spans of the line breaks kept because they are line ends
        of verse (:func:`~cleaner.stages.verse.in_verse`); ``folios()``: did the boilerplate
        stage take the page's printed folios out (:mod:`~cleaner.stages.page_folio`;
        asked only where a line end is a join candidate)?  Then the page is paginated
        though no mark is left on it (a page cut early in a paragraph, its line short
        and whole-worded, is joined as where the mark stayed).  ``folio_gap(start, end)``:
        did the boilerplate stage take a printed folio out between these offsets (the blank
        lines a page foot left, :func:`~cleaner.stages.page_folio.folio_points`)?  Then
        the gap is crossed as a page mark: the line above it is cut by the page's end."""
        t = self.t
        plain: list[tuple[int, int, str]] = []  # needs the page to look paginated
        sure: list[tuple[int, int, str]] = []
        numbered_mark = numbered_marks(text, t.bare_marks, t.bare_max, seen)
        rows: list[frozenset[str]] = []

        def reply_rows() -> frozenset[str]:
            if not rows:
                lines = [x.strip() for x in text.split("\n")]
                rows.append(frozenset(lines[i] for i in reply_marks(lines)))
            return rows[0]

        for m in self._LINE_END_FAST.finditer(text):
            nl = m.end() - 1
            ls = text.rfind("\n", 0, nl) + 1
            if nl - ls < t.mark_min:
                continue  # every kind of break needs a line at least this long
            cur = text[ls:nl].rstrip(" \t\u3000")
            if len(cur.strip()) < t.mark_min:
                continue
            gap = self._gap(text, nl + 1, numbered_mark)
            if gap is None:
                continue
            cstart, marked, content, weak, numbered = gap
            if (
                not marked
                and folio_gap is not None
                and cstart > nl + 1
                and folio_gap(nl + 1, cstart)
            ):
                # a page's foot and folio stood in the blank gap: a mark only for a line
                # cut mid-clause (Han both sides), never a row of cells or a label's row
                if _folio_cut(cur, text, cstart):
                    marked = True
            if content and opens_piece(text, cstart):
                continue  # a number over the next piece's title and dated row
            le = text.find("\n", cstart)
            nxt = text[cstart : len(text) if le == -1 else le].rstrip()
            if numbered and not (_HAN_RE.match(cur[-1]) and _HAN_RE.match(nxt[:1])):
                continue  # a numbered mark is a page break only where it cuts a word
            if weak and not (
                any(ch in "，,、；;" for ch in cur)
                or labelled_clause(cur.strip(), nxt)
                or (_RUN_ON.search(cur) and _HAN_RE.match(nxt[:1]))
                or (
                    not numbered
                    and paragraph_cut(
                        text[text.rfind("\n", 0, ls - 1) + 1 : ls - 1] if ls else "", cur, nxt
                    )
                )
            ):
                continue  # a weak mark cuts a clause, not a title or a heading
            if len(nxt) >= t.mark_min and cur.strip().startswith(nxt.strip()):
                continue  # a saved page title ('标题 - 栏目 - 网站') over its own headline
            if field_run_end(text, ls, cur) and not field_runs_on(cur, nxt):
                # the last of a run of short 'label：value' rows is a whole row: the mark
                # under it goes, the line under the mark stays a line of its own
                if content:
                    yield Edit(nl + 1, cstart, "", "repair.page_mark", "delete")
                continue
            if not content and label_rows(cur, nxt):
                continue  # '列席：某局、某局' over '请假：某某': two rows, no cut sentence
            if cell_row_end(cur, nxt, marked=marked or content):
                continue  # '编号：…　｜　地点：某市' over '简介：…': a row of cells ends whole
            above = text[text.rfind("\n", 0, ls - 1) + 1 : ls - 1] if ls else ""
            if table_row_end(cur, nxt, above, _line_after(text, le), marked=marked or content):
                # '3　　某公司　　22,200.00　　扶老' over the next row of the table: the
                # mark between the rows goes, the rows stay lines of their own
                if content:
                    yield from _mark_deletes(text, nl + 1, cstart, cur)
                continue
            if mark_label(nxt.strip()) is not None and nxt.strip() in reply_rows():
                continue  # '回复 · 2' heads the next reply of a thread (reply_marks)
            rule = "repair.join_broken_paragraph" + (".page_mark" if content else "")
            edit = (ls + len(cur), cstart, rule)
            kind = self._break_kind(cur, nxt, marked=marked)
            if kind is None and content and not weak and self._item_cut(text, cur, nxt):
                kind = "sure"
            if kind is not None and in_verse(text, ls, cstart, cur, t.verse):
                if verse is not None:
                    verse.append((ls + len(cur), cstart))
                continue  # a line end of verse is the form, not a break
            if kind == "sure":
                sure.append(edit)
            elif kind == "plain":
                plain.append(edit)
        if not (plain or sure):
            return
        paginated = (folios is not None and folios()) or self._paginated(
            text, len(plain) + len(sure)
        )
        disciplined = not paginated and bool(plain) and self._disciplined(text, len(plain))
        for s, e, rule in sorted(sure + plain):
            if (s, e, rule) in plain and not paginated:
                cur = text[text.rfind("\n", 0, s) + 1 : s]
                # on a page whose paragraphs all end their sentences, a line holding a
                # whole sentence that then stops is cut (a title or a list entry holds no
                # sentence end: '周刊（第 68 期）：关注能力的成长，胜于关注待遇')
                inner = disciplined and "。" in cur
                if len(cur) < t.long_break and not inner:
                    continue
            le = text.find("\n", e)
            nxt = text[e : len(text) if le == -1 else le]
            if cut_gap := cell_gap_at_cut(text[text.rfind("\n", 0, s) + 1 : s], nxt):
                # a row of even cells cut between two whole cells: the gap goes back
                yield Edit(s, e, cut_gap, rule, "replace")
                continue
            yield Edit(s, e, "", rule, "delete")

    def _deleted_mark(self, core: str) -> bool:
        """Would the join read the stripped line ``core`` as a weak page mark of
        ``break_marks``, had it stayed on the page (a print view's framed mark)?  Asked of
        the lines the boilerplate stage took out: where one stood between the halves of a
        clause, the page turned there (:func:`~cleaner.stages.page_folio.counted_points`).
        A bare page number (``第 1 页``, ``page_marks``) is not asked: taken out alone it is
        no proof of a turn (a sheet's counter with its total is, :func:`counted_folio`),
        and a numbered mark needs its run on the page."""
        return bool(core) and break_mark(core, self.t.break_marks)

    def _item_cut(self, text: str, cur: str, nxt: str) -> bool:
        """``cur`` is a numbered item (``（二）…``) that a page mark cuts: a sibling item of
        the page (the same marker, another number) holds a whole sentence, so the items
        of this list are sentences, not headings; and ``nxt``, the text under the mark,
        is the rest of a sentence (it opens with a Han character, opens no item, and
        ends a sentence).  A heading over a page mark has headings for siblings."""
        t = self.t
        core = cur.strip()
        m = t.next_not.match(core)
        if m is None or not _HAN_RE.match(core[-1]) or len(core) < t.mark_min:
            return False
        nxt = nxt.strip()
        if not _HAN_RE.match(nxt[:1]) or t.next_not.match(nxt) or _NUM_ITEM.match(nxt):
            return False
        if not t.sentence_final.search(nxt) or "://" in nxt:
            return False
        key = _item_key(m.group())
        for line in text.split("\n"):
            other = line.strip()
            om = t.next_not.match(other)
            if om is None or other == core or _item_key(om.group()) != key:
                continue
            if (
                len(other) >= t.join_min
                and t.sentence_final.match(other[-1])
                and any(ch in t.clause_punct and ch not in "：:" for ch in other)
            ):
                return True
        return False

    def _disciplined(self, text: str, n_breaks: int) -> bool:
        """Does every other paragraph of the page end its sentence?  Then a paragraph line
        that stops mid-sentence is the page's one anomaly: a break, not a sloppy ending.
        Needs ``disciplined_min`` long lines that end with sentence-final punctuation
        and no long line without it other than the ``n_breaks`` candidates."""
        t = self.t
        ended = open_ = 0
        for line in text.split("\n"):
            core = line.strip()
            if len(core) < t.join_min:
                continue
            if t.sentence_final.match(core[-1]) or core[-1] in "：:”’）)":
                ended += 1
            else:
                open_ += 1
        return ended >= t.disciplined_min and open_ <= n_breaks

    def _gap(
        self, text: str, pos: int, numbered_mark: Callable[[str], bool]
    ) -> tuple[int, bool, bool, bool, bool] | None:
        """Where the next content line starts after a line break at ``pos``, skipping blank
        lines, form feeds, page-number lines and a running header repeated after one:
        ``(start, a page mark was crossed, a line with text was crossed, the mark was
        weak, the mark was a numbered one)``, or None at the end of the page.  A weak mark
        (``break_marks``: a pager line, a labelled running foot, a lone Roman numeral) is a
        page break only when the line above holds a clause that it cuts; a numbered mark
        (``bare_marks``: ``[2]``, ``（2）``, ``第2屏``) is a weak mark of the page's numbering
        run (``numbered_mark``, :func:`~cleaner.stages.page_marks.numbered_marks`) that
        must cut a word, Han on both sides."""
        t = self.t
        marked = content = weak = numbered = folio = pair = False
        n = len(text)
        while pos < n:
            le = text.find("\n", pos)
            le = n if le == -1 else le
            line = text[pos:le]
            core = line.strip(" \t\u3000\f")
            if not core:
                marked = marked or "\f" in line
            elif t.page_marks.fullmatch(core):
                marked = content = True
            elif not content and break_mark(core, t.break_marks) and head_shown(core, text):
                marked = content = weak = True
            elif not content and numbered_mark(core):
                marked = content = weak = numbered = True
            elif not content and print_foot(core):
                marked = content = weak = True  # a sheet's print footer (print_heads)
            elif (not content or pair) and folio_head(core, text):
                # an issue's running head and folio; on two lines (split_head), both
                pair = not content and split_head(core, text)
                marked = content = weak = folio = True
            elif (marked or not content) and repeats_first_line(text, core):
                weak = weak or not content  # a sheet's print header (print_heads)
                marked = content = True
            elif marked and not folio and self._running(text, core) and not _row(text, core):
                # (a running head with its folio pulls in no further line: a table's
                # rows under a row taken for one would all go)
                content = True
            else:
                lead = len(line) - len(line.lstrip(" \t\u3000\f"))
                marked = marked or "\f" in line[:lead]
                return pos + lead, marked, content, weak, numbered
            pos = le + 1
        return None

    def _running(self, text: str, core: str) -> bool:
        """A running header: a short line without sentence punctuation that the page
        repeats, or that is set out across the page's width, its parts apart by a wide
        gap (a PDF's head: '某某公司　　　　2021-007号公告', printed once when the text
        turns one page); found only right after a page mark."""
        t = self.t
        return (
            len(core) <= t.running_max
            and not t.sentence_final.search(core)
            and (
                text.count(core) >= 2
                or _WIDE_GAP.search(core) is not None
                or _title_parts(text, core)
            )
        )

    def _break_kind(self, cur: str, nxt: str, *, marked: bool) -> str | None:
        """``"sure"``: the line runs on whatever the page looks like (it ends in a comma,
        the next starts with closing punctuation, or a page mark cuts it); ``"plain"``:
        it looks cut mid-sentence, joined on pages that look paginated; None: keep."""
        kind = self._shape_kind(cur, nxt, marked=marked)
        if kind is None:
            return None
        t = self.t
        if "://" in cur or "://" in nxt or t.caption.search(cur) or t.caption.search(nxt):
            return None
        return kind

    def _shape_kind(self, cur: str, nxt: str, *, marked: bool) -> str | None:
        """:meth:`_break_kind` from the shapes of the two lines (cheap tests first)."""
        t = self.t
        if not nxt:
            return None
        core = cur.strip()
        first = nxt[0]
        if first in t.closing_start:
            return "sure" if len(core) >= t.mark_min else None
        starts = bool(_HAN_RE.match(first)) or first in "×《“" or first.isdigit()
        if not starts:
            return None
        last = core[-1]
        if last in t.open_end:
            # verse: short lines of even length, each ending in a comma or a stop
            verse = len(nxt) <= t.open_end_min + 4 and abs(len(nxt) - len(core)) <= 2
            if len(core) < t.open_end_min or verse:
                return None
            kind = "sure"
        elif marked and len(core) >= t.mark_min and self._prose_end(core):
            kind = "sure"
        elif not _HAN_RE.match(last) and last not in "×《“":
            return None
        elif not self._is_broken(cur, nxt) or self._heading_like(cur, nxt):
            return None
        else:
            kind = "plain"
        if t.next_not.match(nxt) or _NUM_ITEM.match(nxt) or _ARTICLE_HEAD.match(nxt):
            return None
        return kind

    def _cut_block_kind(self, cur: str, nxt: str) -> str | None:
        """The judgement of a line break where a deleted block cut a paragraph (HTML,
        :mod:`cleaner.stages.block_joins`): the block is the evidence, so only a caption,
        a URL, a title ending or a next line that opens an item or a piece keeps it."""
        t = self.t
        core = cur.strip()
        if (
            not nxt
            or "://" in cur
            or "://" in nxt
            or t.caption.search(cur)
            or t.caption.search(nxt)
        ):
            return None
        if core.endswith(t.title_endings) or _DATE_END.search(core):
            return None
        if t.next_not.match(nxt) or _NUM_ITEM.match(nxt) or _ARTICLE_HEAD.match(nxt):
            return None
        return "sure"

    def _prose_end(self, core: str) -> bool:
        """The line can stop mid-sentence: no title ending, date, or numbered heading."""
        t = self.t
        if core.endswith(t.title_endings):
            return False
        if _DATE_END.search(core) and not _dated_clause(core, t.sentence_final):
            return False
        # a numbered line holding clause punctuation is a clause that runs on ('第五条　…，…'),
        # and so is one holding a whole sentence before its open end ('第五条　…。各…')
        return not (
            len(core) < 50
            and t.next_not.match(core)
            and not any(ch in t.clause_punct and ch not in "：:" for ch in core)
            and not (_HAN_RE.match(core[-1]) and t.sentence_final.search(core, 0, len(core) - 1))
        )

    def _paginated(self, text: str, n_breaks: int) -> bool:
        """Does the page look cut into pages or hard-wrapped (so a line break can fall
        inside a sentence)?  A page mark (form feed, '- 3 -', '第3页') says so; otherwise
        several lines, and a share of the long lines, must end mid-sentence.  A page
        whose only such line is a long title or a caption does not qualify (a single
        paragraph-length line that stops mid-sentence is joined anyway: see
        ``long_line_len``)."""
        t = self.t
        if t.page_marks_scan.search(text):
            return True
        if n_breaks < t.min_breaks:
            return False
        long_lines = sum(len(line) >= t.join_min for line in text.split("\n"))
        return n_breaks >= t.min_break_share * long_lines

    def _heading_like(self, cur: str, nxt: str) -> bool:
        """A title or heading: short, no sentence-final punctuation, at most one comma,
        and followed by a longer line ('主要工作' before its paragraph)."""
        t = self.t
        core = cur.strip()
        if len(core) > t.heading_max or len(nxt.strip()) <= len(core):
            return False
        if t.sentence_final.search(core):
            return False
        return sum(ch in t.clause_punct and ch not in "：:" for ch in core) <= t.heading_commas

    def _is_broken(self, cur: str, nxt: str) -> bool:
        t = self.t
        if len(cur) < t.join_min or not nxt:
            return False
        last = cur[-1]
        if not (_HAN_RE.match(last) or last in "×《“"):
            return False
        if not any(ch in t.clause_punct for ch in cur):
            return False
        if _DATED.search(cur) and not any(ch in t.clause_punct and ch not in "：:" for ch in cur):
            return False  # a dateline or credit row ('文/某　2019年09月14日　浏览：186次')
        if cur.endswith(t.title_endings) or _DATE_END.search(cur) or "://" in cur:
            return False  # a title, a dated line, a line of links: not prose
        # a numbered heading ('一、…', '（二）…') is not a broken sentence unless it is long
        if len(cur) < 50 and t.next_not.match(cur):
            return False
        first = nxt[0]
        if not (_HAN_RE.match(first) or first in "×《“" or first.isdigit()):
            return False
        if t.next_not.match(nxt) or _NUM_ITEM.match(nxt):
            return False
        # the rest of a sentence is a line of prose or ends the sentence; a short line
        # without punctuation ('21 20:15', a user name) is an item of its own
        if len(nxt.strip()) < t.join_min and not (
            t.sentence_final.search(nxt) or any(ch in t.clause_punct for ch in nxt)
        ):
            return False
        return not _ARTICLE_HEAD.match(nxt)
