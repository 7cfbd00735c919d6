"""Stage 1: remove site chrome lines named by rule packs.

Each pack (``cleaner/rules/boilerplate_*.toml``) applies to a page when its ``detect``
patterns match near the top or bottom of the page; its rules then delete whole lines.  A
deleted line takes its newline with it, so the remaining text keeps its paragraph shape.
Scopes: ``line`` (a matching line; ``head``: above the first prose line), ``page_title``
(the first non-empty line), ``tail`` (a matching line and everything after it) and ``list``
(a heading and the short title lines after it), as trafilatura treats link lists.

Given :class:`~cleaner.stages.site_profile.SiteProfiles` built from the batch beforehand,
the stage also deletes, on each site's pages, the lines that repeat on most of that site's
pages (rule ``boilerplate.site_repeat``, score = support 0-100); see ``site_profile.py``.

Loss budget (issue 11: a learned ``tail`` rule ``^</channel>$`` once removed 94 % of a
page).  Line rules remove one line each; what can remove a page is a scope that takes the
lines after a match (``tail``, ``list``) or many learned lines together.  So, measured on
the text the stage receives:

* the learned claims of a page together, and each ``tail``/``list`` claim of a pack, may
  remove at most ``max_loss_share`` % of the page's characters; tail/list claims and
  learned claims together too (learned claims give way first, then the largest claims);
* a claim whose rule knows its expected share (learned lines; packs written by ``cleaner
  rules mine`` carry ``expected_share``) may remove at most ``max(EXPECTED_FACTOR ×
  expected, expected + EXPECTED_SLACK)`` % when it is a tail or list;

a claim over its budget is not applied on that page.  Instead the stage records one
``flag`` change per skipped rule: rule ``boilerplate.loss_budget``, the span it would have
removed, ``score`` = the share (0-100) it would have removed, ``ref`` = the skipped rule id.
Flags are decisions, not edits: replay and rebuild ignore them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from operator import itemgetter
from typing import TYPE_CHECKING

from cleaner.edits import Edit, Editor, split_lines
from cleaner.model import Change
from cleaner.rules import LineRule, RulePack, RuleTimeout
from cleaner.stages.block_rows import (
    closing_data,
    in_fields,
    page_data,
    row_of_block,
    row_of_card,
    row_of_labelled_list,
    row_of_list,
    text_note,
    valued_shape,
)
from cleaner.stages.body_openers import body_opener, sign_off, signing_block, top_question
from cleaner.stages.boilerplate_config import (
    LINE_MODEL,
    LINE_MODEL_HTML_EDGE,
    LINE_MODEL_LIST_ITEM,
    LINE_MODEL_UNSURE,
    LOSS_BUDGET,
    SITE_REPEAT,
    SITE_REPEAT_DATA,
    BoilerplateConfig,
)
from cleaner.stages.charscan import Required
from cleaner.stages.comment_threads import COMMENT_THREAD, english_thread
from cleaner.stages.credit_tail import CREDIT_TAIL, credit_tail
from cleaner.stages.file_lists import FILE_LIST, REFERENCE_LIST, file_list, reference_list
from cleaner.stages.foot_lines import (
    HEAD_RULE,
    end_tail,
    foot_lines,
    foot_zone,
    head_rule,
    prose,
)
from cleaner.stages.heading_rows import MIN_ROWS, rows_at_headline, rows_by_headings
from cleaner.stages.line_features import is_prose
from cleaner.stages.listed_titles import (
    MAX_TITLE_SUPPORT,
    dated_titles,
    heads_under,
    own_title,
    series_title,
)
from cleaner.stages.page_marks import marks_inside_sentences, numbered_marks
from cleaner.stages.piece_links import piece_closer
from cleaner.stages.post_bylines import POST_BYLINE, post_bylines
from cleaner.stages.repair_tables import tables as repair_tables
from cleaner.stages.repeat_keeps import (
    dated_row,
    glued_close,
    letters,
    own_heading,
    own_series_title,
    prose_head,
    section_head,
    still_chrome,
    templated_sentence,
    texted,
    varying_shapes,
)
from cleaner.stages.rule_gate import (
    branch_rules,
    branches,
    combine,
    gate_of,
    rule_groups,
    taker,
)
from cleaner.stages.section_runs import labelled_lead, section_run
from cleaner.stages.seo_titles import PAGE_TITLE, page_title_index
from cleaner.stages.shape_lines import shape_claims
from cleaner.stages.site_judge import FOOT
from cleaner.stages.split_above import titles_under_rows
from cleaner.stages.split_annex import under_mark
from cleaner.stages.split_contents import contents_block
from cleaner.stages.split_masthead import masthead_blocks
from cleaner.stages.split_page_title import text_headline
from cleaner.stages.table_heads import release_rows, table_caption

if TYPE_CHECKING:
    from cleaner.stages.site_profile import SiteProfiles

NAME = "boilerplate"

_START = itemgetter(0)
# A "list" item ends at a line that reads like a sentence rather than a title.
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";")


#: A user rule's pattern ran past its timeout on a line (kept): ``flag``, ``ref`` = the rule.
RULE_TIMEOUT_FLAG = "boilerplate.rule_timeout"
#: Timeouts after which a user rule is not tried again in the process.
MAX_RULE_TIMEOUTS = 3
#: A tail/list rule with a known expected share may remove at most this many times it (and
#: at least EXPECTED_SLACK points more): a related-links footer varies with the body's
#: length (2-3x across tests/families pages), a rule gone astray removes 10-100x.
EXPECTED_FACTOR = 3.0
EXPECTED_SLACK = 25.0
#: A learned line inside the page body must be at least this long to be removed there
#: (measured on ../shared 360doc pages: table column heads of 4-6 characters repeat on
#: every page of the site and are content; per-article disclaimers are 15+ characters).
MIDDLE_MIN_CHARS = 8


@dataclass(frozen=True, slots=True, eq=False)
class _Claim:
    """Why a line is deleted: rule id, scope (consecutive tail/list lines merge), score.

    One object per rule and page (per learned line): the lines it claims are what the
    rule would remove, the unit the loss budget judges.
    """

    rule_id: str
    scope: str
    score: float
    learned: bool = False
    expected: float | None = None  # expected share 0-100 (learned lines, mined packs)


class BoilerplateStage:
    """Delete the lines that the applicable rule packs match."""

    name = NAME

    def __init__(
        self,
        packs: Sequence[RulePack],
        *,
        profiles: SiteProfiles | None = None,
        config: BoilerplateConfig | None = None,
    ) -> None:
        self.packs = tuple(packs)
        self.profiles = profiles
        self.config = config or BoilerplateConfig()
        # one alternation per built-in pack: a line is searched once per pack, not once
        # per rule.  User packs are matched rule by rule, each pattern with its own groups
        # (a backreference means what its author wrote) and a timeout (rules/__init__.py).
        # (compiled on first use, :attr:`_combined`: with a gate it is never matched)
        builtin = [p for p in self.packs if not p.user]
        self._by_group = {p.name: rule_groups(p.rules) for p in builtin}
        # the alternation's match, trying only the rules whose own required strings a
        # line holds (rule_gate.py: one or two rules of a pack, not all of them)
        self._gates = {p.name: gate_of(tuple(branches(p.rules))) for p in builtin}
        # each branch's rule and the rule's own pattern, which the gate matches (a
        # branch compiled again as a named group costs ~1.5 ms a rule tried)
        self._branch_rules = {p.name: branch_rules(p.rules) for p in builtin}
        self._patterns = {
            name: tuple(r.pattern for r in rules) for name, rules in self._branch_rules.items()
        }
        # strings one of which every match contains, read from the patterns: a line
        # without any of them is not tried (the alternation costs ~2.7 µs per line, mostly
        # in its '.{0,80}…' branches; the check ~0.2 µs).  The gate read them from the
        # branches already; without one, from the alternation.
        self._required: dict[str, Required | None] = {}
        for p in builtin:
            gate = self._gates[p.name]
            if gate is not None:
                self._required[p.name] = gate.required
            else:
                combined = self._combined[p.name][0]
                self._required[p.name] = None if combined is None else Required.of(combined)
        self._timeouts: dict[str, int] = {}  # user rule id → timeouts so far
        #: per built-in pack: line → the name of the rule that takes it (``None``: none),
        #: for the lines a required string let through (see :meth:`_line_hits`)
        self._taken: dict[str, dict[str, str | None]] = {name: {} for name in self._by_group}
        #: the longest line any rule looks at (once, not per page)
        self._limit = max((r.max_len for p in self.packs for r in p.rules), default=0)

    @cached_property
    def _combined(self) -> dict[str, tuple[re.Pattern[str] | None, dict[str, LineRule]]]:
        """Per built-in pack, one alternation with a named group per rule (a line is
        searched once per pack, not once per rule) and its groups' rules: compiled on
        first use, as only a pack without a gate matches it (~0.06 s for all packs)."""
        return {p.name: combine(p.rules) for p in self.packs if not p.user}

    def __call__(
        self,
        editor: Editor,
        *,
        site: str | None = None,
        kind: str = "text",
        headings: tuple[str, ...] = (),
        headline: tuple[str, ...] = (),
    ) -> None:
        """Delete chrome lines; ``site`` selects the learned profile to apply (if any);
        ``kind`` ``html`` (text extracted from markup) gets the line model only at the
        page's edges (``line_model_html_edges``, :mod:`cleaner.stages.html_edges`)
        unless ``line_model_html``.  ``headings`` (an HTML page's ``<h1>`` and kept
        headings) are never learned chrome on their own page unless the learned line has
        a cue word or menu separators: a headline repeats on a site as a link to it.
        ``headline`` (the ``<h1>`` or the line the ``<title>`` dresses up) is never the
        line model's to delete: at the page's top it looks like an edge line."""
        text = editor.text
        lines, spans = split_lines(text)
        stripped = list(map(str.strip, lines))
        # rules only look at lines up to their max_len: most prose lines are longer, and
        # skipping them up front is what keeps this stage fast on clean text
        limit = self._limit
        short = [(i, s) for i, s in enumerate(stripped) if s and len(s) <= limit]
        claimed: dict[int, _Claim] = {}
        timed_out: list[tuple[str, int]] = []  # (user rule id, line index or -1: disabled)
        starts = list(map(_START, spans))  # line starts, once per page for every pack
        # a rule's foot_only matches, claimed once every pack has claimed its lines: only
        # in the page's foot zone (no prose line below them that no rule takes)
        foot_only: list[tuple[int, _Claim]] = []
        for pack in self.packs:
            if not pack.applies_to(lines):
                continue
            hits = (
                self._user_hits(pack, short, timed_out)
                if pack.user
                else self._line_hits(pack, short, text, starts)
            )
            for rule in pack.rules:
                found = hits.get(rule.name)
                if not found and rule.scope != "page_title":
                    continue  # only a page-title rule claims a line that no pattern matched
                idxs = self._match(rule, stripped, found or [])
                if not idxs:
                    continue
                claim = _Claim(rule.rule_id, rule.scope, 100.0, expected=rule.expected_share)
                for idx in idxs:
                    if rule.foot_only is not None and rule.foot_only_matches(stripped[idx]):
                        foot_only.append((idx, claim))
                    else:
                        claimed.setdefault(idx, claim)
        for idx, claim in foot_only:
            if foot_zone(stripped, idx, claimed):
                claimed.setdefault(idx, claim)
        # separators and trails told by their shape (shape_lines.py), on the lines no rule took
        for idx, rule_id in shape_claims(stripped, claimed).items():
            claimed[idx] = _Claim(rule_id, "line", 100.0)
        for rule_id, idx in timed_out:  # kept, and said so
            start, end = (spans[idx][0], spans[idx][2]) if idx >= 0 else (0, 0)
            editor.record(
                Change(
                    editor.page_id, NAME, RULE_TIMEOUT_FLAG, "flag", start, end, "", "",
                    ref=rule_id, step=editor.step,
                )
            )  # fmt: skip
        data: list[int] = []  # site shapes kept as the page's data (block_rows.page_data)
        if kind == "text" and not headline:
            headline = text_headline(stripped)  # the line its saved page title dresses
        if self.profiles is not None and site is not None:
            data = self._site_repeat(site, stripped, claimed, headings, headline=headline)
        if self.config.line_model and (kind != "html" or self.config.line_model_html):
            self._line_model(editor, stripped, spans, claimed)
        elif self.config.line_model and self.config.line_model_html_edges:
            from cleaner.stages.html_edges import (
                EDGE_LABEL,
                edge_gate,
                edge_labels,
                kicker_labels,
            )

            gate = edge_gate(stripped)
            if any(gate(i) for i in range(len(stripped))):  # else nothing could go
                self._line_model(editor, stripped, spans, claimed, gate=gate)
            for i in edge_labels(stripped):  # control labels and consent notices
                claimed.setdefault(i, _Claim(EDGE_LABEL, "line", 100.0, learned=True))
            for i in kicker_labels(stripped, headline):  # 'NOTICE' over the headline
                claimed.setdefault(i, _Claim(EDGE_LABEL, "line", 100.0, learned=True))
        for i in [i for i, c in claimed.items() if c.rule_id.startswith(LINE_MODEL)]:
            if stripped[i] in headline:
                del claimed[i]  # the page's own headline, at its top edge
        for i in data:  # kept, and said so: a shape the site repeats, with this page's figures
            if i in claimed and claimed[i].rule_id.startswith(LINE_MODEL):
                del claimed[i]
            start, end = spans[i][0], spans[i][1]
            editor.record(
                Change(
                    editor.page_id, NAME, SITE_REPEAT_DATA, "flag", start, end, "", "",
                    step=editor.step,
                )
            )  # fmt: skip
        # after the model: it keeps the first line nobody claimed as the page title
        if (top := page_title_index(stripped, self.profiles, site)) is not None:
            claimed.setdefault(top, _Claim(PAGE_TITLE, "line", 100.0))
        self._notice_blocks(editor, stripped, spans, claimed)
        # an English reader thread: a comment heading, an author line under it and each
        # comment framed by author lines is evidence of its own (a pack rule's, not a
        # learned one's): it may be most of a page, and the loss budget does not judge it
        for i in english_thread(stripped):
            claimed.setdefault(i, _Claim(COMMENT_THREAD, "line", 100.0))
        # the links to the files a notice offers, closing its text (file_lists.py)
        for i in file_list(stripped, claimed):
            claimed.setdefault(i, _Claim(FILE_LIST, "line", 100.0, learned=True))
        for i in reference_list(stripped, claimed):  # a paper's, closing its export
            claimed.setdefault(i, _Claim(REFERENCE_LIST, "line", 100.0, learned=True))
        if claimed:
            from cleaner.stages.line_model import keep_table

            keep = keep_table()
            foot = foot_lines(stripped, claimed, lambda s: keep.reason(s) is not None)
            for i, rule_id in foot.items():
                claimed[i] = _Claim(rule_id, "line", 100.0, learned=True)
            for i in post_bylines(stripped, lambda s: keep.reason(s) is not None):
                claimed.setdefault(i, _Claim(POST_BYLINE, "line", 100.0, learned=True))
            ruled_at = head_rule(stripped, claimed)  # the rule under a head the claims took
            if ruled_at is not None:
                claimed[ruled_at] = _Claim(HEAD_RULE, "line", 100.0, learned=True)
        if kind == "html":
            # the UI lines a page shows under the article's closing credit; a numbered
            # "heading" there with no text under it is a menu's item, not a heading
            from cleaner.stages.line_model import keep_table

            guard = keep_table()
            for i in credit_tail(
                stripped, claimed, lambda s: guard.reason(s) not in (None, "section_heading")
            ):
                claimed.setdefault(i, _Claim(CREDIT_TAIL, "line", 100.0, learned=True))
        if claimed and kind == "text":
            # a page mark cutting a sentence is the repair stage's: its join removes it
            rt = repair_tables()
            soft = [i for i, c in claimed.items() if c.rule_id == LINE_MODEL]
            seen = self.profiles.shape_seen(site) if self.profiles is not None else None
            numbered = numbered_marks(text, rt.bare_marks, rt.bare_max, seen)
            for i in marks_inside_sentences(
                stripped, claimed, rt.page_marks, rt.mark_min, soft, rt.break_marks, numbered
            ):
                if claimed[i].scope == "line":
                    del claimed[i]
            # a short row the model guessed, glued inside a paragraph block, is the
            # block's (a qualifier under an item), as the learned rows are
            for i in [i for i in soft if i in claimed]:
                if row_of_block(stripped, i, {}, claimed) or row_of_list(stripped, i, claimed):
                    del claimed[i]
                elif row_of_labelled_list(stripped, i, {}, claimed):
                    del claimed[i]  # an item of a list under the text's own label
            # a table's rows, head row and caption, released from its kept end inwards
            release_rows(stripped, soft, claimed)
        if claimed and self.config.max_loss_share < 100.0:
            self._loss_budget(editor, claimed, spans)
        edits: list[Edit] = []
        i = 0
        ordered = sorted(claimed)
        while i < len(ordered):
            idx = ordered[i]
            claim = claimed[idx]
            j = i
            # merge consecutive lines claimed by the same tail/list rule into one change
            while (
                claim.scope in _TAILS
                and j + 1 < len(ordered)
                and ordered[j + 1] == ordered[j] + 1
                and claimed[ordered[j + 1]] is claim
            ):
                j += 1
            start = spans[idx][0]
            end = spans[ordered[j]][2]
            edits.append(Edit(start, end, "", claim.rule_id, "delete", score=claim.score))
            i = j + 1
        editor.apply(NAME, edits)

    def _site_repeat(
        self,
        site: str,
        stripped: list[str],
        claimed: dict[int, _Claim],
        headings: tuple[str, ...] = (),
        *,
        headline: tuple[str, ...] = (),
    ) -> list[int]:
        """Claim the lines the site's profile marks as chrome (tail lines take the rest);
        never one of the page's own ``headings`` (:func:`own_heading`), nor the text
        page's ``headline`` (the line its saved page title dresses) when the site
        repeats it only as a shape with other figures on each page (``2021年某县工作报告``
        over ``2021年某县工作报告_某县网``: one series' titles, each page its own).
        Returns the lines kept as the page's data (a learned shape with this page's
        figures)."""
        assert self.profiles is not None
        kept: list[int] = []
        learned = self.profiles.learned(site, self.config)
        if not learned:
            return kept
        title = next((s for s in stripped if s), "")
        from cleaner.stages.line_model import counter_run

        counters = counter_run(stripped)  # '▌第2条／共4条' over each piece: the split's
        hits = {
            i: hit
            for i, s in enumerate(stripped)
            if s
            and i not in claimed
            and i not in counters
            and (hit := learned.match(s, title)) is not None
            and not own_heading(s, hit, headings)
        }
        named = headings
        if hits and not headings:
            # a text page declares no headings: its contents block names its pieces'
            # titles, or its rows over them number the pieces (split_above)
            from cleaner.stages.line_model import keep_table

            meta = keep_table().split.meta
            named = tuple(stripped[i] for i in contents_block(stripped))
            row = partial(meta.shaped_row, near_title=True)
            if not named and any(h.kind == "shape" and row(stripped[i]) for i, h in hits.items()):
                # (only where a learned shape reads as a row: what the run would keep)
                named = tuple(t for _, _, t, _ in titles_under_rows(stripped, row))
            if not named and any(row(stripped[i]) for i in hits):
                # titles each under a repeated masthead (split_masthead): the mastheads
                # and the titles are the split's, however often the site prints them
                for line, block in masthead_blocks(stripped, row).items():
                    for k in (*block, line):
                        if k in hits:
                            del hits[k]
                            kept.append(k)
        if len(named) >= MIN_ROWS and hits:
            # a compilation's row of facts over (or under) each of its headings: the
            # split's, which reads each piece's fields from it (heading_rows.py)
            from cleaner.stages.line_model import keep_table

            meta = keep_table().split.meta
            for k in rows_by_headings(
                stripped, hits, claimed, named, lambda s: meta.shaped_row(s, near_title=True)
            ):
                del hits[k]
                kept.append(k)
        if headings and hits:
            # a single document's card of facts over or under its headline: the split's
            from cleaner.stages.line_model import keep_table

            meta = keep_table().split.meta
            for k in rows_at_headline(
                stripped, hits, claimed, headings, lambda s: meta.shaped_row(s, near_title=True)
            ):
                del hits[k]
                kept.append(k)
        dated: list[int] = []  # this page's own titles by their dated rows, and the rows
        if hits:
            sig = {i: h.signals for i, h in hits.items()}
            own = None
            if not headings:
                # a text page's own title, learned from the lists of the site's other pages
                from cleaner.stages.line_model import keep_table

                endings = keep_table().split.t.title_endings
                own = own_title(stripped, hits, sig, claimed, endings)
                if own is not None:
                    del hits[own]
            # titles of any wording over their info rows (and the rows, for the split); on
            # an HTML page, whose headings name its titles, a line the site prints word for
            # word on most of its pages is no title (a sign-off's issuer over its date)
            wide = [
                i
                for i, h in hits.items()
                if headings and h.kind != "shape" and h.support > MAX_TITLE_SUPPORT
            ]
            dated = dated_titles(stripped, hits, sig, claimed, dated_row, wide)
            for k in dated:
                hits.pop(k, None)
            # the first question of a FAQ page over its answer (body_openers)
            share = {i: h.support for i, h in hits.items()}
            if (asked := top_question(stripped, share, sig, claimed)) is not None:
                del hits[asked]
            if not headings and own is None and not dated:  # a numbered series title: kept
                shapes = {
                    i: h.kind == "shape" and len(set(h.examples)) > 1 for i, h in hits.items()
                }
                own = series_title(stripped, hits, sig, claimed, shapes)
                if own is not None:  # and the section headings glued under it
                    for k in [own, *(heads_under(stripped, own, hits, sig, claimed) or [])]:
                        del hits[k]
                        kept.append(k)
        content = [i for i, s in enumerate(stripped) if s and i not in hits and i not in claimed]
        first = content[0] if content else len(stripped)
        # the body ends at its last prose line: below it, short lines that nobody claimed
        # (a credit line, a list of past posts) are the foot's, not the body's
        last = next((i for i in reversed(content) if prose(stripped[i])), -1)
        ruled = set(claimed)  # the rules' claims: a learned sibling row is no claim here
        valued = {  # shapes holding each page's own figures, no cue word (closing_data)
            k
            for k, h in hits.items()
            if h.kind == "shape"
            and valued_shape(h.key, h.examples)
            and not any(x.startswith("cue:") for x in h.signals)
        }
        # the text's framed section labels and their values running on under its last
        # sentence ('〔保存期限〕' over '18个月'): the body's, not the foot's (section_runs)
        run = set(section_run(stripped, first, last, hits, claimed, varying_shapes(hits)))
        sentences: set[int] = set()  # templated sentences kept as the text's
        for i, hit in hits.items():
            s = stripped[i]
            if FOOT in hit.signals and content and i < content[-1]:
                continue  # a foot's sentence above the end of the text: the text's own
            if i in run:
                if hit.kind == "shape":
                    kept.append(i)
                continue
            if first < i < last and labelled_lead(stripped, i, hits, claimed, hit.signals):
                continue  # the text's lead glued over its first framed section label
            # Between the first content line and the last prose line, a short label
            # repeated on every page ('邮票名称', '面值(元)': the column heads of a
            # flattened table) is content; only sentence-length chrome (per-article
            # disclaimers, prompts) goes there.
            if first < i < last and hit.scope == "line" and piece_closer(stripped, i):
                # the same link closing every piece of the page (piece_links.py)
                claimed[i] = _Claim(SITE_REPEAT, "line", hit.support, learned=True)
                continue
            if first < i < last and hit.scope != "tail" and letters(s) < MIDDLE_MIN_CHARS:
                continue
            if (
                first < i < last
                and hit.scope == "line"
                and section_head(stripped, i, hits, claimed, dated)
            ):
                continue  # a section heading of the text repeated on every page
            if (
                first < i < last
                and hit.kind == "line"
                and hit.scope == "line"
                and not any(x.startswith("cue:") for x in hit.signals)
                and prose_head(stripped, i, hits, claimed)
            ):
                continue  # a section heading between two blocks of the page's own text
            if first < i < last and hit.scope == "line" and under_mark(stripped, i):
                continue  # an attached document's title under its mark ('附件')
            if s in headline and own_series_title(hit):
                continue  # the text page's headline, one of a series (no row read under it)
            # the text's own note ('注：…') glued under it: kept (a tail starts below it)
            noted = hit.scope in ("line", "tail") and text_note(stripped, i, hits, claimed)
            if noted and hit.scope == "line":
                continue
            # one wording, other figures on each page, glued between text lines: the
            # page's data (block_rows.page_data); a sentence may close the body
            # (a learned line above it that this pass kept is the body's: text here);
            # a page of records with no sentence at all has no body's end to stand
            # above, and a record's row glued to another row ('时段：…' over '路段：…')
            # is its record's wherever the last sentence stands: page_data judges them
            if first < i < last and templated_sentence(s, hit):
                kept.append(i)  # a sentence of a notice the site fills in anew each time:
                valued.discard(i)  # the text's own line, over the rows it announces
                sentences.add(i)
                continue
            if (
                hit.kind == "shape"
                and (
                    first < i < last
                    or prose(s)
                    or last < 0
                    or in_fields(stripped, i, lambda k: k in hits or k in claimed)
                )
                and page_data(
                    stripped, i, hit.key, hit.examples, still_chrome(hits, i, claimed), claimed
                )
            ):
                kept.append(i)
                continue
            if i > first and closing_data(stripped, i, valued, texted(hits, sentences), claimed):
                kept.append(i)  # the page's own figures closing its text (block_rows)
                continue
            if first < i < last and hit.scope == "line":
                if row_of_block(stripped, i, hits, claimed) or row_of_list(stripped, i, ruled):
                    continue
                if row_of_card(stripped, i, hits, claimed):
                    continue  # a row of a card of facts glued under the text
                if table_caption(stripped, i, ruled):
                    continue  # the caption over a table of the text (table_heads.py)
                if body_opener(stripped, i, hits, claimed):
                    continue  # a label or a question over the page's own text
            listed = hit.scope in ("line", "tail") and row_of_labelled_list(
                stripped, i, hits, claimed
            )
            if listed and hit.scope == "line":
                continue  # an item (or closing row) of a list under the text's own label
            # the writer's place line over the sign-off date: a learned tail starts below
            signed = hit.scope in ("line", "tail") and sign_off(stripped, i, hits, claimed)
            if signed and hit.scope == "line":
                continue
            if hit.scope == "line" and signing_block(stripped, i, hits, claimed):
                continue  # a name of the bench that signs the text, over its date
            if hit.scope in ("line", "tail") and glued_close(stripped, i, hits):
                continue  # a labelled close glued under the text (a media contact)
            claim = _Claim(
                SITE_REPEAT, hit.scope, hit.support, learned=True, expected=hit.expected_share
            )
            if hit.scope == "tail":
                below = next(k for k in range(i + 1, len(stripped)) if stripped[k]) if signed else i
                # a list's closing row stays: the footer starts below it
                start = below + 1 if signed else i + 1 if listed or noted else i
                for k in range(start, len(stripped)):
                    claimed.setdefault(k, claim)
                return kept
            claimed[i] = claim
        return kept

    @staticmethod
    def _notice_blocks(
        editor: Editor,
        stripped: list[str],
        spans: list[tuple[int, int, int]],
        claimed: dict[int, _Claim],
    ) -> None:
        """Claim the site notice blocks (:mod:`cleaner.stages.notice_blocks`); flag the
        look-alikes it keeps."""
        from cleaner.stages.notice_blocks import NOTICE_BLOCK, NOTICE_BLOCK_UNSURE, notice_blocks

        for block in notice_blocks(stripped, claimed):
            if block.remove:
                claim = _Claim(NOTICE_BLOCK, "list", 100.0)
                for i in block.lines:
                    claimed[i] = claim
                continue
            start, end = spans[block.lines[0]][0], spans[block.lines[-1]][1]
            editor.record(
                Change(
                    editor.page_id, NAME, NOTICE_BLOCK_UNSURE, "flag", start, end, "", "",
                    step=editor.step,
                )
            )  # fmt: skip

    def _line_model(
        self,
        editor: Editor,
        stripped: list[str],
        spans: list[tuple[int, int, int]],
        claimed: dict[int, _Claim],
        gate: Callable[[int], bool] | None = None,
    ) -> None:
        """Claim the lines the chrome line model deletes; flag (keep) its unsure lines.

        With ``gate`` (HTML text) a deletion stands only where ``gate(line)`` allows it
        (recorded as ``boilerplate.line_model.html_edge``); elsewhere it is a flag."""
        from cleaner.stages.line_model import decide, keep_table

        for d in decide(stripped, set(claimed), keep_table(), self.config):
            score = round(100.0 * d.score, 1)
            if d.action == "delete" and gate is None:
                claimed[d.index] = _Claim(LINE_MODEL, "line", score, learned=True)
            elif d.action == "delete" and gate is not None and gate(d.index):
                claimed[d.index] = _Claim(LINE_MODEL_HTML_EDGE, "line", score, learned=True)
            else:
                start, end = spans[d.index][0], spans[d.index][1]
                rule = LINE_MODEL_LIST_ITEM if d.action == "item" else LINE_MODEL_UNSURE
                editor.record(
                    Change(
                        editor.page_id, NAME, rule, "flag", start, end, "", "",
                        score=score, step=editor.step,
                    )
                )  # fmt: skip

    def _loss_budget(
        self, editor: Editor, claimed: dict[int, _Claim], spans: list[tuple[int, int, int]]
    ) -> None:
        """Unclaim (and flag) the claims over the page's loss budget; see the module doc."""
        size = len(editor.text)
        budget = self.config.max_loss_share
        lines: dict[int, list[int]] = {}
        claims: dict[int, _Claim] = {}
        for idx, claim in claimed.items():
            if claim.learned or claim.scope in _TAILS:
                lines.setdefault(id(claim), []).append(idx)
                claims[id(claim)] = claim
        if not claims or not size:
            return
        share = {
            k: 100.0 * sum(spans[i][2] - spans[i][0] for i in idxs) / size
            for k, idxs in lines.items()
        }
        skip: list[int] = []
        for k, c in claims.items():
            if c.scope not in _TAILS:
                continue
            limit = budget
            if c.expected is not None:
                limit = min(limit, max(EXPECTED_FACTOR * c.expected, c.expected + EXPECTED_SLACK))
            if share[k] > limit:
                skip.append(k)
        learned = [k for k, c in claims.items() if c.learned and k not in skip]
        if sum(share[k] for k in learned) > budget:
            skip += learned
        # together: learned claims give way first, then the largest pack claims
        rest = sorted(
            (k for k in claims if k not in skip),
            key=lambda k: (not claims[k].learned, -share[k]),
        )
        total = sum(share[k] for k in rest)
        for k in rest:
            if total <= budget:
                break
            skip.append(k)
            total -= share[k]
        for k in skip:
            idxs = sorted(lines[k])
            editor.record(
                Change(
                    editor.page_id,
                    NAME,
                    LOSS_BUDGET,
                    "flag",
                    spans[idxs[0]][0],
                    spans[idxs[-1]][2],
                    "",
                    "",
                    score=round(share[k], 2),
                    ref=claims[k].rule_id,
                    step=editor.step,
                )
            )
            for i in idxs:
                del claimed[i]

    def _user_hits(
        self, pack: RulePack, short: list[tuple[int, str]], timed_out: list[tuple[str, int]]
    ) -> dict[str, list[int]]:
        """:meth:`_line_hits` of a user pack: each line goes to the first rule (in pack
        order) that matches it within its ``max_len``, as the alternation does for ours.

        A match that runs past the timeout leaves the line alone and is flagged
        (``boilerplate.rule_timeout``, ``ref`` = the rule); after
        :data:`MAX_RULE_TIMEOUTS` the rule is not tried again in this process, and every
        page its pack applies to is flagged instead."""
        hits: dict[str, list[int]] = {}
        live = []
        for r in pack.rules:
            if r.pattern is None:
                continue
            if self._timeouts.get(r.rule_id, 0) >= MAX_RULE_TIMEOUTS:
                timed_out.append((r.rule_id, -1))
            else:
                live.append(r)
        for i, s in short:
            for r in live:
                if len(s) > r.max_len or self._timeouts.get(r.rule_id, 0) >= MAX_RULE_TIMEOUTS:
                    continue
                try:
                    if r.matches(s):
                        hits.setdefault(r.name, []).append(i)
                        break
                except RuleTimeout:
                    self._timeouts[r.rule_id] = self._timeouts.get(r.rule_id, 0) + 1
                    timed_out.append((r.rule_id, i))
        return hits

    def _line_hits(
        self,
        pack: RulePack,
        short: list[tuple[int, str]],
        text: str,
        starts: list[int],
    ) -> dict[str, list[int]]:
        """Indices of the lines each rule of built-in ``pack`` matches, in line order."""
        by_group = self._by_group[pack.name]
        required = self._required[pack.name]
        hits: dict[str, list[int]] = {}
        if not by_group:  # no rule with a pattern: no alternation
            return hits
        if required is not None:
            # the lines holding a required string without case, from one scan of the
            # page (most pages: none or a few) instead of a search per short line; the
            # others only if they may hold a case-insensitive one (a line with a cased
            # character, and a page with one at all)
            maybe = required.plain_lines(text, starts)
            if maybe is not None:
                fold = required.may_fold
                if required.folded is None or text.lower() == text == text.upper():
                    short = [(i, s) for i, s in short if i in maybe]
                else:
                    short = [(i, s) for i, s in short if i in maybe or fold(s)]
                required = None
        # which rule takes a line depends on the line alone: a site's chrome lines recur
        # on its pages, and the alternation costs ~8 µs on a line it does not match (its
        # '.{0,80}…' branches), the look-up ~0.1 µs
        taken = self._taken[pack.name]
        gate = self._gates[pack.name]
        combined = None if gate is not None else self._combined[pack.name][0]
        rules, patterns = self._branch_rules[pack.name], self._patterns[pack.name]
        for i, s in short:
            if required is not None and not required.may_match(s):
                continue
            name = taken.get(s, _UNSEEN)
            if name is _UNSEEN:
                name = taken[s] = taker(pack, combined, by_group, s, gate, rules, patterns)
            if name is not None:
                hits.setdefault(name, []).append(i)
        if len(taken) > TAKEN_LINES:  # between pages it holds TAKEN_LINES lines at most
            taken.clear()
        return hits

    @staticmethod
    def _match(rule: LineRule, stripped: list[str], hits: list[int]) -> list[int]:
        lines = stripped
        if rule.scope == "page_title":
            for i, s in enumerate(stripped):
                if s:
                    return [i]
            return []
        if rule.scope == "line":
            return hits
        if rule.scope == "end_tail":  # an end mark and the short tail under its last one
            return end_tail(stripped, hits)
        if rule.scope == "first":  # the page's first line only, when it matches
            top = next((i for i, s in enumerate(stripped) if s), -1)
            return [top] if top in hits else []
        if rule.scope == "head":  # above the page's first prose line only
            if not hits:  # most pages: no line to place, so no prose line to look for
                return []
            top = next((i for i, s in enumerate(stripped) if is_prose(s)), len(stripped))
            return [h for h in hits if h < top]
        if not hits:
            return []
        first = hits[0] if rule.scope == "tail" else None
        if first is not None:
            return list(range(first, len(lines)))
        out: list[int] = []
        for h in hits:
            out.append(h)
            k = h + 1
            while k < len(lines):
                s = stripped[k]
                if s and (len(s) > rule.item_max_len or s.endswith(_SENTENCE_END)):
                    break
                out.append(k)
                k += 1
            # do not swallow trailing blank lines into the list
            while out and not stripped[out[-1]] and out[-1] != h:
                out.pop()
        return out


#: the scopes whose claim spans a run of lines (merged into one change, under the budget)
_TAILS = ("tail", "list", "end_tail")
#: Lines whose rule :meth:`BoilerplateStage._line_hits` remembers per pack (then it starts
#: again): the chrome lines of many sites, ~0.5 MB it keeps alive (a line is remembered
#: only when it holds a rule's required string: ~3 lines a clean page, ~20 a page of chrome).
TAKEN_LINES = 4096
#: a line :meth:`BoilerplateStage._line_hits` has not looked up yet (``None``: no rule)
_UNSEEN = "\x00"
