"""Which of a piece's first lines is its title, decided by the lines' SHAPES.

A headerless piece's title is its first line (:func:`title_choice.title_from_body`), but on
a new site the first line is often something that only sits where titles sit: a
``label：value`` row, a date(-time) row with its issuer, a document, case or issue number
alone, a breadcrumb, a link, a compilation's banner, or the first sentence of the body.
:func:`line_shape` names the shape of one line; :func:`title_line` passes over lines that
are never a title while a heading-shaped line (:func:`heading_like`) stands within a few
lines below them.  The vocabulary (the shapes' patterns, the mark labels, the sentence
marks, the limits) is data: ``cleaner/rules/title_shape.toml``.

Choosing the title never edits the text: a passed-over line stays where it is (the
metadata readers decide separately whether it is a row of fields).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from cleaner.rules import load_table
from cleaner.stages.date_stamp import stamp_line
from cleaner.stages.person_names import named, person_name

# clause and sentence marks: a heading holds none of them (split_lead_rows' test)
from cleaner.stages.sentence_marks import CLAUSE_COLON_MARK as _NOT_HEADING
from cleaner.stages.sentence_marks import SENTENCE_MARK as _SENTENCE_MARK
from cleaner.stages.split_head import site_name_line
from cleaner.stages.split_titles_lines import nav_line

#: the shapes that are never a title while a heading stands below them
NEVER_TITLE = frozenset(
    {
        "url",
        "breadcrumb",
        "date_row",
        "number_row",
        "label_row",
        "banner",
        "sentence",
        "long",
        "byline",
        "comment",
        "tag_row",
        "site_name",
    }
)
#: the shapes of body text: at most one such line is passed over (a lead sentence)
_PROSE = frozenset({"sentence", "long"})

_LABEL = re.compile(r"^[【\[]?(?P<label>[\u4e00-\u9fff]{2,8})[】\]]?[ \t\u3000]*[：:][ \t\u3000]*")

DocNumber = Callable[[str], str | None]
Fields = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class _Vocab:
    reach: int
    title_max: int
    heading_min: int
    url: re.Pattern[str]
    comment: re.Pattern[str]
    date_row: re.Pattern[str]
    case_number: re.Pattern[str]
    issue_number: re.Pattern[str]
    banner_count: re.Pattern[str]
    section_number: re.Pattern[str]
    compile_words: tuple[str, ...]
    marks: frozenset[str]
    credits: frozenset[str]
    value_max: int
    bare_max: int
    always_end: tuple[str, ...]
    latin_words: int
    byline: re.Pattern[str]
    byline_latin: re.Pattern[str]
    byline_max: int
    kicker_max: float
    kicker_ratio: float
    kicker_more: float
    column_end: tuple[str, ...]
    column_names: frozenset[str]
    feature_deck: re.Pattern[str]
    tag_max: int
    anonymous: frozenset[str]  # [attribution]: an author unknown ('佚名')
    cite_words: tuple[str, ...]  # [attribution]: a source's cite word ('摘自')


@cache
def vocab() -> _Vocab:
    """The shapes' vocabulary (``title_shape.toml``; a compilation's words from
    ``headers.toml`` ``[generic_header] compile_words``, its credit words from
    ``[foot_row]``), read once."""
    t = load_table("title_shape")
    headers = load_table("headers")
    lim, sh, lab, sen = t["limits"], t["shapes"], t["label_row"], t["sentence"]
    by, kick = t["byline"], t["kicker"]
    persons = sorted(headers["foot_row"]["persons"], key=len, reverse=True)
    prefixes = "|".join(map(re.escape, by["prefixes"]))
    words = "|".join(map(re.escape, persons))
    foot = headers["foot_row"]
    slash = sorted({*foot["slash_writers"], *foot.get("slash_persons", [])}, key=len, reverse=True)
    slashed = "|".join(map(re.escape, slash))
    return _Vocab(
        reach=int(lim["reach"]),
        title_max=int(lim["title_max"]),
        heading_min=int(lim["heading_min"]),
        url=re.compile(sh["url"]),
        comment=re.compile(sh["comment_line"]),
        date_row=re.compile(sh["date_row"]),
        case_number=re.compile(sh["case_number"]),
        issue_number=re.compile(sh["issue_number"]),
        banner_count=re.compile(sh["banner_count"]),
        section_number=re.compile(sh["section_number"]),
        compile_words=tuple(headers["generic_header"]["compile_words"]),
        marks=frozenset(lab["marks"]),
        credits=frozenset(headers["foot_row"]["persons"] + headers["foot_row"]["units"]),
        value_max=int(lab["value_max"]),
        bare_max=int(lab["bare_max"]),
        always_end=tuple(sen["always"]),
        latin_words=int(sen["latin_words"]),
        byline=re.compile(
            rf"^(?:(?:{prefixes})?(?:{words})[ \t\u3000]+"
            # a slash credit ('文／某某', '图／文 某某', '撰文/某某'): who wrote it, no title
            rf"|(?:{slashed})[／/](?:{slashed})[ \t\u3000]+"
            rf"|(?:(?:{slashed})[／/])?(?:{slashed})[ \t\u3000]*[／/][ \t\u3000]*)"
            r"(?P<n>[\u4e00-\u9fff·]{2,5})(?:[ \t\u3000]|$)"
        ),
        byline_latin=re.compile(by["latin"]),
        byline_max=int(by["max_chars"]),
        kicker_max=float(kick["label_max"]),
        kicker_ratio=float(kick["ratio"]),
        kicker_more=float(kick["more"]),
        column_end=tuple(kick["column_endings"]),
        column_names=frozenset(kick["column_names"]) | frozenset(kick["column_endings"]),
        feature_deck=re.compile(kick["feature_deck"]),
        tag_max=int(t["tag_row"]["tag_max"]),
        anonymous=frozenset(t["attribution"]["anonymous"]),
        cite_words=tuple(t["attribution"]["cite_words"]),
    )


def heading_like(line: str) -> bool:
    """A short line without sentence or clause marks: a title's shape.

    >>> heading_like("关于某事的答复"), heading_like("正文一句。"), heading_like("类别：A")
    (True, False, False)
    """
    s = line.strip()
    return vocab().heading_min <= len(s) <= 60 and not _NOT_HEADING.search(s)


def paragraph_line(line: str) -> bool:
    """A paragraph, never a title: wider than a title can be (``[limits] title_max``,
    a Latin letter counted half) and holding a sentence mark (a sentence ends inside it
    or at its end).  A long headline holds none ('Deals: A, B and C' stays a title);
    a short question or sentence (an exam's item, a Q&A's question) is no paragraph.

    >>> paragraph_line("某地召开会议。" * 12), paragraph_line("Why? " + "word " * 30)
    (True, True)
    >>> paragraph_line("关于进一步加强和改进新时代学校体育工作促进学生身心健康全面发展的实施意见")
    False
    >>> paragraph_line("请问公司股东人数是多少？谢谢董秘。")
    False
    >>> paragraph_line("Daily Deals: More Deals Are Live, Including Controllers, Watches and More")
    False
    """
    s = line.strip()
    return _width(s) > vocab().title_max and _SENTENCE_MARK.search(s) is not None


def _width(s: str) -> float:
    """Length with a letter below U+2E80 (Latin, digits, spaces) counted half."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in s)


