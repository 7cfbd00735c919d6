"""The dedup stage: golden pairs, the Deduper API across batches, options."""

from __future__ import annotations

import pytest

from cleaner.errors import ConfigError
from cleaner.stages.dedup import DedupConfig, Deduper
from tests.conftest import golden_cases

CFG = DedupConfig(workers=1)

NOTICE = (
    "关于做好二〇二四年防汛工作的通知。各乡镇人民政府、区直各部门：入汛以来，全区降雨偏多，"
    "部分河道水位持续上涨，防汛形势严峻。为切实做好今年防汛工作，确保人民群众生命财产安全，"
    "现就有关事项通知如下：一是压实责任，各级防汛责任人要在岗在位；二是加强巡查，对水库、"
    "堤防、山塘等重点部位实行二十四小时值守；三是做好物资储备，确保关键时刻拿得出、用得上。"
)
OTHER = (
    "图书馆将于下月起延长周末开放时间，周六和周日的闭馆时间由下午五点推迟到晚上八点。"
    "自习室座位实行网上预约，每人每天最多预约四小时，预约后十五分钟内未签到的座位将自动释放。"
    "馆内禁止饮食和大声喧哗，请读者自觉遵守秩序，共同营造安静整洁的学习环境。"
)


def arts(*texts: str, prefix: str = "a") -> list[dict]:
    return [{"id": f"{prefix}{i}", "text": t, "status": "kept"} for i, t in enumerate(texts)]


@pytest.mark.parametrize("case", golden_cases("dedup/pairs.jsonl"))
def test_golden_pairs(case: dict) -> None:
    with Deduper(CFG) as dd:
        first, second = dd.process(arts(case["a"], case["b"]))
    assert first["status"] == "kept"
    if case["expect"] == "dup":
        assert second["status"] == "duplicate", second
        assert second["dup_of"] == "a0"
        assert second["cluster"] == "a0"
        assert 0 < second["dup_score"] <= 100
    else:
        assert second["status"] == "kept", second
        assert second["dup_of"] is None and second["cluster"] == "a1"


def test_record_fields_and_kinds() -> None:
    with Deduper(CFG) as dd:
        recs = dd.process(arts(NOTICE, NOTICE.replace("，", ","), OTHER, NOTICE[:-30] + "。"))
    assert [r["status"] for r in recs] == ["kept", "duplicate", "kept", "duplicate"]
    assert recs[1]["dup_kind"] == "exact" and recs[1]["dup_score"] == 100.0
    assert recs[3]["dup_kind"] == "near" and 50 <= recs[3]["dup_score"] < 100
    assert set(recs[0]) == {"id", "status", "dup_of", "dup_score", "dup_kind", "cluster"}
    assert dd.counts == {"kept": 2, "duplicate": 2, "dropped": 0}


def test_state_persists_across_batches_and_dropped_are_skipped() -> None:
    with Deduper(CFG) as dd:
        first = dd.process(arts(NOTICE, OTHER))
        batch = arts(OTHER, NOTICE + "（完）", prefix="b")
        batch[0]["status"] = "dropped"
        second = dd.process(batch)
    assert [r["status"] for r in first] == ["kept", "kept"]
    assert second[0] == {
        "id": "b0",
        "status": "dropped",
        "dup_of": None,
        "dup_score": None,
        "dup_kind": None,
        "cluster": None,
    }
    assert second[1]["status"] == "duplicate" and second[1]["dup_of"] == "a0"
    assert [k["id"] for k in dd.kept_for_corpus()] == ["a0", "a1"]


def test_transitive_chain_gets_the_cluster_of_the_original() -> None:
    step1 = NOTICE + OTHER[:20]
    step2 = step1.replace("防汛", "防汛抗旱")
    with Deduper(CFG) as dd:
        recs = dd.process(arts(NOTICE, step1, step2))
    assert recs[2]["status"] == "duplicate"
    assert recs[2]["cluster"] == "a0"


def test_contained_is_switchable() -> None:
    combined = NOTICE + "\n" + OTHER
    with Deduper(CFG) as dd:
        off = dd.process(arts(combined, NOTICE))
    with Deduper(DedupConfig(contained=True, workers=1)) as dd:
        on = dd.process(arts(combined, NOTICE))
    assert off[1]["status"] == "kept"
    assert on[1]["status"] == "duplicate" and on[1]["dup_kind"] == "contained"
    assert on[1]["dup_score"] >= 90


def test_distinct_numbers_keeps_reissued_templates_apart() -> None:
    t1 = (
        "区财政局关于拨付2023年第5批专项资金的通知：拨付金额为1200万元，请于3月15日前完成。" + OTHER
    )
    t2 = (
        t1.replace("2023", "2024")
        .replace("第5批", "第7批")
        .replace("1200", "860")
        .replace("3月15日", "9月1日")
    )
    with Deduper(CFG) as dd:
        default = dd.process(arts(t1, t2))
    with Deduper(DedupConfig(distinct_numbers=True, workers=1)) as dd:
        numbers = dd.process(arts(t1, t2, t1.replace("，", ",")))
    assert default[1]["status"] == "duplicate"
    assert numbers[1]["status"] == "kept"
    assert numbers[2]["status"] == "duplicate" and numbers[2]["dup_of"] == "a0"


def test_parallel_sketching_gives_the_same_answer() -> None:
    texts = [f"{i}号文件。" + NOTICE[i % 50 :] + OTHER[: (i * 7) % 90] for i in range(4100)]
    batch = arts(*texts)
    with Deduper(DedupConfig(workers=1)) as dd:
        one = dd.process(batch)
    with Deduper(DedupConfig(workers=2)) as dd:
        two = dd.process(batch)
    assert one == two
    assert any(r["status"] == "duplicate" for r in one)


@pytest.mark.parametrize(
    "kwargs",
    [{"threshold": 0}, {"threshold": 120}, {"num_perm": 100, "bands": 32}, {"ngram": 0}],
)
def test_bad_config_is_refused(kwargs: dict) -> None:
    with pytest.raises(ConfigError):
        DedupConfig(**kwargs)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        DedupConfig(50)  # type: ignore[misc]
