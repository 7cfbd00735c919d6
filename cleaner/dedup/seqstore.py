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
from collections import deque

import numpy as np

from cleaner.dedup.blocks import BLOCK_BUDGET, BlockStore, IntColumn

__all__ = [
    "BLOCK_BUDGET",
    "ROW_OVERHEAD",
    "SEQ_BUDGET",
    "TOKEN_BUDGET",
    "BlockStore",  # re-exported: it lives in cleaner.dedup.blocks
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
    """A list-like store of 1-D numpy arrays (append, index, len).

    Rows go to the file in the order they were added (the oldest first), so each row's
    place in the file is known when it is added: the sizes and places of the rows are
    append-only :class:`~cleaner.dedup.blocks.IntColumn` s, themselves spilled in chunks
    (16 bytes an article held in memory grew with the run, issue 15).
    """

    def __init__(self, *, budget: int | None = None) -> None:
        self.budget = SEQ_BUDGET if budget is None else budget
        self._mem: dict[int, np.ndarray] = {}
        self._fifo: deque[int] = deque()
        self._mem_bytes = 0
        self._sizes = IntColumn(np.int64)  # elements per row
        # where the row is (or will be) in the file, << 3 | the index of its dtype
        self._offs = IntColumn(np.int64)
        self._dtypes: list[np.dtype] = []
        self._fd: int | None = None  # an unlinked temporary file
        self._end = 0  # bytes written to the file
        self._planned = 0  # bytes of the rows added, padded to 8: the next row's place
        self.spilled = 0

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, row: int) -> int:
        """Elements of a row, without reading it."""
        return self._sizes[row]

    def sizes(self, rows: np.ndarray) -> np.ndarray:
        """Elements of each of ``rows`` (an int64 array), without reading them."""
        return self._sizes.take(rows)

    def append(self, seq: np.ndarray) -> None:
        row = len(self._sizes)
        self._sizes.append(int(seq.size))
        if seq.dtype not in self._dtypes:
            self._dtypes.append(seq.dtype)
        # offsets are 8-aligned: the dtype index rides in the low bits
        self._offs.append(self._planned << 3 | self._dtypes.index(seq.dtype))
        self._planned += -(-seq.nbytes // 8) * 8
        # held as given: most rows go to the file within the batch that added them, and a
        # copy of each first was a batch's worth of short-lived arrays churning the heap
        # while the next batch was sketched (issue 15); :meth:`seal` copies the views left
        self._mem[row] = seq
        self._fifo.append(row)
        self._mem_bytes += seq.nbytes + ROW_OVERHEAD
        while self._mem_bytes > self.budget and len(self._fifo) > 1:
            self._spill(self._fifo.popleft())

    def seal(self) -> None:
        """Copy the rows still held as views of a caller's array (a batch's sequences):
        after this the store pins no array of the caller's (issue 15)."""
        for row, seq in self._mem.items():
            if seq.base is not None:
                self._mem[row] = seq.copy()

    def _spill(self, row: int) -> None:
        seq = self._mem.pop(row)
        if self._fd is None:
            self._fd, path = tempfile.mkstemp(prefix="cleaner-seqs-")
            with contextlib.suppress(OSError):  # gone when closed (where it can be unlinked)
                os.unlink(path)
        data = np.ascontiguousarray(seq).data.cast("B")  # written as it is, no copy
        at = self._offs[row] >> 3
        if at != self._end:  # rows are spilled oldest first: a row's place is fixed
            raise RuntimeError(f"seqstore: row {row} spilled out of order")
        os.pwrite(self._fd, data, at)
        self._end += -(-len(data) // 8) * 8
        self._mem_bytes -= seq.nbytes + ROW_OVERHEAD
        self.spilled += 1

    def __getitem__(self, row: int) -> np.ndarray:
        got = self._mem.get(row)
        if got is not None:
            return got
        if row < 0 or row >= len(self._sizes) or self._fd is None:
            raise IndexError(row)
        off = self._offs[row]
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
        self._sizes.close()
        self._offs.close()
        self._mem_bytes = 0
        self._end = self._planned = 0

    def __del__(self) -> None:
        if self._fd is not None:
            os.close(self._fd)


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
