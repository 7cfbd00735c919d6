"""The boilerplate line model's per-text caches (shapes, heads, keep reasons) are bounded:
each stays within its cap, ``cleaner run`` empties them between batches, and no output
depends on what they hold (issue 15: memory flat in input size)."""

from __future__ import annotations

from pathlib import Path

import pytest

import cleaner.runner as runner
from cleaner.stages import line_features, line_model, line_scores, line_signals
from cleaner.stages.keep import keep_table
from tests.conftest import SAMPLES

OUTPUTS = ("articles.jsonl", "changes.jsonl", "pages.jsonl")


#: Lines of our own, for the keep-reason cache (the sample pages ask for none).
LINES = [f"第{i}条 联系电话：010-6{i:07d}" for i in range(12)]


def _sizes() -> tuple[int, int, int]:
    shapes = line_features._shape.cache_info().currsize
    heads = sum(map(len, line_scores._HEADS.values()))
    reasons = sum(map(len, line_signals.REASONS.values()))
    return shapes, heads, reasons


def test_a_run_fills_the_caches_and_clear_caches_empties_all_three(tmp_path: Path) -> None:
    line_model.clear_caches()
    runner.run([SAMPLES], tmp_path / "out")  # one batch: nothing cleared during the run
    for line in LINES:
        line_signals.base_reason(keep_table(), line)
    assert all(n > 0 for n in _sizes())
    line_model.clear_caches()
    assert _sizes() == (0, 0, 0)


def test_heads_and_reasons_stay_within_their_caps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    line_model.clear_caches()
    monkeypatch.setattr(line_scores, "HEAD_CACHE", 4)
    monkeypatch.setattr(line_signals, "REASON_CACHE", 3)
    runner.run([SAMPLES], tmp_path / "out")
    assert all(0 < len(h) <= 4 for h in line_scores._HEADS.values())
    keep = keep_table()
    got = [line_signals.base_reason(keep, line) for line in LINES + LINES]
    assert 0 < len(line_signals.REASONS[keep]) <= 3
    line_model.clear_caches()  # the same reasons without a cache
    assert got == [line_signals.base_reason(keep, line) for line in LINES + LINES]
    line_model.clear_caches()


def test_run_clears_the_caches_between_batches_and_outputs_do_not_depend_on_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "DEDUP_BATCH", 2)  # many batches
    calls: list[tuple[int, int, int]] = []

    def cleared() -> None:
        line_model.clear_caches()
        calls.append(_sizes())

    monkeypatch.setattr(runner, "clear_line_caches", cleared)
    runner.run([SAMPLES], tmp_path / "cleared")
    assert len(calls) > 3 and set(calls) == {(0, 0, 0)}
    monkeypatch.setattr(runner, "clear_line_caches", lambda: None)  # kept the whole run
    runner.run([SAMPLES], tmp_path / "kept")
    assert _sizes()[0] > 0
    for name in OUTPUTS:
        assert (tmp_path / "cleared" / name).read_bytes() == (tmp_path / "kept" / name).read_bytes()
    line_model.clear_caches()
