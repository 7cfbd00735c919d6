"""Per-article columns of the run index without a Python object per article.

Every article of a run left, in :class:`cleaner.dedup.index.RunIndex`, its id and
cluster as ``str`` objects, an ``int`` key and value in the exact-hash dict and in the
group-key dict (with a ``list`` per key): ~600 bytes an article in small objects that
live as long as the run, allocated between each batch's short-lived ones.  Besides their
own size they pin the allocator's pages, so the resident size grew with the input (issue
15).  Here the ids are UTF-8 blobs with offsets, a chunk of rows each, and the exact
hashes and group keys sorted numpy blocks, one per batch, looked up a batch at a time.
Even compact, these columns grew ~100 bytes an article in memory (10 MiB at 200 MB of
input), so full chunks and blocks past a small budget go to a temporary file
(:mod:`cleaner.dedup.blocks`), read back when a row is asked for (ids and clusters: a
few per article) or once per batch (the hash and key blocks).

>>> ids = StrColumn(); ids.append("p1-000"); ids.append("p2-001"); ids[1] = "x"
>>> len(ids), ids[0], ids[1]
(2, 'p1-000', 'x')
>>> ex = FirstRows(); ex.add(7, 0); ex.add(9, 1); ex.add(7, 2)
>>> ex.lookup(np.array([7, 8, 9], np.uint64)).tolist()
[0, -1, 1]
>>> g = GroupRows(cap=2); g.add(0, np.array([5, 0], np.uint64))
>>> g.add(1, np.array([5, 6], np.uint64)); g.add(2, np.array([5, 6], np.uint64))
>>> g.lookup(np.array([[5, 6, 4]], np.uint64))
{5: [0, 1], 6: [1, 2]}
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from cleaner.dedup import blocks
from cleaner.dedup.blocks import BlockStore, IntColumn

__all__ = ["FirstRows", "GroupRows", "StrColumn"]


class StrColumn:
    """Strings by row: a chunk of rows is one UTF-8 blob and the rows' ends in it; full
    chunks go to a :class:`~cleaner.dedup.blocks.BlockStore` (spilled past ``budget``).
    A row set again is kept aside."""

    __slots__ = ("_blobs", "_ends", "_set", "_tail", "chunk")

    def __init__(self, *, chunk: int | None = None, budget: int | None = None) -> None:
        self.chunk = chunk = blocks.CHUNK_ROWS if chunk is None else chunk
        budget = blocks.COLUMN_BUDGET if budget is None else budget
        self._blobs = BlockStore(budget=budget)  # per full chunk: its blob (uint8)
        self._ends = IntColumn(np.int64, chunk=chunk, budget=budget)  # end in its chunk
        self._tail = bytearray()  # the blob of the chunk being filled
        self._set: dict[int, str] = {}  # rows given another value after they were added

    def __len__(self) -> int:
        return len(self._ends)

    def append(self, value: str) -> None:
        self._tail += value.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._tail))
        if len(self._ends) % self.chunk == 0:
            self._blobs.append(np.frombuffer(bytes(self._tail), dtype=np.uint8))
            self._tail = bytearray()

    def __getitem__(self, row: int) -> str:
        got = self._set.get(row)
        if got is not None:
            return got
        if row < 0 or row >= len(self):
            raise IndexError(row)
        b, k = divmod(row, self.chunk)
        start = self._ends[row - 1] if k else 0
        end = self._ends[row]
        if b == len(self._blobs):
            raw = bytes(self._tail[start:end])
        else:
            raw = self._blobs.read_bytes(b, start, end)
        return raw.decode("utf-8", "surrogatepass")

    def __setitem__(self, row: int, value: str) -> None:
        if row < 0 or row >= len(self):
            raise IndexError(row)
        self._set[row] = value


def _flush_pairs(keys: list[int], rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
    k = np.array(keys, dtype=np.uint64)
    r = np.array(rows, dtype=np.int64)
    order = np.argsort(k, kind="stable")  # within a key, rows stay in the order added
    return k[order], r[order]


class _Blocks:
    """Pairs of numpy blocks (sorted keys, their rows), one pair per batch, in two
    :class:`~cleaner.dedup.blocks.BlockStore` s: read back a pair at a time."""

    __slots__ = ("_keys", "_rows")

    def __init__(self, budget: int | None) -> None:
        half = (blocks.COLUMN_BUDGET if budget is None else budget) // 2
        self._keys = BlockStore(budget=half)
        self._rows = BlockStore(budget=half)

    def append(self, pair: tuple[np.ndarray, np.ndarray]) -> None:
        self._keys.append(pair[0])
        self._rows.append(pair[1])

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for i in range(len(self._keys)):  # oldest first; a spilled pair is read back
            yield self._keys[i], self._rows[i]


class FirstRows:
    """The first row added under each key (``dict.setdefault``), in sorted numpy blocks."""

    __slots__ = ("_blocks", "_keys", "_rows")

    def __init__(self, *, budget: int | None = None) -> None:
        self._blocks = _Blocks(budget)
        self._keys: list[int] = []
        self._rows: list[int] = []

    def add(self, key: int, row: int) -> None:
        self._keys.append(key)
        self._rows.append(row)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The first row of each of ``keys`` (``-1``: none)."""
        if self._keys:
            k, r = _flush_pairs(self._keys, self._rows)
            first = np.ones(k.size, dtype=bool)
            first[1:] = k[1:] != k[:-1]
            self._blocks.append((k[first], r[first]))
            self._keys, self._rows = [], []
        keys = np.asarray(keys, dtype=np.uint64)
        out = np.full(keys.size, -1, dtype=np.int64)
        for bk, br in self._blocks:  # earlier blocks hold earlier rows: the first hit wins
            if not bk.size:
                continue
            at = np.minimum(np.searchsorted(bk, keys), bk.size - 1)
            hit = (bk[at] == keys) & (out < 0)
            out[hit] = br[at[hit]]
        return out


