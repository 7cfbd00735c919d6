"""Site profiles stored with a corpus: a run with ``--corpus --add`` saves what it learned
about each site; a later batch too small to learn from (fewer than ``site_min_pages``
pages) still has that site's repeated chrome removed when it runs with ``--corpus``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.corpus.store import SITE_PROFILES, CorpusStore
from cleaner.runner import run
from cleaner.stages.site_profile import SiteProfiles

TOP = "晨光资讯平台每日更新城乡动态速览"
END = "晨光资讯平台编辑部值班电话热线服务"
BODIES = [
    "本市今年新建社区图书馆十二座，覆盖全部街道，居民步行十五分钟即可借阅。",
    "春季植树活动在城郊林场举行，两千余名志愿者参加，栽下各类树苗一万余株。",
    "区文化馆推出周末公益课堂，开设书法、剪纸和民乐课程，报名人数超过预期。",
    "新建的滨河步道全线贯通，沿线设置休息驿站和健身器材，方便市民锻炼休闲。",
    "老旧小区改造工程进入收尾阶段，加装电梯四十部，更新管网二十余公里。",
    "市农业部门组织专家下乡，指导农户科学施肥和病虫害防治，提高作物产量。",
    "中小学开展交通安全教育周活动，民警走进校园讲解出行安全知识和注意事项。",
    "图书馆延长夜间开放时间至晚上九点，并增设自助借还设备和电子阅览座位。",
    "社区卫生服务中心开展义诊活动，为老年居民免费测量血压并建立健康档案。",
    "城区新增公共充电桩三百个，覆盖主要停车场和商业中心，缓解充电难题。",
    "文化广场举办非遗展示周，传统技艺传承人现场演示竹编、泥塑和刺绣工艺。",
]


def _batch(path: Path, idx: range) -> Path:
    rows = [
        {
            "id": f"p{i}",
            "url": f"https://news.chenguang.example/a{i}.html",
            "text": f"{TOP}\n{BODIES[i % len(BODIES)][:9]}\n{BODIES[i % len(BODIES)]}\n{END}",
        }
        for i in idx
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def _site_repeat(out: Path) -> list[str]:
    changes = [json.loads(x) for x in (out / "changes.jsonl").read_text("utf-8").splitlines()]
    return [c["before"].strip() for c in changes if c["rule"] == "boilerplate.site_repeat"]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus"
    CorpusStore.init(c)
    first = run(
        [_batch(tmp_path / "first.jsonl", range(8))], tmp_path / "o1", corpus=c, add_to_corpus=True
    )
    assert first["dedup"]["site_profiles"] == {"from_corpus": 0, "used": 1, "saved": 1}
    assert set(_site_repeat(tmp_path / "o1")) == {TOP, END}  # learned from 8 pages
    return c


def test_add_stores_the_profiles(corpus: Path) -> None:
    stored = SiteProfiles.from_json((corpus / SITE_PROFILES).read_text("utf-8"))
    prof = stored.get("news.chenguang.example")
    assert prof is not None and prof.pages == 8
    assert prof.lines[TOP] == prof.lines[END] == 8
    assert CorpusStore.open(corpus).stats()["site_profiles"] is True
    assert CorpusStore.open(corpus).verify().ok  # the extra file is not a stray part


def test_a_small_batch_of_a_known_site_uses_them(corpus: Path, tmp_path: Path) -> None:
    small = _batch(tmp_path / "small.jsonl", range(8, 11))  # 3 pages < site_min_pages
    alone = run([small], tmp_path / "alone")
    assert _site_repeat(tmp_path / "alone") == []  # too few pages to learn anything
    assert alone["dedup"].get("site_profiles") is None
    known = run([small], tmp_path / "known", corpus=corpus)
    assert sorted(_site_repeat(tmp_path / "known")) == sorted([TOP, END] * 3)
    assert known["dedup"]["site_profiles"] == {"from_corpus": 1, "used": 1, "saved": None}
    arts = [
        json.loads(x)
        for x in (tmp_path / "known" / "articles.jsonl").read_text("utf-8").split("\n")
        if x
    ]
    assert all(TOP not in a["text"] and END not in a["text"] for a in arts)
    # without --add the stored profiles are not touched
    stored = SiteProfiles.from_json((corpus / SITE_PROFILES).read_text("utf-8"))
    assert stored.get("news.chenguang.example").pages == 8


def test_standard_input_uses_them_too(corpus: Path, tmp_path: Path) -> None:
    data = _batch(tmp_path / "one.jsonl", range(20, 21)).read_text("utf-8")
    res = CliRunner().invoke(
        app,
        ["run", "-", "--out", str(tmp_path / "o"), "--corpus", str(corpus), "-q"],
        input=data,
    )
    assert res.exit_code == 0, res.output
    assert sorted(_site_repeat(tmp_path / "o")) == sorted([TOP, END])


def test_adding_again_accumulates(corpus: Path, tmp_path: Path) -> None:
    again = run(
        [_batch(tmp_path / "more.jsonl", range(8, 11))],
        tmp_path / "o2",
        corpus=corpus,
        add_to_corpus=True,
    )
    assert again["dedup"]["site_profiles"]["saved"] == 1
    stored = SiteProfiles.from_json((corpus / SITE_PROFILES).read_text("utf-8"))
    assert stored.get("news.chenguang.example").pages == 11


def test_unreadable_profiles_are_a_one_line_error(corpus: Path, tmp_path: Path) -> None:
    (corpus / SITE_PROFILES).write_text("{not json", "utf-8")
    small = _batch(tmp_path / "small.jsonl", range(3))
    res = CliRunner().invoke(
        app, ["run", str(small), "--out", str(tmp_path / "o"), "--corpus", str(corpus)]
    )
    assert res.exit_code != 0
    assert "stored site profiles unreadable" in res.output and str(corpus) in res.output
    assert "Traceback" not in res.output
