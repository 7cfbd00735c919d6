"""The part files of a corpus folder: their names, their schemas, and writing one pair.

A corpus (:mod:`cleaner.corpus.store`) is a manifest listing immutable part pairs::

    parts/docs-000001.parquet   row, id, cluster, exact, key_len, text, published
    parts/bands-000001.parquet  key, ref (= row)                       (one row per band)

``published`` (the document's date, ``YYYY-MM-DD``, or null) is written since schema
version 2; parts of a version 1 corpus have no such column and read as undated.

While an add writes them they carry a temporary name (``parts/.tmp-<tag>-docs-000001.parquet``);
:meth:`~cleaner.corpus.store.CorpusStore.commit_parts` renames them into place and then
replaces the manifest.  :func:`write_part_files` is the one writer of part files, called
once by the local add and once per part by the Ray engine's workers
(:mod:`cleaner.engines.ray_corpus`), so both engines write the same bytes.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from cleaner.corpus.errors import CorpusDamaged
from cleaner.dedup.minhash import band_keys

__all__ = [
    "BANDS_SCHEMA",
    "DOCS_SCHEMA",
    "ROW_GROUP",
    "PartRecord",
    "checked_part_files",
    "fetch_rows",
    "file_sha256",
    "new_tag",
    "part_path",
    "scan_docs",
    "write_part_files",
]

#: Rows per Parquet row group of a docs part: :meth:`CorpusStore.fetch` reads whole groups.
ROW_GROUP = 8_192
#: A docs part: one row per document, ``row`` numbering the corpus from 0 without gaps.
DOCS_SCHEMA = pa.schema(
    [
        ("row", pa.int64()),
        ("id", pa.string()),
        ("cluster", pa.string()),
        ("exact", pa.uint64()),
        ("key_len", pa.int64()),
        ("text", pa.string()),
        ("published", pa.string()),
    ]
)
#: A bands part: one row per non-zero LSH band key of a document (``ref`` = its ``row``).
BANDS_SCHEMA = pa.schema([("key", pa.uint64()), ("ref", pa.int64())])


class PartRecord(TypedDict):
    """A part pair written by :func:`write_part_files` and not yet committed: its manifest
    entry but ``added`` (stamped by :meth:`CorpusStore.commit_parts`)."""

    name: str
    first_row: int
    rows: int
    bands_rows: int
    docs_sha256: str
    bands_sha256: str


def file_sha256(path: Path) -> str:
    """The hex SHA-256 of a file's bytes (the checksums the manifest keeps)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def part_path(parts: Path, kind: str, name: str, tag: str | None = None) -> Path:
    """``parts/<kind>-<name>.parquet``, or its temporary name while an add writes it.

    >>> part_path(Path("parts"), "docs", "000001").as_posix()
    'parts/docs-000001.parquet'
    >>> part_path(Path("parts"), "bands", "000001", "1a2b3c4d").as_posix()
    'parts/.tmp-1a2b3c4d-bands-000001.parquet'
    """
    return parts / (f".tmp-{tag}-{kind}-{name}.parquet" if tag else f"{kind}-{name}.parquet")


def new_tag() -> str:
    """A fresh tag naming one add's temporary files (:func:`write_part_files`)."""
    return uuid.uuid4().hex[:8]


def write_part_files(
    parts: Path | str,
    *,
    name: str,
    first_row: int,
    ids: Sequence[str],
    texts: Sequence[str],
    clusters: Sequence[str],
    exact: np.ndarray,
    key_len: np.ndarray,
    sig: np.ndarray,
    bands: int,
    tag: str,
    published: Sequence[str | None] | None = None,
) -> PartRecord:
    """Write documents ``first_row, first_row + 1, …`` as the part pair ``name``, under the
    temporary names of ``tag`` in the corpus's ``parts`` folder, each file fsynced.

    ``exact``, ``key_len`` and ``sig`` are the documents' :class:`~cleaner.dedup.minhash.Sketch`
    columns, computed with the corpus's settings (``bands`` = ``SketchParams.bands``).  Call
    it inside :meth:`CorpusStore.writing` (which removes the temporary files of adds that
    did not commit), with a ``name`` and ``first_row`` from :meth:`CorpusStore.plan_parts`;
    the files belong to the corpus once :meth:`CorpusStore.commit_parts` commits the
    returned record.  Safe to repeat (a retried task rewrites the same files).
    ``published``: the documents' dates (``keep = "newest"`` against the corpus), null
    when not given.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from cleaner.dedup.minhash import sketch
    >>> from cleaner.corpus.store import CorpusStore
    >>> store = CorpusStore.init(pathlib.Path(tempfile.mkdtemp()) / "corpus")
    >>> texts = ["第一条 为了规范管理，制定本办法。"]
    >>> sk, tag = sketch(texts, store.params), new_tag()
    >>> with store.writing():
    ...     [(name, first)] = store.plan_parts([1])
    ...     rec = write_part_files(store.path / "parts", name=name, first_row=first,
    ...         ids=["a1"], texts=texts, clusters=["a1"], exact=sk.exact,
    ...         key_len=sk.key_len, sig=sk.sig, bands=store.params.bands, tag=tag)
    ...     store.commit_parts([rec], tag=tag)
    1
    >>> (rec["name"], rec["first_row"], rec["rows"], len(CorpusStore.open(store.path)))
    ('000001', 0, 1, 1)
    """
    n = len(ids)
    rows = np.arange(first_row, first_row + n, dtype=np.int64)
    keys = band_keys(sig, bands)
    nonzero = keys != 0
    docs_t = pa.table(
        {
            "row": rows,
            "id": pa.array(list(ids), pa.string()),
            "cluster": pa.array(list(clusters), pa.string()),
            "exact": exact.astype(np.uint64),
            "key_len": key_len.astype(np.int64),
            "text": pa.array(list(texts), pa.string()),
            "published": pa.array(
                list(published) if published is not None else [None] * n, pa.string()
            ),
        },
        schema=DOCS_SCHEMA,
    )
    bands_t = pa.table(
        {"key": keys[nonzero], "ref": np.broadcast_to(rows[:, None], keys.shape)[nonzero]},
        schema=BANDS_SCHEMA,
    )
    sha: dict[str, str] = {}
    for kind, table in (("docs", docs_t), ("bands", bands_t)):
        tmp = part_path(Path(parts), kind, name, tag)
        pq.write_table(table, tmp, row_group_size=ROW_GROUP, compression="zstd")
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        sha[kind] = file_sha256(tmp)
    return PartRecord(
        name=name,
        first_row=int(first_row),
        rows=n,
        bands_rows=int(nonzero.sum()),
        docs_sha256=sha["docs"],
        bands_sha256=sha["bands"],
    )


