"""Differential: ``cleaner dedup --engine ray`` decides exactly as the local engine.

Runs on a local Ray (``ray.init(num_cpus=2)``, one session shared by the Ray modules,
``tests/conftest_ray.py``); skipped when Ray is not installed (``pip install 'cleaner[ray]'``).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

ray = pytest.importorskip("ray")

from cleaner.corpus.job import dedup_file  # noqa: E402
from cleaner.engines.ray_engine import dedup_file_ray  # noqa: E402
from cleaner.errors import ConfigError  # noqa: E402
from cleaner.stages.dedup import DedupConfig  # noqa: E402
from tests.conftest_ray import ray_session_fixture  # noqa: E402, F401 - the shared fixture

SHARED_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings


def _own_set(path: Path, n: int = 600, seed: int = 7) -> Path:
    """Near-duplicates of our own generated text: copies with edits, exact copies, unrelated."""
    rng = random.Random(seed)
    words = (
        "的 是 在 了 和 有 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 作 地 于".split()
    )
    bases = ["".join(rng.choice(words) for _ in range(rng.randint(150, 400))) for _ in range(n)]
    rows = []
    for i, b in enumerate(bases):
        rows.append(b)
        if i % 3 == 0:
            for _ in range(rng.randint(1, 4)):
                cut = rng.randint(0, len(b) // 10)
                rows.append(b[cut:] + "。" if rng.random() < 0.7 else b)
    rng.shuffle(rows)
    with path.open("w", encoding="utf-8") as fh:
        for k, t in enumerate(rows):
            fh.write(json.dumps({"id": f"x{k:05d}", "text": t}, ensure_ascii=False) + "\n")
    return path


def _dedup_set(tmp: Path) -> Path:
    """The shared bench generator's 10k set when ../shared exists, else our own set."""
    maker = SHARED_BENCH / "make_dedup_set.py"
    if not maker.exists():
        return _own_set(tmp / "own.jsonl")
    subprocess.run(
        [sys.executable, str(maker), "make", "--pool", str(SHARED_BENCH / "pool.jsonl.gz"),
         "--out", str(tmp), "--name", "d10k", "--n", "10000", "--seed", "3"],
        check=True, capture_output=True,
    )  # fmt: skip
    return tmp / "d10k.jsonl"


def _compare(src: Path, tmp: Path, cfg: DedupConfig | None = None) -> pl.DataFrame:
    local = dedup_file(src, tmp / "local", config=cfg, fmt="parquet")
    remote = dedup_file_ray(src, tmp / "ray", config=cfg)
    assert local["articles_by_status"] == remote["articles_by_status"]
    assert local["duplicates_by_kind"] == remote["duplicates_by_kind"]
    a = pl.read_parquet(tmp / "local" / "articles.parquet").sort("id")
    b = pl.read_parquet(tmp / "ray" / "articles.parquet").sort("id")  # a folder of parts
    assert a.columns == b.columns
    assert a.equals(b, null_equal=True)
    return b


def test_ray_dedup_equals_local_on_a_dedup_set(ray_session, tmp_path: Path) -> None:
    b = _compare(_dedup_set(tmp_path), tmp_path)
    dups = b.filter(pl.col("status") == "duplicate")
    assert dups.height > 100  # the set really has duplicates, so the comparison means something
    # every cluster is named after a kept article
    kept = set(b.filter(pl.col("status") == "kept")["id"].to_list())
    assert set(dups["cluster"].to_list()) <= kept


def test_ray_keep_longest_equals_local(ray_session, tmp_path: Path) -> None:
    """Issue 14: the keep policy re-roots the same clusters on both engines."""
    src = _own_set(tmp_path / "own.jsonl")
    b = _compare(src, tmp_path, DedupConfig(keep="longest"))
    first = dedup_file(src, tmp_path / "first", fmt="parquet")
    a = pl.read_parquet(tmp_path / "first" / "articles.parquet").sort("id")
    # the comparison means something: the policy moved the kept place in many clusters
    moved = b.filter(pl.col("dup_detail").str.contains('"keep":"longest"'))
    assert moved.height > 20
    assert set(b.filter(pl.col("status") == "kept")["id"]) != set(
        a.filter(pl.col("status") == "kept")["id"]
    )
    assert (
        first["articles_by_status"]
        == dedup_file(src, tmp_path / "again", config=DedupConfig(keep="longest"), fmt="parquet")[
            "articles_by_status"
        ]
    )
    kept = set(b.filter(pl.col("status") == "kept")["id"].to_list())
    assert set(b.filter(pl.col("status") == "duplicate")["cluster"].to_list()) <= kept


