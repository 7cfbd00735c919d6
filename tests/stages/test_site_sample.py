"""Site profiles learned from a bounded sample (issue 15): ``site_sample_pages``.

A key (site, URL host, folder or folder template) is counted on its first N distinct
pages in run order.  Where no key has more, the profiles are exactly those of counting
every page; past N, more pages of the same kind change nothing (the cost of learning is
bounded); the sample is a function of the input alone; the run's config sets N and the
summary names the keys learned from a sample.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner.config import ConfigError, load_config
from cleaner.ingest.readers import read_inputs
from cleaner.model import RawInput
from cleaner.readahead import read_once
from cleaner.runner import run
from cleaner.stages.boilerplate_config import BoilerplateConfig
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_profile import SiteProfiles
from tests.stages.test_site_profile import raws
from tests.stages.test_site_templates import _mixed_raws
from tests.template_pages import write_mixed

FOLDER_CASES = [
    (["wenku", "news", "portal"], 8, {}),  # splits, 2/3 of the folder leave its key
    (["wenku"], 40, {"news": 6}),  # splits, few leave: the folder's profile kept
    (["wenku"], 12, {}),  # one template: no split
]


def _same(a: SiteProfiles, b: SiteProfiles) -> None:
    assert list(a.sites) == list(b.sites)
    for site, prof in b.sites.items():
        assert a.sites[site] == prof, site  # every field, exactly
    assert dict(a.templates.items()) == dict(b.templates.items())


@pytest.mark.parametrize(("names", "per", "extra"), FOLDER_CASES)
def test_no_key_past_the_sample_learns_exactly_as_before(
    tmp_path: Path, names: list[str], per: int, extra: dict[str, int]
) -> None:
    items = _mixed_raws(tmp_path / "b", names, per, extra)
    items += raws(9)  # a site key too
    ref = build_profiles(items)
    largest = max(p.pages + p.copies for p in ref)
    assert largest >= 9
    _same(build_profiles(items, sample=largest), ref)
    for keep in (0, 10**9):  # read back spilled, and from memory
        got, kept = read_once(iter(items), keep_bytes=keep, sample=largest)
        _same(got, ref)
        assert len(list(kept)) == len(items)
    # one page fewer than the largest key: that key (and only keys that large) differs
    small = build_profiles(items, sample=largest - 1)
    assert max(p.pages + p.copies for p in small) == largest - 1
    assert small.to_json() != ref.to_json()


def test_a_site_past_the_sample_learns_the_same_from_more_pages() -> None:
    first = build_profiles(raws(10))
    for n in (10, 30, 50):
        got = build_profiles(raws(n), sample=10)
        assert got.to_json() == first.to_json()
        prof = got.get("a.example")
        assert prof is not None and prof.pages == 10
    assert build_profiles(raws(50)).get("a.example").pages == 50  # type: ignore[union-attr]


def test_a_folder_past_the_sample_learns_the_same_from_more_pages(tmp_path: Path) -> None:
    out = []
    for per in (40, 60):
        folder = tmp_path / f"f{per}"
        write_mixed(folder, ["wenku"], per=per)
        profiles, _ = read_once(read_inputs([folder]), keep_bytes=0, sample=15)
        prof = profiles.get(f"dir:{folder.as_posix()}")
        assert prof is not None and prof.pages == 15
        out.append(prof.to_dict())
    assert out[0] == out[1]


@pytest.mark.parametrize("sample", [5, 12])
def test_the_sample_is_deterministic(tmp_path: Path, sample: int) -> None:
    items = _mixed_raws(tmp_path / "b", ["wenku", "news", "portal"], 8, {})
    ref = build_profiles(items, sample=sample)
    assert max(p.pages + p.copies for p in ref) <= sample
    assert build_profiles(items, sample=sample).to_json() == ref.to_json()
    for keep in (0, 60_000, 10**9):
        got, _ = read_once(iter(items), keep_bytes=keep, sample=sample)
        _same(got, ref)


def test_config_sets_the_sample_and_the_summary_names_sampled_sites(tmp_path: Path) -> None:
    assert BoilerplateConfig().site_sample_pages == 1000
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(12):
        (folder / f"{i:02d}.txt").write_text(raws(12)[i].data.decode(), "utf-8")
    toml = tmp_path / "cleaner.toml"
    toml.write_text("[boilerplate]\nsite_sample_pages = 6\n", "utf-8")
    cfg = load_config(toml)
    assert cfg.boilerplate.site_sample_pages == 6
    summary = run([folder], tmp_path / "out", config=cfg)
    key = f"dir:{folder.as_posix()}"
    assert summary["site_sample"] == {
        "sample_pages": 6,
        "sites": {key: {"pages": 6, "copies": 0}},
    }
    # every page, sampled or not, is cleaned with the learned profile
    changes = (tmp_path / "out" / "changes.jsonl").read_text("utf-8").splitlines()
    hit = {json.loads(c)["page_id"] for c in changes if '"boilerplate.site_repeat"' in c}
    assert len(hit) == 12
    toml.write_text("[boilerplate]\nsite_sample_pages = 0\n", "utf-8")
    every = run([folder], tmp_path / "out0", config=load_config(toml))
    assert "site_sample" not in every
    toml.write_text("[boilerplate]\nsite_sample_pages = -1\n", "utf-8")
    with pytest.raises(ConfigError, match="site_sample_pages"):
        load_config(toml)


def test_a_site_with_a_url_past_the_sample_is_not_checked_for_copies() -> None:
    """Past the sample a page of a site key is not even compared (its near-duplicate
    check costs as much as counting): ``copies`` counts the sample's copies only, and
    copies fill the sample as distinct pages do."""
    copy = raws(1)[0].data
    pages = raws(8) + [RawInput(f"x/c{i}.txt", copy, site="a.example") for i in range(3)]
    prof = build_profiles(pages, sample=8).get("a.example")
    assert prof is not None and (prof.pages, prof.copies) == (8, 0)
    prof = build_profiles(pages, sample=10).get("a.example")
    assert prof is not None and (prof.pages, prof.copies) == (8, 2)
    full = build_profiles(pages).get("a.example")
    assert full is not None and (full.pages, full.copies) == (8, 3)


def test_ray_site_profiles_sample_as_the_local_pass(tmp_path: Path) -> None:
    """The Ray engine's per-site counting takes the same sample (its texts are read by
    position, lazily, as the local spool's are)."""
    pa = pytest.importorskip("pyarrow")
    import pickle

    from cleaner.engines.ray_read import SITE_TEXTS, site_profiles
    from cleaner.stages.profile_counter import decode_raw
    from cleaner.stages.site_profile import site_key, templated

    raws = [r for r in _mixed_raws(tmp_path / "b", ["wenku"], 40, {}) if templated(r)]
    ref = build_profiles(raws, sample=12)
    assert max(p.pages + p.copies for p in ref) == 12
    rows = [
        {"site": site_key(r), "unit": k // 10, "i": k % 10, "text": decode_raw(r), "free": True}
        for k, r in enumerate(raws)
    ]
    table = pa.Table.from_pylist(rows, schema=SITE_TEXTS)
    out = site_profiles(table, profiles_dir=str(tmp_path), sample=12).to_pylist()[0]
    got: SiteProfiles = pickle.loads(Path(out["profile"]).read_bytes())
    assert got.to_json() == ref.to_json()
