"""The run index's shingle sequences spill to disk past a budget and read back exactly;
dedup decides the same with everything spilled as with everything in memory."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import cleaner.dedup.index as index
import cleaner.dedup.seqstore as seqstore
from cleaner.dedup.seqstore import SeqStore
from cleaner.runner import run
from tests.conftest import SAMPLES


def test_spilled_rows_read_back_exactly() -> None:
    rng = np.random.default_rng(3)
    rows = [rng.integers(0, 2**32, size=int(n), dtype=np.uint32) for n in rng.integers(0, 50, 200)]
    rows.append(np.arange(7, dtype=np.uint64))  # another dtype rides along
    s = SeqStore(budget=1_000)
    for r in rows:
        s.append(r)
    assert len(s) == len(rows)
    assert s.spilled > 150  # most rows went to disk
    for i, r in enumerate(rows):
        got = s[i]
        assert got.dtype == r.dtype and np.array_equal(got, r)
        assert s.size(i) == r.size
    with pytest.raises(IndexError):
        s[len(rows)]
    s.close()


def test_dedup_is_the_same_with_every_sequence_on_disk_and_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run([SAMPLES], tmp_path / "mem")
    monkeypatch.setattr(seqstore, "SEQ_BUDGET", 0)
    monkeypatch.setattr(index, "SETS_BUDGET", 0)  # and no shingle set cached for long
    run([SAMPLES], tmp_path / "disk")
    for name in ("articles.jsonl", "changes.jsonl", "pages.jsonl"):
        assert (tmp_path / "mem" / name).read_bytes() == (tmp_path / "disk" / name).read_bytes()
    arts = (tmp_path / "disk" / "articles.jsonl").read_text("utf-8")
    assert '"status":"duplicate"' in arts  # the run does find duplicates to agree on


@pytest.mark.parametrize("store", [SeqStore, seqstore.PairRowStore])
def test_a_budget_counts_each_row_s_overhead(store: type[SeqStore]) -> None:
    """Small rows: a budget of 10 rows' data plus overhead keeps 10 rows in memory, not
    the hundreds their data bytes alone would fit (token rows: ~70 bytes of data)."""
    row = np.zeros(4 if store is SeqStore else (2, 2), np.uint64)
    s = store(budget=10 * (row.nbytes + seqstore.ROW_OVERHEAD))
    for _ in range(200):
        s.append(row.copy())
    assert len(s) == 200 and s.spilled == 190
    assert np.array_equal(s[0], row) and np.array_equal(s[199], row)
    s.close()
