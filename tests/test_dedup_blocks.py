"""The run index's per-article columns, chunked and spilled to a temporary file, read
back what was written, stay within their memory budget however long the run, and leave
dedup decisions unchanged (issue 15: memory flat in input size)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import cleaner.runner as runner
from cleaner.dedup import blocks
from cleaner.dedup.blocks import BlockStore, IntColumn
from cleaner.dedup.containment import GROUP_CAP
from cleaner.dedup.runcols import FirstRows, GroupRows, StrColumn
from cleaner.dedup.seqstore import SeqStore
from tests.conftest import SAMPLES

OUTPUTS = ("articles.jsonl", "changes.jsonl", "pages.jsonl")


def test_int_column_spilled_reads_back_as_the_list_it_replaces() -> None:
    rng = np.random.default_rng(11)
    want = rng.integers(0, 2**63, 1000, dtype=np.int64).tolist()
    col = IntColumn(np.int64, chunk=64, budget=0)
    for v in want:
        col.append(v)
    assert len(col) == 1000 and col.spilled == 1000 // 64  # every full chunk on disk
    assert [col[i] for i in range(0, 1000, 37)] == want[::37]
    rows = rng.integers(0, 1000, 300)
    assert col.take(rows).tolist() == [want[r] for r in rows.tolist()]
    for r in (3, 640, 999):  # a spilled row, another, one in the chunk being filled
        col[r] = want[r] = -r
    assert col.take(np.arange(1000)).tolist() == want
    with pytest.raises(IndexError):
        col[1000]
    with pytest.raises(IndexError):
        col.take(np.array([0, 1000]))


def test_str_column_spilled_reads_back_and_is_set_again() -> None:
    names = [f"p{i}-{i % 7:03d}" if i % 5 else "页面" * (i % 9) for i in range(500)]
    col = StrColumn(chunk=16, budget=0)
    for s in names:
        col.append(s)
    assert col._blobs.spilled == 500 // 16  # every full chunk's blob on disk
    col[3] = names[3] = "改-3"
    col[499] = names[499] = ""
    assert [col[i] for i in range(len(col))] == names
    with pytest.raises(IndexError):
        col[500]


def test_a_column_stays_within_its_budget_however_many_rows() -> None:
    """The memory a column holds is bounded by its budget plus the chunk being filled, not
    by its rows: 200,000 rows (a 500 MB run's articles) hold what 20,000 do."""
    held = []
    for n in (20_000, 200_000):
        col, ids = IntColumn(np.uint64, chunk=1024, budget=16 * 1024), StrColumn(chunk=1024)
        for i in range(n):
            col.append(i)
            ids.append(f"p{i}-000")
        held.append(col._blocks._mem_bytes + ids._blobs._mem_bytes + ids._ends._blocks._mem_bytes)
        assert col._blocks._mem_bytes <= 16 * 1024
        assert ids._blobs._mem_bytes <= blocks.COLUMN_BUDGET
        assert col[n - 1] == n - 1 and ids[0] == "p0-000" and ids[n - 1] == f"p{n - 1}-000"
    assert held[1] <= held[0]


def test_seq_store_rows_land_where_their_columns_say() -> None:
    """Places in the file are fixed when a row is added (rows spill oldest first); with the
    columns themselves spilled, every row, of either dtype, reads back exactly."""
    rng = np.random.default_rng(4)
    rows = [rng.integers(0, 2**32, int(n), dtype=np.uint32) for n in rng.integers(0, 40, 300)]
    rows[150] = np.arange(5, dtype=np.uint64)
    s = SeqStore(budget=500)
    s._sizes = IntColumn(np.int64, chunk=8, budget=0)
    s._offs = IntColumn(np.int64, chunk=8, budget=0)
    for r in rows:
        s.append(r)
    assert s.spilled > 250 and s._offs.spilled > 30
    for i, r in enumerate(rows):
        assert s[i].dtype == r.dtype and np.array_equal(s[i], r)
    assert s.sizes(np.array([299, 0, 150])).tolist() == [rows[299].size, rows[0].size, 5]
    s.close()


@pytest.mark.parametrize("budget", [0, None])
def test_spilled_hash_and_group_blocks_match_the_dicts(budget: int | None) -> None:
    rng = np.random.default_rng(8)
    first, groups = FirstRows(budget=budget), GroupRows(cap=GROUP_CAP, budget=budget)
    want_first: dict[int, int] = {}
    want_groups: dict[int, list[int]] = {}
    row = 0
    for _ in range(6):
        hashes = rng.integers(1, 60, 40).astype(np.uint64)
        gk = rng.integers(0, 30, (40, 3)).astype(np.uint64)
        assert first.lookup(hashes).tolist() == [want_first.get(h, -1) for h in hashes.tolist()]
        present = set(gk.ravel().tolist())
        assert groups.lookup(gk) == {k: v for k, v in want_groups.items() if k in present}
        for h, g in zip(hashes.tolist(), gk, strict=True):
            first.add(h, row)
            want_first.setdefault(h, row)
            groups.add(row, g)
            for k in g.tolist():
                if k and len(want_groups.setdefault(k, [])) < GROUP_CAP:
                    want_groups[k].append(row)
            row += 1
    if budget == 0:
        assert first._blocks._keys.spilled == 5 and groups._blocks._rows.spilled == 5


def test_dedup_decides_the_same_with_every_column_chunk_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many small batches, so the run index holds rows of earlier batches: chunks of 3
    rows, all spilled, against the defaults."""
    monkeypatch.setattr(runner, "DEDUP_BATCH", 2)
    runner.run([SAMPLES], tmp_path / "mem")
    spills = []
    spill = BlockStore._spill

    def counted(self: BlockStore, i: int) -> None:
        spills.append(i)
        spill(self, i)

    monkeypatch.setattr(BlockStore, "_spill", counted)
    monkeypatch.setattr(blocks, "CHUNK_ROWS", 3)
    monkeypatch.setattr(blocks, "COLUMN_BUDGET", 0)
    runner.run([SAMPLES], tmp_path / "disk")
    assert len(spills) > 20
    for name in OUTPUTS:
        assert (tmp_path / "mem" / name).read_bytes() == (tmp_path / "disk" / name).read_bytes()
    arts = (tmp_path / "disk" / "articles.jsonl").read_text("utf-8")
    assert '"dup_kind":"exact"' in arts or '"dup_kind":"near"' in arts
