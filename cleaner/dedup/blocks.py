"""Numpy blocks and fixed-width columns whose old parts live in an anonymous temporary file.

The run index (:class:`cleaner.dedup.index.RunIndex`) keeps something for every article
of a run.  Held in memory, even as compact arrays, it grows with the input (issue 15:
peak RSS flat from 10 to 200 MB), and an array grown by ``append`` is reallocated as it
doubles, leaving holes in the heap that the next batch's objects fill and pin.  Here data
is appended in blocks that are never copied again: :class:`BlockStore` keeps the newest
blocks in memory up to a budget and writes older ones to a temporary file;
:class:`IntColumn` fills a fixed-size chunk of rows in place and hands each full chunk to
a :class:`BlockStore`.  Reads of old rows go to the file (the page cache, as a rule).

The file is scratch space of one process: created unlinked (where the system allows it),
written only by appending, never reopened by name, gone when closed or when the process
ends.  No reader can see it half-written, so it needs none of the corpus store's
temp-file-and-rename (:mod:`cleaner.corpus.store`).

>>> c = IntColumn(np.uint64, chunk=2, budget=0)
>>> for v in (5, 6, 7): c.append(v)
>>> len(c), c[0], c[2], c.take(np.array([2, 0, 1])).tolist(), c.spilled
(3, 5, 7, [7, 5, 6], 1)
"""

from __future__ import annotations

import contextlib
import os
import tempfile

import numpy as np

__all__ = ["BLOCK_BUDGET", "CHUNK_ROWS", "COLUMN_BUDGET", "BlockStore", "IntColumn"]

#: Bytes of blocks (band keys, signatures) a :class:`BlockStore` keeps in memory before
#: the oldest go to its file.  One batch of 5,000 articles is 2.4 MiB of signatures and
#: 1.8 MiB of band keys (with their rows).
BLOCK_BUDGET = 2 * 1024 * 1024


