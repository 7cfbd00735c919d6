"""``cleaner run`` with the dedup stage: in-batch duplicates, a corpus on disk, ``--add``
only after a successful run, and ``explain`` of a duplicate."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.corpus import CorpusStore
from tests.conftest import ROOT, SAMPLES

RUNNER = CliRunner()
SAMPLE_CORPUS = ROOT / "corpora" / "corpus"
REPRINTS = {
    # article of corpora/sample → id of its reformatted reprint in corpora/reprints.jsonl
    ("xiexiebang_compiled_01.txt", 2): "linfeng-news-2004-0612",
    ("xiexiebang_compiled_01.txt", 3): "xining-gov-2008-0311",
    ("xiexiebang_compiled_02.txt", 1): "edu-linfeng-2012-0830",
    ("bom_article.txt", 1): "chunhui-blog-2020-0102",
}


def articles(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]


def key(a: dict) -> tuple[str, int]:
    return Path(a["source"].rsplit(":", 1)[0] if ".jsonl:" in a["source"] else a["source"]).name, a[
        "article_index"
    ]


def test_in_batch_duplicates_without_a_corpus(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert RUNNER.invoke(app, ["run", str(SAMPLES), "--out", str(out)]).exit_code == 0
    dups = {key(a): a for a in articles(out) if a["status"] == "duplicate"}
    # the mirrored notice in batch.jsonl and the copied article in compiled_01
    assert set(dups) == {("batch.jsonl", 1), ("xiexiebang_compiled_01.txt", 1)}
    for a in dups.values():
        assert a["dup_kind"] == "exact" and a["dup_score"] == 100.0
        assert a["dup_of"] and a["cluster"] == a["dup_of"]
        assert a["reason"] == "dedup.exact"  # the same reason cleaner dedup writes
    ledger = [json.loads(x) for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    flags = [c for c in ledger if c["stage"] == "dedup"]
    assert len(flags) == 2 and all(c["action"] == "flag" for c in flags)
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["articles_by_status"] == {"kept": 15, "duplicate": 2}
    assert summary["changes_by_stage"]["dedup"] == 2


def test_reprints_in_the_sample_corpus_are_found(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    out = tmp_path / "out"
    res = RUNNER.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--corpus", str(corpus)])
    assert res.exit_code == 0, res.output
    found = {key(a): a["dup_of"] for a in articles(out) if a["dup_of"] in REPRINTS.values()}
    assert found == REPRINTS
    a = next(a for a in articles(out) if a["dup_of"] == "xining-gov-2008-0311")
    res = RUNNER.invoke(app, ["explain", str(out), a["id"], "--corpus", str(corpus)])
    assert res.exit_code == 0
    assert "near duplicate of xining-gov-2008-0311" in res.output
    assert "shared passages" in res.output and "[boilerplate]" in res.output
    # issue 14: the measures that decided, and each passage in its context
    assert "decided on: shingle Jaccard" in res.output
    assert re.search(r"↔ \[\d+–\d+\] ….*\[.+\].*…", res.output)
    assert "dedup.near: “” → “”" not in res.output


def test_templates_and_versions_are_recorded_and_explained(tmp_path: Path) -> None:
    """Issue 14: a template fill is kept (the refusal in the ledger with its measures), a
    revision is kept and linked (``version_of``), and ``explain`` says so."""
    rules = ["绿化", "环卫", "供水", "燃气", "照明", "停车"]
    law = "".join(
        f"第{n}条 本市{w}工作由主管部门负责，依法组织实施。" for n, w in enumerate(rules, 1)
    )
    fund = "区财政局按{o}〔{y}〕{n}号文件拨付专项资金{m}万元，{d}前完成，请各单位抓紧实施。"
    notice = "".join(f"{w}项目由区{w}部门申报，经审核后纳入年度计划。" for w in rules)
    a = fund.format(o="溪财", y=2023, n=15, m=1200, d="3月15日")
    b = fund.format(o="临财", y=2024, n=27, m=860, d="9月1日")
    pages = {
        "a.txt": f"溪宁区专项资金公告\n{a}{notice}",
        "b.txt": f"临沣县专项资金公告\n{b}{notice}",
        "c.txt": f"某市市容管理条例\n（2018年10月26日公布）\n{law}",
        "d.txt": f"某市市容管理条例\n（2022年3月1日修订）\n{law.replace('依法', '每年')}",
    }
    src = tmp_path / "in"
    src.mkdir()
    for name, text in pages.items():
        (src / name).write_text(text + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert RUNNER.invoke(app, ["run", str(src), "--out", str(out)]).exit_code == 0
    by = {Path(a["source"]).name: a for a in articles(out)}
    assert all(a["status"] == "kept" for a in by.values())
    assert json.loads(by["b.txt"]["dup_detail"])["refused"] == "template"
    assert by["d.txt"]["dup_kind"] == "version" and by["d.txt"]["version_of"] == by["c.txt"]["id"]
    rules = [json.loads(x)["rule"] for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    assert "dedup.template" in rules and "dedup.version" in rules
    res = RUNNER.invoke(app, ["explain", str(out), by["b.txt"]["id"]])
    assert "same template as" in res.output and "distinctive tokens" in res.output
    res = RUNNER.invoke(app, ["explain", str(out), by["d.txt"]["id"]])
    assert f"a version of {by['c.txt']['id']}" in res.output and "shared passages" in res.output


def test_add_after_success_then_everything_is_a_duplicate(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    assert RUNNER.invoke(app, ["corpus", "init", str(corpus)]).exit_code == 0
    out = tmp_path / "out"
    args = ["run", str(SAMPLES), "--out", str(out), "--corpus", str(corpus), "--add"]
    assert RUNNER.invoke(app, args).exit_code == 0
    kept = [a["id"] for a in articles(out) if a["status"] == "kept"]
    assert len(CorpusStore.open(corpus)) == len(kept) == 15
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["dedup"]["added"]["added"] == 15
    out2 = tmp_path / "out2"
    assert (
        RUNNER.invoke(
            app, ["run", str(SAMPLES), "--out", str(out2), "--corpus", str(corpus)]
        ).exit_code
        == 0
    )
    assert {a["status"] for a in articles(out2)} == {"duplicate"}
    assert {a["dup_of"] for a in articles(out2)} <= set(kept) | {a["id"] for a in articles(out2)}


def test_failed_run_adds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    RUNNER.invoke(app, ["corpus", "init", str(corpus)])
    import cleaner.writers as writers

    def crash(self, summary):  # the disk fills up while the outputs are committed
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writers.RunWriter, "_commit", crash)
    res = RUNNER.invoke(
        app, ["run", str(SAMPLES), "--out", str(tmp_path / "o"), "--corpus", str(corpus), "--add"]
    )
    assert res.exit_code == 3
    assert "No space left on device" in res.output and "Traceback" not in res.output
    assert len(CorpusStore.open(corpus)) == 0


def test_option_errors(tmp_path: Path) -> None:
    res = RUNNER.invoke(app, ["run", str(SAMPLES), "--out", str(tmp_path / "o"), "--add"])
    assert res.exit_code == 2 and "cleaner: error: --add needs --corpus DIR" in res.output
    res = RUNNER.invoke(
        app,
        ["run", str(SAMPLES), "--out", str(tmp_path / "o"), "--corpus", str(tmp_path / "missing")],
    )
    assert res.exit_code == 2 and "missing" in res.output and "Traceback" not in res.output
    out = tmp_path / "o2"
    assert RUNNER.invoke(app, ["run", str(SAMPLES), "--out", str(out), "--no-dedup"]).exit_code == 0
    assert {a["status"] for a in articles(out)} == {"kept"}
