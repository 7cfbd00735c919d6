"""Article headers found from the page's own numbering, not from a list of known forms.

A compilation numbers its articles: ``篇1``, ``1.``, ``（一）``, ``〈2〉``, ``标题 篇3``,
in any numeral system (capital ``贰 · ``), with a count word (``第2件``, ``第2例``), a
bullet glyph (``◆第2例``), a two-character word of the site's own (``案例二：``,
``练习2　``: no list of such words, the shape carries it) or an of-total count (``2/3　``:
the run must reach the total).
Whatever the scheme, the header lines share one *shape* (what surrounds the number:
``〈#〉``, ``#. ``, ``篇#：``, a ``篇#`` suffix) and their numbers run 1, 2, 3 … in page
order (full-width digits count: ``１、``).  A number alone on its line (``（2）``) takes
its title from the line below; a suffix series sharing one base (``…之一``, ``…之二``)
keeps the number in each title (:func:`titles_below`).
:func:`numbered_runs` finds such runs; :func:`judge` decides whether a run cuts
the page into articles, from evidence that transfers across sites:

* the scheme names an article (``篇``, ``则``, ``范文`` …: ``strong_words``) — then the
  run is accepted as it is;
* otherwise (bare ``1.``, ``（一）`` — also how a single document numbers its sections or
  steps) the shape must not number 1 again further down (each document's own sections
  restart), every header must read as a title (short, no sentence punctuation), every
  article below it must hold a body of prose, *and* the page must say it compiles: a
  count in its head that equals the run's length (``…作文3篇``, ``（共4篇）``), a
  compilation word (``汇编``, ``合集``), titles that all end like document titles, or
  (a suffix series) the series' base named in the page head, or a metadata row right
  under every header (each heads a document with its own issuer, number or date).
  A site's own word without such a cue numbers a document's parts: no split, no flag.
  A run with only the first two is *unsure*: the page stays one article and is flagged.

Section words (``第一章``, ``第二条``, ``（三）`` under 步/点) never make articles.  The
vocabularies live in ``cleaner/rules/headers.toml`` (``[generic_header]``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.split_cell_rows import dated_title
from cleaner.stages.split_contents import lists_titles
from cleaner.stages.split_keyed import unasked
from cleaner.stages.split_meta import cn_number
from cleaner.stages.split_numerals import (
    _CAPITAL,
    _CIRCLED,
    _FW_DIGITS,
    _LETTERS,
    _NUMERALS,
    _ROMAN,
    _number,
    bullet_glyph,
)
from cleaner.stages.split_page import stripped

_NUM = (
    rf"(?P<num>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}|[{_CAPITAL}]{{1,3}}|[{_ROMAN}]"
    rf"|[{_CIRCLED}]|[{_LETTERS}](?=[.．、]\s*[\u4e00-\u9fff《“「]))"
)
# prefix form: brackets and an article word, the number, a delimiter, the title
# or a Latin word of any language's numbering ('Part 2 标题', 'No.3 标题', 'Text 1：标题')
# or any two-character word of the site's own ('案例一：', '课题二：', '练习3　'): the
# word is part of the shape, so every header of a run repeats it (no list of words)
_WORD = (
    r"(?:第|篇|则|其|范文|例文|样文|作文|文章|材料|模板|[A-Za-z]{2,10}\.?"
    rf"|(?:(?![一二三四五六七八九十第{_CAPITAL}])[\u4e00-\u9fff]){{2}})"
)
# a delimiter: any run of marks (Unicode punctuation or symbols: '.', '、', '▏', '»',
# '⟫') save what opens a title ('《', '【', '“'), ends or breaks a sentence ('。', '，'),
# or reads as part of a number ('%', '℃', '/', '+', '~': '3%的…', '1/2', '1~3')
_MARKS = r"(?:[^\w\s（(《“「『【〔\[{〖〈<‘\"'。，,；;！!？?%％‰℃°/／+＋=＝×~～]|丨)"
# '丨' (U+4E28) is a letter to Unicode but a bar to the page ('丨贰丨 标题'): a mark here
_PREFIX = re.compile(
    rf"^(?P<pre>(?:[^\w\s]|丨){{0,2}}\s*{_WORD}?\s*[^\w\s]{{0,1}})\s*{_NUM}"
    rf"(?P<delim>\s*{_MARKS}+\s*"
    # the closing bracket of '（第2则）' too: the title opens after it
    r"|\s*[篇则份件例问]\s*[:：、.．】〗〕\]﹞］）)〉>」』]?\s*"
    # after '第' any one measure word and a space ('第2式　标题'): candidate() keeps it
    # only after '第'; a section's word ('第一条　') is refused as every section scheme is
    r"|\s*[\u4e00-\u9fff](?=[ \u3000]|$)\s*"
    rf"|\s*/\s*\d{{1,2}}(?:\s*{_MARKS}+\s*|\s+|\s*[】〗〕\]﹞］)）]\s*)|\s+|(?=《)|$)"
    r"(?P<title>.*)$"
)
# suffix form: the title, a separator, the number, an optional closing bracket
_SUFFIX = re.compile(
    rf"^(?P<title>.*?[^\s\d])(?P<pre>\s*[（(〈<【\[]?\s*(?:篇|之|第)?\s*){_NUM}"
    r"(?P<delim>\s*[篇则）)〉>】\]]?)$"
)
# a two-part piece: '标题（上）', '标题（下）' (the part's word is its number, 1 and 2)
_PART = re.compile(r"^(?P<title>.*?[^\s\d])(?P<pre>\s*[（(])(?P<num>[上下])(?P<delim>[）)])$")
_PARTS = {"上": 1, "下": 2}


def part_end(s: str) -> bool:
    """``s`` ends with a two-part piece's mark (``（上）``, ``（下）``)."""
    return s[-1:] in "）)" and s[-2:-1] in _PARTS and s[-3:-2] in "（("