# a flattened table row's cell marks: a tilde or tab between cells, a wide gap
_CELLS = re.compile(r"[~\t]|[ \u00a0\u3000]{2,}")

_WRAP = {"【": "】", "[": "]", "［": "］", "〔": "〕"}
# a tag row's brackets ('〖栏目 · 专题〗') and the marks between its tags inside them
_TAG_WRAP = {**_WRAP, "〖": "〗", "「": "」"}
_TAG_SEP = re.compile(r"[ \t\u3000]*[·•・|｜/／][ \t\u3000]*|[ \t\u00a0\u3000]{2,}|\u3000")
# an ordinal opening a part's heading ('第三章', '第3节', '第二部分')
ORDINAL = re.compile(r"^第[\d一二三四五六七八九十百零〇]+[\u4e00-\u9fff]")
# a wide gap between the words of a row that is no sentence ('首页　要闻　政务')
_WIDE_GAP = re.compile(r"[ \t\u00a0]*\u3000[ \t\u00a0\u3000]*|[ \t\u00a0]{2,}")


def _label_row(s: str, v: _Vocab, field_of: Fields | None) -> bool:
    if len(s) <= v.bare_max and s.endswith(("：", ":")):
        return True  # a label without its value ('分享到：')
    if s[0] in _WRAP and s.endswith(_WRAP[s[0]]):
        s = s[1:-1].strip()  # a bracketed row ('【字体：大 中 小】')
    m = _LABEL.match(s)
    if m is None:
        return False
    value = s[m.end() :]
    if not value or _NOT_HEADING.search(value) or len(value) > v.value_max + 20:
        return False
    label = m["label"]
    if label in v.credits or (field_of is not None and field_of(label) is not None):
        return True
    return any(w in label for w in v.marks) and len(value) <= v.value_max


