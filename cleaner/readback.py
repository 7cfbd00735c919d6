"""Reading a run's outputs back: one page's records, and its original bytes rebuilt.

``load_page`` reads one page's record, articles and changes (JSONL or Parquet outputs);
``rebuild_page`` inverts the changes from the articles' text back to the decoded page and
re-encodes it (:func:`rebuild_bytes`).  Kept apart from the pipeline so that ``cleaner
rebuild`` and ``cleaner explain`` start without loading the stages.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from cleaner.errors import OutputError
from cleaner.ingest.charset import encode
from cleaner.model import Change
from cleaner.provenance import (
    NON_EDITS,
    ProvenanceError,
    expand,
    invert_compact,
    is_compact,
    rebuild,
    runs_of,
)


def rebuild_text(article_texts: Sequence[str], changes: Sequence[Change]) -> str:
    """The decoded page text before any stage ran (:func:`cleaner.provenance.rebuild`).

    Changes as the pipeline records them (steps in order, each step's edits in text
    order) are inverted in one pass over each step, without the sorting ``rebuild``
    does for changes in any order; the result, and any error, is the same.
    """
    text = "".join(article_texts)
    steps = _steps_in_order(changes)
    if steps is None:
        return rebuild(text, changes)
    for step in reversed(steps):
        if any(map(is_compact, step)):
            text = _invert_runs(text, step)
        else:
            text = _invert_sorted(text, step)
    return text


def _invert_runs(text: str, step: list[Change]) -> str:
    """Undo one step that holds compact rows, edit by edit in text order."""
    if len(step) == 1:
        return invert_compact(text, step[0])
    edits = [e for c in step for e in (runs_of(c) if is_compact(c) else [_edit(c)])]
    edits.sort(key=_SPAN)  # stable: edits at one point keep their recorded order
    rule = step[0].rule
    out: list[str] = []
    piece = out.append
    pos = 0
    delta = 0
    for start, end, before, after in edits:
        ostart = start + delta
        oend = ostart + len(after)
        if ostart < pos or text[ostart:oend] != after:
            raise ProvenanceError(f"cannot invert {rule} at {start}: text differs")
        piece(text[pos:ostart])
        piece(before)
        pos = oend
        delta += len(after) - (end - start)
    piece(text[pos:])
    return "".join(out)


_SPAN = itemgetter(0, 1)


def _edit(c: Change) -> tuple[int, int, str, str]:
    return (c.start, c.end, c.before, c.after)


def _steps_in_order(changes: Sequence[Change]) -> list[list[Change]] | None:
    """The edits grouped by step when steps ascend and each step's ``(start, end)`` do;
    else ``None`` (then ``provenance.rebuild`` sorts them)."""
    steps: list[list[Change]] = []
    cur: list[Change] = []
    step = -1
    last = (-1, -1)
    for c in changes:
        if c.action in NON_EDITS:
            continue
        if c.step != step:
            if c.step < step:
                return None
            step, cur, last = c.step, [], (-1, -1)
            steps.append(cur)
        span = (c.start, c.end)
        if span < last:
            return None
        last = span
        cur.append(c)
    return steps


def _invert_sorted(text: str, changes: list[Change]) -> str:
    """``provenance.invert_step`` for changes already in ``(start, end)`` order."""
    out: list[str] = []
    piece = out.append
    pos = 0
    delta = 0  # output offset minus input offset, accumulated left to right
    for c in changes:
        after = c.after
        ostart = c.start + delta
        oend = ostart + len(after)
        if ostart < pos or text[ostart:oend] != after:
            raise ProvenanceError(f"cannot invert {c.rule} at {c.start}: text differs")
        piece(text[pos:ostart])
        piece(c.before)
        pos = oend
        delta += len(after) - (c.end - c.start)
    piece(text[pos:])
    return "".join(out)


def rebuild_bytes(
    page: dict[str, Any], article_texts: Sequence[str], changes: Sequence[Change]
) -> bytes:
    """The page's original input bytes, from its articles, changes and page record."""
    text = rebuild_text(article_texts, changes)
    container = page.get("container") or {}
    if container.get("kind") in ("jsonl", "json"):  # a record: its text inside its JSON
        if page["newline"] == "crlf":
            text = text.replace("\n", "\r\n")
        env = container["envelope"]
        literal = json.dumps(text, ensure_ascii=env["style"] == "ascii")
        line = env["prefix"] + literal + env["suffix"] + ("\r" if container.get("crlf") else "")
        return line.encode(container.get("transcoded_from") or "utf-8", "surrogatepass")
    return encode(text, page["encoding"], bom=page["bom"], newline=page["newline"])


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
    rows = _table_rows(out_dir, "changes", "page_id", page_id)
    # one row per edit: explain and rebuild read a compact row as the edits it stands for
    # (one whose runs do not fit stays as it is: rebuilding from it then fails)
    changes = expand((Change.from_row(r) for r in rows), strict=False)
    return PageRecords(pages[0], arts, changes)


def load_article(out_dir: Path, article_id: str) -> dict[str, Any] | None:
    """One article's row from a run's outputs, or None."""
    if not out_dir.is_dir():
        raise OutputError(f"{out_dir}: output directory does not exist")
    return next(iter(_table_rows(out_dir, "articles", "id", article_id)), None)


def rebuild_page(out_dir: Path, page_id: str) -> bytes:
    """The original input bytes of one page, byte for byte."""
    from cleaner.ingest.source import is_page_id

    rec = load_page(out_dir, page_id)
    if rec.page.get("rebuild") == "stored":
        if not is_page_id(page_id):  # it names a file: never a path out of the folder
            raise OutputError(f"{out_dir}: {page_id!r} is not a page id (16 hex digits)")
        return gzip.decompress((out_dir / "originals" / f"{page_id}.gz").read_bytes())
    return rebuild_bytes(rec.page, [a["text"] for a in rec.articles], rec.changes)
