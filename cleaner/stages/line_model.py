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
  that is chrome (claimed by a rule or scored over the threshold; an ornament rule whose
  REACH lines under it carry no evidence or claim counts for none, :func:`bare_rules`: the
  rows under it may be the page's own names or menu rows); elsewhere in the body
  it needs ``line_model_body``;
* it carries evidence of chrome by itself (:data:`EVIDENCE`: prompt vocabulary, an
  address, a file name or page count, a page number) or, when shorter than
  :data:`~cleaner.stages.line_text.OWN_EVIDENCE_LEN`, lies at most :data:`REACH` lines
  from such a line through deleted or rule-claimed lines: a shape alone is not enough (the
  flattened stamp tables of ../shared 360doc pages are short, digit-heavy and content);
* it is not the page-title line (the first line nobody claimed that the model is not
  sure of: the title stages read it), not protected by the keep table (salutations,
  signatures, section heads, metadata above the last prose line, article headers:
  ``site_repeat_keep.toml``), not a document number, not a flattened table row, not a
  prose line (sentence-shaped) between the anchors, not running text (a full stop
  inside, or clauses: the forum replies of ../shared magic-html pages end without one),
  and not a short full sentence sharing a subject word with the page's own sentences
  (:func:`~cleaner.stages.line_subject.own_sentence`: '推荐给对社会学感兴趣的朋友。'
  closing a note on a sociology book);
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleaner.stages import line_features, line_scores
from cleaner.stages.gap_tables import table_rows
from cleaner.stages.header_rows import header_over_row
from cleaner.stages.line_features import PageLines
from cleaner.stages.line_scores import LineModel, PageScores, load_model
from cleaner.stages.line_signals import EVIDENCE as EVIDENCE
from cleaner.stages.line_signals import (
    REASONS,
    base_reason,
    dated_under_title,
    has_evidence,
    icon_field,
    kept_list_items,
    numbered_column,
    prompt_line,
)
from cleaner.stages.line_subject import SubjectIndex, subject_words
from cleaner.stages.line_text import (
    MIN_CJK_SHARE,
    han_share,
    latin_line,
    reachable,
    sentences_inside,
)
from cleaner.stages.numbered_runs import counter_run, numeral_run
from cleaner.stages.paper_heads import title_over_names
from cleaner.stages.reply_marks import reply_marks, reply_texts
from cleaner.stages.row_titles import row_titles
from cleaner.stages.split_asked import asked_heads
from cleaner.stages.split_foot import foot_row
from cleaner.stages.split_marks import framed_title

if TYPE_CHECKING:
    from cleaner.stages.boilerplate_config import BoilerplateConfig
    from cleaner.stages.site_judge import KeepTable

#: Separators, colons and wide gaps: a line holding one is a bar, not a signature.
#: A document number anywhere on the line: '(某政发〔2004〕12号)', '某办字[2019]3号'.
_DOC_NUMBER = re.compile(r"[〔\[［(（]\s*(19|20)\d\d\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号")
REACH = 2
#: The model reads the page's letters in its first SAMPLE characters (MIN_CJK_SHARE).
SAMPLE = 20_000
_LATIN = re.compile(r"[A-Za-z]")
#: A flattened table row: cells between '~' or tabs.  Content, never deleted by the model.
_TABLE_ROW = re.compile(r"(~[^~]*){2,}|(\t[^\t]*){2,}")
_TOOLBAR = re.compile(r"[:：|·/>»]|\S\s{2,}\S|\S\u3000\S")


#: A foot row (split_foot) lies at most this many lines below the last prose line (a
#: sign-off's name and date may come between).
FOOT_REACH = 3
#: An information box under a document's text holds at least this many metadata rows.
INFO_BOX_ROWS = 4
#: ... or one row reading a document number and this many fields in all.
INFO_ROW_FIELDS = 3
_BOX_REASONS = frozenset({"metadata", "signature_org"})


def clear_caches() -> None:
    """Forget the per-text caches: the lines' keep reasons, heads and shapes.

    ``cleaner run`` calls it between batches: filled over a whole run they held every
    chrome line met so far (one ``str``, a tuple of floats, a float each), the Python
    objects that grew most with the input, scattered among each batch's short-lived ones
    (issue 15: memory flat in input size).  A batch still meets its site's lines many
    times.  The values are functions of the line text alone, so no output depends on
    what is cached (``tests/test_line_caches.py``).  Benchmarks call it too: each run
    starts cold, as a new batch does."""
    REASONS.clear()
    subject_words.cache_clear()
    line_scores.clear_caches()
    line_features.clear_caches()


@dataclass(frozen=True, slots=True)
class Decision:
    """What the model decided on one line: ``delete``, ``flag`` or ``item`` (a deleted
    line given back as an item of the page's list: kept and flagged), score 0-1."""

    index: int
    action: str
    score: float


def bare_rules(stripped: list[str], claimed: set[int], lines: PageLines) -> set[int]:
    """Claimed ornament rules (``﹏﹏﹏``, ``◆◆◆``: :func:`separator_line`) that open no
    chrome zone: none of the REACH lines under the rule carries evidence of its own or
    another claim.  A rule that closes the text and heads the site's foot has chrome
    under it; a rule over an award's names rows or a menu's rows heads the page's own
    content, which its shape alone must not pull into the foot.

    >>> prose = "正文写到这里，是一个完整的句子，到这里就结束了。"
    >>> page = [prose, "﹏﹏﹏﹏﹏﹏", "甲某　乙某", "丙某　丁某"]
    >>> sorted(bare_rules(page, {1}, PageLines(page)))
    [1]
    >>> page[2:] = ["扫码关注公众号", "版权所有 某某网"]
    >>> sorted(bare_rules(page, {1}, PageLines(page)))
    []
    """
    from cleaner.stages.shape_lines import separator_line

    at = {i: k for k, i in enumerate(lines.idx)}
    out: set[int] = set()
    for i in claimed:
        k = at.get(i)
        if k is None or not separator_line(stripped[i]):
            continue
        under = range(k + 1, min(k + 1 + REACH, len(lines.idx)))
        if under and not any(j in lines.evidence or lines.idx[j] in claimed for j in under):
            out.add(i)
    return out


class RunCounter:
    """How many lines in a row, from a line on, one way, pass ``test`` (of ``n`` lines):
    each line's count is kept, so a run of m lines is walked once, not once a line
    in it (an information box of thousands of rows asked it of each row).

    >>> rows = RunCounter(lambda j: "1101110011"[j] == "1", 10)
    >>> rows.run(0, 1), rows.run(2, 1), rows.run(5, -1), rows.run(9, -1), rows.run(-1, 1)
    (2, 0, 3, 2, 0)
    """

    __slots__ = ("_counts", "_n", "_test")

    def __init__(self, test: Callable[[int], bool], n: int) -> None:
        self._test, self._n = test, n
        self._counts: dict[tuple[int, int], int] = {}

    def run(self, j: int, step: int) -> int:
        """The lines from ``j`` (it included) on, ``step`` at a time, that pass."""
        counts, walked = self._counts, []
        while 0 <= j < self._n and (j, step) not in counts:
            if not self._test(j):
                counts[j, step] = 0
                break
            walked.append(j)
            j += step
        count = counts.get((j, step), 0)
        for w in reversed(walked):
            count += 1
            counts[w, step] = count
        return count


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
    claimed = claimed - bare_rules(stripped, claimed, lines)
    if prune:
        seeds = lines.evidence
        if claimed:
            seeds = seeds | {k for k, i in enumerate(idx) if i in claimed}
        live: list[int] | range = sorted(
            {j for k in seeds for j in range(max(k - REACH - 1, 0), min(k + REACH + 2, n))}
        )
    else:
        live = range(n)
    if not live or han_share("".join(stripped)[:SAMPLE]) < MIN_CJK_SHARE:
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
    title_at: list[int] = []  # the page title's line (reason's first call sets it)
    held: set[int] = set()  # rows kept for the split only (dated_under_title)
    run_cache: list[set[int]] = []

    def runs() -> set[int]:
        if not run_cache:
            run_cache.append(numeral_run(stripped))
        return run_cache[0]

    table_cache: list[set[int]] = []

    def tables() -> set[int]:
        if not table_cache:
            table_cache.append(table_rows(stripped))
        return table_cache[0]

    counter_cache: list[set[int]] = []

    def counters() -> set[int]:
        if not counter_cache:
            counter_cache.append(counter_run(stripped))
        return counter_cache[0]

    titled_cache: list[frozenset[int]] = []

    def titled() -> frozenset[int]:
        if not titled_cache:
            titled_cache.append(row_titles(stripped))
        return titled_cache[0]

    asked_cache: list[set[int]] = []

    def asked() -> set[int]:
        if not asked_cache:
            asked_cache.append(asked_heads(stripped))
        return asked_cache[0]

    reply_cache: list[set[int]] = []

    def replies() -> set[int]:
        if not reply_cache:
            marks = reply_marks(stripped)
            reply_cache.append(set(marks) | reply_texts(stripped, marks))
        return reply_cache[0]

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
                    and not (p[j] >= t_del and prompt_line(lines.shape(j)))
                ),
                0,
            )
            reasons[top] = "first_line"
            title_at.append(top)
            # the model's sureness alone does not make the title chrome: a short title
            # with figures ('某软件 3.2.0') scores like a bar.  The first line nobody
            # claimed without evidence of its own (a prompt word, an address) under the
            # lines that have it, and no bar (separators, wide gaps), is the title
            head = next((j for j in range(top) if idx[j] not in claimed and not evidence(j)), top)
            if head < top and not _TOOLBAR.search(stripped[idx[head]]):
                reasons[head] = "first_line"
        if k not in reasons:
            s = stripped[idx[k]]
            r = base_reason(keep, s)
            if r == "metadata" and k > zone()[1]:
                r = None
                if k <= zone()[1] + FOOT_REACH and foot_row(s, keep.split.meta.field_of):
                    r = "foot_row"  # a credit row whose labels all read (below)
                elif info_box(k) or info_row(s):
                    # a row of the document's information box under its text (索引号,
                    # 发文字号, 成文日期 …, one row each, or the box on one row): the
                    # split's, as over the title
                    r = "info_box"
            elif r is None and _DOC_NUMBER.search(s):
                r = "doc_number"
            elif (
                r is None
                and title_at
                and title_at[0] < k <= zone()[1]
                and icon_field(s, lines.shape(k))
                # over a headline and its dated row: above the page's own title
                and not (k + 2 < len(idx) and dated_under_title(keep, stripped[idx[k + 2]]))
            ):
                # '⏰ 时间：…', '📍 地址：…' above the text's last sentence: a pictograph
                # before a field's label is the text's info row, as its plain form is
                r = "icon_field"
            elif r is None and k - 1 in title_at and dated_under_title(keep, s):
                r = "metadata"  # the label-less dated row under the title: the split's
                held.add(k)
            elif r is None and (_TABLE_ROW.search(s) or idx[k] in tables()):
                r = "table_row"  # cells between tabs or '~', or a gap-parted table's row
            elif r is None and s.startswith("#"):
                r = "markdown_heading"
            elif r is None and idx[k] in runs():
                r = "numbered_run"
            elif r is None and idx[k] in counters():
                r = "item_counter"  # '▌第2条／共4条' over each piece: the split's header
            elif r is None and idx[k] in titled():
                r = "row_title"  # a piece's title under its repeated row (row_titles)
            elif r is None and idx[k] in replies():
                r = "reply_thread"  # a numbered reply's mark or text (reply_marks)
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
        return base_reason(keep, row) == "metadata"

    def info_row(row: str) -> bool:
        """``row`` is a document's information box on one row: its number and
        INFO_ROW_FIELDS fields at least (``文号：…｜发文机关：…｜发布日期：…``); no
        site's foot row carries a document's number."""
        fields = keep.split.parse_meta_line(row) or {}
        return "doc_number" in fields and len(fields) >= INFO_ROW_FIELDS

    def info_box(k: int) -> bool:
        """Line ``k`` stands in a run of INFO_BOX_ROWS lines or more, one under the
        other, that are each a metadata row (a signed body's row among them): a
        document's information box, wherever it stands."""
        return 1 + box.run(k - 1, -1) + box.run(k + 1, 1) >= INFO_BOX_ROWS

    box = RunCounter(lambda j: base_reason(keep, stripped[idx[j]]) in _BOX_REASONS, n)

    numbered = numbered_column()

    def chrome(j: int) -> bool:
        # a neighbour the model scores high but would never delete itself (prose between
        # the anchors, a Latin line, running text) is no chrome zone for a short heading
        # next to it ('他说，版权意识…' over '相关规定')
        if idx[j] in claimed:
            return True
        if p[j] < t_del or reason(j) is not None:
            return False
        s = stripped[idx[j]]
        return not (inner_prose(j) or latin_line(s) or sentences_inside(s) or own(j))

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
        return lines.maybe_evidence(k) and has_evidence(stripped[idx[k]], lines.shape(k))

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
                and not latin_line(s)
                and not inner_prose(k)
                and not sentences_inside(s)
                and (p[k] >= t_body or zoned(k))
                and reason(k) is None
                and not own(k)
            )
        return c

    own_cache: dict[int, bool] = {}
    subjects: list[SubjectIndex] = []  # the page's sentences by subject word, read once

    def own(k: int) -> bool:
        """A short full sentence sharing a subject word with the page's own sentences
        (line_subject): the text's, kept (and flagged when it carries evidence)."""
        o = own_cache.get(k)
        if o is None:
            if not subjects:
                subjects.append(
                    SubjectIndex((j, lines.text(j)) for j in range(n) if lines.prose[j])
                )
            o = own_cache[k] = subjects[0].own(stripped[idx[k]], k)
        return o

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
                if k not in deleted and (step == 0 or reachable(stripped[idx[k]])) and candidate(k)
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
                    else reachable(stripped[idx[k]])
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
        and not latin_line(stripped[idx[k]])
        and (evidence(k) or k - 1 in deleted or k + 1 in deleted)
        and reason(k) is None
    ]
    items = kept_list_items(stripped, idx, deleted, claimed, lines)
    deleted -= items
    out = [Decision(idx[k], "delete", p[k]) for k in deleted]
    out += [Decision(idx[k], "flag", p[k]) for k in flagged if k not in items]
    out += [Decision(idx[k], "item", p[k]) for k in items]
    # a row held for the split that the model would delete: the split removes it anyway,
    # so the loss budget weighs it with the model's deletions (no edit, no flag)
    # (asked of the line under the title alone, pruned or not: the same answer)
    below = title_at[0] + 1 if title_at else n
    if (
        deleted
        and below < n
        and reason(below) == "metadata"
        and below in held
        and p[below] >= t_del
    ):
        out.append(Decision(idx[below], "held", p[below]))
    out.sort(key=lambda d: d.index)
    return out
