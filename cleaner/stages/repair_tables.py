"""The repair stage's tables and the page measures built on them.

:class:`Tables` compiles ``cleaner/rules/repair.toml`` once per process (:func:`tables`);
:func:`han_ratio`, :func:`placeholder_runs` and :func:`debris_share` measure a page (the
pipeline and the report use them without running the stage).
"""

from __future__ import annotations

import re

from cleaner.rules import load_table
from cleaner.rules.han_forms import widen
from cleaner.stages.charcount import han_chars
from cleaner.stages.charscan import Scanner
from cleaner.stages.linescan import page_scanner
from cleaner.stages.verse import VerseShape

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇"
_HAN_RE = re.compile(f"[{HAN}]")
# 'X' then 'X*' (not 'X+'): starting with a class, re skips Han runs at C speed


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
        after = f"(?<={sq['after_punct']})[ \t]*[?？]+(?=[ \t]*$)"
        # lines=True: its first class holds spaces, its required strings ('?', '？') are on
        # few lines (art10.jsonl: 0.024 -> 0.014 s over the pages holding '?')
        self.sq_after = Scanner(re.compile(after, re.M), lines=True)
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
        # written in simplified characters, widened to the traditional forms (han_forms.py)
        marks = f"(?:{j['page_marks']})|(?:{j['jump_marks']})"  # jump lines are marks too
        self.page_marks = re.compile(widen(marks), re.M)
        # the page-wide scans for marks (two a page): tried at line starts and form feeds
        # only, not at every position ('^' gives re no fast scan; ~0.03 s a 10 MB batch)
        self.page_marks_scan = page_scanner(self.page_marks)
        self.break_marks = re.compile(widen(j["break_marks"]))
        self.mark_min = int(j["mark_min_len"])
        self.bare_marks = re.compile(widen(j["bare_marks"]))
        self.bare_max = int(j["bare_max_len"])
        self.open_end = str(j["open_end"])
        self.open_end_min = int(j["open_end_min_len"])
        self.verse = VerseShape(
            int(j["verse_max_len"]),
            int(j["verse_min_lines"]),
            float(j["verse_spread"]),
            float(j["verse_open_share"]),
            float(j["verse_inner_share"]),
        )
        self.closing_start = str(j["closing_start"])
        self.running_max = int(j["running_max_len"])
        self.disciplined_min = int(j["disciplined_min"])
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
        self.count_classifiers = frozenset(cs.get("count_classifiers", ""))
        d = t["debris"]
        self.debris = re.compile(d["regex"])
        self.debris_line_max = float(d["line_max_share"])
        ts = t["timestamp"]
        # lines=True: its first class (spaces, digits) is everywhere on a page, its
        # required string on few lines (measured: a third of the scan on art10.jsonl)
        self.timestamp = Scanner(re.compile(ts["regex"], re.M), lines=True)
        self.ts_max = int(ts["max_line_len"])
        self.punct_map: dict[str, str] = dict(t["cjk_punct"]["map"])
        self.punct_line_share = float(t["cjk_punct"]["line_min_han_share"])


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
    # counted on the encoded text (charcount.py): ~3x faster than joining what lies
    # between non-Han runs, itself ~4x faster than findall
    return han_chars(text) / chars


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
