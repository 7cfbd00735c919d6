"""The corpus on disk: atomic adds, the writer lock, settings pinned in the manifest."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cleaner.corpus import CorpusError, CorpusStore, SketchParams
from cleaner.corpus.store import PartRecord, new_tag, write_part_files
from cleaner.dedup.minhash import sketch
from cleaner.stages.dedup import DedupConfig, Deduper

_POOL = "社区开展垃圾分类宣传活动志愿者向居民讲解厨余和可回收物的投放方法街道组织清理楼道杂物"


def _text(i: int) -> str:
    """A distinct pseudo-sentence per ``i`` (random characters from a fixed pool)."""
    rng = random.Random(i)
    return "".join(rng.choice(_POOL) for _ in range(120 + 10 * (i % 5))) + "。"


TEXTS = [_text(i) for i in range(40)]


def _run(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_init_add_reopen_and_lookup(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    res = store.add([f"d{i}" for i in range(40)], TEXTS)
    assert res == {"added": 40, "skipped": 0, "docs": 40}
    again = CorpusStore.open(tmp_path / "c")
    assert len(again) == 40
    assert (
        again.add(["d0", "new"], [TEXTS[0], "另一篇完全不同的文章内容，讲的是春季植树。"])[
            "skipped"
        ]
        == 1
    )
    got = again.fetch([0, 39, 40])
    assert got["id"].to_list() == ["d0", "d39", "new"]
    assert again.verify().ok


def test_init_twice_is_refused(tmp_path: Path) -> None:
    CorpusStore.init(tmp_path / "c")
    with pytest.raises(CorpusError, match="already holds a corpus"):
        CorpusStore.init(tmp_path / "c")


def test_open_missing_corpus_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="cleaner corpus init"):
        CorpusStore.open(tmp_path / "nothing")


def test_incompatible_settings_are_refused(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c", SketchParams(ngram=4, num_perm=64, bands=16))
    with pytest.raises(CorpusError) as exc:
        Deduper(DedupConfig(workers=1), corpus=store)
    msg = str(exc.value)
    assert "ngram=5 (corpus: 4)" in msg and "num_perm=128 (corpus: 64)" in msg
    # the corpus's own settings are accepted
    Deduper(DedupConfig(ngram=4, num_perm=64, bands=16, workers=1), corpus=store).close()


def test_schema_version_from_the_future_is_refused(tmp_path: Path) -> None:
    CorpusStore.init(tmp_path / "c")
    mf = tmp_path / "c" / "manifest.json"
    data = json.loads(mf.read_text())
    data["schema_version"] = 99
    mf.write_text(json.dumps(data))
    with pytest.raises(CorpusError, match="schema version 99"):
        CorpusStore.open(tmp_path / "c")


def test_verify_finds_a_damaged_part(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    store.add([f"d{i}" for i in range(40)], TEXTS)
    part = next((tmp_path / "c" / "parts").glob("docs-*.parquet"))
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0xFF
    part.write_bytes(bytes(data))
    rep = CorpusStore.open(tmp_path / "c").verify()
    assert not rep.ok
    assert any("checksum mismatch" in p for p in rep.problems)


KILLED_ADD = """
    import os, signal, sys
    import cleaner.corpus.store as store
    def die(*a, **k):  # killed after the parts are written, before the manifest commit
        os.kill(os.getpid(), signal.SIGKILL)
    store._write_json_atomic = die
    s = store.CorpusStore.open(sys.argv[1])
    texts = [f"被中断的添加{i}。" + "内容" * (i % 50 + 10) for i in range(500)]
    s.add([f"k{i}" for i in range(500)], texts)
"""


def test_killed_add_leaves_corpus_unchanged(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    store.add([f"d{i}" for i in range(40)], TEXTS)
    before = (tmp_path / "c" / "manifest.json").read_bytes()
    proc = _run(KILLED_ADD, str(tmp_path / "c"))
    proc.communicate(timeout=120)
    assert proc.returncode == -9
    assert (tmp_path / "c" / "manifest.json").read_bytes() == before
    reopened = CorpusStore.open(tmp_path / "c")
    assert len(reopened) == 40
    rep = reopened.verify()
    assert rep.ok, rep.problems
    assert rep.notes and "interrupted add" in rep.notes[0]
    # the next add removes the leftovers and works
    reopened.add(["after"], ["中断之后的正常添加，内容完全不同。"])
    rep = CorpusStore.open(tmp_path / "c").verify()
    assert rep.ok and not rep.notes and rep.docs == 41


CONCURRENT_ADD = """
    import sys
    from cleaner.corpus.store import CorpusStore
    tag = sys.argv[2]
    CorpusStore.open(sys.argv[1]).add(
        [f"{tag}{i}" for i in range(300)],
        [f"{tag}并发写入测试第{i}篇。" + "正文" * (i % 40 + 20) for i in range(300)],
        workers=1,
    )
