"""``cleaner dedup`` and ``cleaner corpus init|add|stats|verify`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.corpus import CorpusStore

RUNNER = CliRunner()
SHARED_SET = Path(__file__).resolve().parents[2] / "shared" / "bench" / "pool.jsonl.gz"

A = (
    "市民服务中心自下周一起调整工作时间，上午九点至十二点，下午一点半至五点，"
    "周末照常办理业务。请市民合理安排时间，避免排队等候。"
)
B = (
    "本次讲座邀请省图书馆的专家介绍古籍保护知识，内容包括纸张修复、装订方法"
    "以及日常保存中需要注意的温度和湿度问题，欢迎读者报名参加。"
)


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_help_of_every_command_ends_with_an_example() -> None:
    for cmd in (
        ["dedup"],
        ["corpus", "init"],
        ["corpus", "add"],
        ["corpus", "stats"],
        ["corpus", "verify"],
    ):
        res = RUNNER.invoke(app, [*cmd, "--help"])
        assert res.exit_code == 0
        assert "Example: cleaner " + " ".join(cmd) in " ".join(res.output.split())


def test_dedup_writes_articles_and_summary(tmp_path: Path) -> None:
    src = _write(
        tmp_path / "in.jsonl",
        [
            {"id": "x1", "text": A},
            {"id": "x2", "text": B},
            {"id": "x3", "text": A.replace("，", ",")},
        ],
    )
    res = RUNNER.invoke(app, ["dedup", str(src), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert res.exit_code == 0, res.output
    rows = _rows(tmp_path / "out" / "articles.jsonl")
    assert [r["status"] for r in rows] == ["kept", "kept", "duplicate"]
    assert rows[2]["dup_of"] == "x1" and rows[2]["dup_kind"] == "exact"
    assert rows[2]["cluster"] == "x1" and rows[2]["reason"] == "dedup.exact"
    assert {"page_id", "title", "meta", "dup_score"} <= set(rows[0])
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["articles_by_status"] == {"kept": 2, "duplicate": 1}


def test_corpus_round_trip_with_add(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    assert RUNNER.invoke(app, ["corpus", "init", str(corpus)]).exit_code == 0
    first = _write(tmp_path / "a.jsonl", [{"id": "a1", "text": A}])
    res = RUNNER.invoke(
        app,
        [
            "dedup",
            str(first),
            "-o",
            str(tmp_path / "o1"),
            "--corpus",
            str(corpus),
            "--add",
            "--workers",
            "1",
        ],
    )
    assert res.exit_code == 0, res.output
    second = _write(
        tmp_path / "b.jsonl", [{"id": "b1", "text": A + "（转载）"}, {"id": "b2", "text": B}]
    )
    res = RUNNER.invoke(
        app,
        [
            "dedup",
            str(second),
            "-o",
            str(tmp_path / "o2"),
            "--corpus",
            str(corpus),
            "--format",
            "parquet",
            "--workers",
            "1",
        ],
    )
    assert res.exit_code == 0, res.output
    df = pl.read_parquet(tmp_path / "o2" / "articles.parquet")
    assert df["status"].to_list() == ["duplicate", "kept"]
    assert df["dup_of"].to_list()[0] == "a1"
    # without --add the corpus did not change; corpus add takes the run folder's kept articles
    assert len(CorpusStore.open(corpus)) == 1
    res = RUNNER.invoke(app, ["corpus", "add", str(corpus), str(tmp_path / "o2")])
    assert res.exit_code == 0, res.output
    assert CorpusStore.open(corpus).ids().to_list() == ["a1", "b2"]
    res = RUNNER.invoke(app, ["corpus", "stats", str(corpus)])
    assert json.loads(res.stdout)["docs"] == 2
    res = RUNNER.invoke(app, ["corpus", "verify", str(corpus)])
    assert res.exit_code == 0 and "OK, 2 documents" in res.output


def test_incompatible_corpus_is_a_one_line_error(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    RUNNER.invoke(app, ["corpus", "init", str(corpus), "--ngram", "4"])
    src = _write(tmp_path / "in.jsonl", [{"id": "x", "text": A}])
    res = RUNNER.invoke(
        app, ["dedup", str(src), "-o", str(tmp_path / "o"), "--corpus", str(corpus)]
    )
    assert res.exit_code == 2
    assert "cleaner: error:" in res.output and "ngram=5 (corpus: 4)" in res.output
    assert not (tmp_path / "o" / "articles.jsonl").exists()


def test_missing_fields_and_missing_corpus_are_usage_errors(tmp_path: Path) -> None:
    bad = _write(tmp_path / "bad.jsonl", [{"id": "x"}])
    res = RUNNER.invoke(app, ["dedup", str(bad), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2 and "'id' and 'text'" in res.output
    res = RUNNER.invoke(app, ["corpus", "stats", str(tmp_path / "none")])
    assert res.exit_code == 2 and "cleaner corpus init" in res.output


def test_verify_exits_3_on_damage(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    RUNNER.invoke(app, ["corpus", "init", str(corpus)])
    src = _write(tmp_path / "in.jsonl", [{"id": "x", "text": A}, {"id": "y", "text": B}])
    RUNNER.invoke(app, ["corpus", "add", str(corpus), str(src)])
    part = next((corpus / "parts").glob("bands-*.parquet"))
    part.write_bytes(part.read_bytes()[:-20])
    res = RUNNER.invoke(app, ["corpus", "verify", str(corpus)])
    assert res.exit_code == 3 and "checksum mismatch" in res.output


@pytest.mark.skipif(not SHARED_SET.exists(), reason="../shared/bench is absent")
def test_real_text_copies_are_found(tmp_path: Path) -> None:
    """Real units from the shared pool (read, never copied): a reformatted copy is a dup."""
    import gzip

    rows = []
    with gzip.open(SHARED_SET, "rt", encoding="utf-8") as fh:
        for line in fh:
            rows.append(json.loads(line))
            if len(rows) == 200:
                break
    arts = [{"id": f"p{i}", "text": r["text"]} for i, r in enumerate(rows)]
    arts += [
        {"id": f"copy-p{i}", "text": r["text"].replace("，", ",").replace("\n", "\r\n")}
        for i, r in enumerate(rows[:50])
    ]
    src = _write(tmp_path / "in.jsonl", arts)
    res = RUNNER.invoke(app, ["dedup", str(src), "-o", str(tmp_path / "o"), "--workers", "1"])
    assert res.exit_code == 0, res.output
    out = _rows(tmp_path / "o" / "articles.jsonl")
    assert all(r["status"] == "kept" for r in out[:200])
    assert all(r["status"] == "duplicate" and r["dup_of"] == r["id"][5:] for r in out[200:])
