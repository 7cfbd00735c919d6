"""The run's band keys as sorted numpy blocks, one per batch: candidates against earlier
batches of the run without a polars frame or a hash table.

The run index (:class:`cleaner.dedup.index.RunIndex`) used to hold its band keys as one
polars frame ``(key, ref)``, concatenated again on every batch and joined by a hash join
(:func:`~cleaner.dedup.index.band_join`).  Both grew with the run (16 bytes a key, a
hash table over all of them on each batch), in polars' own allocator, which
``malloc_trim`` does not reach (issue 15: memory flat in input size).  Here each batch's
non-zero keys are sorted once and never copied again: 12 bytes a key (the key and its
row in the block), looked up with ``searchsorted``.  Past a budget the oldest blocks live
in a temporary file (:class:`~cleaner.dedup.blocks.BlockStore`) and are read back one at
a time by :meth:`RunKeys.pairs`: the run's keys (384 bytes an article) do not grow the
resident size.

>>> rk = RunKeys()
>>> rk.append(np.array([0, 1], np.int64), np.array([[5, 7], [7, 0]], np.uint64))
>>> rk.append(np.array([2], np.int64), np.array([[9, 5]], np.uint64))
>>> len(rk), rk.pairs(np.array([[7, 5], [0, 3]], np.uint64)).rows()
(5, [(0, 0), (0, 1), (0, 2)])
"""

from __future__ import annotations

import numpy as np
import polars as pl

from cleaner.dedup.blocks import BlockStore

__all__ = ["RunKeys"]


class RunKeys:
    """Band keys of run rows, appended a batch at a time (:meth:`append`), matched by
    :meth:`pairs` (what :func:`~cleaner.dedup.index.band_join` gives for a frame)."""

    __slots__ = ("_keys", "_nbytes", "_rows", "_size", "_width")

    def __init__(self, *, budget: int | None = None) -> None:
        half = None if budget is None else budget // 2
        self._keys = BlockStore(budget=half)  # per block: sorted non-zero keys (uint64)
        self._rows = BlockStore(budget=half)  # per block: the run row of each key
        self._size = 0
        self._nbytes = 0
        self._width = 1  # one more than the largest run row held

    def __len__(self) -> int:
        """Keys held (zero keys are not)."""
        return self._size

    @property
    def nbytes(self) -> int:
        """Bytes of the blocks, in memory or spilled."""
        return self._nbytes

    def append(self, rows: np.ndarray, keys: np.ndarray) -> None:
        """Add ``keys`` (``(len(rows), bands)``) of run rows ``rows``."""
        flat = np.asarray(keys, dtype=np.uint64).ravel()
        ref = np.repeat(np.asarray(rows, dtype=np.int64), keys.shape[1] if keys.ndim > 1 else 1)
        nz = flat != 0
        flat, ref = flat[nz], ref[nz]
        if flat.size == 0:
            return
        order = np.argsort(flat, kind="stable")
        small = np.uint32 if ref.size and int(ref.max()) < 2**32 else np.int64
        block, rows_of = flat[order], ref[order].astype(small)
        self._keys.append(block)
        self._rows.append(rows_of)
        self._size += flat.size
        self._nbytes += block.nbytes + rows_of.nbytes
        self._width = max(self._width, int(ref.max()) + 1)

    def pairs(self, keys: np.ndarray) -> pl.DataFrame:
        """Pairs ``(q, ref)``, unique, sorted: batch row ``q`` (of ``keys``, ``(n, bands)``)
        shares a non-zero key with run row ``ref``."""
        n, b = keys.shape
        flat = np.asarray(keys, dtype=np.uint64).ravel()
        q = np.repeat(np.arange(n, dtype=np.int64), b)
        nz = flat != 0
        flat, q = flat[nz], q[nz]
        codes: list[np.ndarray] = []
        width = self._width
        for i in range(len(self._keys)):
            sk = self._keys[i]  # read back from the file when spilled, let go after
            lo = np.searchsorted(sk, flat, side="left")
            cnt = np.searchsorted(sk, flat, side="right") - lo
            hit = cnt > 0
            if not hit.any():
                continue
            c, start = cnt[hit], lo[hit]
            total = int(c.sum())
            at = np.repeat(start - (np.cumsum(c) - c), c) + np.arange(total)
            rows = self._rows.take(i, at).astype(np.int64)
            codes.append(np.unique(np.repeat(q[hit], c) * width + rows))
        if not codes:
            return pl.DataFrame(schema={"q": pl.Int64, "ref": pl.Int64})
        code = np.unique(np.concatenate(codes)) if len(codes) > 1 else codes[0]
        return pl.DataFrame({"q": code // width, "ref": code % width})
