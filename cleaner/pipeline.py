"""The pipeline: read → boilerplate → repair → split, one page at a time.

``process_page`` is pure per page: it takes a :class:`~cleaner.model.RawInput` and returns
the page record, its articles and every change.  Knowledge that needs the whole batch
(rule packs, later site profiles and the corpus index) is built before and passed in.
Each result is checked on the spot: rebuilding the original bytes from what will be
written must succeed, or the original bytes are kept beside the output (``stored``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from cleaner import regex_cache

# the stage modules' module-level patterns (~950 with cleaner.config's): compiled once
# per machine, not per process (regex_cache)
with regex_cache.warmed():
    from cleaner.accounting import Budget
    from cleaner.config import PipelineConfig
    from cleaner.edits import Edit, Editor
    from cleaner.ingest.charset import Decoded
    from cleaner.ingest.encoding import mojibake_lines
    from cleaner.ingest.source import page_id_for
    from cleaner.model import Article, Change, RawInput
    from cleaner.page_input import DecodedInput, decode_input, detect_lang, site_of
    from cleaner.provenance import NON_EDITS, ProvenanceError, edit_count, expand, is_compact
    from cleaner.readback import rebuild_bytes as rebuild_bytes  # re-exported
    from cleaner.readback import rebuild_text as rebuild_text  # re-exported
    from cleaner.reader_hints import (
        page_breaks,
        page_headings,
        page_headline,
        page_hints,
        page_kind,
        page_mentions,
        page_record_tails,
        page_records,
    )
    from cleaner.rules import load_packs
    from cleaner.stages.boilerplate import INFO_BAR as _INFO_BAR
    from cleaner.stages.boilerplate import BoilerplateStage
    from cleaner.stages.counted_rows import above_body, counted_date_row, row_day, update_day
    from cleaner.stages.cut_chrome import lines_over_bars, lines_under_cuts
    from cleaner.stages.dropped_cards import dropped_card
    from cleaner.stages.dropped_feet import dropped_feet, read_feet
    from cleaner.stages.dropped_rows import (
        dropped_rows,
        publish_labelled,
        read_parties,
        read_rows,
    )
    from cleaner.stages.dropped_signoff import dropped_signoff
    from cleaner.stages.edit_stamp import edit_stamp_date
    from cleaner.stages.framed_cells import unframed
    from cleaner.stages.masthead import masthead_date
    from cleaner.stages.party_cells import doer_over_source, party_cells, source_desks
    from cleaner.stages.party_values import drop_no_party
    from cleaner.stages.repair import RepairStage, debris_share, placeholder_runs
    from cleaner.stages.ruled_rows import rows_over_rules
    from cleaner.stages.signed_desks import signed_desks
    from cleaner.stages.site_profile import SiteProfiles, site_key
    from cleaner.stages.split import SplitStage, normalise_date
    from cleaner.stages.split_row_cells import row_fields_part
    from cleaner.stages.stamped_title import STAMP_RULE, stamped_lines
    from cleaner.stages.unit_keys import unit_key


@dataclass(slots=True)
class PageResult:
    """Everything ``run`` writes for one page."""

    page: dict[str, Any]
    articles: list[Article]
    changes: list[Change]
    original: bytes | None = None  # set when the bytes must be stored to be rebuilt
    counts: dict[str, int] = field(default_factory=dict)


def _early_deletions(ed: Editor) -> list[Change]:
    """The extractor's and the boilerplate stage's deletions, compact rows expanded
    (those whose runs do not fit stay as they are): read once per page, by
    :func:`_deleted_spans` and :meth:`Pipeline._extracted_row`.  Each step's rows are
    one stage's, so the extractor's rows taken from this list are the rows its own
    expansion would give."""
    rows = [c for c in ed.ledger if c.action == "delete" and c.stage in ("extract", "boilerplate")]
    return expand(rows, strict=False)


def _deleted_spans(
    deleted: list[Change], visible: str, received: str
) -> list[tuple[str, int, int]]:
    """The extractor's and the boilerplate stage's deletions (``deleted``:
    :func:`_early_deletions`) as ``(text, start, end)`` in the text each read: the
    visible text, and the text the boilerplate stage received (a later step's deletion
    is found at or after its offset there)."""
    spans: list[tuple[str, int, int]] = []
    for c in deleted:
        if is_compact(c) or not c.before.strip():
            continue
        if c.stage == "extract":
            spans.append((visible, c.start, c.end))
        elif (at := received.find(c.before, c.start)) >= 0:
            spans.append((received, at, at + len(c.before)))
    return spans


class Pipeline:
    """The configured stages; call :meth:`process` on each raw page."""

    def __init__(
        self, config: PipelineConfig | None = None, *, profiles: SiteProfiles | None = None
    ) -> None:
        self.config = config or PipelineConfig()
        self.profiles = profiles
        # the stages' ~135 regular expressions: compiled once per machine, not per process
        with regex_cache.warmed():
            packs = load_packs(self.config.rules_dirs, names=self.config.boilerplate.packs)
            self.boilerplate = BoilerplateStage(
                packs, profiles=profiles, config=self.config.boilerplate
            )
            self.repair = RepairStage(self.config.repair)
            self.split = SplitStage(self.config.split)
        self.budget = Budget(self.config.budget)

    def _debris_page(
        self,
        raw: RawInput,
        pid: str,
        dec: Decoded,
        ed: Editor,
        debris: float,
        chars_visible: int,
        chars_extracted: int,
        template: str | None = None,
    ) -> PageResult:
        """A page that is mostly U+FFFD / 锟斤拷 debris: kept whole as one dropped article.

        Nothing on it can be repaired, so no stage runs (no "repairs" of debris); the
        article keeps the text, with status ``dropped`` and reason ``debris``.
        """
        aid = f"{pid}-000"
        score = round(debris * 100, 2)
        ed.record(Change(pid, "read", "read.debris", "drop", 0, 0, "", "", score, aid, ed.step))
        art = Article(
            id=aid,
            page_id=pid,
            source=raw.source,
            article_index=0,
            title="",
            text=ed.text,
            meta={},
            lang=detect_lang(ed.text),
            placeholders=0,
            placeholder_ratio=0.0,
            status="dropped",
            reason="debris",
        )
        page = self._page_record(raw, pid, dec, [art], ed.ledger, template)
        page.update(
            self.budget.account(
                ed.ledger,
                chars_visible=chars_visible,
                chars_extracted=chars_extracted,
                chars_kept=len(ed.text),
            )
        )
        page["status"] = "dropped"
        page["reason"] = f"debris: {debris:.0%} of the text is U+FFFD/锟斤拷"
        page["flags"] = [*page["flags"], "debris"]
        return self._checked(PageResult(page, [art], list(ed.ledger)), raw)

    @staticmethod
    def _page_id(raw: RawInput, index: int) -> str:
        # (source, position in the run) is unique, so ids are unique without keeping a
        # set of the ids seen (which grew ~100 bytes per page on a 2 GB input)
        return page_id_for(raw.data, raw.source, index)

    def decode(self, raw: RawInput) -> Decoded:
        return decode_input(raw)

    def _dropped_row(
        self,
        ed: Editor,
        text: str = "",
        site: str | None = None,
        visible: str = "",
        deleted: list[Change] | None = None,
        day: str | None = None,
    ) -> str | None:
        """The one line the boilerplate stage removed that reads as a document's own
        dated row (a publish date and its origin, issuer or number: '【2021.03.09】
        来源：某办公室　浏览 88 次' over a title), or None: none, or several (a list's).
        Only when there is none, the one row of a day and its reader counters over the
        body (``text``, as the boilerplate stage read it) whose day changes page to page
        (:mod:`~cleaner.stages.counted_rows`).  Only when there is neither, the one such
        row the HTML extractor left out above the prose (``visible``: the text it read;
        :meth:`_extracted_row`; ``deleted``: :func:`_early_deletions`, read here when not
        given; ``day``: the day the page declares)."""
        found, counted = [], []
        for c in ed.ledger:
            if c.stage != "boilerplate" or c.action != "delete" or is_compact(c):
                continue
            # a learned site block may remove the row with its neighbours: each line
            lines = [x.strip() for x in c.before.strip().split("\n")]
            if len(lines) > 4:
                continue
            for line in lines:
                if not line or len(line) > 80:
                    continue
                # a row of bracketed cells reads as its cells ('[ 时间：… ]  [ 来源：… ]')
                line = unframed(line) or line
                row = self.split.meta.shaped_row(line, near_title=True) or {}
                if "published" in row and {"origin", "issuer", "doc_number"} & row.keys():
                    found.append(line)
                elif counted_date_row(line, row) and above_body(text, c.start):
                    counted.append(line)  # '日期：…　浏览：88次' over the body: its day
        if not found and len(counted) == 1 and not self._site_day(counted[0], site):
            return counted[0]
        if not found and not counted and visible:
            return self._extracted_row(
                _early_deletions(ed) if deleted is None else deleted, visible, day
            )
        return found[0] if len(found) == 1 else None

    def _extracted_row(
        self, deleted: list[Change], visible: str, day: str | None = None
    ) -> str | None:
        """The one line the HTML extractor left out (a crumb trail's block, a box over
        the text) that reads as the document's own dated row, a publish date with its
        number, issuer or origin ('发布日期：2017-11-06　｜　通告编号：PN17131'), standing
        above every sentence of the page's prose (``visible``, the text the extractor
        read), or anywhere when it holds the document's source, number and the day the
        page declares (``day``: an information row at the page's foot, under the related
        links; a row of another notice's there names no source): the same row as one
        the boilerplate stage removes (:meth:`_dropped_row`), dropped one step earlier.
        None when there is none, or several (a list's rows).  ``deleted``: the page's
        early deletions (:func:`_early_deletions`)."""
        found: list[str] = []
        for c in deleted:
            if c.stage != "extract" or is_compact(c):
                continue
            at = c.start
            for raw_line in c.before.split("\n"):
                line = raw_line.strip()
                here, at = at, at + len(raw_line) + 1
                if not line or len(line) > 80:
                    continue
                line = unframed(line) or line
                row = self.split.meta.shaped_row(line, near_title=True) or {}
                if "published" not in row or not {"origin", "issuer", "doc_number"} & row.keys():
                    continue
                # under the prose only as the document's whole information row, its
                # source, its number and the page's day (printed at the page's foot,
                # below related links; another notice's row there names no source)
                foot = (
                    {"doc_number", "published"} <= row.keys()
                    and bool({"origin", "issuer"} & row.keys())
                    and row["published"] == day
                )
                if (foot or above_body(visible, here)) and line not in found:
                    found.append(line)
        return found[0] if len(found) == 1 else None

    def _site_day(self, line: str, site: str | None) -> bool:
        """Does the site print ``line``'s day on every page (the line learned as it
        stands, or its shape's examples all of one day under a label of a change,
        '更新：…'): the site's, not the page's?  One publish day ('日期：…', '发布：…' or
        none) on every page with changing counters is a crawl of one day's pages."""
        learned = self.profiles.learned(site, self.config.boilerplate) if self.profiles else None
        hit = learned.match(line, "") if learned is not None else None
        if hit is None:
            return False
        if hit.kind == "line":
            return True
        days = {row_day(x) for x in hit.examples}
        return len(hit.examples) >= 2 and len(days) == 1 and update_day(line)

    def process(self, raw: RawInput | DecodedInput, index: int = 0) -> PageResult:
        """Run every stage on one page. Raises :class:`DecodeError` for undecodable bytes.

        ``raw`` may come decoded already (:class:`DecodedInput`: the reading pass that
        learned site profiles decoded every page once).
        """
        if isinstance(raw, DecodedInput):
            dec = raw.decoded
            raw = raw.raw
        else:
            dec = decode_input(raw)
        pid = self._page_id(raw, index)
        # a template's key (dir:<folder>#t2) is the page's site; a folder's key is not
        tpl = self.profiles.template_of(raw, index) if self.profiles else None
        site = tpl or site_key(raw)
        ed = Editor(pid, dec.text)
        chars_visible = len(ed.text)
        if raw.drops:  # what HTML extraction left out of the visible text, on the record
            ed.apply("extract", (Edit(s, e, "", rule, "delete") for s, e, rule in raw.drops))
        fallback = raw.container.get("extract_fallback") if raw.container else None
        if fallback:
            ed.record(Change(pid, "extract", f"extract.fallback.{fallback}", "flag", 0, 0, "", ""))
        chars_extracted = len(ed.text)
        if dec.newline == "mixed":
            ed.apply(
                "read",
                (
                    Edit(m.start(), m.end(), "\n", "read.newline")
                    for m in re.finditer(r"\r\n?", ed.text)
                ),
            )
        fixes = mojibake_lines(ed.text)
        if fixes:  # double mojibake undone exactly, one recorded edit per line
            ed.apply("read", _line_edits(ed.text, fixes))
        decoded_text = dec.text
        debris = debris_share(ed.text)
        if self.config.budget.max_debris_share < debris * 100:
            return self._debris_page(raw, pid, dec, ed, debris, chars_visible, chars_extracted, tpl)
        before_boilerplate = ed.text
        if self.config.boilerplate.enabled:
            self.boilerplate(
                ed,
                site=site,
                kind=page_kind(raw),
                headings=page_headings(raw),
                headline=page_headline(raw),
                records=page_records(raw),
                record_tails=page_record_tails(raw),
                under_cuts=lines_under_cuts(dec.text, raw.drops) if raw.drops else frozenset(),
                over_bars=lines_over_bars(dec.text, raw.drops) if raw.drops else frozenset(),
            )
        shapes = self.profiles.shape_seen(site) if self.profiles is not None else None
        before_repair = ed.text
        self.repair(
            ed,
            kind=page_kind(raw),
            site_shapes=shapes,
            headings=page_headings(raw),
            breaks=page_breaks(raw),
            names=page_mentions(raw),
        )
        hints = page_hints(raw)
        if stamped := stamped_lines(
            before_repair, expand([c for c in ed.ledger if c.rule == STAMP_RULE])
        ):
            hints = replace(hints, stamped=stamped)
        if hints.published is None and self.config.split.parse_meta:
            # the article's info bar ('时间：2021-03-05　来源：…　点击数：…') is chrome to
            # the boilerplate stage, but its date is the page's publish date
            bar = next(
                (c.before for c in ed.ledger if c.rule.endswith(_INFO_BAR) and not is_compact(c)),
                None,
            )
            if bar:
                hints = replace(hints, published=normalise_date(bar))
            elif (stamp := _stamp_date(ed)) is not None:
                hints = replace(hints, published=stamp)
            if hints.published is None and (stamp := edit_stamp_date(ed)) is not None:
                hints = replace(hints, published=stamp)  # an entry's last edit (edit_stamp.py)
        if self.config.split.parse_meta:
            deleted = _early_deletions(ed)  # expanded once, read twice below
            # (an info bar that kept its sentence cells: its fields are the rest)
            bars = sorted(
                (c.start, row_fields_part(c.before, c.after))
                for c in ed.ledger
                if c.rule.endswith(_INFO_BAR) and not is_compact(c)
            )
            dates = tuple(day for _, b in bars if (day := normalise_date(b)))
            if len(dates) >= 2 and len(dates) == len(bars):
                hints = replace(hints, info_dates=dates)
            if (
                not bars
                and (
                    row := self._dropped_row(
                        ed, before_boilerplate, site, dec.text, deleted, hints.published
                    )
                )
                is not None
            ):
                # no info bar, but the one dated row of a document's own fields that
                # the boilerplate stage removed by another rule: the same bar
                bars = [(0, row)]
                if hints.published is None:
                    hints = replace(hints, published=normalise_date(row))
            if bars:  # the rows themselves: the split stage reads their other fields
                hints = replace(hints, info_rows=tuple(b.strip() for _, b in bars))
            # the issue's masthead, chrome to the boilerplate stage: its day is every
            # piece's of the issue (masthead.py)
            issue = masthead_date(
                before_boilerplate,
                ed.ledger,
                self.split.meta.name_date,
                partial(self.split.meta.shaped_row, near_title=True),
            )
            if issue is not None:
                hints = replace(hints, issue_date=issue)
            # the rows over the rules it removed: a field block's closing row (ruled_rows)
            if ruled := rows_over_rules(before_boilerplate, ed.ledger):
                hints = replace(hints, ruled=ruled)
            # the sign-off the extractor or the boilerplate stage took (dropped_signoff)
            if signed := dropped_signoff(_deleted_spans(deleted, dec.text, before_boilerplate)):
                hints = replace(hints, signed=tuple(signed.items()))
            # the table of the document's fields under its headline the extractor took
            # (dropped_cards): its number
            if carded := dropped_card(
                [
                    (c.start, c.before)
                    for c in deleted
                    if c.stage == "extract" and not is_compact(c)
                ],
                dec.text,
                hints.h1,
                partial(self.split.meta.shaped_row, near_title=True),
            ):
                hints = replace(hints, carded=tuple(carded.items()))
        if self.profiles is not None:
            suffixes = self.profiles.title_suffixes(site)
            if suffixes:
                hints = replace(hints, site_suffixes=suffixes)
            if heads := self.profiles.head_notes(site):
                # the sentences the site prints at the head of its pages (head_repeat)
                hints = replace(hints, head_notes=heads)
            if rows := self.profiles.site_rows(site):
                # the dated rows the site prints on most of its pages (site_rows)
                hints = replace(hints, site_rows=rows)
        split_in = ed.text  # the page as the split stage reads it, its rows still in
        drafts = self.split(ed, hints=hints)
        drafts = signed_desks(ed, drafts, self.split.meta.t.section_endings)  # signed_desks
        if self.split.config.parse_meta:
            if len(drafts) > 1 and deleted:
                # the closing rows the boilerplate stage removed under every piece: each
                # piece's sign-off or party cell, the rows staying removed (dropped_feet)
                spans = [
                    (a, b)
                    for t, a, b in _deleted_spans(deleted, dec.text, before_boilerplate)
                    if t is before_boilerplate
                ]
                feet = dropped_feet(before_boilerplate, spans, [d.text for d in drafts])
                read_feet(feet, [d.meta for d in drafts], self.split.meta.field_of)
                # the dated rows the extractor or the boilerplate stage removed beside
                # every piece (under or over its title, or closing it): each piece's day
                # where it has none, the rows staying removed (dropped_rows)
                # and the party rows likewise: each piece's author, issuer or origin
                # where it has none (read_parties)
                near = partial(self.split.meta.shaped_row, near_title=True)
                dated = partied = False
                for seen in (before_boilerplate, dec.text):
                    cut = [
                        (a, b)
                        for t, a, b in _deleted_spans(deleted, dec.text, before_boilerplate)
                        if t is seen
                    ]
                    beside = dropped_rows(seen, cut, [d.text for d in drafts]) if cut else []
                    if not beside:
                        continue
                    day = hints.published
                    metas = [d.meta for d in drafts]
                    sure = partial(publish_labelled, field_of=self.split.meta.field_of)
                    dated = (
                        dated
                        or read_rows(beside, metas, near, page_day=day, labelled=sure) is not None
                    )
                    texts = [d.text for d in drafts]
                    # the rows the split read as the pieces' metadata (their slots too)
                    held = [
                        c.before.strip()
                        for c in ed.ledger
                        if c.stage == "split" and c.rule.startswith("split.meta_")
                    ]
                    partied = partied or read_parties(beside, metas, near, texts, held) is not None
                    if dated and partied:
                        break
            # the desks the pieces' info rows name as their source ('来源：某分局')
            sourced = source_desks(ed.ledger)
            for d in drafts:
                # the body a party cell amid the piece's text names, where no reader gave
                # one (party_cells); then the key by the label's verb of doing (unit_keys)
                party_cells(d.text, d.meta, self.split.meta.field_of)
                # a doer's cell of the piece's own text over the desk that posted it
                doer_over_source(d.text, d.meta, sourced)
                unit_key(split_in, d.meta)
                # a label's word or a nobody ('单位', '佚名') read as a party: no field
                drop_no_party(d.meta, self.split.meta)
        articles: list[Article] = []
        rcfg = self.config.repair
        # a record's own title, date and author (--title-field/--date-field/--author-field,
        # feed items): the title and author name the page's one article, not a compilation's
        own_title = raw.container.get("record_title") if len(drafts) == 1 else None
        own_date = raw.container.get("record_date")
        own_author = raw.container.get("record_author") if len(drafts) == 1 else None
        for d in drafts:
            runs = placeholder_runs(d.text)
            covered = sum(e - s for s, e in runs)
            if rcfg.placeholder_policy == "mask":
                runs = [(0, 0)] * d.text.count(rcfg.mask_token)
                covered = len(rcfg.mask_token) * len(runs)
            ratio = round(covered / max(1, len(d.text)), 5)
            aid = f"{pid}-{d.index:03d}"
            status, reason = "kept", None
            if rcfg.placeholder_policy == "drop" and ratio > rcfg.max_placeholder_ratio:
                status, reason = "dropped", "placeholder_density"
                ed.record(
                    Change(
                        pid,
                        "repair",
                        "repair.placeholder.drop",
                        "drop",
                        0,
                        0,
                        "",
                        "",
                        score=round(ratio * 100, 2),
                        ref=aid,
                        step=ed.step,
                    )
                )
            articles.append(
                Article(
                    id=aid,
                    page_id=pid,
                    source=raw.source,
                    article_index=d.index,
                    title=own_title or d.title,
                    text=d.text,
                    meta=own_meta(d.meta, own_date, own_author),
                    lang=detect_lang(d.text),
                    placeholders=len(runs),
                    placeholder_ratio=ratio,
                    status=status,
                    reason=reason,
                )
            )
        # fix the boundary refs to the final article ids
        changes = [
            Change(
                c.page_id,
                c.stage,
                c.rule,
                c.action,
                c.start,
                c.end,
                c.before,
                c.after,
                c.score,
                f"{pid}-{int(c.ref or 0):03d}",
                c.step,
            )
            if c.action == "split"
            else c
            for c in ed.ledger
        ]
        page = self._page_record(raw, pid, dec, articles, changes, tpl)
        page.update(
            self.budget.account(
                changes,
                chars_visible=chars_visible,
                chars_extracted=chars_extracted,
                chars_kept=sum(len(a.text) for a in articles),
                fallback=fallback,
                empty=not articles,
                encoding_confidence=dec.confidence,
            )
        )
        del decoded_text
        return self._checked(PageResult(page, articles, changes), raw)

    @staticmethod
    def _page_record(
        raw: RawInput,
        pid: str,
        dec: Decoded,
        articles: list[Article],
        changes: list[Change],
        template: str | None = None,
    ) -> dict[str, Any]:
        return {
            "id": pid,
            "source": raw.source,
            "url": raw.url,
            "site": template or raw.site or site_of(raw.url),
            "record_id": raw.record_id,
            "sha256": hashlib.sha256(raw.data).hexdigest(),
            "bytes": len(raw.data),
            "encoding": dec.encoding,
            "encoding_confidence": dec.confidence,
            "encoding_runner_up": dec.extra.get("runner_up"),
            "bom": dec.bom,
            "newline": dec.newline,
            "container": dict(raw.container),
            "status": "ok" if articles else "empty",
            "articles": [a.id for a in articles],
            "changes": sum(edit_count(c) for c in changes if c.action not in NON_EDITS),
            "rebuild": "text",
        }

    @staticmethod
    def _checked(result: PageResult, raw: RawInput) -> PageResult:
        """Rebuild the input bytes from what will be written; store them if that fails."""
        page = result.page
        try:
            texts = [a.text for a in result.articles]
            ok = rebuild_bytes(page, texts, result.changes) == raw.data
        except (ProvenanceError, UnicodeEncodeError, LookupError, ValueError):
            ok = False
        if not ok:
            page["rebuild"] = "stored"
            result.original = raw.data
        return result


def _line_edits(text: str, fixes: list[tuple[int, str, str]]) -> list[Edit]:
    """Whole-line replacements ``read.mojibake.<kind>`` for :func:`mojibake_lines`."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return [
        Edit(starts[i], starts[i + 1] - 1, fixed, f"read.mojibake.{kind}")
        for i, fixed, kind in fixes
    ]


# the boilerplate rule (rule packs) that removes a date stamp line; an info bar's is
# ``boilerplate.INFO_BAR`` (``publish_info``)
_DATE_STAMP = ".date_stamp"
# an English stamp that names the day the piece went up ('Published: …', 'Posted …'); an
# update's stamp alone ('Updated: …') names another day
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")
_POSTED = re.compile(r"(?i)\s*(?:first )?(?:published|posted)\b")


def _stamp_date(ed: Editor) -> str | None:
    """The day of the one English publication stamp the boilerplate stage removed
    ('Published: 9 March 2021', its ``generic.date_stamp`` rule) in the page's first half,
    or None: none, several (a list's or a thread's), or an update's stamp alone.  The line
    is chrome to the boilerplate stage (and stays on its record), but its day is the
    page's publish date, as an info bar's is."""
    stamps = [c for c in ed.ledger if c.rule.endswith(_DATE_STAMP) and not is_compact(c)]
    if len(stamps) != 1 or not _POSTED.match(stamps[0].before):
        return None
    if 2 * stamps[0].start > len(ed.text) + len(stamps[0].before):
        return None  # low on the page: a comment's or a related item's stamp
    day = normalise_date(stamps[0].before)
    if day is None:  # '09/03/2021': a day and a month either way round, kept as printed
        raw = _POSTED.sub("", stamps[0].before, count=1).strip(" \t:：\n")
        day = raw if _DAY_MONTH.fullmatch(raw) else None
    return day


def own_meta(meta: dict[str, str], date: str | None, author: str | None) -> dict[str, str]:
    """An article's metadata with its record's own date and author: the date fills
    ``published`` when the page gives none; the author (named by the user's field or the
    feed) replaces one read from the page.

    >>> own_meta({"published": "2024-01-02"}, "2024-05-06", "甲")
    {'published': '2024-01-02', 'author': '甲'}
    """
    if not date and not author:
        return meta
    out = {"published": date, **meta} if date else dict(meta)
    if author:
        out["author"] = author
    return out
