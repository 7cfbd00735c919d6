"""Differential: ``cleaner dedup --engine ray --corpus DIR`` decides exactly as the local engine.

The corpus is built by the local engine from one half of a generated near-duplicate set;
the other half is checked against it by both engines.  Shares the local Ray of
``tests/conftest_ray.py``; skipped when Ray is not installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

ray = pytest.importorskip("ray")

from cleaner.corpus.errors import CorpusError  # noqa: E402
from cleaner.corpus.job import dedup_file  # noqa: E402
from cleaner.corpus.store import CorpusStore  # noqa: E402
from cleaner.engines.ray_engine import dedup_file_ray  # noqa: E402
from tests.conftest_ray import ray_session_fixture  # noqa: E402, F401 - the shared fixture
from tests.test_ray_dedup import _own_set  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings


def _halves(tmp: Path) -> tuple[Path, Path]:
    src = _own_set(tmp / "all.jsonl", n=300, seed=11)
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp / "first.jsonl", tmp / "second.jsonl"
    first.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    second.write_text("".join(lines[len(lines) // 2 :]), encoding="utf-8")
    return first, second


def test_ray_dedup_against_a_corpus_equals_local(ray_session, tmp_path: Path) -> None:
    first, second = _halves(tmp_path)
    corpus = tmp_path / "corpus"
    CorpusStore.init(corpus)
    built = dedup_file(first, tmp_path / "build", corpus=corpus, add=True)
    assert built["added_to_corpus"] > 100
    local = dedup_file(second, tmp_path / "local", corpus=corpus, fmt="parquet")
    remote = dedup_file_ray(second, tmp_path / "ray", corpus=corpus)
    assert local["articles_by_status"] == remote["articles_by_status"]
    assert local["duplicates_by_kind"] == remote["duplicates_by_kind"]
    assert remote["corpus_docs"] == built["added_to_corpus"]
    a = pl.read_parquet(tmp_path / "local" / "articles.parquet").sort("id")
    b = pl.read_parquet(tmp_path / "ray" / "articles.parquet").sort("id")
    assert a.equals(b, null_equal=True)
    # the comparison means something: duplicates of corpus documents, exact and near
    corpus_ids = set(CorpusStore.open(corpus).ids().to_list())
    of_corpus = b.filter(pl.col("dup_of").is_in(list(corpus_ids)))
    assert of_corpus.height > 20
    assert set(of_corpus["dup_kind"].to_list()) >= {"exact", "near"}
    assert set(of_corpus["cluster"].to_list()) <= corpus_ids
    # and duplicates within the batch as well
    assert b.filter(pl.col("dup_of").is_in(b["id"].to_list())).height > 0


def test_ray_add_extends_the_corpus_as_the_local_engine(ray_session, tmp_path: Path) -> None:
    first, second = _halves(tmp_path)
    for name in ("by_ray", "by_local"):
        CorpusStore.init(tmp_path / name)
        dedup_file(first, tmp_path / f"build_{name}", corpus=tmp_path / name, add=True)
    remote = dedup_file_ray(second, tmp_path / "ray", corpus=tmp_path / "by_ray", add=True)
    local = dedup_file(second, tmp_path / "local", corpus=tmp_path / "by_local", add=True)
    assert remote["added_to_corpus"] == local["added_to_corpus"] > 50
    by_ray, by_local = (
        CorpusStore.open(tmp_path / "by_ray"),
        CorpusStore.open(tmp_path / "by_local"),
    )
    rep = by_ray.verify()
    assert rep.ok, rep.problems
    assert not rep.notes  # no temporary files left behind
    assert len(by_ray) == len(by_local)
    # the very same documents, rows, clusters, hashes and band keys as a local add
    for kind in ("docs", "bands"):
        a = pl.read_parquet(sorted((tmp_path / "by_local" / "parts").glob(f"{kind}-*.parquet")))
        b = pl.read_parquet(sorted((tmp_path / "by_ray" / "parts").glob(f"{kind}-*.parquet")))
        assert a.sort(a.columns).equals(b.sort(b.columns))
    # the local engine reads the corpus the Ray engine extended: every kept article is found
    dedup_file(second, tmp_path / "again", corpus=tmp_path / "by_ray", fmt="parquet")
    out = pl.read_parquet(tmp_path / "again" / "articles.parquet")
    kept = pl.read_parquet(tmp_path / "ray" / "articles.parquet").filter(pl.col("status") == "kept")
    found = out.filter(pl.col("id").is_in(kept["id"].to_list()))
    assert found["dup_kind"].to_list() == ["exact"] * kept.height
    assert found["dup_of"].to_list() == found["id"].to_list()
    # and adding again adds nothing (ids already present are skipped, as locally)
    again_add = dedup_file_ray(second, tmp_path / "ray2", corpus=tmp_path / "by_ray", add=True)
    assert again_add["added_to_corpus"] == 0
    assert len(CorpusStore.open(tmp_path / "by_ray")) == len(by_ray)


def test_ray_dedup_against_an_empty_corpus(ray_session, tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": i, "text": "同一篇文章的正文内容，足够长以便比较。" * 5} for i in ("a", "b")]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    corpus = tmp_path / "corpus"
    CorpusStore.init(corpus)
    s = dedup_file_ray(src, tmp_path / "ray", corpus=corpus, add=True)
    assert s["articles_by_status"] == {"kept": 1, "duplicate": 1}
    assert s["corpus_docs"] == 0 and s["added_to_corpus"] == 1
    assert CorpusStore.open(corpus).verify().ok
    with pytest.raises(CorpusError, match="--add"):
        dedup_file_ray(src, tmp_path / "ray2", add=True)
