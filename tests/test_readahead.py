"""One reading pass (issue 15): site profiles learned while reading, pages kept decoded.

The pass must learn exactly what the former pre-pass (``build_profiles``) learned, hand
every item back once and in order, and give the same outputs whether the pages stayed in
memory or were spilled to disk.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import cleaner.readahead as readahead
from cleaner.ingest.charset import DecodeError
from cleaner.ingest.readers import Quarantined
from cleaner.model import RawInput
from cleaner.pipeline import DecodedInput, decode_input
from cleaner.readahead import Spool, read_once
from cleaner.runner import run
from cleaner.stages import profile_counter
from cleaner.stages.profile_counter import EAGER, build_profiles, decode_raw
from cleaner.stages.site_counts import SiteProfile
from cleaner.stages.site_profile import SiteProfiles, site_key, templated
from cleaner.stages.site_templates import RECOUNT_SHARE
from tests.conftest import SAMPLES
from tests.stages.test_site_templates import _count_twice, _mixed_raws

#: Seven short notices of one invented city site (also read by tests/test_site_settle.py).
NOTICE_BODIES = [
    "本市今年春季植树造林工作已经全面展开，各区县要抓紧落实责任。",
    "关于调整城乡居民基本医疗保险缴费标准的通知已经印发执行。",
    "全市中小学将于九月一日正式开学，请各校做好校园安全检查。",
    "市档案馆新馆建设项目顺利通过竣工验收，预计年底对外开放。",
    "今年全市粮食总产量再创新高，农民人均可支配收入稳步增长。",
    "城区主干道路面改造工程进入收尾阶段，交通管制即将解除。",
    "市图书馆推出夜间阅读服务，每周五延长开放时间至晚上九点。",
]


def _pages() -> list[object]:
    chrome = "扫码关注本站公众号\r\n欢迎访问临沣市档案信息网 | 网站首页 | 联系我们"
    bodies = NOTICE_BODIES
    items: list[object] = [
        RawInput(f"s/{i}.txt", f"第{i}号通知\r\n{body}\r\n{chrome}".encode())
        for i, body in enumerate(bodies)
    ]
    items.insert(2, Quarantined("s/missing.txt", "no such file", code="not_found"))
    items.insert(4, RawInput("s/bin.bin", b"\x00\x01\x02\xff\xfe\x00" * 64))  # binary
    items.append(RawInput("t/a.jsonl:1", b"{}", text="标题\n正文。\n扫码关注本站公众号"))
    return items


def _undecodable(item: object) -> bool:
    try:
        decode_input(item)  # type: ignore[arg-type]
    except DecodeError:
        return True
    return False


@pytest.mark.parametrize("keep_bytes", [0, 300, 10**9])
def test_same_profiles_and_items_in_order_in_memory_or_spilled(keep_bytes: int) -> None:
    items = _pages()
    profiles, kept = read_once(iter(items), keep_bytes=keep_bytes)
    assert profiles.to_json() == build_profiles(items).to_json()
    site = profiles.get("dir:s")
    assert site is not None and site.lines["扫码关注本站公众号"] == 7
    back = list(kept)
    assert len(back) == len(items)
    for got, item in zip(back, items, strict=True):
        if isinstance(got, DecodedInput):
            assert got.raw == item
            assert got.decoded == decode_input(got.raw)
        else:  # quarantined inputs (and undecodable pages) as they were
            assert got == item
            assert isinstance(item, Quarantined) or _undecodable(item)


def test_spool_spills_past_its_budget_and_lets_go() -> None:
    s = Spool(keep_bytes=10)
    for x in (b"12345", b"67890", b"abcdef", b"g"):
        s.add(RawInput("x", x))
    assert len(s.memory) == 2 and s.spilled == 2  # once spilling, everything after spills
    assert [r.data for r in s.drain()] == [b"12345", b"67890", b"abcdef", b"g"]
    assert not s.memory and s.file is None


def test_run_outputs_identical_when_pages_are_spilled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "in" / "site"
    site.mkdir(parents=True)
    for i, item in enumerate(i for i in _pages() if isinstance(i, RawInput)):
        (site / f"{i:02d}.txt").write_bytes(item.data)
    (tmp_path / "in" / "batch.jsonl").write_bytes((SAMPLES / "batch.jsonl").read_bytes())
    inputs = [tmp_path / "in"]
    run(inputs, tmp_path / "memory")
    monkeypatch.setattr(readahead, "KEEP_BYTES", 0)
    run(inputs, tmp_path / "spilled")
    for name in ("articles.jsonl", "pages.jsonl", "changes.jsonl", "quarantine.jsonl"):
        memory = (tmp_path / "memory" / name).read_bytes()
        assert memory == (tmp_path / "spilled" / name).read_bytes()
    summary = json.loads((tmp_path / "spilled" / "summary.json").read_text("utf-8"))
    assert summary["changes_by_rule"]["boilerplate.site_repeat"] >= 7  # profiles were used
    assert summary["quarantined"] == 1  # the binary page, quarantined in its turn


def test_two_worker_processes_write_what_one_writes(tmp_path: Path) -> None:
    site = tmp_path / "in" / "site"
    site.mkdir(parents=True)
    for i, item in enumerate(i for i in _pages() if isinstance(i, RawInput)):
        (site / f"{i:02d}.txt").write_bytes(item.data)
    (tmp_path / "in" / "batch.jsonl").write_bytes((SAMPLES / "batch.jsonl").read_bytes())
    inputs = [tmp_path / "in"]
    one = run(inputs, tmp_path / "one", jobs=1)
    two = run(inputs, tmp_path / "two", jobs=2)
    for name in ("articles.jsonl", "pages.jsonl", "changes.jsonl", "quarantine.jsonl"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert one["changes_by_rule"] == two["changes_by_rule"]
    assert two["changes_by_rule"]["boilerplate.site_repeat"] >= 7


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts :meth:`SiteProfile.add_page` calls (pages counted, copies excepted)."""
    calls = [0]
    add_page = SiteProfile.add_page

    def counting(self: SiteProfile, *args: Any, **kwargs: Any) -> None:
        calls[0] += 1
        add_page(self, *args, **kwargs)

    monkeypatch.setattr(SiteProfile, "add_page", counting)
    return calls


