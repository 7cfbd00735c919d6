"""The dedup stage: golden pairs, the Deduper API across batches, options."""

from __future__ import annotations

import json
import random

import pytest

from cleaner.errors import ConfigError
from cleaner.stages.dedup import DECISION_FIELDS, DedupConfig, Deduper
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
    assert set(recs[0]) == {"id", *DECISION_FIELDS}
    # a kept article has no dup_score: its best candidate's Jaccard is best_score
    assert recs[0]["dup_score"] is None and recs[0]["best_score"] is None
    assert recs[3]["best_score"] is None and json.loads(recs[3]["dup_detail"])["jaccard"] >= 0.5
    assert dd.counts == {"kept": 2, "duplicate": 2, "dropped": 0}


def test_state_persists_across_batches_and_dropped_are_skipped() -> None:
    with Deduper(CFG) as dd:
        first = dd.process(arts(NOTICE, OTHER))
        batch = arts(OTHER, NOTICE + "（完）", prefix="b")
        batch[0]["status"] = "dropped"
        second = dd.process(batch)
    assert [r["status"] for r in first] == ["kept", "kept"]
    assert second[0] == {"id": "b0", **dict.fromkeys(DECISION_FIELDS), "status": "dropped"}
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


def test_template_fills_are_kept_apart_by_default() -> None:
    """Issue 14: same template, other numbers/dates in the same places: not duplicates."""
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
        recs = dd.process(arts(t1, t2, t1.replace("，", ","), "来源：某网 2022-01-02\n" + t1))
    assert recs[1]["status"] == "kept" and recs[1]["dup_of"] is None
    detail = json.loads(recs[1]["dup_detail"])  # the measures that refused it
    assert detail["refused"] == "template" and detail["of"] == "a0"
    assert detail["tokens"] < 0.5 <= detail["jaccard"]
    assert recs[2]["status"] == "duplicate" and recs[2]["dup_of"] == "a0"
    # chrome with a date the other lacks is not a distinctive token in a shared place
    assert recs[3]["status"] == "duplicate" and recs[3]["dup_of"] in ("a0", "a2")
    with Deduper(DedupConfig(templates=False, workers=1)) as dd:
        assert dd.process(arts(t1, t2))[1]["status"] == "duplicate"
    with pytest.raises(ConfigError, match="distinct_numbers was replaced"):
        DedupConfig(distinct_numbers=True)


def prose(seed: int, sentences: int = 30) -> list[str]:
    """Sentences of made-up text (our own, from a small vocabulary)."""
    rng = random.Random(seed)
    words = (
        "管理 制度 单位 应当 依法 规定 部门 负责 组织 实施 监督 检查 工作 建立 完善 落实".split()
    )
    return ["".join(rng.choice(words) for _ in range(rng.randint(8, 14))) for _ in range(sentences)]


LAW = "某某管理条例\n" + "".join(f"第{n}条 {s}。" for n, s in enumerate(prose(1), 1))


def test_a_revision_is_a_version_and_both_are_kept() -> None:
    head, body = LAW.split("\n", 1)
    old = f"{head}\n（2018年10月26日公布）\n{body}"
    parts = old.split("。")
    fresh = prose(2)
    for k in range(1, len(parts) - 2, 4):  # a quarter of the articles rewritten
        parts[k] = parts[k][:5] + fresh[k]
    new = "。".join(parts).replace("2018年10月26日公布", "2022年3月1日修订")
    with Deduper(CFG) as dd:
        recs = dd.process(arts(old, new))
    assert recs[1]["status"] == "kept" and recs[1]["dup_kind"] == "version"
    assert recs[1]["version_of"] == "a0" and recs[1]["dup_of"] is None
    assert json.loads(recs[1]["dup_detail"])["jaccard"] >= 0.3
    with Deduper(DedupConfig(versions="duplicate", workers=1)) as dd:
        recs = dd.process(arts(old, new))
    assert recs[1]["status"] == "duplicate" and recs[1]["dup_kind"] == "version"


