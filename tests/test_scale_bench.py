"""The scale benchmark's helpers (``benchmarks/scale_bench.py``) on an invented pool: the
small pages it cuts, and the child that reports its own peak memory.  No timed run here:
that is the benchmark's job."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

from benchmarks import scale_bench

BODY = [
    "桂溪社区本周组织志愿者清理河道，共清运垃圾三车，居民纷纷点赞。",
    "活动结束后，志愿者们还为沿河的老人送去了慰问品，并讲解了防汛常识。",
    "社区负责人表示，下一步将建立长效机制，每月固定开展一次河道清理。",
]


def _pool(tmp_path: Path, n: int = 30) -> Path:
    pool = tmp_path / "pool.jsonl.gz"
    with gzip.open(pool, "wt", encoding="utf-8") as fh:
        for k in range(n):
            text = "\n".join(f"第{k}则：{line}" for line in BODY)
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return pool


def test_small_pages_are_small_numbered_and_hold_copies(tmp_path, monkeypatch):
    monkeypatch.setattr(scale_bench, "POOL", _pool(tmp_path))
    monkeypatch.setattr(scale_bench, "text_source", lambda: "invented pool")
    out = tmp_path / "small.jsonl"
    scale_bench.small_pages(out, 400)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f"s{i}" for i in range(400)]
    assert all(0 < len(r["text"]) <= 400 for r in rows)
    assert all(r["url"].startswith("https://site") for r in rows)
    texts = [r["text"] for r in rows]
    exact = len(texts) - len(set(texts))
    assert exact > 0  # exact copies of earlier pages: in-batch dedup has work
    by_len: dict[int, list[str]] = {}
    for t in dict.fromkeys(texts):
        by_len.setdefault(len(t), []).append(t)
    near = [
        (a, b)
        for group in by_len.values()
        for i, a in enumerate(group)
        for b in group[i + 1 :]
        if sum(x != y for x, y in zip(a, b, strict=True)) == 1
    ]
    assert near  # a page and its copy with one character changed


def test_small_pages_are_the_same_every_call(tmp_path, monkeypatch):
    monkeypatch.setattr(scale_bench, "POOL", _pool(tmp_path))
    monkeypatch.setattr(scale_bench, "text_source", lambda: "invented pool")
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    scale_bench.small_pages(a, 50)
    scale_bench.small_pages(b, 50)
    assert a.read_bytes() == b.read_bytes()


def test_child_reports_its_own_peak_memory(tmp_path):
    wall, cpu, peak = scale_bench._child([sys.executable, "-m", "cleaner", "--version"], tmp_path)
    assert wall > 0 and cpu > 0
    assert 5 < peak < 2000  # MiB: a Python process, not the bench's size nor zero


def test_child_refuses_a_command_that_is_not_cleaner(tmp_path):
    with pytest.raises(AssertionError):
        scale_bench._child([sys.executable, "-c", "pass"], tmp_path)