_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# a line opened by a Latin numbering word and its number ('Part 2 …', 'No.3 …')
_LATIN_HEAD = re.compile(r"[A-Za-z]{2,10}\.?\s*(?:\d{1,2}(?!\d)|[一二三四五六七八九十]{1,3})")
# the first / last character of a line that can be a header (a cheap gate)
_START = frozenset(
    "0123456789一二三四五六七八九十第篇则其范例样作文材模【〖[〔（(〈<「『《-—#§﹝［丨"
    + _FW_DIGITS
    + _CIRCLED
    + _ROMAN
    + _CAPITAL
)
_START_ANY = _START | _LATIN  # a Latin word may open a header too ('Part 2 …')
_END = frozenset("0123456789一二三四五六七八九十篇则）)〉>】]〗〕」』》" + _FW_DIGITS)
# the number near the start / the end of a stripped line, read before the shape regexes
_HEAD_NUM = re.compile(
    rf"(?:[^\w\s]|丨){{0,2}}\s*{_WORD}?\s*[^\w\s]?\s*{_NUM.replace('?P<num>', '')}"
)
# a line opened by a two-character word of the site's own and a number ('案例一：…')
_WORD_HEAD = re.compile(
    rf"(?:(?![一二三四五六七八九十第{_CAPITAL}])[\u4e00-\u9fff]){{2}}\s*[#＃·•・]?\s*"
    rf"(?:\d|[一二三四五六七八九十{_CAPITAL}])"
)
_TAIL_NUM = re.compile(rf"{_NUM.replace('?P<num>', '')}\s*[篇则）)〉>】\]]?$")


def word_head(s: str) -> bool:
    """``s`` opens with a two-character word and a number (``案例一：…``, ``练习3　…``),
    the one header opening the first-character gates (``_START``) cannot see.  A cheap
    gate: prose passes too (``我们一起去``); :func:`candidate` reads the shape.

    >>> word_head("案例二：某案"), word_head("练习3　某题"), word_head("我们一起去")
    (True, True, True)
    >>> word_head("快讯·2　某事")
    True
    >>> word_head("一、总体要求"), word_head("今天天气")
    (False, False)
    """
    return (
        "\u4e00" <= s[:1] <= "\u9fff"
        and not _NUMERALS.isdisjoint(s[2:5])
        and _WORD_HEAD.match(s) is not None
    )


def glyph_head(s: str) -> bool:
    """``s`` opens with a bullet glyph before a header's opening (``▌第2例　…``)."""
    return s[1:2] in _START and bullet_glyph(s[0])


@lru_cache(maxsize=256)
def _opening(ch: str) -> bool:
    return unicodedata.category(ch) == "Ps"


def _opened(s: str) -> bool:
    """``s`` opens with a bracket no gate lists and a number (``❮2❯ 标题``): any
    opening bracket by Unicode category, as a bullet is found by its category.

    >>> _opened("❮2❯ 某件藏品"), _opened("❮某❯ 藏品"), _opened("关于")
    (True, False, False)
    """
    return s[1:2] in _NUMERALS and _opening(s[0])


