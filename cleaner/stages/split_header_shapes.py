"""The shape of a numbered header line: how :mod:`split_headers` reads one line.

The number's forms (prefix ``〈2〉标题``, suffix ``标题 篇3``, a two-part ``（上）``), the
cheap gates that let most lines skip the shape regexes (:func:`numbered_line`,
:func:`word_head`, :func:`glyph_head`), a tag row's word put aside (:func:`untagged`),
a label row (:func:`labelled_number`), the rule vocabulary (:func:`vocab`) and the
reading itself (:func:`candidate`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from cleaner.rules import load_table
from cleaner.stages.bracket_pairs import PAIRS
from cleaner.stages.split_numerals import (
    _CAPITAL,
    _CIRCLED,
    _LETTERS,
    _NUMERALS,
    _ROMAN,
    FW_DIGITS,
    _number,
    bullet_glyph,
)
from cleaner.stages.split_tag_heads import tag_counter

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
    + FW_DIGITS
    + _CIRCLED
    + _ROMAN
    + _CAPITAL
)
_START_ANY = _START | _LATIN  # a Latin word may open a header too ('Part 2 …')
_END = frozenset("0123456789一二三四五六七八九十篇则）)〉>】]〗〕」』》" + FW_DIGITS)
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


# a frame's closing glyph when it mirrors the opening one ('◀ 第2篇 ▶'); any other
# frame repeats its glyph at both ends ('〓 第2则 〓', '★第三篇★', '== 第1例 ==')
_MIRRORS = {"◀": "▶", "◁": "▷", "☜": "☞", "⇐": "⇒", "←": "→", "<": ">"}
# what a frame holds to be put aside: an ordinal alone ('第 2 则', '第三篇', '2例'); a
# frame around a number and a name ('━━ ❶ 某类 ━━') is a column's banner over its pieces
# a number alone in a frame ('—— 2 ——') is a folio's or an item mark's (their own readers)
_BARE_ORDINAL = re.compile(
    r"第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[\u4e00-\u9fff]?"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[\u4e00-\u9fff]"
)
# quotes and brackets pair as a title's or a label's marks (bracket_pairs): no frame
_NOT_FRAME = frozenset("\"'`“”‘’「」『』《》〈〉")


def unframed(s: str) -> str:
    """``s`` with a decorative frame put aside: the same run of a symbol at both ends
    (``〓　第 2 则　〓``, ``★第三篇★``, ``== 第1例 ==``) or a mirrored pair (``◀ 第2篇 ▶``)
    around an ordinal alone (a number with ``第`` or a measure word or both).  A frame
    decorates the number as a bullet does; the number inside is read as if bare.
    Brackets and quotes are no frame (a label's or a title's own marks), nor is a rule
    of glyphs (``★★★``), and a frame around a number and a name (``━━ ❶ 某类 ━━``, a
    column's banner) is left as it is; other lines as they are.

    >>> unframed("〓　第 2 则　〓"), unframed("★第三篇★"), unframed("== 第1例 ==")
    ('第 2 则', '第三篇', '第1例')
    >>> unframed("◀ 第2篇 ▶"), unframed("— 2 —")
    ('第2篇', '— 2 —')
    >>> unframed("★★★"), unframed("「第2则」"), unframed("第2则"), unframed("〓第2则")
    ('★★★', '「第2则」', '第2则', '〓第2则')
    >>> unframed("━━ ❶ 某类 ━━"), unframed("◆甲◆")
    ('━━ ❶ 某类 ━━', '◆甲◆')
    """
    if len(s) < 3:
        return s
    a = s[0]
    if a.isalnum() or a.isspace() or a in _NOT_FRAME or _opening(a):
        return s
    if unicodedata.category(a)[0] not in "PS":
        return s
    z = _MIRRORS.get(a, a)
    if s[-1] != z:
        return s
    i = len(s) - len(s.lstrip(a))
    j = len(s) - len(s.rstrip(z))
    if i > 3 or j > 3:
        return s
    core = s[i : len(s) - j].strip()
    return core if _BARE_ORDINAL.fullmatch(core) else s


def tag_row(line: str) -> bool:
    """A tag row: a category word of the site's own and an ordinal (``▍某类 · 第2位``),
    or a section row (:func:`leader_row`).  Like a label row (:func:`labelled_number`)
    it names a kind of piece besides its number, so the title line under it is the
    piece's first line of text.

    >>> tag_row("▍甲类 · 第2位"), tag_row("第2位"), tag_row("（2）")
    (True, False, False)
    >>> tag_row("03 ·········· 某栏　SOME COLUMN")
    True
    """
    s = line.strip()
    return untagged(s) is not s or leader_row(s)


# a section row: a piece's number, a leader of dots, middots or dashes, then the name of
# the column it is filed under ('02 ·········· 某栏　SOME COLUMN'); a contents line
# ('第一章 ……… 3') has its leader after a title and a page number after it
_LEADER_ROW = re.compile(
    r"^(?P<num>\d{1,2})[ \u3000]*(?:[.．·・•…⋯‥\-－—_─][ \u3000]*){3,}"
    r"(?P<name>[^\d\s.．·・•…⋯‥\-－—_─][^。！？!?；;，,]{0,40})$"
)
_LEADER_DELIM = re.compile(r"^(?:[.．·・•…⋯‥\-－—_─]\s*){3,}$")


def leader_row(line: str) -> bool:
    """``line`` is a section row: a number, a leader and a column's name after it, no
    number at its end (a contents line's page number), no sentence in it.

    >>> leader_row("02 ·········· 某栏　SOME COLUMN"), leader_row("3 ------ 某某专栏")
    (True, True)
    >>> leader_row("第一章 ……… 3"), leader_row("02 ·········· 15"), leader_row("02 某栏")
    (False, False, False)
    """
    s = line.strip()
    m = _LEADER_ROW.match(s)
    return m is not None and not s[-1].isdigit() and any(ch.isalpha() for ch in m["name"])


def leader_shape(shape: str) -> bool:
    """``shape`` is a run of section rows: its delimiter a leader (:func:`leader_row`)."""
    parts = shape.split("|")
    return len(parts) > 1 and parts[1] == f"#{LEADER}"


#: a section row's leader in its shape (any length, any of the dots: one shape a site)
LEADER = "·…"


def numbered_line(s: str) -> bool:
    """A cheap gate: may the stripped, non-empty line ``s`` be a generic header (a
    number or bracket at either end, a site's word or a glyph before the number, a Latin
    numbering word: 'Part 2 标题', not 'INT(11) 中的…')?  Tables (tabs) and prose
    (over ``max_len``) are not."""
    if len(s) > 80 or "\t" in s:
        return False
    s = unframed(s)
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
    subject_units: str
    compile_words: tuple[str, ...]
    compile_cues: tuple[str, ...]
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
        "".join(g["subject_units"]),
        tuple(g["compile_words"]),
        tuple(g["compile_cues"]),
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
    bare = unframed(line)
    frame = f"F{line[0]}" if bare is not line else ""  # '〓 第2则 〓': one shape a frame
    line = untagged(bare)
    tagged = tag_counter(line, v.count_units)
    if tagged is not None:
        # '#某类#　第2条': a framed class tag over the piece and its ordinal (split_tag_heads)
        tag, tag_frame, raw, unit = tagged
        number = _number(raw)
        if number is not None and 1 <= number <= 99:
            system = "d" if raw.isdigit() else "c"
            return Candidate(i, f"S{tag_frame}第|#{unit}|{system}", number, tag)
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
        if kind == "P" and _LEADER_DELIM.match(delim) and leader_row(line):
            delim = LEADER  # '02 ········ 某栏': the leader's length pads the row, no shape
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
        return Candidate(i, f"{frame}{kind}{pre}|#{delim}|{system}", number, title)
    return None


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


_LABEL_OPEN = PAIRS  # bracket_pairs: the pairs that frame a label
