"""End to end on the bundled sample pages: the articles `cleaner run` makes of each page
match the reviewed golden files (update with ``pytest --update-golden``), and every page
rebuilds byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.model import Change
from cleaner.provenance import expand
from cleaner.runner import rebuild_page, run
from tests.conftest import GOLDEN, SAMPLES

FIELDS = ("article_index", "title", "meta", "lang", "placeholders", "status", "dup_kind", "text")
SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir())


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample_run")
    run([SAMPLES], out)
    return out


def _rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_articles_match_golden(sample_run: Path, name: str, update_golden: bool) -> None:
    arts = [
        a
        for a in _rows(sample_run / "articles.jsonl")
        if Path(a["source"].rsplit(":", 1)[0] if name.endswith(".jsonl") else a["source"]).name
        == name
    ]
    got = [{k: a[k] for k in FIELDS} for a in arts]
    golden = GOLDEN / "pipeline" / f"{name}.expected.jsonl"
    if update_golden:
        golden.write_text(
            "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in got), encoding="utf-8"
        )
    assert got == _rows(golden)


def test_every_sample_page_rebuilds(sample_run: Path) -> None:
    pages = _rows(sample_run / "pages.jsonl")
    assert len(pages) == 13
    for p in pages:
        assert p["rebuild"] == "text"
        src = p["source"]
        if p["container"]["kind"] == "jsonl":
            path, line = src.rsplit(":", 1)
            original = Path(path).read_bytes().split(b"\n")[int(line) - 1]
        else:
            original = Path(src).read_bytes()
        assert rebuild_page(sample_run, p["id"]) == original


def test_summary_counts_are_consistent(sample_run: Path) -> None:
    summary = json.loads((sample_run / "summary.json").read_text(encoding="utf-8"))
    rows = _rows(sample_run / "changes.jsonl")
    # the summary counts edits; a compact ledger row stands for several of one rule
    changes = [c.to_row() for c in expand(Change.from_row(r) for r in rows)]
    assert len(rows) < len(changes) / 3
    assert summary["pages"] == 13
    assert summary["articles"] == len(_rows(sample_run / "articles.jsonl"))
    assert sum(summary["changes_by_rule"].values()) == len(changes)
    assert summary["changes_by_stage"]["boilerplate"] == sum(
        c["stage"] == "boilerplate" for c in changes
    )
    assert summary["encodings"] == {"utf-8": 4, "jsonl": 6, "gb18030": 1, "big5": 1, "utf-16-le": 1}
