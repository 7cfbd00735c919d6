"""Parquet batches: one page per row, read a row batch at a time.

pyarrow needs a seekable file (the footer comes last), so a compressed Parquet file or
one on standard input is first spooled to a temporary file (at most ``[read]
max_spool_bytes``; a larger one is quarantined ``too_large``); a plain local file is read
in place and a remote one (:class:`cleaner.ingest.readers.OtherFile`) through its
``parquet_source()``.  A run reads its inputs twice when it learns site profiles: the
spooled copy is kept between the two reads (:class:`Spools`), so a file is spooled once.

Which column holds the text, the HTML, the id and the URL is decided by
:func:`parquet_rows` and
:func:`~cleaner.ingest.records.record_page`, as for JSONL lines.  A cell larger than
``max_page_bytes`` is found from the Arrow array's offsets before any Python string is
made of it, and its row is quarantined alone (``too_large``, its first MB copied); a row
group whose metadata says its cells average more than that is not decoded at all (that
would cost three times the cell) and its rows are quarantined together.  A file
pyarrow cannot read, or one without a text or HTML column, is quarantined whole; a row
without text is quarantined alone, as a JSON copy of its fields.
:func:`cleaner.ingest.readers.read_inputs` dispatches here.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from cleaner.ingest.limits import OverBudget
from cleaner.ingest.source import STDIN, OtherFile, Quarantined
from cleaner.ingest.source import copy_of as _copy_of
from cleaner.model import RawInput

if TYPE_CHECKING:
    from cleaner.ingest.records import ReadOptions

__all__ = ["Spools", "parquet_rows", "read_parquet"]


class Spools:
    """Spooled Parquet files kept between the two reads of one run (site learning, then
    cleaning), at most ``budget`` bytes of them; each is handed back once and closed
    after its second read.  A file refused for its size is remembered, not spooled
    again.  Temporary files are unlinked at creation, so nothing is left on disk whatever
    happens.  Pickles as an empty cache (Ray workers spool their own).
    """

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.files: dict[str, tuple[IO[bytes], int]] = {}
        self.refused: set[str] = set()  # over max_spool_bytes once: not spooled again

    def take(self, source: str) -> IO[bytes] | None:
        kept = self.files.pop(source, None)
        if kept is None:
            return None
        self.size -= kept[1]
        return kept[0]

    def keep(self, source: str, spool: IO[bytes], size: int) -> bool:
        """Keep ``spool`` for the next read of ``source`` if the budget allows."""
        if source in self.files or self.size + size > self.budget:
            return False
        self.files[source] = (spool, size)
        self.size += size
        return True

    def close(self) -> None:
        """Close (and so delete) every spool still kept: one the run did not read again."""
        for spool, _ in self.files.values():
            spool.close()
        self.files.clear()
        self.size = 0

    def __del__(self) -> None:  # a run without a second read leaves its spools here
        self.close()

    def __reduce__(self) -> tuple[type[Spools], tuple[int]]:
        return (Spools, (self.budget,))


def _spool(stream: IO[bytes], limit: int) -> tuple[IO[bytes], int] | None:
    """Copy ``stream`` to an anonymous temporary file, or ``None`` past ``limit`` bytes."""
    from cleaner.ingest.compression import CHUNK

    spool: IO[bytes] = tempfile.TemporaryFile()
    size = 0
    try:
        while chunk := stream.read(CHUNK * 16):
            size += len(chunk)
            if size > limit:
                spool.close()
                return None
            spool.write(chunk)
    except BaseException:  # a truncated or over-budget stream: no spool left open
        spool.close()
        raise
    return spool, size


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
    copy = None if path == STDIN else path
    spools: Spools | None = opts.spools
    spool: IO[bytes] | None = None
    kept = False  # the spool stays open for the run's next read of this file
    if direct and path != STDIN:
        target: Any = path if isinstance(path, Path) else path.parquet_source()
    else:
        spool = spools.take(source) if spools is not None and path != STDIN else None
        if spool is None:
            limit = opts.limits.max_spool_bytes
            refused = spools is not None and source in spools.refused
            got = None if refused else _spool(stream, limit)
            if got is None:
                if spools is not None and path != STDIN:
                    spools.refused.add(source)
                yield Quarantined(
                    source,
                    f"compressed Parquet file larger than {limit // (1 << 20)} MB once "
                    "expanded ([read] max_spool_bytes): not processed",
                    _copy_of(copy),
                    code="too_large",
                )
                return
            spool, size = got
            kept = spools is not None and path != STDIN and spools.keep(source, spool, size)
        spool.seek(0)
        target = spool
    try:
        yield from _rows(target, path, source, opts, base)
    finally:
        if spool is not None and not kept:
            spool.close()


def _rows(
    target: Any, path: Path | OtherFile, source: str, opts: ReadOptions, base: dict[str, Any]
) -> Iterator[RawInput | Quarantined]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cleaner.ingest.records import record_page

    copy = None if path == STDIN else path
    try:
        pf = pq.ParquetFile(target)
        for item in parquet_rows(pf, source, opts):
            if isinstance(item, str):
                yield Quarantined(source, item, _copy_of(copy), code="missing_field")
                return
            i, row = item
            if isinstance(row, Quarantined):  # a whole row group's copy: the file's bytes
                yield row if row.data is not None else replace(row, data=_copy_of(copy))
                continue
            cell = row.get(opts.text_field)
            if not isinstance(cell, str):
                cell = row.get(opts.html_field)
            data = cell.encode("utf-8") if isinstance(cell, str) else b""
            container = {"kind": "parquet", "row": i, **base}
            try:
                page = record_page(f"{source}:row{i}", row, data, container, opts)
            except OverBudget as exc:  # an HTML cell too complex to parse: this row alone
                yield Quarantined(source, f"row {i}: {exc}", data, i, exc.code)
                continue
            if isinstance(page, str):
                rec = json.dumps(row, ensure_ascii=False, default=str).encode("utf-8")
                yield Quarantined(source, f"row {i}: {page}", rec, i, "missing_field")
            else:
                yield page
    except (pa.ArrowException, OSError, UnicodeDecodeError) as exc:
        # UnicodeDecodeError: a damaged string column whose bytes are not UTF-8
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield Quarantined(
            source, f"unreadable Parquet file ({msg})", _copy_of(copy), code="corrupt"
        )


def oversized_group(
    group: Any, columns: list[str], first: int, source: str, limit: int
) -> Quarantined | None:
    """A ``too_large`` entry for a row group that must hold a cell over ``limit`` bytes
    (or a ``corrupt`` one when its column metadata is damaged),
    judged from the file's metadata alone: a column whose uncompressed size is more than
    ``limit`` per row.  Decoding such a group costs about three times its largest cell
    (the compressed page, the dictionary and the dense array), so it is not read at all;
    its rows go to quarantine together (the file is copied).  ``None`` when the group
    can be read row by row.
    """
    rows = max(1, group.num_rows)
    if 0 <= group.total_byte_size <= limit * rows:
        return None  # no column can be larger than the whole group: no column metadata read
    if not _columns_buildable(group):
        return Quarantined(
            source,
            f"unreadable Parquet file (the column metadata of the row group at row {first} "
            "is damaged)",
            None,
            first,
            "corrupt",
        )
    for j in range(group.num_columns):
        col = group.column(j)
        name = col.path_in_schema
        if name in columns and col.total_uncompressed_size > limit * rows:
            mb = limit // (1 << 20)
            span = f"row {first}" if rows == 1 else f"rows {first}-{first + rows - 1}"
            return Quarantined(
                source,
                f"{span}: column {name!r} holds {col.total_uncompressed_size // (1 << 20)} MB "
                f"for {rows} row(s), so a cell is larger than {mb} MB: not processed",
                None,
                first,
                "too_large",
            )
    return None


def _columns_buildable(group: Any) -> bool:
    """Whether pyarrow can build the column metadata of ``group`` without ending the process.

    On some damaged footers (a level histogram of the wrong size, found by bit flips)
    pyarrow throws a C++ exception from ``RowGroupMetaData.column()`` that no ``except``
    can catch: the process aborts.  Building the columns touches no file (the footer is
    already parsed), so a forked child builds them first; if the child dies, the parent
    does not try.  Where there is no ``fork`` the columns are built directly.
    """
    import os
    import warnings

    if not hasattr(os, "fork"):
        return True
    with warnings.catch_warnings():  # Python ≥ 3.12 warns about fork in a threaded process
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: build every column, report by exit status only
        code = 1
        try:
            os.close(2)  # pyarrow's terminate message is the parent's to word
            for j in range(group.num_columns):
                group.column(j).total_uncompressed_size  # noqa: B018
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def bounded_rows(batch: Any, first: int, source: str, limit: int) -> Iterator[Any]:
    """The rows of one Arrow record batch as dicts, numbered from ``first``; a row with a
    string or binary cell over ``limit`` bytes becomes a ``too_large`` quarantine entry
    instead, with its cell's first MB copied.  Sizes come from the arrays' offsets, so
    an oversized cell is never made into a Python object.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from cleaner.ingest.records import COPY_HEAD

    over: dict[int, tuple[str, Any]] = {}
    for name, col in zip(batch.schema.names, batch.columns, strict=True):
        t = col.type
        if not (
            pa.types.is_string(t)
            or pa.types.is_large_string(t)
            or pa.types.is_binary(t)
            or pa.types.is_large_binary(t)
        ):
            continue
        if col.nbytes <= limit:
            continue  # no cell can be larger than the whole column
        sizes = pc.binary_length(col).to_numpy(zero_copy_only=False)
        for j in (sizes > limit).nonzero()[0].tolist():
            over.setdefault(j, (name, _cell_head(col, j, COPY_HEAD)))
    if not over:
        for j, row in enumerate(batch.to_pylist()):
            yield first + j, row
        return
    names = batch.schema.names
    for j in range(batch.num_rows):
        i = first + j
        if j in over:
            name, head = over[j]
            mb = limit // (1 << 20)
            yield (
                i,
                Quarantined(
                    source,
                    f"row {i}: cell {name!r} larger than {mb} MB: not processed "
                    f"(first {COPY_HEAD // 1024} KB copied)",
                    head,
                    i,
                    "too_large",
                ),
            )
        else:
            yield i, {n: batch.column(k)[j].as_py() for k, n in enumerate(names)}


