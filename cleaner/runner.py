"""Run the pipeline over inputs and write the outputs; read them back for provenance.

``run`` is the library function behind ``cleaner run``: it streams pages through the
pipeline, writes articles, pages, the change ledger, quarantine and ``summary.json`` with
:class:`~cleaner.writers.RunWriter`, and returns the summary.  ``load_page`` reads one
page's records back (for ``rebuild`` and ``explain``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from cleaner.config import PipelineConfig
from cleaner.corpus.recheck import add_kept
from cleaner.errors import InputError
from cleaner.ingest.readers import Quarantined, Skipped, read_inputs
from cleaner.jsonl import dumps_line
from cleaner.memtrim import trim
from cleaner.page_rows import PageRows, iter_results
from cleaner.parallel import EncodedRows, iter_results_parallel
from cleaner.pipeline import DecodedInput, Pipeline
from cleaner.readahead import read_once
from cleaner.readback import PageRecords, load_article, load_page, rebuild_page
from cleaner.stages.dedup_config import apply_decision, dedup_flags
from cleaner.stages.line_model import clear_caches as clear_line_caches
from cleaner.stages.site_profile import SiteProfiles, with_stored
from cleaner.tally import Tally as _Tally
from cleaner.writers import RunWriter

# reading outputs back lives in cleaner.readback; these names stay importable from here
__all__ = [
    "DEDUP_BATCH",
    "PageRecords",
    "ProgressHook",
    "load_article",
    "load_page",
    "profile_counts",
    "rebuild_page",
    "run",
    "sampled_sites",
    "stored_profiles",
]


class ProgressHook(Protocol):
    """Called as pages are done: pages and input bytes so far, and the phase of the run
    (the local engine only reports ``cleaning``; the Ray engine also ``counting``,
    ``dedup``, ``writing`` and ``adding to the corpus``)."""

    def __call__(self, pages: int, in_bytes: int, phase: str = "cleaning", /) -> None: ...


def run(
    inputs: list[Path],
    out_dir: Path,
    *,
    config: PipelineConfig | None = None,
    text_field: str = "text",
    read_options: Any = None,
    jobs: int = 1,
    corpus: Path | None = None,
    add_to_corpus: bool = False,
    progress: ProgressHook | None = None,
) -> dict[str, Any]:
    """Clean every page of ``inputs`` into ``out_dir``; return the summary.

    ``read_options`` (:class:`cleaner.ingest.records.ReadOptions`) names record fields,
    the site and the folder glob.  ``jobs`` > 1 processes pages on that many worker
    processes (same output, same order).  With ``[boilerplate] site_repeat`` on, each
    site's repeated lines are learned while the inputs are read (once), and the decoded
    pages are kept for cleaning, spilled to a temporary file past a memory budget
    (:mod:`cleaner.readahead`; standard input is read without site learning).  With
    ``[dedup] enabled`` (the default) every article is checked against the articles
    before it and, given ``corpus``, against that corpus; ``add_to_corpus`` appends the
    kept articles to the corpus after the outputs are committed, never when the run
    fails.
    Raises :class:`InputError` when no input was given at all.
    """
    if not inputs:
        raise InputError("-", "no input given")
    if add_to_corpus and corpus is None:
        raise InputError("--add", "needs --corpus DIR")
    cfg = config or PipelineConfig()
    if cfg.dedup.enabled and cfg.dedup.replace_corpus and not add_to_corpus:
        raise InputError("--replace", "needs --add: the corpus records what is replaced")
    t0 = time.perf_counter()

    if read_options is None:  # the [read] budgets of the config, one spool per file
        read_options = _read_options(cfg, text_field)

    def reader() -> Iterator[Any]:
        return read_inputs(inputs, text_field=text_field, options=read_options)

    deduper = _open_deduper(cfg, corpus, keep_texts=add_to_corpus)
    # --out is checked (owned, not locked by another run) before any input is read
    with RunWriter(out_dir, fmt=cfg.output.format) as w:
        profiles = None
        learn = cfg.boilerplate.enabled and cfg.boilerplate.site_repeat
        kept: Iterator[Any] | None = None  # pages read (and decoded) once by site learning
        if learn and Path("-") not in inputs:
            profiles, kept = read_once(reader(), sample=cfg.boilerplate.site_sample_pages)
            trim()  # the site tables' unpruned peak goes back to the system
        sampled = sampled_sites(profiles, cfg.boilerplate.site_sample_pages)
        stored = stored_profiles(deduper.corpus if deduper is not None and learn else None)
        profiles = with_stored(stored, profiles)
        if profiles is not None and not add_to_corpus:  # nothing stores the counts
            profiles.settle(cfg.boilerplate)  # judged now, the line tables let go
            trim()
        pipeline = Pipeline(cfg, profiles=profiles)
        tally = _Tally()
        raws = reader() if kept is None else kept
        if jobs > 1 and kept is not None:  # workers decode: less to send them
            raws = (r.raw if isinstance(r, DecodedInput) else r for r in kept)
        # workers encode the rows the parent would only write unchanged (no dedup)
        encode = deduper is None and cfg.output.format == "jsonl"
        results = (
            iter_results_parallel(
                cfg, raws, jobs=jobs, profiles=profiles, pipeline=pipeline, encode=encode
            )
            if jobs > 1
            else iter_results(pipeline, raws)
        )
        pending: list[PageRows] = []
        pending_articles = 0
        for item in results:
            if isinstance(item, EncodedRows):  # pages a worker encoded (and counted)
                _flush(pending, deduper, w, tally)
                pending, pending_articles = [], 0
                _write_encoded(item, w, tally)
                if progress is not None:
                    progress(tally.pages, tally.in_bytes)
                continue
            if isinstance(item, Quarantined):
                w.quarantine_input(item.source, item.reason, item.data, item.line, item.code)
                tally.quarantine_reasons[item.code] += 1
                continue
            if isinstance(item, Skipped):  # records that are not pages by choice
                tally.skipped.update(item.counts)
                continue
            pending.append(item)
            pending_articles += len(item.articles)
            tally.pages += 1
            tally.in_bytes += item.page["bytes"]
            if pending_articles >= DEDUP_BATCH:
                _flush(pending, deduper, w, tally)
                pending, pending_articles = [], 0
                # the line caches last a batch, not the run: they grew with the input
                clear_line_caches()
                trim()  # the batch's pages and dedup working set, freed: released
            if progress is not None:
                progress(tally.pages, tally.in_bytes)
        _flush(pending, deduper, w, tally)
        summary = tally.summary(inputs, w, cfg, time.perf_counter() - t0)
        if sampled:
            summary["site_sample"] = sampled
        if deduper is not None:
            summary["dedup"] = {
                "corpus": str(corpus) if corpus else None,
                "kinds": dict(deduper.kinds),
            }
            if cfg.dedup.replace_corpus:
                summary["dedup"]["replaced"] = len(deduper.replacements)
            if corpus is not None:
                summary["dedup"]["site_profiles"] = profile_counts(stored, profiles)
        w.commit(summary)
        # the corpus grows only after the outputs are published; --out stays locked
        if deduper is not None and add_to_corpus:
            summary["dedup"]["added"] = add_kept(deduper)
            if learn and profiles is not None:  # what was learned goes with the corpus
                deduper.corpus.save_site_profiles_json(profiles.to_json())
                summary["dedup"]["site_profiles"]["saved"] = len(profiles)
            w.rewrite_summary(summary)
    if deduper is not None:
        deduper.close()
    return summary


def _read_options(cfg: PipelineConfig, text_field: str) -> Any:
    from cleaner.ingest.parquet import Spools
    from cleaner.ingest.records import ReadOptions

    lim = cfg.read
    spools = Spools(lim.max_spool_bytes)
    return ReadOptions(
        text_field=text_field, max_page_bytes=lim.max_page_bytes, limits=lim, spools=spools
    )


def stored_profiles(store: Any) -> SiteProfiles | None:
    """The site profiles stored with a corpus (``None``: no corpus, or none stored)."""
    if store is None:
        return None
    text = store.site_profiles_json()
    if text is None:
        return None
    try:
        return SiteProfiles.from_json(text)
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(str(store.path), f"stored site profiles unreadable: {exc}") from None


def sampled_sites(profiles: SiteProfiles | None, sample: int) -> dict[str, Any]:
    """Summary entry ``site_sample``: the sites (and templates) whose profile this run
    learned from a sample, its first ``site_sample_pages`` pages in run order (any later
    page was cleaned with the profile but not counted), with the pages each was counted
    on (distinct, and near-duplicate copies counted once in ``copies``).  Empty when no site reached
    the sample size: then every page was counted.  ``pages.jsonl``'s ``site`` tells how
    many pages each key had in the run."""
    if not sample or profiles is None:
        return {}
    full = {
        p.site: {"pages": p.pages, "copies": p.copies}
        for p in profiles
        if p.pages + p.copies >= sample
    }
    return {"sample_pages": sample, "sites": full} if full else {}


def profile_counts(stored: SiteProfiles | None, used: SiteProfiles | None) -> dict[str, Any]:
    """Summary entry: sites known from the corpus, sites profiled in the run, sites saved
    (``None`` until ``--add`` saves them)."""
    return {
        "from_corpus": len(stored) if stored is not None else 0,
        "used": len(used) if used is not None else 0,
        "saved": None,
    }


#: Articles handed to the dedup stage at once: large enough for vectorised sketching and
#: its worker processes (they start above 4,000), small enough to keep memory flat.
DEDUP_BATCH = 5_000


def _open_deduper(cfg: PipelineConfig, corpus: Path | None, *, keep_texts: bool) -> Any:
    if not cfg.dedup.enabled:
        if corpus is not None:
            raise InputError(str(corpus), "--corpus given but [dedup] enabled = false")
        return None
    from cleaner.corpus.store import CorpusStore
    from cleaner.stages.dedup import Deduper

    store = CorpusStore.open(corpus) if corpus is not None else None
    # kept texts are held only when they will be added to the corpus at the end
    return Deduper(cfg.dedup, corpus=store, keep_texts=keep_texts)


def _flush(pending: list[PageRows], deduper: Any, w: RunWriter, tally: _Tally) -> None:
    """Dedup the pending pages' articles as one batch, then write the pages in order."""
    arts = [a for r in pending for a in r.articles]
    if deduper is not None and arts:
        decisions = deduper.process(
            [
                {"id": a["id"], "text": a["text"], "status": a["status"], "meta": a.get("meta")}
                for a in arts
            ]
        )
        for a, d in zip(arts, decisions, strict=True):
            apply_decision(a, d)
    # the rows of WRITE_PAGES pages at a time, each table in one write (one encoding
    # call for JSONL), in page order as when each page wrote its own: a batch's rows
    # encoded at once would hold a batch's text three times over (memory flat)
    out = _Rows(w)
    for res in pending:
        dedup_rows = _dedup_changes(res)
        if dedup_rows:
            for row in dedup_rows:
                res.rule_counts[row["rule"]] = res.rule_counts.get(row["rule"], 0) + 1
                res.stage_counts["dedup"] = res.stage_counts.get("dedup", 0) + 1
        if res.original is not None:
            w.store_original(res.page["id"], res.original)
        out.add(res, dedup_rows)
        tally.add(res)
    out.write()


