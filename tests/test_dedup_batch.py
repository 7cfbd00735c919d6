"""The candidate-pair helpers of :mod:`cleaner.stages.dedup_batch` hold a bounded working
set whatever the number of pairs (issue 15), with the same figures as the plain forms."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from cleaner.dedup.index import SigRows
from cleaner.dedup.minhash import signature_agreement
from cleaner.stages.dedup_batch import pair_agreement, union


def _sigs(rng: np.random.Generator, rows: int, perm: int = 16) -> np.ndarray:
    # few distinct values, so that pairs agree on some bins and not on others
    return rng.integers(0, 3, size=(rows, perm), dtype=np.uint32)


@pytest.mark.parametrize("chunk", [1, 7, 64, 10_000])
def test_pair_agreement_chunked_equals_gathered_at_once(chunk: int) -> None:
    rng = np.random.default_rng(5)
    new, old = _sigs(rng, 40), _sigs(rng, 90)
    qs = rng.integers(0, 40, size=500)
    refs = rng.integers(0, 90, size=500)
    want = signature_agreement(new[qs], old[refs])
    got = pair_agreement(new, qs, old, refs, chunk=chunk)
    assert got.dtype == np.float64
    assert got.tolist() == want.tolist()
    assert got.min() < got.max()  # the pairs differ: an order mix-up would show


def test_pair_agreement_on_run_blocks_spilled_to_disk() -> None:
    rng = np.random.default_rng(9)
    new = _sigs(rng, 30)
    blocks = [_sigs(rng, n) for n in (11, 5, 23)]
    rows = SigRows(budget=0)  # every block in the temporary file
    for b in blocks:
        rows.append(b)
    whole = np.concatenate(blocks)
    qs = rng.integers(0, 30, size=300)
    refs = rng.integers(0, whole.shape[0], size=300)
    want = signature_agreement(new[qs], whole[refs])
    assert pair_agreement(new, qs, rows, refs, chunk=13).tolist() == want.tolist()


def test_pair_agreement_no_pairs() -> None:
    sig = np.zeros((3, 8), np.uint32)
    none = np.zeros(0, np.int64)
    assert pair_agreement(sig, none, sig, none, chunk=2).shape == (0,)


def _frame(pairs: list[tuple[int, int]]) -> pl.DataFrame:
    return pl.DataFrame(
        {"q": [p[0] for p in pairs], "ref": [p[1] for p in pairs]},
        schema={"q": pl.Int64, "ref": pl.Int64},
    )


def _plain(a: pl.DataFrame, b: pl.DataFrame) -> pl.DataFrame:
    return pl.concat([a, b]).unique().sort("q", "ref")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ([(3, 1), (0, 9), (3, 0)], [(3, 1), (1, 2), (0, 9)]),  # shared pairs once
        ([], [(2, 5), (2, 4), (0, 7)]),  # nothing from the bands, pairs from the groups
        ([(0, 1), (0, 1)], [(0, 1)]),  # one pair many times
        ([(7, 4_000_000_000)], [(7, 3), (1, 4_000_000_000)]),  # a row number past 2**31
    ],
)
def test_union_same_pairs_in_same_order(a: list, b: list) -> None:
    fa, fb = _frame(a), _frame(b)
    got = union(fa, fb)
    assert got.schema == fa.schema
    assert got.rows() == _plain(fa, fb).rows()
    assert got.height == len(set(a) | set(b))


def test_union_random_frames_match_polars() -> None:
    rng = np.random.default_rng(2)
    for _ in range(20):
        fa = _frame(list(map(tuple, rng.integers(0, 50, size=(rng.integers(0, 200), 2)))))
        fb = _frame(list(map(tuple, rng.integers(0, 50, size=(rng.integers(1, 200), 2)))))
        assert union(fa, fb).rows() == _plain(fa, fb).rows()


def test_union_out_of_packing_range_falls_back() -> None:
    big = 1 << 40  # no room in 32 bits: the plain form answers
    fa, fb = _frame([(1, big), (0, 2)]), _frame([(1, big), (5, 1)])
    assert union(fa, fb).rows() == [(0, 2), (1, big), (5, 1)]


def test_union_empty_second_frame_returns_first() -> None:
    fa = _frame([(2, 1), (0, 3)])
    assert union(fa, _frame([])) is fa
