"""Run the pipeline over inputs and write the outputs; read them back for provenance.

``run`` is the library function behind ``cleaner run``: it streams pages through the
pipeline, writes articles, pages, the change ledger, quarantine and ``summary.json`` with
:class:`~cleaner.writers.RunWriter`, and returns the summary.  ``load_page`` reads one
page's records back (for ``rebuild`` and ``explain``).
"""

from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaner import __version__
from cleaner.config import PipelineConfig
from cleaner.errors import InputError, OutputError
from cleaner.model import Change
from cleaner.pipeline import (
    PageRows,
    Pipeline,
    iter_results,
    iter_results_parallel,
    rebuild_bytes,
)
from cleaner.readers import Quarantined, read_inputs
from cleaner.writers import RunWriter

ProgressHook = Callable[[int, int], None]  # (pages done, input bytes done)


def run(
    inputs: list[Path],
    out_dir: Path,
    *,
    config: PipelineConfig | None = None,
    text_field: str = "text",
    jobs: int = 1,
    progress: ProgressHook | None = None,
) -> dict[str, Any]:
    """Clean every page of ``inputs`` into ``out_dir``; return the summary.

    ``jobs`` > 1 processes pages on that many worker processes (same output, same order).
    Raises :class:`InputError` when no input was given at all.
    """
    if not inputs:
        raise InputError("-", "no input given")
    cfg = config or PipelineConfig()
    pipeline = Pipeline(cfg)
    t0 = time.perf_counter()
    by_stage: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    removed_chars: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    quarantine_reasons: Counter[str] = Counter()
    pages = articles = in_bytes = 0
    with RunWriter(out_dir, fmt=cfg.output.format) as w:
        raws = read_inputs(inputs, text_field=text_field)
        results = (
            iter_results_parallel(cfg, raws, jobs=jobs)
            if jobs > 1
            else iter_results(pipeline, raws)
        )
        for item in results:
            if isinstance(item, Quarantined):
                w.quarantine_input(item.source, item.reason, item.data, item.line, item.code)
                quarantine_reasons[item.code] += 1
                continue
            res: PageRows = item
            pages += 1
            in_bytes += res.page["bytes"]
            encodings[res.page["encoding"]] += 1
            if res.original is not None:
                w.store_original(res.page["id"], res.original)
            w.write("pages", [res.page])
            w.write("articles", res.articles)
            if res.changes_jsonl is not None:
                w.write_encoded("changes", res.changes_jsonl, sum(res.rule_counts.values()))
            else:
                w.write("changes", res.changes)
            articles += len(res.articles)
            statuses.update(a["status"] for a in res.articles)
            by_stage.update(res.stage_counts)
            by_rule.update(res.rule_counts)
            removed_chars.update(res.removed_chars)
            if progress is not None:
                progress(pages, in_bytes)
        summary = {
            "version": __version__,
            "inputs": [str(p) for p in inputs],
            "pages": pages,
            "articles": articles,
            "articles_by_status": dict(statuses),
            "quarantined": w.quarantined,
            "quarantine_reasons": dict(quarantine_reasons),
            "stored_originals": w.stored,
            "input_bytes": in_bytes,
            "encodings": dict(encodings),
            "changes_by_stage": dict(sorted(by_stage.items())),
            "changes_by_rule": dict(sorted(by_rule.items())),
            "chars_removed_by_stage": dict(sorted(removed_chars.items())),
            "seconds": round(time.perf_counter() - t0, 3),
            "format": cfg.output.format,
        }
        w.commit(summary)
    return summary


# -- reading outputs back ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageRecords:
    page: dict[str, Any]
    articles: list[dict[str, Any]]
    changes: list[Change]


def _table_rows(out_dir: Path, name: str, key: str, value: str) -> Iterator[dict[str, Any]]:
    jl = out_dir / f"{name}.jsonl"
    pqf = out_dir / f"{name}.parquet"
    if jl.exists():
        with jl.open(encoding="utf-8") as fh:
            for line in fh:
                # cheap pre-filter before parsing: the id appears verbatim in the line
                if value in line:
                    row = json.loads(line)
                    if row.get(key) == value:
                        yield row
    elif pqf.exists():
        import polars as pl

        df = pl.scan_parquet(pqf).filter(pl.col(key) == value).collect()
        for row in df.iter_rows(named=True):
            for col in ("meta", "container"):
                if isinstance(row.get(col), str):
                    row[col] = json.loads(row[col])
            yield row
    else:
        raise OutputError(f"{out_dir}: no {name}.jsonl or {name}.parquet (not a run output?)")


def load_page(out_dir: Path, page_id: str) -> PageRecords:
    """Read one page's record, articles and changes from a run's outputs."""
    if not out_dir.is_dir():
        raise OutputError(f"{out_dir}: output directory does not exist")
    pages = list(_table_rows(out_dir, "pages", "id", page_id))
    if not pages:
        raise OutputError(f"{out_dir}: no page with id {page_id!r}")
    arts = sorted(
        _table_rows(out_dir, "articles", "page_id", page_id), key=lambda a: a["article_index"]
    )
    changes = [Change.from_row(r) for r in _table_rows(out_dir, "changes", "page_id", page_id)]
    return PageRecords(pages[0], arts, changes)


def rebuild_page(out_dir: Path, page_id: str) -> bytes:
    """The original input bytes of one page, byte for byte."""
    rec = load_page(out_dir, page_id)
    if rec.page.get("rebuild") == "stored":
        return gzip.decompress((out_dir / "originals" / f"{page_id}.gz").read_bytes())
    return rebuild_bytes(rec.page, [a["text"] for a in rec.articles], rec.changes)
