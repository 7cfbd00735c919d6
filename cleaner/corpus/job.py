"""The library functions behind ``cleaner dedup`` and ``cleaner corpus add``.

``dedup_file`` streams an articles file through a :class:`~cleaner.stages.dedup.Deduper`
and writes ``articles.jsonl`` (or ``.parquet``) and ``summary.json`` to a new generation
of the output folder (:class:`~cleaner.outdir.OutputFolder`) published with one rename
only when everything succeeded; with ``add=True`` the kept
articles are appended to the corpus after that, never on failure.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from cleaner import __version__
from cleaner.corpus.batches import LineSpan, iter_batches, iter_batches_with_spans, resolve_input
from cleaner.corpus.errors import CorpusError
from cleaner.corpus.recheck import add_kept, config_for, recheck_with
from cleaner.corpus.store import CorpusStore
from cleaner.dedup.keep import article_date
from cleaner.errors import ConfigError, OutputError
from cleaner.memtrim import trim
from cleaner.outdir import OutputFolder
from cleaner.stages.dedup import DECISION_FIELDS, DedupConfig, Deduper, apply_decision
from cleaner.writers import SCHEMAS

__all__ = ["ARTICLE_FIELDS", "add_results", "dedup_file"]

#: The article fields, in the order ``cleaner run`` writes them (one schema, in writers).
ARTICLE_FIELDS: tuple[tuple[str, pa.DataType], ...] = tuple(
    (f.name, f.type) for f in SCHEMAS["articles"]
)
_SCHEMA = pa.schema(list(ARTICLE_FIELDS))
# one encoder for every row: json.dumps(..., ensure_ascii=False) builds a new one per call
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _row(article: dict[str, Any], rec: dict[str, Any]) -> dict[str, Any]:
    row = {name: article.get(name) for name, _ in ARTICLE_FIELDS}
    apply_decision(row, rec)
    return row


_NAMES = tuple(name for name, _ in ARTICLE_FIELDS)
_DEDUP_NAMES: tuple[str, ...] = ("status", "dup_of", "reason", "dup_score", "dup_kind", "cluster")
_DEDUP_NAMES += DECISION_FIELDS[5:]
_PLAIN = frozenset(_NAMES) - frozenset(_DEDUP_NAMES)


def _jsonl(
    batch: list[dict[str, Any]], recs: list[dict[str, Any]], lines: Iterable[str] | None
) -> Iterator[str]:
    """Output lines of a batch: ``_row`` as JSON, each ending in a newline.

    When the input line has no field beyond the article fields (and none of dedup's), it
    is reused as it was read, with the missing fields and the dedup fields appended:
    encoding every text again was a fifth of the run.  ``lines`` are the batch's lines in
    order (read again from the input, :class:`~cleaner.corpus.batches.LineSpan`).
    """
    tails: dict[frozenset[str], str] = {}
    each = iter(lines) if lines is not None else None
    for a, rec in zip(batch, recs, strict=True):
        keys = frozenset(a)
        read = next(each) if each is not None else ""
        line = read.rstrip() if keys <= _PLAIN else ""
        if not line.endswith("}"):
            yield _encode(_row(a, rec)) + "\n"
            continue
        tail = tails.get(keys)
        if tail is None:
            tail = tails[keys] = "".join(f', "{n}": null' for n in _NAMES if n in _PLAIN - keys)
        row = _row({}, rec)
        names = _DEDUP_NAMES + (("replaces",) if "replaces" in row else ())
        dedup = _encode({n: row[n] for n in names})
        yield line[:-1] + tail + ", " + dedup[1:] + "\n"


def dedup_file(
    input_path: Path,
    out_dir: Path,
    *,
    config: DedupConfig | None = None,
    corpus: Path | None = None,
    add: bool = False,
    fmt: str = "jsonl",
    batch_size: int = 20_000,
) -> dict[str, Any]:
    """Deduplicate one articles file into ``out_dir``; return the summary."""
    if fmt not in ("jsonl", "parquet"):
        raise OutputError(f"unknown output format {fmt!r}")
    if add and corpus is None:
        raise CorpusError("--add needs --corpus DIR")
    if (config or DedupConfig()).replace_corpus and not add:
        raise ConfigError("--replace needs --add: the corpus records what is replaced")
    src = resolve_input(input_path)
    cfg = config or DedupConfig()
    store = CorpusStore.open(corpus) if corpus is not None else None
    t0 = time.perf_counter()
    folder = OutputFolder(out_dir)  # owned, locked; published with one rename
    tmp = folder.tmp
    name = f"articles.{fmt}"
    fh: IO[str] | None = None
    writer: pq.ParquetWriter | None = None
    try:
        if fmt == "jsonl":
            fh = (tmp / name).open("w", encoding="utf-8", newline="\n")
        else:
            writer = pq.ParquetWriter(tmp / name, _SCHEMA, compression="zstd")
        with Deduper(cfg, corpus=store, keep_texts=add) as dd:
            corpus_before = len(store) if store is not None else None
            # where the batches read and not yet written are in the input: their lines are
            # read again when written, not held beside their rows (issue 15)
            read: deque[LineSpan | None] = deque()

            def batches() -> Iterator[list[dict[str, Any]]]:
                for rows, span in iter_batches_with_spans(src, batch_size=batch_size):
                    read.append(span)
                    yield rows

            for batch, recs in dd.process_batches(batches()):
                span = read.popleft()
                if fh is not None:
                    fh.writelines(_jsonl(batch, recs, span.lines() if span is not None else None))
                else:
                    rows = [_row(a, r) for a, r in zip(batch, recs, strict=True)]
                    for r in rows:
                        if r["meta"] is not None and not isinstance(r["meta"], str):
                            r["meta"] = json.dumps(r["meta"], ensure_ascii=False)
                    assert writer is not None
                    writer.write_table(pa.Table.from_pylist(rows, schema=_SCHEMA))
                # the batch's rows, lines and dedup working set, freed: released
                del batch, recs
                trim()
            if fh is not None:
                fh.close()
            if writer is not None:
                writer.close()
            summary: dict[str, Any] = {
                "version": __version__,
                "input": str(src),
                "articles": sum(dd.counts.values()),
                "articles_by_status": {k: v for k, v in dd.counts.items() if v},
                "duplicates_by_kind": {k: v for k, v in dd.kinds.items() if v},
                "corpus": str(corpus) if corpus is not None else None,
                "corpus_docs": corpus_before,
                "added_to_corpus": None,
                "settings": {
                    k: getattr(cfg, k)
                    for k in cfg.__dataclass_fields__
                    if k != "workers" and (k != "replace_corpus" or cfg.replace_corpus)
                },
                "format": fmt,
            }
            if cfg.replace_corpus:
                summary["replaced"] = len(dd.replacements)
            if add:  # outputs are complete; the add is atomic, so a failure changes nothing
                added = add_kept(dd)
                summary["added_to_corpus"] = added["added"]
                if cfg.replace_corpus:
                    summary["superseded_in_corpus"] = added.get("replaced", 0)
            summary["seconds"] = round(time.perf_counter() - t0, 3)
            (tmp / "summary.json").write_text(
                json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            folder.publish()
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write output: {exc.strerror or exc}") from None
    finally:
        if fh is not None and not fh.closed:
            fh.close()
        folder.close()
    return summary


def add_results(
    corpus: Path, results: Path, *, workers: int | None = None, part_docs: int = 200_000
) -> dict[str, Any]:
    """Append the kept articles of ``results`` (a run folder or an articles file).

    Written as one part per ``part_docs`` articles, so memory holds one part's texts.
    """
    store = CorpusStore.open(corpus)
    src = resolve_input(results)
    total = {"added": 0, "skipped": 0, "docs": len(store), "not_kept": 0}
    guard = recheck_with(config_for(store))
    ids: list[str] = []
    texts: list[str] = []
    clusters: list[str] = []
    dates: list[str | None] = []

    def flush() -> None:
        if ids:
            with store.rechecking(guard):  # against parts others committed meanwhile
                res = store.add(ids, texts, clusters, workers=workers, published=dates)
            total["added"] += res["added"]
            total["skipped"] += res["skipped"]
            total["docs"] = res["docs"]
            ids.clear()
            texts.clear()
            clusters.clear()
            dates.clear()

    for batch in iter_batches(src):
        for a in batch:
            if a.get("status", "kept") not in ("kept", None):
                total["not_kept"] += 1
                continue
            ids.append(a["id"])
            texts.append(a["text"])
            clusters.append(a.get("cluster") or a["id"])
            dates.append(article_date(a))
        if len(ids) >= part_docs:
            flush()
    flush()
    return {**total, "input": str(src)}
