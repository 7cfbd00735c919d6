"""What the report's sections share: sampling options and small HTML helpers."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

#: What a page whose recorded changes cannot be replayed raises (ProvenanceError and
#: UnicodeError are ValueErrors; an offset or article row that is not there: Index/Key).
#: Such a page is shown with a one-line note instead of failing the whole report.
REPLAY_ERRORS = (ValueError, IndexError, KeyError)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportOptions:
    """Sampling limits; counts are never sampled.

    max_pages: side-by-side page views (the list of pages is always complete, up to
        ``max_rows``); examples: before/after examples per rule; max_page_chars: characters
        of a page shown; max_pairs: duplicate pairs shown aligned; max_rows: rows of the
        page, duplicate and quarantine tables.
    """

    max_pages: int = 200
    examples: int = 8
    max_page_chars: int = 30_000
    max_pairs: int = 50
    max_rows: int = 20_000
    worst_losses: int = 10
    lossy_page_loss: float = 0.5


def spread(items: list[Any], n: int) -> list[Any]:
    """``n`` items spread evenly over ``items`` (deterministic sampling)."""
    if len(items) <= n:
        return list(items)
    if n <= 0:
        return []
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def clip(s: str, n: int = 300) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def tag(stage: str) -> str:
    return f'<span class="tag s-{escape(stage)}">{escape(stage)}</span>'


__all__ = ["REPLAY_ERRORS", "ReportOptions", "clip", "spread", "tag"]
