"""Parquet batches: one page per row, read a row batch at a time.

pyarrow needs a seekable file (the footer comes last), so a compressed Parquet file or
one on standard input is first spooled to a temporary file; a plain local file is read in
place and a remote one (:class:`cleaner.ingest.readers.OtherFile`) through its
``parquet_source()``.  Which column holds the text, the HTML, the id and the URL is
decided by :func:`cleaner.ingest.records.parquet_rows` and
:func:`~cleaner.ingest.records.record_page`, as for JSONL lines.  A file pyarrow cannot
read, or one without a text or HTML column, is quarantined whole; a row without text is
quarantined alone, as a JSON copy of its fields.  :func:`cleaner.ingest.readers.read_inputs`
dispatches here.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from cleaner.ingest.source import STDIN, OtherFile, Quarantined
from cleaner.ingest.source import copy_of as _copy_of
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

__all__ = ["read_parquet"]


def read_parquet(
    stream: IO[bytes],
    path: Path | OtherFile,
    source: str,
    opts: ReadOptions,
    base: dict[str, Any],
    *,
    direct: bool,
) -> Iterator[RawInput | Quarantined]:
    """Parquet rows batch by batch; compressed or piped files are spooled to disk first.

    ``stream`` is the (decompressed) input, ``path`` the file it came from, ``base`` the
    container fields every page gets (its compression) and ``direct`` whether ``path``
    itself can be read (it is not compressed).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cleaner.ingest.records import parquet_rows, record_page

    with tempfile.TemporaryFile() as spool:
        if direct and path != STDIN:
            target: Any = path if isinstance(path, Path) else path.parquet_source()
        else:
            shutil.copyfileobj(stream, spool)
            spool.seek(0)
            target = spool
        try:
            pf = pq.ParquetFile(target)
            for item in parquet_rows(pf, source, opts):
                if isinstance(item, str):
                    yield Quarantined(
                        source,
                        item,
                        _copy_of(None if path == STDIN else path),
                        code="missing_field",
                    )
                    return
                i, row = item
                cell = row.get(opts.text_field)
                if not isinstance(cell, str):
                    cell = row.get(opts.html_field)
                data = cell.encode("utf-8") if isinstance(cell, str) else b""
                container = {"kind": "parquet", "row": i, **base}
                page = record_page(f"{source}:row{i}", row, data, container, opts)
                if isinstance(page, str):
                    rec = json.dumps(row, ensure_ascii=False, default=str).encode("utf-8")
                    yield Quarantined(source, f"row {i}: {page}", rec, i, "missing_field")
                else:
                    yield page
        except (pa.ArrowException, OSError) as exc:
            msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield Quarantined(
                source,
                f"unreadable Parquet file ({msg})",
                _copy_of(None if path == STDIN else path),
                code="corrupt",
            )
