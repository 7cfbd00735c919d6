"""Exact copies in a dedup batch are sketched and tokenised once (cleaner.dedup.copies):
the arrays must be those of doing every text."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import minhash, tokens
from cleaner.dedup.copies import distinct, take_rows

# invented pieces: numbers (tokens), Han text (shingles), blanks and an empty text
PIECES = ["第3条", "规定如下。", "2021年5月", "共12项", "\n", " ", "甲乙丙丁戊己", "abc"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
TEXTS = st.lists(TEXT, min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(TEXTS, st.lists(st.integers(0, 5), min_size=1, max_size=14))
def test_copies_get_the_rows_of_sketching_every_text(pool: list[str], picks: list[int]) -> None:
    texts = [pool[i % len(pool)] for i in picks]
    params = minhash.SketchParams(num_perm=16, bands=4)
    every = minhash.sketch(texts, params)  # the module function: every text, no sharing
    for sequences in (True, False):
        got = minhash.SketchPool(params, workers=1).sketch(texts, sequences=sequences)
        names = ("exact", "key_len", "sig", "seq", "offs") if sequences else ("exact", "sig")
        for name in names:
            want, have = getattr(every, name), getattr(got, name)
            assert want.dtype == have.dtype and np.array_equal(want, have), name
        if not sequences:
            assert got.seq.size == 0 and np.array_equal(got.offs, np.zeros(len(texts) + 1))
    whole = tokens._token_chunk(texts)  # one pass over every text, no sharing
    table = tokens.token_table(texts)
    assert table.pairs.dtype == whole.pairs.dtype and table.offs.dtype == whole.offs.dtype
    assert np.array_equal(table.pairs, whole.pairs) and np.array_equal(table.offs, whole.offs)


def test_distinct_and_take_rows() -> None:
    assert distinct(["x", "y"]) is None
    got = distinct(["x", "y", "x", "x"])
    assert got is not None and got[0] == ["x", "y"] and got[1].tolist() == [0, 1, 0, 0]
    flat = np.array([10, 11, 20, 30, 31, 32])
    offs = np.array([0, 2, 3, 3, 6])  # rows: [10 11] [20] [] [30 31 32]
    rows, new = take_rows(flat, offs, np.array([3, 2, 0, 3]))
    assert rows.tolist() == [30, 31, 32, 10, 11, 30, 31, 32] and rows.dtype == flat.dtype
    assert new.tolist() == [0, 3, 3, 5, 8]
    pairs = np.arange(12).reshape(6, 2)  # rows of a 2-D table: taken along the first axis
    rows, new = take_rows(pairs, offs, np.array([1, 1]))
    assert rows.tolist() == [[4, 5], [4, 5]] and new.tolist() == [0, 1, 2]
    rows, new = take_rows(pairs, offs, np.array([], dtype=np.int64))
    assert rows.shape == (0, 2) and rows.dtype == pairs.dtype and new.tolist() == [0]