def _lettered(s: str) -> bool:
    """``s`` opens with a capital letter counted like a number, a full stop or '、'
    after it and a Chinese title (``B. 某件藏品``); ``A.I.``, ``B超`` and English do not.

    >>> _lettered("B. 某件藏品"), _lettered("B超检查"), _lettered("A. apple")
    (True, False, False)
    """
    return _LETTER_HEAD.match(s) is not None


_LETTER_HEAD = re.compile(rf"[{_LETTERS}][.．、]\s*[\u4e00-\u9fff《“「]")


# a tag row: a glyph, a word of the site's own (a category that may change from piece to
# piece), a separator and an ordinal ('▍某类 · 第2位'): the word is no part of the shape
_TAGGED = re.compile(r"((?:[^\w\s]|丨){0,2})\s*[\u4e00-\u9fff]{2,6}\s*[·•・|｜]\s*(?=第)")


def untagged(s: str) -> str:
    """``s`` with a tag row's word put aside (``▍某类 · 第2位`` → ``▍·第2位``), so rows
    of one scheme share one shape whatever category each names; other lines as they are.

    >>> untagged("▍甲类 · 第2位"), untagged("乙类·第3位　标题"), untagged("第2例")
    ('▍·第2位', '·第3位　标题', '第2例')
    """
    if "第" not in s[2:12]:
        return s
    m = _TAGGED.match(s)
    return f"{m[1]}·{s[m.end() :]}" if m else s


def tag_row(line: str) -> bool:
    """A tag row: a category word of the site's own and an ordinal (``▍某类 · 第2位``).
    Like a label row (:func:`labelled_number`) it names a kind of piece besides its
    number, so the title line under it is the piece's first line of text.

    >>> tag_row("▍甲类 · 第2位"), tag_row("第2位"), tag_row("（2）")
    (True, False, False)
    """
    s = line.strip()
    return untagged(s) is not s


def numbered_line(s: str) -> bool:
    """A cheap gate: may the stripped, non-empty line ``s`` be a generic header (a
    number or bracket at either end, a site's word or a glyph before the number, a Latin
    numbering word: 'Part 2 标题', not 'INT(11) 中的…')?  Tables (tabs) and prose
    (over ``max_len``) are not."""
    if len(s) > 80 or "\t" in s:
        return False
    if untagged(s) is not s:  # a tag row ('▍某类 · 第2位'): candidate() reads it
        return True
    if s[0] in _LATIN and _lettered(s):  # a letter opens it: most lines skip the call
        return True
    if (
        s[0] in _START
        or _opened(s)
        or s[-1] in _END
        or (not _NUMERALS.isdisjoint(s[1:5]) and (word_head(s) or glyph_head(s)))
    ) and (not _NUMERALS.isdisjoint(s[:6]) or not _NUMERALS.isdisjoint(s[-3:]) or part_end(s)):
        return True
    return s[0] in _LATIN and not _NUMERALS.isdisjoint(s[2:13]) and _LATIN_HEAD.match(s) is not None


# a prefix ending in a two-character word no scheme table knows (the site's own word)
_OWN_WORD = re.compile(r"([\u4e00-\u9fff]{2})\s*[#＃]?$")  # '课例 #': the word and its '#'
_KNOWN_WORDS = frozenset(("范文", "例文", "样文", "作文", "文章", "材料", "模板"))


def _suffixed(line: str) -> bool:
    m = _SUFFIX.match(line)
    return m is not None and bool(m["pre"].strip() or m["delim"].strip())


def _own_word(pre: str) -> bool:
    m = _OWN_WORD.search(pre)
    return m is not None and m[1] not in _KNOWN_WORDS


