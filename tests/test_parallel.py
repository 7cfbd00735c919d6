"""``cleaner run --jobs N`` (issue 15, cores): the worker processes change nothing in the
outputs, whichever way the pages travel (encoded by the workers without dedup, as rows
with it), and a worker that fails or dies stops the run instead of hanging it.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import cleaner.page_rows as page_rows
import cleaner.parallel as parallel
import cleaner.pipeline as pipeline_mod
from cleaner.config import load_config
from cleaner.ingest.readers import read_inputs
from cleaner.runner import run
from cleaner.tally import Tally
from tests.conftest import SAMPLES

CORE = "[boilerplate]\nsite_repeat = false\n[dedup]\nenabled = false\n"
TABLES = ("articles.jsonl", "pages.jsonl", "changes.jsonl", "quarantine.jsonl")


def _inputs(tmp_path: Path) -> list[Path]:
    """The sample pages, a binary file (quarantined) and a JSONL batch with a broken line
    among its pages, so quarantined items fall between pages of one chunk."""
    src = tmp_path / "in"
    src.mkdir()
    for p in SAMPLES.iterdir():
        (src / p.name).write_bytes(p.read_bytes())
    (src / "m-binary.txt").write_bytes(bytes(range(256)) * 8)
    lines = (SAMPLES / "batch.jsonl").read_text("utf-8").splitlines()
    lines.insert(2, '{"id": "broken", "text": ')
    (src / "n-batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [src]


def _summary(out: Path) -> dict[str, Any]:
    s = json.loads((out / "summary.json").read_text("utf-8"))
    s.pop("seconds")
    return s


@pytest.mark.parametrize("config", [CORE, "[boilerplate]\nsite_repeat = false\n", ""])
def test_two_workers_write_the_bytes_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str
) -> None:
    monkeypatch.setattr(parallel, "CHUNK_PAGES", 3)  # several chunks in flight
    (tmp_path / "c.toml").write_text(config, encoding="utf-8")
    cfg = load_config(tmp_path / "c.toml")
    inputs = _inputs(tmp_path)
    run(inputs, tmp_path / "one", config=cfg, jobs=1)
    run(inputs, tmp_path / "two", config=cfg, jobs=2)
    for name in TABLES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    one, two = _summary(tmp_path / "one"), _summary(tmp_path / "two")
    assert json.dumps(one) == json.dumps(two)  # same counts, keys in the same order
    assert one["quarantined"] == 2 and one["pages"] >= 12


def test_workers_encode_only_without_dedup(tmp_path: Path) -> None:
    """The workers' JSON lines are the parent's: pages come back encoded exactly when the
    parent would write their rows unchanged."""
    cfg = load_config(None)
    pages = list(read_inputs([SAMPLES / "batch.jsonl"], text_field="text"))
    got = list(parallel.iter_results_parallel(cfg, iter(pages), jobs=2, encode=True))
    assert got and all(isinstance(g, parallel.EncodedRows) for g in got)
    rows = list(page_rows.iter_results(pipeline_mod.Pipeline(cfg), iter(pages)))
    want = parallel.encode_rows(rows)
    assert "".join(g.pages for g in got) == want.pages
    assert "".join(g.articles for g in got) == want.articles
    assert "".join(g.changes for g in got) == want.changes
    plain = list(parallel.iter_results_parallel(cfg, iter(pages), jobs=2))
    assert [p.page for p in plain] == [r.page for r in rows]


def test_merged_tallies_count_and_order_like_one() -> None:
    a, b, whole = Tally(), Tally(), Tally()
    for t, keys in ((a, "xyx"), (b, "zyw")):
        for k in keys:
            t.statuses[k] += 1
            t.pages += 1
    for k in "xyxzyw":
        whole.statuses[k] += 1
        whole.pages += 1
    merged = Tally()
    merged.merge(a)
    merged.merge(b)
    assert list(merged.statuses.items()) == list(whole.statuses.items())
    assert merged.statuses == Counter(x=2, y=2, z=1, w=1) and merged.pages == 6


def _fail_on_notice(exc: BaseException | None) -> Any:
    real = page_rows.process_item

    def process_item(pipeline: Any, raw: Any, index: int) -> Any:
        if "single_notice" in getattr(raw, "source", ""):
            if exc is None:
                os._exit(3)  # the worker dies without a word
            raise exc
        return real(pipeline, raw, index)

    return process_item


@pytest.mark.parametrize("exc", [None, MemoryError()])
def test_a_failing_worker_stops_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException | None
) -> None:
    # forked workers inherit the patch
    monkeypatch.setattr(parallel, "process_item", _fail_on_notice(exc))
    (tmp_path / "c.toml").write_text(CORE, encoding="utf-8")
    cfg = load_config(tmp_path / "c.toml")
    with pytest.raises(RuntimeError if exc is None else MemoryError):
        run(_inputs(tmp_path), tmp_path / "out", config=cfg, jobs=2)
    assert not (tmp_path / "out" / "articles.jsonl").exists()  # nothing published


def test_a_consumer_that_stops_early_ends_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that fails while writing closes the results: busy workers (maybe blocked
    sending results nobody reads) are ended, none is left behind."""
    import multiprocessing as mp

    monkeypatch.setattr(parallel, "CHUNK_PAGES", 1)
    cfg = load_config(None)
    pages = list(read_inputs([SAMPLES / "batch.jsonl"], text_field="text")) * 20
    results = parallel.iter_results_parallel(cfg, iter(pages), jobs=2)
    assert next(results) is not None
    assert len(mp.active_children()) == 2
    results.close()
    assert mp.active_children() == []
