"""The counters of a run, turned into ``summary.json`` at the end.

Kept apart from :mod:`cleaner.runner` so that the worker processes of ``--jobs N``
(:mod:`cleaner.parallel`) can count the pages they encode and send the counts back with
them, instead of sending every page's rows for this process to count.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.config import PipelineConfig
from cleaner.page_rows import PageRows
from cleaner.version import __version__

if TYPE_CHECKING:
    from cleaner.writers import RunWriter

_COUNTERS = (
    "by_stage",
    "by_rule",
    "removed_chars",
    "statuses",
    "encodings",
    "quarantine_reasons",
    "page_statuses",
    "page_flags",
    "skipped",
)


class Tally:
    """The run's counters, turned into ``summary.json`` at the end."""

    def __init__(self) -> None:
        self.pages = self.articles = self.in_bytes = 0
        self.by_stage: Counter[str] = Counter()
        self.by_rule: Counter[str] = Counter()
        self.removed_chars: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.encodings: Counter[str] = Counter()
        self.quarantine_reasons: Counter[str] = Counter()
        self.page_statuses: Counter[str] = Counter()
        self.page_flags: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()

    def add(self, res: PageRows) -> None:
        self.encodings[res.page["encoding"]] += 1
        self.page_statuses[res.page.get("status") or "ok"] += 1
        self.page_flags.update(res.page.get("flags") or ())
        self.articles += len(res.articles)
        self.statuses.update(a["status"] for a in res.articles)
        self.by_stage.update(res.stage_counts)
        self.by_rule.update(res.rule_counts)
        self.removed_chars.update(res.removed_chars)

    def merge(self, other: Tally) -> None:
        """Add the counts of ``other`` (a worker's tally of a run of pages that come after
        every page counted here).  Keys keep their first-seen order, as when each page is
        added here, so the summary is the same whichever process counted."""
        self.pages += other.pages
        self.articles += other.articles
        self.in_bytes += other.in_bytes
        for name in _COUNTERS:
            getattr(self, name).update(getattr(other, name))

    def summary(
        self, inputs: list[Path], w: RunWriter, cfg: PipelineConfig, seconds: float
    ) -> dict[str, Any]:
        return {
            "version": __version__,
            "inputs": [str(p) for p in inputs],
            "pages": self.pages,
            "articles": self.articles,
            "articles_by_status": dict(self.statuses),
            "pages_by_status": dict(sorted(self.page_statuses.items())),
            "page_flags": dict(sorted(self.page_flags.items())),
            "quarantined": w.quarantined,
            "quarantine_reasons": dict(self.quarantine_reasons),
            "read": {"skipped": dict(sorted(self.skipped.items()))},
            "stored_originals": w.stored,
            "input_bytes": self.in_bytes,
            "encodings": dict(self.encodings),
            "changes_by_stage": dict(sorted(self.by_stage.items())),
            "changes_by_rule": dict(sorted(self.by_rule.items())),
            "chars_removed_by_stage": dict(sorted(self.removed_chars.items())),
            "seconds": round(seconds, 3),
            "format": cfg.output.format,
        }