class GroupRows:
    """The first ``cap`` rows added under each non-zero key, in sorted numpy blocks."""

    __slots__ = ("_blocks", "_keys", "_rows", "cap")

    def __init__(self, *, cap: int, budget: int | None = None) -> None:
        self.cap = cap
        self._blocks = _Blocks(budget)
        self._keys: list[int] = []
        self._rows: list[int] = []

    def add(self, row: int, keys: np.ndarray) -> None:
        for g in keys.tolist():
            if g:
                self._keys.append(g)
                self._rows.append(row)

    def lookup(self, keys: np.ndarray) -> dict[int, list[int]]:
        """``{key: rows}`` for the non-zero ``keys`` (any shape) that rows were added under:
        the first ``cap`` of them, in the order added."""
        if self._keys:
            self._blocks.append(_flush_pairs(self._keys, self._rows))
            self._keys, self._rows = [], []
        want = np.unique(np.asarray(keys, dtype=np.uint64).ravel())
        want = want[want != 0]
        got_k: list[np.ndarray] = []
        got_r: list[np.ndarray] = []
        for bk, br in self._blocks:
            lo = np.searchsorted(bk, want, side="left")
            cnt = np.minimum(np.searchsorted(bk, want, side="right") - lo, self.cap)
            hit = cnt > 0
            if not hit.any():
                continue
            c, start = cnt[hit], lo[hit]
            at = np.repeat(start - (np.cumsum(c) - c), c) + np.arange(int(c.sum()))
            got_k.append(bk[at])
            got_r.append(br[at])
        if not got_k:
            return {}
        k, r = np.concatenate(got_k), np.concatenate(got_r)
        order = np.argsort(k, kind="stable")  # blocks in order: rows stay in added order
        k, r = k[order], r[order]
        first = np.ones(k.size, dtype=bool)
        first[1:] = k[1:] != k[:-1]
        start = np.flatnonzero(first)
        rank = np.arange(k.size) - np.repeat(start, np.diff(np.append(start, k.size)))
        keep = rank < self.cap
        k, r, first = k[keep], r[keep], first[keep]
        bounds = np.flatnonzero(first)
        return dict(
            zip(
                k[bounds].tolist(),
                [part.tolist() for part in np.split(r, bounds[1:])],
                strict=True,
            )
        )
