"""Judging site profiles: which repeated lines are chrome, under one configuration.

A repeated line must also look like chrome (:func:`chrome_signals`); lines the keep table
protects (``cleaner/rules/site_repeat_keep.toml``, metadata, article headers) are never
learned (:class:`KeepTable`); :func:`judge` applies a configuration's thresholds to the
counts of one site (:class:`~cleaner.stages.site_counts.SiteProfile`) and returns what is
:class:`Learned`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cleaner.rules import load_table
from cleaner.rules.han_forms import widen
from cleaner.stages.compilation_words import summary_line
from cleaner.stages.cue_words import mask_compounds
from cleaner.stages.glyph_bars import glyph_bar
from cleaner.stages.person_names import addressed, person_name
from cleaner.stages.repeat_slots import SLOT_MASK, reply_frame, reply_stamp, slot_shape
from cleaner.stages.sentence_marks import CLAUSE_MARK
from cleaner.stages.site_counts import _SENTENCE_END, SiteProfile, literal_chars, shape_of
from cleaner.stages.site_title_bar import TITLE_BAR, title_bar
from cleaner.stages.split_dates import normalise_date
from cleaner.stages.split_rows import cover_line
from cleaner.stages.varying_fields import LabelRows, label_rows
from cleaner.stages.verb_bylines import verb_byline

if TYPE_CHECKING:
    from cleaner.stages.boilerplate_config import BoilerplateConfig

#: A sentence: this long and ending in sentence punctuation.
SENTENCE_CHARS = 20
#: A footer start (a tail heading) is at most this long.
FOOTER_MAX_CHARS = 40
#: Longer lines are never chrome unless a cue, a URL or separators say so.
PROSE_CHARS = 80
_DIGIT = re.compile(r"\d")
_MENU_SEP = re.compile(r"\s[|｜/>»›·┃│-]{1,2}\s|[|｜»›·┃│]|>>|【[^】]{1,10}】")
#: What a document's title never holds: a label's colon, sentence marks, menu bars.
_TITLE_BREAKERS = re.compile(r"[:：。；;！？!?|｜>»›]")
_MARKUP_ONLY = re.compile(r"^(?:</?[A-Za-z][^<>]*>|<!\[CDATA\[|\]\]>|&\w+;|[\W_])+$")
#: A line's mean position under this share of the page is the header zone (a crawl-day
#: date in a header bar is chrome there).
HEADER_ZONE = 0.2
#: What a line holding only a date is made of: numerals in digits or Chinese, the date
#: words, an era name (中華民國 / 公元) and separators.
_DATE_CHARS = re.compile(
    r"[\d〇○零一二三四五六七八九十百年月日号號中華华民國国公元\s\-./／()（）]+"
)


def date_only(line: str) -> bool:
    """Is ``line`` a date and nothing else (a document's sign-off date)?

    >>> date_only("中華民國二十六年五月九日"), date_only("2019年4月2日"), date_only("2019-04-02")
    (True, True, True)
    >>> date_only("更新时间：2019-04-02"), date_only("第三十四条"), date_only("2019")
    (False, False, False)
    """
    s = line.strip()
    return (
        0 < len(s) <= 24
        and _DATE_CHARS.fullmatch(s) is not None
        and (normalise_date(s) is not None)
    )


_BAR_CELLS = re.compile(r"[ \t\u3000]*[|｜┃│·][ \t\u3000]*|\u3000+")
_COUNTED_CELL = re.compile(r"[\u4e00-\u9fff]{1,6}[ \t]*\d{1,9}[ \t]*[\u4e00-\u9fff]{0,2}")


def counted_bar(line: str) -> bool:
    """A bar of counts: two cells at least parted by bars, each a word, its count and
    maybe a measure word, nothing else (a page's view, sign-up and reminder counts).

    >>> counted_bar("浏览 120 次 ┃ 收藏 8 人"), counted_bar("某局 | 某发〔2021〕7号 | 2021-03-09")
    (True, False)
    >>> counted_bar("报名 8 人")
    False
    """
    cells = [c for c in _BAR_CELLS.split(line.strip()) if c]
    return len(cells) >= 2 and all(_COUNTED_CELL.fullmatch(c) for c in cells)


def chrome_signals(line: str, *, mean_pos: float, masked: bool, cues: list[str]) -> list[str]:
    """Why a repeated line looks like chrome (empty: it looks like content).

    ``cues`` are the names of the cue patterns (``site_repeat_keep.toml``, ``[[cue]]``)
    the line matches; ``mean_pos`` is its mean relative line position (0 top, 1 bottom);
    ``masked`` says it was learned as a shape with numbers masked.

    >>> chrome_signals("网站首页 | 政务公开 | 办事服务", mean_pos=0.0, masked=False, cues=[])
    ['menu', 'short', 'edge']
    >>> chrome_signals("各部门要按照要求认真组织实施本项工作安排并及时报送。", mean_pos=0.5,
    ...                masked=False, cues=[])
    []
    """
    out = [f"cue:{c}" for c in cues]
    if len(_MENU_SEP.findall(line)) >= 2 or glyph_bar(line):
        out.append("menu")  # menu separators, or cells opened by one mark (glyph_bars)
    sentence = len(line) >= SENTENCE_CHARS and line.endswith(_SENTENCE_END)
    if not sentence and len(line) <= SENTENCE_CHARS:
        out.append("short")
    if masked:
        out.append("digits")
    edge = mean_pos < 0.2 or mean_pos > 0.8
    if edge:
        out.append("edge")
    if sentence:
        # a repeated sentence is content unless it speaks about the site or the page
        # (a disclaimer, a prompt): one cue at the page's edge, or two anywhere
        return out if len(cues) >= 2 or (cues and edge) else []
    if line.endswith("。") and not cues and not edge and "menu" not in out:
        return []  # a short sentence inside the text ('下列术语适用于本文件。'): a formula
    if len(line) > PROSE_CHARS and not cues and "menu" not in out:
        return []
    return out


#: A sentence learned as a page foot's (:func:`foot_sentence`) stands on at least this many
#: of the site's pages, every one of them, in the lower half of each page.
FOOT_MIN_PAGES = 4
FOOT_ZONE = 0.5
#: The signal of a sentence the boilerplate stage takes only below the page's text.
FOOT = "foot"


def foot_sentence(line: str, cues: list[str], mean_pos: float, count: int, pages: int) -> list[str]:
    """Signals of a sentence with ONE cue word that the site prints word for word under
    the text of every page (a disclaimer between the text and its page tools): chrome,
    but only where it stands below the page's text (:data:`FOOT`, the boilerplate stage
    checks the page at hand).  A sentence of the text itself with one cue word stays
    (:func:`chrome_signals` wants two, or the page's edge).

    >>> s = "以上信息以本馆现场公告为准，请读者朋友们相互转告。"
    >>> foot_sentence(s, ["legal"], 0.7, 6, 6)
    ['cue:legal', 'foot']
    >>> foot_sentence(s, ["legal"], 0.7, 5, 6), foot_sentence(s, ["legal"], 0.3, 6, 6)
    ([], [])
    """
    sentence = len(line) >= SENTENCE_CHARS and line.endswith(_SENTENCE_END)
    if not sentence or len(cues) != 1 or mean_pos < FOOT_ZONE:
        return []
    if pages < FOOT_MIN_PAGES or count < pages:
        return []
    return [f"cue:{cues[0]}", FOOT]


#: The signal of a sentence with no cue word that the site prints word for word on every
#: page, at the head or the foot of each (:func:`edge_note`); learned apart from the site's
#: chrome (``Learned.notes``), taken by the boilerplate stage only where it closes the page
#: under its text (:func:`under_text`).
EDGE_NOTE = "edge_note"
#: An edge note stands, on the mean, in this top share or above one minus it.
EDGE_ZONE = 0.2


def edge_note(line: str, mean_pos: float, count: int, pages: int) -> list[str]:
    """Signals of a sentence the site prints word for word on every one of at least
    :data:`FOOT_MIN_PAGES` distinct pages and at the edge of each (its mean place in the
    top or the bottom fifth, :data:`EDGE_ZONE`), cue word or none: a compilation's
    standing lead or close, a column's note to its readers ('以下来信已作隐去处理。').
    Distinct pages carry distinct texts; a sentence none of them varies, printed
    above or below all of them, is the site's.  Chrome only where it closes the page
    under its text (:func:`under_text`: the boilerplate stage checks the page at hand);
    over the text it is a head note, the split stage's to read; a sentence of the text
    itself (a closing formula in the middle of the page, a notice's own close over its
    signature) stays.  Measured on the tuning families before it was written: of the
    sentences printed word for word on every page that the profile learned nothing of,
    the chrome ones stood at a mean place under 0.2 or over 0.8, the text's own between
    0.2 and 0.8.

    >>> s = "以下内容由各单位报送并经审核后选登，个人信息已作隐去处理。"
    >>> edge_note(s, 0.1, 6, 6), edge_note(s, 0.9, 6, 6)
    (['edge', 'edge_note'], ['edge', 'edge_note'])
    >>> edge_note(s, 0.5, 6, 6), edge_note(s, 0.1, 5, 6), edge_note(s, 0.1, 3, 3)
    ([], [], [])
    >>> edge_note("以下内容选登", 0.1, 6, 6)  # no sentence
    []
    """
    sentence = len(line) >= SENTENCE_CHARS and line.endswith(_SENTENCE_END)
    if not sentence or pages < FOOT_MIN_PAGES or count < pages:
        return []
    if EDGE_ZONE <= mean_pos <= 1.0 - EDGE_ZONE:
        return []
    return ["edge", EDGE_NOTE]


def under_text(stripped: list[str], i: int, last: int, own: Callable[[int], bool]) -> bool:
    """Does line ``i`` (an :data:`EDGE_NOTE`) close the page under its text: below
    ``last``, the page's last prose line, with a line of the page's own (``own``: no
    claim, no site hit) right above it?  Over the text it is a head note (the split
    stage reads the head); with the site's chrome right above it, it stands in the foot
    (the foot pass judges it, :mod:`~cleaner.stages.foot_repeat`).

    >>> page = ["某站", "一、某事", "正文一句。", "——某所报送", "", "本期通报的要求一句。", "版权"]
    >>> own = {1, 2, 3}.__contains__
    >>> under_text(page, 5, 2, own), under_text(page, 5, 5, own)
    (True, False)
    >>> under_text(page, 5, 2, {1, 2}.__contains__)  # chrome right above it
    False
    >>> mine = {0, 1}.__contains__
    >>> under_text(["一、某事", "正文一句。", "自提优先，晚上可以来看。"], 2, 1, mine)
    False
    >>> under_text(["一、某事", "正文一句。", "以上声明由刊登人负责。"], 2, 1, mine)
    True
    """
    if i <= last:
        return False
    up = next((k for k in range(i - 1, -1, -1) if stripped[k]), None)
    if up is None or not own(up):
        return False
    # right under the text's last sentence it may be the text's own last word (a seller's
    # standing terms under each post): the site's only when it speaks of all above it
    return up != last or summary_line(stripped[i])


#: The signal of a sentence differing page after page only in its number to call, taken
#: only where it stands inside the page's footer (the boilerplate stage checks the page).
FOOT_CALL = "foot_call"
#: a number to call: seven digits or more, an area code in brackets, dashes or spaces
#: between them (half- or full-width digits)
_CALL_NUMBER = re.compile(r"(?<!\d)[+＋]?[(（]?\d[\d()（）\-－ ]{5,}\d(?!\d)")
#: a number to call holds at least this many digits
CALL_DIGITS = 7


def _call_clause(line: str) -> int:
    """Where the clause holding ``line``'s first number to call starts (-1: no number)."""
    for m in _CALL_NUMBER.finditer(line):
        if sum(ch.isdigit() for ch in m.group()) >= CALL_DIGITS:
            marks = [x.end() for x in CLAUSE_MARK.finditer(line, 0, m.start())]
            return marks[-1] if marks else 0
    return -1


def foot_call(examples: list[str], mean_pos: float, count: int, pages: int) -> list[str]:
    """Signals of a sentence the site prints at the foot of every page, word for word
    but for its last clause, which holds each page's own number to call (a contact line
    a notice board fills anew: '如有疑问，请洽某科，电话：…'; at least
    :data:`FOOT_MIN_PAGES` pages, every one of them, in the lower half of the page:
    :data:`FOOT_ZONE`).
    Chrome only where it stands inside the page's footer (:data:`FOOT_CALL`: the
    boilerplate stage checks that the site's chrome stands over it and only chrome under
    it); a sentence whose words differ (each notice's own matter) is none.

    >>> ex = ["如有疑问，请洽本局某科，电话：（010）5551234。",
    ...       "如有疑问，请洽本局某科，电话：（010）5559876。"]
    >>> foot_call(ex, 0.9, 4, 4)
    ['foot_call']
    >>> foot_call(ex, 0.4, 4, 4), foot_call(ex, 0.9, 3, 4)
    ([], [])
    >>> foot_call(["本期共处理12件，如有疑问，请致电5551234。",
    ...            "本期共处理31件，如有疑问，请致电5559876。"], 0.9, 4, 4)
    []
    >>> foot_call(["如有疑问，请致电本局，第3期。", "如有疑问，请致电本局，第4期。"], 0.9, 4, 4)
    []
    """
    if mean_pos < FOOT_ZONE or pages < FOOT_MIN_PAGES or count < pages:
        return []
    distinct = set(examples)
    if len(distinct) < 2:
        return []
    heads = set()
    for e in distinct:
        start = _call_clause(e)
        if start < 0:
            return []
        heads.add(e[:start])
    return [FOOT_CALL] if len(heads) == 1 else []


#: A name the site prints above the text of every page stands in this top share of each.
MASTHEAD_ZONE = 0.1
_NAME_BREAKERS = re.compile(r"[-_|｜·•>›»/／]")


def masthead_name(line: str, reason: str, mean_pos: float, count: int, pages: int) -> bool:
    """Is a line kept as a signer's name (keep rule ``signature_org``) the site's own
    masthead: printed word for word on every one of at least :data:`FOOT_MIN_PAGES`
    pages, in the top tenth of each (above the text, where no document signs)?  A body
    signs under its text; the same name over the headline of every page is the site's
    brand bar.  Not a bar of cells ('某局 - 公示公告', a title bar: site_title_bar's), and
    not the top line of every page (``mean_pos`` 0): a text page's first line is its own
    head, an issuer over its document or the masthead of a compilation that the split
    stage reads with the issue's other head lines (its prefix, as the truths call it).

    >>> masthead_name("某某市气象局", "signature_org", 0.02, 6, 6)
    True
    >>> masthead_name("某某市气象局", "signature_org", 0.02, 5, 6)  # not on every page
    False
    >>> masthead_name("某某市气象局", "signature_org", 0.9, 6, 6)  # under the text: a signer
    False
    >>> masthead_name("公示公告-某某市气象局", "signature_org", 0.02, 6, 6)
    False
    >>> masthead_name("某某市气象局", "signature_org", 0.0, 6, 6)  # every page's top line
    False
    >>> masthead_name("特此通知。", "closing_phrase", 0.02, 6, 6)
    False
    """
    return (
        reason == "signature_org"
        and pages >= FOOT_MIN_PAGES
        and count >= pages
        and 0.0 < mean_pos < MASTHEAD_ZONE
        and not _NAME_BREAKERS.search(line)
    )


def footer_start(line: str, signals: list[str]) -> bool:
    """Can ``line`` start a footer (a tail scope)?  A short heading with words, not markup.

    >>> footer_start("</channel>", ["short", "edge"])
    False
    >>> footer_start("相关文档", ["cue:related", "short", "edge"])
    True
    """
    if len(line) > FOOTER_MAX_CHARS or _MARKUP_ONLY.match(line) or literal_chars(line) < 2:
        return False
    if line.endswith(_SENTENCE_END) and not any(x.startswith("cue:") for x in signals):
        return False
    return any(x.startswith("cue:") or x in ("menu", "short") for x in signals)


@dataclass(frozen=True, slots=True)
class LearnedLine:
    """A line or shape judged to be chrome on one site."""

    key: str  # the exact line, or the shape
    kind: str  # "line" or "shape"
    scope: str  # "line" or "tail"
    pages: int
    support: float  # share of the site's pages, 0-100
    examples: tuple[str, ...]
    #: mean share (0-100) of a page's characters it removed where it was seen (``None``:
    #: unknown, learned from profiles stored before shares were counted)
    expected_share: float | None = None
    #: why it looks like chrome (``chrome_signals``)
    signals: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Learned:
    """The chrome of one site under one configuration; :meth:`match` tests a line."""

    site: str
    pages: int
    lines: dict[str, LearnedLine]
    shapes: dict[str, LearnedLine]

    #: some shape has a name slot (:mod:`cleaner.stages.repeat_slots`)
    slotted: bool = False
    #: the site's standing sentences at the head or foot of every page (:func:`edge_note`),
    #: apart from ``lines``: only the boilerplate stage's edge-note pass reads them
    notes: dict[str, LearnedLine] = field(default_factory=dict)
    #: :meth:`label_rows`, built on the first page that asks (none or one entry)
    _label_rows: list[LabelRows] = field(default_factory=list, compare=False, repr=False)
    #: :meth:`word_fills`, built on the first page that asks (none or one entry)
    _fills: list[dict[str, frozenset[str]]] = field(default_factory=list, compare=False, repr=False)

    def label_rows(self) -> LabelRows:
        """The site's learned rows (every learned line's and shape's examples) by their
        labels (:func:`~cleaner.stages.varying_fields.label_rows`): built once a site, not
        once a page that asks (they depend on what was learned alone).

        >>> hit = LearnedLine("撰稿：甲", "line", "line", 9, 90.0, ("撰稿：甲", "撰稿：乙"))
        >>> learned = Learned("s", 10, {"撰稿：甲": hit}, {})
        >>> rows = learned.label_rows()
        >>> rows, learned.label_rows() is rows
        ({('撰稿',): [{'撰稿': '甲'}, {'撰稿': '乙'}]}, True)
        """
        if not self._label_rows:
            learned = (*self.lines.values(), *self.shapes.values())
            self._label_rows.append(label_rows(e for h in learned for e in h.examples))
        return self._label_rows[0]

    def word_fills(self, form_of: Callable[[str], str | None]) -> dict[str, frozenset[str]]:
        """The wordings the site fills each row form with: the learned shapes' examples
        by their form (``form_of``), each example with its figures taken out.  Built
        once a site, on the first page that asks (the forms depend on what was learned).

        >>> a = LearnedLine("甲：⟨N⟩　一台", "shape", "line", 5, 50.0, ("甲：1日　一台",))
        >>> b = LearnedLine("甲：⟨N⟩　二台", "shape", "line", 5, 50.0, ("甲：2日　二台",))
        >>> learned = Learned("s", 10, {}, {a.key: a, b.key: b})
        >>> fills = learned.word_fills(lambda s: "form")
        >>> sorted(fills["form"]), learned.word_fills(lambda s: None) is fills
        (['甲：日　一台', '甲：日　二台'], True)
        """
        if not self._fills:
            out: dict[str, set[str]] = {}
            for hit in self.shapes.values():
                for example in hit.examples:
                    form = form_of(example.strip())
                    if form is not None:
                        out.setdefault(form, set()).add(re.sub(r"\d+", "", example.strip()))
            self._fills.append({k: frozenset(v) for k, v in out.items()})
        return self._fills[0]

    def match(self, line: str, title: str) -> LearnedLine | None:
        s = line.strip()
        hit = self.lines.get(s)
        if hit is None and self.shapes and s:
            hit = self.shapes.get(shape_of(s, title))
            if hit is None and self.slotted and s != title:
                slot = slot_shape(s, shape_of, title=title)
                if slot is not None:
                    hit = self.shapes.get(slot)
        return hit

    def __len__(self) -> int:
        return len(self.lines) + len(self.shapes)


# a holder's word ending a cell: a second title, no name ('副院长', '總監')
_HOLDER_END = re.compile(widen("(?:长|主任|主席|书记|官|委员|经理|理事|秘书|专员|总监)$"))


def signer_named(line: str) -> bool:
    """Is the last cell of a signer row (``signer_row`` of ``site_repeat_keep.toml``) a
    person's name (a name's shape, no stop word), not a title or an address word?  A row
    of two menu words (``现任院长　往届院长``, ``售后专员　留言反馈``) names nobody.

    >>> signer_named("某县县长　周某某"), signer_named("校长　林某"), signer_named("司長　麥某某")
    (True, True, True)
    >>> signer_named("院长　副院长")
    False
    >>> signer_named("现任院长　往届院长"), signer_named("售后专员　留言反馈")
    (False, False)
    """
    last = line.split()[-1].split("·")[0].split("・")[0]
    return person_name(last) and not addressed(last) and not _HOLDER_END.search(last)


class KeepTable:
    """Lines that must never be learned: ``site_repeat_keep.toml``, metadata and headers;
    and the cue words that make a repeated line look like chrome (``[[cue]]``)."""

    def __init__(self) -> None:
        from cleaner.stages.split import SplitStage

        data = load_table("site_repeat_keep")
        self.patterns = [(k["name"], re.compile(k["pattern"])) for k in data["keep"]]
        # a cue is written in simplified characters and read in either script (han_forms)
        self.cue_patterns = [(c["name"], re.compile(widen(c["pattern"]))) for c in data["cue"]]
        self.split = SplitStage()
        self.title_endings = tuple(load_table("headers")["meta"]["title_endings"])

    def cues(self, line: str) -> list[str]:
        """Names of the cue patterns found in ``line``."""
        line = mask_compounds(line)  # a cue inside a compound of its own is none (cue_words)
        return [name for name, rx in self.cue_patterns if rx.search(line)]

    def series_title(self, examples: list[str], lines: dict[str, int]) -> bool:
        """Are ``examples`` (the lines of one shape) the titles of one series of documents,
        one per page ('关于3月5日降雨的通报', '关于4月9日降雨的通报'): each a document
        title's shape (no label, no sentence mark, ending like a document) and no one of
        them seen on two pages?  A page's own title differs from its sibling's in numbers
        only: content, however often its shape repeats (site_counts exempts the title it
        knows; a text page's title is not known before the split)."""
        if len(examples) < 2:
            return False
        for e in examples:
            s = e.strip()
            if not (6 <= len(s) <= 60 and s.endswith(self.title_endings)):
                return False
            if _TITLE_BREAKERS.search(s) or lines.get(s, 0) >= 2:
                return False
        return True

    def reason(self, line: str, *, verbatim: bool = False) -> str | None:
        """Name of the keep rule protecting ``line`` (``None``: learnable).  ``verbatim``:
        the line repeats word for word across the site's pages (not a shape of its own
        figures on each), so a byline of cells closed by verbs is no piece's own row."""
        # judge the line as repair will leave it: a '?' that replaced a lost space at the
        # end ('各有关单位：?') must not hide a salutation
        line = line.strip().rstrip("?？").rstrip()
        for name, rx in self.patterns:
            if rx.match(line) and (name != "signer_row" or signer_named(line)):
                return name
        if self.split.parse_meta_line(line) is not None or self.split.header_row(line):
            return "metadata"
        # a cover line ('编号　　日期发布　　日期实施　　单位') repeats wherever its document
        # is listed twice: metadata all the same (split_rows)
        if cover_line(line, self.split.meta.field_of) is not None:
            return "metadata"
        # a piece's byline of cells closed by verbs ('某某 撰　·　2019.07.28 刊'): its
        # writer writes for the site again and again, its row is no furniture (verb_bylines);
        # the same row with the same day on page after page is (a pinned post, a footer)
        if not verbatim and verb_byline(line) is not None:
            return "metadata"
        if self.split.is_header_line(line):
            return "article_header"
        return None


def judge(prof: SiteProfile, config: BoilerplateConfig, keep: KeepTable) -> Learned:
    """Apply the thresholds of ``config`` to the counts of one site."""
    lines: dict[str, LearnedLine] = {}
    shapes: dict[str, LearnedLine] = {}
    notes: dict[str, LearnedLine] = {}
    need = config.site_min_support * prof.pages / 100.0
    # a line with a cue word needs less support (site_cue_min_support), never under need
    cue_need = min(
        need,
        max(config.site_cue_min_support * prof.pages / 100.0, config.site_cue_min_pages, 2),
    )
    suffixes = title_suffixes(prof) if prof.suffixes else frozenset()
    for kind, table, out in (("line", prof.lines, lines), ("shape", prof.shapes, shapes)):
        prefix = "L" if kind == "line" else "S"
        for key, count in table.items():
            if count < cue_need or count < 2:
                continue
            if kind == "line" and (
                len(key) < config.site_min_chars or sum(ch.isalpha() for ch in key) < 2
            ):
                continue  # '附件', '一、' and bare numbers ('1.20', '2016') are never chrome
            if kind == "shape" and SLOT_MASK in key:
                # a name slot: its frame a response's stamp, a verb of replying and a
                # figure (what the letters it holds stand for in any other shape)
                if not reply_frame(key):
                    continue
            elif (
                kind == "shape"
                and literal_chars(key) < config.site_shape_min_literal
                and not reply_stamp(key)  # '⟨N⟩ 个回答': the count of the responses
            ):
                continue
            probe = key if kind == "line" else prof.examples.get(key, [key])[0]
            pk = prefix + key
            mean_pos = prof.positions.get(pk, 0.0) / count
            called: list[str] = []
            if kind == "shape" and len(probe) > 20 and probe.endswith(_SENTENCE_END):
                # prose differing only in numbers is content, not chrome; a sentence
                # differing only in its phone number too: each page's own hotline (a
                # district's repair line, a branch's booking number, a post's contact;
                # a review of residgen found them deleted on 24 pages), unless the site
                # prints it at the foot of every page: a footer's contact (foot_call)
                called = foot_call(prof.examples.get(key, []), mean_pos, count, prof.pages)
                if not called:
                    continue
            # a column's title bar at the head of every page ('栏目 | 某协会'): the site's,
            # though its name ends like a signature (site_title_bar)
            bar = kind == "line" and mean_pos < HEADER_ZONE and title_bar(probe, suffixes)
            reason = None if bar else keep.reason(probe, verbatim=kind == "line")
            if reason is not None and not (
                kind == "line" and masthead_name(probe, reason, mean_pos, count, prof.pages)
            ):
                continue
            if kind == "shape" and keep.series_title(prof.examples.get(key, []), prof.lines):
                continue  # each page's own title, its numbers its own
            if mean_pos >= HEADER_ZONE and date_only(probe):
                continue  # a date alone below the header zone: the document's date line
            cues = keep.cues(probe)
            signals = chrome_signals(probe, mean_pos=mean_pos, masked=kind == "shape", cues=cues)
            if not signals and kind == "line":
                signals = foot_sentence(probe, cues, mean_pos, count, prof.pages)
            note = edge_note(probe, mean_pos, count, prof.pages) if kind == "line" else []
            if not signals and note:
                # kept apart from the site's chrome: no other reader sees it as learned
                notes[key] = LearnedLine(
                    key,
                    kind,
                    "line",
                    count,
                    round(100.0 * count / prof.pages, 2),
                    (key,),
                    # one line of a page of the site's mean length (as below)
                    round(100.0 * min(1.0, (len(probe) + 1) * prof.pages / prof.chars), 2)
                    if prof.chars
                    else None,
                    tuple(note),
                )
                continue
            if called:
                signals = [*signals, *called]
            if bar:
                signals = [*signals, TITLE_BAR]
            if not signals:
                continue  # repeats, but reads like content (a body sentence)
            # a bar of cells (two menu separators at least) printed word for word is as
            # telling as a cue word: a site of two page kinds (single items and lists)
            # prints each kind's tab bar on about half its pages (a row of one shape with
            # its own figures on each page is a metadata row as often: not this way, but
            # for a bar of counts alone, each cell a word and its count)
            menu = "menu" in signals and (
                counted_bar(probe) if kind == "shape" else not _DIGIT.search(key)
            )
            telling = menu or any(x.startswith("cue:") for x in signals)
            if count < need and (
                not telling or (kind == "line" and prof.shapes.get(shape_of(key, ""), 0) >= need)
            ):
                continue  # under site_min_support: a line with a cue word, not in a shape
            tails = prof.tails.get(pk, 0)
            is_tail = tails >= 0.8 * count and mean_pos >= 0.6 and footer_start(probe, signals)
            examples = (key,) if kind == "line" else tuple(prof.examples.get(key, ()))
            expected: float | None = None  # unknown in profiles stored before it was
            if is_tail and pk in prof.tail_shares:
                expected = round(100.0 * prof.tail_shares[pk] / tails, 2)
            elif not is_tail and prof.chars:  # one line of a page of the site's mean length
                size = len(probe) + 1
                expected = round(100.0 * min(1.0, size * prof.pages / prof.chars), 2)
            out[key] = LearnedLine(
                key,
                kind,
                "tail" if is_tail else "line",
                count,
                round(100.0 * count / prof.pages, 2),
                examples,
                expected,
                tuple(signals),
            )
    slotted = any(SLOT_MASK in k for k in shapes)
    return Learned(prof.site, prof.pages, lines, shapes, slotted, notes)


#: A title suffix is the site's when it ends this many distinct titles of the site …
SUFFIX_MIN_TITLES = 3
#: … and at least this share (0-100) of the site's distinct pages: a channel or the site
#: name ends most titles of a site, a word of one title series a handful.
SUFFIX_MIN_SHARE = 10.0
_NOT_A_NAME = re.compile(r"[。，；！？：:,;!?]|^[\d\s./:()（）-]+$")


def title_suffixes(prof: SiteProfile) -> frozenset[str]:
    """The title suffixes a site repeats (``SiteProfile.suffixes``): ``'澎湃新闻'`` when
    ``…_澎湃新闻`` ends many of the site's titles.  Not a sentence piece and not a bare
    number or date (a part number, a year), whatever its count.

    >>> p = SiteProfile("s", pages=10, suffixes={"蓝桥问答": 9, "2023": 5, "第二部分": 2})
    >>> sorted(title_suffixes(p))
    ['蓝桥问答']
    """
    need = max(SUFFIX_MIN_TITLES, SUFFIX_MIN_SHARE * prof.pages / 100.0)
    return frozenset(
        k
        for k, c in prof.suffixes.items()
        if c >= need and not _NOT_A_NAME.search(k) and sum(ch.isalpha() for ch in k) >= 2
    )