def tag_row(line: str) -> bool:
    """A row of short tags, never a title: tags in one pair of brackets between marks or
    wide gaps (``〖栏目 · 专题〗``), or words a wide gap apart, three or more
    (a navigation row ``首页　要闻　政务``) or two or more of one length (a slogan's
    halves ``治水兴县　造福百姓``).  A tag is at most ``tag_max`` letters, no clause mark.

    >>> tag_row("〖乡镇 · 动态〗"), tag_row("首页　要闻　政务"), tag_row("兴水利　富乡村")
    (True, True, True)
    >>> tag_row("【原创】"), tag_row("林舟　守山二十年"), tag_row("青川镇修好了石板路")
    (False, False, False)
    """
    s = line.strip()
    if not s or ORDINAL.match(s):
        return False  # a part's heading ('第三章　总则'): an ordinal and a name
    v = vocab()
    wrapped = s[0] in _TAG_WRAP and s.endswith(_TAG_WRAP[s[0]])
    parts = [p for p in (_TAG_SEP if wrapped else _WIDE_GAP).split(s[1:-1] if wrapped else s)]
    if len(parts) < 2 or any(not p or len(p) > v.tag_max or _NOT_HEADING.search(p) for p in parts):
        return False
    if wrapped:
        return True
    if len(parts) >= 3:
        return all(len(p) <= v.tag_max // 2 for p in parts)
    return len({len(p) for p in parts}) == 1 and len(parts[0]) >= 3


def _named(byline: str, name: str) -> bool:
    return person_name(name) if "/" in byline or "／" in byline else named(name)


def line_shape(
    line: str, doc_number: DocNumber | None = None, field_of: Fields | None = None
) -> str:
    """The shape of one line: ``heading`` (a title's shape), one of :data:`NEVER_TITLE`,
    ``section`` (a heading numbered as a part of the piece), ``blank`` or ``other``.

    >>> [line_shape(s) for s in ("（2020）某0101民初569号", "2018年第24期", "类别标记：A")]
    ['number_row', 'number_row', 'label_row']
    >>> [line_shape(s) for s in ("2021-03-09 16:20　某某气象台", "首页 > 通知公告 > 正文")]
    ['date_row', 'breadcrumb']
    >>> [line_shape(s) for s in ("他说明天就到。", "www.example.cn", "某某汇编（共6篇）")]
    ['sentence', 'url', 'banner']
    >>> [line_shape(s) for s in ("关于某事的答复", "一、总体要求", "专访：某某", "怎么办？")]
    ['heading', 'section', 'other', 'other']
    """
    s = line.strip()
    if not s:
        return "blank"
    v = vocab()
    if v.url.match(s):
        return "url"
    if v.comment.match(s):
        return "comment"
    if nav_line(s):
        return "breadcrumb"
    if v.date_row.match(s) or (stamp_line(s) and _LATIN_CHAR.search(s)):
        # a Latin dateline ('Friday, 20 November 2019'); a Han date spaced apart
        # ('2020年 3月5日') heads a changelog's entry (test_blind_family_fixes_x)
        return "date_row"
    if v.case_number.match(s) or v.issue_number.match(s):
        return "number_row"
    if doc_number is not None and len(s) <= 40 and doc_number(s) is not None:
        return "number_row"
    if _label_row(s, v, field_of):
        return "label_row"
    if len(s) <= v.byline_max and (
        # a slash credit's word must look like a person's name ('文/旅融合发展' is a
        # wrapped headline's rest); a credit word and a gap, no stop word ('记者 手记')
        ((by := v.byline.match(s)) is not None and _named(by[0], by["n"]))
        or v.byline_latin.match(s)
    ):
        return "byline"
    if tag_row(s):
        return "tag_row"
    if _HAN_CHAR.search(s) and site_name_line(s):
        return "site_name"  # a site's name alone by its ending ('某某新闻网'): no title
    if s.endswith(v.always_end):
        return "sentence"
    if s.endswith(".") and len(s.split()) >= v.latin_words:
        return "sentence"
    if _width(s) > v.title_max:
        return "long"
    if any(w in s for w in v.compile_words) and v.banner_count.search(s):
        return "banner"
    if not heading_like(s):
        return "other"
    if _CELLS.search(s):
        return "other"  # cells of a flattened table row ('~规格~版式一 200×170毫米')
    return "section" if v.section_number.match(s) else "heading"


def title_line(
    lines: list[str],
    start: int = 0,
    doc_number: DocNumber | None = None,
    field_of: Fields | None = None,
    declared: tuple[str | None, ...] = (),
) -> int:
    """Index of the title among ``lines[start:]``: ``start`` unless the lines from there
    have shapes that are never a title (:data:`NEVER_TITLE`; at most one of them a body
    sentence) and a heading-shaped line follows them within ``reach`` lines, with text
    below it.  A line that holds a title the page declared (an HTML page's ``<title>``
    or ``<h1>``: ``declared``) is the title whatever its shape.

    >>> title_line(["2021年第3期", "类别标记：B", "关于某事的答复", "正文。"])
    2
    >>> title_line(["他说明天就到。", "正文第二句。"]), title_line(["关于某事", "正文。"])
    (0, 0)
    >>> title_line(["首页 > 要闻", "一、总体要求", "正文。"])
    0
    >>> title_line(["@全套枚数~4枚~" * 8, "~整张规格~版式一 200×170毫米", "图序"])
    0
    """
    v = vocab()
    if (
        start < len(lines)
        and any(t and t.strip() in lines[start] for t in declared)
        and line_shape(lines[start]) != "site_name"  # a <title> that is the site's name
    ):
        return start
    if (
        start + 1 < len(lines)
        and stamp_line(lines[start])
        and any(t and len(t.strip()) >= 4 and t.strip() in lines[start + 1] for t in declared)
    ):
        return start + 1  # a dateline over the declared headline ('Nov. 20, 2019 6:02 AM EST')
    k = start
    prose = 0
    while k < len(lines) and k - start < v.reach:
        shape = line_shape(lines[k], doc_number, field_of)
        if shape == "blank":
            k += 1
            continue
        if shape not in NEVER_TITLE:
            break
        prose += shape in _PROSE
        if prose > 1:
            return start
        k += 1
    if k == start:
        return start + 1 if kicker(lines, start, doc_number, field_of) else start
    if k + 1 >= len(lines):
        return start
    if line_shape(lines[k], doc_number, field_of) != "heading":
        return start
    if dash_led(lines[k]) and (
        attribution(lines[k]) or any(_quoted_prose(x) for x in lines[start:k])
    ):
        return start  # a dash-led line under a quotation is its attribution, no title
    return k


# a lead note opened by its label ('【导读】…', '导读：…', '编者按：…'): no quotation
_LABELLED = re.compile(r"^\s*(?:[【\[［〔][^】\]］〕]{1,6}[】\]］〕]|[^\s：:，,。]{1,5}[：:])")


def _quoted_prose(line: str) -> bool:
    """Whether ``line`` is body prose that a dash-led line may attribute (a quotation,
    a saying), not a labelled lead note or a date or field row.

    >>> _quoted_prose("人生没有白走的路。"), _quoted_prose("【提要】全文约三千字。")
    (True, False)
    """
    return line_shape(line) in _PROSE and not _LABELLED.match(line)


def attribution(line: str) -> bool:
    """Whether the dash-led ``line`` names where the words above it come from (a name
    alone, an anonymous author, a name before a cited 《work》, a cite word before a
    source), never a deck: ``[attribution]`` of ``title_shape.toml``.

    >>> attribution("——某甲乙"), attribution("——某子《某篇》"), attribution("——摘自某某校刊")
    (True, True, True)
    >>> attribution("——记某甲乙"), attribution("——某地三十年变迁纪实")
    (False, False)
    >>> attribution("——《某书》读后感")
    False
    """
    s = _DASHES.sub("", line.strip()).strip()
    v = vocab()
    if s in v.anonymous or s.startswith(v.cite_words):
        return True
    m = _NAME_WORK.match(s)
    return bool(m and (not m["n"] or person_name(m["n"]) or len(m["n"]) <= 4)) or (
        person_name(s) and len(s) <= 4
    )


_DASHES = re.compile(r"^[\u2014\u2015\u2e3a\u2e3b]+")
# a name (maybe none) before a cited work, nothing after it: '某子《某篇》'
_NAME_WORK = re.compile(r"^(?P<n>[\u4e00-\u9fff·]{0,6})[《〈][^》〉]{1,20}[》〉]$")


def dash_led(line: str) -> bool:
    """``line`` opens with a long dash (``——``, ``—``, ``―``) and a letter: a deck or subtitle under
    the headline (``——记某某``, ``——某地某事纪实``) or an attribution, never the headline.
    A line closed by a dash too is a framed heading (``—— 第一章 ——``), no deck.

    >>> dash_led("——写在某校建校五十周年之际"), dash_led("―某地见闻"), dash_led("某地见闻——上篇")
    (True, True, False)
    >>> dash_led("—— 第一章 ——"), dash_led("————"), dash_led("- 某事"), dash_led("— 某事")
    (False, False, False, False)
    """
    s = line.strip()
    return bool(_DECK_DASH.match(s)) and unicodedata.category(s[-1]) != "Pd"


# a deck's dash: one or more long dashes, a letter or a digit (or an opening quote) right after;
# a hyphen or a dash and a space is a bullet or an ornament ('- 某事', '— 某事')
_DECK_DASH = re.compile(r"^[\u2014\u2015\u2e3a\u2e3b]+(?:[^\W_]|[“‘「『《])")


def _could_head(
    line: str, deck: str, doc_number: DocNumber | None, field_of: Fields | None
) -> bool:
    """Whether a short line over the dash-led ``deck`` can be the headline of which that
    deck is the subtitle: any short line (two letters are enough) but a date or field
    row, a column's name (``kicker.column_names``, the whole line: '本周导读'), or a line
    ending in a column word (``kicker.column_endings``: '城南快讯') over a deck that is
    no feature's ('——记某某', '——某事侧记' make the line above a headline: '老街观察').

    >>> deck = "——记某某"
    >>> _could_head("渡口人家", deck, None, None), _could_head("本周导读", deck, None, None)
    (True, False)
    >>> _could_head("守护", deck, None, None), _could_head("2025年1月8日", deck, None, None)
    (True, False)
    >>> _could_head("老街观察", deck, None, None), _could_head("城南快讯", "——某事", None, None)
    (True, False)
    """
    s = line.strip()
    if not s or stamp_line(s) or line_shape(s, doc_number, field_of) not in _MAY_HEAD:
        return False
    v = vocab()
    if s in v.column_names:
        return False
    return not s.endswith(v.column_end) or bool(v.feature_deck.match(deck.strip()))


# the shapes of a line that may head a deck: a heading, or a short line of no heading's
# look (two or three letters, '守护')
_MAY_HEAD = frozenset({"heading", "other"})

# a dash and an opening bracket: a note ('——（节选）', '——【编者按】…'), never a headline
_DASH_NOTE = re.compile(r"^[\u2014\u2015\u2e3a\u2e3b]+\s*[（(【\[〔［]")


def _dash_under(a: str, b: str, doc_number: DocNumber | None, field_of: Fields | None) -> bool:
    """Whether ``b``, right under the short line ``a``, is a dash-led line that is no
    headline: a note in brackets (``——（本文获某奖）``, under a title or a byline) or the
    dash-led subtitle of the headline ``a`` can be (:func:`dash_led`, :func:`_could_head`).

    >>> _dash_under("某校新闻", "——（本文获某奖）", None, None)
    True
    >>> deck = "——记某某"
    >>> _dash_under("渡口人家", deck, None, None), _dash_under("本周导读", deck, None, None)
    (True, False)
    """
    if _DASH_NOTE.match(b):
        return True
    return dash_led(b) and _could_head(a, b, doc_number, field_of)


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LATIN_CHAR = re.compile(r"[A-Za-z]")


def kicker(
    lines: list[str],
    i: int,
    doc_number: DocNumber | None = None,
    field_of: Fields | None = None,
) -> bool:
    """Whether ``lines[i]`` is a short label (a column, a badge, a kicker) over a much
    longer heading in the same script, with text below that heading: the heading is
    the title.  A '关于…' heading under a short line is left to the issuer join.

    >>> kicker(["县内要闻", "某县启动山塘水库除险加固工程", "正文。"], 0)
    True
    >>> kicker(["某某", "zhuang zhuang zhong zhong ji", "正文。"], 0)
    False
    >>> kicker(["春", "关于某事的通知", "正文。"], 0)
    False
    """
    if i + 2 >= len(lines):
        return False
    v = vocab()
    a, b = lines[i].strip(), lines[i + 1].strip()
    if not a or _NOT_HEADING.search(a) or _width(a) > v.kicker_max or b.startswith("关于"):
        return False
    if line_shape(b, doc_number, field_of) != "heading" or v.section_number.match(a):
        return False
    if _dash_under(a, b, doc_number, field_of):
        return False  # a dash-led note or subtitle is no headline: no kicker over it
    wa, wb = _width(a), _width(b)
    if wb < max(wa * v.kicker_ratio, wa + v.kicker_more):
        return False
    han = bool(_HAN_CHAR.search(a))
    return (
        bool(_HAN_CHAR.search(b))
        if han
        else bool(_LATIN_CHAR.search(a) and not _HAN_CHAR.search(b))
    )