#: Pages whose rows :func:`_flush` writes at once (a few hundred kB of JSON).
WRITE_PAGES = 64


class _Rows:
    """Rows of a few pages, written together (see :func:`_flush`)."""

    def __init__(self, w: RunWriter) -> None:
        self.w = w
        self.pages: list[dict[str, Any]] = []
        self.articles: list[dict[str, Any]] = []
        self.changes: list[dict[str, Any]] = []
        self.encoded: list[str] = []
        self.counted = 0

    def add(self, res: PageRows, dedup_rows: list[dict[str, Any]]) -> None:
        self.pages.append(res.page)
        self.articles += res.articles
        if res.changes_jsonl is not None:
            if self.changes:  # the ledger keeps page order across the two kinds of rows
                self._changes()
            self.encoded.append(res.changes_jsonl)
            self.encoded += map(dumps_line, dedup_rows)
            self.counted += sum(res.rule_counts.values())
        else:
            if self.encoded:
                self._changes()
            self.changes += res.changes
            self.changes += dedup_rows
        if len(self.pages) >= WRITE_PAGES:
            self.write()

    def _changes(self) -> None:
        if self.encoded:
            self.w.write_encoded("changes", "".join(self.encoded), self.counted)
            self.encoded, self.counted = [], 0
        if self.changes:
            self.w.write("changes", self.changes)
            self.changes = []

    def write(self) -> None:
        """Write the rows held (pages, articles, then the ledger) and let go of them."""
        if self.pages:
            self.w.write("pages", self.pages)
            self.w.write("articles", self.articles)
            self.pages, self.articles = [], []
        self._changes()


def _write_encoded(rows: EncodedRows, w: RunWriter, tally: _Tally) -> None:
    """Append pages a worker processed and encoded (``--jobs N``, no dedup): the same
    bytes and counts as :func:`_flush` of their rows."""
    for page_id, data in rows.originals:
        w.store_original(page_id, data)
    for table in ("pages", "articles", "changes"):
        w.write_encoded(table, getattr(rows, table), rows.counts[table])
    tally.merge(rows.tally)


def _dedup_changes(res: PageRows) -> list[dict[str, Any]]:
    """The dedup ledger rows of a page's articles (``dedup_flags``): spans in the page's
    final text, scores, the ids matched.  Decisions, not edits: rebuild ignores them."""
    rows: list[dict[str, Any]] = []
    offset = 0
    for a in res.articles:
        rows += dedup_flags(res.page["id"], a, offset)
        offset += len(a["text"])
    return rows
