"""Differential: short texts (cleaner.dedup.short) are decided alike on both engines.

Two short texts a variant character or two apart are near duplicates by their edit
distance, though their shingle Jaccard is far under the threshold; look-alikes (another
issue of a bulletin, another fill of a notice, other names in one template, another poem
sharing a line) stay apart.  Checked within one run and against a corpus that each engine
built with ``--add``.  Invented wording; shares the local Ray of ``tests/conftest_ray.py``,
skipped when Ray is not installed.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

ray = pytest.importorskip("ray")

from cleaner.corpus.job import dedup_file  # noqa: E402
from cleaner.corpus.store import CorpusStore  # noqa: E402
from cleaner.engines.ray_engine import dedup_file_ray  # noqa: E402
from cleaner.stages.dedup import DedupConfig  # noqa: E402
from tests.conftest_ray import ray_session_fixture  # noqa: E402, F401 - the shared fixture
from tests.test_dedup_short import (  # noqa: E402
    BULLETIN,
    LONG_POEM,
    LONG_POEM_VARIANT,
    NEXT_ISSUE,
    POEM,
    POEM_SHARED_LINE,
    POEM_VARIANT,
)
from tests.test_ray_dedup import _compare  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore")  # Ray's own deprecation warnings

# (first, second, whether the second is a near duplicate of the first by its edits)
PAIRS = {
    "poem": (POEM, POEM_VARIANT, True),
    "long": (LONG_POEM, LONG_POEM_VARIANT, True),
    "water": (
        "明早八点停水，请住户提前储水，恢复时间另行通知。",
        "明早八点停水，请居户提前储水，恢复时刻另行通知。",
        True,
    ),
    "verse": (
        "春风拂柳岸，细雨润花田。\n远客登楼望，孤帆落日边。",
        "春风拂柳岸，细雨潤花田。\n远客登樓望，孤帆落日边。",
        True,
    ),
    # look-alikes: the same template with other numbers, names, places; a shared line
    "issue": (BULLETIN, NEXT_ISSUE, False),
    "fill": (
        "通知\n請王小明同學於週三下午\n到三樓會議室領取獎狀。\n教務處",
        "通知\n請陳大華同學於週五上午\n到一樓辦公室領取證書。\n教務處",
        False,
    ),
    "names": (
        "请王立新老师于周二下午到东楼会议室参加评审。",
        "请赵海燕老师于周四上午到西楼会议室参加评审。",
        False,
    ),
    "shared": (POEM, POEM_SHARED_LINE, False),
}


def _write(path: Path, rows: list[tuple[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for id_, text in rows:
            fh.write(json.dumps({"id": id_, "text": text}, ensure_ascii=False) + "\n")
    return path


def _firsts() -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for name, (a, _, _) in PAIRS.items():
        if a not in seen:  # one poem opens two pairs
            seen.add(a)
            out.append((f"{name}-1", a))
    return out


def _seconds() -> list[tuple[str, str]]:
    return [(f"{name}-2", b) for name, (_, b, _) in PAIRS.items()]


def _first_of(name: str) -> str:
    a = PAIRS[name][0]
    return next(i for i, t in _firsts() if t == a)


def _check_decisions(b: pl.DataFrame, *, near: bool) -> None:
    """Each second text decided as :data:`PAIRS` says (``near``: edits are on)."""
    by_id = {r["id"]: r for r in b.iter_rows(named=True)}
    for name, (_, _, is_near) in PAIRS.items():
        r = by_id[f"{name}-2"]
        if is_near and near:
            assert r["status"] == "duplicate", name
            assert (r["dup_of"], r["dup_kind"]) == (_first_of(name), "near"), name
            detail = json.loads(r["dup_detail"])
            assert detail["jaccard"] < 0.5 and detail["short_edits"] >= 1, name
        else:
            assert r["status"] == "kept", name


@pytest.mark.parametrize("short_edits", [10.0, 0.0])
def test_ray_short_texts_equal_local(ray_session, tmp_path: Path, short_edits: float) -> None:
    src = _write(tmp_path / "short.jsonl", _firsts() + _seconds())
    b = _compare(src, tmp_path, DedupConfig(short_edits=short_edits))
    _check_decisions(b, near=short_edits > 0)


def test_ray_short_texts_keep_longest_equal_local(ray_session, tmp_path: Path) -> None:
    """The keep policy re-roots clusters found by edits alike on both engines."""
    # each variant one character longer at its end: the longer one is kept
    rows = _firsts() + [(i, t + "。") for i, t in _seconds()]
    src = _write(tmp_path / "short.jsonl", rows)
    b = _compare(src, tmp_path, DedupConfig(keep="longest"))
    moved = b.filter(pl.col("dup_detail").str.contains('"short_edits"'))
    assert moved.height >= 2
    assert set(moved["dup_of"].to_list()) <= {f"{n}-2" for n in PAIRS}  # re-rooted


def test_ray_short_texts_against_a_corpus_equal_local(ray_session, tmp_path: Path) -> None:
    first = _write(tmp_path / "first.jsonl", _firsts())
    second = _write(tmp_path / "second.jsonl", _seconds())
    for name in ("by_ray", "by_local"):
        CorpusStore.init(tmp_path / name)
    built = dedup_file_ray(first, tmp_path / "build_ray", corpus=tmp_path / "by_ray", add=True)
    dedup_file(first, tmp_path / "build_local", corpus=tmp_path / "by_local", add=True)
    assert built["added_to_corpus"] == len(_firsts())
    local = dedup_file(second, tmp_path / "local", corpus=tmp_path / "by_local", fmt="parquet")
    remote = dedup_file_ray(second, tmp_path / "ray", corpus=tmp_path / "by_ray")
    assert local["articles_by_status"] == remote["articles_by_status"]
    a = pl.read_parquet(tmp_path / "local" / "articles.parquet").sort("id")
    b = pl.read_parquet(tmp_path / "ray" / "articles.parquet").sort("id")
    assert a.equals(b, null_equal=True)
    _check_decisions(b, near=True)  # every near duplicate is of a corpus document


def test_ray_run_decides_short_texts_as_local(ray_session, tmp_path: Path) -> None:
    """``cleaner run --engine ray``: the same articles and decisions as the local run."""
    from dataclasses import replace

    from cleaner.config import OutputConfig, PipelineConfig
    from cleaner.engines.ray_run import run_ray
    from cleaner.runner import run
    from tests.conftest_ray import assert_same_table

    src = _write(tmp_path / "short.jsonl", _firsts() + _seconds())
    cfg = replace(PipelineConfig(), output=OutputConfig(format="parquet"))
    local = run([src], tmp_path / "local", config=cfg)
    remote = run_ray([src], tmp_path / "ray", config=cfg)
    for k in set(local) - {"seconds"}:
        assert remote[k] == local[k], k
    assert_same_table(tmp_path / "local", tmp_path / "ray", "articles")
    b = pl.read_parquet(tmp_path / "ray" / "articles.parquet")
    by_edits = b.filter(pl.col("dup_detail").str.contains('"short_edits"'))
    assert by_edits.height >= 2  # the comparison means something: edits decided some
