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
import tempfile
from array import array
from collections import deque

import numpy as np

__all__ = ["SEQ_BUDGET", "SeqStore"]

#: Bytes of sequences kept in memory before the oldest go to disk: 4M shingles (about
#: 12 MB of Chinese text).  A batch of 5,000 articles (runner.DEDUP_BATCH) holds ~11 MiB,
#: and a batch's array is freed once all its rows are spilled, so at most about this
#: plus one batch stays in memory (measured: 43 MiB after 40 MB of input before).
SEQ_BUDGET = 16 * 1024 * 1024


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
        self._mem[row] = seq
        self._fifo.append(row)
        self._mem_bytes += seq.nbytes
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
        self._mem_bytes -= seq.nbytes
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
