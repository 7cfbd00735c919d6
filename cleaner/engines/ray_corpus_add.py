"""``--add`` on Ray: the kept articles appended to a corpus as new parts, and the corpus's
parts read as Ray datasets (:func:`read_parts`, also used by :mod:`cleaner.engines.ray_corpus`).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from cleaner.corpus.recheck import config_for, recheck_with
from cleaner.corpus.store import CorpusStore, PartRecord, new_tag, write_part_files
from cleaner.dedup.minhash import SketchParams, sketch
from cleaner.engines.ray_keep import article_dates
from cleaner.engines.ray_shuffle import shuffle
from cleaner.stages.dedup import DedupConfig

__all__ = ["add_kept", "read_parts"]


def _read_group(t: pa.Table, *, columns: list[str]) -> pa.Table:
    import pyarrow.parquet as pq

    tables = [
        pq.ParquetFile(path).read_row_group(int(rg), columns=columns)
        for path, rg in zip(t.column("path").to_pylist(), t.column("rg").to_pylist(), strict=True)
    ]
    return pa.concat_tables(tables)


def read_parts(ray: Any, store: CorpusStore, kind: str, columns: list[str]) -> Any:
    """The corpus's ``kind`` parts as a Ray dataset, one task per row group.

    (Ray 2.60's Parquet reader failed now and then resolving local paths when fsspec's
    HTTP filesystem cannot be imported; the parts' row groups are known, so read them.)"""
    import pyarrow.parquet as pq

    items = [
        {"path": f, "rg": g}
        for f in map(str, store.checked_files(kind))  # checksums checked on the driver
        for g in range(pq.ParquetFile(f).metadata.num_row_groups)
    ]
    return ray.data.from_items(items).map_batches(
        _read_group, batch_format="pyarrow", batch_size=1, fn_kwargs={"columns": columns}
    )


#: Run positions (``gidx >> order_shift``) per new corpus part written by one task (the
#: local add writes one part per add); bounds a task's memory (texts and sketches).
ADD_PART_ROWS = 200_000
_ADD_SCHEMA = pa.schema(
    [
        ("h", pa.int64()),
        ("gidx", pa.int64()),
        ("id", pa.string()),
        ("text", pa.string()),
        ("published", pa.string()),
    ]
)


def _id_hash(ids: list[str]) -> pa.Array:
    import xxhash

    return pa.array(
        np.fromiter((xxhash.xxh3_64_intdigest(i.encode()) for i in ids), np.uint64, len(ids)).view(
            np.int64
        )
    )


def _kept_rows(t: pa.Table) -> pa.Table:
    t = t.filter(pc.equal(t.column("d_status"), "kept"))
    return pa.table(
        {
            "h": _id_hash(t.column("id").to_pylist()),
            "gidx": t.column("gidx"),
            "id": t.column("id"),
            "text": t.column("text"),
            "published": pa.array(article_dates(t), pa.string()),  # as the local add
        },
        schema=_ADD_SCHEMA,
    )


def _corpus_ids(t: pa.Table) -> pa.Table:
    n = t.num_rows
    return pa.table(
        {
            "h": _id_hash(t.column("id").to_pylist()),
            "gidx": pa.nulls(n, pa.int64()),
            "id": t.column("id"),
            "text": pa.nulls(n, pa.string()),
            "published": pa.nulls(n, pa.string()),
        },
        schema=_ADD_SCHEMA,
    )


def _new_ids(t: pa.Table, *, order_shift: int) -> pa.Table:
    """As ``CorpusStore.add``: an id already in the corpus, or repeated, is skipped; the new
    rows get their part, ``h`` = ``(gidx >> order_shift) // ADD_PART_ROWS``."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    present = df.filter(pl.col("gidx").is_null())["id"]
    new = (
        df.filter(pl.col("gidx").is_not_null() & ~pl.col("id").is_in(present.implode()))
        .sort("gidx")
        .unique("id", keep="first", maintain_order=True)
        .with_columns(((pl.col("gidx") // (1 << order_shift)) // ADD_PART_ROWS).alias("h"))
    )
    return new.select("h", "gidx", "id", "text", "published").to_arrow().cast(_ADD_SCHEMA)


def _count_part(t: pa.Table) -> pa.Table:
    return pa.table({"part": [int(t.column("h")[0].as_py())], "n": [t.num_rows]})


def _write_new_part(
    t: pa.Table, *, folder: str, plan: dict[int, tuple[str, int]], params: SketchParams, tag: str
) -> pa.Table:
    """Sketch one part's articles (in run order) and write its pair under ``tag``'s
    temporary names; one row, the part's :class:`~cleaner.corpus.store.PartRecord`."""
    df = pl.from_arrow(t)
    assert isinstance(df, pl.DataFrame)
    df = df.sort("gidx")
    name, first = plan[int(df["h"][0])]
    ids, texts = df["id"].to_list(), df["text"].to_list()
    sk = sketch(texts, params)
    rec = write_part_files(
        folder,
        name=name,
        first_row=first,
        ids=ids,
        texts=texts,
        clusters=ids,
        exact=sk.exact,
        key_len=sk.key_len,
        sig=sk.sig,
        bands=params.bands,
        tag=tag,
        published=df["published"].to_list(),
    )
    return pa.table({k: [v] for k, v in rec.items()})


def _record(row: dict[str, Any]) -> PartRecord:
    return PartRecord(
        name=str(row["name"]),
        first_row=int(row["first_row"]),
        rows=int(row["rows"]),
        bands_rows=int(row["bands_rows"]),
        docs_sha256=str(row["docs_sha256"]),
        bands_sha256=str(row["bands_sha256"]),
    )


def _recheck(t: pa.Table, *, path: str, manifest: dict[str, Any], config: DedupConfig) -> pa.Table:
    """The ids of kept rows that duplicate the corpus view ``manifest`` (the parts other
    writers committed since the run's snapshot): the local engine's guard
    (:func:`~cleaner.corpus.recheck.recheck_with`), on one block of rows."""
    ids, texts = t.column("id").to_pylist(), t.column("text").to_pylist()
    dup = recheck_with(config)(CorpusStore(Path(path), manifest), ids, texts) if ids else []
    late = [i for i, d in zip(ids, dup, strict=True) if d]
    return pa.table({"id": pa.array(late, pa.string())})


def _drop_ids(t: pa.Table, *, ids: list[str]) -> pa.Table:
    return t.filter(pc.invert(pc.is_in(t.column("id"), value_set=pa.array(ids, pa.string()))))


def add_kept(
    ray: Any,
    joined: Any,
    path: Any,
    buckets: int,
    *,
    order_shift: int = 0,
    snapshot: Collection[str] | None = None,
    config: DedupConfig | None = None,
) -> int:
    """Append the kept articles of ``joined`` (article rows with ``gidx``, ``id``, ``text``,
    ``d_status``) to the corpus at ``path``, in ``gidx`` order, as the local
    ``CorpusStore.add`` would; returns how many.

    Articles are grouped into parts of ``ADD_PART_ROWS`` run positions, the position of an
    article being ``gidx >> order_shift`` (``cleaner run --engine ray`` numbers articles
    ``page << GIDX_SHIFT | article`` and passes ``order_shift=GIDX_SHIFT``, so a part holds
    the articles of ``ADD_PART_ROWS`` pages, not one page each).

    Workers sketch and write the new parts under temporary names
    (:func:`~cleaner.corpus.store.write_part_files`); the driver, inside
    :meth:`CorpusStore.writing` (the writer lock held from reading the manifest to replacing
    it), commits them (:meth:`CorpusStore.commit_parts`).  A failure before that leaves the
    corpus as it was (the temporary files are removed by the next add, of either engine).

    ``snapshot`` names the parts the articles were deduplicated against: under the lock,
    the kept articles are checked again (with ``config``, on the workers) against the
    parts committed since, and those found duplicates of them are not added, so two
    concurrent ``--add`` runs never add each other's duplicates (as the local engine,
    :mod:`cleaner.corpus.recheck`).
    """
    if not 0 <= order_shift < 63:
        raise ValueError(f"order_shift must be in 0..62, not {order_shift}")
    store = CorpusStore.open(path)
    with store.writing():
        params = store.params
        kept = joined.map_batches(_kept_rows, batch_format="pyarrow")
        newer = [p for p in store.manifest["parts"] if p["name"] not in (snapshot or ())]
        if snapshot is not None and newer:
            cfg = config or config_for(store)
            view = {**store.manifest, "parts": newer}
            late = kept.map_batches(
                _recheck,
                batch_format="pyarrow",
                fn_kwargs={"path": str(store.path), "manifest": view, "config": cfg},
            ).take_all()
            if late:
                gone = sorted({r["id"] for r in late})
                kept = kept.map_batches(_drop_ids, batch_format="pyarrow", fn_kwargs={"ids": gone})
        if store.manifest["parts"]:
            ids = read_parts(ray, store, "docs", ["id"])
            kept = kept.union(ids.map_batches(_corpus_ids, batch_format="pyarrow"))
        new = shuffle(kept, "h", buckets, _new_ids, order_shift=order_shift).materialize()
        counts = new.groupby("h").map_groups(_count_part, batch_format="pyarrow").take_all()
        counts.sort(key=lambda c: int(c["part"]))
        named = store.plan_parts([int(c["n"]) for c in counts])
        plan = {int(c["part"]): nf for c, nf in zip(counts, named, strict=True)}
        if not plan:
            return 0
        tag = new_tag()
        written = (
            new.groupby("h")
            .map_groups(
                _write_new_part,
                batch_format="pyarrow",
                fn_kwargs={
                    "folder": str(store.path / "parts"),
                    "plan": plan,
                    "params": params,
                    "tag": tag,
                },
            )
            .take_all()
        )
        return store.commit_parts([_record(w) for w in written], tag=tag)
