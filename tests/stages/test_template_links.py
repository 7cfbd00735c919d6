"""Issue 12: the page kinds of one site share a key, and common lines glue no two sites.

Our own invented sites, all in one folder without URLs: a forum of 10 pages of one
kind; a painting society and a bee-keeping co-operative of 8 pages each, in two kinds
of 4 (a works page and an exhibition notice; a product page and a news page) that share
only the site's footer and notice, and with each other section labels, a date line and
an editor line; two small sites of 4 pages that share those labels and a disclaimer.
Before template links the two kinds of a site were two templates of 4, both dissolved:
the painting society and the co-operative shared the folder's key.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from cleaner.config import PipelineConfig
from cleaner.ingest.readers import read_inputs
from cleaner.pipeline import Pipeline
from cleaner.stages.profile_counter import build_profiles
from cleaner.stages.site_profile import site_key
from cleaner.stages.site_templates import cluster, signature
from cleaner.stages.template_links import LINKS, link

_WORDS = (
    "春雨 溪水 石阶 竹林 灯火 晨钟 远山 渡口 茶园 稻田 炊烟 书声 古桥 老街 白鹭 "
    "松风 新芽 晚霞 薄雾 归舟 檐角 木窗 青苔 蝉鸣 秋叶 冬雪 暖阳 小院 长廊 花径"
).split()

#: Lines every site prints alike: they must link nobody.
COMMON = ["猜你喜欢", "返回顶部", "2023年5月6日", "责任编辑：小林"]
#: A long line two small sites both print.
DISCLAIMER = "本站内容均为网友投稿，观点仅代表作者本人"

SITES: dict[str, list[tuple[list[str], list[str]]]] = {
    # site: kinds, each (head lines, tail lines); "{n}" is the page's number
    "forum": [
        (
            ["松间茶话论坛 › 闲聊灌水", "楼主：茶客{n}　回复 {n}　查看 3{n}"],
            ["松间茶话论坛 songjian.example.org　© 2023　站务信箱 admin@songjian.example.org"],
        )
    ],
    "paint": [
        (
            ["位置：首页 › 作品库 › 山水", "收藏 {n}　评论 {n}"],
            [
                *COMMON[:2],
                "墨竹书画社 qinghe.example.net　© 2023　联系电话 0571-88001234",
                "声明：本站作品图文仅供欣赏，转载请注明出处并联系作者授权。",
            ],
        ),
        (
            ["展讯 › 近期展览", "展期：2023年{n}月1日至{n}月20日　地点：墨竹展厅"],
            [
                COMMON[2],
                "墨竹书画社 qinghe.example.net　© 2023　联系电话 0571-88001234",
                "声明：本站作品图文仅供欣赏，转载请注明出处并联系作者授权。",
            ],
        ),
    ],
    "bees": [
        (
            ["蜂产品 › 蜂蜜 › 百花蜜", "规格：500克／瓶　库存 {n}"],
            [
                *COMMON[:2],
                "石桥养蜂合作社　地址：石桥镇东街12号　邮编 311000",
                "温馨提示：蜂蜜不宜用沸水冲调，一岁以下婴儿请勿食用。",
            ],
        ),
        (
            ["合作社新闻 › 社员动态", "来源：石桥养蜂合作社办公室　阅读 {n}"],
            [
                *COMMON[2:],
                "石桥养蜂合作社　地址：石桥镇东街12号　邮编 311000",
                "温馨提示：蜂蜜不宜用沸水冲调，一岁以下婴儿请勿食用。",
            ],
        ),
    ],
    # two small sites: section labels and one disclaimer in common (one line may be chance)
    "small1": [
        (
            ["一粟小站 › 随笔", "作者：阿{n}"],
            [*COMMON[:2], DISCLAIMER, "一粟小站　粤ICP备10000001号"],
        )
    ],
    "small2": [
        (
            ["拾光手记 › 日常", "记录者：小{n}"],
            [*COMMON[:2], DISCLAIMER, "拾光手记　浙ICP备20000002号"],
        )
    ],
}
PAGES = {"forum": 10, "paint": 8, "bees": 8, "small1": 4, "small2": 4}


def _body(rng: random.Random, n: int) -> list[str]:
    """Sentences of the page's own (no two pages alike)."""
    return [
        "".join(rng.sample(_WORDS, 6)) + f"，这是第{n}页第{k}句，写给自己的记录。" for k in range(6)
    ]


