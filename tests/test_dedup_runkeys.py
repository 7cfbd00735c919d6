"""The run's band keys in sorted numpy blocks give the pairs the polars join gave."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from cleaner.dedup.index import RunIndex, band_join
from cleaner.dedup.runkeys import RunKeys


@pytest.mark.parametrize("seed", range(20))
def test_pairs_match_band_join(seed: int) -> None:
    rng = np.random.default_rng(seed)
    rk, frames, row = RunKeys(), [], 0
    for _ in range(int(rng.integers(1, 5))):  # one block per batch
        n = int(rng.integers(1, 30))
        keys = rng.integers(0, 12, (n, 4)).astype(np.uint64)  # 0: an empty document
        rows = np.arange(row, row + n, dtype=np.int64)
        row += n
        rk.append(rows, keys)
        frames.append(
            pl.DataFrame({"key": keys.ravel(), "ref": np.repeat(rows, 4)}).filter(
                pl.col("key") != 0
            )
        )
    batch = rng.integers(0, 12, (int(rng.integers(1, 30)), 4)).astype(np.uint64)
    got = rk.pairs(batch)
    want = band_join(batch, pl.concat(frames))
    assert got.schema == want.schema
    assert got.rows() == want.rows()


def test_zero_keys_are_not_held_and_never_match() -> None:
    rk = RunKeys()
    rk.append(np.array([0, 1], np.int64), np.zeros((2, 3), np.uint64))
    assert len(rk) == 0
    assert rk.pairs(np.zeros((1, 3), np.uint64)).height == 0


def test_run_index_band_pairs_sees_rows_added_since() -> None:
    ix = RunIndex()
    for i, k in enumerate(([1, 2], [3, 4], [2, 9])):
        ix.add(f"a{i}", f"a{i}", np.arange(3, dtype=np.uint32), np.array(k, np.uint64),
               i, np.zeros(0, np.uint64), 0)  # fmt: skip
    assert ix.band_pairs(np.array([[9, 3]], np.uint64)).rows() == [(0, 1), (0, 2)]
    ix.add("a3", "a3", np.arange(3, dtype=np.uint32), np.array([5, 9], np.uint64), 3,
           np.zeros(0, np.uint64), 0)  # fmt: skip
    assert ix.band_pairs(np.array([[9, 0]], np.uint64)).rows() == [(0, 2), (0, 3)]
