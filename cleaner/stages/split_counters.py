"""Counted items and records: header lines that count rather than name a piece.

An item counter of a list (``第2条／共4条``: :func:`item_counter`, :func:`counter_runs`),
a record's framed count (``=== entry 2/5 ===``: :func:`worded_counter`) or labelled count
(``消息：3``: :func:`labelled_counter`), the field rows under a count
(:func:`field_block`) and the title's row among them (:func:`title_field`).  The runs
are judged by :func:`split_headers.judge` like a numbered one.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from cleaner.stages.split_header_shapes import Candidate, vocab
from cleaner.stages.split_numerals import bullet_glyph
from cleaner.stages.split_page import stripped


def counter_runs(lines: list[str]) -> list[list[Candidate]]:
    """Bare item counters over the pieces of a list (``第1条／共3条`` … ``第3条／共3条``, no
    bullet before them: :func:`bullet_runs` reads those): one run when every such line
    counts on by one to the same total.  The shape states the total (``C|#/3|``), so
    :func:`judge` asks the run to reach it; each title is the line below its counter
    (:func:`titles_below`).

    >>> page = ["第1条／共2条", "甲县的通知", "正文。", "第2条／共2条", "乙县的通知", "正文。"]
    >>> [(c.line, c.shape, c.number) for c in counter_runs(page)[0]]
    [(0, 'C|#/2|', 1), (3, 'C|#/2|', 2)]
    >>> counter_runs(["第1条／共3条", "正文。", "第3条／共3条", "正文。"])
    []
    """
    # a counter ends on its total's digit or unit (the counter regex is anchored there):
    # most lines fail that test before the regex (issue 15; same lines)
    units = vocab().count_units
    found = [
        (i, t)
        for i, t in enumerate(stripped(lines))
        if t
        and len(t) <= COUNTER_MAX_CHARS
        and (t[-1].isdecimal() or t[-1] in units)
        and not bullet_glyph(t[0])
        and item_counter(t)
    ]
    if not item_counters([t for _, t in found]):
        return worded_counter_runs(lines)
    counted = item_counter(found[0][1])
    assert counted is not None
    shape = f"C|#/{counted[1]}|"
    return [[Candidate(i, shape, k + 1, t) for k, (i, t) in enumerate(found)]]


#: An item counter is a short line ('▌第12条／共30条').
COUNTER_MAX_CHARS = 24

# a record's count framed by runs of marks, with a word of the export's own before it
# ('=== entry 2/5 ===', '-- Record 3 of 4 --', '## 条目 2/3 ##'): a dump's mark over
# each record it writes out
_WORDED = re.compile(
    r"^(?P<o>[^\w\s]{2,8})[ \t\u3000]*(?P<word>[A-Za-z]{2,12}|[\u4e00-\u9fff]{1,4})"
    r"[ \t\u3000]*[#＃№]?[ \t]*(?P<n>\d{1,3})[ \t]*(?:[/／]|\bof\b)[ \t]*(?P<k>\d{1,3})"
    r"[ \t\u3000]*(?P<c>[^\w\s]{2,8})$"
)


def worded_counter(line: str) -> tuple[str, int, int] | None:
    """``(word, number, total)`` of a record's framed count (``=== entry 2/5 ===``), else
    None; a section's or a page's word (``step``, ``page``, ``页``: ``section_words``)
    counts parts of one document, no records.

    >>> worded_counter("=== entry 2/5 ==="), worded_counter("-- Item 3 of 4 --")
    (('entry', 2, 5), ('item', 3, 4))
    >>> worded_counter("=== page 2/5 ==="), worded_counter("entry 2/5"), worded_counter("== 2/5 ==")
    (None, None, None)
    """
    s = line.strip()
    if not 8 <= len(s) <= 48 or s[0].isalnum() or s[-1].isalnum():
        return None
    m = _WORDED.match(s)
    if m is None or vocab().section_rx.search(m["word"]):
        return None
    return m["word"].lower(), int(m["n"]), int(m["k"])


# a record's count as a labelled row of its own ('消息：3', 'Message: 3'): a digest's or
# a dump's word for its records, then the bare number; no total is stated, so a run
# counts 1, 2 … K without a gap and each count heads a block of field rows holding the
# title's row (:func:`judge`)
_LABELLED = re.compile(
    r"^(?P<word>[A-Za-z]{2,12}|[\u4e00-\u9fff]{2,4})[ \t]*[:：][ \t\u3000]*[#＃№]?[ \t]*"
    r"(?P<n>\d{1,3})$"
)


def labelled_counter(line: str) -> tuple[str, int] | None:
    """``(word, number)`` of a record's count given as a labelled row (``消息：3``), else
    None; a section's or a page's word counts parts of one document, no records.

    >>> labelled_counter("消息：3"), labelled_counter("Message: 12")
    (('消息', 3), ('message', 12))
    >>> labelled_counter("页：3"), labelled_counter("第3页"), labelled_counter("消息：共3条")
    (None, None, None)
    """
    s = line.strip()
    if not 3 <= len(s) <= 24 or not s[-1].isdecimal():
        return None
    m = _LABELLED.match(s)
    if m is None or vocab().section_rx.search(m["word"]):
        return None
    return m["word"].lower(), int(m["n"])


def labelled_counter_runs(lines: list[str]) -> list[list[Candidate]]:
    """Labelled record counts of one word (:func:`labelled_counter`) running 1, 2 … K in
    page order, K >= 2: one run shaped as a framed count's (``C消息|#/K|``).

    >>> page = ["消息：1", "主题：甲事", "正文。", "消息：2", "主题：乙事", "正文。"]
    >>> [(c.line, c.shape, c.number) for c in labelled_counter_runs(page)[0]]
    [(0, 'C消息|#/2|', 1), (3, 'C消息|#/2|', 2)]
    >>> labelled_counter_runs(["消息：1", "正文。", "消息：3", "正文。"])
    []
    """
    strip = stripped(lines)
    found = [
        (i, c)
        for i, t in enumerate(strip)
        if t and t[-1].isdecimal() and (c := labelled_counter(t)) is not None
    ]
    if len(found) < 2:
        return []
    word = found[0][1][0]
    if any(c != (word, k + 1) for k, (_, c) in enumerate(found)):
        return []
    shape = f"C{word}|#/{len(found)}|"
    return [[Candidate(i, shape, k + 1, "") for k, (i, _) in enumerate(found)]]


def field_block(lines: list[str], i: int) -> list[str]:
    """The labelled rows right under line ``i`` (``label：value``, to the first blank or
    other line): a record's field rows under its count.

    >>> field_block(["消息：1", "", "日期：2020-01-02", "主题：甲事", "各位好：", "正文。"], 0)
    ['日期：2020-01-02', '主题：甲事']
    """
    out: list[str] = []
    for ln in lines[i + 1 : i + 12]:
        s = ln.strip()
        if not s and not out:
            continue
        if not s or not _TITLE_FIELD.match(s):
            break
        out.append(s)
    return out


def worded_counter_runs(lines: list[str]) -> list[list[Candidate]]:
    """Framed record counts of one word (:func:`worded_counter`) running 1, 2, 3 … to
    their one total in page order: one run, its shape naming the word and the total
    (``Centry|#/3|``); each title is the line below its count (:func:`titles_below`),
    and :func:`judge` asks a field row under every count (a dump's record fields).

    >>> page = ["=== entry 1/2 ===", "title: 甲事", "正文。", "=== entry 2/2 ===", "title: 乙事"]
    >>> [(c.line, c.shape, c.number) for c in worded_counter_runs(page)[0]]
    [(0, 'Centry|#/2|', 1), (3, 'Centry|#/2|', 2)]
    >>> worded_counter_runs(page[:3] + ["=== entry 3/3 ===", "title: 乙事"])
    []
    """
    found = [
        (i, c)
        for i, t in enumerate(stripped(lines))
        if t and not t[0].isalnum() and (c := worded_counter(t)) is not None
    ]
    if len(found) < 2:
        return labelled_counter_runs(lines)
    word, _, total = found[0][1]
    if (
        any((c[0], c[1], c[2]) != (word, k + 1, total) for k, (_, c) in enumerate(found))
        or len(found) != total
    ):
        return []
    shape = f"C{word}|#/{total}|"
    return [[Candidate(i, shape, k + 1, "") for k, (i, _) in enumerate(found)]]


def worded_count(rule: str) -> bool:
    """``rule`` is a header rule of a run of framed record counts (``generic:Centry|#/3|``:
    :func:`worded_counter_runs`)."""
    return rule.startswith("generic:C") and not rule.startswith("generic:C|")


# a title given as its labelled field under a bare count ('title: 某事', '标题：某事')
_TITLE_FIELD = re.compile(
    r"^(?P<label>[A-Za-z]{2,10}|[\u4e00-\u9fff]{2,4})[ \t]*[:：][ \t\u3000]*(?P<v>\S.*)$"
)


def title_field(line: str) -> str | None:
    """The value of a row that labels a record's title (``title:    某事``: a label of
    ``title_labels`` in ``headers.toml``), else None.

    >>> title_field("title:    某事"), title_field("标题：某事"), title_field("author: 某科")
    ('某事', '某事', None)
    >>> title_field("主题：[某列表] Re: 某事"), title_field("Subject: Fwd: RE: 某事")
    ('某事', '某事')
    """
    v = vocab()
    m = _TITLE_FIELD.match(line.strip())
    if m is None or m["label"].lower() not in v.title_labels:
        return None
    if m["label"].lower() in v.subject_labels:
        # a message's subject: the list's tag and the reply marks are the mailer's
        # ('[某列表] Re: 某事'), the title is what follows
        bare = v.reply_rx.sub("", m["v"].strip()).strip()
        return bare or None
    return m["v"].strip()


def item_counters(titles: list[str]) -> bool:
    """Whether every title is only an item counter of one list ('第2条／共4条', '3/5',
    '第1件 共3件'): the numbers run on by one, the total is the same and no number
    exceeds it.  Such a header counts the pieces; the piece's name is the line below.

    >>> item_counters(["第1则／共3则", "第2则／共3则"]), item_counters(["1/2", "2/2"])
    (True, True)
    >>> item_counters(["第1则／共3则", "第3则／共3则"]), item_counters(["第1则 甲", "第2则 乙"])
    (False, False)
    >>> item_counters(["第1则／共2则", "第2则／共3则"]), item_counters(["第1则／共3则"])
    (False, False)
    """
    if len(titles) < 2:
        return False
    found = [item_counter(t) for t in titles]
    if any(m is None for m in found):
        return False
    nums = [m[0] for m in found if m]
    totals = {m[1] for m in found if m}
    return (
        len(totals) == 1
        and all(b == a + 1 for a, b in itertools.pairwise(nums))
        and nums[-1] <= min(totals)
    )


def item_counter(line: str) -> tuple[int, int] | None:
    """The item number and the total of a line that only counts an item of a list
    ('▌第2条／共4条' → (2, 4)), marks before it aside; else None."""
    m = _counter_rx().match(line.strip().lstrip(_MARKS).strip())
    return (int(m[1]), int(m[2])) if m else None


_MARKS = "▌▍▎▏■□◆◇●○★☆▶►▪▫·•※#＃>＞|｜-—=＝ 　"


@lru_cache(maxsize=1)
def _counter_rx() -> re.Pattern[str]:
    units = vocab().count_units
    return re.compile(
        rf"^第?\s*(\d{{1,3}})\s*[{units}]?\s*[／/｜|\s]\s*共?\s*(\d{{1,3}})\s*[{units}]?$"
    )


def of_total(shape: str) -> int | None:
    """The total a ``1/3``-numbered shape counts to (``'P|#/3|d'`` → 3), else None."""
    m = _OF_TOTAL.search(shape)
    return int(m[1]) if m else None


_OF_TOTAL = re.compile(r"\|#/(\d{1,2})[^|\d]?\|")
