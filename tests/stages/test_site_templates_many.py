"""Template clustering of a folder that holds many sites (issue 12, one-folder layout).

The sites are invented here: names made of two made-up syllables, chrome wordings and
bodies from a small vocabulary (:mod:`tests.template_pages`), seeded.  Pages come in
run order one site after another, as a folder of files named by site sorts them.
"""

from __future__ import annotations

import random
from pathlib import Path

from cleaner.ingest.readers import read_inputs
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_profile import site_key
from cleaner.stages.site_templates import MAX_CLUSTERS, cluster
from tests.template_pages import _body, _title

_FIRST = "青蓝赤金银松竹梅兰菊"
_SECOND = "桥川岭湾溪洲原峰湖岸"
_SECTIONS = "要闻 文库 范文 论坛 资讯 专栏 公告 教育".split()


def _site_name(s: int) -> str:
    return f"{_FIRST[s % 10]}{_SECOND[s // 10 % 10]}"


def site_page(s: int, n: int, rng: random.Random) -> str:
    """Page ``n`` of invented site ``s``: the same shape for every site (nav bar, crumb,
    byline, body, notice, footer), only the site's name and section differ."""
    name = _site_name(s)
    section = _SECTIONS[s % len(_SECTIONS)]
    lines = [
        f"{name}网首页 | {section} | 专题 | 登录",
        f"当前位置：{name}网 > {section} > 正文",
        _title(rng, n),
        f"发布时间：2023-0{rng.randint(1, 9)}-1{n % 10}  来源：{name}网",
        f"浏览 {rng.randint(9, 999)} 次",
        *_body(rng, rng.randint(3, 5)),
        f"本文由{name}网用户投稿，转载请注明出处{name}网",
        f"关于{name}网 | 联系{name}网 | 网站地图",
        f"{name}网版权所有 备案号{rng.randint(1000, 9999)}",
    ]
    return "\n".join(lines) + "\n"


def _write(folder: Path, sites: range, per: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(12)
    for s in sites:
        for n in range(per):
            (folder / f"s{s:03d}_{n:02d}.txt").write_text(site_page(s, n, rng), "utf-8")


def _keys(folder: Path) -> dict[int, set[str]]:
    """Site number → the keys its pages got from the folder's profiles."""
    raws = list(read_inputs([folder]))
    profiles = build_profiles(raws)
    out: dict[int, set[str]] = {}
    for i, raw in enumerate(raws):
        key = profiles.template_of(raw, i) or site_key(raw)
        out.setdefault(int(Path(raw.source).name[1:4]), set()).add(key)
    return out


def test_more_sites_than_the_cluster_cap_each_get_a_key(tmp_path: Path) -> None:
    """Sites past MAX_CLUSTERS in run order still start a template of their own (a cap on
    every template left them none: their pages matched no template and shared one key)."""
    n = MAX_CLUSTERS + 8
    _write(tmp_path / "b", range(n), per=6)
    keys = _keys(tmp_path / "b")
    assert all(len(k) == 1 for k in keys.values()), keys
    assert len({next(iter(k)) for k in keys.values()}) == n


def test_three_sites_of_one_shape_get_distinct_keys(tmp_path: Path) -> None:
    _write(tmp_path / "b", range(3), per=6)
    keys = _keys(tmp_path / "b")
    assert len({next(iter(k)) for k in keys.values() if len(k) == 1}) == 3


def test_one_site_with_varied_pages_keeps_one_key(tmp_path: Path) -> None:
    """One site whose pages vary (section, byline, length) is not split."""
    folder = tmp_path / "one"
    folder.mkdir()
    rng = random.Random(5)
    for n in range(40):
        text = site_page(7, n, rng)
        if n % 3 == 0:  # other sections of the same site
            text = text.replace("论坛", _SECTIONS[n % len(_SECTIONS)])
        (folder / f"s007_{n:02d}.txt").write_text(text, "utf-8")
    assert keys_of(folder) == {"dir:" + folder.as_posix()}


def keys_of(folder: Path) -> set[str]:
    return {k for ks in _keys(folder).values() for k in ks}


def test_pages_sharing_one_line_still_count_under_the_cap() -> None:
    """Groups whose pages share a single line (a poet's name over each poem) do not grow
    out of the cap: past MAX_CLUSTERS of them, later groups start no template.  Groups
    that share two lines (a header and a footer) do."""
    groups = range(MAX_CLUSTERS + 16)
    one = [[1000 + g, 100_000 + 10 * g + k] for g in groups for k in range(6)]
    labels = cluster(one)
    late = {labels[i] for i in range(6 * (MAX_CLUSTERS + 4), len(one))}
    assert late == {0}  # matched no template: the folder's key
    two = [[1000 + g, 5000 + g, 100_000 + 10 * g + k] for g in groups for k in range(6)]
    labels = cluster(two)
    assert len(set(labels)) == len(groups) and -1 not in labels
