"""Replacing a corpus document (issue 14 item 3): explicit (``--replace``), recorded (the
article's ``replaces``, a ``dedup.replaces`` ledger row, ``summary.json``, the corpus's
``superseded`` list), never silent; and corpus schema versions 2-3 next to version 1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.corpus import CorpusStore
from cleaner.errors import ConfigError
from cleaner.stages.dedup import DedupConfig, Deduper

BASE = (
    "第一条 为了规范城市社区居民服务保障工作，根据有关法律法规，结合本市实际，制定本办法。"
    "第二条 本办法适用于本市行政区域内的社区服务设施建设、管理和监督检查工作。"
    "第三条 市民政部门负责组织实施本办法，区民政部门负责本辖区内的具体工作。"
    "第四条 各单位应当建立完善年度计划，落实项目资金，按照标准程序公开相关信息。"
)
REVISED = BASE + "第五条 本办法自公布之日起施行，原有规定与本办法不一致的，以本办法为准。"
V1 = Path(__file__).parent / "corpus" / "v1_corpus"  # written by the cleaner of schema 1


def _page(folder: Path, name: str, date: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f'<html><head><title>社区服务办法</title><meta property="article:published_time" '
        f'content="{date}"></head><body><h1>社区服务办法</h1><p>{text}</p></body></html>',
        "utf-8",
    )
    return folder


def _cli(*args: str) -> str:
    res = CliRunner().invoke(app, [*args, "-q"] if args[0] == "run" else list(args))
    assert res.exit_code == 0, res.output
    return res.output


def _articles(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "articles.jsonl").read_text("utf-8").splitlines()]


def _manifest(corpus: Path) -> dict:
    return json.loads((corpus / "manifest.json").read_text("utf-8"))


@pytest.fixture()
def corpus_2018(tmp_path: Path) -> tuple[Path, str]:
    """A corpus holding the 2018 version (added with ``corpus add``, its date stored)."""
    c = tmp_path / "c"
    _cli("corpus", "init", str(c))
    _cli("run", str(_page(tmp_path / "p2018", "law.html", "2018-05-01", BASE)), "-o",
         str(tmp_path / "o2018"))  # fmt: skip
    _cli("corpus", "add", str(c), str(tmp_path / "o2018"))
    [old] = _articles(tmp_path / "o2018")
    return c, old["id"]


def test_replace_supersedes_and_a_later_run_meets_the_successor(
    tmp_path: Path, corpus_2018: tuple[Path, str]
) -> None:
    c, old = corpus_2018
    new_pages = _page(tmp_path / "p2022", "law2022.html", "2022-03-29", REVISED)
    out = tmp_path / "o2022"
    _cli("run", str(new_pages), "-o", str(out), "--corpus", str(c), "--add", "--keep", "newest",
         "--replace")  # fmt: skip
    [new] = _articles(out)
    assert new["status"] == "kept" and new["replaces"] == old and new["dup_of"] is None
    assert json.loads(new["dup_detail"])["replaces"] == old
    ledger = [json.loads(x) for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    assert [(r["rule"], r["ref"]) for r in ledger if r["stage"] == "dedup"] == [
        ("dedup.replaces", old)
    ]
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert summary["dedup"]["replaced"] == 1 and summary["dedup"]["added"]["replaced"] == 1
    mf = _manifest(c)
    assert mf["schema_version"] == 3 and mf["docs"] == 2
    assert [(e["row"], e["id"], e["by"]) for e in mf["superseded"]] == [(0, old, new["id"])]
    store = CorpusStore.open(c)
    assert store.fetch([0, 1])["text"].to_list()[0].endswith(BASE[-20:])  # kept, not deleted
    assert store.fetch([0, 1])["published"].to_list() == ["2018-05-01", "2022-03-29"]
    assert "OK, 2 documents" in _cli("corpus", "verify", str(c))
    # a later run: the revision again and the 2018 text again both meet the successor
    again = _page(tmp_path / "again", "copy2022.html", "2022-03-29", REVISED)
    _page(again, "copy2018.html", "2018-05-01", BASE)
    _cli("run", str(again), "-o", str(tmp_path / "o3"), "--corpus", str(c))
    arts = _articles(tmp_path / "o3")
    assert [a["status"] for a in arts] == ["duplicate", "duplicate"]
    assert {a["dup_of"] for a in arts} == {new["id"]}
    assert {a["cluster"] for a in arts} == {new["id"]}


def test_without_replace_nothing_is_replaced(tmp_path: Path, corpus_2018: tuple[Path, str]) -> None:
    c, old = corpus_2018
    new_pages = _page(tmp_path / "p2022", "law2022.html", "2022-03-29", REVISED)
    out = tmp_path / "o2022"
    _cli("run", str(new_pages), "-o", str(out), "--corpus", str(c), "--add", "--keep", "newest")
    [new] = _articles(out)
    assert new["status"] == "duplicate" and new["dup_of"] == old and "replaces" not in new
    summary = json.loads((out / "summary.json").read_text("utf-8"))
    assert "replaced" not in summary["dedup"] and "replaced" not in summary["dedup"]["added"]
    assert _manifest(c)["superseded"] == [] and _manifest(c)["docs"] == 1


def test_older_or_shorter_articles_do_not_replace(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    store.add(["c1"], [REVISED], published=["2022-03-29"])
    art = [{"id": "b", "text": BASE, "status": "kept", "meta": {"published": "2018-05-01"}}]
    for keep in ("newest", "longest"):
        with Deduper(DedupConfig(workers=1, keep=keep, replace_corpus=True), corpus=store) as dd:
            [rec] = dd.process(art)
            assert rec["status"] == "duplicate" and rec["dup_of"] == "c1" and not dd.replacements
    # an undated article never beats a dated corpus document; the dated one beats it
    undated = [{"id": "u", "text": REVISED + "（转载）", "status": "kept"}]
    with Deduper(DedupConfig(workers=1, keep="newest", replace_corpus=True), corpus=store) as dd:
        assert dd.process(undated)[0]["dup_of"] == "c1" and not dd.replacements


def test_replace_needs_a_policy_and_add_and_the_local_engine(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs keep = 'longest' or 'newest'"):
        DedupConfig(replace_corpus=True)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": BASE}, ensure_ascii=False) + "\n", "utf-8")
    res = CliRunner().invoke(app, ["dedup", str(src), "-o", str(tmp_path / "o"), "--keep",
                                   "newest", "--replace"])  # fmt: skip
    assert res.exit_code == 2 and "--replace needs --add" in res.output
    from cleaner.engines.ray_dedup import check_supported

    with pytest.raises(ConfigError, match="local engine only"):
        check_supported(DedupConfig(keep="longest", replace_corpus=True))


def test_a_schema_1_corpus_is_read_and_upgraded_on_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = tmp_path / "v1"
    shutil.copytree(V1, c)
    assert _manifest(c)["schema_version"] == 1
    store = CorpusStore.open(c)
    assert store.fetch([0])["published"].to_list() == [None]  # no dates in version 1
    longer = [{"id": "n", "text": REVISED, "status": "kept", "meta": {"published": "2022-03-29"}}]
    with Deduper(DedupConfig(workers=1), corpus=store) as dd:  # read as it is
        [rec] = dd.process(longer)
        assert rec["status"] == "duplicate" and rec["dup_of"] == "v1-law"
    assert _manifest(c)["schema_version"] == 1  # reading changes nothing
    cfg = DedupConfig(workers=1, keep="newest", replace_corpus=True)
    with Deduper(cfg, corpus=CorpusStore.open(c)) as dd:  # dated beats undated
        [rec] = dd.process(longer)
        assert rec["status"] == "kept" and rec["replaces"] == "v1-law"
        assert dd.add_to_corpus() == {"added": 1, "skipped": 0, "docs": 3, "replaced": 1}
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "upgraded from schema version 1 to 3" in err
    mf = _manifest(c)
    assert mf["schema_version"] == 3 and [e["id"] for e in mf["superseded"]] == ["v1-law"]
    report = CorpusStore.open(c).verify()
    assert report.ok, report.problems


def test_verify_flags_a_bad_supersession(tmp_path: Path) -> None:
    store = CorpusStore.init(tmp_path / "c")
    store.add(["a", "b"], [BASE, REVISED])
    mf = _manifest(store.path)
    mf["superseded"] = [{"row": 0, "id": "b", "by": "zz", "at": ""}]
    (store.path / "manifest.json").write_text(json.dumps(mf), "utf-8")
    problems = CorpusStore.open(store.path).verify().problems
    assert "superseded: row 0 is not document 'b'" in problems
    assert "superseded: 'b' superseded by 'zz', not in the corpus" in problems


def test_a_future_schema_is_refused(tmp_path: Path) -> None:
    c = tmp_path / "v1"
    shutil.copytree(V1, c)
    mf = _manifest(c)
    mf["schema_version"] = 4
    (c / "manifest.json").write_text(json.dumps(mf), "utf-8")
    from cleaner.corpus.errors import CorpusError

    with pytest.raises(CorpusError, match="reads versions 1, 2, 3"):
        CorpusStore.open(c)