"""


def test_concurrent_adds_are_serialised(tmp_path: Path) -> None:
    CorpusStore.init(tmp_path / "c")
    procs = [_run(CONCURRENT_ADD, str(tmp_path / "c"), tag) for tag in ("x", "y", "z")]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    store = CorpusStore.open(tmp_path / "c")
    assert len(store) == 900
    assert store.ids().n_unique() == 900
    assert len(store.manifest["parts"]) == 3
    assert store.verify().ok


def test_add_waits_for_the_lock(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    with store.lock():
        proc = _run(CONCURRENT_ADD, str(tmp_path / "c"), "w")
        time.sleep(1.0)
        # while we hold the lock nothing may be committed
        assert len(CorpusStore.open(tmp_path / "c")) == 0
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert len(CorpusStore.open(tmp_path / "c")) == 300


def test_deduper_against_corpus_and_add(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    store.add([f"d{i}" for i in range(40)], TEXTS)
    batch = [
        {"id": "n0", "text": TEXTS[5].replace("，", ",")},
        {"id": "n1", "text": "本周六上午社区卫生服务中心开展义诊，为老年人免费测量血压和血糖。"},
        {"id": "n2", "text": TEXTS[7][:-3]},
    ]
    with Deduper(DedupConfig(workers=1), corpus=CorpusStore.open(tmp_path / "c")) as dd:
        recs = dd.process(batch)
        added = dd.add_to_corpus()
    assert recs[0]["status"] == "duplicate" and recs[0]["dup_of"] == "d5"
    assert recs[0]["dup_kind"] == "exact" and recs[0]["cluster"] == "d5"
    assert recs[1]["status"] == "kept"
    assert recs[2]["status"] == "duplicate" and recs[2]["dup_of"] == "d7"
    assert added["added"] == 1
    assert os.path.exists(tmp_path / "c" / "manifest.json")
    assert CorpusStore.open(tmp_path / "c").ids().to_list()[-1] == "n1"


def _write(store: CorpusStore, name: str, first: int, lo: int, hi: int, tag: str) -> PartRecord:
    texts = TEXTS[lo:hi]
    sk = sketch(texts, store.params)
    ids = [f"d{i}" for i in range(lo, hi)]
    return write_part_files(
        store.path / "parts",
        name=name,
        first_row=first,
        ids=ids,
        texts=texts,
        clusters=ids,
        exact=sk.exact,
        key_len=sk.key_len,
        sig=sk.sig,
        bands=store.params.bands,
        tag=tag,
    )


def test_parts_written_apart_commit_in_row_order(tmp_path: Path) -> None:
    """The Ray engine's protocol: parts written by several workers, committed by one."""
    store = CorpusStore.init(tmp_path / "c")
    store.add(["d0"], TEXTS[:1])
    tag = new_tag()
    with store.writing():
        plan = store.plan_parts([15, 24])
        assert plan == [("000002", 1), ("000003", 16)]
        recs = [
            _write(store, n, f, f, f + size, tag)
            for (n, f), size in zip(plan, (15, 24), strict=True)
        ]
        assert len(CorpusStore.open(tmp_path / "c")) == 1  # nothing visible yet
        assert store.commit_parts(recs[::-1], tag=tag) == 39  # any order: rows decide
    again = CorpusStore.open(tmp_path / "c")
    assert [p["name"] for p in again.manifest["parts"]] == ["000001", "000002", "000003"]
    assert again.ids().to_list() == [f"d{i}" for i in range(40)]
    rep = again.verify()
    assert rep.ok and not rep.notes, (rep.problems, rep.notes)
    # the same bytes as one local add of the same documents, part boundaries aside
    twin = CorpusStore.init(tmp_path / "twin")
    twin.add(["d0"], TEXTS[:1])
    twin.add([f"d{i}" for i in range(1, 40)], TEXTS[1:])
    assert twin.fetch(range(40)).equals(again.fetch(range(40)))


def test_commit_refuses_parts_that_do_not_continue_the_corpus(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    store.add(["d0"], TEXTS[:1])
    before = (tmp_path / "c" / "manifest.json").read_bytes()
    tag = new_tag()
    with store.writing():
        rec = _write(store, "000002", 5, 1, 10, tag)  # a gap: rows 1..4 missing
        with pytest.raises(CorpusError, match="does not continue"):
            store.commit_parts([rec], tag=tag)
    assert (tmp_path / "c" / "manifest.json").read_bytes() == before
    assert CorpusStore.open(tmp_path / "c").verify().notes  # its files: leftovers


def test_commit_refuses_when_the_corpus_changed_under_it(tmp_path: Path) -> None:
    """A writer that read the manifest without the lock cannot drop another's commit."""
    stale = CorpusStore.init(tmp_path / "c")
    tag = new_tag()
    [(name, first)] = stale.plan_parts([5])
    rec = _write(stale, name, first, 0, 5, tag)
    CorpusStore.open(tmp_path / "c").add(["other"], ["另一个进程先提交的文章。"])
    with pytest.raises(CorpusError, match="changed during the add"):
        stale.commit_parts([rec], tag=tag)
    assert CorpusStore.open(tmp_path / "c").ids().to_list() == ["other"]
