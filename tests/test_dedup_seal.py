"""The run index lets go of a batch's arrays once the batch is decided (issue 15): rows
added as views of a batch's sequences, tokens, signatures and keys are copied out by
:meth:`RunIndex.seal`, and :meth:`Deduper.process_batches` drops a batch's sketch before
handing the batch back.  Nothing read back changes."""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pytest

from cleaner.dedup.index import RunIndex
from cleaner.dedup.seqstore import PairRowStore, SeqStore
from cleaner.stages.dedup import Deduper

TEXTS = [
    "社区卫生服务中心本周四下午为辖区老人提供免费体检，请携带身份证和医保卡到一楼登记。",
    "The museum extends its opening hours during the summer holidays until nine in the evening.",
    "市图书馆新增自助借还设备，读者可在一楼大厅办理借书、还书和续借，无需排队等候。",
]


def _batch(rng: np.random.Generator, n: int, width: int) -> np.ndarray:
    return rng.integers(1, 2**32 - 1, size=(n, width), dtype=np.uint64).astype(np.uint32)


@pytest.mark.parametrize("budget", [0, 64, 1 << 20])
def test_seq_store_reads_views_back_and_seal_copies_them(budget: int) -> None:
    rng = np.random.default_rng(3)
    store = SeqStore(budget=budget)
    batches = [_batch(rng, 5, 7), _batch(rng, 4, 3)]
    want = []
    for b in batches:
        for row in b:  # views of the batch's array, as the stage adds them
            store.append(row)
            want.append(row.copy())
        store.seal()
        assert all(v.base is None for v in store._mem.values())  # no batch array pinned
    for b in batches:
        b[:] = 0  # the caller's arrays change or go: the store holds its own rows
    assert [store[i].tolist() for i in range(len(store))] == [w.tolist() for w in want]
    if budget == 0:
        assert store.spilled == len(want) - 1  # the newest stays in memory, as a copy
    store.close()


def test_pair_rows_view_a_token_table_until_sealed() -> None:
    table = np.arange(12, dtype=np.uint64).reshape(6, 2)
    store = PairRowStore(budget=1 << 20)
    store.append(table[0:2])
    store.append(table[2:5])
    store.append(table[5:5])  # an article without distinctive tokens
    store.seal()
    table[:] = 99
    assert store[0].tolist() == [[0, 1], [2, 3]]
    assert store[1].tolist() == [[4, 5], [6, 7], [8, 9]]
    assert store[2].shape == (0, 2)


def test_sealed_index_keeps_no_batch_array_alive() -> None:
    rng = np.random.default_rng(5)
    ix = RunIndex()
    seqs = _batch(rng, 4, 9)
    sigs = _batch(rng, 4, 8)
    keys = rng.integers(1, 2**63, size=(4, 4), dtype=np.uint64)
    toks = np.arange(16, dtype=np.uint64).reshape(8, 2)
    refs = [weakref.ref(a) for a in (seqs, sigs, keys, toks)]
    for q in range(4):
        ix.add(f"d{q}", f"d{q}", seqs[q], keys[q], q + 1, toks[2 * q : 2 * q + 2], 0,
               sig=sigs[q])  # fmt: skip
    want_seq = [seqs[q].copy() for q in range(4)]
    want_sig = sigs.copy()
    ix.seal()
    del seqs, sigs, keys, toks
    gc.collect()
    assert [r() for r in refs] == [None, None, None, None]
    assert [ix.seqs[q].tolist() for q in range(4)] == [w.tolist() for w in want_seq]
    got = ix.signatures()
    assert got is not None and got[np.arange(4)].tolist() == want_sig.tolist()
    assert ix.tokens[3].tolist() == [[12, 13], [14, 15]]


def test_an_unsealed_index_still_reads_its_rows() -> None:
    """Look-alike: without seal the same rows are read (seal only copies)."""
    rng = np.random.default_rng(8)
    ix = RunIndex()
    seqs = _batch(rng, 3, 5)
    for q in range(3):
        ix.add(f"d{q}", f"d{q}", seqs[q], np.array([q + 1], np.uint64), -1,
               np.zeros((0, 2), np.uint64), 0)  # fmt: skip
    assert [ix.seqs[q].tolist() for q in range(3)] == seqs.tolist()
    assert ix.band_pairs(np.array([[2]], np.uint64)).rows() == [(0, 1)]


def _records(batches: list[list[dict]], *, overlap: bool) -> list[dict]:
    with Deduper() as dd:
        if overlap:
            return [r for _, recs in dd.process_batches(iter(batches)) for r in recs]
        return [r for b in batches for r in dd.process(b)]


def test_batches_decided_with_the_sketch_dropped_early_decide_the_same() -> None:
    arts = []
    for i in range(24):
        text = TEXTS[i % 3] + ("" if i % 4 else f"第{i}期。") + ("补充说明。" if i % 5 == 0 else "")
        arts.append({"id": f"a{i}", "text": text, "status": "ok" if i != 7 else "dropped"})
    batches = [arts[i : i + 5] for i in range(0, len(arts), 5)]
    overlapped = _records(batches, overlap=True)
    plain = _records(batches, overlap=False)
    assert overlapped == plain
    statuses = [r["status"] for r in plain]
    assert statuses.count("duplicate") >= 10 and "dropped" in statuses


def test_pairs_judged_a_chunk_at_a_time_decide_as_all_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Verified pairs go through the judge in chunks (their lists grew with the run):
    chunks of one or two pairs give the records of one chunk for every pair."""
    import cleaner.stages.dedup_batch as db

    arts = []
    for i in range(30):
        text = TEXTS[i % 3] + f"第{i % 4}批。" + ("另附名单。" if i % 7 == 0 else "")
        arts.append({"id": f"a{i}", "text": text, "status": "ok"})
    batches = [arts[i : i + 6] for i in range(0, len(arts), 6)]
    whole = _records(batches, overlap=False)
    for chunk in (1, 2):
        monkeypatch.setattr(db, "PAIR_CHUNK", chunk)
        assert _records(batches, overlap=False) == whole
    assert sum(r["status"] == "duplicate" for r in whole) >= 10