def _dated(src: Path, seed: int = 11) -> Path:
    """``src`` with dates in every place ``article_date`` reads (``meta.published``, a
    top-level ``published`` or ``date``), some undated, some repeated (ties)."""
    rng = random.Random(seed)
    out = src.with_name("dated.jsonl")
    with src.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as w:
        for line in fh:
            row = json.loads(line)
            day = f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 2)}"
            where = rng.randrange(4)
            if where == 0:
                row["meta"] = {"published": day}
            elif where == 1:
                row["published"] = day
            elif where == 2:
                row["date"] = day
            w.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def test_ray_keep_newest_equals_local(ray_session, tmp_path: Path) -> None:
    """Issue 14: ``newest`` reads the same dates on both engines and re-roots alike."""
    src = _dated(_own_set(tmp_path / "own.jsonl"))
    b = _compare(src, tmp_path, DedupConfig(keep="newest"))
    moved = b.filter(pl.col("dup_detail").str.contains('"keep":"newest"'))
    assert moved.height > 20  # the dates moved the kept place in many clusters
    longest = dedup_file(src, tmp_path / "longest", config=DedupConfig(keep="longest"),
                         fmt="parquet")  # fmt: skip
    assert (
        longest["articles_by_status"]
        == dedup_file(src, tmp_path / "newest", config=DedupConfig(keep="newest"), fmt="parquet")[
            "articles_by_status"
        ]
    )
    a = pl.read_parquet(tmp_path / "longest" / "articles.parquet").sort("id")
    assert set(b.filter(pl.col("status") == "kept")["id"]) != set(
        a.filter(pl.col("status") == "kept")["id"]
    )


def test_ray_refuses_replace(ray_session, tmp_path: Path) -> None:
    src = _own_set(tmp_path / "own.jsonl", n=5)
    with pytest.raises(ConfigError, match="--replace"):
        dedup_file_ray(
            src, tmp_path / "ray", config=DedupConfig(keep="newest", replace_corpus=True)
        )


def test_ray_dedup_keeps_dropped_rows_and_rewrites_the_output(ray_session, tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "同一篇文章的正文内容，足够长以便比较。" * 5},
        {"id": "b", "text": "同一篇文章的正文内容，足够长以便比较。" * 5},
        {"id": "c", "text": "占位", "status": "dropped"},
    ]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    (tmp_path / "ray").mkdir()
    (tmp_path / "ray" / "articles.jsonl").write_text("stale\n", encoding="utf-8")
    # an older cleaner's output (a summary beside it), so the folder is adopted
    (tmp_path / "ray" / "summary.json").write_text('{"version": "0"}\n', encoding="utf-8")
    b = _compare(src, tmp_path)
    assert b["status"].to_list() == ["kept", "duplicate", "dropped"]
    assert b.filter(pl.col("id") == "b")["cluster"].item() == "a"
    assert not (tmp_path / "ray" / "articles.jsonl").exists()  # the other engine's output
    assert len(list((tmp_path / "ray").glob(".gen-*"))) == 1


def _hard_set(path: Path, seed: int = 3) -> Path:
    """Template fills, versions, prefixes/excerpts/compilations of our own made-up text."""
    from tests.dedup_hard_cases import make_hard_set, prose

    rng = random.Random(seed)
    bases = [prose(rng, rng.randint(15, 40)) for _ in range(260)]
    docs, _ = make_hard_set(bases, seed=seed, templates=20, versions=25, contained=30)
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("contained", [False, True])
def test_ray_decides_templates_versions_and_containment_as_local(
    ray_session, tmp_path: Path, contained: bool
) -> None:
    """Issue 14: the new kinds and links are the same on both engines."""
    src = _hard_set(tmp_path / "hard.jsonl")
    cfg = DedupConfig(contained=contained)
    local = dedup_file(src, tmp_path / "local", config=cfg, fmt="parquet")
    remote = dedup_file_ray(src, tmp_path / "ray", config=cfg)
    assert local["articles_by_status"] == remote["articles_by_status"]
    a = pl.read_parquet(tmp_path / "local" / "articles.parquet").sort("id")
    b = pl.read_parquet(tmp_path / "ray" / "articles.parquet").sort("id")
    assert a.equals(b, null_equal=True)
    # the comparison means something: every new kind of decision occurs
    assert b["version_of"].drop_nulls().len() > 5
    refused = b["dup_detail"].drop_nulls().str.contains('"refused":"template"').sum()
    assert refused > 5
    if contained:
        assert b["contains"].drop_nulls().len() > 3
        assert (b["dup_kind"] == "contained").sum() > 5
