"""A run's outputs read back as one object: the only source of reports and of the CI gate.

STYLE.md §3 rule 4: reports come from the recorded changes, not from diffing runs.  A
:class:`Ledger` holds the run's ``summary.json``, its pages and articles (small: one row
each), the change ledger as a polars frame with a fixed schema (one row per change,
compact rows expanded; the large table) and the quarantine records.  JSONL and Parquet
outputs read the same way.

>>> Ledger.CHANGE_COLUMNS[:4]
('page_id', 'step', 'stage', 'rule')
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import polars as pl

from cleaner.errors import OutputError
from cleaner.model import Change
from cleaner.pipeline import rebuild_bytes, rebuild_text
from cleaner.provenance import NON_EDITS, RUNS, expand

#: Fixed schema of the change ledger frame (same columns as ``changes.jsonl``).
CHANGES_SCHEMA: dict[str, Any] = {
    "page_id": pl.String,
    "step": pl.Int64,
    "stage": pl.String,
    "rule": pl.String,
    "action": pl.String,
    "start": pl.Int64,
    "end": pl.Int64,
    "before": pl.String,
    "after": pl.String,
    "score": pl.Float64,
    "ref": pl.String,
}


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise OutputError(f"{path}:{n}: corrupt JSON line: {exc.msg}") from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot read: {exc.strerror}") from None


def _rows(root: Path, name: str, json_columns: Iterable[str] = ()) -> list[dict[str, Any]]:
    jl, pq = root / f"{name}.jsonl", root / f"{name}.parquet"
    if jl.exists():
        return list(_jsonl(jl))
    if pq.exists():
        rows = pl.read_parquet(pq).to_dicts()
        for row in rows:
            for col in json_columns:
                if isinstance(row.get(col), str):
                    row[col] = json.loads(row[col])
        return rows
    raise OutputError(f"{root}: no {name}.jsonl or {name}.parquet (not a run output?)")


def _changes(root: Path) -> pl.DataFrame:
    jl, pq = root / "changes.jsonl", root / "changes.parquet"
    try:
        if jl.exists():
            if jl.stat().st_size == 0:
                return pl.DataFrame(schema=CHANGES_SCHEMA)
            df = pl.read_ndjson(jl, schema=CHANGES_SCHEMA)
        elif pq.exists():
            df = pl.read_parquet(pq)
        else:
            raise OutputError(f"{root}: no changes.jsonl or changes.parquet (not a run output?)")
    except pl.exceptions.PolarsError as exc:
        raise OutputError(f"{root}: corrupt change ledger: {exc}") from None
    return _expanded(df.select(pl.col(c).cast(t) for c, t in CHANGES_SCHEMA.items()))


def _expanded(df: pl.DataFrame) -> pl.DataFrame:
    """The ledger one row per edit: compact rows (many edits of one rule in one step,
    :mod:`cleaner.provenance`) replaced by the rows they stand for, so counts, examples
    and replays read the same as from a ledger written a row per edit."""
    compact = pl.col("ref").str.starts_with(RUNS) & ~pl.col("action").is_in(list(NON_EDITS))
    if df.is_empty() or not df.select(compact.any()).item():
        return df
    # a row whose runs do not fit stays as it is: replaying its page reports it
    rows = expand((Change.from_row(r) for r in df.iter_rows(named=True)), strict=False)
    return pl.DataFrame([c.to_row() for c in rows], schema=CHANGES_SCHEMA)


@dataclass(slots=True)
class Ledger:
    """Everything a run wrote, read back.  Build with :meth:`load`."""

    CHANGE_COLUMNS: ClassVar[tuple[str, ...]] = tuple(CHANGES_SCHEMA)

    root: Path
    summary: dict[str, Any]
    pages: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    changes: pl.DataFrame
    quarantine: list[dict[str, Any]]

    @classmethod
    def load(cls, root: Path) -> Ledger:
        """Read a run's output folder; :class:`OutputError` if it is not one."""
        if not root.is_dir():
            raise OutputError(f"{root}: results folder does not exist")
        summary_path = root / "summary.json"
        try:
            summary = json.loads(summary_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise OutputError(f"{root}: no summary.json (not a finished run output?)") from None
        except (OSError, json.JSONDecodeError) as exc:
            raise OutputError(f"{summary_path}: cannot read: {exc}") from None
        q = root / "quarantine.jsonl"
        return cls(
            root=root,
            summary=summary,
            pages=_rows(root, "pages", ("container",)),
            articles=_rows(root, "articles", ("meta",)),
            changes=_changes(root),
            quarantine=list(_jsonl(q)) if q.exists() else [],
        )

    def articles_by_page(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {p["id"]: [] for p in self.pages}
        for a in self.articles:
            out.setdefault(a["page_id"], []).append(a)
        for arts in out.values():
            arts.sort(key=lambda a: a["article_index"])
        return out

    def changes_of(self, page_ids: Iterable[str]) -> dict[str, list[Change]]:
        """The changes of the given pages, in ledger order (one pass over the frame)."""
        wanted = list(dict.fromkeys(page_ids))
        out: dict[str, list[Change]] = {p: [] for p in wanted}
        if not wanted or self.changes.is_empty():
            return out
        sub = self.changes.filter(pl.col("page_id").is_in(wanted))
        for row in sub.iter_rows(named=True):
            out[row["page_id"]].append(Change.from_row(row))
        return out

    def original_text(
        self, page: dict[str, Any], articles: list[dict[str, Any]], changes: list[Change]
    ) -> tuple[str, bool]:
        """The text the pipeline received for a page, and whether its bytes rebuild exactly.

        The changes' offsets refer to that text (for an HTML page: its visible text, not
        the markup), so it is always rebuilt from the articles and the changes
        (:func:`cleaner.pipeline.rebuild_text`, as :func:`cleaner.runner.rebuild_page`
        does, from the rows already in memory).  A page whose original bytes were stored
        (``rebuild == "stored"``: HTML, WARC records, undecodable bytes) is exact by
        construction: ``cleaner rebuild`` returns those bytes.  Raises
        :class:`~cleaner.provenance.ProvenanceError` when the changes do not invert.
        """
        texts = [a["text"] for a in articles]
        text = rebuild_text(texts, changes)
        if page.get("rebuild") == "stored":
            return text, (self.root / "originals" / f"{page['id']}.gz").is_file()
        try:
            data = rebuild_bytes(page, texts, changes)
        except (KeyError, LookupError, UnicodeError, ValueError):
            return text, False  # no codec/envelope to re-encode with: not provably exact
        return text, hashlib.sha256(data).hexdigest() == page.get("sha256")
