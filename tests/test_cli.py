"""The command line as a user meets it: exit codes, one-line errors naming the file,
quarantine of bad inputs (nothing lost), Parquet output, and atomic outputs."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from cleaner.cli import EXIT_QUARANTINED, EXIT_USAGE, app
from cleaner.provenance import expand_rows
from tests.conftest import SAMPLES

RUNNER = CliRunner()
PAGE = (
    "第一篇:关于做好防汛工作的通知\n各乡镇:\n请做好准备。\n"
    "第二篇:关于秋收工作的通知\n各村:?\n请抓紧秋收。\n"
)


def invoke(*args: str | Path):
    return RUNNER.invoke(app, [str(a) for a in args])


def rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines()]


def test_run_writes_all_outputs(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out)
    assert r.exit_code == 0, r.output
    arts = rows(out / "articles.jsonl")
    assert [a["title"] for a in arts] == ["关于做好防汛工作的通知", "关于秋收工作的通知"]
    assert arts[1]["text"] == "各村：\n请抓紧秋收。"
    assert {
        "id",
        "page_id",
        "source",
        "article_index",
        "title",
        "text",
        "meta",
        "lang",
        "placeholders",
        "placeholder_ratio",
        "status",
        "dup_of",
    } <= set(arts[0])
    page = rows(out / "pages.jsonl")[0]
    assert page["articles"] == [a["id"] for a in arts]
    assert page["changes"] == sum(
        c["action"] != "split" for c in expand_rows(rows(out / "changes.jsonl"))
    )
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["changes_by_rule"]["repair.stray_question.after_punct"] == 1
    assert not list(out.glob(".tmp-*"))


def test_parquet_output_and_rebuild(tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = invoke("run", SAMPLES, "--out", out, "--format", "parquet")
    assert r.exit_code == 0, r.output
    arts = pl.read_parquet(out / "articles.parquet")
    pages = pl.read_parquet(out / "pages.parquet")
    assert arts.height == 17 and pages.height == 13
    assert set(pl.read_parquet(out / "changes.parquet").columns) >= {
        "page_id",
        "stage",
        "rule",
        "action",
        "start",
        "end",
        "before",
        "after",
        "score",
        "ref",
    }
    big5 = pages.filter(pl.col("encoding") == "big5").row(0, named=True)
    r = invoke("rebuild", out, big5["id"])
    assert r.exit_code == 0
    assert r.stdout_bytes == Path(big5["source"]).read_bytes()
    # switching format replaces the other format's tables
    assert invoke("run", SAMPLES, "--out", out).exit_code == 0
    assert not (out / "articles.parquet").exists() and (out / "articles.jsonl").exists()


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "empty"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + b"\x00\x01" * 50, "binary"),
    ],
)
def test_bad_file_is_quarantined_and_others_processed(
    tmp_path: Path, name: str, data: bytes, code: str
) -> None:
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text(PAGE, encoding="utf-8")
    bad = tmp_path / "in" / name
    bad.write_bytes(data)
    out = tmp_path / "out"
    r = invoke("run", tmp_path / "in", "--out", out)
    assert r.exit_code == EXIT_QUARANTINED
    assert f"cleaner: quarantined: {bad}:" in r.output
    assert "Traceback" not in r.output
    q = rows(out / "quarantine.jsonl")
    assert [x["code"] for x in q] == [code]
    assert (out / q[0]["copy"]).read_bytes() == data
    assert len(rows(out / "articles.jsonl")) == 2
    assert invoke("run", tmp_path / "in", "--out", out, "--allow-quarantine").exit_code == 0


def test_bad_jsonl_lines_quarantined_with_line_numbers(tmp_path: Path) -> None:
    src = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "第一段内容。"}, ensure_ascii=False),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "body": "没有text字段"}, ensure_ascii=False),
        json.dumps({"id": "d", "text": "Second good record."}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out)
    assert r.exit_code == EXIT_QUARANTINED
    q = rows(out / "quarantine.jsonl")
    assert [(x["line"], x["code"]) for x in q] == [(2, "invalid_json"), (3, "missing_field")]
    assert (out / q[0]["copy"]).read_bytes() == lines[1].encode()
    pages = rows(out / "pages.jsonl")
    assert [p["record_id"] for p in pages] == ["a", "d"]
    for p in pages:
        n = p["container"]["line"]
        assert invoke("rebuild", out, p["id"]).stdout_bytes == lines[n - 1].encode()


def test_missing_input_path(tmp_path: Path) -> None:
    # every input missing: a usage error (a typo), not a batch with quarantined pages
    r = invoke("run", tmp_path / "nope.txt", "--out", tmp_path / "out")
    assert r.exit_code == EXIT_USAGE
    assert "nope.txt: does not exist" in r.output
    assert not (tmp_path / "out").exists()


def test_config_errors_are_one_line(tmp_path: Path) -> None:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text('[repair]\nplaceholder_policy = "erase"\n', encoding="utf-8")
    src = tmp_path / "p.txt"
    src.write_text(PAGE, encoding="utf-8")
    r = invoke("run", src, "--out", tmp_path / "out", "--config", cfg)
    assert r.exit_code == EXIT_USAGE
    assert r.output.strip().count("\n") == 0
    assert r.output.startswith(f"cleaner: error: {cfg}: [repair] placeholder_policy must be one of")
    cfg.write_text("[repiar]\n", encoding="utf-8")
    r = invoke("run", src, "--out", tmp_path / "out", "--config", cfg)
    assert r.exit_code == EXIT_USAGE and "unknown section [repiar]" in r.output
    assert not (tmp_path / "out").exists()


def test_config_drop_policy(tmp_path: Path) -> None:
    cfg = tmp_path / "cleaner.toml"
    cfg.write_text(
        '[repair]\nplaceholder_policy = "drop"\nmax_placeholder_ratio = 0.1\n', encoding="utf-8"
    )
    src = tmp_path / "p.txt"
    src.write_text(
        "第一篇:总结\n投资×××万元，×月×日完成。\n第二篇:通知\n请按时完成工作任务。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert invoke("run", src, "--out", out, "--config", cfg).exit_code == 0
    arts = rows(out / "articles.jsonl")
    assert [(a["status"], a["reason"]) for a in arts] == [
        ("dropped", "placeholder_density"),
        ("kept", None),
    ]
    drops = [c for c in rows(out / "changes.jsonl") if c["action"] == "drop"]
    assert drops and drops[0]["ref"] == arts[0]["id"]
    page_id = arts[0]["page_id"]
    assert invoke("rebuild", out, page_id).stdout_bytes == src.read_bytes()


def test_failed_run_keeps_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "p.txt"
    src.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke("run", src, "--out", out).exit_code == 0
    before = (out / "articles.jsonl").read_bytes()

    import cleaner.pipeline as pipeline_mod

    def boom(self, raw, index=0):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline_mod.Pipeline, "process", boom)
    src.write_text(PAGE.replace("防汛", "抗旱"), encoding="utf-8")
    r = invoke("run", src, "--out", out)
    assert r.exit_code == 130
    assert (out / "articles.jsonl").read_bytes() == before
    assert not list(out.glob(".tmp-*"))


def test_rebuild_unknown_page(tmp_path: Path) -> None:
    src = tmp_path / "p.txt"
    src.write_text(PAGE, encoding="utf-8")
    invoke("run", src, "--out", tmp_path / "out")
    r = invoke("rebuild", tmp_path / "out", "0000")
    assert r.exit_code == EXIT_USAGE or r.exit_code == 3
    assert "no page with id '0000'" in r.output
    r = invoke("explain", tmp_path / "missing", "0000")
    assert "output directory does not exist" in r.output


def test_every_command_has_help_with_example() -> None:
    for cmd in ("run", "rebuild", "explain"):
        r = invoke(cmd, "--help")
        assert r.exit_code == 0
        assert "Example:" in r.output, cmd


def test_jsonl_line_with_unpaired_surrogate_is_quarantined(tmp_path: Path) -> None:
    src = tmp_path / "b.jsonl"
    src.write_text(
        '{"id": "a", "text": "bad \\ud800 text"}\n{"id": "b", "text": "好的。"}\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    r = invoke("run", src, "--out", out)
    assert r.exit_code == EXIT_QUARANTINED
    assert "line 1: a field holds unpaired surrogate escapes" in r.output
    assert [x["code"] for x in rows(out / "quarantine.jsonl")] == ["invalid_text"]
    assert [a["text"] for a in rows(out / "articles.jsonl")] == ["好的。"]


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        ("你好，世界。", "gbk", "gb18030"),
        ("欢迎光临本站，祝您愉快。", "gb18030", "gb18030"),
        ("臺灣的天氣很好。", "big5", "big5"),
        ("こんにちは、世界。", "shift_jis", "cp932"),  # Shift-JIS's superset: same bytes
    ],
)
def test_short_legacy_pages_decode_as_text(
    tmp_path: Path, text: str, encoding: str, expected: str
) -> None:
    """The detector guesses poorly on a dozen bytes; the result must still read as text."""
    from cleaner.ingest.readers import decode

    data = text.encode(encoding)
    dec = decode(data)
    assert dec.text == text
    assert dec.encoding.replace("_", "").replace("-", "") == expected.replace("_", "")


def test_a_stage_failure_quarantines_the_page_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.stages.split import SplitStage

    original = SplitStage.__call__

    def fragile(self, editor, **kw):  # breaks on one page only
        if "坏" in editor.text:
            raise AssertionError("split: articles do not tile the page text")
        return original(self, editor, **kw)

    monkeypatch.setattr(SplitStage, "__call__", fragile)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("好的页面。\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("坏的页面。\n", encoding="utf-8")
    out = tmp_path / "out"
    r = invoke("run", tmp_path / "in", "--out", out)
    assert r.exit_code == EXIT_QUARANTINED
    assert "internal error, please report" in r.output and "Traceback" not in r.output
    q = rows(out / "quarantine.jsonl")
    assert [x["code"] for x in q] == ["internal_error"]
    assert (out / q[0]["copy"]).read_bytes() == "坏的页面。\n".encode()
    assert [a["text"] for a in rows(out / "articles.jsonl")] == ["好的页面。"]
