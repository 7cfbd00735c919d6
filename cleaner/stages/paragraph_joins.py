"""Repair rule: paragraphs broken by page breaks (``repair.join_broken_paragraph``).

A line ending mid-sentence in a Han character, followed by the rest of the sentence, is
joined to it, on text pages that look paginated or hard-wrapped; never after a title, a
heading or a caption.  Mixed into :class:`~cleaner.stages.repair.RepairStage`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleaner.edits import Edit
from cleaner.stages.repair_tables import _HAN_RE, HAN, Tables

_DATE_END = re.compile(r"\d{1,2}[日号]$")
_NUM_ITEM = re.compile(r"^\d+[.、．)）]")
_ARTICLE_HEAD = re.compile(r"^(第[一二三四五六七八九十百\d]+篇|篇[一二三四五六七八九十]+)")


class JoinRule:
    """``_join`` and its judgements; needs ``self.t`` (the repair tables)."""

    t: Tables

    # a form feed between the pages of a document is part of the break
    _JOIN_CAND = re.compile(f"[{HAN}×《“][ \t]*\n[ \t\u3000\n\f]*(?=[^ \t\u3000\n\f])")

    def _join(self, text: str) -> Iterator[Edit]:
        # candidates: a line ending in a Han character (or 《 “ ×) followed by more text
        t = self.t
        breaks: list[tuple[re.Match[str], str]] = []
        for m in self._JOIN_CAND.finditer(text):
            nl = text.index("\n", m.start())
            cur = text[text.rfind("\n", 0, nl) + 1 : nl].rstrip()
            nxt_end = text.find("\n", m.end())
            nxt = text[m.end() : len(text) if nxt_end == -1 else nxt_end]
            if not self._is_broken(cur, nxt):
                continue
            # never after a title, a heading or a caption, nor before a caption
            if self._heading_like(cur, nxt) or t.caption.search(cur) or t.caption.search(nxt):
                continue
            breaks.append((m, cur))
        if not breaks:
            return
        paginated = self._paginated(text, len(breaks))
        for m, cur in breaks:
            if not (paginated or len(cur) >= t.long_break):
                continue
            yield Edit(m.start() + 1, m.end(), "", "repair.join_broken_paragraph", "delete")

    def _paginated(self, text: str, n_breaks: int) -> bool:
        """Does the page look cut into pages or hard-wrapped (so a line break can fall
        inside a sentence)?  A page mark (form feed, '- 3 -', '第3页') says so; otherwise
        several lines, and a share of the long lines, must end mid-sentence.  A page
        whose only such line is a long title or a caption does not qualify (a single
        paragraph-length line that stops mid-sentence is joined anyway: see
        ``long_line_len``)."""
        t = self.t
        if t.page_marks.search(text):
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
