"""The data contract between stages: pages, articles and the changes made to them.

Every stage receives text and returns new text plus the :class:`Change` rows that turn the
one into the other.  Offsets in a change refer to the text *at the start of its step*; a
step is one pass of one rule over the page (see :mod:`cleaner.provenance`).  Because every
change keeps the full ``before`` text, the original page can always be rebuilt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Action = Literal["delete", "replace", "insert", "split", "drop", "flag"]

#: Names of the stages in pipeline order: one vocabulary for modules, config, ledger and CLI.
#: ``extract`` is HTML main-text extraction: what it left out of the page's visible text.
STAGES: tuple[str, ...] = ("read", "extract", "boilerplate", "repair", "split", "dedup")


@dataclass(frozen=True, slots=True)
class Change:
    """One recorded edit or decision.

    ``start``/``end`` are character offsets into the text the step received; ``before`` is
    the exact text that was there and ``after`` what replaced it.
    """

    page_id: str
    stage: str
    rule: str
    action: Action
    start: int
    end: int
    before: str
    after: str = ""
    score: float | None = None
    ref: str | None = None
    step: int = 0

    def to_row(self) -> dict[str, Any]:
        return {
            "page_id": self.page_id,
            "step": self.step,
            "stage": self.stage,
            "rule": self.rule,
            "action": self.action,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "score": self.score,
            "ref": self.ref,
        }

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Change:
        return cls(
            page_id=row["page_id"],
            stage=row["stage"],
            rule=row["rule"],
            action=row["action"],
            start=int(row["start"]),
            end=int(row["end"]),
            before=row["before"] or "",
            after=row["after"] or "",
            score=row.get("score"),
            ref=row.get("ref"),
            step=int(row.get("step") or 0),
        )


@dataclass(frozen=True, slots=True)
class RawInput:
    """One page as read from disk, before decoding.

    ``container`` describes where the bytes came from (a whole file, or a line of a JSONL
    batch) and whatever is needed to give those bytes back.
    """

    source: str
    data: bytes
    container: Mapping[str, Any] = field(default_factory=dict)
    text: str | None = None  # already-decoded text (JSONL field), else None
    record_id: str | None = None
    url: str | None = None
    site: str | None = None  # site the page belongs to (from --site, a field, or the URL)
    #: HTML main-text extraction as edits of ``text`` (the page's visible text):
    #: ``(start, end, rule)`` spans it left out, recorded as ``extract`` deletions
    drops: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One article cut from a page by the split stage."""

    id: str
    page_id: str
    source: str
    article_index: int
    title: str
    text: str
    meta: Mapping[str, str]
    lang: str
    placeholders: int
    placeholder_ratio: float
    status: str = "kept"
    dup_of: str | None = None
    reason: str | None = None
    dup_score: float | None = None
    dup_kind: str | None = None
    cluster: str | None = None
    version_of: str | None = None  # dedup: the document a kept version revises
    best_score: float | None = None  # dedup: a kept article's best candidate Jaccard × 100
    contains: str | None = None  # dedup: JSON [[id, share %], …] of sources a compilation holds
    dup_detail: str | None = None  # dedup: JSON of the measures that decided

    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "page_id": self.page_id,
            "source": self.source,
            "article_index": self.article_index,
            "title": self.title,
            "text": self.text,
            "meta": dict(self.meta),
            "lang": self.lang,
            "placeholders": self.placeholders,
            "placeholder_ratio": self.placeholder_ratio,
            "status": self.status,
            "dup_of": self.dup_of,
            "dup_score": self.dup_score,
            "dup_kind": self.dup_kind,
            "cluster": self.cluster,
            "reason": self.reason,
            "version_of": self.version_of,
            "best_score": self.best_score,
            "contains": self.contains,
            "dup_detail": self.dup_detail,
        }


@dataclass(frozen=True, slots=True)
class StageResult:
    """What a stage returns: the new text and the changes that produced it."""

    text: str
    changes: tuple[Change, ...] = ()
