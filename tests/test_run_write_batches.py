"""Outputs written a few pages at a time (issue 15: writing in batches, not row by row).

``runner._flush`` hands the rows of ``WRITE_PAGES`` pages to the writer at once.  The
files must hold the same bytes, in the same order, whatever the batch size: one page a
write (what the runner did before) against every page in one write, in JSONL (where the
ledger comes pre-encoded) and in Parquet (where it does not); and a batch that holds both
kinds of ledger rows keeps them in page order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

import cleaner.runner as runner
from cleaner.config import PipelineConfig, load_config
from cleaner.model import RawInput
from cleaner.page_rows import PageRows
from cleaner.runner import run
from cleaner.stages.site_profile import _folder_key, site_key


def _batch(path: Path) -> Path:
    chrome = "扫码关注本站公众号，获取更多资讯"
    bodies = [
        f"第{i}号通知\n\n\n本市今年第{i}批项目已经全面展开,各区县要抓紧落实责任。  \n"
        f"关于调整第{i}项收费标准的通知已经印发执行。\n{chrome}"
        for i in range(12)
    ]
    bodies.append(bodies[3])  # an exact duplicate: a dedup row in the ledger
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(bodies):
            fh.write(json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def _outputs(out: Path, fmt: str) -> dict[str, Any]:
    if fmt == "jsonl":
        return {t: (out / f"{t}.jsonl").read_bytes() for t in ("pages", "articles", "changes")}
    return {
        t: pq.read_table(out / f"{t}.parquet").to_pylist() for t in ("pages", "articles", "changes")
    }


def _config(tmp_path: Path, fmt: str) -> PipelineConfig:
    toml = tmp_path / f"{fmt}.toml"
    toml.write_text(f'[output]\nformat = "{fmt}"\n', encoding="utf-8")
    return load_config(toml)


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_batch_size_changes_no_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    batch = _batch(tmp_path / "batch.jsonl")
    cfg = _config(tmp_path, fmt)
    got = {}
    for size in (1, 5, 10_000):
        monkeypatch.setattr(runner, "WRITE_PAGES", size)
        out = tmp_path / f"out-{size}"
        summary = run([batch], out, config=cfg)
        got[size] = (_outputs(out, fmt), summary["changes_by_rule"], summary["articles"])
    assert got[1] == got[5] == got[10_000]
    outputs, rules, articles = got[1]
    assert outputs["pages"] and outputs["changes"]  # something was written
    # dedup rows (appended to a page's ledger rows by _flush) and stage rows were written
    assert articles == 13 and sum(v for k, v in rules.items() if k.startswith("dedup.")) >= 1
    assert rules.get("boilerplate.site_repeat") and rules.get("repair.cjk_punct")


class _Writer:
    """Records the writer calls _Rows makes."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def write(self, table: str, rows: list[dict[str, Any]]) -> None:
        self.calls.append((table, [r["n"] for r in rows]))

    def write_encoded(self, table: str, lines: str, count: int) -> None:
        self.calls.append((table, (lines, count)))


def _rows(n: int, *, encoded: bool) -> PageRows:
    change = {"n": n, "rule": "r"}
    return PageRows(
        {"n": n},
        [{"n": n}],
        [] if encoded else [change],
        changes_jsonl=f"{n}\n" if encoded else None,
        rule_counts={"r": 1},
    )


def test_mixed_ledger_rows_keep_page_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "WRITE_PAGES", 100)
    w = _Writer()
    rows = runner._Rows(w)  # type: ignore[arg-type]
    for n, enc in enumerate([True, True, False, True, False, False]):
        rows.add(_rows(n, encoded=enc), [])
    rows.write()
    changes = [c for t, c in w.calls if t == "changes"]
    assert changes == [("0\n1\n", 2), [2], ("3\n", 1), [4, 5]]
    assert [c for t, c in w.calls if t == "pages"] == [[0, 1, 2, 3, 4, 5]]
    assert [c for t, c in w.calls if t == "articles"] == [[0, 1, 2, 3, 4, 5]]


@pytest.mark.parametrize(
    "source",
    ["batch/part.jsonl:12", "batch/part.jsonl", "a/b/c.txt", "x.jsonl:3", "d:/x:7", "/abs/f:1"],
)
def test_site_key_of_a_folder_is_unchanged(source: str) -> None:
    import re
    from pathlib import PurePath

    src = re.sub(r":\d+$", "", source)  # the key before the folder part was cached
    assert site_key(RawInput(source, b"")) == f"dir:{PurePath(src).parent.as_posix()}"
    assert site_key(RawInput(source, b"")) == site_key(RawInput(source, b""))
    assert _folder_key.cache_info().currsize >= 1