#: Part files whose checksum was checked in this process: ``(resolved path, sha256, size,
#: mtime)`` (a file written since is checked again).
_CHECKED: set[tuple[str, str, int, int]] = set()


def checked_part_files(corpus: Path, parts: Sequence[dict[str, Any]], kind: str) -> list[Path]:
    """The ``kind`` files of the manifest's ``parts``, each checked against the checksum
    the manifest recorded, once per process (a corpus is read many times in a run);
    :class:`CorpusDamaged` (exit 3) names a missing, unreadable or changed one."""
    files = [part_path(corpus / "parts", kind, p["name"]) for p in parts]
    for part, f in zip(parts, files, strict=True):
        want = str(part[f"{kind}_sha256"])
        try:
            st = f.stat()
            key = (str(f.resolve()), want, st.st_size, st.st_mtime_ns)
            if key in _CHECKED:
                continue
            ok = file_sha256(f) == want
        except OSError as exc:
            raise CorpusDamaged(
                f"{f}: corpus part unreadable ({exc.strerror or exc}); "
                f"check it with: cleaner corpus verify {corpus}"
            ) from None
        if not ok:
            raise CorpusDamaged(
                f"{f}: corpus part damaged (checksum mismatch); "
                f"check it with: cleaner corpus verify {corpus}"
            )
        _CHECKED.add(key)
    return files


def scan_docs(files: Sequence[Path], columns: Sequence[str]) -> pl.LazyFrame:
    """The ``columns`` of docs part ``files``, one lazy frame (each file scanned on its
    own: parts of schema versions 1 and 2 differ in their columns)."""
    return pl.concat([pl.scan_parquet(f).select(columns) for f in files])


def fetch_rows(
    pdir: Path, parts: Sequence[dict[str, Any]], rows: Sequence[int] | np.ndarray
) -> pl.DataFrame:
    """Documents ``(row, id, cluster, text, published)`` of ``rows`` (reads their row
    groups only; ``published`` is null in parts written before schema version 2).

    One row group at a time, keeping only the wanted rows: memory holds the result and
    one group, not every group the rows fall in.
    """
    want = np.unique(np.asarray(rows, dtype=np.int64))
    tables: list[pa.Table] = []
    for part in parts:
        lo, n = part["first_row"], part["rows"]
        sel = want[(want >= lo) & (want < lo + n)] - lo
        if sel.size == 0:
            continue
        f = pq.ParquetFile(part_path(pdir, "docs", part["name"]))
        dated = "published" in f.schema_arrow.names
        cols = ["row", "id", "cluster", "text"] + (["published"] if dated else [])
        group_of = sel // ROW_GROUP
        bounds = np.flatnonzero(np.diff(group_of)) + 1
        for idx in np.split(sel, bounds):
            g = int(idx[0] // ROW_GROUP)
            t = f.read_row_group(g, columns=cols).take(pa.array(idx - g * ROW_GROUP))
            if not dated:
                t = t.append_column("published", pa.nulls(t.num_rows, pa.string()))
            tables.append(t)
    if not tables:
        return pl.DataFrame(
            schema={
                "row": pl.Int64,
                "id": pl.String,
                "cluster": pl.String,
                "text": pl.String,
                "published": pl.String,
            }
        )
    df = pl.from_arrow(pa.concat_tables(tables))
    assert isinstance(df, pl.DataFrame)
    return df.sort("row")
