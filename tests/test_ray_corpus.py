"""Differential: ``cleaner dedup --engine ray --corpus DIR`` decides exactly as the local engine.

The corpus is built by the local engine from one half of a generated near-duplicate set;
the other half is checked against it by both engines.  Shares the local Ray of
``tests/conftest_ray.py``; skipped when Ray is not installed.
"""

from __future__ import annotations

import json
import random
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


_POOL = "市政府召开专题会议研究部署今年重点工作要求各部门加强协调确保各项任务按期完成"


def _article(i: int) -> str:
    rng = random.Random(i)
    return "".join(rng.choice(_POOL) for _ in range(80 + i % 40)) + "。"


@pytest.mark.parametrize(("order_shift", "parts"), [(24, 3), (0, 6)])
def test_add_kept_groups_parts_by_run_position(
    ray_session, tmp_path: Path, order_shift: int, parts: int
) -> None:
    """``gidx = page << 24 | article`` (``cleaner run --engine ray``): with ``order_shift=24``
    parts hold ``ADD_PART_ROWS`` pages, without it each page would be a part of its own."""
    from cleaner.engines.ray_corpus import ADD_PART_ROWS, add_kept

    pages = [0, 1, 7, ADD_PART_ROWS, ADD_PART_ROWS + 3, 2 * ADD_PART_ROWS + 5]
    rows = [
        {"gidx": (p << 24) | j, "id": f"p{p}a{j}", "text": _article(10 * k + j), "d_status": "kept"}
        for k, p in enumerate(pages)
        for j in range(3)
    ]
    rows[1]["d_status"] = "duplicate"  # not added
    run_order = sorted(rows, key=lambda r: r["gidx"])
    random.Random(5).shuffle(rows)  # the dataset's order is not the run's
    corpus = tmp_path / "corpus"
    CorpusStore.init(corpus).add(["p7a0", "old"], [_article(20), "语料库里原有的一篇文章。"])
    (corpus / "parts" / ".tmp-deadbeef-docs-000009.parquet").write_bytes(b"left by a kill")
    added = add_kept(
        ray_session, ray_session.data.from_items(rows), corpus, 3, order_shift=order_shift
    )
    new = [r for r in run_order if r["d_status"] == "kept" and r["id"] != "p7a0"]
    assert added == len(new) == 16
    store = CorpusStore.open(corpus)
    assert len(store.manifest["parts"]) == 1 + parts
    if order_shift:  # pages 0, 1, 7 | ADD_PART_ROWS + 0, 3 | 2 * ADD_PART_ROWS + 5
        assert [p["rows"] for p in store.manifest["parts"][1:]] == [7, 6, 3]
    assert store.ids().to_list() == ["p7a0", "old", *(r["id"] for r in new)]
    rep = store.verify()
    assert rep.ok, rep.problems
    assert not rep.notes  # the leftover of an interrupted add was removed
    # the very documents, rows, hashes and band keys of a local add (part boundaries aside)
    twin = CorpusStore.init(tmp_path / "twin")
    twin.add(["p7a0", "old"], [_article(20), "语料库里原有的一篇文章。"])
    twin.add([r["id"] for r in new], [r["text"] for r in new])
    for kind in ("docs", "bands"):
        a = pl.read_parquet(CorpusStore.open(tmp_path / "twin").part_files(kind))
        b = pl.read_parquet(store.part_files(kind))
        assert a.sort(a.columns).equals(b.sort(b.columns))


def test_add_kept_refuses_a_negative_order_shift(ray_session, tmp_path: Path) -> None:
    from cleaner.engines.ray_corpus import add_kept

    CorpusStore.init(tmp_path / "c")
    with pytest.raises(ValueError, match="order_shift"):
        add_kept(ray_session, None, tmp_path / "c", 2, order_shift=-1)


def test_ray_new_kinds_against_a_corpus_equal_local(ray_session, tmp_path: Path) -> None:
    """Issue 14: template refusals, versions and containment against a corpus, on both
    engines (run and corpus candidates are settled together)."""
    from cleaner.stages.dedup import DedupConfig
    from tests.test_ray_dedup import _hard_set

    lines = _hard_set(tmp_path / "hard.jsonl", seed=5).read_text("utf-8").splitlines(True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[::2]), encoding="utf-8")
    second.write_text("".join(lines[1::2]), encoding="utf-8")
    cfg = DedupConfig(contained=True)
    corpus = tmp_path / "corpus"
    CorpusStore.init(corpus)
    dedup_file(first, tmp_path / "build", config=cfg, corpus=corpus, add=True)
    local = dedup_file(second, tmp_path / "local", config=cfg, corpus=corpus, fmt="parquet")
    remote = dedup_file_ray(second, tmp_path / "ray", config=cfg, corpus=corpus)
    assert local["articles_by_status"] == remote["articles_by_status"]
    a = pl.read_parquet(tmp_path / "local" / "articles.parquet").sort("id")
    b = pl.read_parquet(tmp_path / "ray" / "articles.parquet").sort("id")
    assert a.equals(b, null_equal=True)
    corpus_ids = CorpusStore.open(corpus).ids().to_list()
    to_corpus = b.filter(
        pl.col("dup_of").is_in(corpus_ids) | pl.col("version_of").is_in(corpus_ids)
    )
    assert to_corpus.height > 5  # links into the corpus, so the comparison means something
    refused = b["dup_detail"].drop_nulls().str.contains('"refused":"template"').sum()
    assert refused > 3
