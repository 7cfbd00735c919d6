"""One processed page as plain rows, and the per-item step that makes them.

:func:`process_item` runs the pipeline on one raw page under the page's budgets and
turns a failure into a quarantined item (:mod:`cleaner.pageguard`); :class:`PageRows`
is what it returns, cheap to send between processes and to write; :func:`iter_results`
is the in-process loop over a stream (:mod:`cleaner.parallel` is the multi-process one).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from cleaner.ingest.charset import DecodeError
from cleaner.jsonl import dumps_lines
from cleaner.model import Change
from cleaner.pageguard import OOM, PageTimeout, out_of_memory, page_budget
from cleaner.pipeline import DecodedInput, PageResult, Pipeline
from cleaner.provenance import edit_count, is_compact


@dataclass(slots=True)
class PageRows:
    """A processed page as plain rows, cheap to send between processes and to write."""

    page: dict[str, Any]
    articles: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    original: bytes | None = None
    #: the change rows already encoded as JSON lines (set when writing JSONL), so the
    #: process that writes does not have to encode the largest table itself
    changes_jsonl: str | None = None
    rule_counts: dict[str, int] = field(default_factory=dict)
    stage_counts: dict[str, int] = field(default_factory=dict)
    removed_chars: dict[str, int] = field(default_factory=dict)


_RULE = attrgetter("rule")
_STAGE = attrgetter("stage")


def page_rows(res: PageResult, *, encode_changes: bool) -> PageRows:
    """The rows of one processed page: its record, articles and changes, with the
    counts by rule and stage (a compact row counted as the edits it stands for)."""
    changes = list(map(Change.to_row, res.changes))
    # counted in C (Counter over attrgetter), in first-seen order like a dict; a compact
    # row counts as the edits it stands for, as when each had its own row
    rules = Counter(map(_RULE, res.changes))
    stages = Counter(map(_STAGE, res.changes))
    for c in res.changes:
        if is_compact(c):
            n = edit_count(c) - 1
            rules[c.rule] += n
            stages[c.stage] += n
    # the page's accounts already sum what each stage removed (cleaner/accounting.py)
    removed = {k: res.page["removed"].get(k, 0) for k in stages}
    text = None
    if encode_changes:
        text = dumps_lines(changes)
        changes = []
    return PageRows(
        res.page,
        [a.to_row() for a in res.articles],
        changes,
        res.original,
        text,
        dict(rules),
        dict(stages),
        removed,
    )


def process_item(pipeline: Pipeline, raw: Any, index: int) -> Any:
    """Process one raw page into :class:`PageRows`; undecodable bytes are Quarantined
    (quarantined and skipped items pass through).

    A page is quarantined whole (nothing it produced is kept) when a stage fails on it
    (``internal_error``), when it uses up ``[read] max_page_cpu_seconds`` (``timeout``)
    or runs out of memory (``out_of_memory``), unless memory looks exhausted for every
    page: that stops the run with :class:`MemoryError` (:mod:`cleaner.pageguard`).
    """
    from cleaner.ingest.source import Quarantined, Skipped

    if isinstance(raw, (Quarantined, Skipped)):
        return raw
    item, raw = raw, raw.raw if isinstance(raw, DecodedInput) else raw
    line = raw.container.get("line") if raw.container else None
    seconds = pipeline.config.read.max_page_cpu_seconds
    try:
        with page_budget(seconds):
            res = pipeline.process(item, index)
            rows = page_rows(res, encode_changes=pipeline.config.output.format == "jsonl")
        OOM.streak = 0
        return rows
    except DecodeError as exc:
        code = "binary" if "binary" in str(exc) else "undecodable"
        return Quarantined(raw.source, str(exc), raw.data, line, code)
    except PageTimeout:
        reason = f"page took more than {seconds:g} s of CPU ([read] max_page_cpu_seconds)"
        return Quarantined(raw.source, reason, raw.data, line, "timeout")
    except MemoryError:
        pass  # decided below, once the page's partial results are freed
    except Exception as exc:
        # a stage failed or broke one of its own invariants on this page: keep the page
        # whole in quarantine (nothing lost, the reason names the failure) and go on with
        # the batch, instead of aborting the run with a traceback
        reason = f"internal error, please report: {type(exc).__name__}: {exc}"
        return Quarantined(raw.source, reason[:500], raw.data, line, "internal_error")
    out_of_memory()
    reason = "out of memory while processing this page (it is too large or too complex)"
    return Quarantined(raw.source, reason, raw.data, line, "out_of_memory")


def iter_results(pipeline: Pipeline, raws: Iterator[Any]) -> Iterator[Any]:
    """Process a stream of raw pages in order, in this process."""
    for i, raw in enumerate(raws):
        yield process_item(pipeline, raw, i)
