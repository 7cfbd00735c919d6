"""Settled site profiles (issue 15): judged once, their line tables let go.

A run without ``--add`` judges every site under its one configuration before the first
page is cleaned and drops the counts (``SiteProfiles.settle``), which grew with the
distinct lines a batch repeats.  What a settled profile answers must be exactly what the
counted one answers, also in a worker process, and a question it can no longer answer
(another configuration, a count after settling) must fail, never come back empty.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from cleaner.model import RawInput
from cleaner.runner import run
from cleaner.stages.boilerplate_config import BoilerplateConfig
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_profile import MARK_MIN_PAGES, SiteProfiles
from tests.conftest import SAMPLES
from tests.test_readahead import NOTICE_BODIES

CONFIG = BoilerplateConfig()


def _raws() -> list[RawInput]:
    """Two sites: one with head and tail chrome and a title suffix, one too small."""
    chrome = "欢迎访问临沣市档案信息网 | 网站首页 | 联系我们"
    bodies = NOTICE_BODIES[:6]
    raws = [
        RawInput(
            f"a/{i}.txt",
            f"第{i}号通知_临沣档案\n{chrome}\n{body}\n发布时间：2020-0{i + 1}-18\n相关文档\n"
            f"第{i + 1}号通知\n扫码关注本站".encode(),
        )
        for i, body in enumerate(bodies)
    ]
    raws += [RawInput(f"b/{i}.txt", f"短站第{i}页\n{bodies[i]}".encode()) for i in range(2)]
    return raws


def _seen(profiles: SiteProfiles, site: str) -> tuple[bool, ...] | None:
    """What the repair stage asks of a settled profile: does the site print this shape?"""
    seen = profiles.shape_seen(site)
    return None if seen is None else tuple(seen(x) for x in ("第9号通知", "短站第9页", "（2）"))


def _answers(profiles: SiteProfiles, config: BoilerplateConfig) -> dict[str, object]:
    return {
        p.site: (
            profiles.learned(p.site, config),
            profiles.title_suffixes(p.site),
            p.pages,
            _seen(profiles, p.site),
        )
        for p in profiles
    }


def test_settled_profiles_answer_as_the_counted_ones() -> None:
    counted = build_profiles(_raws())
    before = _answers(counted, CONFIG)
    learned = counted.learned("dir:a", CONFIG)
    assert learned is not None and "扫码关注本站" in learned.lines  # something was learned
    assert "临沣档案" in counted.title_suffixes("dir:a")
    settled = build_profiles(_raws())
    settled.settle(CONFIG)
    for p in settled:
        assert not (p.lines or p.positions or p.tails or p.examples)
        # only the shapes the repair stage asks about stay (seen on MARK_MIN_PAGES pages)
        assert all(n >= MARK_MIN_PAGES for n in p.shapes.values())
    assert _answers(settled, CONFIG) == before
    assert settled.learned("dir:b", CONFIG) is None  # under site_min_pages, as before
    assert settled.learned(None, CONFIG) is None
    # a worker process gets the profiles pickled: the same answers
    assert _answers(pickle.loads(pickle.dumps(settled)), CONFIG) == before


def test_settled_profiles_refuse_what_they_can_no_longer_judge() -> None:
    settled = build_profiles(_raws())
    settled.settle(CONFIG)
    with pytest.raises(ValueError, match="settled"):
        settled.learned("dir:a", replace(CONFIG, site_min_support=30.0))
    settled.count("dir:a", "又一页\n扫码关注本站", copy=False)  # counts after settling …
    with pytest.raises(ValueError, match="settled"):  # … are never judged from empty tables
        settled.learned("dir:a", CONFIG)


def test_run_outputs_identical_with_settled_profiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "in" / "site"
    site.mkdir(parents=True)
    for raw in _raws():
        (site / raw.source.replace("/", "_")).write_bytes(raw.data)
    for sample in SAMPLES.iterdir():
        (tmp_path / "in" / sample.name).write_bytes(sample.read_bytes())
    inputs = [tmp_path / "in"]
    settled = run(inputs, tmp_path / "settled")
    monkeypatch.setattr(SiteProfiles, "settle", lambda self, config: None)
    counted = run(inputs, tmp_path / "counted")
    for name in ("articles.jsonl", "pages.jsonl", "changes.jsonl", "quarantine.jsonl"):
        assert (tmp_path / "settled" / name).read_bytes() == (
            tmp_path / "counted" / name
        ).read_bytes()
    assert settled["changes_by_rule"] == counted["changes_by_rule"]
    assert settled["changes_by_rule"]["boilerplate.site_repeat"] >= 6  # profiles were used
