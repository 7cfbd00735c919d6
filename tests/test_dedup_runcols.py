"""The run index's columns and spilled blocks answer as the dicts, lists and in-memory
arrays they replace (issue 15: memory flat in input size)."""

from __future__ import annotations

import numpy as np

from cleaner.dedup import tokens
from cleaner.dedup.containment import GROUP_CAP
from cleaner.dedup.index import SigRows
from cleaner.dedup.runcols import FirstRows, GroupRows, StrColumn
from cleaner.dedup.runkeys import RunKeys
from cleaner.dedup.seqstore import BlockStore, PairRowStore


def test_first_rows_and_group_rows_match_the_dicts_across_batches() -> None:
    rng = np.random.default_rng(3)
    first, groups = FirstRows(), GroupRows(cap=GROUP_CAP)
    want_first: dict[int, int] = {}
    want_groups: dict[int, list[int]] = {}
    row = 0
    for _ in range(6):  # batches: looked up, then added to
        hashes = rng.integers(1, 40, 50).astype(np.uint64)
        gk = rng.integers(0, 30, (50, 3)).astype(np.uint64)
        got = first.lookup(hashes).tolist()
        assert got == [want_first.get(h, -1) for h in hashes.tolist()]
        look = groups.lookup(gk)
        assert look == {k: v for k, v in want_groups.items() if k in set(gk.ravel().tolist())}
        for h, g in zip(hashes.tolist(), gk, strict=True):
            first.add(h, row)
            want_first.setdefault(h, row)
            groups.add(row, g)
            for k in g.tolist():
                if k and len(want_groups.setdefault(k, [])) < GROUP_CAP:
                    want_groups[k].append(row)
            row += 1
    assert any(len(v) == GROUP_CAP for v in want_groups.values())


def test_str_column_reads_back_and_is_set_again() -> None:
    col = StrColumn()
    names = ["p0-000", "页面-001", "", "x" * 300]
    for s in names:
        col.append(s)
    col[1] = "p9-000"
    assert [col[i] for i in range(len(col))] == ["p0-000", "p9-000", "", "x" * 300]


def test_spilled_blocks_keys_signatures_and_tokens_read_back_equal() -> None:
    rng = np.random.default_rng(5)
    sigs = [rng.integers(0, 2**32, (n, 8), dtype=np.uint64).astype(np.uint32) for n in (7, 3, 9)]
    spilled, held = SigRows(budget=0), SigRows(budget=1 << 30)
    for b in sigs:
        spilled.append(b)
        held.append(b)
    rows = np.array([18, 0, 7, 9, 9, 3])
    assert spilled._blocks.spilled == 3
    assert np.array_equal(spilled[rows], np.concatenate(sigs)[rows])
    assert np.array_equal(spilled[rows], held[rows])
    rk, mem = RunKeys(budget=0), RunKeys(budget=1 << 30)
    start = 0
    for _ in range(4):
        keys = rng.integers(0, 50, (20, 4)).astype(np.uint64)
        rows_ = np.arange(start, start + 20)
        rk.append(rows_, keys)
        mem.append(rows_, keys)
        start += 20
    q = rng.integers(0, 50, (15, 4)).astype(np.uint64)
    assert rk.pairs(q).rows() == mem.pairs(q).rows() and rk.pairs(q).height > 0
    store = BlockStore(budget=0)
    store.append(np.arange(40, dtype=np.int64).reshape(20, 2))
    assert store.take(0, np.array([19, 1])).tolist() == [[38, 39], [2, 3]]  # row reads
    toks = PairRowStore(budget=0)
    docs = [rng.integers(0, 9, (k, 2)).astype(np.uint64) for k in (3, 0, 5)]
    for d in docs:
        toks.append(d)
    assert all(np.array_equal(toks[i], d) for i, d in enumerate(docs))


def test_token_passes_cut_by_characters_give_the_same_table(monkeypatch) -> None:
    texts = ["第1条 2020年5月3日发布。", "", "2019年修订\n第3款 共5项", "无数字"] * 40
    whole = tokens.token_table(texts)
    monkeypatch.setattr(tokens, "CHUNK_CHARS", 50)
    cut = tokens.token_table(texts)
    assert len(tokens._chunk_bounds(texts)) > 10
    assert np.array_equal(whole.pairs, cut.pairs) and np.array_equal(whole.offs, cut.offs)


def test_sketch_passes_cut_by_characters_give_the_same_sketch(monkeypatch) -> None:
    from cleaner.dedup import minhash
    from cleaner.dedup.containment import group_keys

    texts = [f"第{i}条 为了规范管理，制定本办法。第二段{i % 7}内容。" * (i % 5) for i in range(60)]
    params = minhash.SketchParams()
    whole = minhash.sketch(texts, params)
    monkeypatch.setattr(minhash, "CHUNK_CHARS", 100)
    assert len(minhash._chunks_by_chars(texts, 100)) > 10
    cut = minhash.SketchPool(params, workers=1).sketch(texts)
    for name in ("exact", "key_len", "sig", "seq", "offs"):
        assert np.array_equal(getattr(whole, name), getattr(cut, name)), name
    titles = np.zeros(len(texts), np.uint64)
    assert np.array_equal(
        group_keys(whole, titles, anchors=True, title=False),
        group_keys(cut, titles, anchors=True, title=False),
    )
