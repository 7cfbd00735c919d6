"""Corpora sketched before shingles per script segment (schema 1-2, issue 14): read as they
are when no document mixes scripts, refused with the upgrade command when some does, and
``cleaner corpus upgrade`` re-sketches those from their stored texts."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.corpus import CorpusStore
from cleaner.corpus.errors import CorpusError
from cleaner.corpus.shingling import stale_rows
from cleaner.stages.dedup import DedupConfig, Deduper
from tests.dedup_hard_cases import prose
from tests.test_dedup_mixed_script import english

HERE = Path(__file__).parent
V1 = HERE / "v1_corpus"  # written by the cleaner of schema 1: two Chinese documents
# written by the cleaner of schema 2 (086df8c) from these texts: Chinese, English, and a
# Chinese page quoting a long English passage (the one whose band keys changed)
V2 = HERE / "v2_mixed_corpus"
_rng = random.Random(22)
ZH, EN, PASSAGE = prose(_rng, 12), english(_rng, 6), english(_rng, 12)
MIXED = prose(_rng, 30) + "\n" + PASSAGE + "\n" + prose(_rng, 30)


def _copy(src: Path, tmp: Path) -> Path:
    shutil.copytree(src, tmp / src.name)
    return tmp / src.name


def _manifest(c: Path) -> dict:
    return json.loads((c / "manifest.json").read_text("utf-8"))


def _bands(c: Path) -> dict[int, set[int]]:
    rows: dict[int, set[int]] = {}
    for f in (c / "parts").glob("bands-*.parquet"):
        for key, ref in pl.read_parquet(f).iter_rows():
            rows.setdefault(ref, set()).add(key)
    return rows


def test_the_fixture_holds_the_texts_it_says() -> None:
    store = CorpusStore.open(V2)
    assert store.fetch([0, 1, 2])["text"].to_list() == [ZH, EN, MIXED]
    assert stale_rows(store).tolist() == [2]


def test_a_schema_2_corpus_mixing_scripts_is_refused_naming_the_upgrade(tmp_path: Path) -> None:
    c = _copy(V2, tmp_path)
    store = CorpusStore.open(c)  # opening and stats are fine
    assert store.stats()["docs"] == 3
    with pytest.raises(CorpusError) as err:
        Deduper(DedupConfig(workers=1), corpus=store)
    msg = str(err.value)
    assert "\n" not in msg and msg.endswith(f"upgrade it with: cleaner corpus upgrade {c}")
    assert "holds 1 documents mixing scripts" in msg
    # an add would stamp version 3 on band keys of version 2: refused, nothing written
    with pytest.raises(CorpusError, match="cleaner corpus upgrade"):
        store.add(["new"], [prose(random.Random(5), 8)])
    assert _manifest(c)["schema_version"] == 2 and _manifest(c)["docs"] == 3
    assert sorted(p.name for p in (c / "parts").iterdir()) == sorted(
        p.name for p in (V2 / "parts").iterdir()
    )
    problems = CorpusStore.open(c).verify().problems
    assert any("cleaner corpus upgrade" in p for p in problems)
    assert "bands-000001: band keys do not match the texts" in problems


def test_upgrade_resketches_the_mixed_documents_only(tmp_path: Path) -> None:
    c = _copy(V2, tmp_path)
    before = _bands(c)
    res = CliRunner().invoke(app, ["corpus", "upgrade", str(c)])
    assert res.exit_code == 0, res.output
    assert res.output.count("\n") == 1
    assert (
        f"corpus {c}: upgraded from schema version 2 to 3: 1 documents mixing scripts "
        "re-sketched (1 parts rewritten)" in res.output
    )
    mf = _manifest(c)
    assert mf["schema_version"] == 3 and [p["name"] for p in mf["parts"]] == ["000002"]
    assert sorted(p.name for p in (c / "parts").iterdir()) == [
        "bands-000002.parquet",
        "docs-000002.parquet",
    ]
    after = _bands(c)
    assert after[0] == before[0] and after[1] == before[1]  # one script: same keys
    assert after[2] != before[2]
    store = CorpusStore.open(c)
    rep = store.verify(sample=10)
    assert rep.ok, rep.problems
    assert store.fetch([0, 1, 2])["text"].to_list() == [ZH, EN, MIXED]
    with Deduper(DedupConfig(workers=1), corpus=store) as dd:  # read as version 3
        [rec] = dd.process([{"id": "again", "text": MIXED + " Thanks.", "status": "kept"}])
    assert rec["status"] == "duplicate" and rec["dup_of"] == "v2-mixed"
    again = CliRunner().invoke(app, ["corpus", "upgrade", str(c)])
    assert again.exit_code == 0 and "nothing to upgrade" in again.output


def test_a_corpus_of_one_script_per_document_is_read_as_it_is(tmp_path: Path) -> None:
    c = _copy(V1, tmp_path)
    store = CorpusStore.open(c)
    assert stale_rows(store).size == 0
    with Deduper(DedupConfig(workers=1), corpus=store):
        pass
    rep = store.verify()
    assert rep.ok, rep.problems
    parts = _manifest(c)["parts"]
    res = CliRunner().invoke(app, ["corpus", "upgrade", str(c)])
    assert res.exit_code == 0 and "0 documents mixing scripts re-sketched" in res.output
    assert _manifest(c)["schema_version"] == 3 and _manifest(c)["parts"] == parts