def _write(folder: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    """Write the sites' pages, interleaved; file name → (site, chrome lines, body lines)."""
    folder.mkdir(parents=True)
    rng = random.Random(12)
    truth: dict[str, tuple[str, list[str], list[str]]] = {}
    n = 0
    for i in range(max(PAGES.values())):
        for site, kinds in SITES.items():
            if i >= PAGES[site]:
                continue
            n += 1
            head, tail = kinds[i % len(kinds)]
            head = [h.format(n=n) for h in head]
            title = f"{''.join(rng.sample(_WORDS, 2))}之{n}"
            body = _body(rng, n)
            name = f"p{n:03d}.txt"
            (folder / name).write_text("\n".join([*head, title, *body, *tail]) + "\n", "utf-8")
            truth[name] = (site, [*head, *tail], body)
    return truth


def _keys(folder: Path) -> dict[str, str]:
    raws = list(read_inputs([folder]))
    profiles = build_profiles(raws)
    return {
        Path(r.source).name: profiles.template_of(r, i) or site_key(r) for i, r in enumerate(raws)
    }


def test_the_kinds_of_one_site_share_a_key_and_sites_do_not(tmp_path: Path) -> None:
    truth = _write(tmp_path / "mixed")
    keys = _keys(tmp_path / "mixed")
    by_site: dict[str, set[str]] = {}
    for name, (site, _, _) in truth.items():
        by_site.setdefault(site, set()).add(keys[name])
    for site in ("forum", "paint", "bees"):
        assert len(by_site[site]) == 1, (site, by_site)  # two kinds, one key
    big = [next(iter(by_site[s])) for s in ("forum", "paint", "bees")]
    assert len(set(big)) == 3, by_site  # three sites, three keys
    # the small sites share only common lines: no template of their own, and none of
    # the others'
    small = by_site["small1"] | by_site["small2"]
    assert not small & set(big), by_site
    assert all(k.endswith("#rest") for k in small), small


def test_a_sites_footer_is_learned_over_both_kinds(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    truth = _write(folder)
    cfg = PipelineConfig()
    cfg = replace(cfg, boilerplate=replace(cfg.boilerplate, line_model=False))
    pipe = Pipeline(cfg, profiles=build_profiles(read_inputs([folder])))
    for i, raw in enumerate(read_inputs([folder])):
        site, _, body = truth[Path(raw.source).name]
        res = pipe.process(raw, i)
        kept = {ln.strip() for a in res.articles for ln in a.text.split("\n")}
        assert all(b in kept for b in body), raw.source  # no body line lost
        if site in ("paint", "bees"):
            footer = SITES[site][0][1][-2:]  # the site's own two lines, on every page
            assert not kept & set(footer), (raw.source, kept & set(footer))


def test_pages_that_share_only_common_lines_match_no_template(tmp_path: Path) -> None:
    truth = _write(tmp_path / "mixed")
    texts = {p.name: p.read_text("utf-8") for p in sorted((tmp_path / "mixed").iterdir())}
    labels = dict(zip(texts, cluster([signature(t) for t in texts.values()]), strict=True))
    for name, (site, _, _) in truth.items():
        assert (labels[name] < 0) == site.startswith("small"), (name, site, labels[name])


def test_links_need_distinctive_lines_and_a_small_template() -> None:
    # features 5 and 7 (odd: distinctive) are on every page of both templates and
    # nowhere else; 4 and 6 (even: a label, a date) too, and link nothing
    a, b = {5: 4, 7: 4, 4: 4, 6: 4}, {5: 4, 7: 4, 4: 4, 6: 4}
    df = {5: 8, 7: 8, 4: 8, 6: 8}.__getitem__
    assert link([a, b], [4, 4], df, min_pages=5) == [0, 0]
    assert link([a, b], [4, 4], df, min_pages=4) == [0, 1]  # both can learn alone
    only_labels = [{4: 4, 6: 4, 5: 4}, {4: 4, 6: 4, 5: 4}]
    assert LINKS > 1
    assert link(only_labels, [4, 4], df, min_pages=5) == [0, 1]