FOLDER_CASES = [
    (["wenku", "news", "portal"], 8, {}),  # splits, 2/3 of the folder leave its key
    (["wenku"], 150, {"news": 6}),  # splits, too few leave: the folder's profile kept
    (["wenku"], 12, {}),  # one template: no split
]


@pytest.mark.parametrize(("names", "per", "extra"), FOLDER_CASES)
@pytest.mark.parametrize("eager", [0, 7, EAGER])
@pytest.mark.parametrize("keep_bytes", [0, 60_000, 10**9])
def test_read_once_counts_a_folder_once_with_the_profiles_of_counting_twice(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    names: list[str],
    per: int,
    extra: dict[str, int],
    eager: int,
    keep_bytes: int,
) -> None:
    """The reading pass defers a folder's pages past its first ``EAGER`` until the
    templates are known and reads them back from its spool (in memory, spilled, or
    both): the profiles (every count, example, the sites' order, the template keys by
    run position) are build_profiles', and those of counting every page as read and a
    split folder again; a page is counted twice only in the folder's first ``EAGER``
    or when it leaves a folder whose profile is kept."""
    monkeypatch.setattr(profile_counter, "EAGER", eager)
    raws = _mixed_raws(tmp_path / "b", names, per, extra)
    twice = _count_twice(raws)
    # a quarantined input and an undecodable page shift the run positions
    items: list[object] = list(raws)
    items.insert(3, Quarantined("b/gone.txt", "no such file", code="not_found"))
    items.insert(9, RawInput("b/bin.bin", b"\x00\x01\x02\xff\xfe\x00" * 64))
    ref = build_profiles(items)
    calls = _counted(monkeypatch)
    got, kept = read_once(iter(items), keep_bytes=keep_bytes)
    once = calls[0]
    assert list(got.sites) == list(ref.sites)
    for site, prof in ref.sites.items():
        assert got.sites[site] == prof, site  # dataclass equality: every field, exactly
    assert got.to_json() == ref.to_json() == twice.to_json()
    assert dict(got.templates.items()) == dict(ref.templates.items())
    assert len(got.templates) == len(twice.templates)
    back = list(kept)
    assert [getattr(b, "raw", b) for b in back] == items
    # counted once: the distinct pages, plus those counted both under the folder's key
    # and a template's (as read, the first EAGER; or in a folder whose profile is kept)
    distinct = sum(p.pages for p in got)
    calls_twice = _counted(monkeypatch)
    _count_twice(raws)
    n_folder = sum(map(templated, raws))
    if len(got.templates) > RECOUNT_SHARE * n_folder:  # the folder is recounted
        assert distinct <= once <= distinct + eager and once <= calls_twice[0]
        if eager < n_folder:  # some of its pages were deferred
            assert once < calls_twice[0]
    else:
        assert once == calls_twice[0]


def test_spool_replays_the_positions_asked_and_still_drains_everything() -> None:
    s = Spool(keep_bytes=12)
    for x in (b"12345", b"67890", b"abcdef", b"g", b"hi", b"jkl"):
        s.add(RawInput("x", x))
    assert len(s.memory) == 2 and s.spilled == 4
    assert [r.data for r in s.replay([1, 3, 5])] == [b"67890", b"g", b"jkl"]
    assert [r.data for r in s.replay([0, 4])] == [b"12345", b"hi"]
    assert [r.data for r in s.replay([])] == []
    assert [r.data for r in s.drain()] == [b"12345", b"67890", b"abcdef", b"g", b"hi", b"jkl"]


def test_ray_site_profiles_count_a_folder_as_the_local_pass(tmp_path: Path) -> None:
    """The Ray engine counts a site's group of pages with the same counter: the profile
    and the pages' template keys are build_profiles', whatever the units and row order."""
    pa = pytest.importorskip("pyarrow")
    from cleaner.engines.ray_read import SITE_TEXTS, site_profiles, template_sites

    raws = [r for r in _mixed_raws(tmp_path / "b", ["wenku", "news", "portal"], 8, {})]
    raws = [r for r in raws if templated(r)]
    ref = build_profiles(raws)
    rows = [
        {"site": site_key(r), "unit": k // 10, "i": k % 10, "text": decode_raw(r), "free": True}
        for k, r in enumerate(raws)
    ]
    rows.reverse()  # the group is sorted back into run order
    out = site_profiles(pa.Table.from_pylist(rows, schema=SITE_TEXTS), profiles_dir=str(tmp_path))
    part = out.to_pylist()[0]
    got: SiteProfiles = pickle.loads(Path(part["profile"]).read_bytes())
    assert len(ref.templates) > 0
    assert got.to_json() == ref.to_json()
    offsets = [10 * u for u in range(len(raws) // 10 + 1)]
    assert dict(template_sites([part], offsets).items()) == dict(ref.templates.items())
