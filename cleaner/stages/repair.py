"""Stage 2: repair encoding damage and scraping artifacts, one recorded step per rule.

Rules run in a fixed order, each over the whole page as its own step (so each can be
inverted on its own): ftfy for mojibake, stray ``?``, ``○``→``〇``, spaces inside CJK
words, glued timestamps, half-width punctuation, broken paragraphs, whitespace, and
(optionally) placeholder masking.  The tables behind the rules are in
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
from cleaner.rules import load_table
from cleaner.stages.charscan import Scanner
from cleaner.stages.codelines import code_spans

NAME = "repair"

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇"
_HAN_RE = re.compile(f"[{HAN}]")
_NON_HAN_RE = re.compile(f"[^{HAN}]+")
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

_DATE_END = re.compile(r"\d{1,2}[日号]$")
_NUM_ITEM = re.compile(r"^\d+[.、．)）]")
_ARTICLE_HEAD = re.compile(r"^(第[一二三四五六七八九十百\d]+篇|篇[一二三四五六七八九十]+)")
_HALF_PUNCT = ",;:?!()"
_VERSE_NO = re.compile("其[一二三四五六七八九十]+$")
_SENTENCE_PUNCT = re.compile("[，。；！？,;!?]")
_SPACES = re.compile("[ \t\u3000]+")

_HAN_CLASS = f"[{HAN}]"
_CJK_CTX = f"[{HAN}{re.escape(CJK_PUNCT)}]"
# , ; : ? ! after a Han character, before Han / CJK punctuation / line end
_PUNCT_SIMPLE = Scanner(re.compile(f"(?<={_HAN_CLASS})[,;:?!](?=[ \t]*(?:{_CJK_CTX}|$))", re.M))
# ( … ) whose content starts and ends with Han and which touches Han or a line start
_PUNCT_PAREN = Scanner(
    re.compile(
        f"(?:(?<={_CJK_CTX})|^)\\(({_HAN_CLASS}[^()\\n]{{0,120}}?{_HAN_CLASS}|{_HAN_CLASS})\\)",
        re.M,
    )
)
_INDENT = Scanner(re.compile(r"(?:(?<=\n)|^)[ \t\u3000\u00a0]+(?=\S)"))

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
    stray_question, zero_circle, cjk_spaces, timestamps, join_paragraphs, whitespace:
        Switch each artifact repair (all ``True`` by default).
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
    cjk_spaces: bool = True
    timestamps: bool = True
    cjk_punct: bool = True
    join_paragraphs: bool = True
    whitespace: bool = True
    placeholder_policy: PlaceholderPolicy = "keep"
    mask_token: str = "[REDACTED]"
    max_placeholder_ratio: float = 0.05


class Tables:
    """Compiled tables from ``rules/repair.toml``; built once per run."""

    def __init__(self) -> None:
        t = load_table("repair")
        self.placeholder = re.compile(
            "|".join(f"(?:{p['regex']})" for p in t["placeholders"]["pattern"])
        )
        # the characters a placeholder run can start with, read from the patterns: only
        # there is the regex tried (see placeholder_runs)
        self.placeholder_scan = Scanner(self.placeholder)
        sq = t["stray_question"]
        self.sq_after = Scanner(re.compile(f"(?<={sq['after_punct']})[?？]+(?=[ \t]*$)", re.M))
        self.sq_sig_max = int(sq["signature_max_len"])
        self.question_words = tuple(sq["question_words"])
        zc = t["zero_circle"]
        nums = re.escape(zc["numerals"])
        self.zero_run = re.compile(f"[{nums}]*○[{nums}]*(?=[{re.escape(zc['followers'])}])")
        j = t["join"]
        self.join_min = int(j["min_len"])
        self.clause_punct = set(j["clause_punct"])
        self.title_endings = tuple(j["title_endings"])
        self.next_not = re.compile(j["next_not"])
        self.page_marks = re.compile(j["page_marks"], re.M)
        self.min_breaks = int(j["min_breaks"])
        self.min_break_share = float(j["min_break_share"])
        self.heading_max = int(j["heading_max_len"])
        self.long_break = int(j["long_line_len"])
        self.heading_commas = int(j["heading_max_commas"])
        self.sentence_final = re.compile(f"[{re.escape(j['sentence_final'])}]")
        self.caption = re.compile(j["caption"])
        cs = t["cjk_space"]
        self.space_heading_max = int(cs["heading_max_len"])
        self.numerals = frozenset(cs["numerals"])
        self.phrase_max = int(cs["phrase_max_len"])
        d = t["debris"]
        self.debris = re.compile(d["regex"])
        self.debris_line_max = float(d["line_max_share"])
        ts = t["timestamp"]
        self.timestamp = Scanner(re.compile(ts["regex"], re.M))
        self.ts_max = int(ts["max_line_len"])
        self.punct_map: dict[str, str] = dict(t["cjk_punct"]["map"])


_TABLES: Tables | None = None


def tables() -> Tables:
    """The compiled repair tables (loaded on first use, then shared read-only)."""
    global _TABLES
    if _TABLES is None:
        _TABLES = Tables()
    return _TABLES


def han_ratio(text: str, *, sample: int = 500) -> float:
    """Share of Han characters among non-space characters (of the first ``sample`` chars)."""
    text = text[:sample]
    chars = len(text) - text.count(" ") - text.count("\n")
    if chars <= 0:
        return 0.0
    # joining what lies between non-Han runs counts Han characters ~4x faster than findall
    return len("".join(_NON_HAN_RE.split(text))) / chars


def placeholder_runs(text: str) -> list[tuple[int, int]]:
    """Spans of redaction placeholder runs (``××××``, ``×``, ``XX`` in CJK context …).

    The same spans as ``placeholder.finditer(text)``; the regex is only tried where a run
    can start (see :class:`~cleaner.stages.charscan.Scanner`).
    """
    return [m.span() for m in tables().placeholder_scan.finditer(text)]


def debris_share(text: str) -> float:
    """Share of non-space characters that are U+FFFD or part of ``锟斤拷`` runs (0–1).

    Such characters stand for bytes that were lost (replaced while decoding, or UTF-8
    replacement characters read back as GBK); nothing can repair them.  Real pages with a
    damaged character or two measure below 0.01 (development set and bench pool: at most
    0.0064 over 71,792 texts); the damaged GBK page of the development set measures 0.75.

    Examples
    --------
    >>> debris_share("正常的文字")
    0.0
    >>> debris_share("锟斤拷锟斤拷 ab")
    0.75
    """
    if "\ufffd" not in text and "锟斤拷" not in text:
        return 0.0
    chars = len(text) - sum(map(text.count, " \t\n\r\u3000"))
    if chars <= 0:
        return 0.0
    return sum(len(m) for m in tables().debris.findall(text)) / chars


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


class RepairStage:
    """Apply every enabled repair to a page, one step per rule."""

    name = NAME

    def __init__(self, config: RepairConfig | None = None) -> None:
        self.config = config or RepairConfig()
        self.t = tables()

    def __call__(self, editor: Editor, *, kind: str = "text") -> None:
        """Repair ``editor``'s page in place, one recorded step per rule.

        ``kind`` says where the text came from: ``"text"`` (a text file, the default) or
        ``"html"`` (extracted from HTML/WARC: its line breaks are block boundaries from
        the markup, so broken paragraphs are never joined).
        """
        if kind not in PAGE_KINDS:
            raise ValueError(f"kind must be one of {PAGE_KINDS}, not {kind!r}")
        cfg = self.config
        chinese = han_ratio(editor.text) >= 0.3
        if cfg.encoding:
            editor.apply(NAME, self._ftfy(editor.text))
        # code is left as it is by every artifact rule; pages without code (nearly all)
        # skip the guard after this one look
        code = bool(code_spans(editor.text))

        def apply(rule: Callable[[str], Iterable[Edit]]) -> None:
            text = editor.text
            edits = rule(text)
            editor.apply(NAME, _outside(edits, code_spans(text)) if code else edits)

        if cfg.stray_question:
            apply(self._stray_question)
        if cfg.zero_circle:
            apply(self._zero_circle)
        if cfg.cjk_spaces:
            apply(self._cjk_spaces)
        if cfg.timestamps:
            apply(self._timestamps)
        if cfg.cjk_punct and chinese:
            apply(self._cjk_punct)
        if cfg.join_paragraphs and kind == "text":
            apply(self._join)
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
            fixed, plan = ftfy.fix_and_explain(line, config=FTFY_CONFIG)
            if fixed != line:
                steps = [list(step) for step in plan or []]
                names = sorted({str(step[1]) for step in steps})
                rule = "repair.encoding." + ("+".join(names) if names else "ftfy")
                yield Edit(s, e, fixed, rule, ref=json.dumps(steps, ensure_ascii=False))

    # -- stray '?' ------------------------------------------------------------------
    _SIG_Q = Scanner(re.compile(f"(?<=[{HAN}])[?？]{{2,}}(?=[ \t]*$)", re.M))

    def _stray_question(self, text: str) -> Iterator[Edit]:
        if "?" not in text and "？" not in text:
            return
        t = self.t
        for m in t.sq_after.finditer(text):
            yield Edit(m.start(), m.end(), "", "repair.stray_question.after_punct", "delete")
        for m in self._SIG_Q.finditer(text):
            body = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
            if len(body) > t.sq_sig_max or any(w in body for w in t.question_words):
                continue
            yield Edit(m.start(), m.end(), "", "repair.stray_question.signature", "delete")

    # -- ○ as zero ------------------------------------------------------------------
    def _zero_circle(self, text: str) -> Iterator[Edit]:
        if "○" not in text:
            return
        for m in self.t.zero_run.finditer(text):
            run = m.group()
            if len(run) < 2 or run.count("○") == len(run):
                continue
            yield Edit(m.start(), m.end(), run.replace("○", "〇"), "repair.zero_circle")

    # -- spaces inside CJK words ----------------------------------------------------
    _LETTER_SPACED = re.compile(f"^[ \t\u3000]*(?:[{HAN}][ \t\u3000]+)+[{HAN}][ \t\u3000]*$", re.M)
    _INNER_SPACE = Scanner(re.compile(f"(?<=[{HAN}])[ \t\u00a0]+(?=[{HAN}])"))

    def _cjk_spaces(self, text: str) -> Iterator[Edit]:
        spaced: list[tuple[int, int]] = []
        for m in self._LETTER_SPACED.finditer(text):
            spaced.append(m.span())
            line = m.group()
            core_start = m.start() + (len(line) - len(line.lstrip(" \t\u3000")))
            core = line.strip(" \t\u3000")
            for sm in _SPACES.finditer(core):
                yield Edit(
                    core_start + sm.start(),
                    core_start + sm.end(),
                    "",
                    "repair.cjk_space.letter_spaced",
                    "delete",
                )
        by_line: dict[int, list[re.Match[str]]] = {}
        for m in self._INNER_SPACE.finditer(text):
            if any(a <= m.start() < b for a, b in spaced):
                continue
            by_line.setdefault(text.rfind("\n", 0, m.start()) + 1, []).append(m)
        for line_start, matches in by_line.items():
            # three or more such spaces in a line separate items (verse, name lists): keep
            if len(matches) >= 3:
                continue
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end == -1 else line_end
            line = text[line_start:line_end]
            # a heading/title-like line: its spaces separate phrases ('保持穩定 但日圓疲弱');
            # only a single character split off a word ('完 善推进机制') is an artifact
            heading = len(line.strip()) <= self.t.space_heading_max and not (
                self.t.sentence_final.search(line)
            )
            for m in matches:
                if heading:
                    if not self._splits_word(text, line_start, line_end, m, len(matches)):
                        continue
                elif self._is_separator(text, line_start, line_end, m):
                    continue
                if self._beside_phrase_mark(text, line_start, line_end, m):
                    continue
                yield Edit(m.start(), m.end(), "", "repair.cjk_space.inner", "delete")

    # a digit or bracket at most MARK_REACH Han characters from the space (the Han word
    # beside the space is a unit or a short quoted word: '105.3元 ', ' 維持「持有」')
    MARK_REACH = 4
    _MARK = "0-9０-９%％.．「」『』《》〈〉“”‘’\"'()（）【】〔〕\\[\\]"
    _MARK_BEFORE = re.compile(f"[{_MARK}][{HAN}]{{1,{MARK_REACH}}}$")
    _MARK_AFTER = re.compile(f"[{HAN}]{{1,{MARK_REACH}}}[{_MARK}]")

    def _beside_phrase_mark(self, text: str, ls: int, le: int, m: re.Match[str]) -> bool:
        """The Han word on either side of the space is bounded by a digit or a bracket
        ('目標價至105.3元 維持「持有」評級'): the space separates phrases."""
        reach = self.MARK_REACH + 1
        s = m.start()
        if self._MARK_BEFORE.search(text, max(ls, s - reach), s):
            return True
        return bool(self._MARK_AFTER.match(text, m.end(), min(le, m.end() + reach)))

    def _numeral_token(self, left: str, right: str) -> bool:
        """A bare numeral ('一', '十二') numbers the part before it: the token after the
        space, or the token before it when that follows another token.  A numeral that
        opens the line is a split word ('一 是加强领导', '十 分重要')."""
        nums = self.t.numerals
        lt = left.split()
        rt = right.split()
        return any(
            0 < len(tok) <= 3 and all(ch in nums for ch in tok)
            for tok in (lt[-1] if len(lt) >= 2 else "", rt[0] if rt else "")
        )

    def _splits_word(self, text: str, ls: int, le: int, m: re.Match[str], n: int) -> bool:
        """In a heading, does this space split a word rather than separate phrases?

        It does when one side is a lone non-numeral character ('完 善推进机制'), or when
        it is the line's only such space and one side is longer than a headline phrase
        (a long document title cut once: '…关于做好防治非典 型肺炎有关文件…').
        """
        left = text[ls : m.start()].split()
        right = text[m.end() : le].split()
        ltok = left[-1] if left else ""
        rtok = right[0] if right else ""
        if any(len(tok) == 1 and tok not in self.t.numerals for tok in (ltok, rtok)):
            return True
        return n == 1 and max(len(ltok), len(rtok)) > self.t.phrase_max

    _TOKEN_BREAK = re.compile(f"[^{HAN}]")
    _LABEL = re.compile(
        f"第[{HAN}\\d]{{1,8}}[条章节款编篇部则卷回]$|[日年号]$|其[一二三四五六七八九十]+$"
    )

    def _is_separator(self, text: str, line_start: int, line_end: int, m: re.Match[str]) -> bool:
        """A space that separates a label from text ('第三条 为了…', '第一章 总则',
        '1998年12月16日 国务院批准', '春日二首 其二') rather than splitting a word."""
        left = text[line_start : m.start()]
        breaks = list(self._TOKEN_BREAK.finditer(left))
        token = left[breaks[-1].end() :] if breaks else left
        if len(m.group()) > 1 or self._LABEL.search(token):
            return True  # a word is broken by one space; two or more separate things
        if self._numeral_token(text[line_start : m.start()], text[m.end() : line_end]):
            return True  # a numbered part: '帝京篇十首 一 秦川雄帝宅…'
        right = text[m.end() : line_end]
        rb = self._TOKEN_BREAK.search(right)
        rtoken = right[: rb.start()] if rb else right
        return (rb is None and len(rtoken) <= 4) or bool(_VERSE_NO.match(rtoken))

    # -- timestamps glued to titles -------------------------------------------------
    def _timestamps(self, text: str) -> Iterator[Edit]:
        if ":" not in text:
            return
        for m in self.t.timestamp.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            end = len(text) if end == -1 else end
            if end - start <= self.t.ts_max and m.start() - start >= 4:
                yield Edit(m.start(), m.end(), "", "repair.timestamp_glued", "delete")

    # -- half-width punctuation -----------------------------------------------------
    def _cjk_punct(self, text: str) -> Iterator[Edit]:
        if not any(c in text for c in _HALF_PUNCT):
            return
        pm = self.t.punct_map
        for m in _PUNCT_SIMPLE.finditer(text):
            yield Edit(m.start(), m.end(), pm[m.group()], "repair.cjk_punct")
        for m in _PUNCT_PAREN.finditer(text):
            yield Edit(m.start(), m.start() + 1, "（", "repair.cjk_punct")
            yield Edit(m.end() - 1, m.end(), "）", "repair.cjk_punct")

    # -- paragraphs broken by page breaks -------------------------------------------
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

    # -- whitespace -----------------------------------------------------------------
    def _whitespace(self, text: str) -> Iterator[Edit]:
        # trailing spaces, leading indentation, runs of blank lines, page-edge whitespace
        for m in re.finditer(r"[ \t\u3000\u00a0]+(?=\n|$)", text):
            yield Edit(m.start(), m.end(), "", "repair.whitespace.trailing", "delete")
        for m in _INDENT.finditer(text):
            yield Edit(m.start(), m.end(), "", "repair.whitespace.indent", "delete")
        for m in re.finditer(r"\n(?:[ \t\u3000\u00a0]*\n)+", text):
            if m.start() == 0 or m.end() == len(text):
                continue
            yield Edit(m.start(), m.end(), "\n", "repair.whitespace.blank_lines")

    def _page_edges(self, text: str) -> Iterator[Edit]:
        lead = re.match(r"\s+", text)
        if lead:
            end = lead.end()
            if text[end - 1] != "\n" and any(s < end for s, _ in code_spans(text)[:1]):
                end = text.rfind("\n", 0, end) + 1  # keep the indentation of leading code
            if end:
                yield Edit(0, end, "", "repair.whitespace.page_edges", "delete")
        trail = re.search(r"\s+$", text)
        if trail and trail.start() > 0:
            yield Edit(trail.start(), trail.end(), "", "repair.whitespace.page_edges", "delete")
