"""The allocator helpers of a run: glibc only, no-ops elsewhere, never an error."""

from __future__ import annotations

import sys

import numpy as np
import pytest

import cleaner.memtrim as memtrim
from cleaner.dedup.seqstore import ROW_OVERHEAD, PairRowStore, SeqStore


def _forget() -> None:
    for fn in (memtrim._libc, memtrim._malloc_trim, memtrim.fixed_mmap_threshold):
        fn.cache_clear()


def test_off_linux_the_helpers_do_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _forget()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert memtrim._libc() is None
        assert memtrim.trim() is False
        assert memtrim.fixed_mmap_threshold() is False
    finally:
        _forget()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_on_glibc_the_threshold_is_set_once() -> None:
    libc = memtrim._libc()
    if libc is None or not hasattr(libc, "mallopt"):
        pytest.skip("not glibc")
    assert memtrim.fixed_mmap_threshold() is True
    assert memtrim.fixed_mmap_threshold.cache_info().currsize == 1
    big = np.ones(1 << 20, np.uint8)  # allocations still work after it
    assert int(big.sum()) == 1 << 20


@pytest.mark.parametrize("store", [SeqStore, PairRowStore])
def test_a_budget_counts_each_row_s_overhead(store: type[SeqStore]) -> None:
    """Small rows: a budget of 10 rows' data plus overhead keeps 10 rows in memory, not
    the hundreds their data bytes alone would fit."""
    row = np.zeros(4 if store is SeqStore else (2, 2), np.uint64)
    s = store(budget=10 * (row.nbytes + ROW_OVERHEAD))
    for _ in range(200):
        s.append(row.copy())
    assert len(s) == 200 and s.spilled == 190
    assert np.array_equal(s[0], row) and np.array_equal(s[199], row)
    s.close()
