"""The run's shingle sequences, one per article, in bounded memory.

The in-batch index (:class:`cleaner.dedup.index.RunIndex`) keeps every article's shingle
hash sequence to verify candidates by true Jaccard.  Held in memory they are ~4 bytes per
character of text kept so far: the largest thing that grew with the input (peak RSS
250 → 378 MiB from 10 to 40 MB of Chinese pages, issue 15).  :class:`SeqStore` keeps the
newest sequences in memory up to a budget and spills older ones to an anonymous
temporary file; a candidate check reads back only the rows it compares (a few per
article, from the page cache as a rule).

>>> import numpy as np
>>> s = SeqStore(budget=8)
>>> s.append(np.arange(3, dtype=np.uint32)); s.append(np.arange(5, dtype=np.uint32))
>>> len(s), s.spilled, s[0].tolist(), s[1].tolist()
(2, 1, [0, 1, 2], [0, 1, 2, 3, 4])
>>> s.close()
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from array import array
from collections import deque

import numpy as np

__all__ = [
    "BLOCK_BUDGET",
    "ROW_OVERHEAD",
    "SEQ_BUDGET",
    "TOKEN_BUDGET",
    "BlockStore",
    "PairRowStore",
    "SeqStore",
]

#: Bytes a row held in memory costs besides its data: the array object, its slots in the
#: dict and the queue, the int key.  Budgets count it: a token row holds ~70 bytes of data,
#: so a budget of data bytes alone held 15,000 rows and ~5.7 MiB for a 1 MiB budget, and
#: took 20,000 articles to fill (peak RSS still growing past 50 MB of input, issue 15).
ROW_OVERHEAD = sys.getsizeof(np.empty(0)) + 96

#: Bytes of sequences kept in memory before the oldest go to disk: 512k shingles.  Rows
#: are copies (a view would keep its batch's whole array alive), and a run-side candidate
#: reads its row back from the page cache once, then its set is cached
#: (:data:`cleaner.dedup.index.SETS_BUDGET`).  16 MiB here and 32 MiB of sets were
#: reached only after a few batches: peak RSS grew from 10 to 200 MB of input (issue 15).
SEQ_BUDGET = 2 * 1024 * 1024


class SeqStore:
    """A list-like store of 1-D numpy arrays (append, index, len)."""

    def __init__(self, *, budget: int | None = None) -> None:
        self.budget = SEQ_BUDGET if budget is None else budget
        self._mem: dict[int, np.ndarray] = {}
        self._fifo: deque[int] = deque()
        self._mem_bytes = 0
        self._sizes = array("q")  # elements per row
        self._offs = array("q")  # file offset per row, -1 while in memory
        self._dtypes: list[np.dtype] = []
        self._fd: int | None = None  # an unlinked temporary file
        self._end = 0
        self.spilled = 0

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, row: int) -> int:
        """Elements of a row, without reading it."""
        return self._sizes[row]

    def append(self, seq: np.ndarray) -> None:
        row = len(self._sizes)
        self._sizes.append(int(seq.size))
        self._offs.append(-1)
        if seq.dtype not in self._dtypes:
            self._dtypes.append(seq.dtype)
        # a copy: a view would pin its batch's whole array after the batch (issue 15)
        self._mem[row] = seq = seq.copy() if seq.base is not None else seq
        self._fifo.append(row)
        self._mem_bytes += seq.nbytes + ROW_OVERHEAD
        while self._mem_bytes > self.budget and len(self._fifo) > 1:
            self._spill(self._fifo.popleft())

    def _spill(self, row: int) -> None:
        seq = self._mem.pop(row)
        if self._fd is None:
            self._fd, path = tempfile.mkstemp(prefix="cleaner-seqs-")
            with contextlib.suppress(OSError):  # gone when closed (where it can be unlinked)
                os.unlink(path)
        data = np.ascontiguousarray(seq).tobytes()
        os.pwrite(self._fd, data, self._end)
        # the dtype index rides in the low bits of the offset (offsets are 8-aligned)
        self._offs[row] = self._end << 3 | self._dtypes.index(seq.dtype)
        self._end += -(-len(data) // 8) * 8
        self._mem_bytes -= seq.nbytes + ROW_OVERHEAD
        self.spilled += 1

    def __getitem__(self, row: int) -> np.ndarray:
        got = self._mem.get(row)
        if got is not None:
            return got
        off = self._offs[row]
        if off < 0 or self._fd is None:
            raise IndexError(row)
        dtype = self._dtypes[off & 7]
        n = self._sizes[row]
        data = os.pread(self._fd, n * dtype.itemsize, off >> 3)
        return np.frombuffer(data, dtype=dtype)

    def close(self) -> None:
        """Drop every row and the spill file."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self._mem.clear()
        self._fifo.clear()
        self._sizes = array("q")
        self._offs = array("q")
        self._mem_bytes = 0

    def __del__(self) -> None:
        if self._fd is not None:
            os.close(self._fd)


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

    def close(self) -> None:
        """Drop every block and the spill file."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._mem.clear()
        self._meta = []
        self._mem_bytes = 0


#: Bytes of distinctive-token rows kept in memory (~70 bytes of data an article, and
#: :data:`ROW_OVERHEAD`).
TOKEN_BUDGET = 1024 * 1024


class PairRowStore(SeqStore):
    """A :class:`SeqStore` of ``(k, 2)`` arrays (an article's distinctive tokens,
    :class:`~cleaner.dedup.tokens.TokenTable` rows): a numpy view a row held in a list
    cost more than its data (issue 15).

    >>> s = PairRowStore(budget=0)
    >>> s.append(np.array([[1, 2], [3, 4]], np.uint64)); s.append(np.zeros((0, 2), np.uint64))
    >>> s[0].tolist(), s[1].shape, s.spilled
    ([[1, 2], [3, 4]], (0, 2), 1)
    >>> s.close()
    """

    def __init__(self, *, budget: int | None = None) -> None:
        super().__init__(budget=TOKEN_BUDGET if budget is None else budget)

    def append(self, seq: np.ndarray) -> None:
        super().append(seq.reshape(-1))

    def __getitem__(self, row: int) -> np.ndarray:
        return super().__getitem__(row).reshape(-1, 2)
