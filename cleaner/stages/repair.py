"""Stage 2: repair encoding damage and scraping artifacts, one recorded step per rule.

Rules run in a fixed order, each over the whole page as its own step (so each can be
inverted on its own): ftfy for mojibake, stray ``?``, ``○``→``〇``, spaces inside CJK
words, glued timestamps, half-width punctuation, broken paragraphs, whitespace, and
(optionally) placeholder masking.  The tables behind the rules are in
``cleaner/rules/repair.toml``.  ftfy runs with the CJK-safe settings from
datatrove's ``formatters/ftfy.py`` (no width folding, no quote uncurling, NFC).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import ftfy

from cleaner.edits import Edit, Editor, line_spans
from cleaner.rules import load_table
from cleaner.stages.charscan import Scanner

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


class RepairStage:
    """Apply every enabled repair to a page, one step per rule."""

    name = NAME

    def __init__(self, config: RepairConfig | None = None) -> None:
        self.config = config or RepairConfig()
        self.t = tables()

    def __call__(self, editor: Editor) -> None:
        cfg = self.config
        chinese = han_ratio(editor.text) >= 0.3
        if cfg.encoding:
            editor.apply(NAME, self._ftfy(editor.text))
        if cfg.stray_question:
            editor.apply(NAME, self._stray_question(editor.text))
        if cfg.zero_circle:
            editor.apply(NAME, self._zero_circle(editor.text))
        if cfg.cjk_spaces:
            editor.apply(NAME, self._cjk_spaces(editor.text))
        if cfg.timestamps:
            editor.apply(NAME, self._timestamps(editor.text))
        if cfg.cjk_punct and chinese:
            editor.apply(NAME, self._cjk_punct(editor.text))
        if cfg.join_paragraphs:
            editor.apply(NAME, self._join(editor.text))
        if cfg.whitespace:
            editor.apply(NAME, self._whitespace(editor.text))
            editor.apply(NAME, self._page_edges(editor.text))
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
        for s, e, _ in line_spans(text):
            line = text[s:e]
            if normal and not _MOJIBAKE_HINT.search(line):
                continue
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
            if len(line) <= 24 and not _SENTENCE_PUNCT.search(line):
                continue  # a short title-like line: its spaces separate parts of a title
            for m in matches:
                if not self._is_separator(text, line_start, line_end, m):
                    yield Edit(m.start(), m.end(), "", "repair.cjk_space.inner", "delete")

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
    _JOIN_CAND = re.compile(f"[{HAN}×《“][ \t]*\n[ \t\u3000\n]*(?=[^ \t\u3000\n])")

    def _join(self, text: str) -> Iterator[Edit]:
        # candidates: a line ending in a Han character (or 《 “ ×) followed by more text
        for m in self._JOIN_CAND.finditer(text):
            nl = text.index("\n", m.start())
            cur = text[text.rfind("\n", 0, nl) + 1 : nl].rstrip()
            nxt_end = text.find("\n", m.end())
            nxt = text[m.end() : len(text) if nxt_end == -1 else nxt_end]
            if self._is_broken(cur, nxt):
                yield Edit(m.start() + 1, m.end(), "", "repair.join_broken_paragraph", "delete")

    def _is_broken(self, cur: str, nxt: str) -> bool:
        t = self.t
        if len(cur) < t.join_min or not nxt:
            return False
        last = cur[-1]
        if not (_HAN_RE.match(last) or last in "×《“"):
            return False
        if not any(ch in t.clause_punct for ch in cur):
            return False
        if cur.endswith(t.title_endings) or _DATE_END.search(cur):
            return False
        # a numbered heading ('一、…', '（二）…') is not a broken sentence unless it is long
        if len(cur) < 50 and t.next_not.match(cur):
            return False
        first = nxt[0]
        if not (_HAN_RE.match(first) or first in "×《“" or first.isdigit()):
            return False
        if t.next_not.match(nxt) or _NUM_ITEM.match(nxt):
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
            yield Edit(0, lead.end(), "", "repair.whitespace.page_edges", "delete")
        trail = re.search(r"\s+$", text)
        if trail and trail.start() > 0:
            yield Edit(trail.start(), trail.end(), "", "repair.whitespace.page_edges", "delete")