def test_containment_prefix_excerpt_and_compilation() -> None:
    cfg = DedupConfig(contained=True, workers=1)
    prefix = LAW[: int(len(LAW) * 0.55)]
    one, two = "".join(prose(3)), "".join(prose(4))
    with Deduper(cfg) as dd:
        recs = dd.process(arts(LAW, prefix, one, two, one + "\n" + two))
    assert recs[1]["dup_kind"] == "contained" and recs[1]["dup_of"] == "a0"
    assert json.loads(recs[1]["dup_detail"])["inside"] == 1.0
    comp = recs[4]  # a compilation: kept, linked to both sources, not near either
    assert comp["status"] == "kept" and comp["dup_kind"] is None
    linked = dict(json.loads(comp["contains"]))
    assert set(linked) == {"a2", "a3"} and all(20 < s < 80 for s in linked.values())


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


def test_a_shrunken_revision_is_a_version_not_contained() -> None:
    """Issue 14: a revision that deleted articles throughout lies inside the older text,
    but as many passages under the same title: a version, not a contained excerpt."""
    cfg = DedupConfig(contained=True, workers=1)
    head, body = LAW.split("\n", 1)
    arts_ = body.split("。")
    shrunk = head + "\n" + "。".join(a for k, a in enumerate(arts_) if k % 4 != 2)
    # a revision that cut its long tail and changed its date: one passage, still a version
    old = f"{head}\n（2018年10月26日公布）\n{body}"
    cut = f"{head}\n（2022年3月1日修订）\n" + body[: len(body) * 6 // 10]
    # a revision dated in the same year that added articles: the old one lies inside it as
    # one passage, but its date line changed under the same title
    grown = f"{head}\n（2018年3月1日修订）\n{body}" + "。".join(prose(5, 6)) + "。"
    recs = []
    for pair in ((LAW, shrunk), (old, cut), (old, grown)):
        with Deduper(cfg) as dd:
            recs.append(dd.process(arts(*pair))[1])
    for r in recs:
        assert r["status"] == "kept" and r["dup_kind"] == "version", r
        assert r["version_of"] == "a0" and r["dup_of"] is None
    detail = json.loads(recs[0]["dup_detail"])
    assert detail["inside"] == 1.0 and detail["passages"] >= 2
    assert json.loads(recs[2]["dup_detail"])["edits"] == 1


def test_an_excerpt_stays_contained_when_the_source_repeats_it() -> None:
    """A true excerpt (no title line) is one passage, even where the source repeats part
    of it elsewhere; two excerpts joined are a few passages: still contained."""
    cfg = DedupConfig(contained=True, workers=1)
    body = LAW.split("\n", 1)[1]
    source = LAW + body[100:160]  # the source repeats a stretch of its own text
    excerpt = body[80:420]
    two = body[60:260] + body[500:700]
    with Deduper(cfg) as dd:
        recs = dd.process(arts(source, excerpt, two))
    for r in recs[1:]:
        assert r["status"] == "duplicate" and r["dup_kind"] == "contained", r
        assert r["dup_of"] == "a0"
    assert "passages" not in json.loads(recs[1]["dup_detail"])
    assert json.loads(recs[2]["dup_detail"])["passages"] == 2


def test_an_excerpt_of_a_numbered_text_is_contained_a_refill_of_it_is_not() -> None:
    """Issue 14: the holder's numbered slots (第1号 … 第40号) hold numbers an excerpt lacks;
    that is no template fill.  Only the inside text's own tokens decide: the same
    excerpt with other numbers in its slots is another fill."""
    items = prose(5, 40)
    entry = "第{n}号 {s}，面值{v}分，发行量{q}枚。"
    body = "".join(entry.format(n=n, s=s, v=10 * n, q=1000 * n + 7) for n, s in enumerate(items, 1))
    cut = slice(len(body) * 3 // 10, len(body) * 7 // 10)
    excerpt = body[cut]
    refill = "".join(
        entry.format(n=n + 200, s=s, v=10 * n + 3, q=1000 * n + 91) for n, s in enumerate(items, 1)
    )[cut]
    with Deduper(DedupConfig(contained=True, workers=1)) as dd:
        recs = dd.process(arts("某邮票目录\n" + body, excerpt, refill))
    assert recs[1]["status"] == "duplicate" and recs[1]["dup_kind"] == "contained", recs[1]
    assert recs[1]["dup_of"] == "a0"
    detail = json.loads(recs[1]["dup_detail"])
    assert detail["tokens_differ"] > 16 and detail["tokens_new_only"] == 0
    assert recs[2]["status"] == "kept" and recs[2]["dup_kind"] is None, recs[2]
    assert json.loads(recs[2]["dup_detail"])["refused"] == "template"