_FRAMED = re.compile(r"《[^《》]+》")
_MEASURE = re.compile(r"(?!丨)[\u4e00-\u9fff]")  # 丨 is a bar, no measure word
_SENTENCE = re.compile(r"[。；;！!？?，,]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A line that looks like a numbered header."""

    line: int
    shape: str
    number: int
    title: str


@dataclass(frozen=True, slots=True)
class Vocab:
    strong: tuple[str, ...]
    section: tuple[str, ...]
    count_units: str
    compile_words: tuple[str, ...]
    max_len: int
    min_body_chars: int
    list_page_lines: int
    section_rx: re.Pattern[str]
    title_labels: frozenset[str]
    subject_labels: frozenset[str]
    reply_rx: re.Pattern[str]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    g = load_table("headers")["generic_header"]
    return Vocab(
        tuple(g["strong_words"]),
        tuple(g["section_words"]),
        "".join(g["count_units"]),
        tuple(g["compile_words"]),
        int(g["max_len"]),
        int(g["min_body_chars"]),
        int(g["list_page_lines"]),
        re.compile("|".join(map(re.escape, g["section_words"])), re.I),
        frozenset(w.lower() for w in g["title_labels"] + g["subject_labels"]),
        frozenset(w.lower() for w in g["subject_labels"]),
        re.compile(
            r"^(?:\[[^\[\]\s]{1,40}\][ \t\u3000]*)?(?:(?:"
            + "|".join(map(re.escape, g["reply_prefixes"]))
            + r")[ \t]*[:：][ \t\u3000]*)*",
            re.I,
        ),
    )


# a number padded with a zero, alone on its line ('01'): an item mark, no page number
_PADDED = re.compile(r"0[1-9]")


def candidate(i: int, line: str, v: Vocab) -> Candidate | None:
    """The header reading of one stripped line, or None.

    >>> v = vocab()
    >>> candidate(0, "〈2〉关于做好防汛工作的通知", v)
    Candidate(line=0, shape='P〈|#〉|d', number=2, title='关于做好防汛工作的通知')
    >>> candidate(0, "秋天的田野 篇3", v).shape, candidate(0, "2021年6月8日", v)
    ('S篇|#|d', None)
    """
    if not line or len(line) > v.max_len:
        return None
    line = untagged(line)
    forms = []
    if not _NUMERALS.isdisjoint(line[: 13 if line[0] in _LATIN else 7]) or _lettered(line):
        forms.append(("P", _PREFIX))
    if not _NUMERALS.isdisjoint(line[-4:]):
        forms.append(("S", _SUFFIX))
    elif part_end(line):
        forms.append(("S", _PART))
    for kind, rx in forms:
        m = rx.match(line)
        if not m:
            continue
        raw = m["num"]
        number = _PARTS.get(raw) or _number(raw)
        if number is None or not 1 <= number <= 99:
            continue
        pre, delim = m["pre"].strip(), m["delim"].strip()
        if kind == "P" and _MEASURE.fullmatch(delim) and not pre.endswith("第"):
            continue  # '2式　' or '某2天 ' without '第': a word, no measure of a scheme
        title = m["title"].strip()
        if kind == "P" and not m["delim"] and title.startswith("《"):
            # '2《标题》': the book-title marks frame the title; they are its delimiter
            delim = "《"
            if _FRAMED.fullmatch(title):
                title = title[1:-1]
        if (pre or delim) and v.section_rx.search(pre + delim):
            return None
        if kind == "S" and not (pre or delim):
            continue  # '标题 3' or '2021-03-05' end in a number: no article scheme
        if not m["title"].strip() and (not pre or "/" in delim) and not _PADDED.fullmatch(line):
            # '1', '2', '〔2/4〕' alone are page numbers; '01', '02' alone, padded to two
            # digits, are a magazine's item marks over their titles (no folio is padded)
            continue
        if (
            kind == "P"
            and _own_word(pre)
            and ((not delim and not raw.isdigit()) or _suffixed(line))
        ):
            # a site's own word with a Chinese numeral wants a mark after it ('课题一：'),
            # and a line numbered at its end is numbered there: '题目一 篇1' is a title
            # ending in a numeral, numbered by its suffix
            continue
        if kind == "P" and not delim and not pre:
            # '3 标题' with digits; a Chinese or Roman numeral only when a space parts it
            # from the title ('一 标题'): '一本旧相册' is a title, not a number
            if not raw.isdigit() and not m["delim"].isspace():
                continue
        system = (
            "o"
            if raw in _CIRCLED
            else "d"
            if raw.isdigit()
            else "r"
            if raw in _ROMAN
            else "p"
            if raw in _PARTS
            else "l"
            if raw in _LETTERS
            else "c"
        )
        return Candidate(i, f"{kind}{pre}|#{delim}|{system}", number, title)
    return None


def numbered_runs(lines: list[str], only: list[int] | None = None) -> list[list[Candidate]]:
    """Runs of same-shape candidates numbered 1, 2, 3 … in page order, longest first.

    ``only``: the line indices worth looking at (the split stage collects them while it
    looks for known header forms); all lines when None.
    """
    v = vocab()
    by_shape: dict[str, list[Candidate]] = {}
    if only is not None and len(only) > v.list_page_lines and len(only) * 2 > len(lines):
        # most lines numbered (an archive, a table, a tag cloud): a list page, not a
        # compilation; looking at each line would cost more than the rest of the stage
        return []
    # Only a number that starts a run (1) or continues one is worth the shape regexes:
    # the number near either end is read first by two anchored regexes (C speed), so
    # a list of counters ('回复(12)') costs one cheap look per line.
    wanted = {1}
    dead: set[str] = set()
    dead_frames: set[tuple[str, str, str]] = set()
    ones: dict[str, int] = {}
    head, tail = _HEAD_NUM.match, _TAIL_NUM.search
    strip = stripped(lines)
    for i in range(len(lines)) if only is None else only:
        s = untagged(strip[i])
        if not s or len(s) > v.max_len:
            continue
        tagged = s is not strip[i]
        # the characters around the number: a frame whose shape died is not parsed again
        frames = []
        opened = tagged or s[0] in _START_ANY or word_head(s) or glyph_head(s) or _opened(s)
        mh = head(s) if opened else None
        if mh and _number(mh.group(1)) in wanted:
            frames.append(("H", s[: mh.start(1)], s[mh.end(1) : mh.end(1) + 1]))
        mt = tail(s, max(0, len(s) - 6)) if s[-1] in _END else None
        if mt and _number(mt.group(1)) in wanted:
            frames.append(("T", s[mt.start(1) - 1 : mt.start(1)], s[mt.end(1) :]))
        elif part_end(s) and _PARTS[s[-2]] in wanted:
            frames.append(("T", s[-3], s[-1]))
        if not frames or all(f in dead_frames for f in frames):
            continue
        c = candidate(i, s, v)
        if c is None or c.shape in dead:
            continue
        run = by_shape.setdefault(c.shape, [])
        if c.number == 1:
            ones[c.shape] = ones.get(c.shape, 0) + 1
        if c.number != len(run) + 1:
            if ones.get(c.shape, 0) > 3:  # '… (1)' again and again: counters, not articles
                dead.add(c.shape)
                dead_frames.update(frames)
            continue
        if run and not any(ln.strip() for ln in lines[run[-1].line + 1 : i]):
            # two headers with nothing between: a list (of counters, chapters, links),
            # never articles; the shape is dropped and stops wanting numbers
            dead.add(c.shape)
            dead_frames.update(frames)
            wanted = {1} | {len(r) + 1 for k, r in by_shape.items() if k not in dead}
            continue
        run.append(c)
        wanted.add(c.number + 1)
    runs = [run for k, run in by_shape.items() if len(run) >= 2 and k not in dead]
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


def bullet_runs(lines: list[str]) -> list[list[Candidate]]:
    """Un-numbered article headers: the lines that one repeated bullet glyph opens
    (``◆标题`` … ``◆标题``), one run per glyph seen on two lines or more, longest first.

    Every line the glyph opens is in its run, so a run that also bullets list items or
    chrome links fails :func:`judge` (empty or short bodies, sentence-shaped titles):
    the shape must head nothing but title-shaped lines each followed by a body.  The
    ``number`` of a candidate is its rank in the run (1, 2, 3 …).

    >>> page = ["◆甲县关于某事的通知", "正文。", "◆乙县关于另事的通知", "正文。"]
    >>> [(c.line, c.shape, c.number, c.title) for c in bullet_runs(page)[0]]
    [(0, 'B◆', 1, '甲县关于某事的通知'), (2, 'B◆', 2, '乙县关于另事的通知')]
    """
    v = vocab()
    by_glyph: dict[str, list[Candidate]] = {}
    # most lines open with a letter: a comprehension skips them at near C speed (the
    # stripped lines are the page's, read once)
    strip = stripped(lines)
    for i in [i for i, s in enumerate(strip) if len(s) >= 3 and not s[0].isalnum()]:
        s = strip[i]
        if not bullet_glyph(s[0]):
            continue
        title = s[1:].strip()
        if len(s) > v.max_len or not title or bullet_glyph(title[0]):
            title = ""  # a long line or a rule of glyphs ('★★★'): no title, fails judge
        run = by_glyph.setdefault(s[0], [])
        run.append(Candidate(i, "B" + s[0], len(run) + 1, title))
    runs = [r for r in by_glyph.values() if len(r) >= 2]
    runs.sort(key=lambda r: (-len(r), r[0].line))
    return runs


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


def restarts(lines: list[str], run: list[Candidate], v: Vocab) -> bool:
    """The run's shape numbers 1 again below its first header: the scheme numbers the
    sections of each document ('一、总体要求' in every notice of a compilation), so its
    first document's sections must not be taken for the page's articles.

    >>> page = ["一、目标", "正文甲。", "二、任务", "正文乙。", "（二）另一份通知", "一、目标"]
    >>> run = numbered_runs(page)[0]
    >>> restarts(page, run, vocab()), restarts(page[:4], run, vocab())
    (True, False)
    """
    on_run = {c.line for c in run}
    shape = run[0].shape
    # a Latin-opened line can only restart a Latin-opened shape ('PPart|#|d')
    starts = _START_ANY if shape[1:2] in _LATIN else _START
    for i in range(run[0].line + 1, len(lines)):
        raw = lines[i].strip()
        s = untagged(raw)
        if i in on_run or not s or (s[0] not in starts and s[-1] not in _END):
            if not (s and (s is not raw or word_head(s) or glyph_head(s))):
                continue
        c = candidate(i, s, v)
        if c is not None and c.number == 1 and c.shape == shape:
            return True
    return False


def _prose_chars(lines: list[str]) -> int:
    return sum(len(s) for s in (ln.strip() for ln in lines) if len(s) >= 10)


_TITLE_COMMA = re.compile(r"[，,]")
#: A title below its number may hold one comma when it is this short (a blog's title
#: '某某小电，聊聊用后感'); a longer line with a comma is a sentence's clause.
COMMA_TITLE_MAX = 30


def _title_shaped(s: str) -> bool:
    """No sentence punctuation, or one comma in a short line and no other mark.

    >>> _title_shaped("甲县关于某事的通知"), _title_shaped("某某小电，聊聊用后感")
    (True, True)
    >>> _title_shaped("首先，我们要做好准备。"), _title_shaped("一，二，三")
    (False, False)
    """
    if not _SENTENCE.search(s):
        return True
    return (
        len(s) <= COMMA_TITLE_MAX
        and len(_TITLE_COMMA.findall(s)) == 1
        and not _SENTENCE.search(_TITLE_COMMA.sub("", s))
    )


def titles_below(lines: list[str], run: list[Candidate]) -> list[Candidate]:
    """The run with each header's own title.  A suffix series whose items share one base
    ('…之一', '…之二') keeps the number in the title: the whole line.  A bare number
    takes its title from the line below it: a header printed
    as ``（2）`` on a line of its own, the title on the next line.  The next line counts
    only when it is title-shaped (short, no sentence punctuation); else the title stays
    empty and :func:`judge` turns the run down.

    >>> page = ["（1）", "甲县关于某事的通知", "正文。", "（2）", "乙县关于另事的通知", "正文。"]
    >>> [c.title for c in titles_below(page, numbered_runs(page)[0])]
    ['甲县关于某事的通知', '乙县关于另事的通知']
    """
    if run[0].shape[0] == "S" and len({c.title for c in run}) == 1:
        # '山居笔记之一', '…之二': items of one series share the base; the number is part
        # of each title (judge asks the page head to name the base)
        return [Candidate(c.line, c.shape, c.number, lines[c.line].strip()) for c in run]
    counted = item_counters([c.title for c in run])
    if not counted and (run[0].shape[0] == "B" or all(c.title for c in run)):
        return run  # a bullet's empty title is a rule of glyphs or a long line: no header
    out = []
    for c in run:
        below = next((s for s in (ln.strip() for ln in lines[c.line + 1 : c.line + 3]) if s), "")
        if counted:  # '第2条／共4条' counts the items: it names none, the line below does
            c = Candidate(c.line, c.shape, c.number, "")
        dated = dated_title(below) if not c.title else None
        if dated is not None:  # '2021-05-20 周四 | 标题': the title beside its date
            c = Candidate(c.line, c.shape, c.number, dated[1])
        elif not c.title and (named := title_field(below)) is not None:
            c = Candidate(c.line, c.shape, c.number, named)  # 'title: 某事': the value
        elif not c.title and labelled_counter(lines[c.line]) is not None:
            # '消息：2' over its field rows ('日期：…', '主题：某事'): the title row's value
            named = next(
                (t for t in map(title_field, field_block(lines, c.line)) if t is not None), ""
            )
            c = Candidate(c.line, c.shape, c.number, named)
        elif not c.title and 2 <= len(below) <= 40 and _title_shaped(below):
            c = Candidate(c.line, c.shape, c.number, below)
        out.append(c)
    return out


def counted_title(lines: list[str], i: int, title: str) -> str:
    """The title of a named header at line ``i`` (``title``: what its form read after
    the number), unless the line only counts an item of a list ('第2则／共3则' read as
    '第2则' over the title '／共3则'): then the piece's name is the title-shaped line
    below it, or none.

    >>> page = ["第2则／共3则", "", "甲县关于某事的通知", "正文。"]
    >>> counted_title(page, 0, "／共3则"), counted_title(["第2则 乙事"], 0, "乙事")
    ('甲县关于某事的通知', '乙事')
    >>> counted_title(["第2则／共3则", "首先，我们要做好准备。"], 0, "／共3则")
    ''
    """
    if item_counter(lines[i]) is None:
        return title
    below = next((s for s in (ln.strip() for ln in lines[i + 1 : i + 3]) if s), "")
    return below if 2 <= len(below) <= 40 and _title_shaped(below) else ""


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

#: numerals and the ordinal word: what a bare number line holds besides its marks
_HAN_NUMERALS = frozenset("零〇一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰貳參陸第")
_HAN_LETTER = re.compile(r"[\u4e00-\u9fff]")


def labelled_number(line: str) -> bool:
    """A numbered header line in one bracket pair that names a kind of piece besides its
    number (a digest's label row '［简讯·叁］', '【案例 2】'): two Han letters at least that
    are no numeral.  The title under such a row is the piece's first line of text; under
    a bare number ('（2）', '第三') or a number's label row ('公告编号：2017-034') the
    title line is the header's.

    >>> labelled_number("［简讯·叁］"), labelled_number("【案例 2】"), labelled_number("（2）")
    (True, True, False)
    >>> labelled_number("第三"), labelled_number("〔壹〕"), labelled_number("公告编号：2017-034")
    (False, False, False)
    """
    s = line.strip()
    if len(s) < 3 or s[0] not in _LABEL_OPEN or s[-1] != _LABEL_OPEN[s[0]]:
        return False
    return sum(1 for ch in _HAN_LETTER.findall(s) if ch not in _HAN_NUMERALS) >= 2


_LABEL_OPEN = {"【": "】", "［": "］", "[": "]", "〔": "〕", "〖": "〗"}


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


def _worded(line: str) -> bool:
    """The line holds a letter or digit (a rule of marks alone holds none)."""
    return any(ch.isalnum() for ch in line)


def judge(
    lines: list[str],
    run: list[Candidate],
    title_endings: tuple[str, ...],
    meta_row: Callable[[str], bool] | None = None,
    foot: Callable[[str], bool] | None = None,
) -> str:
    """``"split"``, ``"unsure"`` (keep one article, flag) or ``"no"`` for one run.

    ``meta_row``: whether a line is a metadata row; a run whose every header has one
    right below it heads documents (each its own issuer, number, date), a cue as good as
    the page head's count.  ``foot``: whether a line is a credit or source row closing a
    piece (:func:`split_foot.foot_row`); every piece closed by one is the same cue.
    """
    v = vocab()
    shape = run[0].shape
    strong = any(w in shape for w in v.strong)
    ends = [c.line for c in run[1:]] + [len(lines)]
    bodies = [lines[c.line + 1 : e] for c, e in zip(run, ends, strict=True)]
    if any(not any(ln.strip() for ln in b) for b in bodies):
        return "no"
    total = of_total(shape)
    if total is not None:
        # '1/3　标题' … '3/3　标题': the scheme states how many; a part of a count that
        # the run does not reach (a page counter, a fraction in a list) is no header
        titled = all(
            2 <= len(c.title) <= 40 and not _SENTENCE.search(unasked(c.title)) for c in run
        )
        if worded_count(f"generic:{shape}"):
            # a count with a word of its own ('=== entry 2/5 ==='): a dump's record
            # only over its fields (the title's row or a metadata row right below);
            # a list's '—— Task 2/3 ——' over its text counts steps of one piece
            firsts = [next((ln.strip() for ln in b if ln.strip()), "") for b in bodies]
            if labelled_counter(lines[run[0].line]) is not None:
                # '消息：2' names no total: its block is labelled rows alone, one of them
                # the title's ('日期：…', '主题：某事'), as a dump's record's fields; a
                # labelled title may hold one comma ('某事，顺便问问')
                blocks = [field_block(lines, c.line) for c in run]
                titled = all(
                    2 <= len(c.title) <= 40 and _title_shaped(unasked(c.title)) for c in run
                ) and all(
                    len(b) >= 2 and any(title_field(r) is not None for r in b) for b in blocks
                )
            else:
                titled = titled and all(
                    title_field(ln) is not None or (meta_row is not None and meta_row(ln))
                    for ln in firsts
                )
        return "split" if total == len(run) and titled else "no"
    if strong:
        return "split"
    # a bullet, word or framed run holds all its lines of that shape: no restart to read
    if shape[0] not in "BKF" and restarts(lines, run, v):
        return "no"
    # a compilation's titles differ (two notices of one subject may share one)
    titled = all(
        2 <= len(c.title) <= 40 and _title_shaped(unasked(c.title)) and c.title[-1] not in ":："
        for c in run
    ) and 2 * len({c.title for c in run}) > len(run)
    # the last article runs to the page's end, where the foot chrome may be: not counted
    substantial = (
        all(
            sum(1 for ln in b if ln.strip()) >= 2 and _prose_chars(b) >= v.min_body_chars
            for b in bodies[:-1]
        )
        and _prose_chars(bodies[-1]) >= v.min_body_chars
    )
    if not (titled and substantial):
        return "no"
    if all(untagged(s) is not s for s in (lines[c.line].strip() for c in run)):
        # every header a tag row ('▍某类 · 第2位') over a title and a body: a roll of
        # pieces, each filed under a category and counted on (a document's own parts are
        # numbered, not tagged and counted)
        return "split"
    head = "\n".join(ln for ln in lines[: run[0].line] if ln.strip())
    n = len(run)
    # '两件' is how two is counted ('这两件事'), '二件' never; over a two-part piece
    # ('…（上）', '…（下）') '两篇' may count its parts as well as two pieces: no cue
    two = "|两" if not shape.endswith("|p") else ""
    numeral = rf"\d{{1,2}}|[一二三四五六七八九十]{{1,3}}{two}"
    # an ordinal ('第二条') counts nothing
    counts = re.findall(rf"(?<![第\d一二三四五六七八九十])({numeral})\s*[{v.count_units}]", head)
    cue = any(cn_number(x) == n for x in counts)
    cue = cue or any(w in head for w in v.compile_words)
    cue = cue or all(c.title.endswith(title_endings) for c in run)
    # a contents line over the pieces naming every title in order ('导览：甲 · 乙')
    cue = cue or lists_titles(head.split("\n"), [c.title for c in run])
    if not cue and meta_row is not None:
        # under a bare number the title is the body's first line: the row is below it,
        # or it is the title's own line (a date beside the title)
        firsts = [
            next((ln for ln in b if ln.strip() and ln.strip() != c.title), "")
            if c.title not in lines[c.line]
            else next((ln for ln in b if ln.strip()), "")
            for c, b in zip(run, bodies, strict=True)
        ]
        cue = all(meta_row(ln) or dated_title(ln) is not None for ln in firsts)
    if not cue and foot is not None:
        # each piece closed by its own credit or source row ('（供稿：…）'); the last
        # runs to the page's end, where the foot chrome may follow its row
        # (a rule of marks alone, '﹏﹏﹏', parting the pieces is neither's last line)
        lasts = [next((ln for ln in reversed(b) if _worded(ln)), "") for b in bodies[:-1]]
        cue = all(foot(ln) for ln in lasts) and any(foot(ln) for ln in bodies[-1] if ln.strip())
    if not cue and shape[0] == "S":  # a series whose base the page head names
        m = _SUFFIX.match(run[0].title) or _PART.match(run[0].title)
        base = m["title"].strip() if m else ""
        cue = len(base) >= 2 and base in head and all(c.title.startswith(base) for c in run)
    parts = shape.split("|")
    measured = len(parts) > 1 and _MEASURE.fullmatch(parts[1][1:]) is not None
    if not cue and (_own_word(parts[0][1:]) or measured):
        # '阶段一：', '例子2：', '第2天　' without a cue: a document's own parts, no doubt
        return "no"
    return "split" if cue else "unsure"
