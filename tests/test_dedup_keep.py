"""Keep policy (issue 14): which member of a cluster is kept, in a batch and against
documents already written or in the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.corpus import CorpusStore
from cleaner.dedup.keep import article_date, reroot
from cleaner.errors import ConfigError
from cleaner.stages.dedup import DedupConfig, Deduper

BASE = (
    "第一条 为了规范城市社区居民服务保障工作，根据有关法律法规，结合本市实际，制定本办法。"
    "第二条 本办法适用于本市行政区域内的社区服务设施建设、管理和监督检查工作。"
    "第三条 市民政部门负责组织实施本办法，区民政部门负责本辖区内的具体工作。"
    "第四条 各单位应当建立完善年度计划，落实项目资金，按照标准程序公开相关信息。"
)
LONGER = BASE + "第五条 本办法自公布之日起施行，原有规定与本办法不一致的，以本办法为准。"
OTHER = (
    "图书馆将于下月起延长周末开放时间，周六和周日的闭馆时间由下午五点推迟到晚上八点。"
    "自习室座位实行网上预约，每人每天最多预约四小时，预约后十五分钟内未签到的座位将自动释放。"
)


def _arts(*rows: tuple[str, str, str | None], prefix: str = "") -> list[dict]:
    return [
        {"id": prefix + i, "text": t, "status": "kept", "meta": {"published": d} if d else {}}
        for i, t, d in rows
    ]


def _decide(keep: str, *batches: list[dict], corpus: CorpusStore | None = None) -> dict:
    with Deduper(DedupConfig(workers=1, keep=keep), corpus=corpus) as dd:
        out = {r["id"]: r for b in batches for r in dd.process(b)}
        out["_kept"] = [k["id"] for k in dd.kept_for_corpus()]
        out["_counts"] = dict(dd.counts)
    return out


def test_first_is_the_default_and_unchanged() -> None:
    batch = _arts(("a", BASE, "2019-01-01"), ("b", LONGER, "2022-01-01"), ("c", OTHER, None))
    first = _decide("first", batch)
    assert first["b"]["dup_of"] == "a" and first["a"]["status"] == "kept"
    assert _decide("corpus", batch) == first
    with Deduper(DedupConfig(workers=1)) as dd:
        assert dd.config.keep == "first"


def test_longest_and_newest_choose_the_kept_member_in_a_batch() -> None:
    batch = _arts(
        ("a", BASE, "2019-01-01"), ("b", LONGER, "2018-01-01"), ("c", BASE, "2022-03-04"),
        ("d", OTHER, None),
    )  # fmt: skip
    longest = _decide("longest", batch)
    assert longest["b"]["status"] == "kept" and longest["b"]["cluster"] == "b"
    assert longest["a"]["dup_of"] == "b" and longest["a"]["dup_kind"] == "near"
    assert json.loads(longest["a"]["dup_detail"])["keep"] == "longest"
    assert longest["c"]["status"] == "duplicate" and longest["c"]["cluster"] == "b"
    assert longest["_kept"] == ["b", "d"]
    assert longest["_counts"]["kept"] == 2 and longest["_counts"]["duplicate"] == 2
    newest = _decide("newest", batch)
    assert newest["c"]["status"] == "kept"
    assert {newest[i]["cluster"] for i in "abc"} == {"c"}
    assert newest["a"]["dup_of"] == "c" and newest["a"]["dup_kind"] == "exact"
    assert newest["b"]["status"] == "duplicate"


def test_ties_go_to_the_first_and_undated_never_beats_dated() -> None:
    same = _decide("longest", _arts(("a", BASE, None), ("b", BASE, None)))
    assert same["a"]["status"] == "kept" and same["b"]["dup_of"] == "a"
    undated = _decide("newest", _arts(("a", BASE, "2001-01-01"), ("b", LONGER, None)))
    assert undated["a"]["status"] == "kept"


def test_earlier_batches_and_the_corpus_are_never_replaced(tmp_path: Path) -> None:
    got = _decide("longest", _arts(("a", BASE, None)), _arts(("b", LONGER, None)))
    assert got["a"]["status"] == "kept" and got["b"]["dup_of"] == "a"
    store = CorpusStore.init(tmp_path / "corpus")
    store.add(["c1"], [BASE], ["c1"])
    got = _decide("longest", _arts(("b", LONGER, None)), corpus=store)
    assert got["b"]["status"] == "duplicate" and got["b"]["dup_of"] == "c1"


def test_a_later_batch_joins_the_new_kept_member() -> None:
    first = _arts(("a", BASE, None), ("b", LONGER, None))
    later = _arts(("c", LONGER + "（转载）", None))
    got = _decide("longest", first, later)
    assert got["b"]["status"] == "kept"
    assert got["c"]["status"] == "duplicate" and got["c"]["cluster"] == "b"


def test_reroot_reverses_a_chain_and_leaves_contained_pieces() -> None:
    recs = [
        {"id": "a", "status": "kept", "cluster": "a", "version_of": "v0"},
        {"id": "b", "status": "duplicate", "dup_of": "a", "dup_kind": "near",
         "dup_score": 70.0, "cluster": "a", "dup_detail": '{"jaccard":0.7}'},
        {"id": "c", "status": "duplicate", "dup_of": "b", "dup_kind": "near",
         "dup_score": 90.0, "cluster": "a", "dup_detail": '{"jaccard":0.9}'},
        {"id": "p", "status": "duplicate", "dup_of": "a", "dup_kind": "contained",
         "dup_score": 100.0, "cluster": "a", "dup_detail": "{}"},
    ]  # fmt: skip
    changed = reroot(recs, [10, 11, 12, 99], [None] * 4, "longest")
    by = {r["id"]: r for r in recs}
    assert changed == [0, 1, 2, 3]
    assert by["c"]["status"] == "kept" and by["c"]["best_score"] == 90.0
    assert (by["b"]["dup_of"], by["b"]["dup_score"]) == ("c", 90.0)
    assert (by["a"]["dup_of"], by["a"]["dup_score"]) == ("b", 70.0)
    assert json.loads(by["a"]["dup_detail"])["links"] == {"version_of": "v0"}
    assert by["a"]["version_of"] is None
    # the contained piece (the longest text) cannot be the kept one; it follows the cluster
    assert by["p"]["dup_of"] == "a" and by["p"]["status"] == "duplicate"
    assert {r["cluster"] for r in recs} == {"c"}


def test_dates_and_bad_policy() -> None:
    assert article_date({"meta": {"published": "2024-06-28T10:00"}}) == "2024-06-28"
    assert article_date({"published": "28.06.2024", "date": "2024-06-27"}) == "2024-06-27"
    with pytest.raises(ConfigError, match="keep must be one of"):
        DedupConfig(keep="oldest")


def test_keep_on_the_command_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": BASE}, {"id": "b", "text": LONGER}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["dedup", str(src), "-o", str(tmp_path / "o"), "--keep", "longest",
                              "--workers", "1", "-q"])  # fmt: skip
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in (tmp_path / "o" / "articles.jsonl").read_text().splitlines()]
    assert [r["status"] for r in out] == ["duplicate", "kept"]
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(BASE, "utf-8")
    (pages / "b.txt").write_text(LONGER, "utf-8")
    res = runner.invoke(app, ["run", str(pages), "-o", str(tmp_path / "r"), "--keep", "longest",
                              "-q"])  # fmt: skip
    assert res.exit_code == 0, res.output
    arts = [json.loads(x) for x in (tmp_path / "r" / "articles.jsonl").read_text().splitlines()]
    kept = [a for a in arts if a["status"] == "kept"]
    assert len(kept) == 1 and kept[0]["text"].startswith(LONGER[:20])
    assert LONGER.endswith(kept[0]["text"][-20:])
    res = runner.invoke(app, ["run", str(pages), "-o", str(tmp_path / "x"), "--keep", "oldest"])
    assert res.exit_code == 2 and "keep must be one of" in res.output