class _SpillFile:
    """An anonymous temporary file that arrays are appended to and read back from."""

    __slots__ = ("end", "fd")

    def __init__(self) -> None:
        self.fd, path = tempfile.mkstemp(prefix="cleaner-blocks-")
        with contextlib.suppress(OSError):  # gone when closed (where it can be unlinked)
            os.unlink(path)
        self.end = 0

    def put(self, arr: np.ndarray) -> int:
        data = np.ascontiguousarray(arr).tobytes()
        at = self.end
        os.pwrite(self.fd, data, at)
        self.end += -(-len(data) // 8) * 8
        return at

    def get(self, at: int, nbytes: int) -> bytes:
        return os.pread(self.fd, nbytes, at)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __del__(self) -> None:
        self.close()


class BlockStore:
    """Numpy blocks (one per batch) in append order: the newest in memory up to a budget,
    older ones in an anonymous temporary file, read back when used.

    The run's signatures and band keys grow ~900 bytes an article; held in memory they made
    peak RSS grow with the input (issue 15).  A spilled block is read back whole
    (:meth:`__getitem__`, a batch's band-key lookup) or a few of its rows (:meth:`take`,
    the signatures of candidate pairs), from the page cache as a rule.

    >>> b = BlockStore(budget=0)
    >>> b.append(np.arange(6, dtype=np.uint32).reshape(3, 2)); b.append(np.ones(2, np.int64))
    >>> len(b), b.spilled, b[0].tolist(), b.take(0, np.array([2, 0])).tolist(), b[1].tolist()
    (2, 2, [[0, 1], [2, 3], [4, 5]], [[4, 5], [0, 1]], [1, 1])
    >>> b.close()
    """

    __slots__ = ("_file", "_mem", "_mem_bytes", "_meta", "budget", "spilled")

    def __init__(self, *, budget: int | None = None) -> None:
        self.budget = BLOCK_BUDGET if budget is None else budget
        self._mem: dict[int, np.ndarray] = {}  # block → array, oldest first
        self._meta: list[tuple[int, np.dtype, tuple[int, ...]]] = []  # offset (-1: memory)
        self._mem_bytes = 0
        self._file: _SpillFile | None = None
        self.spilled = 0

    def __len__(self) -> int:
        return len(self._meta)

    def append(self, block: np.ndarray) -> None:
        i = len(self._meta)
        self._meta.append((-1, block.dtype, block.shape))
        self._mem[i] = block
        self._mem_bytes += block.nbytes
        while self._mem_bytes > self.budget and self._mem:
            self._spill(next(iter(self._mem)))

    def _spill(self, i: int) -> None:
        block = self._mem.pop(i)
        if self._file is None:
            self._file = _SpillFile()
        self._meta[i] = (self._file.put(block), block.dtype, block.shape)
        self._mem_bytes -= block.nbytes
        self.spilled += 1

    def __getitem__(self, i: int) -> np.ndarray:
        got = self._mem.get(i)
        if got is not None:
            return got
        at, dtype, shape = self._meta[i]
        assert self._file is not None
        n = int(np.prod(shape)) * dtype.itemsize
        return np.frombuffer(self._file.get(at, n), dtype=dtype).reshape(shape)

    def take(self, i: int, rows: np.ndarray) -> np.ndarray:
        """``self[i][rows]``, reading only those rows of a spilled block when they are few."""
        got = self._mem.get(i)
        if got is not None:
            return got[rows]
        at, dtype, shape = self._meta[i]
        if rows.size * 8 >= shape[0]:
            return self[i][rows]
        assert self._file is not None
        width = int(np.prod(shape[1:])) * dtype.itemsize
        out = np.empty((rows.size, *shape[1:]), dtype=dtype)
        for k, r in enumerate(rows.tolist()):
            raw = self._file.get(at + r * width, width)
            out[k] = np.frombuffer(raw, dtype=dtype).reshape(shape[1:])
        return out

    def get_row(self, i: int, row: int) -> int:
        """``self[i][row]`` of a 1-D integer block: one read of a spilled one."""
        got = self._mem.get(i)
        if got is not None:
            return int(got[row])
        at, dtype, _ = self._meta[i]
        assert self._file is not None
        raw = self._file.get(at + row * dtype.itemsize, dtype.itemsize)
        return int(np.frombuffer(raw, dtype)[0])

    def set_row(self, i: int, row: int, value: int) -> None:
        """``self[i][row] = value`` for a 1-D block, in memory or in the file."""
        got = self._mem.get(i)
        if got is not None:
            got[row] = value
            return
        at, dtype, _ = self._meta[i]
        assert self._file is not None
        data = np.array([value], dtype=dtype).tobytes()
        os.pwrite(self._file.fd, data, at + row * dtype.itemsize)

    def read_bytes(self, i: int, start: int, stop: int) -> bytes:
        """Bytes ``start:stop`` of block ``i`` (a 1-D ``uint8`` block: a string blob)."""
        got = self._mem.get(i)
        if got is not None:
            return got[start:stop].tobytes()
        assert self._file is not None
        return self._file.get(self._meta[i][0] + start, stop - start) if stop > start else b""

    def close(self) -> None:
        """Drop every block and the spill file."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._mem.clear()
        self._meta = []
        self._mem_bytes = 0


#: Rows of a column chunk: 32 KiB of 8-byte values, a few hundred per batch of articles'
#: worth of any column (a batch is :data:`cleaner.runner.DEDUP_BATCH` rows).
CHUNK_ROWS = 4096

#: Bytes of full chunks a column keeps in memory before the oldest go to its file: the
#: last few chunks, which the next batch reads most (its candidates are mostly recent).
COLUMN_BUDGET = 128 * 1024


class IntColumn:
    """Numbers by row (append, read one, read many), in chunks of ``chunk`` rows.

    The newest chunk is filled in place; a full one goes to a :class:`BlockStore` (in
    memory up to ``budget`` bytes, then in its file).  A row set again is written where
    it is (a spilled one in the file).
    """

    __slots__ = ("_blocks", "_n", "_tail", "chunk", "dtype")

    def __init__(
        self, dtype: np.dtype | type, *, chunk: int | None = None, budget: int | None = None
    ) -> None:
        self.dtype = np.dtype(dtype)
        self.chunk = chunk = CHUNK_ROWS if chunk is None else chunk
        self._blocks = BlockStore(budget=COLUMN_BUDGET if budget is None else budget)
        self._tail = np.zeros(chunk, dtype=self.dtype)
        self._n = 0  # rows filled in the tail chunk

    def __len__(self) -> int:
        return len(self._blocks) * self.chunk + self._n

    @property
    def spilled(self) -> int:
        """Chunks written to the file."""
        return self._blocks.spilled

    def append(self, value: int) -> None:
        self._tail[self._n] = value
        self._n += 1
        if self._n == self.chunk:
            self._blocks.append(self._tail)
            self._tail = np.zeros(self.chunk, dtype=self.dtype)
            self._n = 0

    def __getitem__(self, row: int) -> int:
        if row < 0 or row >= len(self):
            raise IndexError(row)
        b, k = divmod(row, self.chunk)
        if b == len(self._blocks):
            return int(self._tail[k])
        return self._blocks.get_row(b, k)

    def __setitem__(self, row: int, value: int) -> None:
        if row < 0 or row >= len(self):
            raise IndexError(row)
        b, k = divmod(row, self.chunk)
        if b == len(self._blocks):
            self._tail[k] = value
        else:
            self._blocks.set_row(b, k, value)

    def take(self, rows: np.ndarray) -> np.ndarray:
        """The values of ``rows`` (any order, repeats allowed), as an array."""
        rows = np.asarray(rows, dtype=np.int64)
        if rows.size and (int(rows.min()) < 0 or int(rows.max()) >= len(self)):
            raise IndexError("row out of range")
        out = np.empty(rows.size, dtype=self.dtype)
        which = rows // self.chunk
        for b in np.unique(which).tolist():
            at = which == b
            k = rows[at] - b * self.chunk
            out[at] = self._tail[k] if b == len(self._blocks) else self._blocks.take(b, k)
        return out

    def close(self) -> None:
        """Drop every row and the spill file."""
        self._blocks.close()
        self._tail = np.zeros(self.chunk, dtype=self.dtype)
        self._n = 0