def _cell_head(col: Any, j: int, n: int) -> bytes:
    """The first ``n`` bytes of cell ``j`` of a string/binary array, read from its offsets
    and data buffers (``col[j]`` would copy the whole cell into a scalar)."""
    import numpy as np
    import pyarrow as pa

    large = pa.types.is_large_string(col.type) or pa.types.is_large_binary(col.type)
    _, offsets, data = col.buffers()
    offs = np.frombuffer(offsets, dtype=np.int64 if large else np.int32)
    start = int(offs[col.offset + j])
    return bytes(data[start : start + n])


def parquet_rows(pf: Any, source: str, opts: ReadOptions) -> Iterator[tuple[int, Any] | str]:
    """Rows of a Parquet file (batch by batch), or one reason string if none can be read;
    a row with an oversized cell comes as a ``Quarantined`` entry in place of its dict."""
    from cleaner.ingest.records import HINT_FIELDS

    names = set(pf.schema_arrow.names)
    if opts.text_field not in names and opts.html_field not in names:
        import pyarrow as pa

        schema = pf.schema_arrow
        texty = [
            f.name for f in schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)
        ]
        others = sorted(n for n in names if n not in texty)
        cols = ", ".join((texty + others)[:HINT_FIELDS]) + (
            ", …" if len(names) > HINT_FIELDS else ""
        )
        yield (
            f"no column {opts.text_field!r} or {opts.html_field!r} (columns: {cols}); "
            f"choose one with --text-field/--html-field"
        )
        return
    own = (opts.title_field, opts.date_field, opts.author_field)
    wanted = [
        c
        for c in (opts.text_field, opts.html_field, opts.id_field, opts.url_field, "site", *own)
        if c and c in names
    ]
    read = list(dict.fromkeys(wanted))
    i = 0
    for k in range(pf.num_row_groups):
        group = pf.metadata.row_group(k)
        over = oversized_group(group, read, i, source, opts.max_page_bytes)
        if over is not None:  # cells too large even to decode: the group is not read
            yield i, over
            i += group.num_rows
            continue
        got = 0
        for batch in pf.iter_batches(batch_size=64, row_groups=[k], columns=read):
            # a cell over the page limit is quarantined from its size alone (its row only)
            yield from bounded_rows(batch, i + got, source, opts.max_page_bytes)
            got += batch.num_rows
        if got != group.num_rows:  # a damaged file can decode to fewer rows than it holds
            yield (
                i + got,
                Quarantined(
                    source,
                    f"unreadable Parquet file (row group {k} holds {group.num_rows} rows "
                    f"by its metadata, {got} could be read)",
                    None,
                    i + got,
                    "corrupt",
                ),
            )
        i += max(got, group.num_rows)
