"""The chrome line model: a logistic regression over site-independent line features.

Rule packs name phrases of known sites and site profiles need many pages of one site; on
a site nobody has seen, chrome (headers with uploader, date, read count and VIP prompts,
per-article byline bars, repost notices, related-file lists, page numbers, reaction bars)
is still recognisable by its *shape*: short, few sentence marks, digits and counters,
separators, URLs, prompt vocabulary, and where it sits (above the first or below the last
prose line, in a block with other chrome).  :mod:`cleaner.stages.line_features` computes
those signals; the weights (``cleaner/rules/line_model.json``) are trained by
``benchmarks/train_line_model.py`` on the repository's own ``tune_*`` families and shipped
with the package (no download, no randomness at run time).

Like jusText (which classifies paragraphs by length, link density and stopword density,
then lets "bad" neighbours pull uncertain paragraphs into chrome) the decision uses context,
not the score alone: a second pass adds the neighbours' first-pass scores, and a line is
deleted (rule ``boilerplate.line_model``, ``score`` = the probability 0-100) only when

* its score is at least ``line_model_delete`` and it is in a chrome zone: before the first
  or after the last prose anchor, next to an article header, or adjoining another line
  that is chrome (claimed by a rule or scored over the threshold); elsewhere in the body
  it needs ``line_model_body``;
* it carries evidence of chrome by itself (:data:`EVIDENCE`: prompt vocabulary, an
  address, a file name or page count, a page number) or, when shorter than
  :data:`OWN_EVIDENCE_LEN`, lies at most :data:`REACH` lines from such a line through
  deleted or rule-claimed lines: a shape alone is not enough (the
  flattened stamp tables of ../shared 360doc pages are short, digit-heavy and content);
* it is not the page-title line (the first line nobody claimed that the model is not
  sure of: the title stages read it), not protected by the keep table (salutations,
  signatures, section heads, metadata above the last prose line, article headers:
  ``site_repeat_keep.toml``), not a document number, not a flattened table row, not a
  prose line (sentence-shaped) between the anchors, and not running text (a full stop
  inside, or clauses: the forum replies of ../shared magic-html pages end without one);
* the page's letters, and the line's if it has three or more Latin ones, are at least
  MIN_CJK_SHARE Han (the model knows Chinese only; English pages and code lines such as
  ``export http_proxy=http://…`` on Chinese forum pages are left to the rules).

A line scored at least ``line_model_flag`` that is not deleted but carries evidence (or
adjoins a deleted line) is kept and flagged (``boilerplate.line_model.unsure``).  Prose
anchors are sentence-shaped lines the model scores under ``line_model_flag``.  The
deletions are learned claims for the stage's loss budget.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaner.stages import line_features, line_scores
from cleaner.stages.charcount import han_latin
from cleaner.stages.header_rows import header_over_row
from cleaner.stages.line_features import PageLines, names, vocabulary, weak_categories
from cleaner.stages.line_scores import LineModel, PageScores, load_model
from cleaner.stages.list_items import kept_items
from cleaner.stages.paper_heads import title_over_names
from cleaner.stages.split_asked import asked_heads
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_marks import framed_title

if TYPE_CHECKING:
    from cleaner.stages.boilerplate_config import BoilerplateConfig
    from cleaner.stages.site_judge import KeepTable

#: Separators, colons and wide gaps: a line holding one is a bar, not a signature.
#: A document number anywhere on the line: '(某政发〔2004〕12号)', '某办字[2019]3号'.
_DOC_NUMBER = re.compile(r"[〔\[［(（]\s*(19|20)\d\d\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号")
#: Features that are evidence of chrome by themselves: addresses, file names and page
#: counts, page numbers, and the prompt vocabulary (a weak category only on a line with a
#: digit or separator).  A line without any is deleted only within REACH lines of one
#: that has (through deleted lines).
EVIDENCE = ("url", "email", "domain", "file", "page_no")
REACH = 2
#: The model was trained on Chinese pages: a page whose letters (in its first SAMPLE
#: characters) are less than this share Han is not its to judge (on English news pages it
#: took short paragraphs for chrome).
MIN_CJK_SHARE = 0.3
SAMPLE = 20_000
_ADDRESS = re.compile(r"(?i)https?://|www\.|@")
#: Lines this long are deleted on their own evidence only, not for their neighbours'.
OWN_EVIDENCE_LEN = 20
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_DIGIT_OR_SEP = re.compile(r"[\d:：|>»/·]")
#: A flattened table row: cells between '~' or tabs.  Content, never deleted by the model.
_TABLE_ROW = re.compile(r"(~[^~]*){2,}|(\t[^\t]*){2,}")
_TOOLBAR = re.compile(r"[:：|·/>»]|\S\s{2,}\S|\S\u3000\S")


@lru_cache(maxsize=1)
def _evidence_columns() -> tuple[
    tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]
]:
    """Columns of: evidence features, strong vocabulary, weak vocabulary needing a digit,
    weak vocabulary needing a digit or separator."""
    cols = names()
    weak = weak_categories()
    vocab = [(cols.index(f"vocab_{n}"), weak.get(n)) for n, _ in vocabulary()]
    return (
        tuple(cols.index(c) for c in EVIDENCE),
        tuple(c for c, w in vocab if w is None),
        tuple(c for c, w in vocab if w == "digit"),
        tuple(c for c, w in vocab if w == "separator"),
    )


_NUMERAL_HEAD = re.compile("^([一二三四五六七八九十]{1,3})[ \u3000]+[^ \u3000]")
_NUMERALS = "一二三四五六七八九"


def _numeral_value(s: str) -> int:
    """'一' 1 … '十' 10, '十二' 12, '二十三' 23 (0: not a small numeral)."""
    tens, _, ones = s.rpartition("十")
    if "十" not in s:
        return _NUMERALS.index(s) + 1 if len(s) == 1 else 0
    t = 1 if not tens else (_NUMERALS.index(tens) + 1 if len(tens) == 1 else 0)
    o = 0 if not ones else (_NUMERALS.index(ones) + 1 if len(ones) == 1 else -99)
    return max(10 * t + o, 0) if t else 0


def numeral_run(stripped: Sequence[str]) -> set[int]:
    """Lines opened by a bare numeral and a space ('一 标题', '二 标题') whose numbers run
    1, 2, 3 … in page order: the page numbers its own parts, and such a line is an
    article or section header however chrome-like its neighbours look.  One such line
    alone, or numbers out of order, is no run.

    >>> sorted(numeral_run(["一 甲方案", "正文。", "二 乙方案", "正文。"]))
    [0, 2]
    >>> sorted(numeral_run(["二 乙方案", "正文。"]))
    []
    """
    found = [
        (i, _numeral_value(m.group(1)))
        for i, x in enumerate(stripped)
        if x[:1] in "一二三四五六七八九十" and (m := _NUMERAL_HEAD.match(x))
    ]
    if len(found) < 2 or any(n != k + 1 for k, (_, n) in enumerate(found)):
        return set()
    return {i for i, _ in found}


def counter_run(stripped: Sequence[str]) -> set[int]:
    """Lines that only count the items of one list ('▌第1条／共3条', '第2则／共3则') and
    run 1, 2, 3 … to one total in page order (:func:`~cleaner.stages.split_headers.
    item_counters`): each opens a piece of a compilation, the mark the split stage cuts
    it at and takes away.  Deleted here, the first piece would lose its mark and go with
    the page's head.  One counter alone, or counters out of order, are no run.

    >>> sorted(counter_run(["▌第1条／共2条", "甲事", "", "▌第2条／共2条", "乙事"]))
    [0, 3]
    >>> sorted(counter_run(["▌第1条／共3条", "甲事", "", "▌第3条／共3条", "乙事"]))
    []
    """
    from cleaner.stages.split_headers import (
        COUNTER_MAX_CHARS,
        item_counter,
        item_counters,
        labelled_counter_runs,
        worded_counter_runs,
    )

    # every count and serial read below holds a decimal digit (the readers' '\d', a
    # labelled count's last character): one search a line, and the readers see the
    # other lines as blank (each reads the lines it takes, none their neighbours)
    counted = [x if x and _DIGIT.search(x) else "" for x in stripped]
    found = [
        i
        for i, x in enumerate(counted)
        if x and len(x) <= COUNTER_MAX_CHARS and item_counter(x) is not None
    ]
    from cleaner.stages.split_page import PageLines
    from cleaner.stages.split_tags import serial_run

    # a banner's serials ('■■ 某栏 · 02 ■■') run 1, 2, 3 over the pieces the same way
    banners = set(serial_run(counted))
    if not item_counters([stripped[i] for i in found]):
        # a dump's framed record counts ('=== entry 2/5 ===') run the same way; a
        # digest's messages signed by their senders' names are the records' text
        from cleaner.stages.split_records import signed_records

        page = PageLines(counted)
        records = {c.line for run in worded_counter_runs(page) for c in run}
        if labelled_counter_runs(page):  # (the records' run signed_records reads first)
            records |= signed_records(list(stripped))  # (it reads the rows under each)
        return banners | records
    return banners | set(found)


@lru_cache(maxsize=1)
def _numbered_column() -> int:
    return names().index("numbered")


def _evidence(s: str, row: Sequence[float] | None) -> bool:
    """Does the line carry evidence of chrome by itself (see :data:`EVIDENCE`)?  ``row``:
    its feature row, or only its own columns (``PageLines.shape``)."""
    if row is None:
        return False
    plain, strong, digit, sep = _evidence_columns()
    if any(row[c] > 0 for c in plain) or any(row[c] > 0 for c in strong):
        return True
    if any(row[c] > 0 for c in digit) and _DIGIT.search(s):
        return True
    return any(row[c] > 0 for c in sep) and bool(_DIGIT_OR_SEP.search(s))


#: A line holding words of this many strong prompt categories (download, points, login …)
#: is a prompt, never the page's title ('温馨提示：下载前请先登录，积分不足…').
PROMPT_CATEGORIES = 3


def _prompt(row: Sequence[float] | None) -> bool:
    """Does the line hold words of PROMPT_CATEGORIES strong vocabulary categories or more?"""
    if row is None:
        return False
    return sum(row[c] > 0 for c in _evidence_columns()[1]) >= PROMPT_CATEGORIES


def _han_share(s: str) -> float:
    """Han characters among the line's letters (Han and Latin; digits and marks aside).

    Counted on the encoded text (:func:`~cleaner.stages.charcount.han_latin`: ~6x faster
    than adding up regex runs over a page's 20 000-character sample)."""
    han, latin = han_latin(s)
    return han / (han + latin) if han else 0.0


#: Per keep table, the position-free keep reason of each line text seen (keep rules, then
#: a metadata row): chrome lines repeat on every page of a site, and judging one costs
#: a dozen patterns and a metadata parse.  Emptied when it holds REASON_CACHE lines.
_REASONS: weakref.WeakKeyDictionary[KeepTable, dict[str, str | None]] = weakref.WeakKeyDictionary()
REASON_CACHE = 50_000
#: A foot row (split_foot) lies at most this many lines below the last prose line (a
#: sign-off's name and date may come between).
FOOT_REACH = 3


def _base_reason(keep: KeepTable, s: str) -> str | None:
    """``keep.reason(s)``, or ``"metadata"`` for a metadata row near a title; cached."""
    cache = _REASONS.get(keep)
    if cache is None:
        cache = _REASONS[keep] = {}
    try:
        return cache[s]
    except KeyError:
        pass
    r = keep.reason(s)
    if r is None and keep.split.meta.meta_row(s, near_title=True):
        r = "metadata"
    if len(cache) >= REASON_CACHE:
        cache.clear()
    cache[s] = r
    return r


def _latin(s: str) -> bool:
    """A line mostly in other letters than Han (code, English, mojibake such as
    ``¡°°²µÂÁÒ£¬``) on a Chinese page: not the model's.

    >>> _latin("pip install cleaner"), _latin("¡¡¡¡¡°°²µÂÁÒ£¬ÄãÊµÔÚÌ«"), _latin("下载 PDF")
    (True, True, False)
    """
    letters = sum(map(str.isalpha, s))
    if letters < 3:
        return False
    return han_latin(s)[0] / letters < MIN_CJK_SHARE


#: A label, a bar or a bracket: a line holding one is a note or a bar, not plain prose.
_LABELLED = re.compile(r"[:：|｜【】\[\]]")


def _sentences_inside(s: str) -> bool:
    """Running text, which the model never deletes: a full stop before the line's end
    (a reply of two sentences, a paragraph with a link glued to it), a sentence of 16+
    characters with a clause in it and a full stop at its end (a paragraph's closing
    sentence; chrome notes of that shape are the rule packs' and the site profiles'), one
    plain sentence of 16+ characters ending in a full stop, without a label, bar or
    bracket, or 30+ characters of clauses (two commas) without an address (forum replies often end
    without a mark)."""
    n = len(s)
    if n >= 20 and ("。" in s[:-1] or ". " in s):
        return True
    if n >= 16 and s.endswith("。") and "，" in s[2:-2] and not _ADDRESS.search(s):
        return True  # a clause and a full stop ('据介绍，年内还将推进两个同类项目。')
    if n >= 16 and s.endswith("。") and not _LABELLED.search(s) and not _ADDRESS.search(s):
        return True  # one plain sentence ('下一页的表格列出了各村的用水量。'), no label
    return n >= 30 and s.count("，") + s.count(",") >= 2 and not _ADDRESS.search(s)


_CLAUSE_END = ("。", "！", "？", ".", "!", "?")


def _reachable(s: str) -> bool:
    """May a line be deleted for its neighbours' evidence (not its own)?  Only a short
    one (under OWN_EVIDENCE_LEN), and not a sentence: a clause ended by a full stop
    ('没错，就是这样.' above a blog's repeated '（浏览全文）' link) is the post's last line.

    >>> _reachable("责任编辑：王某"), _reachable("对，我也是这样想的."), _reachable("完.")
    (True, False, True)
    """
    if len(s) >= OWN_EVIDENCE_LEN:
        return False
    return not (s.endswith(_CLAUSE_END) and ("，" in s or "," in s))


def clear_caches() -> None:
    """Forget the per-text caches: the lines' keep reasons, heads and shapes.

    ``cleaner run`` calls it between batches: filled over a whole run they held every
    chrome line met so far (one ``str``, a tuple of floats, a float each), the Python
    objects that grew most with the input, scattered among each batch's short-lived ones
    (issue 15: memory flat in input size).  A batch still meets its site's lines many
    times.  The values are functions of the line text alone, so no output depends on
    what is cached (``tests/test_line_caches.py``).  Benchmarks call it too: each run
    starts cold, as a new batch does."""
    _REASONS.clear()
    line_scores.clear_caches()
    line_features.clear_caches()


@lru_cache(maxsize=1)
def _bare_words() -> frozenset[str]:
    """Every prompt word of the vocabulary (lower-cased)."""
    return frozenset(w for _, words in vocabulary() for w in words)


_WORD_EDGES = " \u3000.。!！:：·•|>»[]【】()（）"


def _list_items(
    stripped: list[str], idx: list[int], deleted: set[int], claimed: set[int], lines: PageLines
) -> set[int]:
    """Deleted lines (by non-blank position) that are items of a list the page keeps
    (:func:`cleaner.stages.list_items.kept_items`): given back, kept and flagged."""
    if not deleted:
        return set()
    at = {idx[k]: k for k in deleted}
    plain = _evidence_columns()[0]

    def strong(i: int) -> bool:
        row = lines.shape(at[i])
        return row is not None and any(row[c] > 0 for c in plain)

    def bare(s: str) -> bool:
        return s.lower().strip(_WORD_EDGES) in _bare_words()

    back = kept_items(stripped, set(at), claimed, strong, bare)
    return {at[i] for i in back}


@dataclass(frozen=True, slots=True)
class Decision:
    """What the model decided on one line: ``delete``, ``flag`` or ``item`` (a deleted
    line given back as an item of the page's list: kept and flagged), score 0-1."""

    index: int
    action: str
    score: float


def decide(
    stripped: list[str],
    claimed: set[int],
    keep: KeepTable,
    config: BoilerplateConfig,
    model: LineModel | None = None,
    *,
    prune: bool = True,
) -> list[Decision]:
    """The model's decisions on one page's stripped lines (``claimed``: rule-claimed lines).

    Only lines near evidence can be decided on: a deleted line is at most REACH lines from
    a line with evidence or a claimed one, a flagged line one more (see the module doc).
    So rows and scores are computed for those lines and what they read (their neighbours,
    the prose anchors, the title line) only; a page without such a line has no decision.
    ``prune=False`` judges every line instead (the same decisions, slower: for tests).
    """
    lines = PageLines(stripped)
    idx = lines.idx
    n = len(idx)
    if prune:
        seeds = lines.evidence
        if claimed:
            seeds = seeds | {k for k, i in enumerate(idx) if i in claimed}
        live: list[int] | range = sorted(
            {j for k in seeds for j in range(max(k - REACH - 1, 0), min(k + REACH + 2, n))}
        )
    else:
        live = range(n)
    if not live or _han_share("".join(stripped)[:SAMPLE]) < MIN_CJK_SHARE:
        return []  # nothing to decide, or not a Chinese page: not the model's to judge
    p = PageScores(model or load_model(), lines)
    t_del, t_flag, t_body = (
        config.line_model_delete,
        config.line_model_flag,
        config.line_model_body,
    )
    bounds: list[int] = []

    def zone() -> tuple[int, int]:
        """The first and last prose anchors: sentence-shaped lines scored under t_flag."""
        if not bounds:
            first = next((k for k in range(n) if lines.prose[k] and p[k] < t_flag), n)
            last = next(
                (k for k in range(n - 1, first - 1, -1) if lines.prose[k] and p[k] < t_flag), -1
            )
            bounds.extend((first, last))
        return bounds[0], bounds[1]

    reasons: dict[int, str | None] = {}
    run_cache: list[set[int]] = []

    def runs() -> set[int]:
        if not run_cache:
            run_cache.append(numeral_run(stripped))
        return run_cache[0]

    counter_cache: list[set[int]] = []

    def counters() -> set[int]:
        if not counter_cache:
            counter_cache.append(counter_run(stripped))
        return counter_cache[0]

    asked_cache: list[set[int]] = []

    def asked() -> set[int]:
        if not asked_cache:
            asked_cache.append(asked_heads(stripped))
        return asked_cache[0]

    def reason(k: int) -> str | None:
        """Why line k must stay (keep table, metadata the split stage reads), if it must.

        Metadata lies at the top of an article: below the last prose line it is not."""
        if not reasons:
            # the first line nobody claimed is the page title the title stages read: kept
            # unless the model is sure (a welcome bar, a login bar below a claimed
            # slogan); then the next such line is
            # (a prompt of three kinds of chrome words is not the title: the next line is)
            top = next(
                (
                    j
                    for j, i in enumerate(idx)
                    if i not in claimed
                    and p[j] < t_body
                    and not (p[j] >= t_del and _prompt(lines.shape(j)))
                ),
                0,
            )
            reasons[top] = "first_line"
            # the model's sureness alone does not make the title chrome: a short title
            # with figures ('某软件 3.2.0') scores like a bar.  The first line nobody
            # claimed without evidence of its own (a prompt word, an address) under the
            # lines that have it, and no bar (separators, wide gaps), is the title
            head = next((j for j in range(top) if idx[j] not in claimed and not evidence(j)), top)
            if head < top and not _TOOLBAR.search(stripped[idx[head]]):
                reasons[head] = "first_line"
        if k not in reasons:
            s = stripped[idx[k]]
            r = _base_reason(keep, s)
            if r == "metadata" and k > zone()[1]:
                r = None
                if k <= zone()[1] + FOOT_REACH and foot_row(s, keep.split.meta.field_of):
                    r = "foot_row"  # a credit row whose labels all read (below)
            elif r is None and _DOC_NUMBER.search(s):
                r = "doc_number"
            elif r is None and _TABLE_ROW.search(s):
                r = "table_row"
            elif r is None and s.startswith("#"):
                r = "markdown_heading"
            elif r is None and idx[k] in runs():
                r = "numbered_run"
            elif r is None and idx[k] in counters():
                r = "item_counter"  # '▌第2条／共4条' over each piece: the split's header
            elif r is None and idx[k] in asked():
                r = "asked_run"  # a question and its dated row, each piece's (split_asked)
            elif r is None and s[:1] == s[-1:] and framed_title(s) is not None:
                r = "framed_title"  # '== 标题 ==': a text export's header of a piece
            elif (
                r is None
                and k <= zone()[1]
                and header_over_row(stripped, idx[k], claimed, meta_row)
            ):
                r = "header_over_row"
            elif r is None and k <= zone()[1] and title_over_names(stripped, idx[k]):
                r = "title_over_names"  # a paper's title over its authors (paper_heads.py)
            elif (
                r is None
                and zone()[1] < k <= zone()[1] + FOOT_REACH
                and foot_row(s, keep.split.meta.field_of) is not None
            ):
                # a credit or source row closing the body ('（供稿：…　编辑：…）'): the
                # article's metadata, read by the split stage (split_foot), not chrome
                r = "foot_row"
            elif r == "signature_org" and _TOOLBAR.search(s):
                # '登录 · 注册 · 会员中心', '主办：…办公室  承办：…中心': a bar; but a
                # label/value row ('发布单位 | 某协会') is the metadata the split reads
                meta = keep.split.parse_meta_line(s) is not None and k <= zone()[1]
                r = "metadata" if meta else None
            reasons[k] = r
        return reasons[k]

    def meta_row(row: str) -> bool:
        return _base_reason(keep, row) == "metadata"

    numbered = _numbered_column()

    def chrome(j: int) -> bool:
        # a neighbour the model scores high but would never delete itself (prose between
        # the anchors, a Latin line, running text) is no chrome zone for a short heading
        # next to it ('他说，版权意识…' over '相关规定')
        if idx[j] in claimed:
            return True
        if p[j] < t_del or reason(j) is not None:
            return False
        s = stripped[idx[j]]
        return not (inner_prose(j) or _latin(s) or _sentences_inside(s))

    def header(j: int) -> bool:
        return j > 0 and (r := lines.shape(j)) is not None and r[numbered] > 0

    def zoned(k: int) -> bool:
        first, last = zone()
        if k < first or k > last:
            return True
        return any(0 <= j < n and (chrome(j) or header(j)) for j in (k - 1, k + 1))

    def inner_prose(k: int) -> bool:
        first, last = zone()
        return first < k < last and lines.prose[k]

    def evidence(k: int) -> bool:
        if idx[k] in claimed:
            return True
        return lines.maybe_evidence(k) and _evidence(stripped[idx[k]], lines.shape(k))

    judged: dict[int, bool] = {}

    def candidate(k: int) -> bool:
        """May line k be deleted (if it is reached from evidence)?  The cheap tests first:
        the keep checks (reason) only run on the few lines left."""
        c = judged.get(k)
        if c is None:
            s = stripped[idx[k]]
            c = judged[k] = (
                idx[k] not in claimed
                and p[k] >= t_del
                and not _latin(s)
                and not inner_prose(k)
                and not _sentences_inside(s)
                and (p[k] >= t_body or zoned(k))
                and reason(k) is None
            )
        return c

    def near(ks: Iterable[int]) -> set[int]:
        return {j for k in ks for j in (k - 1, k + 1) if 0 <= j < n}

    # evidence first, then at most REACH lines away from it through deleted lines: a shape
    # alone (a flattened table of sizes and prices) is not chrome
    deleted: set[int] = set()
    if prune:  # only the lines evidence or a deleted or claimed line is next to are judged
        mine = [k for k in live if idx[k] in claimed]
        shown = [k for k in live if k not in mine and evidence(k)]
        for step in range(REACH + 1):
            reached = {
                k
                for k in (shown if step == 0 else sorted(near([*deleted, *mine])))
                if k not in deleted and (step == 0 or _reachable(stripped[idx[k]])) and candidate(k)
            }
            deleted |= reached
        unsure: Iterable[int] = sorted({*shown, *near(deleted)} - deleted)
    else:
        candidates = [k for k in live if candidate(k)]
        for step in range(REACH + 1):
            reached = {
                k
                for k in candidates
                if k not in deleted
                and (
                    evidence(k)
                    if step == 0
                    else _reachable(stripped[idx[k]])
                    and any(
                        j in deleted or (0 <= j < n and idx[j] in claimed) for j in (k - 1, k + 1)
                    )
                )
            }
            deleted |= reached
        unsure = live
    flagged = [
        k
        for k in unsure
        if k not in deleted
        and idx[k] not in claimed
        and p[k] >= t_flag
        and not _latin(stripped[idx[k]])
        and (evidence(k) or k - 1 in deleted or k + 1 in deleted)
        and reason(k) is None
    ]
    items = _list_items(stripped, idx, deleted, claimed, lines)
    deleted -= items
    out = [Decision(idx[k], "delete", p[k]) for k in deleted]
    out += [Decision(idx[k], "flag", p[k]) for k in flagged if k not in items]
    out += [Decision(idx[k], "item", p[k]) for k in items]
    out.sort(key=lambda d: d.index)
    return out
